"""Long work off the GUI thread: a Task runs a plain function on Qt's thread pool and delivers
its result or error on the GUI thread; ``run_with_progress`` waits for one behind a short
message, keeping the window painted.

The pool thread never holds a Qt object: it works on a plain ``_Job`` and hands it back
through one long-lived courier, so no QObject is ever destroyed on the wrong thread. The work
itself must not capture Qt objects either (pass the database, the time and numbers).

Python's cycle collector runs on whichever thread happens to allocate when it is due: on a pool
thread it could free a widget the GUI thread left in a cycle, and Qt aborts the program when a
widget is destroyed off the GUI thread. So while any task runs, the collector waits: it is run
once on the GUI thread as the first task starts, switched off until the last task's result is
delivered, then switched on again (on the GUI thread, which collects what came meanwhile).
"""

from __future__ import annotations

import gc
import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
#: Work: a function of one argument, ``stop``, a callable that says when to stop early.
Work = Callable[[Callable[[], bool]], Any]

_alive: set[Task] = set()  # a running task is kept until its result has been delivered
#: Whether the cycle collector was on when the first running task switched it off.
_collector_was_on: list[bool] = []


def _hold_collector() -> None:
    """On the GUI thread, as a task starts: collect here, then no collection until the last
    running task is delivered (see the module's notes)."""
    if not _collector_was_on:
        gc.collect()
        _collector_was_on.append(gc.isenabled())
        gc.disable()


def _release_collector() -> None:
    """On the GUI thread, once no task is running: the collector as it was."""
    if _collector_was_on and not _alive:
        if _collector_was_on.pop():
            gc.enable()


class _Job:
    """The work, its stop request and its outcome: plain Python, safe on any thread."""

    def __init__(self, work: Work, task: Task) -> None:
        self.work = work
        self.task = weakref.ref(task)
        self.stop = threading.Event()
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


class _Courier(QObject):
    """Lives on the GUI thread for the whole run; carries finished jobs to it."""

    arrived = Signal(object)


_courier: _Courier | None = None


def _the_courier() -> _Courier:
    global _courier
    if _courier is None:
        _courier = _Courier()
        _courier.arrived.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    return _courier


def _deliver(job: _Job) -> None:
    task = job.task()
    if task is not None:
        task._deliver(job)


def _run(job: _Job, courier: _Courier) -> None:
    """On a pool thread: do the work, then hand the job to the GUI thread."""
    try:
        job.result = job.work(job.stop.is_set)
    except BaseException as exc:  # delivered to the GUI thread, which decides
        job.error = exc
    finally:
        job.done.set()
        courier.arrived.emit(job)


class Task(QObject):
    """One piece of work on a pool thread. ``succeeded(result)`` or ``failed(exception)`` is
    emitted on the GUI thread, then ``finished``. The work opens its own connections."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = _Job(work, self)
        self.started = False
        self.delivered = False

    @property
    def result(self) -> Any:
        return self._job.result

    @property
    def error(self) -> BaseException | None:
        return self._job.error

    @property
    def done(self) -> bool:
        """Whether the work has ended (its result may not be delivered yet)."""
        return self._job.done.is_set()

    def start(self) -> Task:
        self.started = True
        _hold_collector()
        _alive.add(self)
        job, courier = self._job, _the_courier()
        QThreadPool.globalInstance().start(lambda: _run(job, courier))
        return self

    def stop(self) -> None:
        """Ask the work to stop early (it looks at ``stop()`` now and then)."""
        self._job.stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (seconds; None: for as long as it takes)."""
        return self._job.done.wait(timeout)

    def _deliver(self, job: _Job) -> None:
        try:
            if job.error is not None:
                self.failed.emit(job.error)
            else:
                self.succeeded.emit(job.result)
            self.delivered = True
            self.finished.emit()
        finally:
            _alive.discard(self)
            _release_collector()


def wait_with_progress(task: Task, text: str, parent: QWidget | None = None, *,
                       cancel_text: str | None = None, delay_ms: int = 400) -> None:
    """Start ``task`` unless it runs already and wait for it behind a message shown after
    ``delay_ms`` (quick work shows none). With ``cancel_text`` the message has a button that
    asks the task to stop."""
    dialog = QProgressDialog(text, cancel_text or "", 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("DeskApp", "Rescue Desk"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumWidth(420)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(2_000_000_000)  # shown by the timer below, not by Qt's own
    if cancel_text is None:
        dialog.setCancelButton(None)
    else:
        dialog.canceled.connect(task.stop)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(dialog.show)
    timer.start(delay_ms)
    if not task.started:
        task.start()
    if not task.delivered:
        loop.exec()
    timer.stop()
    dialog.close()
    if parent is not None:
        dialog.deleteLater()  # owned by its parent; without one, Python frees it


def run_with_progress(work: Work, text: str, parent: QWidget | None = None, *,
                      cancel_text: str | None = None, delay_ms: int = 400) -> Any:
    """Run ``work`` on a pool thread while the GUI waits behind a message; returns its result
    or raises its error."""
    task = Task(work)
    wait_with_progress(task, text, parent, cancel_text=cancel_text, delay_ms=delay_ms)
    if task.error is not None:
        raise task.error
    return task.result
