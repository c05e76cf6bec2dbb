"""Saving while another desk holds the database: wait with a visible note, try again a few times,
then say so.

Each try already waits the database's busy timeout (a few seconds) for the other desk's save to
end; between tries the desk stays usable and the note says it is still trying. The helper is
given plain callables, so a page keeps its own way of showing the result and the errors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from rescue_desk.domain.errors import DatabaseBusy, DeskError

#: Tries in all before the desk gives up and shows the message.
ATTEMPTS = 3
#: Pause between two tries (ms).
PAUSE_MS = 1500


class BusyRetry(QObject):
    """Run ``call``; while it raises DatabaseBusy, tell ``waiting`` and try again after a pause.

    The result goes to ``done``; a DeskError (the last DatabaseBusy included) to ``failed``.
    A wait cursor shows while a try runs.
    """

    #: The try about to come (2, 3, …) and the tries in all.
    waiting = Signal(int, int)
    #: Emitted once, after ``done`` or ``failed`` ran (or after cancel).
    finished = Signal()

    def __init__(self, call: Callable[[], Any], *, done: Callable[[Any], None],
                 failed: Callable[[DeskError], None], attempts: int | None = None,
                 pause_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call, self.done, self.failed = call, done, failed
        self.attempts = max(1, attempts if attempts is not None else ATTEMPTS)
        self.attempt = 0
        self.running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms if pause_ms is not None else PAUSE_MS)
        self._timer.timeout.connect(self._try)

    def start(self) -> None:
        """The first try, now."""
        self.running = True
        self.attempt = 0
        self._try()

    def cancel(self) -> None:
        """Stop trying (the page was cleared or closed): nothing more is called."""
        if self.running:
            self._timer.stop()
            self.running = False
            self.finished.emit()

    def _try(self) -> None:
        if not self.running:
            return
        self.attempt += 1
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.call()
        except DatabaseBusy as error:
            QApplication.restoreOverrideCursor()
            if self.attempt < self.attempts:
                self.waiting.emit(self.attempt + 1, self.attempts)
                self._timer.start()
                return
            self._end(self.failed, error)
        except DeskError as error:
            QApplication.restoreOverrideCursor()
            self._end(self.failed, error)
        except BaseException:
            QApplication.restoreOverrideCursor()
            self.running = False
            self.finished.emit()
            raise
        else:
            QApplication.restoreOverrideCursor()
            self._end(self.done, result)

    def _end(self, handler: Callable[[Any], None], value: Any) -> None:
        self.running = False
        try:
            handler(value)
        finally:
            self.finished.emit()
