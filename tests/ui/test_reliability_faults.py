"""Faults at the desk, as the clerk sees them: another desk holding the database while the intake
is saved (a visible wait, tries again, then a clear message), and a printer that cannot print (one
calm message, nothing counted as printed, nothing crashes)."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import func, select

from rescue_desk.domain.errors import DatabaseBusy
from rescue_desk.domain.models import AuditEvent, Stay
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.store import db as store_db
from rescue_desk.store.db import Database
from rescue_desk.ui import busy, printing
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.pages.intake_page import IntakePage

pytestmark = pytest.mark.sqlite_only("another desk holding a SQLite file's write lock")


@pytest.fixture
def clerk(demo_desk, monkeypatch):
    """The demo station, a front-desk officer logged in, on a connection that gives up waiting
    for another desk's write after 0.1 s (instead of 10 s), and retries 0.05 s apart."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(busy, "PAUSE_MS", 50)
    patient = demo_desk.db
    demo_desk.db = Database(patient.url)
    patient.dispose()
    AccountService(demo_desk).login("jiedai1", DEMO_PASSWORD)
    return demo_desk


@pytest.fixture
def page(qtbot, clerk) -> IntakePage:
    page = IntakePage(clerk)
    qtbot.addWidget(page)
    page.resize(1070, 740)
    page.show()
    return page


@contextlib.contextmanager
def another_desk_writing(desk):
    """Another desk in the middle of a write: it holds SQLite's write lock."""
    conn = sqlite3.connect(desk.db.file, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    finally:
        conn.rollback()
        conn.close()


def stays(desk) -> int:
    with desk.db.read() as s:
        return s.execute(select(func.count()).select_from(Stay)).scalar_one()


def fill(page: IntakePage) -> None:
    page.name_edit.setText("周小川")
    page.sex_buttons["M"].setChecked(True)
    page.age_edit.setText("45")


def test_save_waits_for_another_desk_and_saves_when_it_is_done(qtbot, page, clerk):
    """GIVEN another desk holding the database WHEN the clerk saves THEN a wait cursor shows
    while the desk tries, a note says it waits and tries again, the save button cannot be
    pressed twice, and once the other desk is done the intake is saved once."""
    before = stays(clerk)
    cursors = []
    register = page.service.register

    def watched(*args, **kwargs):
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor is not None else None)
        return register(*args, **kwargs)

    page.service.register = watched
    fill(page)
    with another_desk_writing(clerk):
        with qtbot.waitSignal(page.status_message) as note:
            page.save_button.click()
        assert "2" in note.args[0] and "3" in note.args[0]
        assert page.page_message.isVisible() and page.page_message.text() == note.args[0]
        assert not page.save_button.isEnabled() and page.last_result is None
        page.save_button.click()  # pressed again while waiting: nothing more happens
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=5000)
    assert stays(clerk) == before + 1
    assert cursors[:2] == [Qt.CursorShape.WaitCursor, Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    assert page.case_label.text() == page.last_result.case_no


def test_save_gives_up_with_a_message_when_the_other_desk_stays_busy(qtbot, page, clerk):
    """GIVEN another desk holding the database the whole time WHEN the clerk saves THEN after
    the tries the page says another desk is saving and to try again; nothing is saved, the form
    is still there to save again, and the wait cursor is gone."""
    before = stays(clerk)
    fill(page)
    with another_desk_writing(clerk):
        page.save_button.click()
        qtbot.waitUntil(lambda: page.saving is not None and not page.saving.running,
                        timeout=5000)
    assert page.saving.attempt == busy.ATTEMPTS
    assert page.page_message.text() == tr_desk_error(DatabaseBusy())
    assert page.last_result is None and stays(clerk) == before
    assert page.save_button.isEnabled() and page.name_edit.text() == "周小川"
    assert QApplication.overrideCursor() is None
    page.save_button.click()  # the other desk is done: saving again works
    assert page.last_result is not None and stays(clerk) == before + 1


def test_clearing_the_form_while_waiting_saves_nothing(qtbot, page, clerk):
    """GIVEN a save waiting for another desk WHEN the clerk clears the form THEN the waiting
    save is dropped: nothing is saved later."""
    before = stays(clerk)
    fill(page)
    with another_desk_writing(clerk):
        with qtbot.waitSignal(page.status_message):
            page.save_button.click()
        retry = page.saving
        page.reset()
    assert not retry.running
    qtbot.wait(4 * busy.PAUSE_MS)  # well past the moment the next try was due
    assert stays(clerk) == before and page.last_result is None and retry.attempt == 1


def pdf_printer(file) -> QPrinter:
    """A printer that works: it prints to a PDF file."""
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(file))
    return printer


def print_attempt(monkeypatch, printer: QPrinter) -> list[str]:
    """The print preview, replaced: it asks for the pages on ``printer`` (as printing from the
    preview does) and is accepted. Returns what the message boxes said."""
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: said.append(args[2])))

    def exec_(dialog):
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    return said


def prints_of(desk, case_no: str) -> int:
    with desk.db.read() as s:
        return s.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "print", AuditEvent.entity_id == case_no)).scalar_one()


def test_a_printer_that_cannot_print_is_one_calm_message(qtbot, page, clerk, monkeypatch,
                                                         tmp_path):
    """GIVEN a printer that refuses to start a page (here: one printing to a folder that does not
    exist) WHEN the intake slip is printed THEN one message says the printer could not be used
    and what to do; nothing is counted as printed and the desk goes on."""
    said = print_attempt(monkeypatch, pdf_printer(tmp_path / "no such folder" / "slip.pdf"))
    fill(page)
    page.save_button.click()
    assert not page.print_buttons.run("intake", save=False)
    assert said == [printing.printer_failed_text(printing.file_name(page.last_case_no,
                                                                    "intake"))]
    assert prints_of(clerk, page.last_case_no) == 0


def test_a_page_that_cannot_be_drawn_is_one_calm_message(qtbot, page, clerk, monkeypatch,
                                                          tmp_path):
    """GIVEN the page renderer failing (a broken PDF library or driver) WHEN a slip is printed
    THEN one message says it could not be drawn and offers saving as PDF; no crash, nothing
    counted as printed."""
    said = print_attempt(monkeypatch, pdf_printer(tmp_path / "slip.pdf"))

    def broken(data, dpi):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(printing, "pdf_page_images", broken)
    fill(page)
    page.save_button.click()
    assert not page.print_buttons.run("intake", save=False)
    assert said == [printing.page_failed_text(printing.file_name(page.last_case_no, "intake"))]
    assert prints_of(clerk, page.last_case_no) == 0


def test_a_working_printer_prints_and_logs_once(qtbot, page, clerk, monkeypatch, tmp_path):
    """GIVEN a printer that works (a PDF file in an existing folder) WHEN the slip is printed
    THEN no message shows and the print is logged once."""
    said = print_attempt(monkeypatch, pdf_printer(tmp_path / "slip.pdf"))
    fill(page)
    page.save_button.click()
    assert page.print_buttons.run("intake", save=False)
    assert said == [] and (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")
    assert prints_of(clerk, page.last_case_no) == 1
