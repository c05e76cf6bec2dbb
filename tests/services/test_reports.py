"""The monthly report through the service: stays spanning months, counted from the database."""

from __future__ import annotations

import datetime as dt

import pytest

from rescue_desk.domain.departure import DepartureType
from rescue_desk.domain.errors import PermissionDenied
from rescue_desk.domain.reports import counter, month_bounds
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.departures import DepartureForm, DepartureService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.reports import ReportService


def test_a_stay_spanning_two_months_counts_in_both(station_desk, add_officer, admin, clock):
    clerk = add_officer("jiedai", {Role.FRONT_DESK})
    AccountService(station_desk).login(clerk.login, clerk.password)
    intake = IntakeService(station_desk)
    clock.now = dt.datetime(2026, 11, 30, 22, 0)
    case = intake.register(PersonForm(name="张三", sex="M", age=40,
                                      hukou_place="北京市朝阳区"), StayForm()).case_no
    intake.register(PersonForm(name="李四", sex="M", age=30, hukou_place="河南省周口市"),
                    StayForm())
    clock.now = dt.datetime(2026, 12, 2, 9, 0)
    DepartureService(station_desk).complete(case, DepartureForm(
        DepartureType.VOUCHER, dest_province="河南省",
        details={"carrier": "火车", "to_place": "周口"}))
    with pytest.raises(PermissionDenied):
        ReportService(station_desk).monthly(2026, 11)
    AccountService(station_desk).login(admin.login, admin.password)
    reports = ReportService(station_desk)
    nov, dec = counter(reports.monthly(2026, 11)), counter(reports.monthly(2026, 12))
    assert nov["visits"] == 2 and nov["departure.still_in_station"] == 2
    assert (nov["origin.this"], nov["origin.other"]) == (1, 1)  # the station is in Beijing
    assert dec["visits"] == 2 and dec["departure.voucher"] == 1
    assert reports.monthly(2026, 12).average_days == 3.0  # 30 Nov – 2 Dec



def test_a_month_reads_exactly_the_stays_in_the_station_during_it(station_desk, add_officer,
                                                                  admin, clock):
    """GIVEN stays at the edges of November (ended the instant before it, ended at its first
    instant, arrived before it and ended after it, arrived before it and not ended, arrived at
    its last instant, arrived the instant after it) and two more that arrived in it and left in
    January WHEN the facts and reports of November (more stays ended after it than arrived
    before it) and December (the other way round) are read THEN exactly the stays in the
    station at some moment of the month are read, and the reports equal those counted from
    every stay."""
    from rescue_desk.domain.reports import monthly

    clerk = add_officer("jiedai", {Role.FRONT_DESK})
    AccountService(station_desk).login(clerk.login, clerk.password)
    intake, departures = IntakeService(station_desk), DepartureService(station_desk)

    def arrive(name: str, at: dt.datetime) -> str:
        clock.now = at
        return intake.register(PersonForm(name=name, sex="M", age=40,
                                          hukou_place="河南省周口市"), StayForm()).case_no

    def leave(case: str, at: dt.datetime) -> None:
        clock.now = at
        departures.complete(case, DepartureForm(
            DepartureType.VOUCHER, dest_province="河南省",
            details={"carrier": "火车", "to_place": "周口"}))

    october, november, december = (dt.datetime(2026, 10, 20, 9, 0),
                                   dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 1))
    before = arrive("甲", october)
    at_start = arrive("乙", october)
    spanning = arrive("丙", october)
    open_ = arrive("丁", october)
    last_instant = arrive("戊", december - dt.timedelta(seconds=1))
    after = arrive("己", december)
    in_november = [arrive("庚", dt.datetime(2026, 11, 10, 8, 0)),
                   arrive("辛", dt.datetime(2026, 11, 15, 8, 0))]
    leave(before, november - dt.timedelta(seconds=1))
    leave(at_start, november)
    for case in (spanning, last_instant, after, *in_november):
        leave(case, dt.datetime(2027, 1, 5, 10, 0))
    AccountService(station_desk).login(admin.login, admin.password)
    reports = ReportService(station_desk)
    every = reports.facts()
    numbers = reports.case_numbers(f.stay_id for f in every)

    def read(year: int, month: int) -> set[str]:
        first, last = month_bounds(year, month)
        return {numbers[f.stay_id] for f in reports.facts(first, last)}

    assert read(2026, 11) == {at_start, spanning, open_, last_instant, *in_november}
    assert read(2026, 12) == {spanning, open_, last_instant, after, *in_november}
    assert reports.monthly(2026, 11) == monthly(every, 2026, 11)
    assert reports.monthly(2026, 12) == monthly(every, 2026, 12)
