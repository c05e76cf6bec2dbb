"""Duty: the roster (plan, repeat, swap, conflicts), the shift log (append-only, automatic
headcounts and admission/departure entries), the handover with the incoming officer's
acknowledgement, and the stay clock with extensions, DNA requests and family-search notices.
Each public call is one transaction with its audit record."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from rescue_desk.domain.duty import (
    DEFAULT_PATTERNS,
    MANUAL_KINDS,
    BadExtension,
    Conflict,
    Deadline,
    EntriesAreFinal,
    EntryKind,
    IncidentKind,
    NeedsIncoming,
    NoticeNeedsSecond,
    NotSigned,
    Post,
    SameOfficer,
    ShiftLocked,
    ShiftPattern,
    ShiftState,
    Slot,
    StayFacts,
    check_patterns,
    conflicts,
    monday_of,
    parse_shift_key,
    post_area,
    repeat_week,
    shift_at,
    shift_key,
    stay_deadlines,
)
from rescue_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    PermissionDenied,
    RequiredField,
)
from rescue_desk.domain.inputs import (
    as_sequence,
    check_day,
    check_period,
    is_record_id,
    lookup_key,
    shown,
)
from rescue_desk.domain.intake import Inspection, StayStatus, is_minor
from rescue_desk.domain.models import (
    Area,
    Bed,
    BedAssignment,
    Person,
    PersonPhoto,
    Room,
    RosterSlot,
    RosterSwap,
    SearchNotice,
    Setting,
    Shift,
    ShiftEntry,
    Station,
    Stay,
    StayExtension,
    User,
)
from rescue_desk.domain.passwords import verify_password
from rescue_desk.domain.roles import Permission
from rescue_desk.domain.text import clean_text
from rescue_desk.services import audit
from rescue_desk.services.approval import Approval, LeaderPasswordWrong, check_approval
from rescue_desk.services.desk import Desk, Officer
from rescue_desk.services.settings import SettingsService

PATTERNS_KEY = "shift_patterns"

LABELS = {
    "text": QT_TRANSLATE_NOOP("Field", "what happened"),
    "area": QT_TRANSLATE_NOOP("Field", "area"),
    "people": QT_TRANSLATE_NOOP("Field", "people involved"),
    "action": QT_TRANSLATE_NOOP("Field", "action taken"),
    "keys": QT_TRANSLATE_NOOP("Field", "keys, seals and cash box"),
    "notes": QT_TRANSLATE_NOOP("Field", "notes"),
    "reason": QT_TRANSLATE_NOOP("Field", "reason"),
    "approved_by": QT_TRANSLATE_NOOP("Field", "approved by"),
    "reference": QT_TRANSLATE_NOOP("Field", "reference"),
    "entry": QT_TRANSLATE_NOOP("Field", "log entry"),
    "stay": QT_TRANSLATE_NOOP("Field", "case"),
    "officer": QT_TRANSLATE_NOOP("Field", "officer"),
    "shift": QT_TRANSLATE_NOOP("Field", "shift"),
    "health": QT_TRANSLATE_NOOP("Field", "health"),
    "mental_state": QT_TRANSLATE_NOOP("Field", "intellectual and mental state"),
}

#: Days one roster view (and its printed sheet) may cover.
MAX_ROSTER_DAYS = 62

WAITING = "待安排床位"
OFF_SITE = "站外（送医、托养）"
TOTAL = "合计"


# -- outputs ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class RosterView:
    first: dt.date
    last: dt.date
    patterns: tuple[ShiftPattern, ...]
    posts: tuple[tuple[str, str], ...]  #: (post code, printed name)
    slots: dict  #: (day, shift, post) → [(login, name, phone)]
    conflicts: tuple[Conflict, ...]
    names: dict  #: login → name
    station_name: str
    is_demo: bool

    @property
    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n)
                for n in range((self.last - self.first).days + 1)]


@dataclasses.dataclass(frozen=True)
class SwapRow:
    day: dt.date
    shift: str
    post: str
    from_login: str
    to_login: str
    reason: str
    at: dt.datetime
    by: str


@dataclasses.dataclass(frozen=True)
class EntryRow:
    id: int
    at: dt.datetime
    officer: str
    kind: EntryKind
    area: str
    text: str
    details: dict
    case_no: str
    refers_to: int | None


@dataclasses.dataclass(frozen=True)
class ShiftView:
    key: str
    day: dt.date
    code: str
    name: str
    start_at: dt.datetime
    end_at: dt.datetime
    state: ShiftState
    headcount_start: dict
    headcount_end: dict
    summary: dict
    outgoing: str
    signed_at: dt.datetime | None
    incoming: str
    acknowledged_at: dt.datetime | None
    closed_by: str
    close_reason: str
    entries: tuple[EntryRow, ...]
    on_duty: tuple[str, ...]  #: names of the officers rostered
    leader: str
    station_name: str
    is_demo: bool


@dataclasses.dataclass(frozen=True)
class ClockRow:
    case_no: str
    person_name: str
    arrived_at: dt.datetime
    minor: bool
    unidentified: bool
    deadlines: tuple[Deadline, ...]

    def pending(self, now: dt.datetime, within: dt.timedelta) -> tuple[Deadline, ...]:
        return tuple(d for d in self.deadlines
                     if d.done is None and d.due <= now + within)


@dataclasses.dataclass(frozen=True)
class NoticeRecord:
    """A family-search notice to print."""

    station_name: str
    station_hotline: str
    station_address: str
    is_demo: bool
    notice_no: str
    case_no: str
    name: str  #: "" when not known
    sex: str
    age_text: str
    height_cm: int | None
    health: str
    mental_state: str
    features: str
    clothing: str
    found_place: str
    found_at: dt.datetime | None
    arrived_at: dt.datetime
    photo: bytes | None
    issued_at: dt.datetime
    issued_by: str
    approved_by: str


# -- helpers ---------------------------------------------------------------------------------


def _name(person: Person) -> str:
    return person.unknown_no or person.name


def headcount(s: Session, now: dt.datetime) -> dict:
    """People by area at ``now``: in a bed per area, waiting for a bed, off site, and the
    total."""
    counts: dict[str, int] = {}
    for name, n in s.execute(
            select(Area.name, func.count(BedAssignment.id))
            .join(Room, Room.area_id == Area.id).join(Bed, Bed.room_id == Room.id)
            .join(BedAssignment, BedAssignment.bed_id == Bed.id)
            .where(BedAssignment.end_at.is_(None)).group_by(Area.name)):
        counts[name] = n
    in_station = s.execute(select(func.count(Stay.id)).where(
        Stay.status == StayStatus.IN_STATION.value, Stay.arrived_at <= now)).scalar_one()
    off = s.execute(select(func.count(Stay.id)).where(Stay.status.in_(
        [StayStatus.IN_HOSPITAL.value, StayStatus.IN_CARE.value]),
        Stay.arrived_at <= now)).scalar_one()
    counts[WAITING] = max(in_station - sum(counts.values()), 0)
    counts[OFF_SITE] = off
    counts[TOTAL] = in_station + off
    return counts


def _patterns(s: Session) -> tuple[ShiftPattern, ...]:
    row = s.get(Setting, PATTERNS_KEY)
    if row is not None and isinstance(row.value, list) and row.value:
        try:
            return tuple(ShiftPattern(**p) for p in row.value)
        except TypeError:
            pass
    return DEFAULT_PATTERNS


def current_shift(s: Session, now: dt.datetime, officer: Officer | None) -> Shift:
    """The shift that ``now`` falls in, made (with its opening headcount) when first needed."""
    day, pattern = shift_at(_patterns(s), now)
    row = s.execute(select(Shift).where(Shift.day == day, Shift.code == pattern.code)
                    ).scalar_one_or_none()
    if row is None:
        start, end = pattern.times(day)
        row = Shift(day=day, code=pattern.code, start_at=start, end_at=end,
                    state=ShiftState.OPEN.value, headcount_start=headcount(s, now))
        s.add(row)
        s.flush()
        s.add(ShiftEntry(shift_id=row.id, at=now, officer=officer.login if officer else "",
                         kind=EntryKind.HEADCOUNT.value, text=_headcount_text(
                             row.headcount_start), details=row.headcount_start))
    return row


def _headcount_text(counts: dict) -> str:
    parts = [f"{k} {v}" for k, v in counts.items() if k != TOTAL and v]
    return f"在站 {counts.get(TOTAL, 0)} 人：" + "，".join(parts) if parts else \
        f"在站 {counts.get(TOTAL, 0)} 人"


def log_event(s: Session, officer: Officer, now: dt.datetime, kind: EntryKind, text: str,
              case_no: str = "") -> None:
    """An automatic entry (admission, departure) in the current shift's log, inside the
    caller's transaction. A locked shift takes no more entries; the event then goes unlogged
    rather than failing the intake or departure that caused it."""
    shift = current_shift(s, now, officer)
    if shift.state == ShiftState.LOCKED.value:
        return
    s.add(ShiftEntry(shift_id=shift.id, at=now, officer=officer.login, kind=kind.value,
                     text=text, case_no=case_no))


class DutyService:
    """Roster, shift log, handover, and the stay clock."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- settings -------------------------------------------------------------------------
    def patterns(self) -> tuple[ShiftPattern, ...]:
        with self.desk.db.read() as s:
            return _patterns(s)

    def set_patterns(self, patterns: list[ShiftPattern]) -> None:
        officer = self.desk.require(Permission.EDIT_RULES)
        check_patterns(patterns)
        with self.desk.db.write() as s:
            row = s.get(Setting, PATTERNS_KEY)
            value = [dataclasses.asdict(p) for p in patterns]
            if row is None:
                s.add(Setting(key=PATTERNS_KEY, value=value))
            else:
                row.value = value
            audit.record(s, officer, self.desk.now(), "setting.update", "setting",
                         PATTERNS_KEY, {"value": value})

    def min_rest_hours(self) -> int:
        return int(SettingsService(self.desk).get("min_rest_hours"))

    def posts(self) -> tuple[tuple[str, str], ...]:
        """(post code, printed name): the fixed posts and one per area."""
        names = {Post.LEADER: "带班领导", Post.RECEPTION: "接待登记", Post.SECURITY: "安检",
                 Post.HOTLINE: "求助热线", Post.DRIVER: "司机"}
        with self.desk.db.read() as s:
            areas = list(s.execute(select(Area.id, Area.name).order_by(Area.sort, Area.id)))
        fixed = [(p.value, names[p]) for p in (Post.LEADER, Post.RECEPTION, Post.SECURITY)]
        tail = [(p.value, names[p]) for p in (Post.HOTLINE, Post.DRIVER)]
        return tuple(fixed + [(f"area:{a}", n) for a, n in areas] + tail)

    # -- the roster -----------------------------------------------------------------------
    def _may_plan(self) -> Officer:
        officer = self.desk.require()
        if not (officer.may(Permission.EDIT_STATION)
                or officer.may(Permission.APPROVE_EXCEPTION)):
            raise PermissionDenied(action="roster")
        return officer

    def roster(self, first: dt.date, last: dt.date) -> RosterView:
        self.desk.require(Permission.SEARCH)
        first, last = check_period(first, last, field="period", max_days=MAX_ROSTER_DAYS)
        with self.desk.db.read() as s:
            users = {u.login: (u.name, u.phone) for u in s.execute(select(User)).scalars()}
            rows = [Slot(r.day, r.shift, r.post, r.login) for r in s.execute(
                select(RosterSlot).where(
                    RosterSlot.day >= first - dt.timedelta(days=1), RosterSlot.day <= last)
                .order_by(RosterSlot.day, RosterSlot.id)).scalars()]
            station = s.execute(select(Station)).scalar_one_or_none()
            station_name, is_demo = (station.name, station.is_demo) if station else ("", False)
            patterns = _patterns(s)
        slots: dict = {}
        for r in rows:
            if r.day < first:
                continue
            name, phone = users.get(r.login, (r.login, ""))
            slots.setdefault((r.day, r.shift, r.post), []).append((r.login, name, phone))
        days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
        found = [c for c in conflicts(rows, patterns, days, self.min_rest_hours())
                 if c.day >= first]
        return RosterView(first, last, patterns, self.posts(), slots, tuple(found),
                          {k: v[0] for k, v in users.items()}, station_name, bool(is_demo))

    def set_slot(self, day: dt.date, shift: str, post: str, logins: list[str]) -> None:
        """Who works ``post`` in ``shift`` of ``day`` (replaces what was planned)."""
        officer = self._may_plan()
        day = check_day(day, field="day")
        codes = {p.code for p in self.patterns()}
        if not isinstance(shift, str) or shift not in codes or not isinstance(post, str) \
                or post not in {p for p, _ in self.posts()}:
            raise NotFound(field="shift", what=LABELS["shift"],
                           key=shown(f"{day} {shift} {post}"))
        logins = as_sequence(logins)
        if logins is None:
            raise NotFound(field="officer", what=LABELS["officer"], key="—")
        with self.desk.db.write() as s:
            known = set(s.execute(select(User.login).where(User.active.is_(True))).scalars())
            chosen = []
            for given in logins:
                login = (lookup_key(given, limit=40) or "").lower()
                if login not in known:
                    raise NotFound(field="officer", what=LABELS["officer"], key=shown(given))
                if login not in chosen:
                    chosen.append(login)
            before = sorted(s.execute(select(RosterSlot.login).where(
                RosterSlot.day == day, RosterSlot.shift == shift, RosterSlot.post == post)
            ).scalars())
            s.execute(delete(RosterSlot).where(RosterSlot.day == day, RosterSlot.shift == shift,
                                               RosterSlot.post == post))
            for login in chosen:
                s.add(RosterSlot(day=day, shift=shift, post=post, login=login))
            if before != sorted(chosen):
                audit.record(s, officer, self.desk.now(), "roster.set", "roster",
                             f"{day.isoformat()} {shift} {post}", {"logins": [before, chosen]})

    def repeat(self, source_day: dt.date, weeks: int) -> int:
        """Copy the week of ``source_day`` onto the next ``weeks`` weeks (replacing them);
        returns the slots written."""
        officer = self._may_plan()
        if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= 8:
            raise RequiredField(field="weeks", label=LABELS["shift"])
        monday = monday_of(check_day(source_day, field="day"))
        with self.desk.db.write() as s:
            source = [Slot(r.day, r.shift, r.post, r.login) for r in s.execute(
                select(RosterSlot).where(RosterSlot.day >= monday,
                                         RosterSlot.day < monday + dt.timedelta(days=7))
            ).scalars()]
            copies = repeat_week(source, monday, weeks)
            first = monday + dt.timedelta(days=7)
            last = monday + dt.timedelta(days=7 * (weeks + 1))
            s.execute(delete(RosterSlot).where(RosterSlot.day >= first, RosterSlot.day < last))
            for slot in copies:
                s.add(RosterSlot(day=slot.day, shift=slot.shift, post=slot.post,
                                 login=slot.login))
            audit.record(s, officer, self.desk.now(), "roster.repeat", "roster",
                         monday.isoformat(), {"weeks": weeks, "slots": len(copies)})
            return len(copies)

    def swap(self, day: dt.date, shift: str, post: str, from_login: str, to_login: str,
             reason: str) -> None:
        """One officer takes another's post in a shift; the swap is recorded."""
        officer = self.desk.require()
        if not (officer.may(Permission.DUTY_LOG) or officer.may(Permission.EDIT_STATION)):
            raise PermissionDenied(action="roster")
        reason = clean_text(reason, LABELS["reason"], limit=500, required=True, field="reason")
        day = check_day(day, field="day")
        now = self.desk.now()
        keys = [lookup_key(v, limit=40) for v in (shift, post, from_login, to_login)]
        with self.desk.db.write() as s:
            row = s.execute(select(RosterSlot).where(
                RosterSlot.day == day, RosterSlot.shift == keys[0], RosterSlot.post == keys[1],
                RosterSlot.login == (keys[2] or "").lower())).scalar_one_or_none() \
                if None not in keys else None
            if row is None:
                raise NotFound(field="officer", what=LABELS["officer"], key=shown(from_login))
            shift, post, from_login = keys[0], keys[1], (keys[2] or "").lower()
            to_login = (keys[3] or "").lower()
            if not s.execute(select(User.id).where(User.login == to_login,
                                                   User.active.is_(True))).first():
                raise NotFound(field="officer", what=LABELS["officer"], key=shown(to_login))
            row.login = to_login
            s.add(RosterSwap(day=day, shift=shift, post=post, from_login=from_login,
                             to_login=to_login, reason=reason, at=now, by=officer.login))
            audit.record(s, officer, now, "roster.swap", "roster",
                         f"{day.isoformat()} {shift} {post}",
                         {"from": from_login, "to": to_login, "reason": reason})

    def swaps(self, first: dt.date, last: dt.date) -> list[SwapRow]:
        self.desk.require(Permission.SEARCH)
        first, last = check_period(first, last, field="period")
        with self.desk.db.read() as s:
            return [SwapRow(r.day, r.shift, r.post, r.from_login, r.to_login, r.reason, r.at,
                            r.by) for r in s.execute(select(RosterSwap).where(
                                RosterSwap.day >= first, RosterSwap.day <= last)
                                .order_by(RosterSwap.at)).scalars()]

    # -- the shift log --------------------------------------------------------------------
    def _shift(self, s: Session, key: str) -> Shift:
        day, code = parse_shift_key(key)
        row = s.execute(select(Shift).where(Shift.day == day, Shift.code == code)
                        ).scalar_one_or_none()
        if row is None:
            raise NotFound(field="shift", what=LABELS["shift"], key=key)
        return row

    def current(self) -> ShiftView:
        """The shift now (made, with its opening headcount, when first opened)."""
        officer = self.desk.require(Permission.SEARCH)
        with self.desk.db.write() as s:
            row = current_shift(s, self.desk.now(), officer)
            key = shift_key(row.day, row.code)
        return self.shift(key)

    def shift(self, key: str) -> ShiftView:
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            row = self._shift(s, key)
            names = dict(s.execute(select(User.login, User.name)).all())
            entries = tuple(EntryRow(e.id, e.at, names.get(e.officer, e.officer),
                                     EntryKind(e.kind), e.area, e.text, dict(e.details or {}),
                                     e.case_no, e.refers_to) for e in s.execute(
                select(ShiftEntry).where(ShiftEntry.shift_id == row.id)
                .order_by(ShiftEntry.at, ShiftEntry.id)).scalars())
            rostered = list(s.execute(select(RosterSlot.post, RosterSlot.login).where(
                RosterSlot.day == row.day, RosterSlot.shift == row.code)))
            pattern = {p.code: p for p in _patterns(s)}.get(row.code)
            station = s.execute(select(Station)).scalar_one_or_none()
            return ShiftView(
                shift_key(row.day, row.code), row.day, row.code,
                pattern.name if pattern else row.code, row.start_at, row.end_at,
                ShiftState(row.state), dict(row.headcount_start or {}),
                dict(row.headcount_end or {}), dict(row.summary or {}),
                names.get(row.outgoing, row.outgoing), row.signed_at,
                names.get(row.incoming, row.incoming), row.acknowledged_at,
                names.get(row.closed_by, row.closed_by), row.close_reason, entries,
                tuple(sorted({names.get(login, login) for post, login in rostered})),
                "、".join(names.get(login, login) for post, login in rostered
                         if post == Post.LEADER.value),
                station.name if station else "", bool(station and station.is_demo))

    def shifts(self, limit: int = 30) -> list[tuple[str, str, str]]:
        """(key, state, start) of the latest shifts, newest first."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            return [(shift_key(r.day, r.code), r.state, r.start_at.strftime("%Y-%m-%d %H:%M"))
                    for r in s.execute(select(Shift).order_by(Shift.start_at.desc())
                                       .limit(limit)).scalars()]

    def _open_shift(self, s: Session, officer: Officer, key: str | None) -> Shift:
        row = current_shift(s, self.desk.now(), officer) if not key else self._shift(s, key)
        if row.state == ShiftState.LOCKED.value:
            raise ShiftLocked(field="shift", key=shift_key(row.day, row.code))
        return row

    def sign_in(self) -> str:
        """The officer signs in to the shift now; returns its key."""
        officer = self.desk.require(Permission.SEARCH)
        now = self.desk.now()
        with self.desk.db.write() as s:
            row = self._open_shift(s, officer, None)
            s.add(ShiftEntry(shift_id=row.id, at=now, officer=officer.login,
                             kind=EntryKind.SIGN_IN.value, text=officer.name))
            audit.record(s, officer, now, "shift.sign_in", "shift",
                         shift_key(row.day, row.code))
            return shift_key(row.day, row.code)

    def add_entry(self, kind: EntryKind | str, text: str, *, area: str = "",
                  incident: IncidentKind | str | None = None, people: str = "",
                  action: str = "", police: bool = False, ambulance: bool = False,
                  all_well: bool = False, key: str | None = None) -> int:
        """A handwritten entry of the shift log (patrol round, incident, hotline call, note,
        open task)."""
        officer = self.desk.require(Permission.DUTY_LOG)
        try:
            kind = EntryKind(kind)
        except ValueError:
            raise RequiredField(field="kind", label=LABELS["entry"]) from None
        if kind not in MANUAL_KINDS:
            raise RequiredField(field="kind", label=LABELS["entry"])
        text = clean_text(text, LABELS["text"], limit=2000, field="text")
        area = clean_text(area, LABELS["area"], limit=40, field="area")
        details: dict = {}
        if kind == EntryKind.PATROL:
            details["all_well"] = bool(all_well)
            if not all_well and not text:
                raise RequiredField(field="text", label=LABELS["text"])
        elif kind == EntryKind.INCIDENT:
            try:
                details["incident"] = IncidentKind(incident or "").value
            except ValueError:
                raise RequiredField(field="incident", label=LABELS["text"]) from None
            details["people"] = clean_text(people, LABELS["people"], limit=300,
                                           field="people")
            details["action"] = clean_text(action, LABELS["action"], limit=1000,
                                           field="action")
            details["police"], details["ambulance"] = bool(police), bool(ambulance)
            if not text:
                raise RequiredField(field="text", label=LABELS["text"])
        elif not text:
            raise RequiredField(field="text", label=LABELS["text"])
        now = self.desk.now()
        with self.desk.db.write() as s:
            row = self._open_shift(s, officer, key)
            entry = ShiftEntry(shift_id=row.id, at=now, officer=officer.login, kind=kind.value,
                               area=area, text=text, details=details)
            s.add(entry)
            s.flush()
            audit.record(s, officer, now, "shift.entry", "shift", shift_key(row.day, row.code),
                         {"entry": entry.id, "kind": kind.value})
            return entry.id

    def correct(self, entry_id: int, text: str) -> int:
        """A correction of an entry: a new entry that refers to it (entries never change)."""
        officer = self.desk.require(Permission.DUTY_LOG)
        text = clean_text(text, LABELS["text"], limit=2000, required=True, field="text")
        now = self.desk.now()
        with self.desk.db.write() as s:
            old = s.get(ShiftEntry, entry_id) if is_record_id(entry_id) else None
            if old is None:
                raise NotFound(field="entry", what=LABELS["entry"], key=shown(entry_id))
            row = self._open_shift(s, officer, None)
            entry = ShiftEntry(shift_id=row.id, at=now, officer=officer.login,
                               kind=EntryKind.CORRECTION.value, text=text, refers_to=old.id,
                               case_no=old.case_no)
            s.add(entry)
            s.flush()
            audit.record(s, officer, now, "shift.correct", "shift",
                         shift_key(row.day, row.code), {"entry": entry.id, "refers_to": old.id})
            return entry.id

    def edit_entry(self, entry_id: int, text: str) -> None:
        """Entries are never edited: always refused (the database refuses it too)."""
        self.desk.require(Permission.DUTY_LOG)
        raise EntriesAreFinal(field="text")

    # -- the handover ---------------------------------------------------------------------
    def draft_handover(self, key: str) -> dict:
        """The handover summary drafted from the log: headcount now, admissions, departures,
        incidents and open tasks of the shift."""
        view = self.shift(key)
        with self.desk.db.read() as s:
            now_count = headcount(s, self.desk.now())

        def texts(kind: EntryKind) -> list[str]:
            return [f"{e.at:%H:%M} {e.text}" for e in view.entries if e.kind == kind]

        return {"headcount": now_count, "admissions": texts(EntryKind.ADMISSION),
                "departures": texts(EntryKind.DEPARTURE),
                "incidents": texts(EntryKind.INCIDENT), "tasks": texts(EntryKind.TASK),
                "keys": "", "notes": ""}

    def sign_handover(self, key: str, *, keys: str, notes: str = "") -> None:
        """The outgoing officer signs the handover; the closing headcount is taken."""
        officer = self.desk.require(Permission.DUTY_LOG)
        keys = clean_text(keys, LABELS["keys"], limit=500, required=True, field="keys")
        notes = clean_text(notes, LABELS["notes"], limit=2000, field="notes")
        summary = self.draft_handover(key) | {"keys": keys, "notes": notes}
        now = self.desk.now()
        with self.desk.db.write() as s:
            row = self._shift(s, key)
            if row.state == ShiftState.LOCKED.value:
                raise ShiftLocked(field="shift", key=key)
            row.headcount_end = headcount(s, now)
            row.summary = summary | {"headcount": row.headcount_end}
            row.outgoing, row.signed_at = officer.login, now
            row.state = ShiftState.SIGNED.value
            s.add(ShiftEntry(shift_id=row.id, at=now, officer=officer.login,
                             kind=EntryKind.HEADCOUNT.value,
                             text=_headcount_text(row.headcount_end),
                             details=row.headcount_end))
            s.add(ShiftEntry(shift_id=row.id, at=now, officer=officer.login,
                             kind=EntryKind.HANDOVER.value, text="交班人签字"))
            audit.record(s, officer, now, "shift.handover", "shift", key, {"keys": keys})

    def acknowledge(self, key: str, login: str, password: str) -> None:
        """The incoming officer acknowledges with their own login; the shift is then locked."""
        self.desk.require(Permission.SEARCH)
        now = self.desk.now()
        with self.desk.db.write() as s:
            row = self._shift(s, key)
            if row.state == ShiftState.LOCKED.value:
                raise ShiftLocked(field="shift", key=key)
            if row.state != ShiftState.SIGNED.value:
                raise NotSigned(field="shift")
            key = (lookup_key(login, limit=40) or "").lower()
            user = s.execute(select(User).where(User.login == key, User.active.is_(True))
                             ).scalar_one_or_none() if key else None
            if user is None or not verify_password(password or "", user.password_hash):
                raise LeaderPasswordWrong(field="incoming_password")
            if user.login == row.outgoing:
                raise SameOfficer(field="incoming")
            row.incoming, row.acknowledged_at = user.login, now
            row.state = ShiftState.LOCKED.value
            incoming = Officer(user.id, user.login, user.name, user.sex, frozenset())
            s.add(ShiftEntry(shift_id=row.id, at=now, officer=user.login,
                             kind=EntryKind.HANDOVER.value, text="接班人确认"))
            audit.record(s, incoming, now, "shift.acknowledge", "shift", key)

    def close_without_incoming(self, key: str, approval: Approval | None) -> None:
        """Close a signed shift without an incoming acknowledgement: the leader on duty's
        override with a reason."""
        officer = self.desk.require(Permission.DUTY_LOG)
        now = self.desk.now()
        with self.desk.db.write() as s:
            row = self._shift(s, key)
            if row.state == ShiftState.LOCKED.value:
                raise ShiftLocked(field="shift", key=key)
            if row.state != ShiftState.SIGNED.value:
                raise NotSigned(field="shift")
            if approval is None:
                raise NeedsIncoming(field="incoming")
            leader, reason = check_approval(s, officer, approval)
            row.closed_by, row.close_reason = leader, reason
            row.state = ShiftState.LOCKED.value
            s.add(ShiftEntry(shift_id=row.id, at=now, officer=leader,
                             kind=EntryKind.HANDOVER.value,
                             text=f"带班领导关闭本班（无接班确认）：{reason}"))
            audit.record(s, officer, now, "shift.close", "shift", key,
                         {"leader": leader, "reason": reason})

    def note_printed(self, what: str, key: str) -> None:
        officer = self.desk.require(Permission.SEARCH)
        with self.desk.db.write() as s:
            audit.record(s, officer, self.desk.now(), f"print.{what}", what, key)

    # -- the stay clock -------------------------------------------------------------------
    def _facts(self, s: Session, stay: Stay) -> StayFacts:
        known = {i.value for i in Inspection}
        flags = frozenset(Inspection(f) for f in (stay.inspection or []) if f in known)
        notices = list(s.execute(select(SearchNotice.at).where(
            SearchNotice.stay_id == stay.id).order_by(SearchNotice.at)).scalars())
        month = stay.arrived_at + dt.timedelta(days=28)
        extension = s.execute(select(func.coalesce(func.sum(StayExtension.days), 0)).where(
            StayExtension.stay_id == stay.id)).scalar_one()
        return StayFacts(stay.arrived_at, stay.age_at_arrival, flags,
                         bool(stay.person.unknown_no), int(extension),
                         notices[0] if notices else None,
                         next((n for n in notices if n >= month), None),
                         stay.dna_requested_at, stay.placement_at)

    def clock(self) -> list[ClockRow]:
        """The deadlines of every stay in the station."""
        self.desk.require(Permission.SEARCH)
        limit = int(SettingsService(self.desk).get("stay_limit_days"))
        with self.desk.db.read() as s:
            out = []
            for stay in s.execute(select(Stay).where(Stay.status.in_(
                    [StayStatus.IN_STATION.value, StayStatus.IN_HOSPITAL.value,
                     StayStatus.IN_CARE.value])).order_by(Stay.arrived_at)).scalars():
                facts = self._facts(s, stay)
                out.append(ClockRow(stay.case_no, _name(stay.person), stay.arrived_at,
                                    is_minor(stay.age_at_arrival, facts.flags),
                                    facts.unidentified,
                                    tuple(stay_deadlines(facts, limit))))
            return out

    def _stay(self, s: Session, case_no: str) -> Stay:
        from rescue_desk.services.intake import find_stay

        return find_stay(s, case_no)

    def extend(self, case_no: str, days: int, reason: str, approved_by: str) -> None:
        """An extension of the stay limit, with the reason and who approved it."""
        officer = self.desk.require()
        if not (officer.may(Permission.APPROVE_EXCEPTION) or officer.may(Permission.REGISTER)):
            raise PermissionDenied(action="extend")
        reason = clean_text(reason, LABELS["reason"], limit=500, field="reason")
        approved_by = clean_text(approved_by, LABELS["approved_by"], limit=100,
                                 field="approved_by")
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 90 \
                or not reason or not approved_by:
            raise BadExtension(field="days" if reason and approved_by else
                               "reason" if not reason else "approved_by")
        now = self.desk.now()
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            s.add(StayExtension(stay_id=stay.id, days=days, reason=reason,
                                approved_by=approved_by, at=now, by=officer.login))
            audit.record(s, officer, now, "stay.extend", "stay", stay.case_no,
                         {"days": days, "reason": reason, "approved_by": approved_by})

    def record_dna(self, case_no: str, reference: str) -> None:
        """The DNA request sent to the police (its reference)."""
        officer = self.desk.require(Permission.SEARCH)
        reference = clean_text(reference, LABELS["reference"], limit=60, required=True,
                               field="reference")
        now = self.desk.now()
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            stay.dna_requested_at, stay.dna_reference = now, reference
            audit.record(s, officer, now, "stay.dna", "stay", stay.case_no,
                         {"reference": reference})

    def record_placement(self, case_no: str) -> None:
        """Long-term placement (落户安置) has been started for this stay."""
        officer = self.desk.require(Permission.SEARCH)
        now = self.desk.now()
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            stay.placement_at = now
            audit.record(s, officer, now, "stay.placement", "stay", stay.case_no)

    def issue_notice(self, case_no: str, *, health: str = "", mental_state: str = "",
                     second: str = "", second_password: str = "") -> NoticeRecord:
        """A family-search notice for the stay. A minor's needs a second officer's approval
        (their login and password)."""
        officer = self.desk.require(Permission.SEARCH)
        health = clean_text(health, LABELS["health"], limit=200, field="health")
        mental_state = clean_text(mental_state, LABELS["mental_state"], limit=200,
                                  field="mental_state")
        now = self.desk.now()
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            facts = self._facts(s, stay)
            approved = ""
            if is_minor(stay.age_at_arrival, facts.flags):
                key = (lookup_key(second, limit=40) or "").lower()
                user = s.execute(select(User).where(
                    User.login == key, User.active.is_(True))).scalar_one_or_none() \
                    if key else None
                if user is None or user.login == officer.login \
                        or not verify_password(second_password or "", user.password_hash):
                    raise NoticeNeedsSecond(field="second")
                approved = user.login
            from rescue_desk.services.intake import _next

            number = f"XQ{now.year}-{_next(s, f'notice:{now.year}'):04d}"
            s.add(SearchNotice(stay_id=stay.id, notice_no=number, at=now, by=officer.login,
                               approved_by=approved, health=health,
                               mental_state=mental_state))
            audit.record(s, officer, now, "stay.notice", "stay", stay.case_no,
                         {"notice": number, "approved_by": approved})
            return self._notice(s, stay, number, now, officer.login, approved, health,
                                mental_state)

    def _notice(self, s: Session, stay: Stay, number: str, at: dt.datetime, by: str,
                approved: str, health: str, mental_state: str) -> NoticeRecord:
        p = stay.person
        station = s.execute(select(Station)).scalar_one_or_none()
        names = dict(s.execute(select(User.login, User.name)).all())
        photo = s.get(PersonPhoto, p.id)
        age = stay.age_at_arrival
        age_text = "" if age is None else (f"约 {age} 岁" if p.age_basis == "estimated"
                                           else f"{age} 岁")
        features = "；".join(x for x in (p.build, p.marks, p.dialect) if x)
        return NoticeRecord(
            station.name if station else "", station.hotline if station else "",
            station.address if station else "", bool(station and station.is_demo), number,
            stay.case_no, "" if p.unknown_no else p.name, p.sex, age_text, p.height_cm,
            health, mental_state, features, p.clothing, stay.found_place, stay.found_at,
            stay.arrived_at, photo.jpeg if photo else None, at, names.get(by, by),
            names.get(approved, approved))

    def latest_notice(self, case_no: str) -> NoticeRecord | None:
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            stay = self._stay(s, case_no)
            n = s.execute(select(SearchNotice).where(SearchNotice.stay_id == stay.id)
                          .order_by(SearchNotice.at.desc()).limit(1)).scalar_one_or_none()
            if n is None:
                return None
            return self._notice(s, stay, n.notice_no, n.at, n.by, n.approved_by, n.health,
                                n.mental_state)

    # -- the night board ------------------------------------------------------------------
    def area_of(self, post: str) -> str:
        area_id = post_area(post)
        if area_id is None:
            return ""
        with self.desk.db.read() as s:
            row = s.get(Area, area_id)
            return row.name if row else ""

    def headcount(self) -> dict:
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            return headcount(s, self.desk.now())
