"""Duty through the service: roster, append-only shift log, handover, stay clock, notices."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy
from sqlalchemy import text

from rescue_desk.domain.departure import DepartureType
from rescue_desk.domain.duty import (
    Clock,
    ConflictKind,
    EntriesAreFinal,
    EntryKind,
    NeedsIncoming,
    NoticeNeedsSecond,
    NotSigned,
    SameOfficer,
    ShiftLocked,
    ShiftState,
)
from rescue_desk.domain.errors import PermissionDenied, RequiredField
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.approval import Approval
from rescue_desk.services.beds import BedService
from rescue_desk.services.departures import DepartureForm, DepartureService
from rescue_desk.services.duty import TOTAL, WAITING, DutyService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm

MON = dt.date(2026, 11, 23)


@pytest.fixture
def staff(station_desk, add_officer):
    return {
        "night1": add_officer("zhiban1", {Role.DUTY_OFFICER, Role.FRONT_DESK}, name="孙强",
                              sex="M"),
        "night2": add_officer("zhiban2", {Role.DUTY_OFFICER}, name="吴丽"),
        "leader": add_officer("daiban", {Role.LEADER_ON_DUTY}, name="周明", sex="M"),
    }


def login(desk, cred):
    AccountService(desk).login(cred.login, cred.password)


@pytest.fixture
def duty(station_desk, staff):
    BedService(station_desk).apply_template("small")
    return DutyService(station_desk)


def test_roster_plan_conflicts_repeat_and_swap(duty, station_desk, staff):
    for day in range(7):
        d = MON + dt.timedelta(days=day)
        duty.set_slot(d, "day", "leader", ["daiban"])
        duty.set_slot(d, "night", "leader", ["admin"])
        duty.set_slot(d, "night", "reception", ["zhiban1"])
    duty.set_slot(MON, "night", "security", ["zhiban1"])  # two places at once
    duty.set_slot(MON + dt.timedelta(days=1), "day", "reception", ["zhiban1"])  # no rest
    view = duty.roster(MON, MON + dt.timedelta(days=6))
    kinds = {(c.kind, c.login, c.day) for c in view.conflicts}
    assert (ConflictKind.TWO_PLACES, "zhiban1", MON) in kinds
    assert (ConflictKind.SHORT_REST, "zhiban1", MON + dt.timedelta(days=1)) in kinds
    assert not any(c.kind == ConflictKind.NO_LEADER for c in view.conflicts)
    assert view.slots[(MON, "day", "leader")][0][1] == "周明"
    assert duty.repeat(MON, 3) == (7 * 3 + 2) * 3
    later = duty.roster(MON + dt.timedelta(days=21), MON + dt.timedelta(days=27))
    assert later.slots[(MON + dt.timedelta(days=21), "night", "reception")][0][0] == "zhiban1"
    duty.swap(MON + dt.timedelta(days=7), "night", "reception", "zhiban1", "zhiban2",
              "家中有事，与吴丽对调")
    week2 = duty.roster(MON + dt.timedelta(days=7), MON + dt.timedelta(days=7))
    assert week2.slots[(MON + dt.timedelta(days=7), "night", "reception")][0][0] == "zhiban2"
    assert duty.swaps(MON, MON + dt.timedelta(days=30))[0].reason == "家中有事，与吴丽对调"
    login(station_desk, staff["night1"])
    with pytest.raises(PermissionDenied):
        duty.set_slot(MON, "day", "reception", ["zhiban1"])


def test_the_log_is_append_only_with_automatic_entries(duty, station_desk, staff):
    login(station_desk, staff["night1"])
    key = duty.sign_in()
    assert key == "20261128-night"
    case = IntakeService(station_desk).register(PersonForm(name="张三", sex="M", age=40),
                                                StayForm()).case_no
    patrol = duty.add_entry(EntryKind.PATROL, "", area="男宿区", all_well=True)
    with pytest.raises(RequiredField):
        duty.add_entry(EntryKind.INCIDENT, "两人争执")  # the kind of incident is missing
    incident = duty.add_entry(EntryKind.INCIDENT, "两人因床位争执", incident="fight",
                              people="张三、李四", action="劝开，调换床位", police=False)
    duty.correct(incident, "两人因床铺争执，未动手")
    DepartureService(station_desk).complete(case, DepartureForm(
        DepartureType.SELF, details={"reason": "自愿离站"}))
    view = duty.shift(key)
    kinds = [e.kind for e in view.entries]
    assert kinds[0] == EntryKind.HEADCOUNT  # taken when the shift opened
    assert {EntryKind.SIGN_IN, EntryKind.ADMISSION, EntryKind.PATROL, EntryKind.INCIDENT,
            EntryKind.CORRECTION, EntryKind.DEPARTURE} <= set(kinds)
    correction = next(e for e in view.entries if e.kind == EntryKind.CORRECTION)
    assert correction.refers_to == incident and patrol != incident
    assert any(case in e.text for e in view.entries if e.kind == EntryKind.ADMISSION)
    with pytest.raises(EntriesAreFinal):
        duty.edit_entry(incident, "改写")
    with pytest.raises(sqlalchemy.exc.DatabaseError):  # the database refuses it too
        with station_desk.db.write() as s:
            s.execute(text("update shift_entry set text = 'x' where id = :i"), {"i": incident})
    with pytest.raises(sqlalchemy.exc.DatabaseError):
        with station_desk.db.write() as s:
            s.execute(text("delete from shift_entry where id = :i"), {"i": incident})


def test_headcounts_at_start_and_end(duty, station_desk, staff, clock):
    login(station_desk, staff["night1"])
    IntakeService(station_desk).register(PersonForm(name="张三", sex="M", age=40), StayForm())
    key = duty.sign_in()
    view = duty.shift(key)
    assert view.headcount_start[TOTAL] == 1 and view.headcount_start[WAITING] == 1
    case = IntakeService(station_desk).register(PersonForm(name="李四", sex="M", age=41),
                                                StayForm()).case_no
    BedService(station_desk).assign(case, BedService(station_desk).suggestion(case).bed_id)
    duty.sign_handover(key, keys="钥匙 3 把，封条 2 个，备用金 500 元")
    view = duty.shift(key)
    assert view.headcount_end[TOTAL] == 2 and view.headcount_end["男宿区"] == 1
    assert view.state == ShiftState.SIGNED and view.outgoing == "孙强"
    assert len(view.summary["admissions"]) == 2  # both in this shift


def test_handover_needs_the_incoming_officer_or_the_leader(duty, station_desk, staff, clock):
    login(station_desk, staff["night1"])
    key = duty.sign_in()
    duty.add_entry(EntryKind.TASK, "早上 9 点联系张三家属")
    with pytest.raises(NotSigned):
        duty.close_without_incoming(key, None)
    duty.sign_handover(key, keys="钥匙 3 把")
    assert duty.draft_handover(key)["tasks"]
    with pytest.raises(SameOfficer):
        duty.acknowledge(key, "zhiban1", staff["night1"].password)
    duty.acknowledge(key, "zhiban2", staff["night2"].password)
    view = duty.shift(key)
    assert view.state == ShiftState.LOCKED and view.incoming == "吴丽"
    with pytest.raises(ShiftLocked):
        duty.add_entry(EntryKind.NOTE, "补记", key=key)
    # the next shift: the leader closes it without an incoming officer
    clock.advance(hours=12)
    key2 = duty.sign_in()
    assert key2 == "20261129-day"
    duty.sign_handover(key2, keys="钥匙 3 把")
    with pytest.raises(NeedsIncoming):
        duty.close_without_incoming(key2, None)
    duty.close_without_incoming(key2, Approval("接班人员因雪天晚到，由带班领导接管", "daiban",
                                               staff["leader"].password))
    view = duty.shift(key2)
    assert view.state == ShiftState.LOCKED and view.closed_by == "周明"


def test_the_stay_clock_extensions_dna_and_notices(duty, station_desk, staff, clock,
                                                     add_officer):
    login(station_desk, staff["night1"])
    intake = IntakeService(station_desk)
    adult = intake.register(PersonForm(name="张三", sex="M", age=40), StayForm()).case_no
    unknown = intake.register(PersonForm(unknown=True, sex="M", age=12), StayForm()).case_no
    rows = {r.case_no: r for r in duty.clock()}
    assert [d.clock for d in rows[adult].deadlines] == [Clock.STAY_LIMIT]
    assert {d.clock for d in rows[unknown].deadlines} == {
        Clock.SEARCH_NOTICE, Clock.DNA_REQUEST, Clock.NOTICE_UPDATE, Clock.LONG_TERM}
    clock.advance(days=2)
    overdue = {(r.case_no, d.clock) for r in duty.clock() for d in r.deadlines
               if d.overdue(clock())}
    assert (unknown, Clock.SEARCH_NOTICE) in overdue
    with pytest.raises(NoticeNeedsSecond):  # a minor: a second officer approves
        duty.issue_notice(unknown, health="良好")
    notice = duty.issue_notice(unknown, health="良好", mental_state="智力正常",
                               second="zhiban2", second_password=staff["night2"].password)
    assert notice.name == "" and notice.approved_by == "吴丽"
    duty.record_dna(unknown, "公安 DNA 采样 2026-123")
    clock.advance(days=9)
    duty.extend(adult, 5, "等待家属来接", "市民政局")
    pending = {(r.case_no, d.clock) for r in duty.clock() for d in r.deadlines
               if d.overdue(clock())}
    assert (unknown, Clock.SEARCH_NOTICE) not in pending
    assert (unknown, Clock.DNA_REQUEST) not in pending
    assert (adult, Clock.STAY_LIMIT) not in pending  # extended to day 15
    clock.advance(days=5)
    assert (adult, Clock.STAY_LIMIT) in {(r.case_no, d.clock) for r in duty.clock()
                                         for d in r.deadlines if d.overdue(clock())}
