"""Reports from what the desk knows: the facts of every stay and of the outreach work (never
names or ID numbers) fed to the counting rules of :mod:`rescue_desk.domain.reports`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator

from sqlalchemy import String, func, select, type_coerce

from rescue_desk.domain.departure import PROVINCES, DepartureState, province_of
from rescue_desk.domain.intake import Outcome, StayStatus
from rescue_desk.domain.models import (
    Bed,
    Departure,
    HotlineCall,
    Patrol,
    PatrolContact,
    Person,
    SearchNotice,
    Station,
    Stay,
    SupplyItem,
    SupplyMovement,
)
from rescue_desk.domain.outreach import CallAction, call_late, campaign_of
from rescue_desk.domain.reports import (
    CallFact,
    CampaignReport,
    ContactFact,
    HandoutFact,
    MonthlyReport,
    OccupancyDay,
    OutreachFacts,
    PatrolFact,
    StayFact,
    campaign,
    month_bounds,
    monthly,
    occupancy,
)
from rescue_desk.domain.roles import Permission
from rescue_desk.services import audit
from rescue_desk.services.desk import Desk
from rescue_desk.services.outreach import OutreachService
from rescue_desk.services.settings import SettingsService

ADMITTED = (Outcome.ADMIT.value, Outcome.HOSPITAL_FIRST.value)
#: Ids per ``IN (...)``: well under the bound-parameter limits of SQLite and PostgreSQL.
BATCH = 5000


def _batches(ids: list[int]) -> Iterator[list[int]]:
    for at in range(0, len(ids), BATCH):
        yield ids[at:at + BATCH]


def _period_stays(s, start: dt.datetime, end: dt.datetime) -> set[int]:
    """The ids of the stays in the station at some moment from ``start`` to ``end``: arrived
    before ``end`` and not ended before ``start``.

    Four queries, each a range of one index: arrived in the period; arrived before it and ended
    in it; not ended; arrived before it and ended after it (spanning the whole period). The
    first three are as large as the period. The last is read from whichever index holds fewer
    stays, counted on the index alone: those ended after the period (few for a recent period)
    or those arrived before it (few for an early one). Each stay of that side is then read to
    check its other date, so for a period in the middle of a long history it grows with the
    history (an index on stay (ended_at, arrived_at) would let it be answered from the index
    alone)."""
    ids = set(s.execute(select(Stay.id).where(
        Stay.arrived_at >= start, Stay.arrived_at < end)).scalars())
    ids.update(s.execute(select(Stay.id).where(
        Stay.ended_at >= start, Stay.ended_at < end, Stay.arrived_at < start)).scalars())
    ids.update(s.execute(select(Stay.id).where(
        Stay.ended_at.is_(None), Stay.arrived_at < start)).scalars())
    later = _count(s, Stay.ended_at >= end)
    if later and _count(s, Stay.arrived_at < start, later) < later:
        # an early period: through the arrival index (the coalesce keeps the end index out;
        # the stays not ended it lets in are already there)
        ended_after = func.coalesce(Stay.ended_at, end) >= end
    else:
        ended_after = Stay.ended_at >= end
    ids.update(s.execute(select(Stay.id).where(ended_after, Stay.arrived_at < start)).scalars())
    return ids


def _count(s, condition, cap: int | None = None) -> int:
    """How many stays meet ``condition`` (an indexed range), counting at most ``cap``."""
    chosen = select(Stay.id).where(condition)
    if cap is not None:
        chosen = chosen.limit(cap)
    return s.execute(select(func.count()).select_from(chosen.subquery())).scalar_one()


def _flags(raw: object, memo: dict[object, frozenset[str]]) -> frozenset[str]:
    """The inspection flags of a stay from its JSON column read as it is stored (text on
    SQLite, already decoded by PostgreSQL's driver); the same few lists recur, so each is
    decoded once."""
    key = raw if isinstance(raw, str) else tuple(raw or ())
    flags = memo.get(key)
    if flags is None:
        flags = memo[key] = frozenset((json.loads(raw) if isinstance(raw, str) else raw) or ())
    return flags


def _facts_of(s, ids: list[int], home: str, origins: dict[tuple[str, str], str],
              flags: dict[object, frozenset[str]]) -> list[StayFact]:
    """The facts of the stays ``ids`` from plain rows (no ORM objects: a month is thousands).
    ``origins`` and ``flags`` keep the origins and inspection flags already worked out."""
    departures: dict[int, tuple] = {}
    hospital: set[int] = set()
    placed: set[int] = set()
    completed = DepartureState.COMPLETED.value
    # by stay only: a condition on the state would let the planner pick the state index and
    # read every completed departure of the station's history
    rows = [r for r in s.execute(select(
        Departure.stay_id, Departure.kind, Departure.dest_province, Departure.completed_at,
        Departure.id, Departure.state).where(Departure.stay_id.in_(ids))) if r[5] == completed]
    rows.sort(key=lambda r: (r[3] is not None, r[3] or dt.datetime.min, r[4]))
    for d in rows:
        departures[d[0]] = d  # the last completed departure of a stay
        if d[1] == "hospital":
            hospital.add(d[0])
        elif d[1] == "placement":
            placed.add(d[0])
    supplied = set(s.execute(select(SupplyMovement.stay_id).where(
        SupplyMovement.stay_id.in_(ids), SupplyMovement.change < 0)).scalars())
    searched = set(s.execute(select(SearchNotice.stay_id).where(
        SearchNotice.stay_id.in_(ids))).scalars())
    hospital_first, in_hospital = Outcome.HOSPITAL_FIRST.value, StayStatus.IN_HOSPITAL.value
    in_care = StayStatus.IN_CARE.value
    out = []
    for (stay_id, person_id, arrived_at, ended_at, outcome, age, inspection, source, status,
         placement_at, dna_requested_at, sex, hukou_place, id_number, id_type) in s.execute(
            select(Stay.id, Stay.person_id, Stay.arrived_at, Stay.ended_at, Stay.outcome,
                   Stay.age_at_arrival, type_coerce(Stay.inspection, String), Stay.source,
                   Stay.status,
                   Stay.placement_at, Stay.dna_requested_at, Person.sex, Person.hukou_place,
                   Person.id_number, Person.id_type)
            .join(Person, Stay.person_id == Person.id).where(Stay.id.in_(ids))
            .order_by(Stay.id)):
        key = (hukou_place, id_number[:2] if id_number else "")
        origin = origins.get(key)
        if origin is None:
            origin_province = province_of(hukou_place) or PROVINCES.get(key[1], "")
            origin = origins[key] = "unknown" if not origin_province or not home else (
                "this" if origin_province == home else "other")
        d = departures.get(stay_id)
        cross = bool(d and home and d[2] and d[2] != home)
        out.append(StayFact(
            stay_id, person_id, arrived_at, ended_at, outcome in ADMITTED, sex, age,
            _flags(inspection, flags), origin, d[1] if d else "", d[3] if d else None, cross,
            id_type, source,
            medical=outcome == hospital_first or stay_id in hospital or status == in_hospital,
            placed=stay_id in placed or placement_at is not None or status == in_care,
            supplies=stay_id in supplied,
            family_search=stay_id in searched or dna_requested_at is not None))
    return out


@dataclasses.dataclass(frozen=True)
class ReportHeader:
    """The header of every exported report: reporting unit, preparer, date."""

    unit: str
    preparer: str
    made_at: dt.datetime
    is_demo: bool
    beds: int  #: beds in service now (the occupancy sheet's reference)


@dataclasses.dataclass(frozen=True)
class CampaignReports:
    """The campaign figures of a period and of the campaign from its start to the period's
    end (本期 and 累计)."""

    period: CampaignReport
    to_date: CampaignReport
    campaign_first: dt.date | None


class ReportService:
    """The station's reports (leaders on duty and administrators)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def facts(self, first: dt.date | None = None, last: dt.date | None = None
              ) -> list[StayFact]:
        """One anonymous fact per stay, in stay order: dates, sex, age, inspection flags, origin
        (this province, another, unknown), source, the completed departure and the relief given.

        With ``first`` and ``last``, only the stays in the station at some moment of those days
        (the only ones any report of the period counts), found through the indexes on arrival
        and end so that a month of a station with decades of records stays quick."""
        self.desk.require(Permission.REPORTS)
        with self.desk.db.read() as s:
            station = s.execute(select(Station)).scalar_one_or_none()
            home = PROVINCES.get((station.region_code if station else "")[:2], "")
            if first is None or last is None:
                ids = list(s.execute(select(Stay.id).order_by(Stay.id)).scalars())
            else:
                ids = sorted(_period_stays(s, dt.datetime.combine(first, dt.time()),
                                           dt.datetime.combine(last + dt.timedelta(days=1),
                                                               dt.time())))
            origins: dict[tuple[str, str], str] = {}
            flags: dict[object, frozenset[str]] = {}
            out = []
            for batch in _batches(ids):
                out += _facts_of(s, batch, home, origins, flags)
            return out

    def outreach_facts(self) -> OutreachFacts:
        """Patrols, the people met, hotline calls (late or not), handouts and cold-wave days."""
        self.desk.require(Permission.REPORTS)
        settings = SettingsService(self.desk)
        target = int(settings.get("hotline_target_minutes"))
        far_target = int(settings.get("hotline_far_minutes"))
        cold = frozenset(OutreachService(self.desk).cold_wave_days())
        now = self.desk.now()
        with self.desk.db.read() as s:
            patrols = [PatrolFact(p.id, p.day, p.staff_count, bool(p.vehicle.strip()),
                                  tuple(p.places or ()))
                       for p in s.execute(select(Patrol)).scalars()]
            days = {p.id: p.day for p in patrols}
            contacts = [ContactFact(c.id, days[c.patrol_id], c.outcome, c.stay_id)
                        for c in s.execute(select(PatrolContact)).scalars()]
            calls = [CallFact(c.id, c.called_at.date(), c.action == CallAction.TEAM_SENT.value
                              and call_late(c.called_at, c.arrived_at, far=c.far,
                                            target=target, far_target=far_target, now=now),
                              c.stay_id)
                     for c in s.execute(select(HotlineCall)).scalars()]
            handouts = [HandoutFact(m.id, m.at.date(), name, -m.change)
                        for m, name in s.execute(select(SupplyMovement, SupplyItem.name).join(
                            SupplyItem, SupplyMovement.item_id == SupplyItem.id).where(
                            SupplyMovement.change < 0))]
        return OutreachFacts(patrols, contacts, calls, handouts, cold)

    def case_numbers(self, stay_ids: Iterable[int]) -> dict[int, str]:
        """Stay id → case number of ``stay_ids``, to list the stays behind a figure (the
        screen only)."""
        self.desk.require(Permission.REPORTS)
        out: dict[int, str] = {}
        with self.desk.db.read() as s:
            for batch in _batches(list(stay_ids)):
                out.update(s.execute(select(Stay.id, Stay.case_no).where(
                    Stay.id.in_(batch))).all())
        return out

    def monthly(self, year: int, month: int) -> MonthlyReport:
        first, last = month_bounds(year, month)
        return monthly(self.facts(first, last), year, month)

    def occupancy(self, year: int, month: int) -> list[OccupancyDay]:
        """The daily occupancy sheet of a month (days after today are left out)."""
        first, last = month_bounds(year, month)
        last = min(last, self.desk.now().date())
        if last < first:
            return []
        return occupancy(self.facts(first, last), first, last)

    def campaign(self, first: dt.date, last: dt.date) -> CampaignReports:
        """The campaign figures from ``first`` to ``last`` and of the campaign so far."""
        settings = SettingsService(self.desk)
        season = campaign_of(last, str(settings.get("campaign_start")),
                             str(settings.get("campaign_end"))) or campaign_of(
            first, str(settings.get("campaign_start")), str(settings.get("campaign_end")))
        start = season[0] if season else first
        facts, outreach = self.facts(min(start, first), last), self.outreach_facts()
        return CampaignReports(campaign(facts, outreach, first, last),
                               campaign(facts, outreach, min(start, first), last),
                               season[0] if season else None)

    def header(self) -> ReportHeader:
        """Reporting unit, preparer (the officer), date, and the beds in service."""
        officer = self.desk.require(Permission.REPORTS)
        with self.desk.db.read() as s:
            station = s.execute(select(Station)).scalar_one_or_none()
            beds = s.execute(select(func.count(Bed.id)).where(
                Bed.out_of_service.is_(False))).scalar_one()
            return ReportHeader(station.name if station else "", officer.name,
                                self.desk.now(), bool(station and station.is_demo), beds)

    def note_exported(self, report: str, period: str, file_kind: str) -> None:
        """Record in the audit trail that a report was exported or printed."""
        officer = self.desk.require(Permission.REPORTS)
        with self.desk.db.write() as s:
            audit.record(s, officer, self.desk.now(), "report.export", "report",
                         f"{report}:{period}", {"report": report, "period": period,
                                                "file": file_kind})

