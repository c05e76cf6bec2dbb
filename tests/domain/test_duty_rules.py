"""Duty rules: shifts, roster conflicts, repetition, and every stay-clock deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from rescue_desk.domain.duty import (
    DEFAULT_PATTERNS,
    Clock,
    ConflictKind,
    Slot,
    StayFacts,
    add_months,
    add_working_days,
    conflicts,
    limited,
    repeat_week,
    shift_at,
    stay_deadlines,
)
from rescue_desk.domain.intake import Inspection

MON = dt.date(2026, 11, 23)


def test_the_night_shift_owns_the_early_morning():
    day, pattern = shift_at(DEFAULT_PATTERNS, dt.datetime(2026, 11, 28, 3, 0))
    assert (day, pattern.code) == (dt.date(2026, 11, 27), "night")
    day, pattern = shift_at(DEFAULT_PATTERNS, dt.datetime(2026, 11, 28, 8, 0))
    assert (day, pattern.code) == (dt.date(2026, 11, 28), "day")
    assert pattern.times(day)[1] == dt.datetime(2026, 11, 28, 20, 0)


def test_roster_conflicts():
    slots = [Slot(MON, "day", "leader", "zhou"), Slot(MON, "night", "leader", "zhou"),
             Slot(MON, "day", "reception", "li"), Slot(MON, "day", "security", "li"),
             Slot(MON + dt.timedelta(days=1), "day", "reception", "wang"),
             Slot(MON, "night", "reception", "wang")]
    found = conflicts(slots, DEFAULT_PATTERNS, [MON, MON + dt.timedelta(days=1)], 8)
    kinds = {(c.kind, c.login, c.day, c.shift) for c in found}
    assert (ConflictKind.TWO_PLACES, "li", MON, "day") in kinds
    # zhou: day 08–20 then night 20–08: no rest at all
    assert (ConflictKind.SHORT_REST, "zhou", MON, "night") in kinds
    # wang: night until 08:00 Tuesday, day from 08:00 Tuesday
    assert (ConflictKind.SHORT_REST, "wang", MON + dt.timedelta(days=1), "day") in kinds
    assert (ConflictKind.NO_LEADER, "", MON + dt.timedelta(days=1), "day") in kinds
    assert (ConflictKind.NO_LEADER, "", MON, "day") not in kinds
    rest = next(c for c in found if c.kind == ConflictKind.SHORT_REST and c.login == "zhou")
    assert rest.hours == 0


def test_repeating_a_week():
    week = [Slot(MON + dt.timedelta(days=d), "day", "reception", "li") for d in range(7)]
    copies = repeat_week(week + [Slot(MON - dt.timedelta(days=1), "day", "x", "y")], MON, 3)
    assert len(copies) == 21
    assert copies[0].day == MON + dt.timedelta(days=7)
    assert copies[-1].day == MON + dt.timedelta(days=27)


def test_working_days_skip_weekends():
    friday = dt.datetime(2026, 11, 27, 10, 0)
    assert add_working_days(friday, 1) == dt.datetime(2026, 11, 30, 10, 0)  # Monday
    assert add_working_days(friday, 7) == dt.datetime(2026, 12, 8, 10, 0)
    assert add_months(dt.datetime(2026, 1, 31, 9), 1) == dt.datetime(2026, 2, 28, 9)
    assert add_months(dt.datetime(2026, 11, 28, 9), 3) == dt.datetime(2027, 2, 28, 9)


ARRIVED = dt.datetime(2026, 11, 27, 10, 0)  # a Friday


@pytest.mark.parametrize(("facts", "expected"), [
    (StayFacts(ARRIVED, 40, frozenset(), False), {Clock.STAY_LIMIT: ARRIVED + dt.timedelta(10)}),
    (StayFacts(ARRIVED, 40, frozenset(), False, extension_days=5),
     {Clock.STAY_LIMIT: ARRIVED + dt.timedelta(15)}),
    (StayFacts(ARRIVED, 15, frozenset(), False), {}),
    (StayFacts(ARRIVED, 40, frozenset({Inspection.MENTAL}), False), {}),
    (StayFacts(ARRIVED, None, frozenset(), True), {
        Clock.SEARCH_NOTICE: ARRIVED + dt.timedelta(hours=24),
        Clock.DNA_REQUEST: dt.datetime(2026, 12, 8, 10, 0),
        Clock.NOTICE_UPDATE: dt.datetime(2026, 12, 27, 10, 0),
        Clock.LONG_TERM: dt.datetime(2027, 2, 27, 10, 0)}),
])
def test_every_clock_deadline(facts, expected):
    found = {d.clock: d.due for d in stay_deadlines(facts, 10)}
    for clock, due in expected.items():
        assert found[clock] == due
    assert set(found) >= set(expected)
    assert (Clock.STAY_LIMIT in found) == limited(facts)


def test_deadlines_are_done_when_recorded():
    notice = ARRIVED + dt.timedelta(hours=20)
    facts = StayFacts(ARRIVED, 30, frozenset(), True, notice_at=notice)
    deadlines = {d.clock: d for d in stay_deadlines(facts, 10)}
    now = ARRIVED + dt.timedelta(days=2)
    assert not deadlines[Clock.SEARCH_NOTICE].overdue(now)
    assert deadlines[Clock.SEARCH_NOTICE].done == notice
    assert not deadlines[Clock.DNA_REQUEST].overdue(now)
    assert deadlines[Clock.DNA_REQUEST].overdue(dt.datetime(2026, 12, 9))
