"""Work on a pool thread: its result or error delivered on the GUI thread, and Python's cycle
collector never running on the pool thread while a task runs (it could free a widget there,
and Qt aborts when a widget is destroyed off the GUI thread)."""

from __future__ import annotations

import gc
import threading

import pytest

from rescue_desk.ui import workers
from rescue_desk.ui.workers import Task, run_with_progress


@pytest.fixture(autouse=True)
def no_task_running(qtbot):
    """Tasks an earlier test left running are delivered first (the collector comes back)."""
    qtbot.waitUntil(lambda: not workers._alive, timeout=30_000)
    assert gc.isenabled()


def test_a_task_delivers_its_result_and_the_collector_waits_while_it_runs(qtbot):
    """GIVEN the collector on WHEN a task runs THEN inside it the collector is off and the work
    runs on another thread; once delivered the collector is on again."""
    seen = {}

    def work(stop):
        seen["thread"] = threading.current_thread()
        seen["collector"] = gc.isenabled()
        return 42

    assert run_with_progress(work, "…") == 42
    assert seen["thread"] is not threading.main_thread()
    assert seen["collector"] is False
    assert gc.isenabled()


def test_an_error_is_raised_on_the_gui_thread_and_the_collector_comes_back(qtbot):
    def work(stop):
        raise ValueError("no")

    with pytest.raises(ValueError):
        run_with_progress(work, "…")
    assert gc.isenabled()


def test_two_tasks_at_once_keep_the_collector_off_until_both_are_delivered(qtbot):
    gate = threading.Event()
    first = Task(lambda stop: gate.wait(5)).start()
    second = Task(lambda stop: gc.isenabled()).start()
    with qtbot.waitSignal(second.finished, timeout=5000):
        pass
    assert second.result is False and not gc.isenabled()  # the first still runs
    with qtbot.waitSignal(first.finished, timeout=5000):
        gate.set()
    assert gc.isenabled()
