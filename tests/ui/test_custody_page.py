"""The security & belongings page driven through its widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from rescue_desk.domain.custody import Disposition, ItemKind
from rescue_desk.domain.models import AuditEvent, Stay
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.custody import CustodyService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.ui import printing
from rescue_desk.ui.custody_page import CustodyPage, ItemDialog, StayCustodyTableModel


@pytest.fixture
def case_no(demo_desk):
    """A man registered just now, not yet checked; anbao1 (a man, security) logged in."""
    AccountService(demo_desk).login("jiedai1", DEMO_PASSWORD)
    case = IntakeService(demo_desk).register(PersonForm(name="测试甲", sex="M", age=40),
                                             StayForm()).case_no
    AccountService(demo_desk).login("anbao1", DEMO_PASSWORD)
    return case


@pytest.fixture
def page(qtbot, demo_desk, case_no):
    page = CustodyPage(demo_desk)
    qtbot.addWidget(page)
    page.show()
    return page


def fill_item(dialog: ItemDialog, kind: ItemKind, description: str, **more) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.description_edit.setText(description)
    if "cash" in more:
        dialog.cash_edit.setText(more["cash"])
        dialog.on_cash(more["cash"])
    if "second" in more:
        dialog.second_combo.setCurrentIndex(dialog.second_combo.findData(more["second"]))
    if "serial" in more:
        dialog.serial_edit.setText(more["serial"])


def add_items(page, monkeypatch, items):
    """Answer each item dialog with the next entry of ``items``."""
    queue = list(items)

    def answer(dialog):
        kind, description, more = queue.pop(0)
        fill_item(dialog, kind, description, **more)
        dialog.on_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", answer)
    for _ in items:
        page.check_panel.add_item_button.click()


def test_check_with_cash_and_phone_makes_a_bag(page, case_no, monkeypatch, demo_desk):
    """GIVEN an unchecked man WHEN the check is recorded with ¥123.50 counted with anbao2 and a
    phone THEN a bag is stored and the details show the cash in figures and capitals."""
    page.open_case(case_no)
    assert page.detail_stack.currentWidget() is page.check_panel
    add_items(page, monkeypatch, [
        (ItemKind.CASH, "现金", {"cash": "123.50", "second": "anbao2"}),
        (ItemKind.PHONE, "华为手机", {"serial": "IMEI 8612"}),
    ])
    assert page.check_panel.items_table.rowCount() == 2
    assert "壹佰贰拾叁元伍角整" in page.check_panel.items_table.item(0, 0).text()
    page.check_panel.temperature_edit.setText("36.7")
    page.check_panel.save_button.click()
    assert page.detail_stack.currentWidget() is page.details_panel
    text = page.details_panel.check_label.text()
    assert "¥123.50" in text and "壹佰贰拾叁元伍角整" in text
    record = CustodyService(demo_desk).record(case_no)
    assert len(record.bags) == 1 and len(record.bags[0].items) == 2


def test_only_same_sex_officers_are_offered(page, case_no):
    """GIVEN a man's check WHEN the body-check list shows THEN no female officer is in it."""
    page.open_case(case_no)
    combo = page.check_panel.body_combo
    logins = {combo.itemData(i) for i in range(combo.count())}
    assert "anbao1" in logins and "anbao3" not in logins


def test_id_document_offers_only_kept_by_person(qtbot, page, demo_desk):
    """GIVEN the item dialog WHEN the kind is an ID document THEN the only disposition offered
    is 'kept by the person', and the hint says ID documents are never withheld."""
    dialog = ItemDialog(demo_desk, page.custody)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ItemKind.ID_DOCUMENT))
    combo = dialog.disposition_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [Disposition.KEPT_BY_PERSON]
    assert not dialog.id_hint.isHidden()


def test_cash_without_second_officer_says_so_and_saves_nothing(page, case_no, monkeypatch,
                                                              demo_desk):
    """GIVEN cash and no second counting officer WHEN saved THEN a sentence says so and no check
    is recorded."""
    page.open_case(case_no)
    add_items(page, monkeypatch, [(ItemKind.CASH, "现金", {"cash": "20"})])
    page.check_panel.save_button.click()
    assert "两名工作人员" in page.check_panel.items_message.text()
    assert not CustodyService(demo_desk).record(case_no).checked


def test_bad_amount_is_said_in_the_item_dialog(qtbot, page, demo_desk):
    """GIVEN the item dialog WHEN the cash amount is -5 THEN a sentence under the amount."""
    dialog = ItemDialog(demo_desk, page.custody)
    qtbot.addWidget(dialog)
    fill_item(dialog, ItemKind.CASH, "现金", cash="-5")
    dialog.on_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "负数" in dialog.fields.labels["cash"].text()


def checked_stay(page, case_no, monkeypatch):
    page.open_case(case_no)
    add_items(page, monkeypatch, [
        (ItemKind.CASH, "现金", {"cash": "10", "second": "anbao2"}),
        (ItemKind.PHONE, "手机", {}),
    ])
    page.check_panel.save_button.click()
    return CustodyService(page.desk).record(case_no)


def test_count_back_with_a_missing_item_needs_a_note(page, case_no, monkeypatch, demo_desk):
    """GIVEN a checked stay WHEN the phone is marked missing without a note THEN a sentence;
    with a note both items are settled."""
    checked_stay(page, case_no, monkeypatch)
    panel = page.details_panel
    (cash, cash_combo, cash_note), (phone, phone_combo, phone_note) = panel.rows
    cash_combo.setCurrentIndex(cash_combo.findData(True))
    phone_combo.setCurrentIndex(phone_combo.findData(False))
    panel.count_back_button.click()
    assert "缺失的物品须写明" in panel.back_message.text()
    panel = page.details_panel
    (cash, cash_combo, cash_note), (phone, phone_combo, phone_note) = panel.rows
    cash_combo.setCurrentIndex(cash_combo.findData(True))
    phone_combo.setCurrentIndex(phone_combo.findData(False))
    phone_note.setText("本人称已卖掉")
    panel.count_back_button.click()
    assert CustodyService(demo_desk).unaccounted(case_no) == []


def test_store_room_finds_a_bag_by_number_and_by_scan(page, case_no, monkeypatch):
    """GIVEN a stored bag WHEN its number is typed or its tag scanned THEN it is listed, and
    Enter on a single bag opens its stay."""
    record = checked_stay(page, case_no, monkeypatch)
    bag = record.bags[0].bag_no
    page.tabs.setCurrentIndex(1)
    page.bag_search_edit.setText(bag)
    page.reload_store()
    assert [page.store_model.row_at(i).bag_no for i in range(page.store_model.rowCount())] \
        == [bag]
    page.bag_search_edit.setText(f"RD:BAG:{bag}")
    page.on_bag_enter()
    assert page.tabs.currentIndex() == 0 and page.current_case == case_no


def test_disposal_after_retention(page, case_no, monkeypatch, demo_desk, clock):
    """GIVEN a stay that ended 61 days ago with a bag WHEN its items are ticked and disposed of
    (confirmed, second officer chosen) THEN they are settled and the record goes to print."""
    checked_stay(page, case_no, monkeypatch)
    with demo_desk.db.write() as s:
        stay = s.execute(select(Stay).where(Stay.case_no == case_no)).scalar_one()
        stay.status, stay.ended_at = "closed", clock.now
    clock.advance(days=61)
    printed = []
    monkeypatch.setattr(printing, "print_pdf", lambda parent, data, name: printed.append(name)
                        or True)
    monkeypatch.setattr(page, "confirm", lambda text: True)
    page.tabs.setCurrentIndex(2)
    ours = [n for n, due in enumerate(page.due_items) if due.case_no == case_no]
    assert len(ours) == 2
    for n in ours:
        page.due_table.item(n, 0).setCheckState(page.due_table.item(n, 0).checkState().Checked)
    page.due_second_combo.setCurrentIndex(page.due_second_combo.findData("anbao2"))
    page.dispose_button.click()
    assert CustodyService(demo_desk).unaccounted(case_no) == []
    assert printed and printed[0].endswith(".pdf")


def test_printing_the_receipt_is_logged(page, case_no, monkeypatch, demo_desk):
    """GIVEN a checked stay WHEN the receipt is printed THEN it goes to the print preview and
    an audit 'print' record names the case."""
    checked_stay(page, case_no, monkeypatch)
    printed = []
    monkeypatch.setattr(printing, "print_pdf", lambda parent, data, name: printed.append(data)
                        or True)
    page.details_panel.receipt_button.click()
    assert printed and printed[0].startswith(b"%PDF")
    with demo_desk.db.read() as s:
        actions = s.execute(select(AuditEvent.action, AuditEvent.entity_id)
                            .order_by(AuditEvent.id.desc()).limit(1)).one()
    assert tuple(actions) == ("print", case_no)


def test_front_desk_sees_the_check_form_disabled(qtbot, demo_desk, case_no):
    """GIVEN a front-desk officer WHEN the page opens THEN the check form cannot be used."""
    AccountService(demo_desk).login("jiedai1", DEMO_PASSWORD)
    page = CustodyPage(demo_desk)
    qtbot.addWidget(page)
    assert not page.check_panel.isEnabled()


def test_stays_model_passes_model_tester(qtmodeltester, demo_desk, case_no):
    """GIVEN the stays in the station THEN the table model obeys Qt's rules."""
    qtmodeltester.check(StayCustodyTableModel(CustodyService(demo_desk).stays()))


def assert_columns_fit(table) -> None:
    """Every column of ``table`` shows its longest text and header whole, and all of them fit
    in the table: no horizontal scrollbar."""
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), [
        header.sectionSize(c) for c in range(header.count())]
    assert not table.horizontalScrollBar().isVisible()


def test_person_list_fits_in_the_window_at_1280_by_800(qtbot, demo_desk):
    """GIVEN the main window at 1280×800 (the size of the README's screenshots) WHEN the
    security page shows a checked person with items THEN the person list shows every column
    whole with no horizontal scrollbar, and the tables of the details fit too."""
    from PySide6.QtWidgets import QApplication

    from rescue_desk.ui.main_window import MainWindow

    AccountService(demo_desk).login("anbao1", DEMO_PASSWORD)
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.show_page("security")
    page = window.custody_page
    checked = next(r for r in CustodyService(demo_desk).stays() if r.checked and r.held)
    page.open_case(checked.case_no)
    QApplication.processEvents()
    view = page.stays_view
    assert_columns_fit(view)
    header = view.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    assert page.detail_stack.currentWidget() is page.details_panel
    assert_columns_fit(page.details_panel.items_table)
    assert_columns_fit(page.details_panel.log_table)
