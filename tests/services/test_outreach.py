"""Outreach through the service: hotline response times, patrols, cold waves, the campaign,
and supplies whose stock never goes below zero."""

from __future__ import annotations

import datetime as dt

import pytest

from rescue_desk.domain.duty import EntryKind
from rescue_desk.domain.outreach import (
    ArrivalBeforeCall,
    CallAction,
    ContactOutcome,
    HandoutNeedsWho,
    OutOfStock,
    call_late,
    campaign_of,
    in_campaign,
    response_minutes,
)
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.duty import DutyService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.outreach import CallForm, ContactForm, OutreachService, PatrolForm

T0 = dt.datetime(2026, 11, 28, 20, 0)


def test_response_time_and_the_targets():
    assert response_minutes(T0, T0 + dt.timedelta(minutes=42)) == 42
    assert response_minutes(T0, None) is None
    late = dict(target=30, far_target=60, now=T0 + dt.timedelta(hours=2))
    assert call_late(T0, T0 + dt.timedelta(minutes=31), far=False, **late)
    assert not call_late(T0, T0 + dt.timedelta(minutes=30), far=False, **late)
    assert not call_late(T0, T0 + dt.timedelta(minutes=55), far=True, **late)
    assert call_late(T0, None, far=True, **late)  # nobody there after two hours


@pytest.mark.parametrize(("day", "inside"), [
    (dt.date(2026, 11, 14), False), (dt.date(2026, 11, 15), True),
    (dt.date(2027, 1, 1), True), (dt.date(2027, 3, 15), True), (dt.date(2027, 3, 16), False),
    (dt.date(2026, 7, 1), False)])
def test_the_winter_campaign_runs_over_the_new_year(day, inside):
    assert in_campaign(day, "11-15", "03-15") == inside
    if inside:
        first, last = campaign_of(day, "11-15", "03-15")
        assert (first, last) == (dt.date(2026, 11, 15), dt.date(2027, 3, 15))


@pytest.fixture
def clerk(add_officer):
    return add_officer("jiedai", {Role.FRONT_DESK})


@pytest.fixture
def outreach(station_desk, add_officer, clerk):
    duty = add_officer("zhiban", {Role.DUTY_OFFICER}, name="孙强", sex="M")
    AccountService(station_desk).login(duty.login, duty.password)
    return OutreachService(station_desk)


def test_hotline_calls_are_flagged_late_and_logged(outreach, station_desk, clock):
    far = outreach.record_call(CallForm(T0, "城郊高速服务区", CallAction.TEAM_SENT, far=True,
                                        caller="李先生", person="一名老人，衣着单薄",
                                        team="救助一组"))
    near = outreach.record_call(CallForm(T0, "火车站南广场", CallAction.TEAM_SENT,
                                         team="救助二组",
                                         arrived_at=T0 + dt.timedelta(minutes=45)))
    advice = outreach.record_call(CallForm(T0, "电话咨询", CallAction.ADVICE))
    with pytest.raises(ArrivalBeforeCall):
        outreach.update_call(far, CallForm(T0, "城郊高速服务区", CallAction.TEAM_SENT,
                                           far=True, arrived_at=T0 - dt.timedelta(minutes=1)))
    outreach.update_call(far, CallForm(T0, "城郊高速服务区", CallAction.TEAM_SENT, far=True,
                                       team="救助一组", arrived_at=T0 + dt.timedelta(minutes=50),
                                       result="已接回站"))
    rows = {r.id: r for r in outreach.calls(T0.date(), T0.date())}
    assert (rows[far].minutes, rows[far].late) == (50, False)  # far: 60 minutes
    assert (rows[near].minutes, rows[near].late) == (45, True)  # near: 30 minutes
    assert not rows[advice].late
    log = DutyService(station_desk).current().entries
    assert sum(1 for e in log if e.kind == EntryKind.HOTLINE) == 3


def test_a_call_leads_to_an_intake(outreach, station_desk, clerk):
    call = outreach.record_call(CallForm(T0, "人民桥桥洞", CallAction.TEAM_SENT))
    AccountService(station_desk).login(clerk.login, clerk.password)
    case = IntakeService(station_desk).register(PersonForm(name="张三", sex="M", age=60),
                                                StayForm()).case_no
    outreach.link_call(call, case)
    assert outreach.calls(T0.date(), T0.date())[0].case_no == case


def test_patrols_with_contacts_and_cold_waves(outreach, station_desk, clerk):
    outreach.set_cold_wave(T0.date(), True)
    duty_login = station_desk.officer
    AccountService(station_desk).login(clerk.login, clerk.password)
    case = IntakeService(station_desk).register(PersonForm(name="王五", sex="M", age=50),
                                                StayForm()).case_no
    station_desk.officer = duty_login
    patrol = outreach.record_patrol(PatrolForm(
        T0, "救助一组：孙强、赵军", 2, "救助车 京A12345", "火车站—人民桥—中山公园",
        ("火车站", "桥洞涵洞"), contacts=(
            ContactForm("男，约 50 岁，在桥下过夜", ContactOutcome.CAME_IN, "人民桥", case),
            ContactForm("男，约 60 岁，拒绝入站", ContactOutcome.REFUSED_HELPED, "火车站",
                        follow_up="明晚再去看望"))))
    row = outreach.patrols(T0.date(), T0.date())[0]
    assert row.id == patrol and row.cold_wave and row.places == ("火车站", "桥洞涵洞")
    assert [c[3] for c in row.contacts] == ["came_in", "refused_helped"]
    assert row.contacts[0][4] == case


def test_stock_never_goes_below_zero(outreach, station_desk):
    coats = next(i for i in outreach.stock() if i.name == "棉大衣")
    assert coats.stock == 0 and coats.low
    with pytest.raises(OutOfStock) as err:
        outreach.hand_out(coats.id, 1, relief_point="火车站临时救助点")
    assert "棉大衣" in str(err.value)
    assert outreach.receive(coats.id, 30, source="市民政局调拨") == 30
    with pytest.raises(HandoutNeedsWho):
        outreach.hand_out(coats.id, 2)
    assert outreach.hand_out(coats.id, 12, relief_point="火车站临时救助点") == 18
    with pytest.raises(OutOfStock):
        outreach.hand_out(coats.id, 19, relief_point="火车站临时救助点")
    coats = next(i for i in outreach.stock() if i.name == "棉大衣")
    assert coats.stock == 18 and coats.low  # at or under the low-stock level (20)
