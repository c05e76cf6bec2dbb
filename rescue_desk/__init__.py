"""Rescue Desk (救助站前台): the front-desk program of a rescue station."""

__version__ = "0.1.0"
