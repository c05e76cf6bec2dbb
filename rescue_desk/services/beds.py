"""Areas and beds: the layout (administrators), placing people by the rules, moves, holds, and
the bed board. Each public call is one transaction with its audit record.

"One live bed per stay and one live stay per bed" is enforced by two partial unique indexes on
``bed_assignment``; when two desks give out the same bed at the same moment, the database refuses
the second and the service turns that into a clear message.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import functools

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rescue_desk.domain.beds import (
    BED_STATE_LABELS,
    BREACH_LABELS,
    KIND_SEX,
    LAYOUT_TEMPLATES,
    MIXED_KINDS,
    AreaKind,
    AreaNotEmpty,
    AreaRule,
    BadHold,
    BedEnd,
    BedHeld,
    BedInUse,
    BedNotFree,
    BedState,
    BedTaken,
    Breach,
    Candidate,
    NoBed,
    NotPlaceable,
    Occupant,
    PlacementNeedsApproval,
    SexNeedsKind,
    area_rule,
    bed_state,
    breaches,
    suggest,
)
from rescue_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    DeskError,
    Duplicate,
    NotFound,
    RequiredField,
)
from rescue_desk.domain.inputs import is_record_id, shown
from rescue_desk.domain.intake import (
    SELF_DEPARTURE_AGE,
    Inspection,
    StayStatus,
)
from rescue_desk.domain.models import (
    Area,
    Bed,
    BedAssignment,
    Person,
    Room,
    Station,
    Stay,
    User,
)
from rescue_desk.domain.names import name_keys
from rescue_desk.domain.roles import Permission
from rescue_desk.domain.text import clean_text
from rescue_desk.services import audit
from rescue_desk.services.approval import Approval, check_approval
from rescue_desk.services.desk import Desk, Officer
from rescue_desk.services.intake import find_stay
from rescue_desk.services.settings import SettingsService

LABELS = {
    "area": QT_TRANSLATE_NOOP("Field", "area"),
    "room": QT_TRANSLATE_NOOP("Field", "room"),
    "bed": QT_TRANSLATE_NOOP("Field", "bed"),
    "stay": QT_TRANSLATE_NOOP("Field", "case"),
    "area_name": QT_TRANSLATE_NOOP("Field", "area name"),
    "room_name": QT_TRANSLATE_NOOP("Field", "room name"),
    "bed_label": QT_TRANSLATE_NOOP("Field", "bed label"),
    "reason": QT_TRANSLATE_NOOP("Field", "reason"),
    "held_for": QT_TRANSLATE_NOOP("Field", "held for"),
    "capacity": QT_TRANSLATE_NOOP("Field", "capacity"),
    "template": QT_TRANSLATE_NOOP("Field", "layout template"),
    "end_reason": QT_TRANSLATE_NOOP("Field", "why the bed is freed"),
}

#: Flags that put a tile under medical watch (cross icon).
WATCH_FLAGS = frozenset({Inspection.INFECTIOUS, Inspection.CRITICAL, Inspection.MENTAL,
                         Inspection.INJURY})


class BedHasHistory(DeskError):
    code = "bed_has_history"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Bed {bed} has been slept in and stays in the records. Mark it out of "
                     "service instead of removing it.")


class BadCapacity(DeskError):
    code = "bad_capacity"
    template = QT_TRANSLATE_NOOP("DeskError", "The capacity is a whole number from 0 to 2000.")


class BadBedCount(DeskError):
    code = "bad_bed_count"
    template = QT_TRANSLATE_NOOP("DeskError", "Add from 1 to 200 beds at a time.")


class LayoutExists(DeskError):
    code = "layout_exists"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The station already has areas; a template only starts an empty layout.")


class RuleWouldBreak(DeskError):
    code = "area_rule_would_break"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "{count} people in this area would then break the placement rules. "
                     "Move them first.")


# -- outputs --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class BedTile:
    """One bed on the board, with its occupant if any."""

    bed_id: int
    label: str
    area_id: int
    area: str
    room_id: int
    room: str
    state: BedState
    lower_bunk: bool
    accessible: bool
    near_duty_room: bool
    out_of_service_reason: str = ""
    held_until: dt.datetime | None = None
    held_for: str = ""
    case_no: str = ""
    person_name: str = ""
    initials: str = ""
    sex: str = ""
    age: int | None = None
    since: dt.datetime | None = None
    minor: bool = False
    medical: bool = False
    new: bool = False  #: arrived in the last 24 hours
    due: bool = False  #: at or past the normal stay limit
    breaches: tuple[str, ...] = ()  #: rules this placement breaks (approved by a leader)
    approved_by: str = ""

    @property
    def place(self) -> str:
        return f"{self.area} {self.room}-{self.label}"


@dataclasses.dataclass(frozen=True)
class RoomView:
    id: int
    name: str
    beds: tuple[BedTile, ...]


@dataclasses.dataclass(frozen=True)
class AreaView:
    id: int
    name: str
    kind: AreaKind
    sex: str
    for_minors: bool
    capacity: int
    rooms: tuple[RoomView, ...]

    @functools.cached_property
    def beds(self) -> tuple[BedTile, ...]:
        return tuple(b for r in self.rooms for b in r.beds)

    def count(self, state: BedState) -> int:
        return sum(1 for b in self.beds if b.state == state)


@dataclasses.dataclass(frozen=True)
class WaitingRow:
    """A stay in the station without a bed."""

    case_no: str
    person_name: str
    initials: str
    sex: str
    age: int | None
    arrived_at: dt.datetime
    minor: bool
    medical: bool
    suggestion: BedTile | None


@dataclasses.dataclass(frozen=True)
class OffSiteRow:
    case_no: str
    person_name: str
    status: str
    since: dt.datetime


@dataclasses.dataclass(frozen=True)
class Board:
    at: dt.datetime
    station_name: str
    is_demo: bool
    areas: tuple[AreaView, ...]
    waiting: tuple[WaitingRow, ...]
    off_site: tuple[OffSiteRow, ...]

    @functools.cached_property
    def beds(self) -> tuple[BedTile, ...]:
        return tuple(b for a in self.areas for b in a.beds)

    def count(self, state: BedState) -> int:
        return sum(a.count(state) for a in self.areas)

    @property
    def in_station(self) -> int:
        """Counted people: in a bed, waiting for one, or off site."""
        return self.count(BedState.OCCUPIED) + len(self.waiting) + len(self.off_site)

    def tile(self, case_no: str) -> BedTile | None:
        for bed in self.beds:
            if bed.case_no == case_no:
                return bed
        return None


@dataclasses.dataclass(frozen=True)
class AssignmentRow:
    place: str
    start_at: dt.datetime
    end_at: dt.datetime | None
    end_reason: str
    assigned_by: str
    breaches: tuple[str, ...]
    approved_by: str
    approval_reason: str


#: The columns of a stay and its person that the board shows (plain rows, not ORM objects).
_STAY_COLUMNS = (Stay.id.label("stay_id"), Stay.case_no, Stay.arrived_at, Stay.age_at_arrival,
                 Stay.inspection, Stay.status)
_PERSON_COLUMNS = (Person.name, Person.unknown_no, Person.sex)


#: Inspection flags by their stored value (a value the code no longer knows is left out).
_INSPECTIONS = {i.value: i for i in Inspection}


def _occupant(stay: Stay, person: Person) -> Occupant:
    flags = frozenset(_INSPECTIONS[f] for f in (stay.inspection or []) if f in _INSPECTIONS)
    return Occupant(person.sex, stay.age_at_arrival, flags)


def initials_of(person: Person) -> str:
    """Initials for privacy mode (张三 → ZS); an unidentified person keeps the station number."""
    if person.unknown_no:
        return person.unknown_no
    return _initials(person.name)


@functools.lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    # pinyin takes about half a millisecond a name: the board is read after every bed change
    return name_keys(name).initials.upper() or "?"


class BedService:
    """Areas, rooms, beds; placing people; the board."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._suggested: tuple[list[Candidate], dict[Occupant, int | None]] = ([], {})

    # -- helpers ------------------------------------------------------------------------------
    def _stay(self, s: Session, case_no: str) -> Stay:
        return find_stay(s, case_no)

    @staticmethod
    def _get(s: Session, model, key: int, what: str):
        row = s.get(model, key) if is_record_id(key) else None
        if row is None:
            raise NotFound(field=what, what=LABELS[what], key=shown(key))
        return row

    @staticmethod
    def _live(s: Session, *, bed_id: int | None = None,
              stay_id: int | None = None) -> BedAssignment | None:
        query = select(BedAssignment).where(BedAssignment.end_at.is_(None))
        if bed_id is not None:
            query = query.where(BedAssignment.bed_id == bed_id)
        if stay_id is not None:
            query = query.where(BedAssignment.stay_id == stay_id)
        return s.execute(query).scalar_one_or_none()

    @staticmethod
    def _place(bed: Bed) -> str:
        return f"{bed.room.area.name} {bed.room.name}-{bed.label}"

    def _state(self, s: Session, bed: Bed, now: dt.datetime) -> BedState:
        return bed_state(occupied=self._live(s, bed_id=bed.id) is not None,
                         out_of_service=bed.out_of_service, cleaning=bed.cleaning,
                         held_until=bed.held_until, now=now)

    def _stay_limit(self) -> int:
        return int(SettingsService(self.desk).get("stay_limit_days"))

    # -- placing ------------------------------------------------------------------------------
    def breaches_for(self, case_no: str, bed_id: int) -> tuple[Breach, ...]:
        """The placement rules that giving this bed to this stay would break."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            stay = self._stay(s, case_no)
            bed = self._get(s, Bed, bed_id, "bed")
            area = bed.room.area
            return breaches(_occupant(stay, stay.person),
                            area_rule(area.kind, area.sex, area.for_minors))

    def suggestion(self, case_no: str) -> BedTile | None:
        """The best free bed the rules allow for this stay, or None."""
        self.desk.require(Permission.SEARCH)
        board = self.board(waiting=False)
        with self.desk.db.read() as s:
            stay = self._stay(s, case_no)
            return self._suggest(board, _occupant(stay, stay.person))

    @staticmethod
    def _candidates(board: Board) -> tuple[dict[int, BedTile], list[Candidate]]:
        """The free beds as the suggestion sees them, one per kind of bed: a bed's score for
        a person depends only on its area's rule and its three attributes, and among equal
        scores the first bed in board order wins, so the first free bed of each kind stands
        for all the others (tens of candidates instead of every free bed)."""
        tiles = {}
        candidates = []
        seen = set()
        for a_index, area in enumerate(board.areas):
            rule = area_rule(area.kind, area.sex, area.for_minors)
            for r_index, room in enumerate(area.rooms):
                for b_index, bed in enumerate(room.beds):
                    if bed.state != BedState.FREE:
                        continue
                    kind = (rule, bed.lower_bunk, bed.accessible, bed.near_duty_room)
                    if kind in seen:
                        continue
                    seen.add(kind)
                    tiles[bed.bed_id] = bed
                    candidates.append(Candidate(bed.bed_id, rule, bed.lower_bunk, bed.accessible,
                                                bed.near_duty_room, (a_index, r_index, b_index)))
        return tiles, candidates

    def _suggest(self, board: Board, person: Occupant, free=None) -> BedTile | None:
        tiles, candidates = free or self._candidates(board)
        # The best bed depends only on the person and the candidates: remembered while the
        # candidates stay the same (the board is read again after every change).
        remembered, known = self._suggested
        if remembered is not candidates:
            if remembered != candidates:
                known = {}
            self._suggested = (candidates, known)
        if person not in known:
            if len(known) > 5000:
                known.clear()
            best = suggest(person, candidates)
            known[person] = best.bed_id if best else None
        bed_id = known[person]
        return tiles[bed_id] if bed_id is not None else None

    def assign(self, case_no: str, bed_id: int, approval: Approval | None = None) -> str:
        """Give a bed to a stay (moving it if it has one). A bed outside the placement rules
        needs the leader on duty's approval with a reason. Returns the bed's place."""
        officer = self.desk.require(Permission.BEDS)
        now = self.desk.now()
        try:
            with self.desk.db.write() as s:
                stay = self._stay(s, case_no)
                if stay.status != StayStatus.IN_STATION.value:
                    raise NotPlaceable(field="case_no", case_no=stay.case_no)
                bed = self._get(s, Bed, bed_id, "bed")
                place = self._place(bed)
                current = self._live(s, stay_id=stay.id)
                if current is not None and current.bed_id == bed.id:
                    return place
                state = self._state(s, bed, now)
                if state == BedState.HELD and bed.held_stay_id not in (None, stay.id):
                    raise BedHeld(field="bed", bed=place, held_for=bed.held_for,
                                  until=bed.held_until.strftime("%Y-%m-%d %H:%M"))
                if state == BedState.HELD and bed.held_stay_id is None:
                    raise BedHeld(field="bed", bed=place, held_for=bed.held_for,
                                  until=bed.held_until.strftime("%Y-%m-%d %H:%M"))
                if state == BedState.OCCUPIED:
                    raise BedTaken(field="bed", bed=place)
                if state == BedState.OUT_OF_SERVICE:
                    raise BedNotFree(field="bed", bed=place, state=BED_STATE_LABELS[state])
                area = bed.room.area
                found = breaches(_occupant(stay, stay.person),
                                 area_rule(area.kind, area.sex, area.for_minors))
                approved_by, reason = "", ""
                if found:
                    if approval is None:
                        raise PlacementNeedsApproval(field="bed", breach=BREACH_LABELS[found[0]])
                    approved_by, reason = check_approval(s, officer, approval)
                moved_from = ""
                if current is not None:
                    old = s.get(Bed, current.bed_id)
                    moved_from = self._place(old)
                    current.end_at, current.end_reason = now, BedEnd.MOVED.value
                    current.ended_by = officer.login
                    s.flush()
                bed.cleaning = False
                bed.held_until, bed.held_for, bed.held_stay_id, bed.held_by = None, "", None, ""
                s.add(BedAssignment(stay_id=stay.id, bed_id=bed.id, start_at=now,
                                    assigned_by=officer.login,
                                    breaches=[b.value for b in found], approved_by=approved_by,
                                    approval_reason=reason))
                s.flush()
                audit.record(s, officer, now, "bed.move" if current else "bed.assign", "stay",
                             stay.case_no, {"bed": place, "from": moved_from,
                                            "breaches": [b.value for b in found],
                                            "approved_by": approved_by, "reason": reason})
                return place
        except IntegrityError:
            # another desk gave out this bed (or placed this stay) a moment ago
            with self.desk.db.read() as s:
                bed = s.get(Bed, bed_id) if is_record_id(bed_id) else None
                place = self._place(bed) if bed else str(bed_id)
            raise BedTaken(field="bed", bed=place) from None

    def release_in(self, s: Session, stay: Stay, reason: BedEnd, officer: Officer,
                   now: dt.datetime) -> str:
        """End the stay's live assignment inside the caller's transaction (departure, hospital,
        out-of-station care). The bed is marked for cleaning. Returns the place, or ""."""
        live = self._live(s, stay_id=stay.id)
        if live is None:
            return ""
        bed = s.get(Bed, live.bed_id)
        live.end_at, live.end_reason, live.ended_by = now, reason.value, officer.login
        bed.cleaning = True
        place = self._place(bed)
        audit.record(s, officer, now, "bed.release", "stay", stay.case_no,
                     {"bed": place, "reason": reason.value})
        return place

    def release(self, case_no: str, reason: BedEnd = BedEnd.RELEASED) -> str:
        """Free the stay's bed (it is then marked for cleaning)."""
        officer = self.desk.require(Permission.BEDS)
        try:
            reason = BedEnd(reason)
        except ValueError:
            raise RequiredField(field="reason", label=LABELS["end_reason"]) from None
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            place = self.release_in(s, stay, reason, officer, self.desk.now())
            if not place:
                raise NoBed(field="case_no", case_no=stay.case_no)
            return place

    def history(self, case_no: str) -> list[AssignmentRow]:
        """Every bed this stay has had, oldest first."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            stay = self._stay(s, case_no)
            rows = s.execute(select(BedAssignment).where(BedAssignment.stay_id == stay.id)
                             .order_by(BedAssignment.start_at, BedAssignment.id)).scalars()
            return [AssignmentRow(self._place(s.get(Bed, a.bed_id)), a.start_at, a.end_at,
                                  a.end_reason, a.assigned_by, tuple(a.breaches or ()),
                                  a.approved_by, a.approval_reason) for a in rows]

    def place_of(self, case_no: str) -> str:
        """Where the stay sleeps now ("" without a bed)."""
        with self.desk.db.read() as s:
            stay = self._stay(s, case_no)
            live = self._live(s, stay_id=stay.id)
            return self._place(s.get(Bed, live.bed_id)) if live else ""

    # -- bed states ---------------------------------------------------------------------------
    def hold(self, bed_id: int, *, held_for: str, hours: int | None = None,
             case_no: str = "") -> dt.datetime:
        """Hold a free bed for someone expected (or a stay) until a time; returns that time."""
        officer = self.desk.require(Permission.BEDS)
        now = self.desk.now()
        if hours is None:
            hours = int(SettingsService(self.desk).get("bed_hold_hours"))
        if isinstance(hours, bool) or not isinstance(hours, int) or not 1 <= hours <= 48:
            raise BadHold(field="hours")
        held_for = clean_text(held_for, LABELS["held_for"], limit=100, field="held_for")
        with self.desk.db.write() as s:
            bed = self._get(s, Bed, bed_id, "bed")
            state = self._state(s, bed, now)
            if state not in (BedState.FREE, BedState.CLEANING):
                raise BedNotFree(field="bed", bed=self._place(bed),
                                 state=BED_STATE_LABELS[state])
            stay_id = None
            if case_no is not None and case_no != "":
                stay = self._stay(s, case_no)
                stay_id = stay.id
                held_for = held_for or stay.case_no
            if not held_for:
                raise RequiredField(field="held_for", label=LABELS["held_for"])
            until = now + dt.timedelta(hours=hours)
            bed.held_until, bed.held_for, bed.held_stay_id, bed.held_by = (
                until, held_for, stay_id, officer.login)
            audit.record(s, officer, now, "bed.hold", "bed", self._place(bed),
                         {"until": until.isoformat(), "held_for": held_for})
            return until

    def _bed_change(self, bed_id: int, action: str, change, *, allow_occupied: bool = False,
                    permission: Permission = Permission.BEDS) -> None:
        officer = self.desk.require(permission)
        now = self.desk.now()
        with self.desk.db.write() as s:
            bed = self._get(s, Bed, bed_id, "bed")
            if not allow_occupied and self._live(s, bed_id=bed.id) is not None:
                raise BedInUse(field="bed", bed=self._place(bed))
            details = change(bed) or {}
            audit.record(s, officer, now, action, "bed", self._place(bed), details)

    def release_hold(self, bed_id: int) -> None:
        def change(bed: Bed):
            before = bed.held_for
            bed.held_until, bed.held_for, bed.held_stay_id, bed.held_by = None, "", None, ""
            return {"held_for": before}
        self._bed_change(bed_id, "bed.hold_release", change)

    def set_out_of_service(self, bed_id: int, reason: str) -> None:
        reason = clean_text(reason, LABELS["reason"], limit=200, required=True, field="reason")

        def change(bed: Bed):
            bed.out_of_service, bed.out_of_service_reason = True, reason
            bed.held_until, bed.held_for, bed.held_stay_id, bed.held_by = None, "", None, ""
            return {"reason": reason}
        self._bed_change(bed_id, "bed.out_of_service", change)

    def back_in_service(self, bed_id: int) -> None:
        def change(bed: Bed):
            bed.out_of_service, bed.out_of_service_reason = False, ""
        self._bed_change(bed_id, "bed.in_service", change)

    def mark_clean(self, bed_id: int) -> None:
        def change(bed: Bed):
            bed.cleaning = False
        self._bed_change(bed_id, "bed.cleaned", change)

    # -- the board ----------------------------------------------------------------------------
    def board(self, *, waiting: bool = True) -> Board:
        """Every area, room and bed with its state and occupant; who waits for a bed (with the
        bed suggested for each, unless ``waiting`` is False); who is counted off site."""
        self.desk.require(Permission.SEARCH)
        now = self.desk.now()
        limit = self._stay_limit()
        with self.desk.db.read() as s:
            # Plain rows of the columns the board shows, not ORM objects: a big station has a
            # thousand beds and hundreds of people in, and the board is read after every change.
            station = s.execute(select(Station)).scalar_one_or_none()
            live = {row.bed_id: row for row in s.execute(
                select(BedAssignment.bed_id, BedAssignment.start_at, BedAssignment.breaches,
                       BedAssignment.approved_by, *_STAY_COLUMNS, *_PERSON_COLUMNS)
                .join(Stay, BedAssignment.stay_id == Stay.id)
                .join(Person, Stay.person_id == Person.id)
                .where(BedAssignment.end_at.is_(None)))}
            names = dict(s.execute(select(User.login, User.name)).all())
            # the layout in three statements (not one per area and per room)
            rooms_of = collections.defaultdict(list)
            for room in s.execute(select(Room.__table__).order_by(Room.sort, Room.id)):
                rooms_of[room.area_id].append(room)
            beds_of = collections.defaultdict(list)
            for bed in s.execute(select(Bed.__table__).order_by(Bed.sort, Bed.id)):
                beds_of[bed.room_id].append(bed)
            areas = []
            for area in s.execute(select(Area.__table__).order_by(Area.sort, Area.id)):
                rooms = []
                for room in rooms_of[area.id]:
                    tiles = []
                    for bed in beds_of[room.id]:
                        tiles.append(self._tile(area, room, bed, live.get(bed.id), now, limit,
                                                names))
                    rooms.append(RoomView(room.id, room.name, tuple(tiles)))
                areas.append(AreaView(area.id, area.name, AreaKind(area.kind), area.sex,
                                      area.for_minors, area.capacity, tuple(rooms)))
            placed = select(BedAssignment.id).where(BedAssignment.stay_id == Stay.id,
                                                    BedAssignment.end_at.is_(None))
            waiting_rows = [] if not waiting else s.execute(
                select(*_STAY_COLUMNS, *_PERSON_COLUMNS)
                .join(Person, Stay.person_id == Person.id)
                .where(Stay.status == StayStatus.IN_STATION.value, ~placed.exists())
                .order_by(Stay.arrived_at, Stay.id)).all()
            off_rows = s.execute(
                select(*_STAY_COLUMNS, *_PERSON_COLUMNS)
                .join(Person, Stay.person_id == Person.id)
                .where(Stay.status.in_([StayStatus.IN_HOSPITAL.value, StayStatus.IN_CARE.value]))
                .order_by(Stay.arrived_at)).all()
            board = Board(now, station.name if station else "", bool(station and station.is_demo),
                          tuple(areas), (), tuple(
                              OffSiteRow(row.case_no, row.unknown_no or row.name, row.status,
                                         row.arrived_at)
                              for row in off_rows))
            waiting = []
            free = self._candidates(board) if waiting_rows else None
            for row in waiting_rows:
                occ = _occupant(row, row)
                waiting.append(WaitingRow(
                    row.case_no, row.unknown_no or row.name, initials_of(row), row.sex,
                    row.age_at_arrival, row.arrived_at, occ.minor,
                    bool(occ.flags & WATCH_FLAGS), self._suggest(board, occ, free)))
            return dataclasses.replace(board, waiting=tuple(waiting))

    @staticmethod
    def _tile(area, room, bed, live, now: dt.datetime, limit: int,
              names: dict[str, str]) -> BedTile:
        """A bed's tile from rows of ``area``, ``room`` and ``bed``, and ``live``: a row of
        its live assignment with the stay's and the person's columns (or None)."""
        state = bed_state(occupied=live is not None, out_of_service=bed.out_of_service,
                          cleaning=bed.cleaning, held_until=bed.held_until, now=now)
        base = (bed.id, bed.label, area.id, area.name, room.id, room.name, state,
                bed.lower_bunk, bed.accessible, bed.near_duty_room,
                bed.out_of_service_reason if bed.out_of_service else "")
        if state == BedState.HELD:
            return BedTile(*base, held_until=bed.held_until, held_for=bed.held_for)
        if live is None:
            return BedTile(*base)
        assignment = stay = person = live
        occ = _occupant(stay, person)
        limited = (occ.age is None or occ.age >= SELF_DEPARTURE_AGE) and not (
            occ.flags & {Inspection.MENTAL, Inspection.DISABILITY}) and not occ.minor
        days_in = (now - stay.arrived_at).total_seconds() / 86400
        return BedTile(
            *base, case_no=stay.case_no, person_name=person.unknown_no or person.name,
            initials=initials_of(person), sex=person.sex, age=occ.age,
            since=assignment.start_at, minor=occ.minor,
            medical=bool(occ.flags & WATCH_FLAGS) or area.kind in (AreaKind.MEDICAL,
                                                                  AreaKind.MENTAL),
            new=(now - stay.arrived_at) <= dt.timedelta(hours=24),
            due=limited and days_in >= limit - 1,
            breaches=tuple(assignment.breaches or ()),
            approved_by=names.get(assignment.approved_by, assignment.approved_by))

    def note_printed(self, form: str) -> None:
        """Record who printed the presence roll or the board sheet (names are on them)."""
        officer = self.desk.require(Permission.SEARCH)
        with self.desk.db.write() as s:
            audit.record(s, officer, self.desk.now(), f"print.{form}", "station", 1)

    def occupancy(self) -> tuple[int, int]:
        """(occupied beds, beds in service) for the status bar."""
        with self.desk.db.read() as s:
            beds = s.execute(select(func.count(Bed.id)).where(Bed.out_of_service.is_(False))
                             ).scalar_one()
            occupied = s.execute(select(func.count(BedAssignment.id))
                                 .where(BedAssignment.end_at.is_(None))).scalar_one()
            return occupied, beds

    # -- the layout (administrators) ----------------------------------------------------------
    def _area_values(self, name: str, kind, sex: str, for_minors: bool, capacity: int):
        name = clean_text(name, LABELS["area_name"], limit=40, required=True, field="name")
        try:
            kind = AreaKind(kind)
        except ValueError:
            raise RequiredField(field="kind", label=LABELS["area"]) from None
        sex = KIND_SEX.get(kind, sex if sex in ("M", "F") else "")
        if not sex and kind not in MIXED_KINDS:
            raise SexNeedsKind(field="sex")
        if kind in MIXED_KINDS:
            sex = ""
        if isinstance(capacity, bool) or not isinstance(capacity, int) \
                or not 0 <= capacity <= 2000:
            raise BadCapacity(field="capacity")
        rule = area_rule(kind, sex, bool(for_minors))
        return name, kind, sex, rule.for_minors, capacity

    def add_area(self, name: str, kind: AreaKind | str, *, sex: str = "",
                 for_minors: bool = False, capacity: int = 0) -> int:
        officer = self.desk.require(Permission.EDIT_STATION)
        name, kind, sex, for_minors, capacity = self._area_values(name, kind, sex, for_minors,
                                                                  capacity)
        with self.desk.db.write() as s:
            if s.execute(select(Area.id).where(Area.name == name)).first():
                raise Duplicate(field="name", label=LABELS["area_name"], value=name)
            sort = (s.execute(select(func.max(Area.sort))).scalar() or 0) + 1
            area = Area(name=name, kind=kind.value, sex=sex, for_minors=for_minors,
                        capacity=capacity, sort=sort)
            s.add(area)
            s.flush()
            audit.record(s, officer, self.desk.now(), "area.create", "area", area.id,
                         {"name": name, "kind": kind.value, "sex": sex,
                          "for_minors": for_minors, "capacity": capacity})
            return area.id

    def update_area(self, area_id: int, name: str, kind: AreaKind | str, *, sex: str = "",
                    for_minors: bool = False, capacity: int = 0) -> None:
        """Change an area. A change that would put its present occupants outside the rules is
        refused."""
        officer = self.desk.require(Permission.EDIT_STATION)
        name, kind, sex, for_minors, capacity = self._area_values(name, kind, sex, for_minors,
                                                                  capacity)
        with self.desk.db.write() as s:
            area = self._get(s, Area, area_id, "area")
            if s.execute(select(Area.id).where(Area.name == name, Area.id != area.id)).first():
                raise Duplicate(field="name", label=LABELS["area_name"], value=name)
            rule = AreaRule(kind, sex, for_minors)
            occupants = s.execute(
                select(Stay, Person).join(BedAssignment, BedAssignment.stay_id == Stay.id)
                .join(Person, Stay.person_id == Person.id)
                .join(Bed, BedAssignment.bed_id == Bed.id).join(Room, Bed.room_id == Room.id)
                .where(Room.area_id == area.id, BedAssignment.end_at.is_(None))).all()
            was = area_rule(area.kind, area.sex, area.for_minors)
            newly = [stay for stay, person in occupants
                     if breaches(_occupant(stay, person), rule)
                     and not breaches(_occupant(stay, person), was)]
            if newly:
                raise RuleWouldBreak(field="kind", count=len(newly))
            before = {"name": area.name, "kind": area.kind, "sex": area.sex,
                      "for_minors": area.for_minors, "capacity": area.capacity}
            after = {"name": name, "kind": kind.value, "sex": sex, "for_minors": for_minors,
                     "capacity": capacity}
            changed = {k: [before[k], v] for k, v in after.items() if before[k] != v}
            if not changed:
                return
            area.name, area.kind, area.sex = name, kind.value, sex
            area.for_minors, area.capacity = for_minors, capacity
            audit.record(s, officer, self.desk.now(), "area.update", "area", area.id, changed)

    @staticmethod
    def _removable(s: Session, beds: list[Bed], place) -> None:
        for bed in beds:
            if s.execute(select(BedAssignment.id).where(BedAssignment.bed_id == bed.id)
                         .limit(1)).first():
                raise BedHasHistory(field="bed", bed=place(bed))

    def remove_area(self, area_id: int) -> None:
        """Remove an area with its rooms and beds; refused while anyone sleeps there or a bed of
        it is in the records."""
        officer = self.desk.require(Permission.EDIT_STATION)
        with self.desk.db.write() as s:
            area = self._get(s, Area, area_id, "area")
            beds = [b for r in area.rooms for b in r.beds]
            if any(self._live(s, bed_id=b.id) for b in beds):
                raise AreaNotEmpty(field="area", what=LABELS["area"], name=area.name)
            self._removable(s, beds, self._place)
            for room in list(area.rooms):
                for bed in list(room.beds):
                    s.delete(bed)
                s.delete(room)
            audit.record(s, officer, self.desk.now(), "area.remove", "area", area.id,
                         {"name": area.name, "beds": len(beds)})
            s.delete(area)

    def add_room(self, area_id: int, name: str) -> int:
        officer = self.desk.require(Permission.EDIT_STATION)
        name = clean_text(name, LABELS["room_name"], limit=40, required=True, field="name")
        with self.desk.db.write() as s:
            area = self._get(s, Area, area_id, "area")
            if s.execute(select(Room.id).where(Room.area_id == area.id, Room.name == name)
                         ).first():
                raise Duplicate(field="name", label=LABELS["room_name"], value=name)
            sort = (s.execute(select(func.max(Room.sort)).where(Room.area_id == area.id)
                              ).scalar() or 0) + 1
            room = Room(area_id=area.id, name=name, sort=sort)
            s.add(room)
            s.flush()
            audit.record(s, officer, self.desk.now(), "room.create", "room", room.id,
                         {"area": area.name, "name": name})
            return room.id

    def rename_room(self, room_id: int, name: str) -> None:
        officer = self.desk.require(Permission.EDIT_STATION)
        name = clean_text(name, LABELS["room_name"], limit=40, required=True, field="name")
        with self.desk.db.write() as s:
            room = self._get(s, Room, room_id, "room")
            if s.execute(select(Room.id).where(Room.area_id == room.area_id, Room.name == name,
                                               Room.id != room.id)).first():
                raise Duplicate(field="name", label=LABELS["room_name"], value=name)
            if room.name != name:
                audit.record(s, officer, self.desk.now(), "room.update", "room", room.id,
                             {"name": [room.name, name]})
                room.name = name

    def remove_room(self, room_id: int) -> None:
        officer = self.desk.require(Permission.EDIT_STATION)
        with self.desk.db.write() as s:
            room = self._get(s, Room, room_id, "room")
            if any(self._live(s, bed_id=b.id) for b in room.beds):
                raise AreaNotEmpty(field="room", what=LABELS["room"], name=room.name)
            self._removable(s, list(room.beds), self._place)
            for bed in list(room.beds):
                s.delete(bed)
            audit.record(s, officer, self.desk.now(), "room.remove", "room", room.id,
                         {"area": room.area.name, "name": room.name})
            s.delete(room)

    def add_beds(self, room_id: int, count: int, *, lower_bunk: bool = False,
                 accessible: bool = False, near_duty_room: bool = False) -> list[int]:
        """Add ``count`` beds numbered on from the room's last number."""
        officer = self.desk.require(Permission.EDIT_STATION)
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 200:
            raise BadBedCount(field="count")
        with self.desk.db.write() as s:
            room = self._get(s, Room, room_id, "room")
            labels = {b.label for b in room.beds}
            sort = max((b.sort for b in room.beds), default=0)
            ids, number = [], 0
            for _ in range(count):
                number += 1
                while f"{number:02d}" in labels:
                    number += 1
                label = f"{number:02d}"
                labels.add(label)
                sort += 1
                bed = Bed(room_id=room.id, label=label, sort=sort, lower_bunk=bool(lower_bunk),
                          accessible=bool(accessible), near_duty_room=bool(near_duty_room))
                s.add(bed)
                s.flush()
                ids.append(bed.id)
            audit.record(s, officer, self.desk.now(), "bed.create", "room", room.id,
                         {"area": room.area.name, "room": room.name, "count": count})
            return ids

    def update_bed(self, bed_id: int, *, label: str, lower_bunk: bool, accessible: bool,
                   near_duty_room: bool) -> None:
        officer = self.desk.require(Permission.EDIT_STATION)
        label = clean_text(label, LABELS["bed_label"], limit=20, required=True, field="label")
        with self.desk.db.write() as s:
            bed = self._get(s, Bed, bed_id, "bed")
            if s.execute(select(Bed.id).where(Bed.room_id == bed.room_id, Bed.label == label,
                                              Bed.id != bed.id)).first():
                raise Duplicate(field="label", label=LABELS["bed_label"], value=label)
            before = {"label": bed.label, "lower_bunk": bed.lower_bunk,
                      "accessible": bed.accessible, "near_duty_room": bed.near_duty_room}
            after = {"label": label, "lower_bunk": bool(lower_bunk),
                     "accessible": bool(accessible), "near_duty_room": bool(near_duty_room)}
            changed = {k: [before[k], v] for k, v in after.items() if before[k] != v}
            if changed:
                bed.label, bed.lower_bunk = label, bool(lower_bunk)
                bed.accessible, bed.near_duty_room = bool(accessible), bool(near_duty_room)
                audit.record(s, officer, self.desk.now(), "bed.update", "bed", bed.id, changed)

    def remove_bed(self, bed_id: int) -> None:
        officer = self.desk.require(Permission.EDIT_STATION)
        with self.desk.db.write() as s:
            bed = self._get(s, Bed, bed_id, "bed")
            place = self._place(bed)
            if self._live(s, bed_id=bed.id) is not None:
                raise BedInUse(field="bed", bed=place)
            self._removable(s, [bed], self._place)
            audit.record(s, officer, self.desk.now(), "bed.remove", "bed", bed.id,
                         {"bed": place})
            s.delete(bed)

    def apply_template(self, name: str) -> int:
        """Start an empty layout from a template (small / medium / large). Returns the beds."""
        officer = self.desk.require(Permission.EDIT_STATION)
        if not isinstance(name, str) or name not in LAYOUT_TEMPLATES:
            raise NotFound(field="template", what=LABELS["template"], key=shown(name))
        now = self.desk.now()
        total = 0
        with self.desk.db.write() as s:
            if s.execute(select(Area.id).limit(1)).first():
                raise LayoutExists(field="template")
            for a_sort, (area_name, kind, sex, minors, rooms) in enumerate(
                    LAYOUT_TEMPLATES[name], start=1):
                capacity = sum(r[1] for r in rooms)
                area = Area(name=area_name, kind=kind.value, sex=KIND_SEX.get(kind, sex),
                            for_minors=area_rule(kind, sex, minors).for_minors,
                            capacity=capacity, sort=a_sort)
                s.add(area)
                s.flush()
                for r_sort, (room_name, beds, lower, accessible, near) in enumerate(
                        rooms, start=1):
                    room = Room(area_id=area.id, name=room_name, sort=r_sort)
                    s.add(room)
                    s.flush()
                    for i in range(beds):
                        s.add(Bed(room_id=room.id, label=f"{i + 1:02d}", sort=i + 1,
                                  lower_bunk=lower >= beds or i % 2 == 0,
                                  accessible=i < accessible, near_duty_room=i < near))
                    total += beds
            audit.record(s, officer, now, "layout.template", "station", 1,
                         {"template": name, "beds": total})
        return total
