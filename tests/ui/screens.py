"""Render every page and dialog with demo data to PNG files, to look at after each UI change.

``RESCUE_DESK_SCREENS=/some/folder pytest tests/ui/test_screens.py`` writes them there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from rescue_desk.ui.dialogs import LoginDialog
from rescue_desk.ui.main_window import MainWindow
from rescue_desk.ui.pages.settings_page import PasswordDialog, UserDialog
from rescue_desk.ui.setup_wizard import SetupWizard
from rescue_desk.ui.stay_dialog import StayDialog


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def render_all(desk, empty_desk, folder: Path) -> list[Path]:
    """Every page of the main window, each settings tab, and each dialog, as PNG files."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow(desk)
    window.resize(1280, 800)
    window.show()
    for row in range(window.nav_list.count()):
        window.nav_list.setCurrentRow(row)
        key = window.nav_list.item(row).data(Qt.ItemDataRole.UserRole)
        written.append(_save(window, folder, f"page_{row + 1:02d}_{key}"))
    tabs = window.settings_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        written.append(_save(window, folder, f"settings_tab_{index + 1}"))
    window.search_box.setFocus()
    window.search_box.setText("z")
    window.search_box.on_text_edited("z")
    written.append(_save(window, folder, "search_candidates"))
    window.search_box.completer_.popup().hide()
    window.close()

    users = [u for u in __import__("rescue_desk.services.accounts", fromlist=["AccountService"])
             .AccountService(desk).users() if u.login == "zhiban3"]
    dialogs = {
        "dialog_setup": SetupWizard(empty_desk),
        "dialog_login": LoginDialog(desk, "演示市救助管理站",
                                    hint="演示站：所有工作人员的密码都是 demo1234（例如 admin）。"),
        "dialog_lock": LoginDialog(desk, "演示市救助管理站", locked_by=desk.officer),
        "dialog_user_new": UserDialog(desk),
        "dialog_user_edit": UserDialog(desk, users[0] if users else None),
        "dialog_password": PasswordDialog("修改我的密码", ask_old=True),
    }
    setup = dialogs["dialog_setup"]
    setup.show()
    setup.next()
    setup.next()  # the station page refuses an empty name: its message under the field
    for name, dialog in dialogs.items():
        dialog.show()
        written.append(_save(dialog, folder, name))
        dialog.close()
    written += render_intake(desk, folder)
    written += render_custody(desk, folder)
    written += render_beds(desk, folder)
    written += render_departures(desk, folder)
    written += render_duty(desk, folder)
    written += render_reports(desk, folder)
    return written


def render_reports(desk, folder: Path) -> list[Path]:
    """The reports page: each tab with a figure chosen."""
    from rescue_desk.ui.reports_page import ReportsPage

    page = ReportsPage(desk)
    page.resize(1280, 760)
    page.show()
    written = []
    page.table.selectRow(0)
    written.append(_save(page, folder, "reports_monthly"))
    page.tabs.setCurrentIndex(1)
    page.day_table.selectRow(max(page.day_table.rowCount() - 1, 0))
    written.append(_save(page, folder, "reports_occupancy"))
    page.tabs.setCurrentIndex(2)
    page.campaign_table.selectRow(0)
    written.append(_save(page, folder, "reports_campaign"))
    page.close()
    return written


def render_duty(desk, folder: Path) -> list[Path]:
    """The duty page: each tab, and the entry, handover and notice dialogs."""
    from rescue_desk.ui.duty_page import EntryDialog, HandoverDialog, NoticeDialog

    written: list[Path] = []
    window = MainWindow(desk)
    window.resize(1280, 800)
    window.show()
    window.show_page("duty")
    page = window.duty_page
    for index, name in enumerate(("board", "log", "roster", "clock")):
        page.tabs.setCurrentIndex(index)
        written.append(_save(window, folder, f"duty_{index + 1}_{name}"))
    key = page.shift_key
    window.close()
    entry = EntryDialog(["男宿一区", "女宿区"])
    entry.kind_combo.setCurrentIndex(entry.kind_combo.findData("incident"))
    handover = HandoverDialog(page.duty.draft_handover(key))
    notice = NoticeDialog(minor=True, officers=[("daiban1", "周明")])
    for name, dialog in (("duty_dialog_entry", entry), ("duty_dialog_handover", handover),
                         ("duty_dialog_notice", notice)):
        dialog.show()
        written.append(_save(dialog, folder, name))
        dialog.close()
    return written


def render_departures(desk, folder: Path) -> list[Path]:
    """The departures page with a departure chosen, and the dialog for three types."""
    from rescue_desk.domain.departure import DepartureType
    from rescue_desk.services.departures import DepartureService
    from rescue_desk.ui.departures_page import DepartureDialog

    written: list[Path] = []
    window = MainWindow(desk)
    window.resize(1280, 800)
    window.show()
    window.show_page("departures")
    page = window.departures_page
    lists = DepartureService(desk).lists()
    for index, key in enumerate(("preparing", "follow_up", "recent")):
        if lists[key]:
            page.tabs.setCurrentIndex((1, 2, 3)[index])
            page.show_record(lists[key][0].id)
            written.append(_save(window, folder, f"departures_{index + 1}_{key}"))
    window.close()
    people = DepartureService(desk).in_station()
    if people:
        case = people[0][0]
        for kind in (DepartureType.VOUCHER, DepartureType.COLLECTED, DepartureType.SELF):
            dialog = DepartureDialog(desk, case)
            dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
            dialog.show()
            written.append(_save(dialog, folder, f"departure_dialog_{kind.value}"))
            dialog.close()
    return written


def render_beds(desk, folder: Path) -> list[Path]:
    """The bed board: all areas with a bed chosen, privacy mode, and the dialogs."""
    from rescue_desk.domain.beds import BedState
    from rescue_desk.ui.beds_page import ApprovalDialog, HoldDialog

    written: list[Path] = []
    window = MainWindow(desk)
    window.resize(1280, 800)
    window.show()
    window.show_page("beds")
    page = window.beds_page
    occupied = next((b for b in page.board.beds if b.state == BedState.OCCUPIED), None)
    if occupied:
        page.show_tile(occupied)
    written.append(_save(window, folder, "beds_1_board"))
    page.privacy_check.setChecked(True)
    written.append(_save(window, folder, "beds_2_privacy"))
    page.privacy_check.setChecked(False)
    page.area_combo.setCurrentIndex(min(3, page.area_combo.count() - 1))
    written.append(_save(window, folder, "beds_3_one_area"))
    window.close()
    for name, dialog in (("beds_dialog_hold", HoldDialog(2)),
                         ("beds_dialog_approval", ApprovalDialog(
                             desk, "这张床位会让一名未成年人住进成年人区域。只有带班领导批准并"
                                   "说明理由才可以。"))):
        dialog.show()
        written.append(_save(dialog, folder, name))
        dialog.close()
    return written


def render_custody(desk, folder: Path) -> list[Path]:
    """The security & belongings page: a checked stay, the check form, store room, disposal."""
    from rescue_desk.domain.custody import ItemKind
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.custody import CustodyService
    from rescue_desk.ui.custody_page import ItemDialog

    admin = desk.officer
    AccountService(desk).login("anbao1", "demo1234")
    written: list[Path] = []
    window = MainWindow(desk)
    window.resize(1280, 800)
    window.show()
    window.show_page("security")
    page = window.custody_page
    stays = CustodyService(desk).stays()
    checked = next((r for r in stays if r.checked and r.held), None)
    unchecked = next((r for r in stays if not r.checked and r.sex == "M"), None)
    if checked:
        page.open_case(checked.case_no)
        written.append(_save(window, folder, "custody_1_details"))
    if unchecked:
        page.open_case(unchecked.case_no)
        written.append(_save(window, folder, "custody_2_check_form"))
        dialog = ItemDialog(desk, page.custody)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ItemKind.CASH))
        dialog.description_edit.setText("现金")
        dialog.cash_edit.setText("123.5")
        dialog.on_cash("123.5")
        dialog.show()
        written.append(_save(dialog, folder, "custody_item_dialog"))
        dialog.close()
    page.tabs.setCurrentIndex(1)
    written.append(_save(window, folder, "custody_3_store_room"))
    page.tabs.setCurrentIndex(2)
    written.append(_save(window, folder, "custody_4_due"))
    window.close()
    desk.officer = admin
    return written


def render_intake(desk, folder: Path) -> list[Path]:
    """The intake page as a front-desk officer sees it: empty, with candidates, with warnings
    and messages, after saving; and the stay dialog of the saved stay."""
    import datetime as dt

    from rescue_desk.domain.intake import Outcome, Source
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.demo import DEMO_PASSWORD
    from rescue_desk.services.intake import IntakeService, PersonForm, StayForm

    admin = desk.officer
    AccountService(desk).login("jiedai1", DEMO_PASSWORD)
    intake = IntakeService(desk)
    for name, days, dialect in (("单雄信", 40, "陕西口音"), ("单雄心", 12, "河南口音")):
        intake.register(PersonForm(name=name, sex="M", age=52, dialect=dialect,
                                   hukou_place="陕西省 西安市"),
                        StayForm(arrived_at=desk.now() - dt.timedelta(days=days),
                                 inspection=frozenset({"drunk"}), outcome=Outcome.REFUSE,
                                 outcome_reason="醉酒闹事，不属于救助对象"))
    written: list[Path] = []
    window = MainWindow(desk)
    window.resize(1280, 800)
    window.show()
    window.show_page("intake")
    page = window.intake_page
    written.append(_save(window, folder, "intake_1_empty"))

    page.name_edit.setText("sxx")
    page.refresh_candidates()
    written.append(_save(window, folder, "intake_2_candidates"))

    second = next(c for c in page.cards if c.candidate.display_name == "单雄心")
    second.action_button.click()
    page.id_type_combo.setCurrentIndex(page.id_type_combo.findData("resident_id"))
    page.id_edit.setText("110105194912310021")
    page._touched.add("id_number")
    page.validate()
    page.source_combo.setCurrentIndex(page.source_combo.findData(Source.POLICE.value))
    page.save_button.click()
    written.append(_save(window, folder, "intake_3_decisions"))
    page.scroll.ensureWidgetVisible(page.escort_unit_edit, 0, 200)
    written.append(_save(window, folder, "intake_4_escort_error"))

    page.reset()
    page.name_edit.setText("周小川")
    page.sex_buttons["M"].setChecked(True)
    page.age_edit.setText("15")
    page.inspection_checks[next(iter(page.inspection_checks))].setChecked(True)
    page.update_age_hint()
    written.append(_save(window, folder, "intake_5_minor_hint"))
    page.save_button.click()
    written.append(_save(window, folder, "intake_6_saved"))

    from sqlalchemy import select

    from rescue_desk.domain.models import Stay

    with desk.db.read() as s:
        escorted = s.execute(select(Stay.case_no).where(Stay.source == Source.POLICE.value)
                             .order_by(Stay.case_no).limit(1)).scalar_one_or_none()
    for name, case_no in (("dialog_stay", page.last_case_no),
                          ("dialog_stay_escorted", escorted)):
        if case_no:
            dialog = StayDialog(desk, case_no)
            dialog.show()
            written.append(_save(dialog, folder, name))
            dialog.close()
    window.close()
    desk.officer = admin
    return written
