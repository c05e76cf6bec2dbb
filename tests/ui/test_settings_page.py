"""Settings: station details, officers and roles, local rules, language, audit, own password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.settings import SettingsService
from rescue_desk.ui.main_window import MainWindow
from rescue_desk.ui.models import AuditTableModel, UserTableModel
from rescue_desk.ui.pages.settings_page import PasswordDialog, SettingsPage, UserDialog


def make_page(qtbot, desk) -> SettingsPage:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show_page("settings")
    page = window.settings_page
    page.test_window = window  # qtbot holds widgets weakly; keep the window alive with its page
    return page


def test_bad_region_code_shows_message_under_field_and_saves_nothing(qtbot, demo_desk):
    """GIVEN the station tab WHEN a five-digit region code is saved THEN the sentence appears
    under that field and the station keeps its old code."""
    page = make_page(qtbot, demo_desk)
    tab = page.station_tab
    tab.region_edit.setText("44010")
    tab.save_button.click()
    message = tab.fields.labels["region_code"]
    assert not message.isHidden()
    assert "六位数字" in message.text()
    assert AccountService(demo_desk).station().region_code == "330100"


def test_station_details_are_saved(qtbot, demo_desk):
    """GIVEN the station tab WHEN the hotline is changed and saved THEN the service has it."""
    page = make_page(qtbot, demo_desk)
    page.station_tab.hotline_edit.setText("020-12345678")
    page.station_tab.save_button.click()
    assert AccountService(demo_desk).station().hotline == "020-12345678"


def test_add_officer_dialog_creates_officer(qtbot, demo_desk):
    """GIVEN the add-officer dialog WHEN all fields are filled and saved THEN the officer exists
    with the chosen roles."""
    dialog = UserDialog(demo_desk)
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("xinren")
    dialog.name_edit.setText("新人甲")
    dialog.sex_combo.setCurrentIndex(1)
    dialog.password_edit.setText("secret123")
    dialog.role_checks[Role.FRONT_DESK].setChecked(True)
    dialog.role_checks[Role.SECURITY].setChecked(True)
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    user = next(u for u in AccountService(demo_desk).users() if u.login == "xinren")
    assert user.roles == {Role.FRONT_DESK, Role.SECURITY} and user.sex == "F"


def test_add_officer_without_roles_says_so_next_to_roles(qtbot, demo_desk):
    """GIVEN the add-officer dialog WHEN no role is ticked THEN the roles field says to fill it
    in and the dialog stays open."""
    dialog = UserDialog(demo_desk)
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("xinren2")
    dialog.name_edit.setText("新人乙")
    dialog.password_edit.setText("secret123")
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "角色" in dialog.fields.labels["roles"].text()


def test_officers_tab_lists_staff(qtbot, demo_desk):
    """GIVEN the demo staff WHEN the officers tab shows THEN every officer is a row."""
    page = make_page(qtbot, demo_desk)
    assert page.officers_tab.model.rowCount() == len(AccountService(demo_desk).users())


def test_unlock_button_unlocks_a_locked_officer(qtbot, demo_desk, monkeypatch):
    """GIVEN an officer locked by five wrong passwords WHEN the administrator unlocks them THEN
    their state is active again."""
    other = AccountService(type(demo_desk)(demo_desk.db, clock=demo_desk.now))
    for _ in range(5):
        try:
            other.login("anbao1", "wrong-password")
        except Exception:  # noqa: BLE001 - each attempt raises; that is the point
            pass
    page = make_page(qtbot, demo_desk)
    tab = page.officers_tab
    tab.select_login("anbao1")
    assert tab.unlock_button.isEnabled()
    tab.unlock_button.click()
    row = next(u for u in AccountService(demo_desk).users() if u.login == "anbao1")
    assert row.locked_until is None


def test_rules_are_saved_and_range_is_enforced_by_editor(qtbot, demo_desk):
    """GIVEN the rules tab WHEN the idle lock is set to 15 and saved THEN the setting is 15."""
    page = make_page(qtbot, demo_desk)
    tab = page.rules_tab
    tab.editors["idle_lock_minutes"].setValue(15)
    tab.save_button.click()
    assert SettingsService(demo_desk).get("idle_lock_minutes") == 15
    tab.editors["idle_lock_minutes"].setValue(100000)
    assert tab.editors["idle_lock_minutes"].value() == 240


def test_own_password_dialog_refuses_different_passwords(qtbot, demo_desk):
    """GIVEN the change-password dialog WHEN the two new passwords differ THEN it says so."""
    dialog = PasswordDialog("x", ask_old=True)
    qtbot.addWidget(dialog)
    dialog.action = AccountService(demo_desk).change_own_password
    dialog.old_edit.setText("demo1234")
    dialog.new_edit.setText("newpass1")
    dialog.again_edit.setText("newpass2")
    dialog.save_button.click()
    assert "不一致" in dialog.fields.labels["password_again"].text()


def test_language_switch_emits_signal(qtbot, demo_desk):
    """GIVEN the display tab WHEN English is chosen and applied THEN the page asks for English."""
    page = make_page(qtbot, demo_desk)
    tab = page.display_tab
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("en"))
    with qtbot.waitSignal(page.language_changed) as signal:
        tab.apply_button.click()
    assert signal.args == ["en"]


def test_audit_tab_shows_recent_changes(qtbot, demo_desk):
    """GIVEN the demo station WHEN the audit tab shows THEN the newest record is the login."""
    page = make_page(qtbot, demo_desk)
    model = page.audit_tab.model
    assert model.rowCount() > 10
    assert model.row_at(0).action == "login"


def test_models_pass_qt_model_tester(qtmodeltester, demo_desk):
    """GIVEN the table models filled from services THEN they obey Qt's model rules."""
    users = UserTableModel(AccountService(demo_desk).users())
    qtmodeltester.check(users)
    from rescue_desk.services.audit import AuditService

    audit = AuditTableModel(AuditService(demo_desk).recent())
    qtmodeltester.check(audit)


def test_no_modal_box_for_field_errors(qtbot, demo_desk, monkeypatch):
    """GIVEN any field error on the station tab THEN no message box is shown."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a))
    page = make_page(qtbot, demo_desk)
    page.station_tab.station_name_edit.setText("")
    page.station_tab.save_button.click()
    assert shown == []
    assert not page.station_tab.fields.labels["station_name"].isHidden()


def test_storage_places_are_saved(qtbot, demo_desk):
    """GIVEN the storage places tab WHEN two places are typed and saved THEN bags can only go
    there; an empty list is refused with a sentence."""
    from rescue_desk.services.custody import CustodyService

    page = make_page(qtbot, demo_desk)
    tab = page.locations_tab
    tab.places_edit.setPlainText("一号柜\n二号柜\n\n一号柜")
    tab.save_button.click()
    assert CustodyService(demo_desk).locations() == ("一号柜", "二号柜")
    tab.places_edit.setPlainText("  ")
    tab.save_button.click()
    assert tab.message.text()
    assert CustodyService(demo_desk).locations() == ("一号柜", "二号柜")


def test_printing_font_is_checked_saved_and_test_page_prints(qtbot, demo_desk, monkeypatch,
                                                            tmp_path):
    """GIVEN the printing tab WHEN a file that is no font is set THEN a sentence under the
    field and nothing saved; the installed Chinese font is accepted; the test page prints."""
    from PySide6.QtCore import QSettings

    from rescue_desk.printing.fonts import find_cjk_font
    from rescue_desk.ui import printing

    page = make_page(qtbot, demo_desk)
    tab = page.printing_tab
    bogus = tmp_path / "not-a-font.ttf"
    bogus.write_bytes(b"nothing")
    tab.font_edit.setText(str(bogus))
    assert not tab.on_save()
    assert not tab.fields.labels["font"].isHidden()
    assert not QSettings().value(printing.FONT_KEY)
    real = find_cjk_font().path
    tab.font_edit.setText(str(real))
    assert tab.on_save()
    assert printing.font_setting() == str(real)
    printed = []
    monkeypatch.setattr(printing, "print_pdf", lambda parent, data, name: printed.append(data)
                        or True)
    tab.test_button.click()
    assert printed and printed[0].startswith(b"%PDF")
