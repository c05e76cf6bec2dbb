"""The departures page and the departure dialog, driven as a clerk would."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from rescue_desk.domain.departure import DepartureType
from rescue_desk.services.departures import DepartureService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.ui.departures_page import DepartureDialog, DeparturesPage


def register(desk, name, sex, age, hukou="河南省周口市太康县"):
    return IntakeService(desk).register(PersonForm(name=name, sex=sex, age=age,
                                                   hukou_place=hukou), StayForm()).case_no


def choose(dialog: DepartureDialog, kind: DepartureType) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))


def test_voucher_shows_only_its_fields_and_completes(qtbot, demo_desk):
    case = register(demo_desk, "陈国强", "M", 45)
    dialog = DepartureDialog(demo_desk, case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.province_combo.currentText() == "河南省"  # from the household registration
    choose(dialog, DepartureType.VOUCHER)
    widgets = dialog.widgets[DepartureType.VOUCHER]
    assert widgets["carrier"].isVisible() and dialog.dest_box.isVisible()
    assert not dialog.widgets[DepartureType.COLLECTED]["collector_name"].isVisible()
    dialog.complete_button.click()  # carrier missing
    assert dialog.isVisible()
    assert dialog.type_fields[DepartureType.VOUCHER].labels["carrier"].isVisible()
    widgets["carrier"].setText("火车")
    widgets["to_place"].setText("周口")
    widgets["cash"].setText("25")
    widgets["cash_reason"].setText("转车买水")
    dialog.complete_button.click()
    message = dialog.type_fields[DepartureType.VOUCHER].labels["cash"]
    assert message.isVisible() and "20" in message.text()
    widgets["cash"].setText("15")
    dialog.complete_button.click()
    assert dialog.record is not None and dialog.record.cash_fen == 1500
    assert dialog.result() == dialog.DialogCode.Accepted


def test_self_departure_refused_for_a_child_in_one_sentence(qtbot, demo_desk):
    case = register(demo_desk, "王小明", "M", 12)
    dialog = DepartureDialog(demo_desk, case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind_combo.currentData() == DepartureType.COLLECTED.value  # the default
    choose(dialog, DepartureType.SELF)
    assert "16" in dialog.rule_label.text() and not dialog.complete_button.isEnabled()
    choose(dialog, DepartureType.VOUCHER)
    assert dialog.complete_button.isEnabled() and dialog.rule_label.text()
    choose(dialog, DepartureType.COLLECTED)
    widgets = dialog.widgets[DepartureType.COLLECTED]
    for key, text in (("collector_name", "王建军"), ("collector_relation", "父亲"),
                      ("collector_id_number", "11010519491231002X"),
                      ("collector_phone", "13900000000")):
        widgets[key].setText(text)
    dialog.complete_button.click()
    assert dialog.record is not None and dialog.record.kind == DepartureType.COLLECTED


def test_a_minor_by_voucher_needs_the_leaders_approval(qtbot, demo_desk, monkeypatch):
    case = register(demo_desk, "李小红", "F", 17)
    dialog = DepartureDialog(demo_desk, case)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog, DepartureType.VOUCHER)
    dialog.widgets[DepartureType.VOUCHER]["carrier"].setText("长途汽车")
    dialog.widgets[DepartureType.VOUCHER]["to_place"].setText("阜阳")
    asked = []

    def approve(approval_dialog):
        asked.append(approval_dialog)
        approval_dialog.reason_edit.setText("母亲在阜阳车站接")
        approval_dialog.ok_button.click()
        return True

    monkeypatch.setattr(dialog, "run_dialog", approve)
    dialog.complete_button.click()
    assert asked and dialog.record.exceptions == ("minor_exception",)


def test_death_asks_for_confirmation(qtbot, demo_desk, monkeypatch):
    case = register(demo_desk, "钱老汉", "M", 88)
    dialog = DepartureDialog(demo_desk, case)
    qtbot.addWidget(dialog)
    choose(dialog, DepartureType.DEATH)
    dialog.widgets[DepartureType.DEATH]["died_at"].setText("2026-11-28 18:00")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.complete_button.click()
    assert dialog.record is None
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.complete_button.click()
    assert dialog.record is not None and dialog.record.stay_status == "closed"


def test_page_lists_prepared_departures_and_follow_ups(qtbot, demo_desk, monkeypatch, clock):
    from rescue_desk.services.departures import DepartureForm

    case = register(demo_desk, "陈国强", "M", 45)
    DepartureService(demo_desk).complete(case, DepartureForm(
        DepartureType.VOUCHER, details={"carrier": "火车", "to_place": "周口"}))
    clock.advance(days=4)
    page = DeparturesPage(demo_desk)
    qtbot.addWidget(page)
    page.show()
    assert page.models["preparing"].rowCount() >= 1  # the demo prepares some
    follow = page.models["follow_up"]
    assert "逾期" in page.tabs.tabText(2)
    assert follow.rowCount() >= 1
    row = follow.row_at(0)
    page.show_record(row.id)
    assert page.follow_button.isVisible()

    def record_call(dialog):
        dialog.note_edit.setText("本人接电话，已到家")
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", record_call)
    page.follow_button.click()
    assert DepartureService(demo_desk).record(row.id).follow_up_outcome == "arrived"
    assert all(r.id != row.id for r in page.models["follow_up"]._rows)


def test_refused_rules_are_explained_in_chinese(qtbot, demo_desk):
    case = register(demo_desk, "王小明", "M", 12)
    dialog = DepartureDialog(demo_desk, case)
    qtbot.addWidget(dialog)
    choose(dialog, DepartureType.SELF)
    assert "未满 16 周岁" in dialog.rule_label.text()
    choose(dialog, DepartureType.VOUCHER)
    assert "须由亲属接领或护送返乡" in dialog.rule_label.text()
