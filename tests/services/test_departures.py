"""Departures through the service: each type end to end, the rules, belongings and beds,
follow-ups, the call log and the register."""

from __future__ import annotations

import datetime as dt

import pytest

from rescue_desk.domain.beds import BedState
from rescue_desk.domain.custody import ItemKind
from rescue_desk.domain.departure import (
    CASH_CAP_FEN,
    CallOutcome,
    CashNeedsReason,
    CashOnlyWithVoucher,
    CashOverCap,
    DepartureState,
    DepartureType,
    FollowUpOutcome,
    Leaver,
    MinorException,
    MustBeAccompanied,
    SelfDepartureNotAllowed,
    check_cash,
    check_self_departure,
    cross_province,
    exception_for,
    province_of,
)
from rescue_desk.domain.errors import PermissionDenied, RequiredField
from rescue_desk.domain.intake import Inspection, Outcome, StayStatus
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.approval import Approval
from rescue_desk.services.beds import BedService
from rescue_desk.services.custody import CheckForm, CustodyService, ItemForm, ItemsUnaccounted
from rescue_desk.services.departures import (
    AlreadyPreparing,
    DepartureForm,
    DepartureService,
    NotInStation,
)
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm

# -- the rules, each a function --------------------------------------------------------------


@pytest.mark.parametrize(("person", "allowed"), [
    (Leaver(16), True),
    (Leaver(40), True),
    (Leaver(15), False),
    (Leaver(None), False),
    (Leaver(None, frozenset({Inspection.MINOR})), False),
    (Leaver(30, frozenset({Inspection.MENTAL})), False),
    (Leaver(30, cannot_travel_alone=True), False),
    (Leaver(70, frozenset({Inspection.DISABILITY})), True),
])
def test_the_16_plus_rule(person, allowed):
    if allowed:
        check_self_departure(person)
    else:
        with pytest.raises(SelfDepartureNotAllowed):
            check_self_departure(person)


@pytest.mark.parametrize(("kind", "person", "expected"), [
    (DepartureType.COLLECTED, Leaver(10), None),
    (DepartureType.ESCORTED, Leaver(10), None),
    (DepartureType.VOUCHER, Leaver(10), MustBeAccompanied),
    (DepartureType.TERMINATED, Leaver(12), MustBeAccompanied),
    (DepartureType.VOUCHER, Leaver(17), MinorException),
    (DepartureType.SELF, Leaver(17), MinorException),
    (DepartureType.VOUCHER, Leaver(40, cannot_travel_alone=True), MustBeAccompanied),
    (DepartureType.VOUCHER, Leaver(40, frozenset({Inspection.MENTAL})), MustBeAccompanied),
    (DepartureType.VOUCHER, Leaver(40), None),
    (DepartureType.HOSPITAL, Leaver(8), None),
    (DepartureType.ABSCONDED, Leaver(14), None),
    (DepartureType.DEATH, Leaver(90), None),
])
def test_minors_and_people_who_cannot_travel_alone(kind, person, expected):
    found = exception_for(kind, person)
    assert (type(found) if found else None) is expected


def test_the_cash_cap():
    assert check_cash(DepartureType.VOUCHER, 0, "") == 0
    assert check_cash(DepartureType.VOUCHER, CASH_CAP_FEN, "车站无直达车票") == 2000
    with pytest.raises(CashOverCap):
        check_cash(DepartureType.VOUCHER, 2001, "理由")
    with pytest.raises(CashNeedsReason):
        check_cash(DepartureType.VOUCHER, 1000, " ")
    with pytest.raises(CashOnlyWithVoucher):
        check_cash(DepartureType.SELF, 500, "理由")


def test_provinces():
    assert province_of("河南省周口市太康县") == "河南省"
    assert province_of("广西南宁市") == "广西壮族自治区"
    assert province_of("北京市朝阳区") == "北京市"
    assert province_of("不详") == ""
    assert cross_province("110105", "河南省") and not cross_province("110105", "北京市")


# -- through the service ----------------------------------------------------------------------


@pytest.fixture
def staff(station_desk, add_officer):
    return {
        "clerk": add_officer("jiedai", {Role.FRONT_DESK}, name="刘芳", sex="F"),
        "leader": add_officer("daiban", {Role.LEADER_ON_DUTY}, name="周明", sex="M"),
        "guard": add_officer("anbao1", {Role.SECURITY}, name="赵强", sex="M"),
        "guard2": add_officer("anbao2", {Role.SECURITY}, name="钱军", sex="M"),
    }


def login(desk, cred):
    AccountService(desk).login(cred.login, cred.password)


@pytest.fixture
def desk(station_desk, staff):
    BedService(station_desk).apply_template("small")
    login(station_desk, staff["clerk"])
    return station_desk


def admit(desk, name="张三", sex="M", age=40, *flags, hukou="河南省周口市太康县"):
    case = IntakeService(desk).register(
        PersonForm(name=name, sex=sex, age=age, hukou_place=hukou),
        StayForm(inspection=frozenset(flags))).case_no
    tile = BedService(desk).suggestion(case)
    if tile is not None:
        BedService(desk).assign(case, tile.bed_id)
    return case


VOUCHER = DepartureForm(DepartureType.VOUCHER, dest_province="河南省", dest_city="周口市",
                        details={"carrier": "火车", "train_no": "K179", "from_place": "北京西",
                                 "to_place": "周口", "ticket_no": "E012345", "fare": "86.5",
                                 "food_given": True})


def test_travel_voucher_end_to_end_frees_the_bed_and_sets_the_follow_up(desk, clock):
    case = admit(desk)
    bed = BedService(desk).place_of(case)
    service = DepartureService(desk)
    assert service.plan(case).suggested_province == "河南省"
    record = service.complete(case, VOUCHER)
    assert record.state == DepartureState.COMPLETED and record.form_no.startswith("FX")
    assert record.details["fare"] == 8650 and record.details["food_given"] is True
    assert record.stay_status == StayStatus.CLOSED
    assert record.follow_up_due == clock().date() + dt.timedelta(days=3)
    tile = next(b for b in BedService(desk).board().beds if b.place == bed)
    assert tile.state == BedState.CLEANING
    assert BedService(desk).history(case)[-1].end_reason == "departed"
    # the follow-up becomes due, then overdue, then done
    clock.advance(days=3)
    assert [r.case_no for r in service.lists()["follow_up"]] == [case]
    assert not service.overdue_follow_ups()
    clock.advance(days=1)
    assert [r.case_no for r in service.overdue_follow_ups()] == [case]
    service.record_follow_up(record.id, FollowUpOutcome.ARRIVED, "本人接电话，已到家")
    assert not service.lists()["follow_up"]
    assert service.latest(case).follow_up_outcome == "arrived"


def test_cash_only_as_an_exception_up_to_20_yuan(desk):
    case = admit(desk)
    service = DepartureService(desk)
    over = DepartureForm(DepartureType.VOUCHER, details={**VOUCHER.details, "cash": "20.50",
                                                         "cash_reason": "转车吃饭"})
    with pytest.raises(CashOverCap):
        service.complete(case, over)
    ok = DepartureForm(DepartureType.VOUCHER, details={**VOUCHER.details, "cash": "20",
                                                       "cash_reason": "转车吃饭"})
    assert service.complete(case, ok).cash_fen == 2000


def test_self_departure_only_16_plus(desk):
    service = DepartureService(desk)
    child = admit(desk, "王小明", "M", 15)
    with pytest.raises(SelfDepartureNotAllowed):
        service.complete(child, DepartureForm(DepartureType.SELF, details={"reason": "想走"}))
    plan = service.plan(child)
    assert DepartureType.SELF in plan.refused
    assert DepartureType.VOUCHER in plan.exceptions
    adult = admit(desk, "李四", "M", 30)
    with pytest.raises(RequiredField):
        service.complete(adult, DepartureForm(DepartureType.SELF))
    record = service.complete(adult, DepartureForm(DepartureType.SELF,
                                                   details={"reason": "自愿离站"}))
    assert record.kind == DepartureType.SELF and record.stay_status == "closed"


def test_a_minor_leaving_in_an_exception_needs_the_leader(desk, staff):
    service = DepartureService(desk)
    case = admit(desk, "王小明", "M", 14)
    with pytest.raises(MustBeAccompanied):
        service.complete(case, VOUCHER)
    record = service.complete(case, VOUCHER, Approval("家长在车站出口等候，已电话确认",
                                                      "daiban", staff["leader"].password))
    assert record.exceptions == ("must_be_accompanied",) and record.approved_by == "周明"


def test_collection_and_escort(desk, station_desk):
    service = DepartureService(desk)
    child = admit(desk, "王小明", "M", 12)
    service.log_call(child, contact="王建军（父亲）", phone="13900000000",
                     outcome=CallOutcome.AGREED, note="明天上午来接")
    form = DepartureForm(DepartureType.COLLECTED, details={
        "collector_name": "王建军", "collector_relation": "父亲",
        "collector_id_number": "11010519491231002x", "collector_phone": "13900000000",
        "collector_address": "河南省周口市"})
    record = service.complete(child, form)
    assert record.details["collector_id_number"] == "11010519491231002X"
    assert record.calls[0].outcome == "agreed"
    man = admit(desk, "赵大", "M", 50)
    escort = DepartureForm(DepartureType.ESCORTED, dest_province="河南省", details={
        "escort_officers": "赵强、钱军", "vehicle": "京A12345", "route": "京港澳高速",
        "receiving_unit": "周口市救助管理站", "received_by": "孙主任",
        "received_at": "2026-11-28 20:00"})
    record = service.complete(man, escort)
    assert record.cross_province  # the station is in Beijing (110105)
    assert [r.case_no for r in service.lists()["recent"]][:2] == [man, child]


def test_hospital_keeps_the_person_counted_and_they_can_come_back(desk):
    service = DepartureService(desk)
    beds = BedService(desk)
    case = admit(desk)
    record = service.complete(case, DepartureForm(DepartureType.HOSPITAL,
                                                  details={"hospital": "市第一医院",
                                                           "ward": "急诊"}))
    assert record.stay_status == StayStatus.IN_HOSPITAL and record.follow_up_due is None
    board = beds.board()
    assert [r.case_no for r in board.off_site] == [case] and board.in_station == 1
    assert beds.history(case)[-1].end_reason == "hospital"
    service.back_to_station(case)
    assert any(r.case_no == case for r in beds.board().waiting)
    # the person is later collected from the station
    with pytest.raises(RequiredField):
        service.complete(case, DepartureForm(DepartureType.COLLECTED))


def test_belongings_must_be_counted_back_or_the_leader_decides(desk, staff, station_desk):
    case = admit(desk)
    login(desk, staff["guard"])
    custody = CustodyService(desk)
    custody.record_check(case, CheckForm(body_checked_by="anbao1", temperature="36.5",
                                         items=(ItemForm(ItemKind.PHONE, "华为手机"),),
                                         location=custody.locations()[0]))
    login(desk, staff["clerk"])
    service = DepartureService(desk)
    with pytest.raises(ItemsUnaccounted):
        service.complete(case, VOUCHER)
    held = custody.unaccounted(case)
    custody.count_back(case, {held[0].id: (True, "")})
    record = service.complete(case, VOUCHER)
    assert record.returned_items == (("华为手机", 1, ""),)


def test_left_without_formalities_keeps_items_for_the_retention_period(desk, staff, clock):
    case = admit(desk)
    login(desk, staff["guard"])
    custody = CustodyService(desk)
    custody.record_check(case, CheckForm(body_checked_by="anbao1", temperature="36.5",
                                         items=(ItemForm(ItemKind.CLOTHING, "棉衣"),),
                                         location=custody.locations()[0]))
    login(desk, staff["clerk"])
    record = DepartureService(desk).complete(case, DepartureForm(
        DepartureType.ABSCONDED, details={"last_seen_at": "2026-11-28 20:30",
                                          "search_made": "站内及周边寻找未果",
                                          "police_told": True, "police_unit": "城东派出所"}))
    assert record.held_items == 1 and record.stay_status == "closed"
    clock.advance(days=61)
    login(desk, staff["guard"])
    assert [d.case_no for d in custody.due_for_disposal()] == [case]


def test_prepare_then_complete_or_cancel(desk, clock):
    service = DepartureService(desk)
    case = admit(desk)
    tomorrow = clock() + dt.timedelta(days=1)
    planned = DepartureForm(DepartureType.VOUCHER, planned_at=tomorrow,
                            details={"carrier": "火车"})
    departure = service.prepare(case, planned)
    with pytest.raises(AlreadyPreparing):
        service.prepare(case, planned)
    lists = service.lists()
    assert [r.id for r in lists["preparing"]] == [departure] and not lists["today"]
    clock.advance(days=1)
    assert [r.id for r in service.lists()["today"]] == [departure]
    service.cancel(departure, "家属改为来站接领")
    assert not service.lists()["preparing"]
    second = service.prepare(case, DepartureForm(DepartureType.TERMINATED,
                                                 details={"grounds": "拒不遵守站内管理规定"}))
    record = service.complete(case, DepartureForm(DepartureType.TERMINATED,
                                                  details={"grounds": "拒不遵守站内管理规定"}))
    assert record.id == second and record.form_no.startswith("ZZ")
    with pytest.raises(NotInStation):
        service.prepare(case, planned)


def test_death_and_placement(desk):
    service = DepartureService(desk)
    old = admit(desk, "钱老汉", "M", 88)
    record = service.complete(old, DepartureForm(DepartureType.DEATH, details={
        "died_at": "2026-11-28 18:00", "certificate_no": "SW2026001",
        "police_notified": True, "family_notified": False}))
    assert record.stay_status == "closed" and record.details["police_notified"]
    other = admit(desk, "孙某", "M", 45, Inspection.MENTAL)
    record = service.complete(other, DepartureForm(DepartureType.PLACEMENT, details={
        "institution": "市社会福利院", "agreement_no": "TY-2026-07"}))
    assert record.stay_status == StayStatus.IN_CARE


def test_departure_register_and_permissions(desk, staff, clock, station_desk):
    service = DepartureService(desk)
    case = admit(desk)
    service.complete(case, VOUCHER)
    rows = service.register(clock().date(), clock().date())
    assert [(r.case_no, r.kind, r.days, r.officer) for r in rows] == [
        (case, DepartureType.VOUCHER, 1, "刘芳")]
    login(desk, staff["guard"])
    with pytest.raises(PermissionDenied):
        service.complete(admit_as_clerk(desk, staff), VOUCHER)


def admit_as_clerk(desk, staff):
    login(desk, staff["clerk"])
    case = admit(desk, "吴六", "M", 33)
    login(desk, staff["guard"])
    return case


def test_refused_outcome_cannot_depart(desk):
    case = IntakeService(desk).register(PersonForm(name="某人", sex="M", age=30), StayForm(
        outcome=Outcome.REFUSE, outcome_reason="不符合救助条件")).case_no
    with pytest.raises(NotInStation):
        DepartureService(desk).complete(case, VOUCHER)
