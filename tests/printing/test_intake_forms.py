"""Intake forms from real records: registration form, intake slip, refusal notice."""

from __future__ import annotations

import pytest

from rescue_desk.domain.intake import IdType, Inspection, Outcome, Source
from rescue_desk.domain.roles import Role
from rescue_desk.printing.intake_forms import (
    NotRefused,
    intake_slip,
    refusal_notice,
    registration_form,
)
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.intake import Contact, IntakeService, PersonForm, StayForm
from tests.printing.printcheck import decode_qr, page_sizes, page_texts, pdf_of

VALID_ID = "11010519491231002X"
LONG = "在火车站附近流浪多日，自述外出打工被骗，钱财尽失，" * 8


@pytest.fixture
def intake(station_desk, add_officer) -> IntakeService:
    clerk = add_officer("jiedai", {Role.FRONT_DESK})
    AccountService(station_desk).login(clerk.login, clerk.password)
    return IntakeService(station_desk)


@pytest.fixture
def case_no(intake) -> str:
    return intake.register(
        PersonForm(name="王芳", sex="F", id_type=IdType.RESIDENT_ID, id_number=VALID_ID,
                   hukou_place="北京市 朝阳区", vagrancy_reason=LONG,
                   contacts=(Contact("王大山", "父亲", "13800000000", "北京市朝阳区"),)),
        StayForm(source=Source.POLICE, escort_unit="城东派出所", escort_badges="012345",
                 inspection=frozenset({Inspection.INJURY}))).case_no


def flat(text: str) -> str:
    return "".join(text.split())


def test_registration_form_has_full_id_and_every_section(intake, case_no, ctx):
    """GIVEN a police escort with a relative WHEN the registration form prints THEN it shows
    the full ID number (the form requires it), the escort, the relative, the inspection and the
    signature lines, and the long reason wraps."""
    record = intake.record(case_no, full_id=True)
    texts = [flat(t) for t in page_texts(pdf_of(lambda s: registration_form(record, ctx, s)))]
    text = "".join(texts)
    for expected in ("求助登记表", case_no, "王芳", VALID_ID, "公安护送", "城东派出所", "王大山",
                     "父亲", "√外伤", "□残疾", "予以救助", "本人签字（捺印）", "带班领导"):
        assert expected in text, expected


def test_slip_masks_the_id_and_decodes(intake, case_no, ctx, render):
    """GIVEN a stay WHEN the 80 mm slip prints THEN the ID is masked, the page is 80 mm wide,
    and its QR code opens the stay."""
    record = intake.record(case_no)
    pdf = pdf_of(lambda s: intake_slip(record, ctx, s))
    text = flat(page_texts(pdf)[0])
    assert "110105********002X" in text and VALID_ID not in text
    assert case_no in text and ctx.station_name in text
    assert round(page_sizes(pdf)[0][0] / 72 * 25.4) == 80
    assert decode_qr(render(pdf, dpi=200)[0]) == [f"RD:STAY:{case_no}"]


def test_refusal_notice_two_copies_with_reason(intake, ctx):
    """GIVEN a refused stay WHEN the notice prints THEN two copies state the reason and the
    legal basis; an admitted stay has no notice."""
    refused = intake.register(PersonForm(name="李四", sex="M", age=30),
                              StayForm(outcome=Outcome.REFUSE, outcome_reason="醉酒滋事"))
    record = intake.record(refused.case_no)
    texts = [flat(t) for t in page_texts(pdf_of(lambda s: refusal_notice(record, ctx, s)))]
    assert len(texts) == 2
    assert "第一联受助人留存" in texts[0] and "第二联站内存档" in texts[1]
    assert all("醉酒滋事" in t and "救助管理办法" in t and "李四" in t for t in texts)
    admitted = intake.register(PersonForm(name="赵五", sex="M", age=30), StayForm())
    with pytest.raises(NotRefused):
        refusal_notice(intake.record(admitted.case_no), ctx, None)


def test_demo_forms_say_demo(intake, case_no, demo_ctx):
    """GIVEN a demo station WHEN a form prints THEN 演示数据 DEMO is on the page."""
    record = intake.record(case_no)
    assert "演示数据" in page_texts(pdf_of(lambda s: intake_slip(record, demo_ctx, s)))[0]
