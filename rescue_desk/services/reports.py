"""Reports from what the desk knows: the facts of every stay (never names or ID numbers) fed to
the counting rules of :mod:`rescue_desk.domain.reports`."""

from __future__ import annotations

from sqlalchemy import select

from rescue_desk.domain.departure import PROVINCES, DepartureState, province_of
from rescue_desk.domain.intake import Outcome
from rescue_desk.domain.models import Departure, Person, Station, Stay
from rescue_desk.domain.reports import MonthlyReport, StayFact, monthly
from rescue_desk.domain.roles import Permission
from rescue_desk.services.desk import Desk

ADMITTED = (Outcome.ADMIT.value, Outcome.HOSPITAL_FIRST.value)


class ReportService:
    """The station's reports."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def facts(self) -> list[StayFact]:
        """One anonymous fact per stay: dates, sex, age, inspection flags, origin (this
        province, another, unknown) and the completed departure."""
        self.desk.require(Permission.REPORTS)
        with self.desk.db.read() as s:
            station = s.execute(select(Station)).scalar_one_or_none()
            home = PROVINCES.get((station.region_code if station else "")[:2], "")
            departures = {}
            for d in s.execute(select(Departure).where(
                    Departure.state == DepartureState.COMPLETED.value)
                    .order_by(Departure.completed_at)).scalars():
                departures[d.stay_id] = d  # the last completed departure of a stay
            out = []
            for stay, person in s.execute(select(Stay, Person).join(
                    Person, Stay.person_id == Person.id)):
                origin_province = province_of(person.hukou_place) or (
                    PROVINCES.get(person.id_number[:2], "") if person.id_number else "")
                origin = "unknown" if not origin_province or not home else (
                    "this" if origin_province == home else "other")
                d = departures.get(stay.id)
                cross = bool(d and home and d.dest_province and d.dest_province != home)
                out.append(StayFact(
                    stay.id, person.id, stay.arrived_at, stay.ended_at,
                    stay.outcome in ADMITTED, person.sex, stay.age_at_arrival,
                    frozenset(stay.inspection or ()), origin,
                    d.kind if d else "", d.completed_at if d else None, cross,
                    person.id_type))
            return out

    def case_numbers(self) -> dict[int, str]:
        """Stay id → case number, to list the stays behind a figure (the screen only)."""
        self.desk.require(Permission.REPORTS)
        with self.desk.db.read() as s:
            return dict(s.execute(select(Stay.id, Stay.case_no)).all())

    def monthly(self, year: int, month: int) -> MonthlyReport:
        return monthly(self.facts(), year, month)
