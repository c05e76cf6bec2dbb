"""Departures and the way home: prepare, complete or cancel a departure of any type, the call
log, and the follow-up call after the person left. Each public call is one transaction with
its audit record; completing frees the bed and checks that belongings were counted back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from rescue_desk.domain import idnumber
from rescue_desk.domain.beds import BedEnd
from rescue_desk.domain.custody import HELD_STATES
from rescue_desk.domain.departure import (
    COUNT_BACK_TYPES,
    FOLLOW_UP_TYPES,
    PROVINCES,
    REQUIRED_TO_COMPLETE,
    STATE_LABELS,
    STATUS_AFTER,
    TYPE_FIELDS,
    CallOutcome,
    DepartureState,
    DepartureType,
    FollowUpOutcome,
    Leaver,
    check_cash,
    check_self_departure,
    cross_province,
    exception_for,
    follow_up_due,
    follow_up_overdue,
    province_of,
)
from rescue_desk.domain.duty import EntryKind
from rescue_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    DeskError,
    NotFound,
    RequiredField,
)
from rescue_desk.domain.inputs import check_period, is_moment, is_record_id, shown
from rescue_desk.domain.intake import Inspection, StayStatus
from rescue_desk.domain.models import (
    Bag,
    ContactCall,
    Departure,
    Person,
    Station,
    Stay,
    StoredItem,
    User,
)
from rescue_desk.domain.money import parse_yuan
from rescue_desk.domain.roles import Permission
from rescue_desk.domain.text import clean_text
from rescue_desk.services import audit
from rescue_desk.services.approval import Approval, check_approval
from rescue_desk.services.beds import BedService
from rescue_desk.services.custody import ItemsUnaccounted
from rescue_desk.services.desk import Desk
from rescue_desk.services.duty import log_event
from rescue_desk.services.intake import _next, display_name, find_stay
from rescue_desk.services.settings import SettingsService

LABELS = {
    "stay": QT_TRANSLATE_NOOP("Field", "case"),
    "departure": QT_TRANSLATE_NOOP("Field", "departure"),
    "reason": QT_TRANSLATE_NOOP("Field", "reason"),
    "carrier": QT_TRANSLATE_NOOP("Field", "carrier"),
    "train_no": QT_TRANSLATE_NOOP("Field", "train or bus number"),
    "from_place": QT_TRANSLATE_NOOP("Field", "from"),
    "to_place": QT_TRANSLATE_NOOP("Field", "to"),
    "transfer_station": QT_TRANSLATE_NOOP("Field", "transfer station"),
    "transfer_rescue_station": QT_TRANSLATE_NOOP("Field", "rescue station at the transfer"),
    "ticket_no": QT_TRANSLATE_NOOP("Field", "ticket number"),
    "fare": QT_TRANSLATE_NOOP("Field", "fare"),
    "food_given": QT_TRANSLATE_NOOP("Field", "food given"),
    "cash": QT_TRANSLATE_NOOP("Field", "cash"),
    "cash_reason": QT_TRANSLATE_NOOP("Field", "reason for cash"),
    "collector_name": QT_TRANSLATE_NOOP("Field", "collector's name"),
    "collector_relation": QT_TRANSLATE_NOOP("Field", "relation"),
    "collector_id_number": QT_TRANSLATE_NOOP("Field", "collector's ID number"),
    "collector_phone": QT_TRANSLATE_NOOP("Field", "collector's phone"),
    "collector_address": QT_TRANSLATE_NOOP("Field", "collector's address"),
    "escort_officers": QT_TRANSLATE_NOOP("Field", "escorting officers"),
    "vehicle": QT_TRANSLATE_NOOP("Field", "vehicle"),
    "route": QT_TRANSLATE_NOOP("Field", "route"),
    "receiving_unit": QT_TRANSLATE_NOOP("Field", "receiving station or unit"),
    "received_by": QT_TRANSLATE_NOOP("Field", "signed for by"),
    "received_at": QT_TRANSLATE_NOOP("Field", "signed for at"),
    "hospital": QT_TRANSLATE_NOOP("Field", "hospital"),
    "ward": QT_TRANSLATE_NOOP("Field", "ward"),
    "institution": QT_TRANSLATE_NOOP("Field", "institution"),
    "agreement_no": QT_TRANSLATE_NOOP("Field", "agreement number"),
    "grounds": QT_TRANSLATE_NOOP("Field", "grounds"),
    "last_seen_at": QT_TRANSLATE_NOOP("Field", "time last seen"),
    "search_made": QT_TRANSLATE_NOOP("Field", "search made"),
    "police_told": QT_TRANSLATE_NOOP("Field", "police told"),
    "police_unit": QT_TRANSLATE_NOOP("Field", "police unit"),
    "died_at": QT_TRANSLATE_NOOP("Field", "time of death"),
    "certificate_no": QT_TRANSLATE_NOOP("Field", "certificate number"),
    "police_notified": QT_TRANSLATE_NOOP("Field", "police notified"),
    "family_notified": QT_TRANSLATE_NOOP("Field", "family notified"),
    "dest_province": QT_TRANSLATE_NOOP("Field", "province"),
    "dest_city": QT_TRANSLATE_NOOP("Field", "city"),
    "dest_county": QT_TRANSLATE_NOOP("Field", "county"),
    "dest_address": QT_TRANSLATE_NOOP("Field", "address"),
    "note": QT_TRANSLATE_NOOP("Field", "note"),
    "contact": QT_TRANSLATE_NOOP("Field", "contact"),
    "phone": QT_TRANSLATE_NOOP("Field", "phone"),
}

#: The departure types as written in the shift log.
KIND_TEXT = {
    DepartureType.SELF: "自行离站", DepartureType.VOUCHER: "乘车凭证返乡",
    DepartureType.COLLECTED: "亲属/单位接领", DepartureType.ESCORTED: "护送返乡",
    DepartureType.HOSPITAL: "送医", DepartureType.PLACEMENT: "托养/安置",
    DepartureType.TERMINATED: "终止救助", DepartureType.ABSCONDED: "擅自离站",
    DepartureType.DEATH: "死亡",
}

#: Fields that are times, yes/no, or money; the others are text (limit 200).
TIME_FIELDS = frozenset({"received_at", "last_seen_at", "died_at"})
BOOL_FIELDS = frozenset({"food_given", "police_told", "police_notified", "family_notified"})


class AlreadyPreparing(DeskError):
    code = "departure_exists"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Case {case_no} already has a departure in preparation; open that one.")


class NotInStation(DeskError):
    code = "not_in_station"
    template = QT_TRANSLATE_NOOP("DeskError", "Case {case_no} has already left the station.")


class DepartureDone(DeskError):
    code = "departure_done"
    fact_contexts = {"state": "Departure"}
    template = QT_TRANSLATE_NOOP(
        "DeskError", "This departure is already {state} and cannot be changed.")


class BadTime(DeskError):
    code = "bad_time"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Write the time as 2026-11-28 21:05 (not in the future).")


class UnknownProvince(DeskError):
    code = "unknown_province"
    template = QT_TRANSLATE_NOOP("DeskError", "Choose the province from the list.")


class NotOffSite(DeskError):
    code = "not_off_site"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Case {case_no} is not in hospital or out-of-station care.")


class NoFollowUp(DeskError):
    code = "no_follow_up"
    template = QT_TRANSLATE_NOOP("DeskError", "This departure has no follow-up call.")


# -- inputs -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class DepartureForm:
    """A departure as the officer fills it in. ``details`` holds the type's own fields (see
    ``TYPE_FIELDS``): text, times as ``YYYY-MM-DD HH:MM`` or datetimes, yes/no as bools, the
    fare and the cash as typed in yuan."""

    kind: DepartureType
    planned_at: dt.datetime | None = None
    dest_province: str = ""
    dest_city: str = ""
    dest_county: str = ""
    dest_address: str = ""
    cannot_travel_alone: bool = False
    details: dict = dataclasses.field(default_factory=dict)
    note: str = ""


# -- outputs ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CallRow:
    at: dt.datetime
    officer: str
    contact: str
    phone: str
    outcome: str
    note: str


@dataclasses.dataclass(frozen=True)
class DepartureRow:
    id: int
    case_no: str
    person_name: str
    sex: str
    age: int | None
    kind: DepartureType
    state: DepartureState
    planned_at: dt.datetime | None
    completed_at: dt.datetime | None
    destination: str
    cross_province: bool
    follow_up_due: dt.date | None
    follow_up_outcome: str
    overdue: bool
    exceptions: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class DepartureRecord:
    """Everything about one departure, for the dialog and the printed forms."""

    station_name: str
    station_hotline: str
    station_address: str
    is_demo: bool
    id: int
    case_no: str
    person_name: str
    sex: str
    age: int | None
    birth_date: dt.date | None
    id_number_shown: str
    hukou_place: str
    arrived_at: dt.datetime
    stay_status: str
    kind: DepartureType
    state: DepartureState
    planned_at: dt.datetime | None
    dest_province: str
    dest_city: str
    dest_county: str
    dest_address: str
    cross_province: bool
    cannot_travel_alone: bool
    details: dict
    cash_fen: int
    note: str
    prepared_at: dt.datetime
    prepared_by: str
    completed_at: dt.datetime | None
    completed_by: str
    cancel_reason: str
    exceptions: tuple[str, ...]
    approved_by: str
    approval_reason: str
    form_no: str
    follow_up_due: dt.date | None
    follow_up_at: dt.datetime | None
    follow_up_outcome: str
    follow_up_note: str
    bed: str
    returned_items: tuple[tuple[str, int, str], ...]  #: description, quantity, note
    missing_items: tuple[tuple[str, int, str], ...]
    held_items: int
    calls: tuple[CallRow, ...]

    @property
    def destination(self) -> str:
        return "".join((self.dest_province, self.dest_city, self.dest_county,
                        self.dest_address))

    @property
    def days_in_station(self) -> int:
        end = self.completed_at or self.planned_at or self.prepared_at
        return max((end.date() - self.arrived_at.date()).days, 0) + 1


@dataclasses.dataclass(frozen=True)
class DeparturePlan:
    """What the departure dialog needs before anything is saved."""

    case_no: str
    person_name: str
    sex: str
    age: int | None
    flags: frozenset[Inspection]
    status: str
    suggested_province: str
    hukou_place: str
    contacts: tuple[dict, ...]
    open_departure: int | None
    held_items: int
    refused: dict[DepartureType, DeskError]  #: types refused outright, and why
    exceptions: dict[DepartureType, DeskError]  #: types that need the leader's approval


@dataclasses.dataclass(frozen=True)
class RegisterRow:
    """One line of the stay-and-departure register (在站服务及离站登记表)."""

    case_no: str
    person_name: str
    sex: str
    age: int | None
    arrived_at: dt.datetime
    departed_at: dt.datetime
    days: int
    kind: DepartureType
    destination: str
    belongings: str
    officer: str


def _leaver(stay: Stay, cannot_travel_alone: bool = False) -> Leaver:
    known = {i.value for i in Inspection}
    flags = frozenset(Inspection(f) for f in (stay.inspection or []) if f in known)
    return Leaver(stay.age_at_arrival, flags, cannot_travel_alone)


def _parse_time(value: object, field: str, now: dt.datetime) -> str:
    if value in (None, ""):
        return ""
    if is_moment(value):
        moment = value
    elif isinstance(value, str):
        try:
            moment = dt.datetime.strptime(value.strip(), "%Y-%m-%d %H:%M")
        except ValueError:
            raise BadTime(field=field) from None
    else:
        raise BadTime(field=field)
    if moment > now + dt.timedelta(minutes=5) or moment.year < 2000:
        raise BadTime(field=field)
    return moment.replace(second=0, microsecond=0).isoformat(sep=" ", timespec="minutes")


class DepartureService:
    """Departures of stays."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- helpers ------------------------------------------------------------------------------
    def _stay(self, s: Session, case_no: str) -> Stay:
        return find_stay(s, case_no)

    def _departure(self, s: Session, departure_id: int) -> Departure:
        row = s.get(Departure, departure_id) if is_record_id(departure_id) else None
        if row is None:
            raise NotFound(field="departure", what=LABELS["departure"], key=shown(departure_id))
        return row

    @staticmethod
    def _open(s: Session, stay: Stay) -> Departure | None:
        return s.execute(select(Departure).where(
            Departure.stay_id == stay.id, Departure.state == DepartureState.PREPARED.value)
        ).scalar_one_or_none()

    @staticmethod
    def _held(s: Session, stay: Stay) -> list[StoredItem]:
        return list(s.execute(
            select(StoredItem).join(Bag, StoredItem.bag_id == Bag.id)
            .where(Bag.stay_id == stay.id,
                   StoredItem.state.in_([st.value for st in HELD_STATES]))).scalars())

    def _clean(self, form: DepartureForm, *, complete: bool) -> dict:
        """Check and tidy a form; required fields only when completing."""
        if not isinstance(form, DepartureForm):
            raise RequiredField(field="kind", label=LABELS["departure"])
        try:
            kind = DepartureType(form.kind)
        except ValueError:
            raise RequiredField(field="kind", label=LABELS["departure"]) from None
        now = self.desk.now()
        t = clean_text
        values = {"kind": kind}
        for key, limit in (("dest_province", 20), ("dest_city", 40), ("dest_county", 40),
                           ("dest_address", 200), ("note", 2000)):
            values[key] = t(getattr(form, key), LABELS[key], limit=limit, field=key)
        if values["dest_province"] and values["dest_province"] not in PROVINCES.values():
            raise UnknownProvince(field="dest_province")
        planned = form.planned_at
        if planned is not None and (not is_moment(planned) or planned.year < 2000
                                    or planned > now + dt.timedelta(days=90)):
            raise BadTime(field="planned_at")
        values["planned_at"] = planned.replace(second=0, microsecond=0) if planned else None
        values["cannot_travel_alone"] = bool(form.cannot_travel_alone)
        raw = form.details if isinstance(form.details, dict) else {}
        details: dict[str, object] = {}
        for key in TYPE_FIELDS[kind]:
            value = raw.get(key)
            if key in BOOL_FIELDS:
                details[key] = bool(value)
            elif key in TIME_FIELDS:
                details[key] = _parse_time(value, key, now)
            elif key in ("fare", "cash"):
                details[key] = parse_yuan(value, field=key) if value not in (None, "") else 0
            elif key == "collector_id_number":
                text = t(value, LABELS[key], limit=40, field=key).upper()
                details[key] = text
            else:
                details[key] = t(value, LABELS[key], limit=200 if key != "search_made" else 1000,
                                 field=key)
        if details.get("collector_id_number"):
            # read off the card in front of the officer (a copy is kept): stored as typed
            details["collector_id_number"] = idnumber.normalize(details["collector_id_number"])
        values["cash_fen"] = check_cash(kind, details.pop("cash", 0) or 0,
                                        str(details.get("cash_reason", "")))
        if complete:
            for key in REQUIRED_TO_COMPLETE[kind]:
                if details.get(key) in ("", None, False):
                    raise RequiredField(field=key, label=LABELS[key])
        values["details"] = details
        return values

    def _rules(self, s: Session, officer, stay: Stay, values: dict,
               approval: Approval | None, *, completing: bool) -> tuple[list[str], str, str]:
        """The departure rules for this stay: raises when refused; returns the approved
        exceptions, the approver and the reason."""
        kind = values["kind"]
        person = _leaver(stay, values["cannot_travel_alone"])
        if kind == DepartureType.SELF:
            check_self_departure(person)
        problems: list[DeskError] = []
        exception = exception_for(kind, person)
        if exception is not None:
            problems.append(exception)
        if completing and kind in COUNT_BACK_TYPES:
            held = self._held(s, stay)
            if held:
                problems.append(ItemsUnaccounted(field="belongings", count=len(held)))
        if not problems:
            return [], "", ""
        if approval is None:
            raise problems[0]
        leader, reason = check_approval(s, officer, approval)
        return [p.code for p in problems], leader, reason

    # -- reading ------------------------------------------------------------------------------
    def plan(self, case_no: str) -> DeparturePlan:
        """The person, the suggested destination, and which types the rules refuse or make an
        exception, for the departure dialog."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            stay = self._stay(s, case_no)
            p = stay.person
            person = _leaver(stay)
            refused: dict[DepartureType, DeskError] = {}
            exceptions: dict[DepartureType, DeskError] = {}
            for kind in DepartureType:
                try:
                    if kind == DepartureType.SELF:
                        check_self_departure(person)
                except DeskError as error:
                    refused[kind] = error
                    continue
                problem = exception_for(kind, person)
                if problem is not None:
                    exceptions[kind] = problem
            province = province_of(p.hukou_place)
            if not province and p.id_number and len(p.id_number) >= 2:
                province = PROVINCES.get(p.id_number[:2], "")
            open_row = self._open(s, stay)
            return DeparturePlan(
                stay.case_no, display_name(p), p.sex, stay.age_at_arrival, person.flags,
                stay.status, province, p.hukou_place, tuple(p.contacts or ()),
                open_row.id if open_row else None, len(self._held(s, stay)), refused,
                exceptions)

    def record(self, departure_id: int) -> DepartureRecord:
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            return self._record(s, self._departure(s, departure_id))

    def latest(self, case_no: str) -> DepartureRecord | None:
        """The stay's newest departure that is not cancelled (for printing), or None."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            stay = self._stay(s, case_no)
            row = s.execute(select(Departure).where(
                Departure.stay_id == stay.id,
                Departure.state != DepartureState.CANCELLED.value)
                .order_by(Departure.id.desc()).limit(1)).scalar_one_or_none()
            return self._record(s, row) if row else None

    def _record(self, s: Session, d: Departure) -> DepartureRecord:
        stay = s.get(Stay, d.stay_id)
        p: Person = stay.person
        station = s.execute(select(Station)).scalar_one_or_none()
        names = dict(s.execute(select(User.login, User.name)).all())
        officer = self.desk.officer
        shown = p.id_number if officer and officer.may(Permission.VIEW_FULL_ID) \
            else idnumber.mask(p.id_number)
        items = list(s.execute(select(StoredItem).join(Bag, StoredItem.bag_id == Bag.id)
                               .where(Bag.stay_id == stay.id).order_by(StoredItem.id)
                               ).scalars())
        returned = tuple((i.description, i.quantity, i.settled_note) for i in items
                         if i.state == "returned")
        missing = tuple((i.description, i.quantity, i.settled_note) for i in items
                        if i.state == "missing")
        held = sum(1 for i in items if i.state in {st.value for st in HELD_STATES})
        calls = tuple(CallRow(c.at, names.get(c.officer, c.officer), c.contact, c.phone,
                              c.outcome, c.note) for c in s.execute(
            select(ContactCall).where(ContactCall.stay_id == stay.id)
            .order_by(ContactCall.at, ContactCall.id)).scalars())
        bed = ""
        with_bed = BedService(self.desk)
        try:
            bed = with_bed.place_of(stay.case_no)
        except DeskError:
            bed = ""
        return DepartureRecord(
            station.name if station else "", station.hotline if station else "",
            station.address if station else "", bool(station and station.is_demo), d.id,
            stay.case_no, display_name(p), p.sex, stay.age_at_arrival, p.birth_date, shown,
            p.hukou_place, stay.arrived_at, stay.status, DepartureType(d.kind),
            DepartureState(d.state), d.planned_at, d.dest_province, d.dest_city, d.dest_county,
            d.dest_address,
            d.kind == DepartureType.ESCORTED.value and cross_province(
                station.region_code if station else "", d.dest_province),
            d.cannot_travel_alone, dict(d.details or {}), d.cash_fen, d.note, d.prepared_at,
            names.get(d.prepared_by, d.prepared_by), d.completed_at,
            names.get(d.completed_by, d.completed_by), d.cancel_reason,
            tuple(d.exceptions or ()), names.get(d.approved_by, d.approved_by),
            d.approval_reason, d.form_no, d.follow_up_due, d.follow_up_at,
            d.follow_up_outcome, d.follow_up_note, bed, returned, missing, held, calls)

    def lists(self) -> dict[str, list[DepartureRow]]:
        """The departures page: ``today`` (planned for today or earlier, not done),
        ``preparing`` (all in preparation), ``follow_up`` (calls due today or overdue),
        ``recent`` (completed in the last 7 days)."""
        self.desk.require(Permission.SEARCH)
        now = self.desk.now()
        today = now.date()
        with self.desk.db.read() as s:
            station = s.execute(select(Station)).scalar_one_or_none()
            region = station.region_code if station else ""

            def rows(query) -> list[DepartureRow]:
                out = []
                for d, stay, p in s.execute(query).all():
                    out.append(DepartureRow(
                        d.id, stay.case_no, display_name(p), p.sex, stay.age_at_arrival,
                        DepartureType(d.kind), DepartureState(d.state), d.planned_at,
                        d.completed_at, d.dest_province + d.dest_city + d.dest_county,
                        d.kind == DepartureType.ESCORTED.value
                        and cross_province(region, d.dest_province),
                        d.follow_up_due, d.follow_up_outcome,
                        follow_up_overdue(d.follow_up_due, bool(d.follow_up_at), today),
                        tuple(d.exceptions or ())))
                return out

            base = (select(Departure, Stay, Person).join(Stay, Departure.stay_id == Stay.id)
                    .join(Person, Stay.person_id == Person.id))
            preparing = rows(base.where(Departure.state == DepartureState.PREPARED.value)
                             .order_by(Departure.planned_at, Departure.id))
            end_of_today = dt.datetime.combine(today, dt.time.max)
            today_rows = [r for r in preparing
                          if r.planned_at is not None and r.planned_at <= end_of_today]
            follow = rows(base.where(Departure.state == DepartureState.COMPLETED.value,
                                     Departure.follow_up_due.is_not(None),
                                     Departure.follow_up_due <= today,
                                     Departure.follow_up_at.is_(None))
                          .order_by(Departure.follow_up_due, Departure.id))
            recent = rows(base.where(Departure.state == DepartureState.COMPLETED.value,
                                     Departure.completed_at >= now - dt.timedelta(days=7))
                          .order_by(Departure.completed_at.desc(), Departure.id.desc()))
            return {"today": today_rows, "preparing": preparing, "follow_up": follow,
                    "recent": recent}

    def overdue_follow_ups(self) -> list[DepartureRow]:
        return [r for r in self.lists()["follow_up"] if r.overdue]

    def in_station(self) -> list[tuple[str, str, str]]:
        """(case no, name, status) of the stays counted in the station, to start a departure."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            return [(stay.case_no, display_name(p), stay.status) for stay, p in s.execute(
                select(Stay, Person).join(Person, Stay.person_id == Person.id)
                .where(Stay.status.in_([StayStatus.IN_STATION.value,
                                        StayStatus.IN_HOSPITAL.value,
                                        StayStatus.IN_CARE.value]))
                .order_by(Stay.arrived_at)).all()]

    # -- writing ------------------------------------------------------------------------------
    def prepare(self, case_no: str, form: DepartureForm) -> int:
        """Start a departure (tickets bought, relatives called); returns its id."""
        officer = self.desk.require(Permission.DEPARTURE)
        values = self._clean(form, complete=False)
        now = self.desk.now()
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            if stay.status == StayStatus.CLOSED.value:
                raise NotInStation(field="case_no", case_no=stay.case_no)
            if self._open(s, stay) is not None:
                raise AlreadyPreparing(field="case_no", case_no=stay.case_no)
            if values["kind"] == DepartureType.SELF:
                check_self_departure(_leaver(stay, values["cannot_travel_alone"]))
            row = Departure(stay_id=stay.id, state=DepartureState.PREPARED.value,
                            prepared_at=now, prepared_by=officer.login,
                            **self._columns(values))
            s.add(row)
            s.flush()
            audit.record(s, officer, now, "departure.prepare", "stay", stay.case_no,
                         self._audit(values))
            return row.id

    @staticmethod
    def _columns(values: dict) -> dict:
        return {"kind": values["kind"].value, "planned_at": values["planned_at"],
                "dest_province": values["dest_province"], "dest_city": values["dest_city"],
                "dest_county": values["dest_county"], "dest_address": values["dest_address"],
                "cannot_travel_alone": values["cannot_travel_alone"],
                "details": values["details"], "cash_fen": values["cash_fen"],
                "note": values["note"]}

    @staticmethod
    def _audit(values: dict) -> dict:
        details = dict(values["details"])
        if details.get("collector_id_number"):
            details["collector_id_number"] = idnumber.mask(details["collector_id_number"])
        return {"kind": values["kind"].value, "destination": values["dest_province"]
                + values["dest_city"] + values["dest_county"], "details": details,
                "cash_fen": values["cash_fen"],
                "planned_at": values["planned_at"].isoformat() if values["planned_at"] else None}

    def update(self, departure_id: int, form: DepartureForm) -> None:
        officer = self.desk.require(Permission.DEPARTURE)
        values = self._clean(form, complete=False)
        with self.desk.db.write() as s:
            row = self._departure(s, departure_id)
            if row.state != DepartureState.PREPARED.value:
                raise DepartureDone(field="departure",
                                    state=STATE_LABELS[DepartureState(row.state)])
            stay = s.get(Stay, row.stay_id)
            if values["kind"] == DepartureType.SELF:
                check_self_departure(_leaver(stay, values["cannot_travel_alone"]))
            for key, value in self._columns(values).items():
                setattr(row, key, value)
            audit.record(s, officer, self.desk.now(), "departure.update", "stay", stay.case_no,
                         self._audit(values))

    def cancel(self, departure_id: int, reason: str) -> None:
        officer = self.desk.require(Permission.DEPARTURE)
        reason = clean_text(reason, LABELS["reason"], limit=500, required=True, field="reason")
        now = self.desk.now()
        with self.desk.db.write() as s:
            row = self._departure(s, departure_id)
            if row.state != DepartureState.PREPARED.value:
                raise DepartureDone(field="departure",
                                    state=STATE_LABELS[DepartureState(row.state)])
            row.state = DepartureState.CANCELLED.value
            row.cancelled_at, row.cancelled_by, row.cancel_reason = now, officer.login, reason
            stay = s.get(Stay, row.stay_id)
            audit.record(s, officer, now, "departure.cancel", "stay", stay.case_no,
                         {"kind": row.kind, "reason": reason})

    def complete(self, case_no: str, form: DepartureForm,
                 approval: Approval | None = None) -> DepartureRecord:
        """Complete the stay's departure (the one in preparation, or a new one) in one
        transaction: the rules, belongings counted back (or the leader's decision), the bed
        freed for cleaning, the stay ended or counted off site, the follow-up set."""
        officer = self.desk.require(Permission.DEPARTURE)
        values = self._clean(form, complete=True)
        now = self.desk.now()
        follow_days = int(SettingsService(self.desk).get("follow_up_days"))
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            kind = values["kind"]
            if stay.status == StayStatus.CLOSED.value:
                raise NotInStation(field="case_no", case_no=stay.case_no)
            if stay.status != StayStatus.IN_STATION.value and kind in (
                    DepartureType.HOSPITAL, DepartureType.PLACEMENT) \
                    and STATUS_AFTER[kind].value == stay.status:
                raise NotInStation(field="case_no", case_no=stay.case_no)
            exceptions, leader, reason = self._rules(s, officer, stay, values, approval,
                                                     completing=True)
            row = self._open(s, stay)
            if row is None:
                row = Departure(stay_id=stay.id, prepared_at=now, prepared_by=officer.login,
                                state=DepartureState.PREPARED.value, kind=kind.value)
                s.add(row)
            for key, value in self._columns(values).items():
                setattr(row, key, value)
            row.state = DepartureState.COMPLETED.value
            row.completed_at, row.completed_by = now, officer.login
            row.exceptions, row.approved_by, row.approval_reason = exceptions, leader, reason
            if kind == DepartureType.TERMINATED:
                row.form_no = f"ZZ{now.year}-{_next(s, f'termination:{now.year}'):04d}"
            elif kind == DepartureType.VOUCHER:
                row.form_no = f"FX{now.year}-{_next(s, f'voucher:{now.year}'):04d}"
            if kind in FOLLOW_UP_TYPES:
                row.follow_up_due = follow_up_due(now, follow_days)
            end = {DepartureType.HOSPITAL: BedEnd.HOSPITAL,
                   DepartureType.PLACEMENT: BedEnd.CARE}.get(kind, BedEnd.DEPARTED)
            place = BedService(self.desk).release_in(s, stay, end, officer, now)
            stay.status = STATUS_AFTER[kind].value
            if stay.status == StayStatus.CLOSED.value:
                stay.ended_at = now
            s.flush()
            audit.record(s, officer, now, "departure.complete", "stay", stay.case_no,
                         self._audit(values) | {"exceptions": exceptions,
                                                "approved_by": leader, "reason": reason,
                                                "bed": place, "status": stay.status,
                                                "form_no": row.form_no})
            log_event(s, officer, now, EntryKind.DEPARTURE,
                      f"{stay.case_no} {display_name(stay.person)}（{KIND_TEXT[kind]}）",
                      stay.case_no)
            return self._record(s, row)

    def back_to_station(self, case_no: str) -> None:
        """A person back from hospital or out-of-station care: in the station again (a bed is
        then given on the board)."""
        officer = self.desk.require(Permission.DEPARTURE)
        now = self.desk.now()
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            if stay.status not in (StayStatus.IN_HOSPITAL.value, StayStatus.IN_CARE.value):
                raise NotOffSite(field="case_no", case_no=stay.case_no)
            before = stay.status
            stay.status = StayStatus.IN_STATION.value
            audit.record(s, officer, now, "stay.back", "stay", stay.case_no,
                         {"status": [before, stay.status]})

    def log_call(self, case_no: str, *, contact: str, phone: str = "",
                 outcome: CallOutcome | str, note: str = "") -> None:
        officer = self.desk.require(Permission.DEPARTURE)
        contact = clean_text(contact, LABELS["contact"], limit=100, required=True,
                             field="contact")
        phone = clean_text(phone, LABELS["phone"], limit=40, field="phone")
        note = clean_text(note, LABELS["note"], limit=1000, field="note")
        try:
            outcome = CallOutcome(outcome)
        except ValueError:
            raise RequiredField(field="outcome", label=LABELS["contact"]) from None
        now = self.desk.now()
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            s.add(ContactCall(stay_id=stay.id, at=now, officer=officer.login, contact=contact,
                              phone=phone, outcome=outcome.value, note=note))
            audit.record(s, officer, now, "departure.call", "stay", stay.case_no,
                         {"contact": contact, "outcome": outcome.value})

    def record_follow_up(self, departure_id: int, outcome: FollowUpOutcome | str,
                         note: str = "") -> None:
        """The follow-up call's result (arrived home, not arrived, unreachable)."""
        officer = self.desk.require(Permission.DEPARTURE)
        note = clean_text(note, LABELS["note"], limit=1000, field="note")
        try:
            outcome = FollowUpOutcome(outcome)
        except ValueError:
            raise RequiredField(field="outcome", label=LABELS["note"]) from None
        now = self.desk.now()
        with self.desk.db.write() as s:
            row = self._departure(s, departure_id)
            if row.follow_up_due is None:
                raise NoFollowUp(field="departure")
            row.follow_up_at, row.follow_up_by = now, officer.login
            row.follow_up_outcome, row.follow_up_note = outcome.value, note
            stay = s.get(Stay, row.stay_id)
            audit.record(s, officer, now, "departure.follow_up", "stay", stay.case_no,
                         {"outcome": outcome.value, "note": note})

    def note_printed(self, case_no: str, form: str) -> None:
        officer = self.desk.require(Permission.SEARCH)
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            audit.record(s, officer, self.desk.now(), "print", "stay", stay.case_no,
                         {"form": form})

    def note_printed_register(self, first: dt.date, last: dt.date) -> None:
        officer = self.desk.require(Permission.SEARCH)
        first, last = check_period(first, last, field="period")
        with self.desk.db.write() as s:
            audit.record(s, officer, self.desk.now(), "print.register", "station", 1,
                         {"from": first.isoformat(), "to": last.isoformat()})

    # -- the register -------------------------------------------------------------------------
    def register(self, first: dt.date, last: dt.date) -> list[RegisterRow]:
        """Departures completed from ``first`` to ``last`` (inclusive), oldest first."""
        self.desk.require(Permission.SEARCH)
        first, last = check_period(first, last, field="period")
        start = dt.datetime.combine(first, dt.time.min)
        end = dt.datetime.combine(last, dt.time.max)
        with self.desk.db.read() as s:
            names = dict(s.execute(select(User.login, User.name)).all())
            out = []
            for d, stay, p in s.execute(
                    select(Departure, Stay, Person).join(Stay, Departure.stay_id == Stay.id)
                    .join(Person, Stay.person_id == Person.id)
                    .where(Departure.state == DepartureState.COMPLETED.value,
                           Departure.completed_at >= start, Departure.completed_at <= end)
                    .order_by(Departure.completed_at, Departure.id)).all():
                items = list(s.execute(select(StoredItem.state).join(Bag)
                                       .where(Bag.stay_id == stay.id)).scalars())
                if not items:
                    belongings = "无"
                elif all(i == "returned" for i in items):
                    belongings = "已清点归还"
                elif any(i == "missing" for i in items):
                    belongings = "有缺失，已记录"
                else:
                    belongings = "留站保管"
                out.append(RegisterRow(
                    stay.case_no, display_name(p), p.sex, stay.age_at_arrival,
                    stay.arrived_at, d.completed_at,
                    max((d.completed_at.date() - stay.arrived_at.date()).days, 0) + 1,
                    DepartureType(d.kind), d.dest_province + d.dest_city + d.dest_county,
                    belongings, names.get(d.completed_by, d.completed_by)))
            return out
