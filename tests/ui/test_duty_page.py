"""The duty page driven as the night officer would: the night board, the log, the handover,
the roster and the stay clock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rescue_desk.domain.duty import EntryKind, ShiftState
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.services.duty import DutyService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.ui.duty_page import DutyPage


def make_page(qtbot, desk) -> DutyPage:
    page = DutyPage(desk)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_night_board_shows_headcount_deadlines_and_takes_quick_entries(qtbot, demo_desk):
    IntakeService(demo_desk).register(PersonForm(unknown=True, sex="M", age=50), StayForm())
    page = make_page(qtbot, demo_desk)
    table = page.headcount_table
    rows = {table.item(r, 0).text(): int(table.item(r, 1).text())
            for r in range(table.rowCount())}
    assert rows["合计"] >= 1
    deadlines = [page.due_table.item(r, 1).text() for r in range(page.due_table.rowCount())]
    assert any("寻亲公告" in text for text in deadlines)
    page.quick_kind.setCurrentIndex(page.quick_kind.findData(EntryKind.PATROL.value))
    qtbot.keyClick(page.quick_edit, Qt.Key.Key_Return)  # an empty patrol: all well
    page.quick_kind.setCurrentIndex(page.quick_kind.findData(EntryKind.NOTE.value))
    page.quick_edit.setText("男宿区 101 暖气漏水，已报修")
    qtbot.keyClick(page.quick_edit, Qt.Key.Key_Return)
    texts = [page.board_log.item(r, 2).text() for r in range(page.board_log.rowCount())]
    assert "男宿区 101 暖气漏水，已报修" in texts
    kinds = [e.kind for e in DutyService(demo_desk).current().entries]
    assert EntryKind.PATROL in kinds and EntryKind.NOTE in kinds


def test_an_incident_a_correction_and_the_handover(qtbot, demo_desk, monkeypatch):
    AccountService(demo_desk).login("zhiban1", DEMO_PASSWORD)
    page = make_page(qtbot, demo_desk)
    page.tabs.setCurrentIndex(1)

    def write_incident(dialog):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("incident"))
        dialog.incident_combo.setCurrentIndex(dialog.incident_combo.findData("fight"))
        dialog.text_edit.setPlainText("两人因床位争执")
        dialog.people_edit.setText("张三、李四")
        dialog.action_edit.setText("劝开")
        dialog.ok_button.click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", write_incident)
    page.sign_in_button.click()
    page.entry_button.click()
    rows = [page.log_table.item(r, 4).text() for r in range(page.log_table.rowCount())]
    assert any("打架斗殴" in t and "两人因床位争执" in t for t in rows)
    # the demo's shift may hold entries timed after now: find the incident's row
    last = next(r for r in range(page.log_table.rowCount())
                if "两人因床位争执" in page.log_table.item(r, 4).text())
    number = page.log_table.item(last, 0).text()
    page.log_table.selectRow(last)

    def correct(dialog):
        dialog.reason_edit.setText("两人因床铺争执，未动手")
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", correct)
    page.correct_button.click()
    rows = [page.log_table.item(r, 4).text() for r in range(page.log_table.rowCount())]
    assert any(t.startswith(f"（更正第 {number} 条）") for t in rows), rows

    def sign(dialog):
        dialog.ok_button.click()  # the keys field is required
        assert dialog.fields.labels["keys"].text()
        dialog.keys_edit.setText("钥匙 3 把，封条 2 个")
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", sign)
    page.handover_button.click()
    assert page.view.state == ShiftState.SIGNED and page.ack_button.isEnabled()

    def take_over(dialog):
        dialog.login_combo.setCurrentIndex(dialog.login_combo.findData("zhiban2"))
        dialog.password_edit.setText("wrong")
        dialog.ok_button.click()
        assert dialog.fields.labels["password"].text()
        dialog.password_edit.setText(DEMO_PASSWORD)
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", take_over)
    page.ack_button.click()
    assert page.view.state == ShiftState.LOCKED and not page.entry_button.isEnabled()


def test_roster_cell_and_conflicts(qtbot, demo_desk, monkeypatch):
    page = make_page(qtbot, demo_desk)
    page.tabs.setCurrentIndex(2)
    table = page.roster_table
    assert table.columnCount() == 8 and table.rowCount() > 4
    leader_row = next(r for r in range(table.rowCount())
                      if table.item(r, 0).text().startswith("白班") and "带班领导" in
                      table.item(r, 0).text())

    def choose(dialog):
        for i in range(dialog.list.count()):
            item = dialog.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in ("daiban1", "daiban2") else Qt.CheckState.Unchecked)
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", choose)
    page.on_roster_cell(leader_row, 1)
    assert "、" in table.item(leader_row, 1).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.repeat_spin.setValue(1)
    page.repeat_button.click()
    page.next_week.click()
    assert "、" in page.roster_table.item(leader_row, 1).text()


def test_stay_clock_tab_extension(qtbot, demo_desk, monkeypatch, clock):
    case = IntakeService(demo_desk).register(PersonForm(name="张三", sex="M", age=40),
                                             StayForm()).case_no
    page = make_page(qtbot, demo_desk)
    page.tabs.setCurrentIndex(3)
    row = next(r for r in range(page.clock_table.rowCount())
               if page.clock_table.item(r, 0).text() == case)
    page.clock_table.selectRow(row)

    def extend(dialog):
        dialog.reason_edit.setText("等待家属来接")
        dialog.by_edit.setText("市民政局")
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", extend)
    page.extend_button.click()
    deadline = next(d for r in DutyService(demo_desk).clock() if r.case_no == case
                    for d in r.deadlines)
    assert deadline.due == clock() + dt.timedelta(days=20)


def test_a_swap_is_recorded_and_shift_hours_are_set(qtbot, demo_desk, monkeypatch):
    page = make_page(qtbot, demo_desk)
    page.tabs.setCurrentIndex(2)
    table = page.roster_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text())
    table.setCurrentCell(row, 1)
    before = table.item(row, 1).text()

    def swap(dialog):
        dialog.to_combo.setCurrentIndex(dialog.to_combo.findData("zhiban2"))
        dialog.ok_button.click()  # the reason is required
        assert dialog.fields.labels["reason"].text()
        dialog.reason_edit.setText("家中有事")
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", swap)
    page.swap_button.click()
    assert table.item(row, 1).text() != before
    day = page.roster_view.days[0]
    assert DutyService(demo_desk).swaps(day, day)[0].reason == "家中有事"

    def hours(dialog):
        dialog.table.item(0, 3).setText("25:00")
        dialog.ok_button.click()
        assert dialog.message.text()
        dialog.table.item(0, 3).setText("19:00")
        dialog.table.item(1, 2).setText("19:00")
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", hours)
    page.hours_button.click()
    assert [(p.start, p.end) for p in DutyService(demo_desk).patterns()] == [
        ("08:00", "19:00"), ("19:00", "08:00")]


def test_night_board_tables_fit_at_1280_by_800(qtbot, demo_desk):
    """GIVEN the main window at 1280×800 (the size of the README's screenshots) WHEN the duty
    page shows the night board THEN the headcount table has no horizontal scrollbar, its
    count column shows its header whole and every row is as tall as its wrapped area name;
    the deadlines table fits too."""
    from PySide6.QtWidgets import QApplication

    from rescue_desk.ui.main_window import MainWindow

    AccountService(demo_desk).login("zhiban1", DEMO_PASSWORD)
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.show_page("duty")
    page = window.duty_page
    page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    for table in (page.headcount_table, page.due_table):
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width(), [
            header.sectionSize(c) for c in range(header.count())]
        assert not table.horizontalScrollBar().isVisible()
    table = page.headcount_table
    assert table.rowCount() > 1
    header = table.horizontalHeader()
    assert header.sectionSize(1) >= max(header.sectionSizeHint(1), table.sizeHintForColumn(1))
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row), table.item(row, 0).text()
