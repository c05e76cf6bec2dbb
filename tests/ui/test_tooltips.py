"""Every field with a rule says the rule in a one-line tooltip; a tooltip that quotes a local
rule shows the station's current value."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rescue_desk.domain.beds import BedState
from rescue_desk.domain.departure import DepartureType
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.settings import SettingsService
from rescue_desk.ui.beds_page import ApprovalDialog, BedsPage
from rescue_desk.ui.custody_page import CustodyPage, ItemDialog
from rescue_desk.ui.departures_page import DepartureDialog
from rescue_desk.ui.dialogs import LoginDialog
from rescue_desk.ui.duty_page import DutyPage, EntryDialog, HandoverDialog, NoticeDialog
from rescue_desk.ui.merge_dialog import MergeDialog
from rescue_desk.ui.outreach_page import OutreachPage, PatrolDialog, StockDialog
from rescue_desk.ui.pages.areas_tab import AreasTab
from rescue_desk.ui.pages.intake_page import IntakePage
from rescue_desk.ui.pages.settings_page import PasswordDialog, SettingsPage, UserDialog
from rescue_desk.ui.setup_wizard import SetupWizard

#: A tooltip is one short line, not a paragraph.
MAX_TIP = 90


def tips(root: QWidget, *names: str) -> dict[str, str]:
    """The tooltip of each object name under ``root``; every widget of that name must have one
    (a form row's holder may share its editor's name)."""
    found = {}
    for name in names:
        widgets = root.findChildren(QWidget, name)
        assert widgets, f"no widget named {name}"
        texts = {w.toolTip() for w in widgets}
        assert all(texts), f"{name} has no tooltip"
        found[name] = max(texts, key=len)
    for name, text in found.items():
        assert "\n" not in text and len(text) <= MAX_TIP, f"{name}: {text!r} is not one line"
    return found


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


def register(desk, name="测试乙", sex="M", age=40) -> str:
    return IntakeService(desk).register(PersonForm(name=name, sex=sex, age=age),
                                        StayForm()).case_no


# -- intake -----------------------------------------------------------------------------------
def test_intake_fields_say_their_rules(qtbot, demo_desk):
    page = show(qtbot, IntakePage(demo_desk))
    found = tips(page, "name_edit", "sex_edit", "birth_date_edit", "age_edit", "id_type_combo",
                 "id_number_edit", "source_combo", "arrived_at_edit", "escort_unit_edit",
                 "found_at_edit", "inspection_minor_check", "inspection_mental_check",
                 "outcome_edit", "outcome_reason_edit", "height_cm_edit",
                 "readmission_decision_edit")
    assert "X" in found["id_number_edit"] and "18" in found["id_number_edit"]
    assert "120" in found["age_edit"] and "18" in found["age_edit"]
    assert "250" in found["height_cm_edit"]
    assert "30" in found["readmission_decision_edit"]  # the default re-admission period
    assert not page.findChild(QWidget, "alias_edit").toolTip()  # no rule, no tooltip


def test_intake_readmission_tooltip_follows_the_local_rule(qtbot, demo_desk):
    page = show(qtbot, IntakePage(demo_desk))
    SettingsService(demo_desk).set("readmission_days", 45)
    page.reset()
    text = page.readmission_edit.toolTip()
    assert "45" in text and "30" not in text


# -- security and belongings ------------------------------------------------------------------
def test_custody_fields_say_their_rules(qtbot, demo_desk):
    register(demo_desk)
    page = show(qtbot, CustodyPage(demo_desk))
    found = tips(page, "temperature_edit", "body_combo", "due_second_combo")
    assert "45.0" in found["temperature_edit"]
    dialog = show(qtbot, ItemDialog(demo_desk, page.custody))
    found = tips(dialog, "quantity_spin", "disposition_combo", "cash_edit", "second_combo",
                 "police_unit_edit", "police_officer_edit", "police_receipt_edit",
                 "witness_edit")
    assert "9999" in found["quantity_spin"]
    assert not dialog.condition_edit.toolTip()


def test_disposal_tooltip_follows_the_keep_period(qtbot, demo_desk):
    page = show(qtbot, CustodyPage(demo_desk))
    page.reload_due()
    assert "60" in page.due_table.toolTip()
    SettingsService(demo_desk).set("unclaimed_keep_days", 45)
    page.reload_due()
    assert "45" in page.due_table.toolTip() and "60" not in page.due_table.toolTip()


# -- beds -------------------------------------------------------------------------------------
def test_beds_page_states_the_placement_and_hold_rules(qtbot, demo_desk, monkeypatch):
    page = show(qtbot, BedsPage(demo_desk))
    tips(page, "waiting_list")
    seen = []

    def run_dialog(dialog):
        seen.append(tips(dialog, "hold_hours_spin")["hold_hours_spin"])
        return False

    monkeypatch.setattr(page, "run_dialog", run_dialog)
    free = next(b for b in page.board.beds if b.state == BedState.FREE)
    page.show_tile(free)
    page.hold_button.click()
    SettingsService(demo_desk).set("bed_hold_hours", 6)
    page.hold_button.click()
    assert "2" in seen[0] and "6" not in seen[0]
    assert "6" in seen[1]


def test_approval_by_another_leader_says_who_may_approve(qtbot, demo_desk):
    AccountService(demo_desk).login("jiedai1", DEMO_PASSWORD)
    dialog = show(qtbot, ApprovalDialog(demo_desk, "…"))
    tips(dialog, "approval_leader_combo", "approval_password_edit")


# -- departures -------------------------------------------------------------------------------
def test_departure_fields_say_their_rules(qtbot, demo_desk):
    case = register(demo_desk)
    dialog = show(qtbot, DepartureDialog(demo_desk, case))
    found = tips(dialog, "kind_combo", "planned_edit", "alone_check", "voucher_carrier",
                 "voucher_to_place", "voucher_fare", "voucher_cash", "voucher_cash_reason",
                 "collected_collector_name", "collected_collector_id_number",
                 "absconded_last_seen_at", "escorted_received_at", "death_died_at")
    assert "16" in found["kind_combo"]
    assert "20.00" in found["voucher_cash"]
    assert not dialog.widgets[DepartureType.VOUCHER]["train_no"].toolTip()
    assert not dialog.city_edit.toolTip()


# -- duty -------------------------------------------------------------------------------------
def test_duty_fields_say_their_rules(qtbot, demo_desk):
    page = show(qtbot, DutyPage(demo_desk))
    tips(page, "quick_edit")
    tips(show(qtbot, EntryDialog([])), "entry_text_edit")
    draft = page.duty.draft_handover(page.shift_key)
    tips(show(qtbot, HandoverDialog(draft)), "keys_edit")
    tips(show(qtbot, NoticeDialog(minor=True, officers=[("a", "甲")])),
         "second_combo", "second_password_edit")


def test_duty_tooltips_follow_the_stay_limit_and_rest_rules(qtbot, demo_desk, monkeypatch):
    case = register(demo_desk)
    page = show(qtbot, DutyPage(demo_desk))
    page.resize(1280, 800)
    seen: list[str] = []

    def extension(dialog):
        seen.append(tips(dialog, "extension_days_spin")["extension_days_spin"])
        return False

    monkeypatch.setattr(page, "run_dialog", extension)
    page.tabs.setCurrentIndex(3)
    row = next(r for r in range(page.clock_table.rowCount())
               if page.clock_table.item(r, 0).text() == case)
    page.clock_table.selectRow(row)
    page.extend_button.click()
    SettingsService(demo_desk).set("stay_limit_days", 15)
    page.extend_button.click()
    assert "10" in seen[0] and "15" in seen[1]

    def slot(dialog):
        seen.append(tips(dialog, "slot_list")["slot_list"])
        return False

    monkeypatch.setattr(page, "run_dialog", slot)
    page.tabs.setCurrentIndex(2)
    page.on_roster_cell(0, 1)
    SettingsService(demo_desk).set("min_rest_hours", 11)
    page.on_roster_cell(0, 1)
    assert "8" in seen[2] and "11" in seen[3]


def test_taking_over_the_shift_says_who_may(qtbot, demo_desk, monkeypatch):
    page = show(qtbot, DutyPage(demo_desk))
    seen = []
    monkeypatch.setattr(page, "run_dialog", lambda d: seen.append(
        tips(d, "credentials_login_combo", "credentials_password_edit")) or False)
    page.on_acknowledge()
    assert seen


# -- outreach ---------------------------------------------------------------------------------
def test_hotline_tooltips_follow_the_arrival_targets(qtbot, demo_desk, monkeypatch):
    AccountService(demo_desk).login("admin", DEMO_PASSWORD)
    page = show(qtbot, OutreachPage(demo_desk))
    seen = []

    def new_call(dialog):
        seen.append(tips(dialog, "called_at_edit", "arrived_at_edit", "far_check"))
        return False

    monkeypatch.setattr(page, "run_dialog", new_call)
    page.new_call_button.click()
    settings = SettingsService(demo_desk)
    settings.set("hotline_target_minutes", 40)
    settings.set("hotline_far_minutes", 90)
    page.new_call_button.click()
    assert "30" in seen[0]["arrived_at_edit"] and "60" in seen[0]["far_check"]
    assert "40" in seen[1]["arrived_at_edit"] and "90" in seen[1]["far_check"]


def test_patrol_and_supplies_say_their_rules(qtbot, demo_desk):
    tips(show(qtbot, PatrolDialog(demo_desk.now(), ("桥洞",))), "patrol_started_edit")
    found = tips(show(qtbot, StockDialog([], handout=True)),
                 "supply_count_spin", "supply_case_edit", "supply_point_edit")
    assert "99999" in found["supply_count_spin"]


# -- settings, areas and dialogs ---------------------------------------------------------------
def test_settings_fields_say_their_rules(qtbot, demo_desk):
    page = show(qtbot, SettingsPage(demo_desk))
    found = tips(page, "region_code_edit", "places_edit", "idle_lock_minutes_edit",
                 "stay_limit_days_edit", "handover_time_edit", "campaign_start_edit")
    assert "240" in found["idle_lock_minutes_edit"] and "90" in found["stay_limit_days_edit"]
    tips(show(qtbot, UserDialog(demo_desk)), "login_edit", "sex_combo", "password_edit")
    tips(show(qtbot, PasswordDialog("x", ask_old=True)), "password_edit", "password_again_edit")


def test_areas_tab_says_the_placement_rules(qtbot, demo_desk):
    tab = show(qtbot, AreasTab(demo_desk))
    found = tips(tab, "area_name_edit", "area_kind_combo", "area_sex_combo",
                 "area_minors_check", "area_capacity_spin", "room_name_edit", "bed_count_spin",
                 "bed_label_edit", "oos_reason_edit")
    assert "2000" in found["area_capacity_spin"] and "200" in found["bed_count_spin"]


def test_setup_login_and_merge_dialogs_say_their_rules(qtbot, demo_desk, empty_desk):
    tips(show(qtbot, SetupWizard(empty_desk)), "region_code_edit", "login_edit",
         "password_edit", "password_again_edit")
    found = tips(show(qtbot, LoginDialog(demo_desk, "演示站")), "password_edit")
    assert "5" in found["password_edit"]
    tips(show(qtbot, MergeDialog(demo_desk)), "keep_results_list", "merge_results_list")


def test_tooltips_read_in_english_too(qtbot, demo_desk):
    """The source strings are the English UI: the same one line, with the value."""
    from rescue_desk.ui import i18n

    i18n.install("en")
    try:
        page = show(qtbot, IntakePage(demo_desk))
        assert page.readmission_edit.toolTip().startswith(
            "Required when the person left less than 30 days ago")
    finally:
        i18n.install("zh_CN")
