"""Departure forms made from real records: voucher with cash, collection and escort slips,
termination notice, self-departure declaration, the other types' record, and the register."""

from __future__ import annotations

import pytest

from rescue_desk.domain import idnumber
from rescue_desk.domain.custody import ItemKind
from rescue_desk.domain.departure import DepartureType
from rescue_desk.domain.roles import Role
from rescue_desk.printing.departure_forms import (
    FORM_FOR,
    TYPE_TEXT,
    collection_slip,
    departure_form,
    departure_record,
    departure_register,
    escort_slip,
    self_departure_declaration,
    termination_notice,
    travel_voucher,
)
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.custody import CheckForm, CustodyService, ItemForm
from rescue_desk.services.departures import DepartureForm, DepartureService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from tests.printing.printcheck import decode_qr, page_sizes, page_texts, pdf_of

#: The collector's ID number, printed in full on the collection slip.
COLLECTOR_ID = "11010519491231002X"


def id_for(age: int, seq: int) -> str:
    """A valid ID number of a man of ``age`` (born 15 March), with sequence ``seq``."""
    first17 = f"440524{2026 - age}0315{2 * seq + 1:03d}"
    return first17 + idnumber.check_character(first17)


def assert_masked(text: str, number: str) -> None:
    """The person's number is on the page masked, never in full."""
    assert number[:6] + "********" + number[-4:] in text and number not in text


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def staff(station_desk, add_officer):
    return {
        "clerk": add_officer("jiedai", {Role.FRONT_DESK}, name="刘芳", sex="F"),
        "guard": add_officer("anbao1", {Role.SECURITY}, name="赵强", sex="M"),
    }


def login(desk, cred):
    AccountService(desk).login(cred.login, cred.password)


@pytest.fixture
def leave(station_desk, staff):
    """``leave(form, name=…, age=…, phone=…)``: admit a man with an ID number (``with_id``),
    and complete his departure with ``form``; returns the DepartureRecord. With ``phone`` he
    had a phone in custody, counted back before leaving."""
    people = iter(range(1, 400))

    def _leave(form: DepartureForm, *, name: str = "张三", age: int = 40,
               phone: bool = False, with_id: bool = True):
        id_number = id_for(age, next(people)) if with_id else ""
        login(station_desk, staff["clerk"])
        case = IntakeService(station_desk).register(
            PersonForm(name=name, sex="M", age=age, id_type="resident_id" if id_number else "none",
                       id_number=id_number, hukou_place="河南省周口市太康县"),
            StayForm()).case_no
        if phone:
            login(station_desk, staff["guard"])
            custody = CustodyService(station_desk)
            custody.record_check(case, CheckForm(
                body_checked_by="anbao1", temperature="36.5", location=custody.locations()[0],
                items=(ItemForm(ItemKind.PHONE, "华为手机"),)))
            custody.count_back(case, {custody.unaccounted(case)[0].id: (True, "")})
            login(station_desk, staff["clerk"])
        record = DepartureService(station_desk).complete(case, form)
        _leave.ids[case] = id_number
        return record

    _leave.ids = {}
    return _leave


VOUCHER = DepartureForm(DepartureType.VOUCHER, dest_province="河南省", dest_city="周口市",
                        dest_county="太康县", details={
                            "carrier": "火车", "train_no": "K179", "from_place": "北京西",
                            "to_place": "周口", "transfer_station": "郑州",
                            "transfer_rescue_station": "郑州市救助管理站",
                            "ticket_no": "E012345", "fare": "86.5", "food_given": True,
                            "cash": "20", "cash_reason": "郑州转车需在站内候车一夜，购买晚餐"})


def test_voucher_with_cash_prints_journey_receipt_and_note_to_the_transfer_station(leave, ctx):
    """GIVEN a voucher home via Zhengzhou with ¥20 cash WHEN printed THEN its number, the
    journey, the fare, the cash in figures and capitals with the person's receipt, the note
    to the transfer station, the masked ID only, and the officer's line."""
    record = leave(VOUCHER)
    pdf = pdf_of(lambda s: travel_voucher(record, ctx, s))
    text = "".join(flat(t) for t in page_texts(pdf))
    assert "乘车凭证（返乡凭证）" in text and record.form_no in text and record.case_no in text
    for word in ("K179", "北京西", "周口", "E012345", "¥86.50", "郑州市救助管理站",
                 "河南省周口市太康县"):
        assert word in text
    assert "现金发放收据" in text and "¥20.00" in text and "贰拾元整" in text
    assert "本人签收（捺印）" in text and "郑州转车" in text
    assert "致郑州市救助管理站" in text and "经办人" in text and "（盖章）" in text
    assert_masked(text, leave.ids[record.case_no])


def test_voucher_without_cash_has_no_receipt(leave, ctx):
    form = DepartureForm(VOUCHER.kind, details={k: v for k, v in VOUCHER.details.items()
                                                if k not in ("cash", "cash_reason")})
    record = leave(form)
    text = flat(page_texts(pdf_of(lambda s: travel_voucher(record, ctx, s)))[0])
    assert "现金发放收据" not in text and "K179" in text


COLLECTED = DepartureForm(DepartureType.COLLECTED, details={
    "collector_name": "王建军", "collector_relation": "父亲",
    "collector_id_number": COLLECTOR_ID.lower(), "collector_phone": "13900000000",
    "collector_address": "河南省周口市太康县城关镇幸福路 8 号"})


def test_collection_slip_prints_the_collector_id_in_full_and_the_person_masked(leave, ctx):
    """GIVEN a child collected by the father, whose phone is handed over WHEN the slip
    prints THEN two copies, each with the collector's full ID number (the form requires it),
    the child's number masked, the phone handed over and both signature blocks."""
    record = leave(COLLECTED, name="王小明", age=12, phone=True)
    texts = [flat(t) for t in page_texts(pdf_of(lambda s: collection_slip(record, ctx, s)))]
    assert len(texts) == 2
    assert "第一联接领人留存" in texts[0] and "第二联站内存档" in texts[1]
    for text in texts:
        assert "接领交接单" in text and record.case_no in text and "王小明" in text
        assert COLLECTOR_ID in text and "王建军" in text and "父亲" in text
        assert "13900000000" in text and "幸福路8号" in text
        assert_masked(text, leave.ids[record.case_no])
        assert "华为手机" in text
        assert "接领人签字（捺印）" in text and "经办人" in text


ESCORTED = DepartureForm(DepartureType.ESCORTED, dest_province="河南省", dest_city="周口市",
                         details={"escort_officers": "赵强、钱军", "vehicle": "京A12345",
                                  "route": "京港澳高速", "receiving_unit": "周口市救助管理站",
                                  "received_by": "孙主任", "received_at": "2026-11-28 20:00"})


def test_escort_slip_marks_a_cross_province_escort_and_who_received(leave, ctx):
    """GIVEN an escort from Beijing to Henan WHEN printed THEN the 跨省护送 mark, officers,
    vehicle, route, the receiving station, and its block with who signed for the person and
    when."""
    record = leave(ESCORTED)
    assert record.cross_province
    texts = [flat(t) for t in page_texts(pdf_of(lambda s: escort_slip(record, ctx, s)))]
    assert len(texts) == 2
    for text in texts:
        assert "跨省护送" in text and "护送交接单" in text
        for word in ("赵强、钱军", "京A12345", "京港澳高速", "周口市救助管理站", "孙主任",
                     "2026-11-2820:00"):
            assert word in text
        assert "接收单位（盖章）" in text and "接收人签字" in text and "接收时间" in text


def test_escort_in_the_province_has_no_mark(leave, ctx):
    form = DepartureForm(ESCORTED.kind, dest_province="北京市", details=ESCORTED.details)
    record = leave(form)
    text = flat(page_texts(pdf_of(lambda s: escort_slip(record, ctx, s)))[0])
    assert "跨省护送" not in text.replace("跨省护送否", "")


def test_termination_notice_has_number_grounds_right_to_return_and_stub(leave, ctx, render):
    """GIVEN relief ended for breaking the rules WHEN the notice prints THEN one page: the
    number, the person, the grounds, the decision, the right to ask again, the stamp, the
    signed stub; its QR code opens the stay."""
    record = leave(DepartureForm(DepartureType.TERMINATED,
                                 details={"grounds": "因多次违反站内管理规定，经劝导拒不改正。"}))
    pdf = pdf_of(lambda s: termination_notice(record, ctx, s))
    texts = page_texts(pdf)
    assert len(texts) == 1
    text = flat(texts[0])
    assert "终止救助通知书" in text and record.form_no.startswith("ZZ")
    assert record.form_no in text and "张三：" in text
    assert "因多次违反站内管理规定，经劝导拒不改正，根据" in text
    assert "决定自2026年11月28日起终止对你的救助" in text
    assert "仍可以再次向本站或其他救助管理机构求助" in text
    assert "（盖章）" in text and "回执" in text and "本人签收（捺印）" in text
    assert decode_qr(render(pdf)[0]) == [f"RD:STAY:{record.case_no}"]


def test_self_departure_declaration(leave, ctx):
    """GIVEN an adult leaving on his own request with his phone counted back WHEN the
    declaration prints THEN the declaration words, the phone returned, the signatures."""
    record = leave(DepartureForm(DepartureType.SELF, details={"reason": "找到工作，自愿离站"}),
                   phone=True)
    text = flat(page_texts(pdf_of(lambda s: self_departure_declaration(record, ctx, s)))[0])
    assert "自行离站声明书" in text and record.case_no in text
    assert "自愿放弃救助" in text and "由本人自行承担" in text and "找到工作" in text
    assert "华为手机" in text and "本人签字（捺印）" in text and "经办人" in text
    assert_masked(text, leave.ids[record.case_no])


def test_absconded_record_counts_as_giving_up_relief(leave, ctx, render):
    """GIVEN a person who left without formalities WHEN printed (through departure_form) THEN
    the 擅自离站记录 with when last seen, the search, the police, and that it counts as giving
    up relief, with the officer and the leader on duty; QR opens the stay."""
    record = leave(DepartureForm(DepartureType.ABSCONDED, details={
        "last_seen_at": "2026-11-28 20:30", "search_made": "站内及周边车站寻找未果",
        "police_told": True, "police_unit": "城东派出所"}))
    assert FORM_FOR[record.kind] is departure_record
    pdf = pdf_of(lambda s: departure_form(record, ctx, s))
    text = flat(page_texts(pdf)[0])
    assert "擅自离站记录" in text and "2026-11-2820:30" in text
    assert "站内及周边车站寻找未果" in text and "城东派出所" in text
    assert "视为自动放弃救助" in text and "经办人" in text and "带班领导" in text
    assert decode_qr(render(pdf)[0]) == [f"RD:STAY:{record.case_no}"]


@pytest.mark.parametrize(("form", "words"), [
    (DepartureForm(DepartureType.HOSPITAL, details={"hospital": "市第一医院", "ward": "急诊"}),
     ("离站记录（送医）", "市第一医院", "急诊")),
    (DepartureForm(DepartureType.PLACEMENT, details={"institution": "市社会福利院",
                                                     "agreement_no": "TY-2026-07"}),
     ("托养/安置", "市社会福利院", "TY-2026-07")),
    (DepartureForm(DepartureType.DEATH, details={"died_at": "2026-11-28 18:00",
                                                 "certificate_no": "SW2026001",
                                                 "police_notified": True}),
     ("离站记录（死亡）", "2026-11-2818:00", "SW2026001", "已报告公安是", "已通知家属否")),
])
def test_other_departure_records(leave, ctx, form, words):
    record = leave(form)
    text = flat(page_texts(pdf_of(lambda s: departure_form(record, ctx, s)))[0])
    for word in words:
        assert word in text


def test_every_form_masks_the_person_and_carries_the_stay_qr(leave, ctx, demo_ctx):
    """Every type prints through departure_form; the DEMO mark on a demo station."""
    assert set(FORM_FOR) == set(DepartureType) == set(TYPE_TEXT)
    record = leave(DepartureForm(DepartureType.SELF, details={"reason": "自愿"}))
    text = flat(page_texts(pdf_of(lambda s: departure_form(record, demo_ctx, s)))[0])
    assert "演示数据DEMO" in text and "打印人：王小明" in text


def test_register_is_landscape_with_the_header_on_every_page(leave, ctx, station_desk):
    """GIVEN departures of several types WHEN the register prints (and again with 40 lines)
    THEN A4 landscape, every column heading, the Chinese type labels, and with many lines
    several pages each starting with the heading row."""
    leave(VOUCHER, name="张三")
    leave(ESCORTED, name="李四")
    leave(DepartureForm(DepartureType.ABSCONDED, details={"last_seen_at": "2026-11-28 20:30",
                                                          "search_made": "寻找未果"}),
          name="赵五", with_id=False)
    rows = DepartureService(station_desk).register(ctx.printed_at.date(), ctx.printed_at.date())
    assert len(rows) == 3
    pdf = pdf_of(lambda s: departure_register(rows, ctx, s, title_period="2026年11月"))
    width, height = page_sizes(pdf)[0]
    assert width > height
    text = flat(page_texts(pdf)[0])
    assert "在站服务及离站登记表" in text and "2026年11月" in text
    for heading in ("序号", "救助编号", "姓名", "性别", "年龄", "入站时间", "离站时间",
                    "在站天数", "离站方式", "去向", "物品", "经办人"):
        assert heading in text
    for row in rows:
        assert row.case_no in text and row.person_name in text
    assert "乘车凭证返乡" in text and "护送返乡" in text and "擅自离站" in text
    assert "刘芳" in text and "离站合计：3人" in text
    many = pdf_of(lambda s: departure_register(rows * 20, ctx, s, title_period="2026年11月"))
    pages = [flat(t) for t in page_texts(many)]
    assert len(pages) >= 3
    assert all("离站方式" in p and "在站天数" in p for p in pages)
    assert f"60{rows[2].case_no}" in pages[-1]


def test_empty_register_says_so(ctx):
    text = flat(page_texts(pdf_of(
        lambda s: departure_register([], ctx, s, title_period="2026年10月")))[0])
    assert "本期无离站记录" in text and "离站合计：0人" in text
