"""The demo's outreach through a whole winter: the previous campaign replayed in full (patrols,
hotline calls, supplies, cold spells) besides the current campaign so far."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import select

from rescue_desk.domain.models import PatrolContact, Shift, SupplyMovement
from rescue_desk.domain.outreach import CallAction, ContactOutcome
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD, _previous_campaign, fill_demo
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import check, open_database
from rescue_desk.services.outreach import OutreachService
from tests.conftest import START, Clock


def months(first: dt.date, last: dt.date) -> set[tuple[int, int]]:
    """Every (year, month) from ``first`` to ``last``."""
    out, day = set(), first
    while day <= last:
        out.add((day.year, day.month))
        day += dt.timedelta(days=1)
    return out


def make_demo(url: str, now: dt.datetime, people: int) -> Desk:
    """A demo station filled at ``now`` in the empty database ``url``, with its administrator
    logged in."""
    desk = Desk(open_database(url), clock=Clock(now))
    fill_demo(desk, people=people, seed=7)
    AccountService(desk).login("admin", DEMO_PASSWORD)
    return desk


@pytest.fixture(scope="module")
def winter_desk(databases, migrated_template):
    """A demo of 30 people made at START (two weeks into the 2026/27 campaign), made once."""
    desks = []
    databases.template("winter", lambda url: desks.append(make_demo(url, START, 30)),
                       base=migrated_template)
    yield desks[0]
    desks[0].db.dispose()


@pytest.fixture(scope="module")
def previous(winter_desk) -> tuple[dt.date, dt.date]:
    """The previous campaign by the station's rules (the same start date a year earlier)."""
    current = OutreachService(winter_desk).campaign(START.date())
    return OutreachService(winter_desk).campaign(current[0].replace(year=current[0].year - 1))


def test_the_previous_campaign_is_the_last_whole_one(winter_desk, previous):
    """GIVEN the default rules (11-15 to 03-15) WHEN the previous campaign is asked for, in a
    campaign or out of season THEN it is the last whole campaign before today's, or the last
    one that ended."""
    assert previous == (dt.date(2025, 11, 15), dt.date(2026, 3, 15))
    assert _previous_campaign(winter_desk, START.date()) == previous
    assert _previous_campaign(winter_desk, dt.date(2026, 11, 15)) == previous
    assert _previous_campaign(winter_desk, dt.date(2026, 7, 1)) == previous
    assert _previous_campaign(winter_desk, dt.date(2026, 3, 16)) == previous
    assert _previous_campaign(winter_desk, dt.date(2026, 3, 15)) == (
        dt.date(2024, 11, 15), dt.date(2025, 3, 15))


def test_the_previous_winter_has_patrols_three_days_a_week(winter_desk, previous):
    """GIVEN a demo WHEN the previous campaign is read THEN most of its whole weeks have patrols
    on at least three days, every cold-wave day of it has a patrol, and some were on cold
    days."""
    first, last = previous
    outreach = OutreachService(winter_desk)
    patrols = outreach.patrols(first, last)
    days_by_week: dict[dt.date, set[dt.date]] = defaultdict(set)
    for p in patrols:
        days_by_week[p.day - dt.timedelta(days=p.day.weekday())].add(p.day)
    monday = first + dt.timedelta(days=-first.weekday() % 7)
    weeks = []
    while monday + dt.timedelta(days=6) <= last:
        weeks.append(len(days_by_week[monday]))
        monday += dt.timedelta(days=7)
    assert len(weeks) >= 15
    assert sum(n >= 3 for n in weeks) >= 0.8 * len(weeks)
    cold = {d for d in outreach.cold_wave_days() if first <= d <= last}
    assert cold, "the previous winter has cold-wave days"
    assert 0.05 <= len(cold) / ((last - first).days + 1) <= 0.3
    assert cold <= {p.day for p in patrols}
    assert any(p.cold_wave for p in patrols)


def test_the_previous_winter_has_calls_every_month_without_stays(winter_desk, previous):
    """GIVEN a demo WHEN the previous campaign's calls and patrol contacts are read THEN there
    are calls in every month, none leads to a stay (nobody of that winter is still on file),
    and nobody met came in."""
    first, last = previous
    outreach = OutreachService(winter_desk)
    calls = outreach.calls(first, last)
    assert {(c.called_at.year, c.called_at.month) for c in calls} == months(first, last)
    assert all(not c.case_no for c in calls)
    assert {c.action for c in calls} <= {CallAction.ADVICE, CallAction.TEAM_SENT,
                                         CallAction.POLICE, CallAction.AMBULANCE}
    assert {CallAction.TEAM_SENT, CallAction.ADVICE} <= {c.action for c in calls}
    assert all(c.arrived_at for c in calls if c.action == CallAction.TEAM_SENT)
    contacts = [c for p in outreach.patrols(first, last) for c in p.contacts]
    assert contacts
    outcomes = {c[3] for c in contacts}
    assert ContactOutcome.CAME_IN.value not in outcomes
    assert ContactOutcome.REFUSED_HELPED.value in outcomes
    assert all(not c[4] for c in contacts)


def test_the_previous_winter_hands_out_supplies_every_month_and_restocks(winter_desk, previous):
    """GIVEN a demo WHEN the previous campaign's supplies are read THEN stock came in at its
    start and again later, supplies went out every month to people met on patrols and to
    relief points, and no stock was ever below zero."""
    first, last = previous
    begin = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last, dt.time.max)
    with winter_desk.db.read() as s:
        moves = s.execute(select(SupplyMovement.at, SupplyMovement.change,
                                 SupplyMovement.contact_id, SupplyMovement.relief_point)
                          .where(SupplyMovement.at >= begin, SupplyMovement.at <= end)).all()
        every_stock = list(s.execute(select(SupplyMovement.stock_after)).scalars())
        contact_ids = set(s.execute(select(PatrolContact.id)).scalars())
    received = [m for m in moves if m.change > 0]
    out = [m for m in moves if m.change < 0]
    assert {m.at.date() for m in received if m.at.date() == first}
    assert {m.at.date() for m in received if m.at.date() > first + dt.timedelta(days=30)}
    assert {(m.at.year, m.at.month) for m in out} == months(first, last)
    assert any(m.contact_id in contact_ids for m in out)
    assert any(m.relief_point for m in out)
    assert min(every_stock) >= 0
    assert all(item.stock >= 0 for item in OutreachService(winter_desk).stock())


def test_the_current_campaign_so_far_still_has_patrols(winter_desk):
    """GIVEN a demo made two weeks into a campaign WHEN its patrols are read THEN there are
    some, and the shifts the old calls opened are all closed; the audit trail is whole."""
    outreach = OutreachService(winter_desk)
    first, _last = outreach.campaign(START.date())
    assert outreach.patrols(first, START.date())
    assert outreach.calls(first, START.date())
    with winter_desk.db.read() as s:
        states = set(s.execute(select(Shift.state).where(
            Shift.end_at < dt.datetime.combine(first, dt.time.min))).scalars())
    assert states == {"locked"}
    assert check(winter_desk.db) == []


def test_out_of_season_the_demo_replays_the_last_campaign(new_database, migrated_template):
    """GIVEN a demo made in April (out of season) WHEN its outreach is read THEN the campaign
    that ended in March is there in full, and the last two weeks' patrols come after it."""
    now = dt.datetime(2026, 4, 10, 10, 0)
    desk = make_demo(new_database(migrated_template), now, 10)
    try:
        outreach = OutreachService(desk)
        first, last = dt.date(2025, 11, 15), dt.date(2026, 3, 15)
        patrols = outreach.patrols(first, last)
        assert {(p.day.year, p.day.month) for p in patrols} == months(first, last)
        assert {(c.called_at.year, c.called_at.month)
                for c in outreach.calls(first, last)} == months(first, last)
        recent = outreach.patrols(last + dt.timedelta(days=1), now.date())
        assert recent
        assert all(p.day >= now.date() - dt.timedelta(days=14) for p in recent)
        assert check(desk.db) == []
    finally:
        desk.db.dispose()


def test_reports_of_a_period_read_only_its_stays_and_agree_with_all(winter_desk):
    """GIVEN the demo station (stays over 90 days, some spanning months) WHEN a month's report,
    occupancy sheet and campaign week are made from the stays of that period only THEN they
    equal the same reports counted from every stay, and fewer stays were read."""
    from rescue_desk.domain.reports import campaign, month_bounds, monthly, occupancy
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.demo import DEMO_PASSWORD
    from rescue_desk.services.reports import ReportService

    AccountService(winter_desk).login("admin", DEMO_PASSWORD)
    reports = ReportService(winter_desk)
    every = reports.facts()
    today = winter_desk.now().date()
    months = sorted({(f.arrived_at.year, f.arrived_at.month) for f in every})
    assert len(months) >= 3
    for year, month in months:
        first, last = month_bounds(year, month)
        period = reports.facts(first, last)
        assert len(period) < len(every)
        assert reports.monthly(year, month) == monthly(every, year, month)
        assert reports.occupancy(year, month) == occupancy(
            every, first, min(last, today)) or last > today
    week = reports.campaign(today - dt.timedelta(days=6), today)
    outreach = reports.outreach_facts()
    assert week.period == campaign(every, outreach, today - dt.timedelta(days=6), today)
