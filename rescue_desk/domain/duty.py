"""Duty (值班): shift patterns and posts of the roster, roster conflicts, the kinds of shift-log
entries, and the stay clock of step 8 (the 10-day limit, the family-search notice within 24
hours, the DNA request within 7 working days, the notice update after a month, long-term
placement after three months). Pure functions; the services store and audit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError
from rescue_desk.domain.inputs import shown
from rescue_desk.domain.intake import SELF_DEPARTURE_AGE, Inspection


@dataclasses.dataclass(frozen=True)
class ShiftPattern:
    """A shift of every day: its code, name and hours (the end may be on the next day)."""

    code: str
    name: str
    start: str  #: "08:00"
    end: str  #: "20:00"

    def times(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        start = dt.datetime.combine(day, _time(self.start))
        end = dt.datetime.combine(day, _time(self.end))
        if end <= start:
            end += dt.timedelta(days=1)
        return start, end


DEFAULT_PATTERNS = (
    ShiftPattern("day", "白班", "08:00", "20:00"),
    ShiftPattern("night", "夜班", "20:00", "08:00"),
)

_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def _time(text: str) -> dt.time:
    match = _TIME.fullmatch(text or "")
    if not match:
        raise BadShiftTime(field="shift_patterns")
    return dt.time(int(match.group(1)), int(match.group(2)))


def check_patterns(patterns: list[ShiftPattern]) -> None:
    """Shift patterns cover the day without overlap: valid times and distinct codes."""
    if not patterns:
        raise BadShiftTime(field="shift_patterns")
    codes = set()
    for p in patterns:
        _time(p.start)
        _time(p.end)
        if not p.code or p.code in codes or not p.name:
            raise BadShiftTime(field="shift_patterns")
        codes.add(p.code)


def shift_at(patterns: tuple[ShiftPattern, ...] | list[ShiftPattern],
             moment: dt.datetime) -> tuple[dt.date, ShiftPattern]:
    """The shift (its day and pattern) that ``moment`` falls in; a night shift that began
    yesterday evening owns the early morning."""
    for day in (moment.date(), moment.date() - dt.timedelta(days=1)):
        for pattern in patterns:
            start, end = pattern.times(day)
            if start <= moment < end:
                return day, pattern
    return moment.date(), patterns[0]  # patterns with a gap: the first of the day


def shift_key(day: dt.date, code: str) -> str:
    """The printed key of a shift: ``20261128-night``."""
    return f"{day:%Y%m%d}-{code}"


def parse_shift_key(key: str) -> tuple[dt.date, str]:
    if not isinstance(key, str):
        raise BadShiftKey(field="shift", key=shown(key))
    try:
        day, code = (key or "").strip().split("-", 1)
        return dt.datetime.strptime(day, "%Y%m%d").date(), code
    except ValueError:
        raise BadShiftKey(field="shift", key=shown(key)) from None


class Post(enum.StrEnum):
    LEADER = "leader"  #: 带班领导
    RECEPTION = "reception"  #: 接待登记
    SECURITY = "security"  #: 安检
    HOTLINE = "hotline"  #: 求助热线
    DRIVER = "driver"  #: 司机
    # area posts are "area:<area id>"


POST_LABELS = {
    Post.LEADER: QT_TRANSLATE_NOOP("Duty", "Leader on duty"),
    Post.RECEPTION: QT_TRANSLATE_NOOP("Duty", "Reception"),
    Post.SECURITY: QT_TRANSLATE_NOOP("Duty", "Security"),
    Post.HOTLINE: QT_TRANSLATE_NOOP("Duty", "Hotline"),
    Post.DRIVER: QT_TRANSLATE_NOOP("Duty", "Driver"),
}


def area_post(area_id: int) -> str:
    return f"area:{area_id}"


def post_area(post: str) -> int | None:
    if post.startswith("area:") and post[5:].isdigit():
        return int(post[5:])
    return None


# -- roster conflicts ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Slot:
    """One officer on one post in one shift."""

    day: dt.date
    shift: str
    post: str
    login: str


class ConflictKind(enum.StrEnum):
    TWO_PLACES = "two_places"
    SHORT_REST = "short_rest"
    NO_LEADER = "no_leader"


CONFLICT_LABELS = {
    ConflictKind.TWO_PLACES: QT_TRANSLATE_NOOP("Duty", "in two places in one shift"),
    ConflictKind.SHORT_REST: QT_TRANSLATE_NOOP("Duty", "rest between shifts too short"),
    ConflictKind.NO_LEADER: QT_TRANSLATE_NOOP("Duty", "no leader on duty"),
}


@dataclasses.dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    day: dt.date
    shift: str
    login: str = ""
    hours: float | None = None  #: the rest, for SHORT_REST


def conflicts(slots: list[Slot], patterns: tuple[ShiftPattern, ...] | list[ShiftPattern],
              days: list[dt.date], min_rest_hours: int) -> list[Conflict]:
    """What is wrong with a roster over ``days``: an officer on two posts of one shift, an
    officer whose rest between two shifts is under ``min_rest_hours``, a shift without a leader
    on duty."""
    by_code = {p.code: p for p in patterns}
    found: list[Conflict] = []
    seen: dict[tuple[dt.date, str, str], int] = {}
    for slot in slots:
        key = (slot.day, slot.shift, slot.login)
        seen[key] = seen.get(key, 0) + 1
    for (day, shift, login), count in sorted(seen.items()):
        if count > 1:
            found.append(Conflict(ConflictKind.TWO_PLACES, day, shift, login))
    worked: dict[str, list[tuple[dt.datetime, dt.datetime, dt.date, str]]] = {}
    for (day, shift, login) in seen:
        pattern = by_code.get(shift)
        if pattern is None:
            continue
        start, end = pattern.times(day)
        worked.setdefault(login, []).append((start, end, day, shift))
    for login, spans in sorted(worked.items()):
        spans.sort()
        for (_s1, end1, _d1, _c1), (start2, _e2, day2, code2) in zip(spans, spans[1:],
                                                                     strict=False):
            rest = (start2 - end1).total_seconds() / 3600
            if rest < min_rest_hours:
                found.append(Conflict(ConflictKind.SHORT_REST, day2, code2, login,
                                      round(rest, 1)))
    leaders = {(s.day, s.shift) for s in slots if s.post == Post.LEADER.value}
    for day in days:
        for pattern in patterns:
            if (day, pattern.code) not in leaders:
                found.append(Conflict(ConflictKind.NO_LEADER, day, pattern.code))
    return found


def repeat_week(slots: list[Slot], source_monday: dt.date, weeks: int) -> list[Slot]:
    """The slots of the week starting ``source_monday`` copied to the ``weeks`` weeks after
    it (same weekday, shift, post and officer)."""
    out = []
    for n in range(1, weeks + 1):
        shift = dt.timedelta(weeks=n)
        out += [dataclasses.replace(s, day=s.day + shift) for s in slots
                if source_monday <= s.day < source_monday + dt.timedelta(days=7)]
    return out


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


# -- the shift log ------------------------------------------------------------------------------


class EntryKind(enum.StrEnum):
    PATROL = "patrol"
    INCIDENT = "incident"
    HOTLINE = "hotline"
    ADMISSION = "admission"
    DEPARTURE = "departure"
    HEADCOUNT = "headcount"
    NOTE = "note"
    TASK = "task"  #: an open task for the next shift
    CORRECTION = "correction"
    SIGN_IN = "sign_in"
    HANDOVER = "handover"


ENTRY_LABELS = {
    EntryKind.PATROL: QT_TRANSLATE_NOOP("Duty", "Patrol round"),
    EntryKind.INCIDENT: QT_TRANSLATE_NOOP("Duty", "Incident"),
    EntryKind.HOTLINE: QT_TRANSLATE_NOOP("Duty", "Hotline call"),
    EntryKind.ADMISSION: QT_TRANSLATE_NOOP("Duty", "Admission"),
    EntryKind.DEPARTURE: QT_TRANSLATE_NOOP("Duty", "Departure"),
    EntryKind.HEADCOUNT: QT_TRANSLATE_NOOP("Duty", "Headcount"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("Duty", "Note"),
    EntryKind.TASK: QT_TRANSLATE_NOOP("Duty", "Open task"),
    EntryKind.CORRECTION: QT_TRANSLATE_NOOP("Duty", "Correction"),
    EntryKind.SIGN_IN: QT_TRANSLATE_NOOP("Duty", "Signed in"),
    EntryKind.HANDOVER: QT_TRANSLATE_NOOP("Duty", "Handover"),
}
#: Entries an officer writes by hand (the others come from the services).
MANUAL_KINDS = (EntryKind.PATROL, EntryKind.INCIDENT, EntryKind.HOTLINE, EntryKind.NOTE,
                EntryKind.TASK)


class IncidentKind(enum.StrEnum):
    FIGHT = "fight"
    ILLNESS = "illness"
    SELF_HARM = "self_harm"
    ABSCONDING = "absconding"
    FIRE = "fire"
    SECURITY = "security"
    OTHER = "other"


INCIDENT_LABELS = {
    IncidentKind.FIGHT: QT_TRANSLATE_NOOP("Duty", "Fight"),
    IncidentKind.ILLNESS: QT_TRANSLATE_NOOP("Duty", "Illness"),
    IncidentKind.SELF_HARM: QT_TRANSLATE_NOOP("Duty", "Self-harm"),
    IncidentKind.ABSCONDING: QT_TRANSLATE_NOOP("Duty", "Absconding"),
    IncidentKind.FIRE: QT_TRANSLATE_NOOP("Duty", "Fire"),
    IncidentKind.SECURITY: QT_TRANSLATE_NOOP("Duty", "Security"),
    IncidentKind.OTHER: QT_TRANSLATE_NOOP("Duty", "Other"),
}


class ShiftState(enum.StrEnum):
    OPEN = "open"
    SIGNED = "signed"  #: the outgoing officer signed the handover
    LOCKED = "locked"  #: acknowledged by the incoming officer (or closed by the leader)


# -- the stay clock ----------------------------------------------------------------------------


class Clock(enum.StrEnum):
    STAY_LIMIT = "stay_limit"
    SEARCH_NOTICE = "search_notice"
    DNA_REQUEST = "dna_request"
    NOTICE_UPDATE = "notice_update"
    LONG_TERM = "long_term"


CLOCK_LABELS = {
    Clock.STAY_LIMIT: QT_TRANSLATE_NOOP("Duty", "Stay limit"),
    Clock.SEARCH_NOTICE: QT_TRANSLATE_NOOP("Duty", "Family-search notice (24 h)"),
    Clock.DNA_REQUEST: QT_TRANSLATE_NOOP("Duty", "DNA request (7 working days)"),
    Clock.NOTICE_UPDATE: QT_TRANSLATE_NOOP("Duty", "Notice update (1 month)"),
    Clock.LONG_TERM: QT_TRANSLATE_NOOP("Duty", "Long-term: placement (3 months)"),
}


def add_working_days(start: dt.datetime, days: int) -> dt.datetime:
    """``days`` working days after ``start`` (Saturdays and Sundays skipped; public holidays
    are not known to the desk)."""
    moment = start
    added = 0
    while added < days:
        moment += dt.timedelta(days=1)
        if moment.weekday() < 5:
            added += 1
    return moment


def add_months(start: dt.datetime, months: int) -> dt.datetime:
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    day = min(start.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                          31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
    return start.replace(year=year, month=month, day=day)


@dataclasses.dataclass(frozen=True)
class Deadline:
    clock: Clock
    due: dt.datetime
    done: dt.datetime | None = None

    def overdue(self, now: dt.datetime) -> bool:
        return self.done is None and now > self.due

    def due_soon(self, now: dt.datetime, within: dt.timedelta = dt.timedelta(hours=24)) -> bool:
        return self.done is None and now <= self.due <= now + within


@dataclasses.dataclass(frozen=True)
class StayFacts:
    """What the stay clock needs to know of a stay."""

    arrived_at: dt.datetime
    age: int | None
    flags: frozenset[Inspection]
    unidentified: bool
    extension_days: int = 0
    notice_at: dt.datetime | None = None  #: first family-search notice
    notice_updated_at: dt.datetime | None = None  #: a notice issued after the first month
    dna_at: dt.datetime | None = None
    placed_at: dt.datetime | None = None  #: long-term placement started


def limited(facts: StayFacts) -> bool:
    """Whether the normal stay limit applies: 16+ without mental or intellectual disability."""
    if facts.age is None or facts.age < SELF_DEPARTURE_AGE:
        return False
    return not (facts.flags & {Inspection.MENTAL, Inspection.DISABILITY})


def stay_deadlines(facts: StayFacts, limit_days: int) -> list[Deadline]:
    """The deadlines of one stay (step 8)."""
    out: list[Deadline] = []
    if limited(facts):
        out.append(Deadline(Clock.STAY_LIMIT, facts.arrived_at + dt.timedelta(
            days=limit_days + facts.extension_days)))
    if facts.unidentified:
        out.append(Deadline(Clock.SEARCH_NOTICE, facts.arrived_at + dt.timedelta(hours=24),
                            facts.notice_at))
        out.append(Deadline(Clock.DNA_REQUEST, add_working_days(facts.arrived_at, 7),
                            facts.dna_at))
        out.append(Deadline(Clock.NOTICE_UPDATE, add_months(facts.arrived_at, 1),
                            facts.notice_updated_at))
        out.append(Deadline(Clock.LONG_TERM, add_months(facts.arrived_at, 3), facts.placed_at))
    return out


# -- errors --------------------------------------------------------------------------------------


class BadShiftTime(DeskError):
    code = "bad_shift_time"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Each shift needs a name and its hours as 08:00 and 20:00.")


class BadShiftKey(DeskError):
    code = "bad_shift_key"
    template = QT_TRANSLATE_NOOP("DeskError", "No shift is called {key} (e.g. 20261128-night).")


class ShiftLocked(DeskError):
    code = "shift_locked"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Shift {key} has been handed over and is locked; write in the current "
                     "shift.")


class EntriesAreFinal(DeskError):
    code = "entries_final"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Shift-log entries are never changed; write a correction that refers to "
                     "the entry.")


class NeedsIncoming(DeskError):
    code = "needs_incoming"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The shift closes when the incoming officer acknowledges with their own "
                     "login, or the leader on duty closes it with a reason.")


class NotSigned(DeskError):
    code = "handover_not_signed"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The outgoing officer signs the handover first.")


class SameOfficer(DeskError):
    code = "same_officer"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The incoming officer is someone other than the outgoing one.")


class BadExtension(DeskError):
    code = "bad_extension"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "An extension is 1 to 90 days, with the reason and who approved it.")


class NoticeNeedsSecond(DeskError):
    code = "notice_needs_second"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "A minor's family-search notice needs a second officer's approval "
                     "(their login and password).")
