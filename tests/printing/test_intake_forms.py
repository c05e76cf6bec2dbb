"""Intake forms made from real records: registration form, intake slip, refusal notice."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rescue_desk.domain.custody import ItemKind
from rescue_desk.domain.intake import (
    AgeBasis,
    IdType,
    Inspection,
    Outcome,
    Source,
    Welfare,
)
from rescue_desk.domain.roles import Role
from rescue_desk.printing.intake_forms import (
    FORMS,
    FULL_ID_FORMS,
    ID_TYPE_TEXT,
    INSPECTION_TEXT,
    LEGAL_BASIS,
    OUTCOME_TEXT,
    SOURCE_TEXT,
    WELFARE_TEXT,
    NotRefused,
    intake_slip,
    refusal_notice,
    registration_form,
)
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.custody import CheckForm, CustodyService, ItemForm
from rescue_desk.services.intake import (
    Contact,
    Decisions,
    IntakeService,
    PersonForm,
    StayForm,
)
from tests.printing.printcheck import decode_qr, page_sizes, page_texts, pdf_of

#: A valid resident ID number (a woman born 1949-12-31) and how paper shows it masked.
VALID_ID = "11010519491231002X"
MASKED_ID = "110105********002X"
#: The longest name the desk accepts (60 characters): a transliterated name run long.
LONG_NAME = ("阿卜杜热合曼·买买提依明·艾合买提江·努尔麦麦提·阿不都热西提" * 2)[:60]


#: The security guard (a woman: she body-checks 王芳) who stores belongings.
GUARD = "anbao1"


@pytest.fixture
def clerk(station_desk, add_officer):
    """A front-desk clerk (who sees ID numbers masked) at the desk; a guard on duty too."""
    add_officer(GUARD, {Role.SECURITY}, name="赵丽", sex="F")
    login = add_officer("jiedai", {Role.FRONT_DESK})
    AccountService(station_desk).login(login.login, login.password)
    return login


@pytest.fixture
def intake(station_desk, clerk) -> IntakeService:
    return IntakeService(station_desk)


@pytest.fixture
def case_no(intake) -> str:
    """王芳, escorted by the police with an injury, a relative and 低保."""
    return intake.register(
        PersonForm(
            name="王芳",
            sex="F",
            ethnicity="汉族",
            id_type=IdType.RESIDENT_ID,
            id_number=VALID_ID,
            hukou_place="北京市朝阳区",
            welfare=Welfare.DIBAO,
            height_cm=158,
            clothing="红色棉衣",
            vagrancy_reason="走失",
            contacts=(Contact("王大山", "儿子", "13800000000", "北京市朝阳区"),),
        ),
        StayForm(
            source=Source.POLICE,
            escort_unit="城东派出所",
            escort_badges="012345",
            inspection=frozenset({Inspection.INJURY}),
            inspection_note="额头擦伤",
        ),
    ).case_no


@pytest.fixture
def refused(intake) -> str:
    """李四, refused for being drunk and disorderly."""
    return intake.register(
        PersonForm(name="李四", sex="M", age=30),
        StayForm(outcome=Outcome.REFUSE, outcome_reason="醉酒滋事。"),
    ).case_no


def flat(text: str) -> str:
    """Text without any whitespace (pypdf breaks lines inside cells)."""
    return "".join(text.split())


def texts_of(pdf: bytes) -> list[str]:
    return [flat(t) for t in page_texts(pdf)]


# -- 求助登记表 -----------------------------------------------------------------------------------


def test_registration_form_has_the_full_id_and_every_section(intake, case_no, ctx):
    """GIVEN a police escort with an injury and a relative WHEN the registration form prints
    THEN one A4 page shows the full ID number (the form requires it), each section in the order
    a clerk asks, the ticked choices in Chinese, and the signature lines."""
    record = intake.record(case_no, full_id=True)
    pdf = pdf_of(lambda s: registration_form(record, ctx, s))
    (text,) = texts_of(pdf)
    assert [round(x) for x in page_sizes(pdf)[0]] == [595, 842]
    for expected in (
        "求助登记表",
        ctx.station_name,
        f"救助编号：{case_no}",
        "王芳",
        VALID_ID,
        "居民身份证",
        "汉族",
        "1949-12-31",
        "76岁",
        "北京市朝阳区",
        "√低保",
        "□五保",
        "158厘米",
        "红色棉衣",
        "√否",
        "√公安护送",
        "□自行求助",
        "城东派出所",
        "012345",
        "走失",
        "王大山",
        "儿子",
        "13800000000",
        "√外伤",
        "□残疾",
        "额头擦伤",
        "√予以救助",
        "□不予救助",
        "本人签字（捺印）",
        "经办人",
        "带班领导",
        "日期",
        "登记人：李娜",
    ):
        assert expected in text, expected
    sections = ["一、基本情况", "二、体貌特征", "三、求助情况", "四、亲属及联系人", "五、初步检视"]
    assert [text.index(s) for s in sections] == sorted(text.index(s) for s in sections)


def test_registration_form_qr_opens_the_stay(intake, case_no, ctx, render):
    """GIVEN the registration form WHEN its page is scanned THEN the QR code reads
    RD:STAY:<case number>."""
    record = intake.record(case_no, full_id=True)
    (image,) = render(pdf_of(lambda s: registration_form(record, ctx, s)))
    assert decode_qr(image) == [f"RD:STAY:{case_no}"]


def test_registration_form_of_an_unknown_person_with_decisions(intake, clock, ctx):
    """GIVEN an unidentified person, refused, who comes back 3 days later with an ID number
    that does not fit the sex entered WHEN the registration form prints THEN it shows the
    station number, the estimated age, the re-admission decision and the reason the officer
    saved the number anyway."""
    first = intake.register(
        PersonForm(unknown=True, sex="M", age=50),
        StayForm(outcome=Outcome.REFUSE, outcome_reason="拒绝安全检查"),
    )
    clock.advance(days=3)
    again = intake.register(
        PersonForm(
            unknown=True,
            sex="M",
            age=50,
            age_basis=AgeBasis.ESTIMATED,
            id_type=IdType.RESIDENT_ID,
            id_number=VALID_ID,
        ),
        StayForm(),
        person_id=first.person_id,
        decisions=Decisions(
            id_reason="证件为他人所有，本人所述", readmission_decision="天气寒冷，予以救助"
        ),
    )
    record = intake.record(again.case_no, full_id=True)
    (text,) = texts_of(pdf_of(lambda s: registration_form(record, ctx, s)))
    assert f"{record.unknown_no}（姓名不详）" in text and record.unknown_no.startswith("无名氏")
    assert "3天再次求助" in text and "天气寒冷，予以救助" in text
    assert "证件核对" in text and "证件为他人所有，本人所述" in text


def test_long_texts_wrap_and_run_on_to_further_pages(intake, ctx, render):
    """GIVEN the longest name and texts the desk accepts WHEN every form prints THEN nothing
    fails: long cells wrap, a 4000-character history runs on over pages to its last word, and
    every page still carries the header and its QR code."""
    history = "在火车站附近流浪多日，自述外出打工被骗，钱财尽失。" * 159 + "完"
    reason = "醉酒滋事，拒绝配合安全检查，" * 140 + "止"
    case_no = intake.register(
        PersonForm(
            name=LONG_NAME,
            alias="小" * 60,
            sex="M",
            age=35,
            hukou_place="喀什" * 60,
            marks="旧伤疤" * 66,
            clothing="黑色羽绒服" * 40,
            vagrancy_history=history,
            needs="返乡" * 1000,
            contacts=tuple(
                Contact("亲属" * 60, "兄弟", "13900000000", "地址" * 60) for _ in range(10)
            ),
        ),
        StayForm(outcome=Outcome.REFUSE, outcome_reason=reason, inspection_note="说明" * 1000),
    ).case_no
    record = intake.record(case_no, full_id=True)
    pdf = pdf_of(lambda s: registration_form(record, ctx, s))
    texts = texts_of(pdf)
    assert len(texts) > 2
    assert all(f"救助编号：{case_no}" in t for t in texts)
    whole = "".join(texts)
    assert LONG_NAME in whole and "（续）" in whole
    assert "失。完" in whole and "，止" in whole
    assert decode_qr(render(pdf)[-1]) == [f"RD:STAY:{case_no}"]
    slip = "".join(texts_of(pdf_of(lambda s: intake_slip(intake.record(case_no), ctx, s))))
    assert LONG_NAME in slip
    notice = texts_of(pdf_of(lambda s: refusal_notice(intake.record(case_no), ctx, s)))
    assert "，止，根据" in "".join(notice) and LONG_NAME in "".join(notice)


# -- 登记小票 --------------------------------------------------------------------------------------


def test_slip_masks_the_id_is_80_mm_wide_and_decodes(intake, case_no, ctx, render):
    """GIVEN a stay WHEN the 80 mm slip prints THEN it shows the case number, name, sex, age,
    arrival, blank bed and bag lines, the station and its hotline, the ID masked; the page is
    80 mm wide and its QR code opens the stay."""
    record = intake.record(case_no)
    pdf = pdf_of(lambda s: intake_slip(record, ctx, s))
    (text,) = texts_of(pdf)
    assert MASKED_ID in text and VALID_ID not in text
    for expected in (
        "登记小票",
        f"救助编号{case_no}",
        "王芳",
        "女",
        "76岁",
        "2026-11-2821:05",
        "区域/床位",
        "物品袋号",
        ctx.station_name,
        ctx.station_hotline,
    ):
        assert expected in text, expected
    assert round(page_sizes(pdf)[0][0] / 72 * 25.4) == 80
    assert decode_qr(render(pdf, dpi=200)[0]) == [f"RD:STAY:{case_no}"]


def test_slip_masks_the_id_even_for_an_officer_who_may_see_it(station_desk, case_no, admin, ctx):
    """GIVEN an administrator, whose screen shows ID numbers in full WHEN the slip prints
    THEN the number is masked all the same: the slip goes home with the person (PIPL)."""
    AccountService(station_desk).login(admin.login, admin.password)
    record = IntakeService(station_desk).record(case_no)
    assert record.id_number_shown == VALID_ID
    (text,) = texts_of(pdf_of(lambda s: intake_slip(record, ctx, s)))
    assert MASKED_ID in text and VALID_ID not in text


def test_slip_lists_the_bags_and_the_bed(station_desk, intake, case_no, ctx):
    """GIVEN belongings stored in a bag, and a bed WHEN the slip prints THEN the bag number and
    the bed are on it."""
    AccountService(station_desk).login(GUARD, "Officer-pass-1")
    CustodyService(station_desk).record_check(
        case_no,
        CheckForm(
            body_checked_by=GUARD, location="A-01", items=(ItemForm(ItemKind.CLOTHING, "棉被", 1),)
        ),
    )
    record = dataclasses.replace(intake.record(case_no), bed="女区 2 号床")
    assert record.bag_numbers
    (text,) = texts_of(pdf_of(lambda s: intake_slip(record, ctx, s)))
    assert all(bag in text for bag in record.bag_numbers) and "女区2号床" in text


# -- 不予救助通知书 -----------------------------------------------------------------------------


def test_refusal_notice_two_copies_with_reason_basis_and_hotline(intake, refused, ctx, render):
    """GIVEN a refused stay WHEN the notice prints THEN two pages, the person's and the
    station's copy, each addressed to the person, with the date, the reason (its full stop
    dropped inside the sentence), the legal basis, the right to apply again, the hotline, and
    the officer, leader and stamp lines; only the station's copy has the receipt to sign. Both
    pages' QR codes open the stay."""
    record = intake.record(refused)
    pdf = pdf_of(lambda s: refusal_notice(record, ctx, s))
    texts = texts_of(pdf)
    assert len(texts) == 2
    assert "第一联受助人留存" in texts[0] and "第二联站内存档" in texts[1]
    for text in texts:
        for expected in (
            "不予救助通知书",
            "李四：",
            "你于2026年11月28日到本站求助",
            "因醉酒滋事，根据",
            LEGAL_BASIS,
            "不予救助",
            "可以再次向本站",
            ctx.station_hotline,
            "经办人",
            "带班领导",
            f"{ctx.station_name}（盖章）",
            "2026年11月28日",
        ):
            assert expected in text, expected
    assert "本人签字（捺印）" not in texts[0] and "本人签字（捺印）" in texts[1]
    assert [decode_qr(image) for image in render(pdf)] == [[f"RD:STAY:{refused}"]] * 2


def test_refusal_notice_of_an_admitted_stay_is_an_error(intake, case_no, ctx):
    """GIVEN an admitted stay WHEN its refusal notice is asked for THEN NotRefused (code
    not_refused) naming the case, and nothing is written."""
    with pytest.raises(NotRefused) as error:
        refusal_notice(intake.record(case_no), ctx, None)
    assert error.value.code == "not_refused"
    assert error.value.message() == f"Case {case_no} was not refused, so it has no refusal notice."


# -- all forms -----------------------------------------------------------------------------------


def test_demo_station_prints_demo_on_every_page(intake, case_no, refused, demo_ctx):
    """GIVEN a demo station WHEN each form prints THEN 演示数据 DEMO is on every page."""
    pdfs = [
        pdf_of(lambda s: registration_form(intake.record(case_no, full_id=True), demo_ctx, s)),
        pdf_of(lambda s: intake_slip(intake.record(case_no), demo_ctx, s)),
        pdf_of(lambda s: refusal_notice(intake.record(refused), demo_ctx, s)),
    ]
    for pdf in pdfs:
        assert all("演示数据DEMO" in t for t in texts_of(pdf))


def test_forms_are_deterministic(intake, case_no, ctx):
    """GIVEN the same record and clock WHEN a form prints twice THEN the bytes are the same."""
    record = intake.record(case_no, full_id=True)
    for form in (registration_form, intake_slip):
        assert pdf_of(lambda s, f=form: f(record, ctx, s)) == pdf_of(
            lambda s, f=form: f(record, ctx, s)
        )


def test_legal_basis_names_the_measures_and_their_rules():
    """GIVEN a refusal WHEN its basis is printed THEN it cites the 2003 measures and their
    implementing rules by their full names."""
    assert LEGAL_BASIS == "《城市生活无着的流浪乞讨人员救助管理办法》及其《实施细则》"


def test_every_intake_word_has_printed_wording():
    """GIVEN the intake's enums WHEN forms print THEN each value has Chinese wording."""
    assert set(SOURCE_TEXT) == set(Source) and set(ID_TYPE_TEXT) == set(IdType)
    assert set(WELFARE_TEXT) == set(Welfare) and set(INSPECTION_TEXT) == set(Inspection)
    assert set(OUTCOME_TEXT) == set(Outcome)
    assert SOURCE_TEXT[Source.POLICE] == "公安护送"
    assert OUTCOME_TEXT[Outcome.HOSPITAL_FIRST] == "先救治后救助"


def test_forms_by_key():
    """GIVEN the print command's kinds WHEN looked up THEN each names its form, and only the
    registration form asks for the full ID number."""
    assert FORMS == {
        "intake": intake_slip,
        "registration": registration_form,
        "refusal": refusal_notice,
    }
    assert FULL_ID_FORMS == {"registration"}


def test_arrival_time_and_found_time_print_to_the_minute(intake, ctx):
    """GIVEN a street-patrol arrival found at a place and time WHEN the registration form
    prints THEN both times show to the minute."""
    found = dt.datetime(2026, 11, 28, 18, 30, 45)
    case_no = intake.register(
        PersonForm(name="赵六", sex="M", age=60),
        StayForm(source=Source.STREET_PATROL, found_place="桥洞", found_at=found),
    ).case_no
    record = intake.record(case_no, full_id=True)
    (text,) = texts_of(pdf_of(lambda s: registration_form(record, ctx, s)))
    assert "√街面巡查" in text and "桥洞" in text and "2026-11-2818:30" in text
    assert "60岁（目测）" in text
