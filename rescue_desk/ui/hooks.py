"""Signals for the whole desk, raised deep inside a page and heard by the application (as Anki's
``gui_hooks``), so that a page need not be wired through the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DeskHooks(QObject):
    #: A backup was restored over the database of a desk: (that Desk, where the state before is
    #: kept: a path or None). The application re-opens the database and asks for a login.
    database_restored = Signal(object, object)


_hooks: DeskHooks | None = None


def hooks() -> DeskHooks:
    """The desk's one DeskHooks."""
    global _hooks
    if _hooks is None:
        _hooks = DeskHooks()
    return _hooks
