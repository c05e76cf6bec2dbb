"""Security check and belongings custody through the service."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from rescue_desk.domain.custody import (
    Disposition,
    IdDocumentWithheld,
    ItemKind,
    ItemState,
    Movement,
    PoliceDetailsNeeded,
    SecondOfficerNeeded,
    WitnessNeeded,
    allowed_dispositions,
    check_disposition,
)
from rescue_desk.domain.errors import PermissionDenied
from rescue_desk.domain.intake import Outcome, StayStatus
from rescue_desk.domain.models import AuditEvent, CustodyMovement, StoredItem
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.custody import (
    AlreadyChecked,
    BadTemperature,
    CheckForm,
    CustodyService,
    DisposalNeedsTwo,
    ItemForm,
    ItemsUnaccounted,
    LocationUnknown,
    MissingNeedsNote,
    NotDue,
    NotSameSex,
)
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.settings import SettingsService


@pytest.fixture
def staff(station_desk, add_officer):
    """A clerk, two male security officers and a female one."""
    return {
        "clerk": add_officer("jiedai", {Role.FRONT_DESK}),
        "anbao1": add_officer("anbao1", {Role.SECURITY}, name="赵强", sex="M"),
        "anbao2": add_officer("anbao2", {Role.SECURITY}, name="钱军", sex="M"),
        "anbao3": add_officer("anbao3", {Role.SECURITY}, name="孙丽", sex="F"),
    }


def login(desk, cred):
    AccountService(desk).login(cred.login, cred.password)


@pytest.fixture
def case_no(station_desk, staff):
    login(station_desk, staff["clerk"])
    result = IntakeService(station_desk).register(PersonForm(name="张三", sex="M", age=40),
                                                  StayForm())
    login(station_desk, staff["anbao1"])
    return result.case_no


@pytest.fixture
def custody(station_desk, case_no) -> CustodyService:
    return CustodyService(station_desk)


CASH = ItemForm(ItemKind.CASH, "现金（纸币）", 1, cash_fen=12350, counted_by_second="anbao2")
PHONE = ItemForm(ItemKind.PHONE, "华为手机", 1, condition="屏幕有裂纹", serial="IMEI 861234")


def checked(custody, case_no, *items, location="A-01"):
    return custody.record_check(case_no, CheckForm(body_checked_by="anbao1",
                                                   temperature="36.6", items=items,
                                                   location=location))


def test_check_puts_held_items_in_a_bag_and_logs_each(custody, case_no, station_desk):
    """GIVEN cash and a phone held for the person WHEN the check is recorded THEN one bag at
    A-01 holds both, each with a 'stored' movement, and the total cash is ¥123.50."""
    record = checked(custody, case_no, CASH, PHONE)
    assert len(record.bags) == 1 and record.bags[0].location == "A-01"
    assert [i.kind for i in record.bags[0].items] == ["cash", "phone"]
    assert record.cash_fen == 12350 and record.temperature == "36.6"
    assert [m.movement for m in record.movements] == ["stored", "stored"]
    assert record.bags[0].items[0].counted_by_second == "anbao2"


def test_id_documents_are_never_withheld(custody, case_no):
    """GIVEN an ID card WHEN any disposition but 'kept by the person' is chosen THEN refused;
    the program only offers that one."""
    assert allowed_dispositions(ItemKind.ID_DOCUMENT) == (Disposition.KEPT_BY_PERSON,)
    for disposition in Disposition:
        if disposition != Disposition.KEPT_BY_PERSON:
            with pytest.raises(IdDocumentWithheld):
                check_disposition(ItemKind.ID_DOCUMENT, disposition)
    with pytest.raises(IdDocumentWithheld):
        checked(custody, case_no, ItemForm(ItemKind.ID_DOCUMENT, "身份证", 1, Disposition.HELD))
    record = checked(custody, case_no, ItemForm(ItemKind.ID_DOCUMENT, "身份证", 1,
                                                Disposition.KEPT_BY_PERSON))
    assert record.seized[0].disposition == "kept_by_person" and not record.bags


def test_cash_needs_a_second_officer(custody, case_no):
    """GIVEN cash WHEN no second officer, or the same officer, counted it THEN refused."""
    for second in ("", "anbao1"):
        with pytest.raises(SecondOfficerNeeded):
            checked(custody, case_no, ItemForm(ItemKind.CASH, "现金", 1, cash_fen=100,
                                               counted_by_second=second))


def test_body_check_by_same_sex_officer(custody, case_no):
    """GIVEN a man WHEN a female officer is named for the body check THEN refused."""
    with pytest.raises(NotSameSex):
        custody.record_check(case_no, CheckForm(body_checked_by="anbao3"))


def test_police_handover_and_destruction_need_their_details(custody, case_no):
    """GIVEN a knife handed to the police without a receipt, or an item destroyed without a
    witness THEN refused with the reason."""
    with pytest.raises(PoliceDetailsNeeded):
        checked(custody, case_no, ItemForm(ItemKind.WEAPON, "折叠刀", 1, Disposition.POLICE,
                                           police_unit="城东派出所"))
    with pytest.raises(WitnessNeeded):
        checked(custody, case_no, ItemForm(ItemKind.PERISHABLE, "变质食品", 1,
                                           Disposition.DESTROYED))


def test_one_check_per_stay_and_bad_temperature(custody, case_no):
    """GIVEN a recorded check WHEN another is recorded THEN refused; a temperature of 60 is
    refused with a sentence."""
    with pytest.raises(BadTemperature):
        custody.record_check(case_no, CheckForm(body_checked_by="anbao1", temperature="60"))
    checked(custody, case_no)
    with pytest.raises(AlreadyChecked):
        checked(custody, case_no)


def test_unknown_location_is_refused(custody, case_no):
    """GIVEN a held item WHEN the bag's place is not in the station's list THEN refused."""
    with pytest.raises(LocationUnknown):
        checked(custody, case_no, PHONE, location="somewhere")


def test_refusing_the_check_ends_the_intake(custody, case_no, station_desk):
    """GIVEN a person who refuses the check WHEN recorded THEN the stay is closed as refused,
    with the reason for the refusal notice."""
    custody.record_check(case_no, CheckForm(body_checked_by="anbao1", refused=True))
    record = IntakeService(station_desk).record(case_no)
    assert record.status == StayStatus.CLOSED and record.outcome == Outcome.REFUSE
    assert record.outcome_reason == "拒绝接受安全检查"


def test_every_movement_is_logged_and_audited(custody, case_no, station_desk):
    """GIVEN a bag WHEN it is moved and the phone taken out and put back THEN each change is a
    movement with time and officer, and audited."""
    record = checked(custody, case_no, CASH, PHONE)
    bag = record.bags[0]
    phone = bag.items[1].id
    custody.move(bag.bag_no, Movement.MOVED, to_location="B-02")
    custody.move(bag.bag_no, Movement.TAKEN_OUT, item_ids=(phone,), note="打电话")
    custody.move(bag.bag_no, Movement.PUT_BACK, item_ids=(phone,))
    after = custody.record(case_no)
    assert [m.movement for m in after.movements] == [
        "stored", "stored", "moved", "taken_out", "put_back"]
    assert after.bags[0].location == "B-02"
    assert all(m.officer == "赵强" for m in after.movements)
    with station_desk.db.read() as s:
        actions = set(s.execute(select(AuditEvent.action)).scalars())
    assert {"bag.create", "bag.move", "custody.taken_out", "custody.put_back"} <= actions


def test_count_back_blocks_until_every_item_is_settled(custody, case_no):
    """GIVEN held items WHEN not counted back THEN departure is blocked; a missing item needs a
    note; once all are settled nothing is unaccounted."""
    bag = checked(custody, case_no, CASH, PHONE).bags[0]
    with pytest.raises(ItemsUnaccounted):
        custody.require_accounted(case_no)
    cash, phone = bag.items[0].id, bag.items[1].id
    with pytest.raises(MissingNeedsNote):
        custody.count_back(case_no, {phone: (False, "")})
    custody.count_back(case_no, {cash: (True, ""), phone: (False, "本人称已自行取走")})
    custody.require_accounted(case_no)
    states = {i.id: i.state for i in custody.record(case_no).bags[0].items}
    assert states == {cash: ItemState.RETURNED, phone: ItemState.MISSING}


def test_disposal_after_retention_with_two_officers(custody, case_no, station_desk, clock):
    """GIVEN a stay refused after its bag was stored, WHEN the retention period (60 days by
    default) has not passed THEN nothing is due; after it, two officers dispose and the record
    lists the item."""
    assert SettingsService(station_desk).get("unclaimed_keep_days") == 60
    bag = checked(custody, case_no, PHONE).bags[0]
    from rescue_desk.domain.models import Stay

    with station_desk.db.write() as s:  # the stay ends (departures come with their own service)
        stay = s.execute(select(Stay).where(Stay.case_no == case_no)).scalar_one()
        stay.status, stay.ended_at = StayStatus.CLOSED.value, clock.now
    assert custody.due_for_disposal() == []
    with pytest.raises(NotDue):
        custody.dispose((bag.items[0].id,), second_officer="anbao2")
    clock.advance(days=60)
    due = custody.due_for_disposal()
    assert [d.item.id for d in due] == [bag.items[0].id]
    with pytest.raises(DisposalNeedsTwo):
        custody.dispose((bag.items[0].id,), second_officer="anbao1")
    record = custody.dispose((bag.items[0].id,), second_officer="anbao2", note="无人认领")
    assert record.disposal_no == "2027-D0001" and record.second_officer == "钱军"
    assert custody.due_for_disposal() == []
    with station_desk.db.read() as s:
        item = s.get(StoredItem, bag.items[0].id)
        assert item.state == "disposed"
        last = s.execute(select(CustodyMovement).order_by(CustodyMovement.id.desc())
                         ).scalars().first()
        assert (last.movement, last.second_officer, last.reference) == (
            "disposed", "anbao2", "2027-D0001")


def test_store_room_lists_bags_by_place_and_number(custody, case_no):
    """GIVEN a bag WHEN the store room is listed by place or by bag number prefix THEN it is
    there with its held count and cash."""
    bag = checked(custody, case_no, CASH, PHONE).bags[0]
    rows = custody.store_room(location="A-01")
    assert [(r.bag_no, r.held, r.cash_fen) for r in rows] == [(bag.bag_no, 2, 12350)]
    assert custody.store_room(query=bag.bag_no[:7]) and not custody.store_room(location="B-01")
    assert custody.bag(bag.bag_no.lower()).case_no == case_no


def test_front_desk_may_not_record_a_check(station_desk, staff, case_no):
    """GIVEN a front-desk officer WHEN they record a check THEN PermissionDenied."""
    login(station_desk, staff["clerk"])
    with pytest.raises(PermissionDenied):
        CustodyService(station_desk).record_check(case_no, CheckForm(body_checked_by="anbao1"))


def test_intake_record_lists_bag_numbers(custody, case_no, station_desk):
    """GIVEN a stored bag THEN the intake record (the slip) lists its number."""
    bag = checked(custody, case_no, PHONE).bags[0]
    assert IntakeService(station_desk).record(case_no).bag_numbers == (bag.bag_no,)
