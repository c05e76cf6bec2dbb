"""Merging two records of one person from the administrator's dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from rescue_desk.domain.intake import Outcome
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.ui.merge_dialog import MergeDialog


def register_twice(desk, clock):
    AccountService(desk).login("jiedai1", DEMO_PASSWORD)
    intake = IntakeService(desk)
    first = intake.register(PersonForm(name="欧阳修远", sex="M", age=50),
                            StayForm(outcome=Outcome.REFUSE, outcome_reason="不属于救助对象"))
    clock.advance(days=40)
    second = intake.register(PersonForm(name="欧阳秀远", sex="M", age=50), StayForm())
    AccountService(desk).login("admin", DEMO_PASSWORD)
    return first, second


def test_merge_dialog_moves_stays_after_confirmation(qtbot, demo_desk, clock, monkeypatch):
    """GIVEN one man registered under two names WHEN the administrator finds both, confirms and
    merges THEN both stays belong to the kept record."""
    first, second = register_twice(demo_desk, clock)
    dialog = MergeDialog(demo_desk)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm", lambda keep, gone: True)
    dialog.keep_picker.search_edit.setText("欧阳修远")
    dialog.keep_picker.on_search("欧阳修远")
    dialog.merge_picker.search_edit.setText("欧阳秀远")
    dialog.merge_picker.on_search("欧阳秀远")
    dialog.merge_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = IntakeService(demo_desk).record(second.case_no)
    assert record.person_id == first.person_id


def test_merge_dialog_needs_both_records(qtbot, demo_desk):
    """GIVEN nothing chosen WHEN merge is pressed THEN a sentence asks for both records."""
    dialog = MergeDialog(demo_desk)
    qtbot.addWidget(dialog)
    dialog.merge_button.click()
    assert "两条记录" in dialog.message_label.text() or "both" in dialog.message_label.text()


def test_declining_the_confirmation_changes_nothing(qtbot, demo_desk, clock, monkeypatch):
    """GIVEN both records chosen WHEN the confirmation is declined THEN nothing is merged."""
    first, second = register_twice(demo_desk, clock)
    dialog = MergeDialog(demo_desk)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm", lambda keep, gone: False)
    dialog.keep_picker.on_search("欧阳修远")
    dialog.merge_picker.on_search("欧阳秀远")
    dialog.merge_button.click()
    assert IntakeService(demo_desk).record(second.case_no).person_id == second.person_id
