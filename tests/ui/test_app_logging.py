"""The log file and unexpected errors: a rotating file in the data folder; Qt's warnings and
errors in other threads go to it; an unexpected error is logged with its traceback and shown as
one calm dialog, not once a second."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning

from rescue_desk.domain.errors import DatabaseBusy
from rescue_desk.ui import app as desk_app


@pytest.fixture
def logging_home(tmp_path, monkeypatch):
    """setup_logging into a temporary data folder; the process's hooks put back afterwards."""
    monkeypatch.setattr(desk_app.faulthandler, "enable", lambda stream: None)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    level = root.level
    yield tmp_path
    if desk_app._log_handler is not None:
        root.removeHandler(desk_app._log_handler)
        desk_app._log_handler.close()
        desk_app._log_handler = None
    root.setLevel(level)
    qInstallMessageHandler(None)


def test_log_file_rotates_in_the_data_folder(logging_home):
    """GIVEN a data folder WHEN logging is set up twice THEN one rotating handler writes
    logs/rescue-desk.log there (5 older files of 2 MB at most)."""
    file = desk_app.setup_logging(str(logging_home))
    desk_app.setup_logging(str(logging_home))
    assert file == logging_home / "logs" / "rescue-desk.log"
    ours = [h for h in logging.getLogger().handlers if h is desk_app._log_handler]
    assert len(ours) == 1
    handler = ours[0]
    assert (handler.maxBytes, handler.backupCount) == (2_000_000, 5)
    logging.getLogger("rescue_desk").info("hello from the test")
    handler.flush()
    assert "hello from the test" in file.read_text(encoding="utf-8")


def test_qt_warnings_and_thread_errors_are_logged(logging_home):
    """GIVEN logging set up WHEN Qt warns and a thread dies of an exception THEN both are in
    the log file, the latter with its traceback."""
    file = desk_app.setup_logging(str(logging_home))
    qWarning("a warning from Qt")

    def fail():
        raise ValueError("broken in a thread")

    thread = threading.Thread(target=fail, name="worker-7")
    thread.start()
    thread.join()
    desk_app._log_handler.flush()
    text = file.read_text(encoding="utf-8")
    assert "a warning from Qt" in text
    assert "worker-7" in text and "Traceback" in text and "broken in a thread" in text


def test_start_line_names_the_versions():
    """GIVEN the desk starting WHEN it logs its first line THEN it names the versions."""
    import sqlite3

    facts = desk_app.startup_facts()
    for name in ("Rescue Desk", "Python", "Qt", "PySide6", "SQLAlchemy", "reportlab"):
        assert name in facts
    assert sqlite3.sqlite_version in facts


def test_unexpected_error_is_logged_and_shown_once(logging_home, monkeypatch):
    """GIVEN the hook installed WHEN the same unexpected error happens three times (a timer)
    THEN each is logged with its traceback, and the calm dialog, naming the log file, is shown
    once."""
    file = desk_app.setup_logging(str(logging_home))
    shown = []
    monkeypatch.setattr(desk_app, "show_error", shown.append)
    monkeypatch.setattr("sys.excepthook", desk_app.sys.excepthook)
    desk_app.install_excepthook(file)
    for _ in range(3):
        try:
            raise KeyError("no such page")
        except KeyError as exc:
            desk_app.sys.excepthook(type(exc), exc, exc.__traceback__)
    desk_app._log_handler.flush()
    assert len(shown) == 1 and str(file) in shown[0]
    assert file.read_text(encoding="utf-8").count("KeyError: 'no such page'") == 3


def test_a_desk_error_is_shown_as_its_sentence(logging_home, monkeypatch):
    """GIVEN the hook installed WHEN a DeskError escapes THEN its translated sentence is
    shown, not the general one."""
    file = desk_app.setup_logging(str(logging_home))
    shown = []
    monkeypatch.setattr(desk_app, "show_error", shown.append)
    monkeypatch.setattr("sys.excepthook", desk_app.sys.excepthook)
    desk_app.install_excepthook(file)
    error = DatabaseBusy()
    desk_app.sys.excepthook(DatabaseBusy, error, None)
    assert shown == [desk_app.i18n.tr_desk_error(error)]
