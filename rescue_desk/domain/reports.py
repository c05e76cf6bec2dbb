"""The monthly report (流浪乞讨人员救助情况月报表): the counting rules, written down once.

A stay counts in a month when it was *served* in that month: the person was admitted (予以救助
or 先救治后救助; refusals and hand-overs to the police are not relief) and was in the station at
some moment of the month — arrived on or before its last day and not ended before its first.
人次 counts such stays; 人数 counts the distinct people among them. Departures count in the month
in which they were completed; "still in station" counts the stays not ended at the month's end.
Days in station are whole days from the day of arrival to the day of departure, both counted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

#: Age bands of the report (years at arrival).
AGE_BANDS = (("≤6", 0, 6), ("7–18", 7, 18), ("19–59", 19, 59), ("≥60", 60, 200))
UNKNOWN = "unknown"


@dataclasses.dataclass(frozen=True)
class StayFact:
    """What the report needs of one stay (no names, no ID numbers)."""

    stay_id: int
    person_id: int
    arrived_at: dt.datetime
    ended_at: dt.datetime | None
    admitted: bool  #: outcome admit or hospital first
    sex: str
    age: int | None
    flags: frozenset[str]
    origin: str  #: "this", "other" or "unknown" (province)
    departure: str = ""  #: departure type of the completed departure, if any
    departed_at: dt.datetime | None = None
    cross_province: bool = False
    id_type: str = ""


@dataclasses.dataclass(frozen=True)
class Figure:
    """A figure and the stays behind it (every figure is traceable)."""

    value: int
    stays: tuple[int, ...]


@dataclasses.dataclass(frozen=True)
class MonthlyReport:
    first: dt.date
    last: dt.date
    visits: Figure  #: 人次
    people: int  #: 人数
    average_days: float | None  #: of the departures completed in the month
    by_sex: dict[str, Figure]
    by_age: dict[str, Figure]
    by_health: dict[str, Figure]
    by_origin: dict[str, Figure]
    by_departure: dict[str, Figure]
    special: dict[str, Figure]


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def served(fact: StayFact, first: dt.date, last: dt.date) -> bool:
    """Whether the stay counts in the month: admitted and in the station at some moment of it."""
    if not fact.admitted or fact.arrived_at.date() > last:
        return False
    return fact.ended_at is None or fact.ended_at.date() >= first


def days_in_station(arrived: dt.datetime, ended: dt.datetime) -> int:
    return (ended.date() - arrived.date()).days + 1


def age_band(age: int | None) -> str:
    if age is None:
        return UNKNOWN
    for name, low, high in AGE_BANDS:
        if low <= age <= high:
            return name
    return UNKNOWN


def health(flags: frozenset[str]) -> str:
    """One health class per stay, the gravest first: critically ill, mental disorder, disability,
    other illness (injury, suspected infectious disease), healthy."""
    if "critical" in flags:
        return "critical"
    if "mental" in flags:
        return "mental"
    if "disability" in flags:
        return "disability"
    if flags & {"injury", "infectious"}:
        return "ill"
    return "healthy"


#: Departure types of the report, from the desk's types.
DEPARTURE_ROWS = {
    "placement": "placed", "voucher": "voucher", "self": "went_home",
    "collected": "collected", "escorted": "escorted", "terminated": "ended",
    "absconded": "absconded", "death": "death", "hospital": "other",
}


def _figure(stays: list[StayFact]) -> Figure:
    return Figure(len(stays), tuple(sorted(s.stay_id for s in stays)))


def _group(stays: list[StayFact], key) -> dict[str, Figure]:
    groups: dict[str, list[StayFact]] = {}
    for stay in stays:
        groups.setdefault(key(stay), []).append(stay)
    return {name: _figure(items) for name, items in sorted(groups.items())}


def monthly(facts: list[StayFact], year: int, month: int) -> MonthlyReport:
    """The monthly report from the facts of every stay."""
    first, last = month_bounds(year, month)
    month_stays = [f for f in facts if served(f, first, last)]
    departed = [f for f in month_stays if f.departure and f.departed_at is not None
                and first <= f.departed_at.date() <= last]
    still = [f for f in month_stays if f.ended_at is None or f.ended_at.date() > last]
    by_departure = _group(departed, lambda f: DEPARTURE_ROWS.get(f.departure, "other"))
    by_departure["still_in_station"] = _figure(still)
    by_departure["escorted_cross_province"] = _figure(
        [f for f in departed if f.departure == "escorted" and f.cross_province])
    by_departure["collected_cross_province"] = _figure(
        [f for f in departed if f.departure == "collected" and f.cross_province])
    closed = [f for f in departed if f.ended_at is not None]
    average = (round(sum(days_in_station(f.arrived_at, f.ended_at) for f in closed)
                     / len(closed), 1) if closed else None)
    special = {
        "hk_macao_taiwan": _figure([f for f in month_stays
                                    if f.id_type in ("hk_macao", "taiwan")]),
        "foreigners": _figure([f for f in month_stays if f.id_type == "passport"]),
        "minors": _figure([f for f in month_stays if f.age is not None and f.age < 18]),
    }
    return MonthlyReport(
        first, last, _figure(month_stays), len({f.person_id for f in month_stays}), average,
        _group(month_stays, lambda f: f.sex if f.sex in ("M", "F") else UNKNOWN),
        _group(month_stays, lambda f: age_band(f.age)),
        _group(month_stays, lambda f: health(f.flags)),
        _group(month_stays, lambda f: f.origin),
        by_departure, special)


def counter(report: MonthlyReport) -> Counter:
    """Every figure by name, for a quick look and the tests."""
    out: Counter = Counter({"visits": report.visits.value, "people": report.people})
    for prefix, group in (("sex", report.by_sex), ("age", report.by_age),
                          ("health", report.by_health), ("origin", report.by_origin),
                          ("departure", report.by_departure), ("special", report.special)):
        for key, figure in group.items():
            out[f"{prefix}.{key}"] = figure.value
    return out
