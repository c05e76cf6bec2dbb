"""People (人员): everyone the station has helped, newest registered first, read in blocks so a
list of a million people stays instant.

A list is opened once (``open``: how many, and what a block needs to find its rows), then read a
block at a time (``rows``). Each block is three small queries: the block's person ids, those
people, and their stays (plus, for the few open stays among them, their beds). Merged records
(``Person.merged_into_id``) are left out everywhere.

How a block finds its ids without walking the table (plans checked with ``EXPLAIN QUERY PLAN``
on a million people):

- **everyone**: the count is ``count(*)`` of the whole table (SQLite counts the smallest index
  without decoding it) less the merged records (an index range on ``merged_into_id``). Person
  ids are handed out one after another and never deleted, so when ``count(*)`` equals
  ``max(id) - min(id) + 1`` the ids of a block are arithmetic on that range less the merged
  ids: no scan at any offset. Otherwise (a PostgreSQL sequence with gaps, rows removed by hand)
  a block steps an index-only ``OFFSET`` over ``ix_person_merged_into_id`` from the nearest
  known point: the top, the bottom, or a row the caller already has;
- **in the station now**: the few people with a stay counted as in the station, found through
  ``ix_stay_status``;
- **unidentified**: the people with a station number (无名氏), from the unique index on
  ``unknown_no``, kept as a list of ids.

SQLite's planner sometimes prefers a table scan to these indexes once ``ANALYZE`` has run, so the
queries name their index for SQLite (``INDEXED BY``).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import enum

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from rescue_desk.domain.departure import DepartureState
from rescue_desk.domain.intake import (
    COUNTED_STATUSES,
    Inspection,
    StayStatus,
    age_on,
    is_minor,
)
from rescue_desk.domain.models import Area, Bed, BedAssignment, Departure, Person, Room, Stay
from rescue_desk.domain.roles import Permission
from rescue_desk.services.beds import WATCH_FLAGS
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import display_name, shown_id

#: Rows a block holds unless the caller asks otherwise: a screenful or two, so that a jump
#: to any place in the list reads little.
BLOCK_SIZE = 100

_COUNTED = sorted(status.value for status in COUNTED_STATUSES)


class PeopleFilter(enum.StrEnum):
    """Which people a list shows."""

    ALL = "all"  #: everyone the station has helped
    IN_STATION = "in_station"  #: counted as in the station now (in a bed, waiting, off site)
    UNIDENTIFIED = "unidentified"  #: registered with a station number (无名氏)


class PersonFlag(enum.StrEnum):
    """What is worth a glance in a person's row."""

    MINOR = "minor"  #: under 18 now, or apparently a minor when the age is not known
    MEDICAL = "medical"  #: in the station with a medical-watch flag from the initial check
    UNIDENTIFIED = "unidentified"  #: registered with a station number (无名氏)
    ID_WARNING = "id_warning"  #: the ID number was saved despite a failed check


@dataclasses.dataclass(frozen=True)
class PersonRow:
    """One line of the people list: who, and where their latest stay stands."""

    person_id: int
    name: str  #: the name, or the station number of an unidentified person
    sex: str  #: "M", "F" or "U"
    age: int | None  #: today
    id_shown: str  #: masked unless the officer may see full ID numbers
    phone: str
    stays: int
    case_no: str  #: the latest stay (the open one if any); "" without a stay
    arrived_at: dt.datetime | None
    status: str  #: StayStatus of that stay; "" without a stay
    place: str  #: "area room-bed" while the stay has a bed
    ended_at: dt.datetime | None
    outcome: str  #: Outcome of that stay (a refusal or the police end it at once)
    departure: str  #: DepartureType of its completed departure, if any
    flags: frozenset[PersonFlag]


@dataclasses.dataclass(frozen=True)
class PeopleList:
    """A filter's list as of one moment: its length, and what a block needs to find its ids.

    People registered after the moment are not in it (their ids are above ``top_id``), so the
    rows do not shift under a scrolling reader; open the list again to see them.
    """

    filter: PeopleFilter
    count: int
    top_id: int  #: the newest person id the list covers
    low_id: int | None = None  #: everyone: the lowest id, when no id in between is missing
    merged: tuple[int, ...] = ()  #: everyone: merged ids up to ``top_id``, ascending
    ids: tuple[int, ...] | None = None  #: short lists: every id, newest first


class PeopleService:
    """The people list: counts per filter and blocks of rows, for a lazy table."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- counts -------------------------------------------------------------------------------
    def counts(self) -> dict[PeopleFilter, int]:
        """How many people each filter shows (for the filter buttons)."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            merged = _merged(s)
            total = s.execute(select(func.count()).select_from(Person)).scalar_one()
            unknown = s.execute(select(func.count()).select_from(Person)
                                .where(Person.unknown_no.is_not(None))).scalar_one()
            return {
                PeopleFilter.ALL: total - len(merged),
                PeopleFilter.IN_STATION: len(_in_station_ids(s)),
                PeopleFilter.UNIDENTIFIED: unknown - sum(1 for _id, u in merged if u),
            }

    def count(self, people_filter: PeopleFilter = PeopleFilter.ALL) -> int:
        """How many people ``people_filter`` shows."""
        return self.counts()[PeopleFilter(people_filter)]

    # -- lists and blocks ---------------------------------------------------------------------
    def open(self, people_filter: PeopleFilter = PeopleFilter.ALL) -> PeopleList:
        """The list of ``people_filter`` as of now (one cheap read; no rows yet)."""
        self.desk.require(Permission.SEARCH)
        people_filter = PeopleFilter(people_filter)
        with self.desk.db.read() as s:
            top = s.execute(select(func.max(Person.id))).scalar_one() or 0
            merged = _merged(s)
            merged_ids = {pid for pid, _u in merged}
            if people_filter == PeopleFilter.IN_STATION:
                ids = tuple(sorted((pid for pid in _in_station_ids(s)
                                    if pid not in merged_ids), reverse=True))
                return PeopleList(people_filter, len(ids), top, ids=ids)
            if people_filter == PeopleFilter.UNIDENTIFIED:
                found = _first_column(s, "SELECT id FROM person WHERE unknown_no IS NOT NULL")
                ids = tuple(sorted((pid for pid in found if pid not in merged_ids),
                                   reverse=True))
                return PeopleList(people_filter, len(ids), top, ids=ids)
            total = s.execute(select(func.count()).select_from(Person)).scalar_one()
            low = s.execute(select(func.min(Person.id))).scalar_one() or 0
            dense = total == 0 or total == top - low + 1
            return PeopleList(people_filter, total - len(merged), top,
                              low_id=low if dense else None,
                              merged=tuple(sorted(merged_ids)))

    def rows(self, people: PeopleList, offset: int, limit: int = BLOCK_SIZE, *,
             near: tuple[int, int] | None = None) -> list[PersonRow]:
        """The rows at ``offset`` .. ``offset + limit - 1`` of ``people`` (fewer at the end).

        ``near`` is ``(offset, person_id)`` of a row the caller already holds; a list that has
        to step an index uses it to start from there instead of from an end.
        """
        officer = self.desk.require(Permission.SEARCH)
        offset = max(offset, 0)
        limit = max(min(limit, people.count - offset), 0)
        if limit == 0:
            return []
        today = self.desk.now().date()
        with self.desk.db.read() as s:
            ids = self._block_ids(s, people, offset, limit, near)
            return _rows(s, ids, today, officer)

    def ids(self, people: PeopleList, offset: int, limit: int = BLOCK_SIZE) -> list[int]:
        """Only the person ids of a block (tests; a caller that wants nothing else)."""
        self.desk.require(Permission.SEARCH)
        limit = max(min(limit, people.count - max(offset, 0)), 0)
        if limit == 0:
            return []
        with self.desk.db.read() as s:
            return self._block_ids(s, people, max(offset, 0), limit, None)

    def _block_ids(self, s: Session, people: PeopleList, offset: int, limit: int,
                   near: tuple[int, int] | None) -> list[int]:
        if people.ids is not None:
            return list(people.ids[offset:offset + limit])
        if people.low_id is not None:
            return _dense_ids(people, offset, limit)
        return _stepped_ids(s, people, offset, limit, near)


# -- finding ids ------------------------------------------------------------------------------


def _indexed(s: Session, table: str, index: str) -> str:
    """``table INDEXED BY index`` on SQLite, whose planner may prefer a scan to a plainly better
    index once ``ANALYZE`` has run; the plain table elsewhere."""
    return f"{table} INDEXED BY {index}" if s.get_bind().dialect.name == "sqlite" else table


def _first_column(s: Session, sql: str) -> list:
    """The first column of a query without parameters, read straight from the DB-API cursor
    in the session's transaction: for tens of thousands of ids a quarter of the time that
    SQLAlchemy's result rows take (measured: 23 ms instead of 75-90 ms for 50,000)."""
    cursor = s.connection().connection.cursor()
    try:
        cursor.execute(sql)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def _merged(s: Session) -> list[tuple[int, bool]]:
    """Every merged record: (id, had a station number). An index range: merges are few."""
    person = _indexed(s, "person", "ix_person_merged_into_id")
    return [(pid, unknown is not None) for pid, unknown in s.execute(text(
        f"SELECT id, unknown_no FROM {person} WHERE merged_into_id IS NOT NULL"))]


def _in_station_ids(s: Session) -> set[int]:
    """People with a stay counted as in the station (in station, in hospital, in care)."""
    stay = _indexed(s, "stay", "ix_stay_status")
    return set(s.execute(
        text(f"SELECT person_id FROM {stay} WHERE status IN :statuses")
        .bindparams(bindparam("statuses", expanding=True)),
        {"statuses": _COUNTED}).scalars())


def _dense_ids(people: PeopleList, offset: int, limit: int) -> list[int]:
    """Ids at ``offset``.. (newest first) when every id from ``low_id`` to ``top_id`` exists:
    count down from the top, skipping merged ids. A binary search finds the first one."""
    top, low, merged = people.top_id, people.low_id, people.merged

    def live_from(v: int) -> int:  # live ids in v..top
        return (top - v + 1) - (len(merged) - bisect.bisect_left(merged, v))

    lo, hi = low, top  # the largest v with live_from(v) >= offset + 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if live_from(mid) >= offset + 1:
            lo = mid
        else:
            hi = mid - 1
    ids: list[int] = []
    skip = set(merged)
    v = lo
    while v >= low and len(ids) < limit:
        if v not in skip:
            ids.append(v)
        v -= 1
    return ids


def _stepped_ids(s: Session, people: PeopleList, offset: int, limit: int,
                 near: tuple[int, int] | None) -> list[int]:
    """Ids at ``offset``.. (newest first) by an index-only OFFSET on ``ix_person_merged_into_id``,
    started from whichever is nearest: the top, the bottom, or the known row ``near``.

    Each start is one id range (``lower`` .. ``upper``): SQLite bounds an index range by one
    condition per side, so two upper bounds would leave it stepping from the wrong one."""
    top = people.top_id
    from_bottom = people.count - offset - limit
    # (rows stepped over, lower id, upper id, newest first?)
    starts = [(offset, 0, top, True), (from_bottom, 0, top, False)]
    if near is not None:
        at, pid = near
        if offset > at:  # below the known row
            starts.append((offset - at - 1, 0, min(top, pid - 1), True))
        elif offset + limit <= at:  # above it
            starts.append((at - offset - limit, pid + 1, top, False))
    skip, lower, upper, newest_first = min(starts, key=lambda start: start[0])
    person = _indexed(s, "person", "ix_person_merged_into_id")
    order = "DESC" if newest_first else "ASC"
    ids = list(s.execute(text(
        f"SELECT id FROM {person} WHERE merged_into_id IS NULL AND id >= :lower "
        f"AND id <= :upper ORDER BY id {order} LIMIT :limit OFFSET :skip"),
        {"lower": lower, "upper": upper, "limit": limit, "skip": skip}).scalars())
    return ids if newest_first else ids[::-1]


# -- rows -------------------------------------------------------------------------------------


def _rows(s: Session, ids: list[int], today: dt.date, officer) -> list[PersonRow]:
    """The rows of ``ids``, in that order: one query for the people, one for their stays, and
    one each for the beds of open stays and the departures of ended ones."""
    if not ids:
        return []
    people = {row.id: row for row in s.execute(
        select(Person.id, Person.name, Person.unknown_no, Person.sex, Person.birth_date,
               Person.birth_year, Person.id_number, Person.phone, Person.id_warning_reason)
        .where(Person.id.in_(ids)))}
    stays: dict[int, list] = {}
    for stay in s.execute(
            select(Stay.id, Stay.person_id, Stay.case_no, Stay.arrived_at, Stay.status,
                   Stay.ended_at, Stay.outcome, Stay.inspection)
            .where(Stay.person_id.in_(ids))):
        stays.setdefault(stay.person_id, []).append(stay)
    latest = {pid: max(rows, key=lambda r: (r.status != StayStatus.CLOSED.value, r.arrived_at))
              for pid, rows in stays.items()}
    open_ids = [r.id for r in latest.values() if r.status != StayStatus.CLOSED.value]
    ended_ids = [r.id for r in latest.values() if r.status == StayStatus.CLOSED.value]
    places: dict[int, str] = {}
    if open_ids:
        places = {stay_id: f"{area} {room}-{bed}" for stay_id, area, room, bed in s.execute(
            select(BedAssignment.stay_id, Area.name, Room.name, Bed.label)
            .join(Bed, BedAssignment.bed_id == Bed.id).join(Room, Bed.room_id == Room.id)
            .join(Area, Room.area_id == Area.id)
            .where(BedAssignment.stay_id.in_(open_ids), BedAssignment.end_at.is_(None)))}
    departures: dict[int, str] = {}
    if ended_ids:
        # The state is compared here, not in SQL: the planner would take ix_departure_state
        # and read every completed departure of the station's history.
        departures = {stay_id: kind for stay_id, kind, state in s.execute(
            select(Departure.stay_id, Departure.kind, Departure.state)
            .where(Departure.stay_id.in_(ended_ids)))
            if state == DepartureState.COMPLETED.value}
    known = {i.value for i in Inspection}
    rows = []
    for pid in ids:
        person = people.get(pid)
        if person is None:  # gone since the list was opened
            continue
        stay = latest.get(pid)
        age = age_on(today, birth_date=person.birth_date, birth_year=person.birth_year)
        inspection = frozenset(Inspection(f) for f in (stay.inspection or []) if f in known) \
            if stay is not None else frozenset()
        is_open = stay is not None and stay.status != StayStatus.CLOSED.value
        flags = set()
        if is_minor(age, inspection):
            flags.add(PersonFlag.MINOR)
        if is_open and inspection & WATCH_FLAGS:
            flags.add(PersonFlag.MEDICAL)
        if person.unknown_no:
            flags.add(PersonFlag.UNIDENTIFIED)
        if person.id_warning_reason:
            flags.add(PersonFlag.ID_WARNING)
        rows.append(PersonRow(
            person_id=pid,
            name=display_name(person),
            sex=person.sex,
            age=age,
            id_shown=shown_id(person.id_number, officer),
            phone=person.phone,
            stays=len(stays.get(pid, ())),
            case_no=stay.case_no if stay else "",
            arrived_at=stay.arrived_at if stay else None,
            status=stay.status if stay else "",
            place=places.get(stay.id, "") if stay else "",
            ended_at=stay.ended_at if stay else None,
            outcome=stay.outcome if stay else "",
            departure=departures.get(stay.id, "") if stay else "",
            flags=frozenset(flags),
        ))
    return rows

