"""Settings → Backups: administrators only; the list; back up now; restore with a confirmation
that names the loss, the state before kept, and the desk re-opened with a new login."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import backup, list_backups
from rescue_desk.store.db import Database
from rescue_desk.ui.app import DeskApp
from rescue_desk.ui.dialogs import LoginDialog
from rescue_desk.ui.hooks import hooks
from rescue_desk.ui.main_window import MainWindow
from rescue_desk.ui.pages.backups_tab import BackupsTab

pytestmark = pytest.mark.sqlite_only("the desk backs up SQLite files")


def make_tab(qtbot, desk) -> BackupsTab:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show_page("settings")
    tab = window.settings_page.backups_tab
    tab.test_window = window  # keep the window alive with its tab
    return tab


def logins(desk: Desk) -> list[str]:
    with contextlib.closing(sqlite3.connect(desk.db.file)) as conn:
        return [r[0] for r in conn.execute("SELECT login FROM user ORDER BY login")]


def add_officer(desk: Desk, login: str) -> None:
    AccountService(desk).create_user(NewUser(login, "新同事", "F", "secret123",
                                             frozenset({Role.FRONT_DESK})))


def test_only_administrators_see_the_backups_tab(qtbot, demo_desk):
    """GIVEN the administrator and then a front-desk officer WHEN each opens Settings THEN
    only the administrator has the Backups tab."""
    assert make_tab(qtbot, demo_desk) is not None
    AccountService(demo_desk).login("jiedai1", DEMO_PASSWORD)
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show_page("settings")
    assert window.settings_page.backups_tab is None


def test_back_up_now_lists_the_new_backup(qtbot, demo_desk):
    """GIVEN no backups WHEN "Back up now" is clicked THEN the new backup is listed first,
    made by hand, with its size, and selected."""
    tab = make_tab(qtbot, demo_desk)
    assert tab.table.rowCount() == 0 and tab.backups == []
    tab.backup_button.click()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "2026-11-28 21:05"
    assert tab.table.item(0, 3).text() == "rescue-desk-20261128-210500.db"
    assert tab.table.item(0, 2).text().endswith("B")
    assert tab.selected().path.name == "rescue-desk-20261128-210500.db"
    assert tab.restore_button.isEnabled()


def test_cancelled_confirmation_restores_nothing(qtbot, demo_desk, monkeypatch):
    """GIVEN a backup and a change after it WHEN Restore is clicked and the confirmation is
    cancelled THEN the change is still there."""
    tab = make_tab(qtbot, demo_desk)
    backup(demo_desk.db, now=demo_desk.now())
    add_officer(demo_desk, "xinren")
    tab.reload()
    tab.table.selectRow(0)
    asked = []
    monkeypatch.setattr(tab, "ask_restore", lambda q, loss: asked.append((q, loss)) or False)
    tab.restore_button.click()
    assert "xinren" in logins(demo_desk)
    question, loss = asked[0]
    assert "2026-11-28 21:05" in question and "2026-11-28 21:05" in loss


def test_restore_brings_back_the_backup_and_keeps_the_state_before(qtbot, demo_desk,
                                                                   monkeypatch, clock):
    """GIVEN a backup, then an officer added WHEN the backup is restored and confirmed THEN the
    officer is gone, the state before is a before-restore backup in the list, and the desk is
    told to re-open the database."""
    tab = make_tab(qtbot, demo_desk)
    backup(demo_desk.db, now=demo_desk.now())
    add_officer(demo_desk, "xinren")
    clock.advance(minutes=30)
    tab.reload()
    tab.table.selectRow(0)
    monkeypatch.setattr(tab, "ask_restore", lambda q, loss: True)
    with qtbot.waitSignal(hooks().database_restored) as restored:
        tab.restore_button.click()
    assert "xinren" not in logins(demo_desk)
    desk, saved = restored.args
    assert desk is demo_desk and saved.name == "before-restore-20261128-213500.db"
    assert [b.path.name for b in tab.backups] == ["before-restore-20261128-213500.db",
                                                  "rescue-desk-20261128-210500.db"]


def test_a_damaged_backup_is_refused_and_nothing_changes(qtbot, demo_desk, monkeypatch):
    """GIVEN a backup whose officers' table is overwritten WHEN it is restored THEN one
    sentence says it fails the check, and the database keeps its officers."""
    tab = make_tab(qtbot, demo_desk)
    saved = backup(demo_desk.db, now=demo_desk.now())
    with contextlib.closing(sqlite3.connect(saved)) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='user'").fetchone()[0]
    with saved.open("r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\xa5" * page)
    before = logins(demo_desk)
    tab.reload()
    tab.table.selectRow(0)
    monkeypatch.setattr(tab, "ask_restore", lambda q, loss: True)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab.restore_button.click()
    assert len(warnings) == 1 and str(saved) in warnings[0]
    assert logins(demo_desk) == before
    assert [b.kind.value for b in list_backups(demo_desk.db.url)] == ["manual"]


def test_postgresql_says_backups_are_pg_dumps_job(qtbot):
    """GIVEN a desk on PostgreSQL WHEN the Backups tab is shown THEN one sentence says to back
    up with pg_dump, and there is no list or button."""
    db = Database("postgresql+psycopg://desk:secret@127.0.0.1:1/desk")
    try:
        tab = BackupsTab(Desk(db))
        qtbot.addWidget(tab)
        assert "pg_dump" in tab.note.text()
        assert tab.table is None
    finally:
        db.dispose()


def test_the_desk_reopens_the_restored_database_and_asks_for_a_login(qtbot, demo_desk,
                                                                      monkeypatch):
    """GIVEN the running desk WHEN a backup has been restored THEN the desk opens the database
    again, says so, asks for a login and shows a new window on the Settings page."""
    controller = DeskApp(QApplication.instance(), demo_desk)
    assert controller.start()
    qtbot.addWidget(controller.window)
    first = controller.window
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))

    def log_in(dialog):
        dialog.login_edit.setText("admin")
        dialog.password_edit.setText(DEMO_PASSWORD)
        dialog.on_login()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    saved = backup(demo_desk.db, now=demo_desk.now())
    hooks().database_restored.emit(demo_desk, saved)
    assert controller.desk is not demo_desk
    assert controller.desk.officer.login == "admin"
    assert controller.window is not first
    qtbot.addWidget(controller.window)
    assert controller.window.current_page_key() == "settings"
    assert str(saved) in told[0]
    controller.desk.db.dispose()


def test_another_desks_restore_is_ignored(qtbot, demo_desk, monkeypatch):
    """GIVEN a running desk WHEN a restore is announced for another desk THEN nothing
    happens."""
    controller = DeskApp(QApplication.instance(), demo_desk)
    assert controller.start()
    qtbot.addWidget(controller.window)
    hooks().database_restored.emit(object(), None)
    assert controller.desk is demo_desk
