"""The desk's screens: the only package that imports PySide6."""
