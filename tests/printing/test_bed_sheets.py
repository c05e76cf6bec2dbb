"""The presence roll and the bed board sheet, read back from the PDF."""

from __future__ import annotations

import pytest

from rescue_desk.domain.intake import Outcome
from rescue_desk.domain.roles import Role
from rescue_desk.printing import bed_sheets
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.beds import BedService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from tests.printing.printcheck import page_sizes, page_texts, pdf_of


@pytest.fixture
def board(station_desk, add_officer):
    """A medium station: four people in beds, one waiting for a bed, one in hospital."""
    clerk = add_officer("jiedai", {Role.FRONT_DESK})
    beds = BedService(station_desk)
    beds.apply_template("medium")
    AccountService(station_desk).login(clerk.login, clerk.password)
    intake = IntakeService(station_desk)
    people = [("张三", "M", 40), ("李梅", "F", 33), ("王小明", "M", 12), ("赵大爷", "M", 75)]
    for name, sex, age in people:
        case = intake.register(PersonForm(name=name, sex=sex, age=age), StayForm()).case_no
        beds.assign(case, beds.suggestion(case).bed_id)
    intake.register(PersonForm(name="钱多多", sex="M", age=30), StayForm())
    intake.register(PersonForm(name="孙病", sex="M", age=50), StayForm(
        outcome=Outcome.HOSPITAL_FIRST, outcome_reason="腿部外伤"))
    return beds.board()


def flat(text: str) -> str:
    return "".join(text.split())


def test_presence_roll_lists_everyone_by_area_with_headcounts(board, ctx):
    pdf = pdf_of(lambda s: bed_sheets.presence_roll(board, ctx, s))
    text = flat("".join(page_texts(pdf)))
    assert "在站人员名册" in text
    assert "在站总人数：6人" in text
    assert "男宿一区—在站1人" in text and "张三" in text
    assert "女宿区—在站1人" in text and "李梅" in text
    assert "男童区—在站1人" in text and "未成年" in text
    assert "老年残疾人区—在站1人" in text
    assert "待安排床位—1人" in text and "钱多多" in text
    assert "站外（送医/托养）—1人" in text and "孙病" in text and "送医" in text
    assert "合计在站6人" in text and "清点人" in text and "带班领导" in text
    assert page_sizes(pdf)[0][0] < page_sizes(pdf)[0][1]  # portrait


def test_board_sheet_shows_every_bed_and_hides_names_in_privacy_mode(board, ctx):
    pdf = pdf_of(lambda s: bed_sheets.board_sheet(board, ctx, s))
    text = flat("".join(page_texts(pdf)))
    assert "床位图" in text and "张三" in text and "在住01张三" in text
    assert text.count("空闲") >= 70
    width, height = page_sizes(pdf)[0]
    assert width > height  # landscape
    private = flat("".join(page_texts(pdf_of(
        lambda s: bed_sheets.board_sheet(board, ctx, s, privacy=True)))))
    assert "张三" not in private and "李梅" not in private
    assert "ZS" in private and "LM" in private and "隐私模式" in private


@pytest.fixture
def full_board(station_desk, add_officer):
    """The large template (190 beds) with 40 men in the first area."""
    clerk = add_officer("jiedai", {Role.FRONT_DESK})
    beds = BedService(station_desk)
    beds.apply_template("large")
    AccountService(station_desk).login(clerk.login, clerk.password)
    intake = IntakeService(station_desk)
    for n in range(40):
        case = intake.register(PersonForm(name=f"男{n:02d}", sex="M", age=30), StayForm()).case_no
        beds.assign(case, beds.suggestion(case).bed_id)
    return beds.board()


def test_a_long_area_starts_on_the_first_page_of_the_roll(full_board, ctx):
    pdf = pdf_of(lambda s: bed_sheets.presence_roll(full_board, ctx, s))
    first = flat(page_texts(pdf)[0])
    assert "男宿一区—在站40人" in first and "男00" in first


def test_the_large_template_fits_one_board_sheet(full_board, ctx):
    pages = []
    pdf = pdf_of(lambda s: pages.append(bed_sheets.board_sheet(full_board, ctx, s)))
    assert pages == [1] and len(page_sizes(pdf)) == 1
    text = flat(page_texts(pdf)[0])
    assert "男39" in text and "临时加床区" in text and "图例" in text
