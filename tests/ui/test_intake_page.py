"""The intake page: from an empty form to a saved stay and its slip, messages under fields,
warnings decided with a reason, returning people found as the clerk types, and the stay dialog
opened from the search box."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from rescue_desk.domain.errors import RequiredField
from rescue_desk.domain.idnumber import IdCheckCharacter
from rescue_desk.domain.intake import Outcome, Source
from rescue_desk.domain.models import AuditEvent, Stay
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.services.intake import LABELS, IntakeService, PersonForm, StayForm
from rescue_desk.services.search import SearchHit
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.main_window import MainWindow
from rescue_desk.ui.pages.intake_page import IntakePage, parse_date, parse_whole
from rescue_desk.ui.stay_dialog import StayDialog

WRONG_CHECK_ID = "110105194912310021"  # 11010519491231002X with a wrong last character


@pytest.fixture
def clerk(demo_desk):
    """The demo station with a front-desk officer logged in."""
    AccountService(demo_desk).login("jiedai1", DEMO_PASSWORD)
    return demo_desk


@pytest.fixture
def page(qtbot, clerk) -> IntakePage:
    page = IntakePage(clerk)
    qtbot.addWidget(page)
    page.resize(1070, 740)
    page.show()
    return page


def stays(desk) -> int:
    with desk.db.read() as s:
        return s.execute(select(func.count()).select_from(Stay)).scalar_one()


def prints_of(desk, case_no: str) -> list[str]:
    """What the audit trail says was printed of ``case_no`` (the changes of each record)."""
    with desk.db.read() as s:
        return list(s.execute(select(AuditEvent.changes).where(
            AuditEvent.action == "print", AuditEvent.entity_id == case_no)).scalars())


def fill(page: IntakePage, name="周小川", sex="M", age="45") -> None:
    page.name_edit.setText(name)
    page.sex_buttons[sex].setChecked(True)
    page.age_edit.setText(age)


def leave(widget: QWidget) -> None:
    """The clerk moves on from ``widget`` (Tab or a click elsewhere)."""
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut,
                                               Qt.FocusReason.TabFocusReason))


def returning_person(desk, name: str, *, days_ago: int) -> int:
    """A person refused ``days_ago`` days ago (their stay is closed); returns their id."""
    arrived = desk.now() - dt.timedelta(days=days_ago)
    result = IntakeService(desk).register(
        PersonForm(name=name, sex="M", age=50, dialect="陕西口音"),
        StayForm(arrived_at=arrived, outcome=Outcome.REFUSE, outcome_reason="不符合救助条件"))
    return result.person_id


def test_empty_form_to_saved_stay(qtbot, page, clerk):
    """GIVEN an empty form WHEN the clerk fills name, sex and age and saves THEN one stay is
    registered, the result panel shows its case number with the print buttons, the form is
    locked, and a quiet status note says so."""
    before = stays(clerk)
    fill(page)
    with qtbot.waitSignal(page.status_message) as note:
        page.save_button.click()
    assert stays(clerk) == before + 1
    result = page.last_result
    assert result is not None and page.case_label.text() == result.case_no
    assert result.case_no in note.args[0] and "周小川" in note.args[0]
    assert page.side_stack.currentIndex() == 1 and not page.form_area.isEnabled()
    assert page.print_buttons.print_buttons["intake"].isVisibleTo(page)
    assert not page.print_buttons.print_buttons["refusal"].isVisibleTo(page)
    record = IntakeService(clerk).record(result.case_no)
    assert (record.name, record.sex, record.age, record.source) == ("周小川", "M", 45, "walk_in")
    page.save_action.trigger()  # a second Ctrl+S saves nothing twice
    assert stays(clerk) == before + 1
    page.next_button.click()
    assert page.name_edit.text() == "" and page.form_area.isEnabled()
    assert page.side_stack.currentIndex() == 0


def test_saved_slip_is_printed_to_pdf_and_logged(qtbot, page, clerk, tmp_path, monkeypatch):
    """GIVEN a saved stay WHEN the clerk saves its intake slip as PDF THEN the file is written
    and the print is in the audit trail once."""
    target = tmp_path / "slip.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *args: pytest.fail(f"unexpected dialog: {args[2]}")))
    fill(page)
    page.save_button.click()
    page.print_buttons.pdf_buttons["intake"].click()
    assert target.read_bytes().startswith(b"%PDF")
    prints = prints_of(clerk, page.last_case_no)
    assert len(prints) == 1 and "intake" in prints[0]


def fake_forms(monkeypatch, form):
    """Stand in for ``printing.intake_forms`` (tests of the desk's side of printing)."""
    import types

    module = types.ModuleType("rescue_desk.printing.intake_forms")
    module.FORMS = {"intake": form, "registration": form, "refusal": form}
    monkeypatch.setitem(__import__("sys").modules, "rescue_desk.printing.intake_forms", module)


def test_print_path_saves_the_pdf_of_the_right_record(qtbot, page, clerk, tmp_path,
                                                      monkeypatch):
    """GIVEN a saved stay WHEN its registration form is saved as PDF THEN the form gets the
    stay's record with the full ID number and who prints, the file is written once, and the
    print is logged with the form's name."""
    seen = []

    def form(record, ctx, stream):
        seen.append((record, ctx))
        stream.write(b"%PDF-1.4 stand-in")

    fake_forms(monkeypatch, form)
    target = tmp_path / "form"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    page.name_edit.setText("钱芳")
    page.sex_buttons["F"].setChecked(True)
    page.id_type_combo.setCurrentIndex(page.id_type_combo.findData("resident_id"))
    page.id_edit.setText("11010519491231002X")
    page.save_button.click()
    page.print_buttons.pdf_buttons["registration"].click()
    assert (tmp_path / "form.pdf").read_bytes() == b"%PDF-1.4 stand-in"
    record, ctx = seen[0]
    assert record.case_no == page.last_case_no and record.id_number_shown == "11010519491231002X"
    assert ctx.is_demo and ctx.station_name and ctx.printed_at == clerk.now()
    prints = prints_of(clerk, page.last_case_no)
    assert len(prints) == 1 and "registration" in prints[0]


def test_missing_chinese_font_is_one_calm_dialog(qtbot, page, monkeypatch):
    """GIVEN a computer without a Chinese font WHEN the slip is printed THEN one dialog says what
    to install, and nothing is logged as printed."""
    from rescue_desk.printing.fonts import NoCJKFont

    def form(record, ctx, stream):
        raise NoCJKFont()

    fake_forms(monkeypatch, form)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: said.append(args[2])))
    fill(page)
    page.save_button.click()
    assert not page.print_buttons.run("intake", save=False)
    assert said == [tr_desk_error(NoCJKFont())]
    assert prints_of(page.desk, page.last_case_no) == []


def test_ctrl_p_prints_the_last_slip(qtbot, page, clerk, monkeypatch):
    """GIVEN a saved stay and the next person's form WHEN Ctrl+P is pressed THEN the last
    intake slip goes to the print preview, and the print is logged."""
    from rescue_desk.ui import printing

    opened = []
    monkeypatch.setattr(printing, "print_pdf",
                        lambda parent, data, name: opened.append(name) or True)
    fill(page)
    page.save_button.click()
    case_no = page.last_case_no
    page.next_button.click()
    assert page.print_action.shortcut().toString() == "Ctrl+P"
    page.print_action.trigger()
    assert len(opened) == 1 and case_no in opened[0] and opened[0].endswith(".pdf")
    assert len(prints_of(page.desk, case_no)) == 1


def test_missing_name_is_said_under_the_name(qtbot, page, clerk):
    """GIVEN a form without a name WHEN saved THEN a red message is under the name field, the
    name field has the focus, and nothing is saved."""
    before = stays(clerk)
    page.sex_buttons["F"].setChecked(True)
    page.age_edit.setText("30")
    page.save_button.click()
    assert stays(clerk) == before
    expected = tr_desk_error(RequiredField(field="name", label=LABELS["name"]))
    assert page.fields.message("name") == expected and not page.fields.is_warning("name")
    assert page.name_edit.property("invalid") is True
    assert page.last_result is None and page.page_message.isVisibleTo(page)


def test_leaving_a_field_checks_only_that_field(qtbot, page):
    """GIVEN an empty form WHEN the clerk leaves the name field empty THEN the name says it is
    required, and fields not reached yet say nothing."""
    leave(page.name_edit)
    qtbot.waitUntil(lambda: bool(page.fields.message("name")))
    assert page.fields.message("sex") == "" and page.fields.message("age") == ""
    page.name_edit.setText("王五")
    leave(page.name_edit)
    qtbot.waitUntil(lambda: page.fields.message("name") == "")


def test_unreadable_age_is_said_under_the_age(qtbot, page):
    """GIVEN an age typed as words WHEN the clerk leaves it THEN the age field asks for a whole
    number; full-width digits from a Chinese IME are read fine."""
    page.age_edit.setText("四十")
    leave(page.age_edit)
    qtbot.waitUntil(lambda: bool(page.fields.message("age")))
    assert "45" in page.fields.message("age")
    assert parse_whole("４５岁", "age", 45, ("岁",)) == 45
    assert parse_date("1980年5月3日", "birth_date") == dt.date(1980, 5, 3)
    assert parse_date("19800503", "birth_date") == dt.date(1980, 5, 3)


def test_wrong_check_character_warns_and_saves_with_a_reason(qtbot, page, clerk):
    """GIVEN an ID number with a wrong check character WHEN saved THEN an amber warning is under
    the ID field with a “save anyway, reason” line, nothing is saved; WHEN a reason is given
    and saved again THEN the stay is saved and the reason recorded."""
    page.name_edit.setText("钱芳")
    page.sex_buttons["F"].setChecked(True)
    page.id_edit.setText(WRONG_CHECK_ID)
    leave(page.id_edit)
    assert page.id_type_combo.currentData() == "resident_id"  # guessed from the number
    assert "1949-12-31" in page.id_hint.text()
    before = stays(clerk)
    page.save_button.click()
    assert stays(clerk) == before
    expected = tr_desk_error(IdCheckCharacter(expected="X", found="1"))
    assert expected in page.fields.message("id_number")
    assert page.fields.is_warning("id_number")
    assert page.id_reason_edit.isVisibleTo(page) and page.id_reason_edit.hasFocus()
    page.id_reason_edit.setText("本人所报，无证件核对")
    page.id_reason_edit.returnPressed.emit()  # Enter in the reason saves
    assert page.last_result is not None
    record = IntakeService(clerk).record(page.last_result.case_no)
    assert record.id_warning_reason == "本人所报，无证件核对"
    assert record.age == 76  # from the birth date in the number


def test_returning_person_found_by_pinyin_initials_gets_a_new_stay(qtbot, page, clerk):
    """GIVEN 单雄信 refused 40 days ago WHEN the clerk types “sxx” THEN he appears as a candidate
    found by pinyin; WHEN picked and saved THEN the new stay belongs to the same person."""
    person_id = returning_person(clerk, "单雄信", days_ago=40)
    qtbot.keyClicks(page.name_edit, "sxx")
    qtbot.waitUntil(lambda: any(c.candidate.person_id == person_id for c in page.cards))
    card = next(c for c in page.cards if c.candidate.person_id == person_id)
    assert "pinyin" in card.candidate.reasons
    card.action_button.click()
    assert page.person_id == person_id and page.name_edit.text() == "单雄信"
    assert page.dialect_edit.text() == "陕西口音" and page.picked_banner.isVisibleTo(page)
    page.save_button.click()
    assert page.last_result is not None and page.last_result.person_id == person_id


def test_not_this_person_brings_back_what_was_typed(qtbot, page, clerk):
    """GIVEN a picked candidate WHEN the clerk says it is not this person THEN the form is a new
    person again with what the clerk typed before."""
    person_id = returning_person(clerk, "单雄信", days_ago=40)
    qtbot.keyClicks(page.name_edit, "sxx")
    page.phone_edit.setText("13800001111")
    qtbot.waitUntil(lambda: bool(page.cards))
    page.pick_person(person_id, page.cards[0].candidate)
    page.unpick_button.click()
    assert page.person_id is None and not page.picked_banner.isVisibleTo(page)
    assert page.name_edit.text() == "sxx" and page.phone_edit.text() == "13800001111"


def test_police_escort_without_unit_is_said_under_the_unit(qtbot, page, clerk):
    """GIVEN a police escort WHEN saved without the escorting unit THEN the message is under the
    escorting unit; the escort rows show only for escorted sources."""
    assert not page.escort_unit_edit.isVisibleTo(page)
    fill(page)
    page.source_combo.setCurrentIndex(page.source_combo.findData(Source.POLICE.value))
    assert page.escort_unit_edit.isVisibleTo(page) and page.found_at_edit.isVisibleTo(page)
    page.save_button.click()
    assert page.last_result is None
    assert page.fields.message("escort_unit") and page.escort_unit_edit.hasFocus()
    page.escort_unit_edit.setText("演示市公安局滨江派出所")
    page.found_at_edit.setText("2026-11-28 20:30")
    page.save_button.click()
    record = IntakeService(clerk).record(page.last_result.case_no)
    assert record.escort_unit == "演示市公安局滨江派出所"
    assert record.found_at == dt.datetime(2026, 11, 28, 20, 30)


def test_refusal_needs_a_reason_and_offers_the_notice(qtbot, page, clerk):
    """GIVEN the outcome “refuse” WHEN saved without a reason THEN the reason field says so;
    WHEN a reason is given THEN the stay is saved closed and the refusal notice is offered."""
    assert not page.outcome_reason_edit.isVisibleTo(page)
    fill(page)
    page.outcome_buttons[Outcome.REFUSE].setChecked(True)
    assert page.outcome_reason_edit.isVisibleTo(page)
    page.save_button.click()
    assert page.last_result is None and page.fields.message("outcome_reason")
    page.outcome_reason_edit.setText("有固定住所和收入，不属于救助对象")
    page.save_button.click()
    assert page.last_result is not None
    assert page.print_buttons.print_buttons["refusal"].isVisibleTo(page)
    assert IntakeService(clerk).record(page.last_result.case_no).status == "closed"


def test_coming_back_within_30_days_asks_for_a_decision(qtbot, page, clerk):
    """GIVEN a person refused 10 days ago, picked as the one at the desk THEN the re-admission
    box shows the amber warning; WHEN saved without a decision THEN nothing is saved; WHEN the
    decision is written THEN the stay is saved with it."""
    person_id = returning_person(clerk, "欧阳修远", days_ago=10)
    assert page.pick_person(person_id)
    assert page.readmission_box.isVisibleTo(page)
    assert page.fields.is_warning("readmission_decision")
    before = stays(clerk)
    page.save_button.click()
    assert stays(clerk) == before and page.readmission_edit.hasFocus()
    page.readmission_edit.setText("天气寒冷，经带班领导同意予以救助")
    page.save_button.click()
    record = IntakeService(clerk).record(page.last_result.case_no)
    assert record.readmission_days == 10
    assert record.readmission_decision == "天气寒冷，经带班领导同意予以救助"


def test_photo_is_scaled_to_480_pixels(qtbot, page, tmp_path, monkeypatch):
    """GIVEN a 1200×1600 picture WHEN chosen as the photo THEN it is kept as a JPEG of at most
    480 px and shown as a thumbnail."""
    picture = tmp_path / "face.png"
    image = QImage(1200, 1600, QImage.Format.Format_RGB32)
    image.fill(0x8899AA)
    image.save(str(picture))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(picture), "")))
    page.photo_button.click()
    stored = QImage.fromData(page.new_photo)
    assert page.new_photo[:2] == b"\xff\xd8" and (stored.width(), stored.height()) == (360, 480)
    assert page.photo_remove_button.isVisibleTo(page)


def test_escape_asks_before_clearing_typed_work(qtbot, page, monkeypatch):
    """GIVEN a half-typed form WHEN Esc is pressed and the clerk says no THEN nothing is lost;
    WHEN yes THEN the form is empty."""
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: answers.pop(0)))
    qtbot.keyClicks(page.name_edit, "li")
    page.clear_action.trigger()
    assert page.name_edit.text() == "li"
    page.clear_action.trigger()
    assert page.name_edit.text() == "" and not answers


def test_tab_order_runs_down_the_form(qtbot, page):
    """GIVEN the form WHEN the clerk tabs from the name THEN the fields come in the order the
    form asks them."""
    order = [page.name_edit, page.unknown_check, page.alias_edit, page.sex_buttons["M"],
             page.ethnicity_combo, page.birth_edit, page.age_edit, page.id_type_combo,
             page.id_edit, page.hukou_edit, page.residence_edit, page.welfare_combo,
             page.phone_edit, page.source_combo, page.arrived_edit,
             page.inspection_checks[next(iter(page.inspection_checks))],
             page.inspection_note_edit, page.height_edit, page.build_edit, page.reason_edit,
             page.contact_edits[0][0], page.contact_edits[0][1], page.contact_edits[1][0]]
    chain = []
    widget = page.name_edit
    for _ in range(400):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page) \
                and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.name_edit:
            break
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)
    assert page.save_action.shortcut().toString() == "Ctrl+S"


def test_front_desk_role_is_needed_to_register(qtbot, demo_desk):
    """GIVEN a security officer (no front-desk role) WHEN the page opens THEN it says so and the
    save button is off."""
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.demo import DEMO_PASSWORD

    AccountService(demo_desk).login("anbao1", DEMO_PASSWORD)
    page = IntakePage(demo_desk)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled() and page.page_message.text()


# -- the main window ------------------------------------------------------------------------


def test_stay_hit_and_scanned_slip_open_the_stay_dialog(qtbot, clerk):
    """GIVEN a saved stay WHEN the search box sends its STAY hit THEN the stay dialog shows it
    with its print buttons, and the occupancy in the status bar counts the new person."""
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    before = window.occupancy_label.text()
    page = window.intake_page
    fill(page)
    page.save_button.click()
    case_no = page.last_case_no
    assert window.occupancy_label.text() != before and "已登记" not in before
    window.on_open_hit(SearchHit("STAY", case_no, "周小川"))
    dialog = window.stay_dialog
    assert isinstance(dialog, StayDialog) and dialog.record.case_no == case_no
    assert dialog.name_label.text() == "周小川"
    assert dialog.print_buttons.print_buttons["intake"].isVisibleTo(dialog)
    dialog.close()


def test_person_hit_opens_intake_or_their_open_stay(qtbot, clerk):
    """GIVEN a person whose stay is closed and one in the station WHEN their PERSON hits open
    THEN the first is picked on the intake page for a new stay, the second's stay opens."""
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    gone = returning_person(clerk, "单雄信", days_ago=40)
    window.show_page("settings")
    window.on_open_hit(SearchHit("PERSON", str(gone), "单雄信"))
    assert window.current_page_key() == "intake"
    assert window.intake_page.person_id == gone
    here = IntakeService(clerk).register(PersonForm(name="孙在站", sex="M", age=33), StayForm())
    window.on_open_hit(SearchHit("PERSON", str(here.person_id), "孙在站"))
    assert window.stay_dialog is not None
    assert window.stay_dialog.record.case_no == here.case_no
    window.stay_dialog.close()
