"""Starting the desk: first-start set-up, login, lockout message, idle lock and take-over,
language switch."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import open_database
from rescue_desk.ui import i18n
from rescue_desk.ui.app import DeskApp
from rescue_desk.ui.dialogs import LoginDialog
from rescue_desk.ui.setup_wizard import SetupWizard


def test_first_start_walks_through_the_set_up_and_opens_the_desk(qtbot, empty_desk, monkeypatch):
    """GIVEN a database without a station WHEN the desk starts and the set-up is followed THEN
    the station exists, its administrator is logged in without a login window, and the main
    window shows."""
    from tests.ui.test_setup_wizard import fill

    def follow(wizard):
        wizard.show()  # as exec() does
        fill(wizard)
        wizard.next()  # beds: none
        wizard.next()  # the rules: the commit
        assert wizard.currentId() == SetupWizard.PRINT
        wizard.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SetupWizard, "exec", follow)
    monkeypatch.setattr(LoginDialog, "exec", lambda self: pytest.fail("no login after set-up"))
    controller = DeskApp(QApplication.instance(), empty_desk)
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert AccountService(empty_desk).station().name == "测试市救助管理站"
    assert controller.desk is empty_desk and empty_desk.officer.login == "zhang"
    assert controller.window.isVisible() and "演示" not in controller.window.windowTitle()


def test_first_start_cancelled_opens_nothing(qtbot, empty_desk, monkeypatch):
    """GIVEN a database without a station WHEN the set-up is cancelled THEN the desk does not
    start and nothing was written."""
    monkeypatch.setattr(SetupWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    controller = DeskApp(QApplication.instance(), empty_desk)
    assert not controller.start()
    assert controller.window is None and AccountService(empty_desk).station() is None


def test_first_start_can_open_the_demo_station_instead(qtbot, empty_desk, monkeypatch):
    """GIVEN a database without a station WHEN the set-up's first page chooses the demo THEN the
    desk runs on a throw-away demo database marked DEMO, logged in as its administrator, not
    backed up, and the empty database is left as it was for the next start."""
    from rescue_desk.ui import app as app_module

    def choose_demo(wizard):
        wizard.show()
        wizard.start_page.demo_radio.setChecked(True)
        wizard.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SetupWizard, "exec", choose_demo)
    monkeypatch.setattr(app_module, "DEMO_PEOPLE", 6)  # a small demo keeps the test quick
    controller = DeskApp(QApplication.instance(), empty_desk, auto_backups=True)
    try:
        assert controller.start()
        qtbot.addWidget(controller.window)
        station = AccountService(controller.desk).station()
        assert controller.desk is not empty_desk and station.is_demo
        assert controller.desk.officer.login == "admin"
        assert "演示" in controller.window.windowTitle()
        assert not controller.auto_backups
        assert controller.demo_folder is not None and controller.demo_folder.is_dir()
    finally:
        controller.desk.db.dispose()
        if controller.demo_folder is not None:
            shutil.rmtree(controller.demo_folder, ignore_errors=True)
    assert AccountService(Desk(empty_desk.db)).station() is None


def test_smoke_start_shows_the_desk_and_writes_nothing(qtbot, new_database, capsys):
    """GIVEN a fresh database WHEN the desk is started with --smoke THEN it migrates the
    database, shows the main window, answers F1, makes a test page, says "passed" and exits 0;
    no station or officer is written."""
    from rescue_desk.ui.app import smoke_start

    empty_url = new_database()  # not even migrated
    assert smoke_start(QApplication.instance(), empty_url) == 0
    out = capsys.readouterr().out
    assert "smoke: main window shown and answering" in out
    assert "smoke: language zh_CN: 求助登记" in out
    assert "smoke: printer test page made" in out and out.rstrip().endswith("smoke: passed")
    db = open_database(empty_url)
    try:
        desk = Desk(db)
        assert AccountService(desk).station() is None and AccountService(desk).user_count() == 0
    finally:
        db.dispose()


def test_smoke_start_fails_when_the_window_does_not_answer(qtbot, new_database, capsys,
                                                          monkeypatch):
    """GIVEN a main window whose F1 does nothing WHEN the smoke start runs THEN it says so and
    returns 1."""
    from rescue_desk.ui.app import smoke_start
    from rescue_desk.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "on_help", lambda self: None)
    assert smoke_start(QApplication.instance(), new_database()) == 1
    assert "did not answer F1" in capsys.readouterr().out


def test_login_dialog_counts_down_and_locks(qtbot, demo_desk):
    """GIVEN the login dialog WHEN a wrong password is typed five times THEN it first counts
    down the attempts and then says the account is locked."""
    dialog = LoginDialog(demo_desk, "演示站")
    qtbot.addWidget(dialog)
    messages = []
    for _ in range(5):
        dialog.login_edit.setText("anbao2")
        dialog.password_edit.setText("not-it")
        dialog.login_button.click()
        messages.append(dialog.fields.labels["password"].text())
    assert "再错 4 次" in messages[0]
    assert "已锁定" in messages[-1]
    dialog.password_edit.setText(DEMO_PASSWORD)
    dialog.login_button.click()
    assert "已锁定" in dialog.fields.labels["password"].text()


def test_idle_desk_locks_and_another_officer_takes_over(qtbot, demo_desk, clock, monkeypatch):
    """GIVEN a desk idle for longer than the setting WHEN the idle check runs THEN the pages are
    hidden and a login is asked; another officer's login rebuilds the window for them."""
    asked = []

    def fake_exec(dialog):
        asked.append(dialog.windowTitle())
        assert not controller.window.centralWidget().isVisible()
        dialog.login_edit.setText("jiedai1")
        dialog.password_edit.setText(DEMO_PASSWORD)
        dialog.on_login()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    controller = DeskApp(QApplication.instance(), demo_desk)
    assert controller.start()
    first_window = controller.window
    qtbot.addWidget(first_window)
    clock.advance(minutes=9)
    controller.check_idle()
    assert asked == []
    clock.advance(minutes=2)
    controller.check_idle()
    assert len(asked) == 1
    assert demo_desk.officer.login == "jiedai1"
    assert controller.window is not first_window
    qtbot.addWidget(controller.window)
    assert controller.window.settings_page.officers_tab is None


def test_language_switch_rebuilds_window_in_english(qtbot, demo_desk):
    """GIVEN the desk in Chinese WHEN English is chosen THEN the window is rebuilt in English and
    stays on the settings page."""
    controller = DeskApp(QApplication.instance(), demo_desk)
    assert controller.start()
    qtbot.addWidget(controller.window)
    try:
        controller.on_language_changed("en")
        qtbot.addWidget(controller.window)
        assert controller.window.current_page_key() == "settings"
        assert controller.window.page_title.text() == "Settings"
    finally:
        i18n.install("zh_CN")


def test_set_up_closed_on_its_test_print_page_still_opens_the_desk(qtbot, empty_desk,
                                                                   monkeypatch):
    """GIVEN the set-up followed to its last page (the station is set up by then) WHEN the
    wizard is closed there instead of finished THEN the desk opens all the same."""
    from tests.ui.test_setup_wizard import fill

    def close_on_print_page(wizard):
        wizard.show()
        fill(wizard)
        wizard.next()
        wizard.next()
        assert wizard.currentId() == SetupWizard.PRINT
        wizard.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SetupWizard, "exec", close_on_print_page)
    controller = DeskApp(QApplication.instance(), empty_desk)
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert empty_desk.officer.login == "zhang" and controller.window.isVisible()


def test_the_login_window_of_a_demo_station_gives_the_demo_password(demo_desk):
    """GIVEN a database holding the demo station, opened without --demo WHEN the login window
    is made THEN it says the demo password; a real station's does not."""
    assert "demo1234" in DeskApp(QApplication.instance(), demo_desk).login_hint()


def test_the_login_window_of_a_real_station_says_nothing_of_a_demo(station_desk):
    assert DeskApp(QApplication.instance(), station_desk).login_hint() == ""
