"""The guided first start: station, administrator, beds from a template, the local rules, a
test print; or the demo station instead."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWizard

from rescue_desk.domain.beds import template_bed_count
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.beds import BedService
from rescue_desk.ui.setup_wizard import SetupWizard


def make_wizard(qtbot, desk) -> SetupWizard:
    wizard = SetupWizard(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill(wizard: SetupWizard, *, region: str = "440100", again: str = "secret123") -> None:
    wizard.next()
    station = wizard.station_page
    station.station_name_edit.setText("测试市救助管理站")
    station.hotline_edit.setText("020-12345678")
    station.region_edit.setText(region)
    wizard.next()
    admin = wizard.admin_page
    admin.login_edit.setText("Zhang")
    admin.name_edit.setText("张站长")
    admin.password_edit.setText("secret123")
    admin.password_again_edit.setText(again)
    wizard.next()


def test_wizard_sets_up_station_administrator_and_beds(qtbot, empty_desk, monkeypatch):
    """GIVEN a new database WHEN the wizard is followed with the small template THEN the station,
    its administrator (logged in) and the template's beds exist, and the last page prints a
    test page."""
    wizard = make_wizard(qtbot, empty_desk)
    fill(wizard)
    assert wizard.currentId() == SetupWizard.BEDS
    wizard.beds_page.radios["small"].setChecked(True)
    wizard.next()
    assert wizard.currentId() == SetupWizard.RULES
    assert wizard.rules_page.table.rowCount() >= 10
    assert "默认" in wizard.rules_page.table.horizontalHeaderItem(1).text()
    wizard.next()  # the commit page: "Set up the station"
    assert wizard.currentId() == SetupWizard.PRINT
    assert AccountService(empty_desk).station().name == "测试市救助管理站"
    assert empty_desk.officer.login == "zhang"
    assert sum(a.capacity for a in BedService(empty_desk).board().areas) == \
        template_bed_count("small")
    printed = []
    monkeypatch.setattr("rescue_desk.ui.printing.print_pdf",
                        lambda parent, data, name: printed.append(data[:4]) or True)
    wizard.print_page.print_button.click()
    assert printed == [b"%PDF"]
    assert "打印机" in wizard.print_page.result_label.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted and not wizard.demo_requested


def test_wizard_refuses_different_passwords_on_their_page(qtbot, empty_desk):
    """GIVEN the administrator page WHEN the two passwords differ THEN a sentence says so under
    the second one and the wizard stays there."""
    wizard = make_wizard(qtbot, empty_desk)
    fill(wizard, again="secret124")
    assert wizard.currentId() == SetupWizard.ADMIN
    assert "不一致" in wizard.admin_page.fields.labels["password_again"].text()


def test_wizard_shows_a_refusal_at_set_up_next_to_its_field(qtbot, empty_desk):
    """GIVEN a region code that is not six digits WHEN the station is set up THEN the wizard goes
    back to the station page with the sentence under the region code, and nothing is saved."""
    wizard = make_wizard(qtbot, empty_desk)
    fill(wizard, region="44A1")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == SetupWizard.STATION
    assert wizard.station_page.fields.labels["region_code"].text()
    assert AccountService(empty_desk).station() is None


def test_wizard_without_station_name_points_at_it(qtbot, empty_desk):
    wizard = make_wizard(qtbot, empty_desk)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == SetupWizard.STATION
    assert "请填写站点名称" in wizard.station_page.fields.labels["station_name"].text()


def test_wizard_offers_the_demo_station(qtbot, empty_desk):
    """GIVEN the first page WHEN the demo station is chosen THEN the wizard finishes at once,
    asks for the demo, and sets nothing up in this database."""
    wizard = make_wizard(qtbot, empty_desk)
    wizard.start_page.demo_radio.setChecked(True)
    assert wizard.start_page.isFinalPage() and wizard.start_page.nextId() == -1
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.demo_requested
    assert AccountService(empty_desk).station() is None
