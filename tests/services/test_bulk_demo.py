"""The big demo's history, written in bulk: what the services would have written, and sound."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rescue_desk.domain.audit import canonical_json
from rescue_desk.domain.departure import REQUIRED_TO_COMPLETE, TYPE_FIELDS, DepartureType
from rescue_desk.domain.intake import case_number
from rescue_desk.domain.models import (
    AuditEvent,
    Bag,
    BedAssignment,
    Counter,
    Departure,
    Person,
    PersonKey,
    Stay,
    StoredItem,
)
from rescue_desk.services import bulk_demo, demo
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.beds import BedService
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import Decisions, IntakeService, _keys_for
from rescue_desk.services.maintenance import check, open_database
from rescue_desk.services.reports import ReportService
from rescue_desk.services.search import SearchService
from tests.conftest import START, Clock, copy_database, sqlite_url

#: The history ends eleven days before the tests' clock, as the big demo's does.
UNTIL = START - dt.timedelta(days=11)
PEOPLE = 2000


def _station(file: Path) -> Desk:
    """A demo station (staff, the medium layout) on ``file``, its administrator logged in."""
    desk = Desk(open_database(sqlite_url(file)), clock=Clock(START))
    demo.set_up_station(desk, random.Random(1))
    BedService(desk).apply_template("medium")
    return desk


@pytest.fixture(scope="session")
def history(tmp_path_factory, migrated_db_file):
    """A station with 2,000 people of history written in bulk, once; the file, what
    ``write_history`` said, and the audit head before it."""
    file = copy_database(migrated_db_file, tmp_path_factory.mktemp("bulk") / "bulk.db")
    desk = _station(file)
    with desk.db.read() as s:
        before = s.execute(select(AuditEvent.id, AuditEvent.hash).order_by(
            AuditEvent.id.desc()).limit(1)).one()
    summary = bulk_demo.write_history(desk, people=PEOPLE, until=UNTIL, seed=5, coming_back=9)
    desk.db.dispose()
    return file, summary, before


@pytest.fixture
def bulk_desk(history, tmp_path):
    """A desk on this test's copy of the history, its administrator logged in."""
    file = copy_database(history[0], tmp_path / "bulk.db")
    desk = Desk(open_database(sqlite_url(file)), clock=Clock(START))
    AccountService(desk).login("admin", demo.DEMO_PASSWORD)
    yield desk
    desk.db.dispose()


def _count(desk: Desk, query) -> int:
    with desk.db.read() as s:
        return s.execute(query).scalar_one()


def test_history_has_the_people_and_about_one_and_a_half_stays_each(bulk_desk, history):
    """GIVEN 2,000 people asked for WHEN the history is written THEN there are exactly 2,000
    people (each with a stay) and 3,000 stays, all ended before the history's end, and the
    summary says so."""
    summary = history[1]
    assert (summary.people, summary.stays) == (PEOPLE, 3000)
    assert _count(bulk_desk, select(func.count(Person.id))) == PEOPLE
    assert _count(bulk_desk, select(func.count(Stay.id))) == 3000
    assert _count(bulk_desk, select(func.count(func.distinct(Stay.person_id)))) == PEOPLE
    assert _count(bulk_desk, select(func.count(Stay.id)).where(Stay.status != "closed")) == 0
    assert _count(bulk_desk, select(func.max(Stay.ended_at))) < UNTIL


def test_every_admitted_stay_left_by_a_completed_departure(bulk_desk):
    """GIVEN the history WHEN its stays are looked at THEN every admitted stay (not refused or
    handed to the police) has a completed departure, and the last one closed it."""
    with bulk_desk.db.read() as s:
        admitted = set(s.execute(select(Stay.id).where(
            Stay.outcome.in_(["admit", "hospital_first"]))).scalars())
        left = set(s.execute(select(Departure.stay_id).where(
            Departure.state == "completed")).scalars())
        kinds = set(s.execute(select(Departure.kind)).scalars())
    assert admitted and admitted == left
    assert kinds == {kind.value for kind in DepartureType}


def test_no_bed_holds_two_stays_at_once_and_none_is_still_taken(bulk_desk):
    """GIVEN the history WHEN its bed assignments are looked at THEN all have ended, and no
    two on one bed overlap."""
    with bulk_desk.db.read() as s:
        rows = s.execute(select(BedAssignment.bed_id, BedAssignment.start_at,
                                BedAssignment.end_at).order_by(BedAssignment.bed_id,
                                                               BedAssignment.start_at)).all()
    assert rows and all(end is not None and start <= end for _bed, start, end in rows)
    for (bed, _start, end), (next_bed, next_start, _end) in zip(rows, rows[1:], strict=False):
        assert bed != next_bed or end <= next_start


def test_the_database_passes_the_check(bulk_desk):
    """GIVEN the history WHEN ``rescue-desk check``'s check runs THEN the file is sound (with
    its foreign keys) and the audit chain is intact."""
    assert check(bulk_desk.db) == []


def test_the_audit_chain_goes_on_from_the_existing_one_in_time_order(bulk_desk, history):
    """GIVEN the audit trail before the history WHEN the history is written THEN its first
    record points to the last one before, its records follow in time order, and every change
    is canonical JSON."""
    last_id, last_hash = history[2]
    with bulk_desk.db.read() as s:
        first = s.execute(select(AuditEvent).where(AuditEvent.id == last_id + 1)).scalar_one()
        assert first.prev_hash == last_hash
        rows = s.execute(select(AuditEvent.at, AuditEvent.changes).where(
            AuditEvent.id > last_id).order_by(AuditEvent.id)).all()
    times = [at for at, _changes in rows]
    assert times == sorted(times)
    assert all(canonical_json(json.loads(changes)) == changes for _at, changes in rows)


def test_people_carry_the_search_keys_the_intake_gives(bulk_desk):
    """GIVEN the history WHEN a person's search keys are compared with the intake's THEN they
    are the same (name, full pinyin, initials, other readings; 无名氏 by their number)."""
    with bulk_desk.db.read() as s:
        people = s.execute(select(Person.id, Person.name, Person.unknown_no).order_by(
            Person.id).limit(300)).all()
        keys: dict[int, set[str]] = {}
        for person_id, key in s.execute(select(PersonKey.person_id, PersonKey.key).where(
                PersonKey.person_id.in_([p[0] for p in people]))):
            keys.setdefault(person_id, set()).add(key)
    for person_id, name, unknown_no in people:
        expected = {unknown_no.lower()} if unknown_no else _keys_for(name, "")
        assert keys[person_id] == expected


@pytest.fixture
def sample(bulk_desk):
    """A person of the history with a name, an ID number and a phone, and their last stay."""
    with bulk_desk.db.read() as s:
        return s.execute(select(Person.id, Person.name, Person.id_number, Person.phone,
                                Stay.case_no).join(Stay, Stay.person_id == Person.id)
                         .where(Person.unknown_no.is_(None), Person.id_number != "",
                                Person.phone != "").order_by(Stay.arrived_at.desc())
                         .limit(1)).one()


@pytest.mark.parametrize("how", ["initials", "id_prefix", "phone", "case_no", "name"])
def test_search_finds_a_person_of_the_history(bulk_desk, sample, how):
    """GIVEN a person of the history WHEN the desk's search is given their pinyin initials,
    the start of their ID number, their phone, a case number or their name THEN they are
    found."""
    from pypinyin import Style, lazy_pinyin

    text = {"initials": "".join(lazy_pinyin(sample.name, style=Style.FIRST_LETTER)),
            "id_prefix": sample.id_number[:10], "phone": sample.phone,
            "case_no": sample.case_no, "name": sample.name}[how]
    hits = SearchService(bulk_desk).search(text, limit=200)
    if how == "case_no":
        assert [h.key for h in hits] == [sample.case_no]
    else:
        assert str(sample.id) in {h.key for h in hits if h.kind == "PERSON"}


def test_a_new_intake_after_the_history_gets_the_next_case_number(bulk_desk):
    """GIVEN a history reaching into this year WHEN the desk registers an intake THEN its case
    number follows the history's last one of the year (the counter went on)."""
    with bulk_desk.db.read() as s:
        counter = s.execute(select(Counter.value).where(
            Counter.name == f"case:{START.year}")).scalar_one()
        last = s.execute(select(func.max(Stay.case_no)).where(
            Stay.case_no.like(f"{START.year}-%"))).scalar_one()
    assert last == case_number(START.year, counter)
    rng = random.Random(3)
    person = demo._person_form(rng, START.date())
    result = demo._register_new(IntakeService(bulk_desk), person,
                                demo._stay_form(rng, START, person))
    assert result.case_no == case_number(START.year, counter + 1)


def test_a_person_of_the_history_can_come_back(bulk_desk, history):
    """GIVEN a person who left near the end of the history WHEN they come back to the desk
    THEN the intake takes them as the same person, their earlier stays known."""
    person_id, left = history[1].coming_back[0]
    assert UNTIL - dt.timedelta(days=60) <= left < UNTIL
    intake = IntakeService(bulk_desk)
    form = intake.person_form(person_id)
    result = intake.register(form, demo._stay_form(random.Random(4), START, form),
                             person_id=person_id,
                             decisions=Decisions("身份证号为本人所报", "经带班领导同意，予以救助"))
    assert result.person_id == person_id
    assert intake.candidates(case_no=result.case_no)[0].stays >= 2


def test_the_monthly_report_of_a_past_month_counts_the_history(bulk_desk):
    """GIVEN the history WHEN the monthly report of a past month is made THEN it counts the
    admitted stays that were in the station in that month."""
    first, last = dt.datetime(2020, 3, 1), dt.datetime(2020, 4, 1)
    expected = _count(bulk_desk, select(func.count(Stay.id)).where(
        Stay.outcome.in_(["admit", "hospital_first"]), Stay.arrived_at < last,
        Stay.ended_at >= first))
    report = ReportService(bulk_desk).monthly(2020, 3)
    assert report.visits.value == expected > 10


def test_belongings_are_counted_back_or_disposed_of(bulk_desk):
    """GIVEN the history WHEN its stored items are looked at THEN they were returned (or found
    missing) or disposed of after the keeping time; only those of the last weeks may wait."""
    with bulk_desk.db.read() as s:
        states = dict(s.execute(select(StoredItem.state, func.count(StoredItem.id))
                                .group_by(StoredItem.state)).all())
        waiting = s.execute(select(func.min(Stay.ended_at))
                            .join(Bag, Bag.stay_id == Stay.id)
                            .join(StoredItem, StoredItem.bag_id == Bag.id)
                            .where(StoredItem.state == "in_store")).scalar_one()
    assert states["returned"] > states.get("missing", 0) > 0
    assert states["disposed"] > 0
    assert waiting is None or waiting > UNTIL - dt.timedelta(days=80)


def test_departure_details_have_the_fields_of_their_type():
    """GIVEN the bulk draws WHEN the details of each type of departure are drawn THEN they hold
    exactly the type's fields (the cash apart), the required ones filled in."""
    draws = bulk_demo._Draws(random.Random(2))
    for kind in DepartureType:
        details, cash, call = draws.departure(kind.value, dt.datetime(2020, 5, 1, 10),
                                              "河南省 宛城区", [])
        assert set(details) == set(TYPE_FIELDS[kind]) - {"cash"}
        assert all(details[key] not in ("", None, False) for key in REQUIRED_TO_COMPLETE[kind])
        assert (call is not None) == (kind in (DepartureType.COLLECTED, DepartureType.ESCORTED))
        assert cash in (0, 1000)


def test_the_history_in_two_parts_is_joined_soundly(tmp_path, migrated_db_file):
    """GIVEN a history written in two parts side by side WHEN they are joined THEN the people
    and stays are all there with ids in order, case numbers unique, no bed taken twice at once,
    and the file passes the check."""
    desk = _station(copy_database(migrated_db_file, tmp_path / "parts.db"))
    try:
        summary = bulk_demo.write_history(desk, people=1500, until=UNTIL, seed=7, parts=2,
                                          coming_back=3)
        assert (summary.people, summary.stays) == (1500, 2250)
        assert len(summary.coming_back) == 3
        with desk.db.read() as s:
            assert s.execute(select(func.count(Person.id), func.max(Person.id))).one() == (
                1500, 1500)
            assert s.execute(select(func.count(func.distinct(Stay.case_no)))).scalar_one() \
                == 2250
            people = set(s.execute(select(Stay.person_id)).scalars())
            assert people == set(range(1, 1501))
            times = list(s.execute(select(AuditEvent.at).where(AuditEvent.id > 20)
                                   .order_by(AuditEvent.id)).scalars())
        assert times == sorted(times)
        assert check(desk.db) == []
    finally:
        desk.db.dispose()
