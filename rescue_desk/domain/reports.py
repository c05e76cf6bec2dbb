"""The monthly report (流浪乞讨人员救助情况月报表): the counting rules, written down once.

A stay counts in a month when it was *served* in that month: the person was admitted (予以救助
or 先救治后救助; refusals and hand-overs to the police are not relief) and was in the station at
some moment of the month — arrived on or before its last day and not ended before its first.
人次 counts such stays; 人数 counts the distinct people among them. Departures count in the month
in which they were completed; "still in station" counts the stays not ended at the month's end.
Days in station are whole days from the day of arrival to the day of departure, both counted.

Relief types are not exclusive (one stay may count in several): every served stay had living
support (board and bed); *medical* when it began with treatment (先救治后救助) or went to
hospital; *return home* when it ended in the month with a travel voucher, an escort or a
collection; *temporary placement* when the person was placed (in care or a placement
departure); *other* when supplies (coats, quilts, food) were handed to it.

Special groups come from the intake's initial check (trafficking, domestic violence, a
left-behind child) and the ID document (Hong Kong/Macao/Taiwan, foreigners); minors are served
stays under 18 at arrival.

The daily occupancy sheet counts, for each day, the stays in the station at its start (00:00)
and end (24:00), the arrivals (admitted) and the departures (stays ended) of the day.

The winter campaign report counts over a period (a week Monday–Sunday, or a month): the patrols
with their staff and vehicle trips, the key places covered, people met, people brought in (stays
that arrived in the period through a patrol or a hotline call), people helped where they were
(refused to come in, given supplies), supplies handed out, hotline calls (and those answered
late), escorted home (escort departures completed in the period) and families found (stays
with a family-search notice or a DNA request that went home with the family in the period).
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
    source: str = ""  #: how the person came (intake source)
    medical: bool = False  #: began with treatment or went to hospital
    placed: bool = False  #: placed in care or by a placement departure
    supplies: bool = False  #: supplies were handed to the stay
    family_search: bool = False  #: a family-search notice or a DNA request was made


@dataclasses.dataclass(frozen=True)
class Figure:
    """A figure and the stays behind it (every figure is traceable)."""

    value: int
    stays: tuple[int, ...]
    #: other records behind the figure when it counts no stays (patrols, calls, handouts), as
    #: "YYYY-MM-DD #id" labels
    refs: tuple[str, ...] = ()


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
    by_relief: dict[str, Figure] = dataclasses.field(default_factory=dict)
    by_source: dict[str, Figure] = dataclasses.field(default_factory=dict)  #: arrivals


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
    """One health class per stay, the gravest first: critically ill, mental disorder, dementia or
    intellectual disability, physical disability, other illness (injury, suspected infectious
    disease), healthy."""
    if "critical" in flags:
        return "critical"
    if "mental" in flags:
        return "mental"
    if "dementia" in flags:
        return "dementia"
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


#: Departures that are relief of the "return home" type.
RETURN_HOME = frozenset({"voucher", "escorted", "collected"})


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
    relief = {
        "living": _figure(month_stays),
        "medical": _figure([f for f in month_stays if f.medical]),
        "return_home": _figure([f for f in departed if f.departure in RETURN_HOME]),
        "placement": _figure([f for f in month_stays if f.placed]),
        "other_relief": _figure([f for f in month_stays if f.supplies]),
    }
    arrivals = [f for f in month_stays if first <= f.arrived_at.date() <= last]
    special = {
        "trafficking": _figure([f for f in month_stays if "trafficking" in f.flags]),
        "domestic_violence": _figure([f for f in month_stays
                                      if "domestic_violence" in f.flags]),
        "left_behind": _figure([f for f in month_stays if "left_behind" in f.flags]),
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
        by_departure, special, relief,
        _group(arrivals, lambda f: f.source or UNKNOWN))


def counter(report: MonthlyReport) -> Counter:
    """Every figure by name, for a quick look and the tests."""
    out: Counter = Counter({"visits": report.visits.value, "people": report.people})
    for prefix, group in (("sex", report.by_sex), ("age", report.by_age),
                          ("health", report.by_health), ("origin", report.by_origin),
                          ("departure", report.by_departure), ("special", report.special),
                          ("relief", report.by_relief), ("source", report.by_source)):
        for key, figure in group.items():
            out[f"{prefix}.{key}"] = figure.value
    return out


# --- the daily occupancy sheet -------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class OccupancyDay:
    day: dt.date
    at_start: int  #: in the station at 00:00
    arrivals: Figure
    departures: Figure
    at_end: Figure  #: in the station at 24:00


def present(fact: StayFact, moment: dt.datetime) -> bool:
    """Whether an admitted stay was in the station at ``moment``."""
    return (fact.admitted and fact.arrived_at <= moment
            and (fact.ended_at is None or fact.ended_at > moment))


def occupancy(facts: list[StayFact], first: dt.date, last: dt.date) -> list[OccupancyDay]:
    """One row per day from ``first`` to ``last``."""
    admitted = [f for f in facts if f.admitted and f.arrived_at.date() <= last
                and (f.ended_at is None or f.ended_at.date() >= first)]
    out = []
    day = first
    while day <= last:
        start = dt.datetime.combine(day, dt.time())
        end = start + dt.timedelta(days=1)
        out.append(OccupancyDay(
            day, sum(1 for f in admitted if present(f, start)),
            _figure([f for f in admitted if f.arrived_at.date() == day]),
            _figure([f for f in admitted if f.ended_at is not None
                     and f.ended_at.date() == day]),
            _figure([f for f in admitted if present(f, end)])))
        day += dt.timedelta(days=1)
    return out


# --- the winter campaign report ------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class PatrolFact:
    id: int
    day: dt.date
    staff: int
    vehicle: bool
    places: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class ContactFact:
    id: int
    day: dt.date
    outcome: str  #: ContactOutcome value
    stay_id: int | None


@dataclasses.dataclass(frozen=True)
class CallFact:
    id: int
    day: dt.date
    late: bool  #: answered after its target
    stay_id: int | None


@dataclasses.dataclass(frozen=True)
class HandoutFact:
    id: int
    day: dt.date
    item: str
    count: int


@dataclasses.dataclass(frozen=True)
class OutreachFacts:
    patrols: list[PatrolFact]
    contacts: list[ContactFact]
    calls: list[CallFact]
    handouts: list[HandoutFact]
    cold_days: frozenset[dt.date]


#: The rows of the campaign report, in order.
CAMPAIGN_ROWS = ("patrols", "staff_trips", "vehicle_trips", "places", "cold_days",
                 "people_found", "brought_in", "helped_outside", "referred", "calls",
                 "calls_late", "admitted", "escorted_home", "families_found")


@dataclasses.dataclass(frozen=True)
class CampaignReport:
    first: dt.date
    last: dt.date
    figures: dict[str, Figure]  #: CAMPAIGN_ROWS
    supplies: dict[str, Figure]  #: item name → handed out


def _refs(records) -> tuple[str, ...]:
    return tuple(f"{r.day.isoformat()} #{r.id}" for r in sorted(records,
                                                                  key=lambda r: (r.day, r.id)))


def _counted(records, value: int | None = None) -> Figure:
    return Figure(len(records) if value is None else value, (), _refs(records))


def campaign(facts: list[StayFact], outreach: OutreachFacts, first: dt.date,
             last: dt.date) -> CampaignReport:
    """The winter campaign figures from ``first`` to ``last`` (both included)."""
    def within(day: dt.date) -> bool:
        return first <= day <= last

    patrols = [p for p in outreach.patrols if within(p.day)]
    contacts = [c for c in outreach.contacts if within(c.day)]
    calls = [c for c in outreach.calls if within(c.day)]
    handouts = [h for h in outreach.handouts if within(h.day)]
    arrived = [f for f in facts if f.admitted and within(f.arrived_at.date())]
    linked = {c.stay_id for c in contacts if c.stay_id} | {c.stay_id for c in calls
                                                             if c.stay_id}
    brought = [f for f in arrived if f.source in ("street_patrol", "hotline")
               or f.stay_id in linked]
    departed = [f for f in facts if f.departed_at is not None and within(f.departed_at.date())]
    places = sorted({place for p in patrols for place in p.places})
    figures = {
        "patrols": _counted(patrols),
        "staff_trips": _counted(patrols, sum(p.staff for p in patrols)),
        "vehicle_trips": _counted([p for p in patrols if p.vehicle]),
        "places": Figure(len(places), (), tuple(places)),
        "cold_days": Figure(sum(1 for d in outreach.cold_days if within(d)), (),
                            tuple(d.isoformat() for d in sorted(outreach.cold_days)
                                  if within(d))),
        "people_found": _counted(contacts),
        "brought_in": _figure(brought),
        "helped_outside": _counted([c for c in contacts if c.outcome == "refused_helped"]),
        "referred": _counted([c for c in contacts if c.outcome == "referred"]),
        "calls": _counted(calls),
        "calls_late": _counted([c for c in calls if c.late]),
        "admitted": _figure(arrived),
        "escorted_home": _figure([f for f in departed if f.departure == "escorted"]),
        "families_found": _figure([f for f in departed if f.family_search
                                   and f.departure in RETURN_HOME]),
    }
    supplies: dict[str, list[HandoutFact]] = {}
    for h in handouts:
        supplies.setdefault(h.item, []).append(h)
    return CampaignReport(first, last, figures, {
        item: _counted(rows, sum(h.count for h in rows)) for item, rows in sorted(
            supplies.items())})


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The week (Monday to Sunday) that ``day`` falls in."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


# --- the form's layout: every row in the template's order, zeros included ------------------

#: Sections of the monthly form and their rows (keys of the report's groups).
MONTHLY_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("total", ("visits", "people")),
    ("sex", ("M", "F", UNKNOWN)),
    ("age", tuple(name for name, _low, _high in AGE_BANDS) + (UNKNOWN,)),
    ("health", ("healthy", "critical", "mental", "dementia", "disability", "ill")),
    ("origin", ("this", "other", UNKNOWN)),
    ("departure", ("placed", "voucher", "went_home", "collected", "collected_cross_province",
                   "escorted", "escorted_cross_province", "ended", "absconded", "death",
                   "other", "still_in_station")),
    ("relief", ("living", "medical", "return_home", "placement", "other_relief")),
    ("special", ("trafficking", "domestic_violence", "left_behind", "hk_macao_taiwan",
                 "foreigners", "minors")),
)

#: Sources of arrivals in the order of the intake form.
SOURCES = ("walk_in", "police", "city_management", "street_patrol", "hotline", "hospital",
           "other_station", "other")


def monthly_lines(report: MonthlyReport) -> list[tuple[str, str, Figure]]:
    """(section, row, figure) for every row of the monthly form, zeros included."""
    groups = {"sex": report.by_sex, "age": report.by_age, "health": report.by_health,
              "origin": report.by_origin, "departure": report.by_departure,
              "relief": report.by_relief, "special": report.special}
    people = Figure(report.people, report.visits.stays)
    out = []
    for section, rows in MONTHLY_SECTIONS:
        for row in rows:
            if section == "total":
                figure = report.visits if row == "visits" else people
            else:
                figure = groups[section].get(row, Figure(0, ()))
            out.append((section, row, figure))
    return out


def campaign_lines(period: CampaignReport,
                   to_date: CampaignReport) -> list[tuple[str, Figure, Figure]]:
    """(row, this period, campaign so far) for every row of the campaign form; supplies as
    ``supply:<item>`` rows."""
    empty = Figure(0, ())
    out = [(row, period.figures[row], to_date.figures[row]) for row in CAMPAIGN_ROWS]
    for item in sorted(set(period.supplies) | set(to_date.supplies)):
        out.append((f"supply:{item}", period.supplies.get(item, empty),
                    to_date.supplies.get(item, empty)))
    return out


#: The departure rows of the chart (the completed departures, without the "of which" rows).
DEPARTURE_CHART = ("placed", "voucher", "went_home", "collected", "escorted", "ended",
                   "absconded", "death", "other")


def arrivals_by_source(report: MonthlyReport) -> list[tuple[str, Figure]]:
    """(source, figure) of the month's arrivals in the intake form's order."""
    return [(key, report.by_source[key]) for key in (*SOURCES, UNKNOWN)
            if key in report.by_source]


def departures_by_type(report: MonthlyReport) -> list[tuple[str, Figure]]:
    """(row, figure) of the month's departures in the form's order."""
    return [(key, report.by_departure[key]) for key in DEPARTURE_CHART
            if key in report.by_departure]
