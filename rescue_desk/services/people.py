"""People (人员): everyone the station has helped, newest registered first, read in blocks so a
list of a million people stays instant.

A list is opened once (``open``, or ``overview`` with every filter's count: how many, and what
a block needs to find its rows), then read a block at a time (``rows``): the block's person ids
(below), then one query for those people with their stays, departures and live beds, all by
index. Merged records (``Person.merged_into_id``) are left out everywhere.

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
  ``unknown_no``, kept as a list of ids (its count is that index's count less the merged records
  that had a number; those are looked up once per database and remembered, since a merged
  record never changes again).

SQLite's planner sometimes prefers a table scan to these indexes once ``ANALYZE`` has run, so the
queries name their index for SQLite (``INDEXED BY``).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import enum
import weakref

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
    """The people list: counts per filter and blocks of rows, for a lazy table.

    Everyone at the desk who may search may see the list (``Permission.SEARCH``); ID numbers
    are masked unless the officer may see them whole (``shown_id``).
    """

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- counts and lists ---------------------------------------------------------------------
    def counts(self) -> dict[PeopleFilter, int]:
        """How many people each filter shows (for the filter buttons)."""
        return self.overview()[0]

    def count(self, people_filter: PeopleFilter = PeopleFilter.ALL) -> int:
        """How many people ``people_filter`` shows."""
        return self.counts()[PeopleFilter(people_filter)]

    def open(self, people_filter: PeopleFilter = PeopleFilter.ALL) -> PeopleList:
        """The list of ``people_filter`` as of now (one cheap read; no rows yet)."""
        return self.overview(people_filter)[1]

    def overview(self, people_filter: PeopleFilter = PeopleFilter.ALL
                 ) -> tuple[dict[PeopleFilter, int], PeopleList]:
        """The counts of every filter and the list of ``people_filter``, read together (a page
        reloading needs both; they share the whole-table count and the merged records)."""
        self.desk.require(Permission.SEARCH)
        people_filter = PeopleFilter(people_filter)
        with self.desk.db.read() as s:
            top = s.execute(select(func.max(Person.id))).scalar_one() or 0
            merged_ids = _merged_ids(s)
            merged_unknown = _merged_unknown(s, self.desk.db, merged_ids)
            total = s.execute(select(func.count()).select_from(Person)).scalar_one()
            unknown = s.execute(select(func.count()).select_from(Person)
                                .where(Person.unknown_no.is_not(None))).scalar_one()
            in_station = tuple(sorted(_in_station_ids(s) - merged_ids, reverse=True))
            counts = {
                PeopleFilter.ALL: total - len(merged_ids),
                PeopleFilter.IN_STATION: len(in_station),
                PeopleFilter.UNIDENTIFIED: unknown - len(merged_unknown),
            }
            if people_filter == PeopleFilter.IN_STATION:
                people = PeopleList(people_filter, len(in_station), top, ids=in_station)
            elif people_filter == PeopleFilter.UNIDENTIFIED:
                found = _first_column(s, "SELECT id FROM person WHERE unknown_no IS NOT NULL")
                ids = tuple(sorted((pid for pid in found if pid not in merged_ids),
                                   reverse=True))
                people = PeopleList(people_filter, len(ids), top, ids=ids)
            else:
                low = s.execute(select(func.min(Person.id))).scalar_one() or 0
                dense = total == 0 or total == top - low + 1
                people = PeopleList(people_filter, counts[PeopleFilter.ALL], top,
                                    low_id=low if dense else None,
                                    merged=tuple(sorted(merged_ids)))
            return counts, people

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


def _merged_ids(s: Session) -> set[int]:
    """Every merged record's id: an index-only range of ``ix_person_merged_into_id``."""
    person = _indexed(s, "person", "ix_person_merged_into_id")
    return set(s.execute(text(
        f"SELECT id FROM {person} WHERE merged_into_id IS NOT NULL")).scalars())


#: Per database: the merged records already looked at, and those of them with a station number.
#: A merged record never changes again, so only records merged since need reading (each is a
#: row somewhere in the table: a thousand of them cost a thousand page reads).
_MERGED_SEEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _merged_unknown(s: Session, db, merged_ids: set[int]) -> set[int]:
    """The merged records that had a station number (无名氏)."""
    seen, unknown = _MERGED_SEEN.get(db, (frozenset(), frozenset()))
    new = sorted(merged_ids - seen)
    if new:
        # by id alone (the unique index on unknown_no would tempt the planner into a range)
        found = {pid for pid, number in s.execute(
            select(Person.id, Person.unknown_no).where(
                Person.id.in_(bindparam("ids", expanding=True))), {"ids": new})
            if number is not None}
        seen, unknown = seen | set(new), unknown | found
        _MERGED_SEEN[db] = (frozenset(seen), frozenset(unknown))
    return set(unknown) & merged_ids


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


#: People with their stays, each stay's departures and its live bed: one query by indexes
#: (person ids, ``ix_stay_person_id``, ``ix_departure_stay_id``, the live-bed index, keys),
#: built once. A departure's state is compared in Python: a condition on it here could lead the
#: planner to ``ix_departure_state`` and every completed departure of the station's history.
_BLOCK_QUERY = (
    select(Person.id, Person.name, Person.unknown_no, Person.sex, Person.birth_date,
           Person.birth_year, Person.id_number, Person.phone, Person.id_warning_reason,
           Stay.id.label("stay_id"), Stay.case_no, Stay.arrived_at, Stay.status,
           Stay.ended_at, Stay.outcome, Stay.inspection,
           Departure.kind.label("departure"), Departure.state.label("departure_state"),
           Area.name.label("area"), Room.name.label("room"), Bed.label.label("bed"))
    .outerjoin(Stay, Stay.person_id == Person.id)
    .outerjoin(Departure, Departure.stay_id == Stay.id)
    .outerjoin(BedAssignment, (BedAssignment.stay_id == Stay.id)
               & BedAssignment.end_at.is_(None))
    .outerjoin(Bed, Bed.id == BedAssignment.bed_id)
    .outerjoin(Room, Room.id == Bed.room_id)
    .outerjoin(Area, Area.id == Room.area_id)
    .where(Person.id.in_(bindparam("ids", expanding=True))))


#: The flag sets in use, shared by every row that has them (a long list then keeps fewer
#: objects for the garbage collector to walk).
_FLAG_SETS: dict[frozenset, frozenset] = {}


def _flag_set(flags: set) -> frozenset[PersonFlag]:
    key = frozenset(flags)
    return _FLAG_SETS.setdefault(key, key)


_KNOWN_FLAGS = {i.value: i for i in Inspection}
_CLOSED = StayStatus.CLOSED.value
_COMPLETED = DepartureState.COMPLETED.value


def _rows(s: Session, ids: list[int], today: dt.date, officer) -> list[PersonRow]:
    """The rows of ``ids``, in that order, from one query (``_BLOCK_QUERY``)."""
    if not ids:
        return []
    people: dict[int, object] = {}
    stays: dict[int, dict[int, object]] = {}  # person → stay id → the stay's first row
    departures: dict[int, str] = {}  # stay → type of its completed departure
    places: dict[int, str] = {}  # stay → its live bed
    for row in s.connection().execute(_BLOCK_QUERY, {"ids": ids}).all():
        people.setdefault(row.id, row)
        if row.stay_id is None:
            continue
        stays.setdefault(row.id, {}).setdefault(row.stay_id, row)
        if row.departure_state == _COMPLETED:
            departures[row.stay_id] = row.departure
        if row.bed is not None:
            places[row.stay_id] = f"{row.area} {row.room}-{row.bed}"
    rows = []
    for pid in ids:
        person = people.get(pid)
        if person is None:  # gone since the list was opened
            continue
        own = stays.get(pid)
        # the latest stay: the open one if any, else the latest arrival
        stay = max(own.values(), key=lambda r: (r.status != _CLOSED, r.arrived_at)) \
            if own else None
        age = age_on(today, birth_date=person.birth_date, birth_year=person.birth_year)
        inspection = frozenset(_KNOWN_FLAGS[f] for f in (stay.inspection or ())
                               if f in _KNOWN_FLAGS) if stay is not None else frozenset()
        flags = set()
        if is_minor(age, inspection):
            flags.add(PersonFlag.MINOR)
        if stay is not None and stay.status != _CLOSED and inspection & WATCH_FLAGS:
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
            stays=len(own) if own else 0,
            case_no=stay.case_no if stay else "",
            arrived_at=stay.arrived_at if stay else None,
            status=stay.status if stay else "",
            place=places.get(stay.stay_id, "") if stay else "",
            ended_at=stay.ended_at if stay else None,
            outcome=stay.outcome if stay else "",
            departure=departures.get(stay.stay_id, "") if stay else "",
            flags=_flag_set(flags),
        ))
    return rows

