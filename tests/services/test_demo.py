"""The demo station, made through the program's own services."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from rescue_desk.domain.errors import NotLoggedIn
from rescue_desk.domain.models import AuditEvent, User
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import (
    DEMO_PASSWORD,
    DEMO_STATION,
    STAFF,
    DemoSummary,
    fill_demo,
)
from rescue_desk.services.maintenance import check


def officer_count(desk) -> int:
    with desk.db.read() as s:
        return s.execute(select(func.count(User.id))).scalar_one()


@pytest.fixture
def summary(demo_station) -> DemoSummary:
    """What fill_demo said when it made the demo station."""
    return demo_station[1]


def test_demo_on_an_empty_database_makes_a_demo_station(demo_station_desk, summary):
    """GIVEN an empty database WHEN the demo is filled THEN a demo station exists by its demo
    name."""
    info = AccountService(demo_station_desk).station()
    assert (info.name, info.is_demo) == (DEMO_STATION, True)
    assert summary.station == DEMO_STATION


def test_demo_station_has_a_full_staff(demo_station_desk, summary):
    """GIVEN an empty database WHEN the demo is filled THEN there are 12 or more officers besides
    the administrator, and the summary counts those added."""
    assert officer_count(demo_station_desk) >= 13
    assert summary.officers_added == len(STAFF) >= 12


def test_demo_officers_log_in_with_the_demo_password(demo_station_desk):
    """GIVEN a demo station WHEN a front-desk officer logs in with the demo password THEN it
    works."""
    assert AccountService(demo_station_desk).login("jiedai1", DEMO_PASSWORD).login == "jiedai1"


def test_demo_station_passes_the_check(demo_station_desk):
    """GIVEN a demo station WHEN it is checked THEN nothing is wrong."""
    assert check(demo_station_desk.db) == []


def test_demo_filled_again_adds_no_one(demo_station_desk):
    """GIVEN a demo station WHEN the demo is filled again (as its administrator) THEN nobody is
    added twice."""
    AccountService(demo_station_desk).login("admin", DEMO_PASSWORD)
    count = officer_count(demo_station_desk)
    assert fill_demo(demo_station_desk, seed=3).officers_added == 0
    assert officer_count(demo_station_desk) == count


def test_demo_on_a_set_up_station_marks_it_as_demo(station_desk):
    """GIVEN a real station with its administrator logged in WHEN the demo is filled THEN the
    station is marked demo (audited), keeps its name, gains the staff, and passes the check."""
    summary = fill_demo(station_desk, seed=3)
    info = AccountService(station_desk).station()
    assert (info.name, info.is_demo) == ("北京市朝阳区救助管理站", True)
    assert summary.officers_added == len(STAFF)
    with station_desk.db.read() as s:
        actions = list(s.execute(select(AuditEvent.action)).scalars())
    assert "station.demo" in actions
    assert check(station_desk.db) == []


def test_demo_on_a_set_up_station_needs_an_administrator(station_desk):
    """GIVEN a real station and nobody logged in WHEN the demo is filled THEN NotLoggedIn, and no
    officer is added."""
    station_desk.officer = None
    with pytest.raises(NotLoggedIn):
        fill_demo(station_desk)
    assert officer_count(station_desk) == 1


def test_demo_people_checks_and_custody_never_happen_after_now(desk, clock):
    """GIVEN a demo with people WHEN it is made THEN stays, checks and custody movements exist
    and none is dated after the desk's clock."""
    from sqlalchemy import func, select

    from rescue_desk.domain.models import CustodyMovement, SecurityCheck, Stay

    summary = fill_demo(desk, people=40, seed=11)
    assert summary.stays_registered == 40
    with desk.db.read() as s:
        latest = max(
            s.execute(select(func.max(Stay.arrived_at))).scalar_one(),
            s.execute(select(func.max(SecurityCheck.checked_at))).scalar_one(),
            s.execute(select(func.max(CustodyMovement.at))).scalar_one(),
        )
        assert s.execute(select(func.count(CustodyMovement.id))).scalar_one() > 0
    assert latest <= clock.now


def test_demo_places_people_by_the_rules_with_holds_moves_and_broken_beds(desk, clock):
    """GIVEN a demo with people WHEN it is made THEN the people in the station sleep in beds the
    rules allow, some moved once, and some beds are held or out of service."""
    from rescue_desk.domain.beds import BedState
    from rescue_desk.domain.models import BedAssignment
    from rescue_desk.services.beds import BedService

    fill_demo(desk, people=40, seed=11)
    board = BedService(desk).board()
    occupied = [b for b in board.beds if b.state == BedState.OCCUPIED]
    assert len(occupied) > 10
    assert all(not b.breaches for b in occupied)
    assert board.count(BedState.HELD) == 2 and board.count(BedState.OUT_OF_SERVICE) == 2
    with desk.db.read() as s:
        ended = s.execute(select(func.count(BedAssignment.id))
                          .where(BedAssignment.end_reason == "moved")).scalar_one()
        latest = s.execute(select(func.max(BedAssignment.start_at))).scalar_one()
    assert ended >= 1
    assert latest <= clock.now


def test_demo_departures_cover_every_type_with_follow_ups_and_unclaimed_items(desk, clock):
    """GIVEN a demo with people WHEN it is made THEN stays ended by every departure type,
    some follow-up calls are pending, some are in preparation, and belongings left behind
    long enough ago are due for disposal."""
    from rescue_desk.domain.departure import DepartureType
    from rescue_desk.domain.models import Departure
    from rescue_desk.services.custody import CustodyService
    from rescue_desk.services.departures import DepartureService

    fill_demo(desk, people=120, seed=5)
    AccountService(desk).login("admin", DEMO_PASSWORD)
    with desk.db.read() as s:
        kinds = set(s.execute(select(Departure.kind).where(Departure.state == "completed"))
                    .scalars())
    assert kinds == {k.value for k in DepartureType}
    lists = DepartureService(desk).lists()
    assert lists["preparing"] and lists["follow_up"]
    assert CustodyService(desk).due_for_disposal()
    assert check(desk.db) == []


def test_demo_has_hotline_calls_patrols_and_supplies_in_the_campaign(desk, clock):
    """GIVEN a demo WHEN it is made THEN the winter campaign so far has hotline calls (some
    leading to an intake), patrols with people met, and supplies received and handed out."""
    import datetime as dt

    from rescue_desk.services.outreach import OutreachService

    fill_demo(desk, people=60, seed=4)
    AccountService(desk).login("admin", DEMO_PASSWORD)
    outreach = OutreachService(desk)
    today = clock().date()
    calls = outreach.calls(today - dt.timedelta(days=30), today)
    patrols = outreach.patrols(today - dt.timedelta(days=30), today)
    assert calls and patrols and any(p.contacts for p in patrols)
    stock = outreach.stock()
    assert all(item.stock >= 0 for item in stock) and any(item.stock for item in stock)
    assert check(desk.db) == []
