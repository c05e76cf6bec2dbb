"""The monthly report through the service: stays spanning months, counted from the database."""

from __future__ import annotations

import datetime as dt

import pytest

from rescue_desk.domain.departure import DepartureType
from rescue_desk.domain.errors import PermissionDenied
from rescue_desk.domain.reports import counter
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

