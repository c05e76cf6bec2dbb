"""Starting the desk: first-start set-up, login, lockout message, idle lock and take-over,
language switch."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.ui import i18n
from rescue_desk.ui.app import DeskApp
from rescue_desk.ui.dialogs import LoginDialog, SetupDialog


def test_setup_dialog_refuses_different_passwords(qtbot, empty_desk):
    """GIVEN a new database WHEN the two passwords differ THEN a sentence says so and no station
    is created."""
    dialog = SetupDialog(empty_desk)
    qtbot.addWidget(dialog)
    dialog.station_name_edit.setText("测试市救助管理站")
    dialog.login_edit.setText("zhang")
    dialog.name_edit.setText("张站长")
    dialog.password_edit.setText("secret123")
    dialog.password_again_edit.setText("secret124")
    dialog.save_button.click()
    assert "不一致" in dialog.admin_fields.labels["password_again"].text()
    assert AccountService(empty_desk).station() is None


def test_setup_dialog_creates_station_and_logs_in(qtbot, empty_desk):
    """GIVEN a new database WHEN station and administrator are filled in THEN both exist and the
    administrator is logged in."""
    dialog = SetupDialog(empty_desk)
    qtbot.addWidget(dialog)
    dialog.station_name_edit.setText("测试市救助管理站")
    dialog.region_edit.setText("440100")
    dialog.login_edit.setText("Zhang")
    dialog.name_edit.setText("张站长")
    dialog.password_edit.setText("secret123")
    dialog.password_again_edit.setText("secret123")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert AccountService(empty_desk).station().name == "测试市救助管理站"
    assert empty_desk.officer.login == "zhang"


def test_setup_dialog_without_station_name_points_at_it(qtbot, empty_desk):
    """GIVEN a new database WHEN the station name is empty THEN its field says to fill it in."""
    dialog = SetupDialog(empty_desk)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert "请填写站点名称" in dialog.station_fields.labels["station_name"].text()


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
