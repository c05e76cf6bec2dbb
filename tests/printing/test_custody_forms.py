"""Custody forms made from real records: receipt, bag tag, check record, disposal record."""

from __future__ import annotations

import pytest

from rescue_desk.domain.custody import Disposition, ItemKind
from rescue_desk.domain.intake import StayStatus
from rescue_desk.domain.roles import Role
from rescue_desk.printing.custody_forms import (
    bag_labels,
    belongings_receipt,
    check_record,
    disposal_record,
)
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.custody import CheckForm, CustodyService, ItemForm
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from tests.printing.printcheck import decode_qr, page_sizes, page_texts, pdf_of


@pytest.fixture
def custody_record(station_desk, add_officer):
    """A stay checked with cash, a phone and a knife handed to the police."""
    clerk = add_officer("jiedai", {Role.FRONT_DESK})
    guard = add_officer("anbao1", {Role.SECURITY}, name="赵强", sex="M")
    add_officer("anbao2", {Role.SECURITY}, name="钱军", sex="M")
    AccountService(station_desk).login(clerk.login, clerk.password)
    case = IntakeService(station_desk).register(PersonForm(name="张三", sex="M", age=40),
                                                StayForm()).case_no
    AccountService(station_desk).login(guard.login, guard.password)
    return CustodyService(station_desk).record_check(case, CheckForm(
        body_checked_by="anbao1", temperature="36.8", location="A-01", items=(
            ItemForm(ItemKind.CASH, "现金", 1, cash_fen=12350, counted_by_second="anbao2"),
            ItemForm(ItemKind.PHONE, "华为手机", 1, serial="IMEI 861234567"),
            ItemForm(ItemKind.WEAPON, "折叠刀", 1, Disposition.POLICE, police_unit="城东派出所",
                     police_officer="王警官", police_receipt_no="JS-0001"),
        )))


def flat(text: str) -> str:
    return "".join(text.split())


def test_receipt_has_two_copies_with_items_and_cash_in_capitals(custody_record, ctx):
    """GIVEN cash of ¥123.50 and a phone WHEN the receipt prints THEN two pages, the owner's and
    the station's copy, each listing both items and the cash in figures and capitals."""
    pdf = pdf_of(lambda s: belongings_receipt(custody_record, ctx, s))
    texts = [flat(t) for t in page_texts(pdf)]
    assert len(texts) == 2
    assert "第一联受助人留存" in texts[0] and "第二联站内存档" in texts[1]
    for text in texts:
        assert "物品代保管收据" in text and custody_record.case_no in text
        assert "华为手机" in text and "IMEI861234567" in text
        assert "¥123.50" in text and "壹佰贰拾叁元伍角整" in text
        assert "本人签字（捺印）" in text and "领回确认" in text


def test_receipt_qr_opens_the_stay(custody_record, ctx, render):
    """GIVEN the receipt WHEN its QR code is read THEN it is RD:STAY:<case>."""
    pdf = pdf_of(lambda s: belongings_receipt(custody_record, ctx, s))
    assert f"RD:STAY:{custody_record.case_no}" in decode_qr(render(pdf)[0])


def test_bag_tag_carries_bag_case_name_and_qr(custody_record, ctx, render):
    """GIVEN a bag WHEN its tag prints THEN a 60×40 mm label shows bag and case numbers and the
    name, and its QR code is RD:BAG:<bag number>."""
    bag = custody_record.bags[0]
    pdf = pdf_of(lambda s: bag_labels([bag], ctx, s))
    width, height = page_sizes(pdf)[0]
    assert round(width / 72 * 25.4) == 60 and round(height / 72 * 25.4) == 40
    text = flat(page_texts(pdf)[0])
    assert bag.bag_no in text and custody_record.case_no in text and "张三" in text
    assert decode_qr(render(pdf, dpi=300)[0]) == [f"RD:BAG:{bag.bag_no}"]


def test_check_record_lists_dispositions_and_police_receipt(custody_record, ctx):
    """GIVEN a knife handed to the police WHEN the check record prints THEN it names the unit,
    officer and receipt number, and the body check officer."""
    text = flat(page_texts(pdf_of(lambda s: check_record(custody_record, ctx, s)))[0])
    assert "安全检查登记表" in text and "移交公安" in text and "JS-0001" in text
    assert "赵强" in text and "36.8" in text


def test_disposal_record(custody_record, ctx, station_desk, clock):
    """GIVEN a stay ended 60 days ago with a phone left WHEN two officers dispose of it THEN the
    record lists the phone with its dates and both officers."""
    from sqlalchemy import select

    from rescue_desk.domain.models import Stay

    with station_desk.db.write() as s:
        stay = s.execute(select(Stay).where(Stay.case_no == custody_record.case_no)).scalar_one()
        stay.status, stay.ended_at = StayStatus.CLOSED.value, clock.now
    clock.advance(days=61)
    custody = CustodyService(station_desk)
    phone = custody_record.bags[0].items[1].id
    record = custody.dispose((phone,), second_officer="anbao2", note="保管期满无人认领")
    text = flat(page_texts(pdf_of(lambda s: disposal_record(record, ctx, s)))[0])
    assert "无人认领物品处置记录" in text and record.disposal_no in text
    assert "华为手机" in text and "赵强" in text and "钱军" in text
