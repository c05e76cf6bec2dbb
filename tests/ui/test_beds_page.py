"""The bed board page: its model, drag and drop, privacy mode, scanning, and approval."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from rescue_desk.domain.beds import BedState
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.beds import BedService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.ui.beds_page import BedBoardModel, BedsPage, case_mime


def make_page(qtbot, desk) -> BedsPage:
    page = BedsPage(desk)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def drop_on(page: BedsPage, case_no: str, bed_id: int) -> None:
    """Drop a case number on a bed tile, as a drag from the board or the waiting list ends."""
    rect = page.canvas.rect_of(bed_id)
    assert rect is not None
    mime = case_mime(case_no)  # the event does not own its data: keep it alive
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.canvas.dropEvent(event)
    del mime


def test_board_model_passes_the_model_tester(qtmodeltester, demo_desk):
    model = BedBoardModel()
    model.set_board(BedService(demo_desk).board())
    qtmodeltester.check(model)
    assert model.rowCount() == len(model.areas) > 3
    area = model.index(0, 0)
    assert model.rowCount(area) == len(model.areas[0].beds)
    bed = model.index(0, 0, area)
    assert model.parent(bed) == area and model.rowCount(bed) == 0


def test_drag_a_person_to_another_bed_moves_them(qtbot, demo_desk):
    page = make_page(qtbot, demo_desk)
    tile = next(b for b in page.board.beds if b.state == BedState.OCCUPIED
                and b.area == "男宿一区")
    free = next(b for b in page.board.beds if b.state == BedState.FREE
                and b.area == "男宿一区")
    drop_on(page, tile.case_no, free.bed_id)
    moved = page.board.tile(tile.case_no)
    assert moved.bed_id == free.bed_id
    history = BedService(demo_desk).history(tile.case_no)
    assert history[-2].end_reason == "moved"
    assert page.current.bed_id == free.bed_id


def test_drag_from_the_waiting_list_and_the_suggested_bed(qtbot, demo_desk):
    from rescue_desk.services.intake import IntakeService, PersonForm, StayForm

    intake = IntakeService(demo_desk)
    boy = intake.register(PersonForm(name="刘小东", sex="M", age=13), StayForm()).case_no
    man = intake.register(PersonForm(name="陈国强", sex="M", age=45), StayForm()).case_no
    page = make_page(qtbot, demo_desk)
    rows = {r.case_no: r for r in page.board.waiting}
    assert rows[boy].suggestion.area == "男童区"
    row = next(i for i in range(page.waiting_list.count())
               if page.waiting_list.item(i).data(Qt.ItemDataRole.UserRole) == boy)
    mime = page.waiting_list.mimeData([page.waiting_list.item(row)])
    assert bytes(mime.data("application/x-rescue-desk-case")).decode() == boy
    page.waiting_list.setCurrentRow(row)
    assert page.canvas.selected_bed == rows[boy].suggestion.bed_id  # shown on the board
    page.give_button.click()
    assert page.board.tile(boy).bed_id == rows[boy].suggestion.bed_id
    free = next(b for b in page.board.beds if b.state == BedState.FREE
                and b.area == "男宿一区")
    drop_on(page, man, free.bed_id)
    assert page.board.tile(man).bed_id == free.bed_id


def test_a_bed_outside_the_rules_asks_the_leader(qtbot, demo_desk, monkeypatch):
    page = make_page(qtbot, demo_desk)
    woman = next(b for b in page.board.beds if b.case_no and b.sex == "F"
                 and b.area == "女宿区")
    men_free = next(b for b in page.board.beds if b.state == BedState.FREE
                    and b.area == "男宿一区")
    seen = []

    def run_dialog(dialog):
        seen.append(dialog)
        dialog.reason_edit.setText("演练")
        dialog.ok_button.click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run_dialog)
    drop_on(page, woman.case_no, men_free.bed_id)
    assert seen and seen[0].objectName() == "approval_dialog"
    moved = page.board.tile(woman.case_no)
    assert moved.bed_id == men_free.bed_id and moved.breaches == ("opposite_sex",)


def test_a_clerk_needs_the_leaders_password(qtbot, demo_desk, monkeypatch):
    AccountService(demo_desk).login("jiedai1", DEMO_PASSWORD)
    page = make_page(qtbot, demo_desk)
    man = next(b for b in page.board.beds if b.case_no and b.sex == "M"
               and b.area == "男宿一区")
    women_free = next(b for b in page.board.beds if b.state == BedState.FREE
                      and b.area == "女宿区")
    messages = []

    def run_dialog(dialog):
        dialog.reason_edit.setText("演练")
        dialog.password_edit.setText("wrong")
        dialog.ok_button.click()
        messages.append(dialog.fields.labels["approval_password"].text())
        assert dialog.leader_combo.count() >= 1
        return False

    monkeypatch.setattr(page, "run_dialog", run_dialog)
    drop_on(page, man.case_no, women_free.bed_id)
    assert messages and messages[0]
    assert page.board.tile(man.case_no).bed_id == man.bed_id  # not moved


def test_privacy_mode_shows_initials_only(qtbot, demo_desk):
    page = make_page(qtbot, demo_desk)
    tile = next(b for b in page.board.beds if b.case_no and not b.person_name.startswith("无名氏"))
    parent = page.model.index(next(i for i, a in enumerate(page.model.areas)
                                   if a.id == tile.area_id), 0)
    row = next(i for i, b in enumerate(page.model.areas[parent.row()].beds)
               if b.bed_id == tile.bed_id)
    index = page.model.index(row, 0, parent)
    assert tile.person_name in index.data()
    page.privacy_check.setChecked(True)
    text = page.model.index(row, 0, parent).data()
    assert tile.person_name not in text and tile.initials in text
    waiting_texts = [page.waiting_list.item(i).text() for i in range(page.waiting_list.count())]
    assert all(w.person_name not in t for w in page.board.waiting for t in waiting_texts
               if not w.person_name.startswith("无名氏"))
    page.show_tile(tile)
    assert tile.person_name not in page.detail_text.text()


def test_scanning_a_slip_on_the_board_highlights_the_bed(qtbot, demo_desk):
    page = make_page(qtbot, demo_desk)
    tile = next(b for b in page.board.beds if b.case_no)
    page.area_combo.setCurrentIndex(page.area_combo.count() - 1)
    qtbot.keyClicks(page.find_edit, f"RD:STAY:{tile.case_no}")
    qtbot.keyClick(page.find_edit, Qt.Key.Key_Return)
    assert page.current.bed_id == tile.bed_id
    assert page.canvas.selected_bed == tile.bed_id
    assert page.canvas.rect_of(tile.bed_id) is not None  # its area is shown


def test_hold_and_out_of_service_from_the_page(qtbot, demo_desk, monkeypatch):
    page = make_page(qtbot, demo_desk)
    free = [b for b in page.board.beds if b.state == BedState.FREE]

    def run_hold(dialog):
        dialog.for_edit.setText("公安送来一名男子")
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", run_hold)
    page.show_tile(free[0])
    page.hold_button.click()
    assert next(b for b in page.board.beds if b.bed_id == free[0].bed_id).state \
        == BedState.HELD

    def run_reason(dialog):
        dialog.reason_edit.setText("床板损坏")
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", run_reason)
    page.show_tile(free[1])
    page.oos_button.click()
    tile = next(b for b in page.board.beds if b.bed_id == free[1].bed_id)
    assert tile.state == BedState.OUT_OF_SERVICE and tile.out_of_service_reason == "床板损坏"


def test_presence_roll_in_one_click(qtbot, demo_desk, monkeypatch):
    from rescue_desk.ui import printing

    printed = []
    monkeypatch.setattr(printing, "print_pdf",
                        lambda parent, data, name: printed.append((data, name)) or True)
    page = make_page(qtbot, demo_desk)
    page.roll_button.click()
    page.privacy_check.setChecked(True)
    page.sheet_button.click()
    assert [name.split("-")[0] for _, name in printed] == ["roll", "board"]
    assert all(data.startswith(b"%PDF") for data, _ in printed)
