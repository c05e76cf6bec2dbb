"""Intake: search before create, register a person's stay (new or returning person), the
warnings an officer may override with a reason, refusal, merging two person records, and the
snapshot every intake form prints from."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from rescue_desk.domain import idnumber, names
from rescue_desk.domain.duty import EntryKind
from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError, NotFound, RequiredField
from rescue_desk.domain.inputs import (
    as_sequence,
    is_moment,
    is_record_id,
    lookup_key,
    query_text,
    shown,
)
from rescue_desk.domain.intake import (
    COUNTED_STATUSES,
    ESCORTED_SOURCES,
    GB11643_TYPES,
    STATUS_AFTER,
    AgeBasis,
    IdType,
    Inspection,
    Outcome,
    Source,
    StayStatus,
    Welfare,
    age_on,
    case_number,
    is_minor,
    readmission_check,
    unknown_number,
)
from rescue_desk.domain.models import (
    Area,
    Bag,
    Bed,
    BedAssignment,
    Counter,
    Person,
    PersonKey,
    PersonPhoto,
    Room,
    Station,
    Stay,
    User,
)
from rescue_desk.domain.roles import Permission
from rescue_desk.domain.text import clean_text
from rescue_desk.services import audit
from rescue_desk.services.desk import Desk, Officer
from rescue_desk.services.duty import log_event
from rescue_desk.services.settings import SettingsService
from rescue_desk.store.db import is_null_unindexed, prefix_range

#: The name an unidentified person is registered under.
UNKNOWN_NAME = "无名氏"
#: Largest photo kept (bytes of JPEG).
MAX_PHOTO_BYTES = 2_000_000

LABELS = {
    "name": QT_TRANSLATE_NOOP("Field", "name"),
    "alias": QT_TRANSLATE_NOOP("Field", "alias"),
    "sex": QT_TRANSLATE_NOOP("Field", "sex"),
    "ethnicity": QT_TRANSLATE_NOOP("Field", "ethnicity"),
    "age": QT_TRANSLATE_NOOP("Field", "age"),
    "id_number": QT_TRANSLATE_NOOP("Field", "ID number"),
    "hukou_place": QT_TRANSLATE_NOOP("Field", "household registration place"),
    "residence": QT_TRANSLATE_NOOP("Field", "residence"),
    "phone": QT_TRANSLATE_NOOP("Field", "phone"),
    "build": QT_TRANSLATE_NOOP("Field", "build"),
    "marks": QT_TRANSLATE_NOOP("Field", "marks"),
    "clothing": QT_TRANSLATE_NOOP("Field", "clothing"),
    "dialect": QT_TRANSLATE_NOOP("Field", "accent or dialect"),
    "vagrancy_reason": QT_TRANSLATE_NOOP("Field", "reason for seeking help"),
    "vagrancy_length": QT_TRANSLATE_NOOP("Field", "time away from home"),
    "vagrancy_history": QT_TRANSLATE_NOOP("Field", "history"),
    "needs": QT_TRANSLATE_NOOP("Field", "needs"),
    "contacts": QT_TRANSLATE_NOOP("Field", "relatives and contacts"),
    "escort_unit": QT_TRANSLATE_NOOP("Field", "escorting unit"),
    "escort_officers": QT_TRANSLATE_NOOP("Field", "escorting officers"),
    "escort_badges": QT_TRANSLATE_NOOP("Field", "badge numbers"),
    "escort_phone": QT_TRANSLATE_NOOP("Field", "escort's phone"),
    "found_place": QT_TRANSLATE_NOOP("Field", "where found"),
    "inspection_note": QT_TRANSLATE_NOOP("Field", "inspection notes"),
    "outcome_reason": QT_TRANSLATE_NOOP("Field", "reason"),
    "id_reason": QT_TRANSLATE_NOOP("Field", "reason for saving anyway"),
    "readmission_decision": QT_TRANSLATE_NOOP("Field", "decision on re-admission"),
    "person": QT_TRANSLATE_NOOP("Field", "person"),
    "stay": QT_TRANSLATE_NOOP("Field", "case"),
    "source": QT_TRANSLATE_NOOP("Field", "source"),
    "inspection": QT_TRANSLATE_NOOP("Field", "initial inspection"),
    "outcome": QT_TRANSLATE_NOOP("Field", "outcome"),
}


class BadDate(DeskError):
    code = "bad_date"
    template = QT_TRANSLATE_NOOP("DeskError", "The date cannot be in the future or before 1900.")


class BadAge(DeskError):
    code = "bad_age"
    template = QT_TRANSLATE_NOOP("DeskError", "The age is a whole number from 0 to 120.")


class BadHeight(DeskError):
    code = "bad_height"
    template = QT_TRANSLATE_NOOP("DeskError", "The height is in centimetres, from 30 to 250.")


class AgeMissing(DeskError):
    code = "age_missing"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Enter the date of birth, the age the person gives, or your estimate.")


class NumberWithoutType(DeskError):
    code = "number_without_type"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Choose the kind of document this number belongs to.")


class IdNumberTaken(DeskError):
    code = "id_number_taken"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "This ID number is already registered to {name}. Pick that person from the candidates "
        "instead of creating a new record.")


class AlreadyInStation(DeskError):
    code = "already_in_station"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "This person is already in the station under case {case_no}.")


class ReadmissionWarning(DeskError):
    code = "readmission"
    warning = True
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "This person left {days} days ago (local rule: {period} days). Minors and people with "
        "mental or intellectual disability are exceptions. Decide and write down the decision.")


class ReadmissionException(DeskError):
    code = "readmission_exception"
    warning = True
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "This person left {days} days ago, but is a minor or shows mental or intellectual "
        "disability, so the re-admission rule does not apply. Write down the decision.")


class NeedsDecision(DeskError):
    """Warnings the officer must decide on (a reason each) before the intake is saved."""

    code = "needs_decision"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Some entries need your decision before saving: see the amber notes.")

    def __init__(self, warnings: tuple[DeskError, ...]) -> None:
        self.warnings = warnings
        super().__init__(field=None)


class CannotMergeSame(DeskError):
    code = "merge_same"
    template = QT_TRANSLATE_NOOP("DeskError", "Choose two different person records to merge.")


class MergeBothInStation(DeskError):
    code = "merge_both_in_station"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "Both records have a stay in the station now ({first} and {second}); end one first.")


class PhotoTooLarge(DeskError):
    code = "photo_too_large"
    template = QT_TRANSLATE_NOOP("DeskError", "The photo is too large; use one under 2 MB.")


# -- inputs -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Contact:
    name: str = ""
    relation: str = ""
    phone: str = ""
    address: str = ""


@dataclasses.dataclass(frozen=True)
class PersonForm:
    """Who the person is, as the registration form asks it."""

    name: str = ""
    unknown: bool = False  #: name not known: registered as 无名氏 with a station number
    alias: str = ""
    sex: str = ""  #: "M", "F", or "U" (cannot be determined)
    ethnicity: str = ""
    birth_date: dt.date | None = None
    age: int | None = None
    age_basis: AgeBasis = AgeBasis.ESTIMATED  #: of ``age``: stated by the person or estimated
    id_type: IdType = IdType.NONE
    id_number: str = ""
    hukou_place: str = ""
    residence: str = ""
    welfare: Welfare = Welfare.UNKNOWN
    phone: str = ""
    height_cm: int | None = None
    build: str = ""
    marks: str = ""
    clothing: str = ""
    dialect: str = ""
    vagrancy_reason: str = ""
    vagrancy_length: str = ""
    vagrancy_history: str = ""
    contacts: tuple[Contact, ...] = ()
    needs: str = ""
    fingerprints_taken: bool = False
    photo_jpeg: bytes | None = None


@dataclasses.dataclass(frozen=True)
class StayForm:
    """This visit: arrival, source and escort, the initial inspection and its outcome."""

    source: Source = Source.WALK_IN
    arrived_at: dt.datetime | None = None  #: None: now
    escort_unit: str = ""
    escort_officers: str = ""
    escort_badges: str = ""
    escort_phone: str = ""
    found_place: str = ""
    found_at: dt.datetime | None = None
    inspection: frozenset[Inspection] = frozenset()
    inspection_note: str = ""
    outcome: Outcome = Outcome.ADMIT
    outcome_reason: str = ""


@dataclasses.dataclass(frozen=True)
class Decisions:
    """The officer's reasons for saving despite warnings (each recorded)."""

    id_reason: str = ""
    readmission_decision: str = ""


# -- outputs ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class IntakeResult:
    case_no: str
    person_id: int
    stay_id: int
    display_name: str


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A person who may be the one at the desk."""

    person_id: int
    display_name: str
    alias: str
    sex: str
    age: int | None
    id_shown: str  #: masked unless the officer may see full numbers
    phone: str
    last_case_no: str
    last_arrived_at: dt.datetime | None
    last_status: str
    in_station: bool
    stays: int
    flags: frozenset[str]  #: inspection flags seen on earlier stays
    has_photo: bool
    reasons: frozenset[str]  #: "id", "name", "pinyin", "similar", "phone", "case"


@dataclasses.dataclass(frozen=True)
class StayRecord:
    """Everything an intake form prints or a details pane shows, as plain values."""

    station_name: str
    station_hotline: str
    station_address: str
    is_demo: bool
    case_no: str
    person_id: int
    display_name: str
    name: str
    alias: str
    unknown_no: str
    sex: str
    ethnicity: str
    birth_date: dt.date | None
    age: int | None
    age_basis: str
    id_type: str
    id_number_shown: str  #: masked unless asked for in full or the officer may see it
    hukou_place: str
    residence: str
    welfare: str
    phone: str
    height_cm: int | None
    build: str
    marks: str
    clothing: str
    dialect: str
    vagrancy_reason: str
    vagrancy_length: str
    vagrancy_history: str
    contacts: tuple[Contact, ...]
    needs: str
    fingerprints_taken: bool
    has_photo: bool
    id_warning_reason: str
    arrived_at: dt.datetime
    source: str
    escort_unit: str
    escort_officers: str
    escort_badges: str
    escort_phone: str
    found_place: str
    found_at: dt.datetime | None
    inspection: frozenset[str]
    inspection_note: str
    outcome: str
    outcome_reason: str
    status: str
    readmission_days: int | None
    readmission_decision: str
    registered_by: str  #: login of the officer who registered the stay
    registered_by_name: str  #: their name ("" for the command line)
    minor: bool
    bed: str  #: area and bed once assigned ("" until then)
    bag_numbers: tuple[str, ...]  #: belongings bags once stored


def display_name(person: Person) -> str:
    """The name shown everywhere: the name, or the station number of an unidentified person."""
    return person.unknown_no or person.name


# -- the service ------------------------------------------------------------------------------


def _next(session: Session, name: str) -> int:
    """Advance a counter in the caller's transaction (row-locked; never max()+1)."""
    row = session.execute(
        update(Counter).where(Counter.name == name).values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if row is None:
        session.add(Counter(name=name, value=1))
        session.flush()
        return 1
    return row


def _keys_for(name: str, alias: str) -> set[str]:
    keys: set[str] = set()
    for text in (name, alias):
        text = (text or "").strip()
        if not text:
            continue
        keys.add(text.lower())
        keys.update(names.search_keys(text))
    return {k[:80] for k in keys if k}


class IntakeService:
    """The front desk's main job."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- validation ---------------------------------------------------------------------------
    def _clean_person(self, form: PersonForm, today: dt.date) -> dict:
        t = clean_text
        values: dict = {}
        if form.unknown:
            values["name"] = UNKNOWN_NAME
        else:
            values["name"] = t(form.name, LABELS["name"], limit=60, required=True, field="name")
        values["alias"] = t(form.alias, LABELS["alias"], limit=60, field="alias")
        if form.sex not in ("M", "F", "U"):
            raise RequiredField(field="sex", label=LABELS["sex"])
        values["sex"] = form.sex
        values["ethnicity"] = t(form.ethnicity, LABELS["ethnicity"], limit=20, field="ethnicity")
        for key, limit in (("hukou_place", 120), ("residence", 120), ("phone", 40),
                           ("build", 40), ("marks", 200), ("clothing", 200), ("dialect", 60),
                           ("vagrancy_length", 60), ("vagrancy_reason", 2000),
                           ("vagrancy_history", 4000), ("needs", 2000)):
            values[key] = t(getattr(form, key), LABELS[key], limit=limit, field=key)
        if form.birth_date is not None:
            if not isinstance(form.birth_date, dt.date) \
                    or isinstance(form.birth_date, dt.datetime) or form.birth_date > today \
                    or form.birth_date.year < 1900:
                raise BadDate(field="birth_date")
        if form.age is not None and (not isinstance(form.age, int) or isinstance(form.age, bool)
                                     or not 0 <= form.age <= 120):
            raise BadAge(field="age")
        if form.height_cm is not None and (not isinstance(form.height_cm, int)
                                           or isinstance(form.height_cm, bool)
                                           or not 30 <= form.height_cm <= 250):
            raise BadHeight(field="height_cm")
        values["height_cm"] = form.height_cm
        try:
            values["id_type"] = IdType(form.id_type)
            values["welfare"] = Welfare(form.welfare)
            values["age_basis"] = AgeBasis(form.age_basis)
        except ValueError:
            raise RequiredField(field="id_type", label=LABELS["id_number"]) from None
        number = t(form.id_number, LABELS["id_number"], limit=40, field="id_number")
        if number and values["id_type"] == IdType.NONE:
            raise NumberWithoutType(field="id_type")
        values["id_number"] = number
        contacts = []
        given = as_sequence(form.contacts) if form.contacts is not None else []
        if given is None:
            raise RequiredField(field="contacts", label=LABELS["contacts"])
        for contact in given:
            if not isinstance(contact, Contact):
                raise RequiredField(field="contacts", label=LABELS["contacts"])
            entry = {k: t(getattr(contact, k), LABELS["contacts"], limit=120, field="contacts")
                     for k in ("name", "relation", "phone", "address")}
            if any(entry.values()):
                contacts.append(entry)
        if len(contacts) > 10:
            raise RequiredField(field="contacts", label=LABELS["contacts"])
        values["contacts"] = contacts
        values["fingerprints_taken"] = bool(form.fingerprints_taken)
        if form.photo_jpeg is not None:
            if not isinstance(form.photo_jpeg, bytes | bytearray):
                raise PhotoTooLarge(field="photo")
            if len(form.photo_jpeg) > MAX_PHOTO_BYTES:
                raise PhotoTooLarge(field="photo")
        return values

    def _clean_stay(self, form: StayForm, now: dt.datetime) -> dict:
        t = clean_text
        try:
            source = Source(form.source)
        except ValueError:
            raise RequiredField(field="source", label=LABELS["source"]) from None
        try:
            outcome = Outcome(form.outcome)
        except ValueError:
            raise RequiredField(field="outcome", label=LABELS["outcome"]) from None
        flags = form.inspection if form.inspection is not None else ()
        if not isinstance(flags, set | frozenset | list | tuple):
            raise RequiredField(field="inspection", label=LABELS["inspection"])
        try:
            flags = frozenset(Inspection(f) for f in flags)
        except ValueError:
            raise RequiredField(field="inspection", label=LABELS["inspection"]) from None
        arrived = form.arrived_at if form.arrived_at is not None else now
        if not is_moment(arrived) or arrived > now + dt.timedelta(minutes=5) \
                or arrived.year < 2000:
            raise BadDate(field="arrived_at")
        values = {"source": source, "outcome": outcome, "inspection": flags,
                  "arrived_at": arrived.replace(microsecond=0)}
        for key, limit in (("escort_unit", 100), ("escort_officers", 100),
                           ("escort_badges", 100), ("escort_phone", 40), ("found_place", 120),
                           ("inspection_note", 2000), ("outcome_reason", 2000)):
            values[key] = t(getattr(form, key), LABELS[key], limit=limit, field=key)
        if source == Source.POLICE and not values["escort_unit"]:
            raise RequiredField(field="escort_unit", label=LABELS["escort_unit"])
        if source not in ESCORTED_SOURCES:
            for key in ("escort_unit", "escort_officers", "escort_badges", "escort_phone"):
                values[key] = values[key] if source == Source.OTHER else ""
        if form.found_at is not None and (not is_moment(form.found_at)
                                          or form.found_at > now + dt.timedelta(minutes=5)
                                          or form.found_at.year < 2000):
            raise BadDate(field="found_at")
        values["found_at"] = form.found_at
        if outcome != Outcome.ADMIT and not values["outcome_reason"]:
            raise RequiredField(field="outcome_reason", label=LABELS["outcome_reason"])
        return values

    def _id_analysis(self, p: dict, birth_date: dt.date | None, today: dt.date):
        if not p["id_number"] or p["id_type"] not in GB11643_TYPES:
            return None, ()
        analysis = idnumber.analyse(p["id_number"], today=today)
        problems = tuple(analysis.problems) + idnumber.mismatches(
            analysis, entered_birth_date=birth_date,
            entered_sex=p["sex"] if p["sex"] in ("M", "F") else None)
        return analysis, problems

    def _warnings(self, s: Session, p: dict, st: dict, person: Person | None,
                  problems: tuple, age: int | None) -> list[DeskError]:
        warnings: list[DeskError] = list(problems)
        if person is not None:
            last = s.execute(
                select(Stay).where(Stay.person_id == person.id)
                .order_by(Stay.arrived_at.desc()).limit(1)
            ).scalar_one_or_none()
            if last is not None and last.ended_at is not None:
                period = int(SettingsService(self.desk).get("readmission_days"))
                minor = is_minor(age, st["inspection"])
                mental = bool({Inspection.MENTAL} & st["inspection"]) or \
                    Inspection.MENTAL.value in (last.inspection or [])
                check = readmission_check(last_left=last.ended_at, arriving=st["arrived_at"],
                                          period_days=period, minor=minor,
                                          mental_or_intellectual=mental)
                if check.warn:
                    if check.exception:
                        warnings.append(ReadmissionException(
                            field="readmission_decision", days=check.days_since))
                    else:
                        warnings.append(ReadmissionWarning(
                            field="readmission_decision", days=check.days_since,
                            period=period))
        return warnings

    # -- registering ----------------------------------------------------------------------
    def check(self, person: PersonForm, stay: StayForm, *, person_id: int | None = None
              ) -> list[DeskError]:
        """The warnings this intake would raise (nothing is written). Errors are raised."""
        self.desk.require(Permission.REGISTER)
        now = self.desk.now()
        p = self._clean_person(person, now.date())
        st = self._clean_stay(stay, now)
        with self.desk.db.read() as s:
            existing = self._existing(s, person_id)
            _keep_masked_number(p, existing)
            birth_date, birth_year, age, analysis, problems = self._age(p, person, st)
            self._refuse_duplicates(s, analysis, existing)
            return self._warnings(s, p, st, existing, problems, age)

    def _existing(self, s: Session, person_id: int | None) -> Person | None:
        if person_id is None:
            return None
        existing = s.get(Person, person_id) if is_record_id(person_id) else None
        if existing is None or existing.merged_into_id is not None:
            raise NotFound(field="person", what=LABELS["person"], key=shown(person_id))
        return existing

    def _age(self, p: dict, form: PersonForm, st: dict):
        arrival = st["arrived_at"].date()
        analysis, problems = self._id_analysis(p, form.birth_date, arrival)
        birth_date = form.birth_date
        if birth_date is None and analysis is not None and analysis.birth_date is not None \
                and analysis.birth_date <= arrival:
            birth_date = analysis.birth_date
        if p["sex"] == "U" and analysis is not None and analysis.sex:
            p["sex"] = analysis.sex
        if birth_date is not None:
            birth_year = birth_date.year
            p["age_basis"] = AgeBasis.BIRTH_DATE
        elif form.age is not None:
            birth_year = arrival.year - form.age
        else:
            raise AgeMissing(field="age")
        age = age_on(arrival, birth_date=birth_date, birth_year=birth_year)
        return birth_date, birth_year, age, analysis, problems

    def _refuse_duplicates(self, s: Session, analysis, existing: Person | None) -> None:
        if analysis is None or analysis.problems and len(analysis.number) != 18:
            return
        query = select(Person).where(Person.id_number == analysis.number,
                                     is_null_unindexed(Person.merged_into_id))
        if existing is not None:
            query = query.where(Person.id != existing.id)
        other = s.execute(query.limit(1)).scalar_one_or_none()
        if other is not None:
            raise IdNumberTaken(field="id_number", name=display_name(other))

    def register(self, person: PersonForm, stay: StayForm, *, person_id: int | None = None,
                 decisions: Decisions = Decisions()) -> IntakeResult:
        """Save the intake: the person (new, or a returning person updated) and a new stay, in
        one transaction with its audit record. Raises NeedsDecision while a warning has no
        reason."""
        officer = self.desk.require(Permission.REGISTER)
        now = self.desk.now()
        p = self._clean_person(person, now.date())
        st = self._clean_stay(stay, now)
        id_reason = clean_text(decisions.id_reason, LABELS["id_reason"], limit=500,
                               field="id_reason")
        decision = clean_text(decisions.readmission_decision, LABELS["readmission_decision"],
                              limit=500, field="readmission_decision")
        with self.desk.db.write() as s:
            existing = self._existing(s, person_id)
            if existing is not None:
                open_stay = s.execute(
                    select(Stay.case_no).where(Stay.person_id == existing.id,
                                               Stay.status != StayStatus.CLOSED.value)
                ).scalar_one_or_none()
                if open_stay is not None:
                    raise AlreadyInStation(field="person", case_no=open_stay)
            _keep_masked_number(p, existing)
            birth_date, birth_year, age, analysis, problems = self._age(p, person, st)
            self._refuse_duplicates(s, analysis, existing)
            warnings = self._warnings(s, p, st, existing, problems, age)
            undecided = tuple(
                w for w in warnings
                if (w.field == "readmission_decision" and not decision)
                or (w.field != "readmission_decision" and not id_reason)
            )
            if undecided:
                raise NeedsDecision(undecided)
            id_number = analysis.number if analysis is not None else p["id_number"]
            fields = dict(
                name=p["name"], alias=p["alias"], sex=p["sex"], ethnicity=p["ethnicity"],
                birth_date=birth_date, birth_year=birth_year, age_basis=p["age_basis"].value,
                id_type=p["id_type"].value, id_number=id_number,
                id_tail=id_number[-4:] if len(id_number) >= 4 else "",
                id_warning_reason=id_reason if problems else "",
                hukou_place=p["hukou_place"], residence=p["residence"],
                welfare=p["welfare"].value, phone=p["phone"], height_cm=p["height_cm"],
                build=p["build"], marks=p["marks"], clothing=p["clothing"],
                dialect=p["dialect"], vagrancy_reason=p["vagrancy_reason"],
                vagrancy_length=p["vagrancy_length"], vagrancy_history=p["vagrancy_history"],
                contacts=p["contacts"], needs=p["needs"],
                fingerprints_taken=p["fingerprints_taken"],
            )
            year = st["arrived_at"].year
            if existing is None:
                target = Person(created_at=now, updated_at=now, **fields)
                if person.unknown:
                    target.unknown_no = unknown_number(year, _next(s, f"unknown:{year}"))
                s.add(target)
                s.flush()
                changed = {k: v for k, v in fields.items() if v not in ("", None, [], False)}
                changed.pop("id_number", None)
                if id_number:
                    changed["id_number"] = idnumber.mask(id_number)
                audit.record(s, officer, now, "person.create", "person", target.id, changed)
            else:
                target = existing
                if person.unknown and existing.unknown_no:
                    fields["name"] = existing.name
                changed = {}
                for key, value in fields.items():
                    if getattr(target, key) != value:
                        old = getattr(target, key)
                        if key in ("id_number",):
                            changed[key] = [idnumber.mask(old), idnumber.mask(value)]
                        else:
                            changed[key] = [old, value]
                        setattr(target, key, value)
                if changed:
                    target.updated_at = now
                    audit.record(s, officer, now, "person.update", "person", target.id,
                                 _jsonable(changed))
            self._replace_keys(s, target)
            if person.photo_jpeg:
                photo = s.get(PersonPhoto, target.id)
                if photo is None:
                    s.add(PersonPhoto(person_id=target.id, jpeg=bytes(person.photo_jpeg),
                                      taken_at=now))
                else:
                    photo.jpeg, photo.taken_at = bytes(person.photo_jpeg), now
            readmission_days = next((w.facts["days"] for w in warnings
                                     if w.field == "readmission_decision"), None)
            status = STATUS_AFTER[st["outcome"]]
            case_no = case_number(year, _next(s, f"case:{year}"))
            record = Stay(
                case_no=case_no, person_id=target.id, arrived_at=st["arrived_at"],
                source=st["source"].value, escort_unit=st["escort_unit"],
                escort_officers=st["escort_officers"], escort_badges=st["escort_badges"],
                escort_phone=st["escort_phone"], found_place=st["found_place"],
                found_at=st["found_at"], inspection=sorted(f.value for f in st["inspection"]),
                inspection_note=st["inspection_note"], outcome=st["outcome"].value,
                outcome_reason=st["outcome_reason"], status=status.value,
                ended_at=st["arrived_at"] if status == StayStatus.CLOSED else None,
                age_at_arrival=age, readmission_days=readmission_days,
                readmission_decision=decision if readmission_days is not None else "",
                registered_by=officer.login, created_at=now,
            )
            s.add(record)
            s.flush()
            audit.record(s, officer, now, "stay.create", "stay", case_no, {
                "person_id": target.id, "arrived_at": record.arrived_at.isoformat(),
                "source": record.source, "outcome": record.outcome,
                "inspection": record.inspection, "status": record.status,
                "outcome_reason": record.outcome_reason,
                "id_warnings": [w.code for w in warnings if w.field != "readmission_decision"],
                "id_reason": id_reason if problems else "",
                "readmission_days": readmission_days,
                "readmission_decision": record.readmission_decision,
            })
            if self.desk.log_admissions:
                log_event(s, officer, now, EntryKind.ADMISSION, admission_text(
                    case_no, display_name(target), record.outcome), case_no)
            return IntakeResult(case_no, target.id, record.id, display_name(target))

    @staticmethod
    def _replace_keys(s: Session, person: Person) -> None:
        wanted = _keys_for(person.name if not person.unknown_no else "", person.alias)
        if person.unknown_no:
            wanted.add(person.unknown_no.lower())
        have = {k.key: k for k in s.execute(
            select(PersonKey).where(PersonKey.person_id == person.id)).scalars()}
        for key in set(have) - wanted:
            s.delete(have[key])
        for key in wanted - set(have):
            s.add(PersonKey(person_id=person.id, key=key))

    # -- search before create -------------------------------------------------------------
    def candidates(self, *, name: str = "", id_number: str = "", phone: str = "",
                   case_no: str = "", sex: str = "", birth_year: int | None = None,
                   limit: int = 12) -> list[Candidate]:
        """People who may be the one at the desk: same ID number, same name or pinyin, similar
        name with the same sex and a close birth year, same phone, or a case number."""
        officer = self.desk.require(Permission.SEARCH)
        reasons: dict[int, set[str]] = {}

        def add(ids, reason):
            for pid in ids:
                reasons.setdefault(pid, set()).add(reason)

        live = is_null_unindexed(Person.merged_into_id)
        name, id_number = query_text(name, limit=60), query_text(id_number, limit=40)
        phone, case_no = query_text(phone, limit=40), query_text(case_no, limit=40)
        if isinstance(birth_year, bool) or not isinstance(birth_year, int) \
                or not 1800 <= birth_year <= 2200:
            birth_year = None
        limit = limit if is_record_id(limit) and limit <= 100 else 12
        with self.desk.db.read() as s:
            number = idnumber.normalize(id_number) if id_number else ""
            if len(number) == 15 and number.isdigit():
                number = idnumber.upgrade15(number)
            if len(number) >= 15:
                add(s.execute(select(Person.id).where(Person.id_number == number, live)
                              .limit(limit)).scalars(), "id")
            if name:
                add(s.execute(select(Person.id).where(Person.name == name, live)
                              .limit(limit)).scalars(), "name")
                keys = names.search_keys(name) if not names.looks_like_pinyin(name) \
                    else (name.lower(),)
                keys = [k for k in keys if len(k) >= 2]
                if keys:
                    add(s.execute(select(PersonKey.person_id).where(PersonKey.key.in_(keys))
                                  .limit(limit * 4)).scalars(), "pinyin")
                if sex in ("M", "F") and birth_year and not names.looks_like_pinyin(name):
                    near = s.execute(
                        select(Person.id, Person.name)
                        .where(prefix_range(Person.name, name[0]),
                               Person.sex == sex, live,
                               Person.birth_year.between(birth_year - 3, birth_year + 3))
                        .limit(500)
                    ).all()
                    add((pid for pid, other in near if names.similar_names(name, other)),
                        "similar")
            if len(phone) >= 5:
                add(s.execute(select(Person.id).where(Person.phone == phone, live)
                              .limit(limit)).scalars(), "phone")
            if case_no:
                add(s.execute(select(Stay.person_id).where(Stay.case_no == case_no)
                              ).scalars(), "case")
            order = {"id": 0, "case": 1, "phone": 2, "name": 3, "pinyin": 4, "similar": 5}
            ranked = sorted(reasons, key=lambda pid: min(order[r] for r in reasons[pid]))
            return [self._candidate(s, pid, frozenset(reasons[pid]), officer)
                    for pid in ranked[:limit]]

    def _candidate(self, s: Session, person_id: int, reasons, officer: Officer) -> Candidate:
        person = s.get(Person, person_id)
        if person.merged_into_id is not None:
            person = s.get(Person, person.merged_into_id)
        stays = s.execute(select(Stay).where(Stay.person_id == person.id)
                          .order_by(Stay.arrived_at.desc())).scalars().all()
        last = stays[0] if stays else None
        flags = frozenset(f for stay in stays for f in (stay.inspection or []))
        has_photo = s.execute(select(func.count()).where(PersonPhoto.person_id == person.id)
                              ).scalar_one() > 0
        today = self.desk.now().date()
        return Candidate(
            person.id, display_name(person), person.alias, person.sex,
            age_on(today, birth_date=person.birth_date, birth_year=person.birth_year),
            shown_id(person.id_number, officer), person.phone,
            last.case_no if last else "", last.arrived_at if last else None,
            last.status if last else "",
            bool(last and last.status != StayStatus.CLOSED.value), len(stays), flags, has_photo,
            reasons,
        )

    def person_form(self, person_id: int) -> PersonForm:
        """A returning person's details, to fill the form when the clerk picks them."""
        self.desk.require(Permission.REGISTER)
        if person_id is None:
            raise NotFound(field="person", what=LABELS["person"], key="—")
        with self.desk.db.read() as s:
            p = self._existing(s, person_id)
            officer = self.desk.require()
            return PersonForm(
                name="" if p.unknown_no else p.name, unknown=bool(p.unknown_no), alias=p.alias,
                sex=p.sex, ethnicity=p.ethnicity, birth_date=p.birth_date,
                age=None if p.birth_date else age_on(self.desk.now().date(),
                                                      birth_year=p.birth_year),
                age_basis=AgeBasis(p.age_basis), id_type=IdType(p.id_type),
                id_number=shown_id(p.id_number, officer),
                hukou_place=p.hukou_place, residence=p.residence, welfare=Welfare(p.welfare),
                phone=p.phone, height_cm=p.height_cm, build=p.build, marks=p.marks,
                clothing=p.clothing, dialect=p.dialect, vagrancy_reason=p.vagrancy_reason,
                vagrancy_length=p.vagrancy_length, vagrancy_history=p.vagrancy_history,
                contacts=tuple(Contact(**c) for c in p.contacts or ()), needs=p.needs,
                fingerprints_taken=p.fingerprints_taken,
            )

    def photo(self, person_id: int) -> bytes | None:
        self.desk.require(Permission.SEARCH)
        if not is_record_id(person_id):
            return None
        with self.desk.db.read() as s:
            row = s.get(PersonPhoto, person_id)
            return bytes(row.jpeg) if row is not None else None

    # -- records ----------------------------------------------------------------------------
    def record(self, case_no: str, *, full_id: bool = False) -> StayRecord:
        """The stay as forms print it. ID numbers are masked unless the officer's role may see
        them, or ``full_id`` says the form requires the full number."""
        officer = self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            stay = find_stay(s, case_no)
            p = stay.person
            station = s.execute(select(Station)).scalar_one_or_none()
            has_photo = s.get(PersonPhoto, p.id) is not None
            bag_numbers = tuple(s.execute(select(Bag.bag_no).where(Bag.stay_id == stay.id)
                                          .order_by(Bag.id)).scalars())
            shown = p.id_number if full_id or officer.may(Permission.VIEW_FULL_ID) \
                else idnumber.mask(p.id_number)
            return StayRecord(
                station_name=station.name if station else "",
                station_hotline=station.hotline if station else "",
                station_address=station.address if station else "",
                is_demo=bool(station and station.is_demo),
                case_no=stay.case_no, person_id=p.id, display_name=display_name(p),
                name=p.name, alias=p.alias, unknown_no=p.unknown_no or "", sex=p.sex,
                ethnicity=p.ethnicity, birth_date=p.birth_date, age=stay.age_at_arrival,
                age_basis=p.age_basis, id_type=p.id_type, id_number_shown=shown,
                hukou_place=p.hukou_place, residence=p.residence,
                welfare=p.welfare, phone=p.phone, height_cm=p.height_cm, build=p.build,
                marks=p.marks, clothing=p.clothing, dialect=p.dialect,
                vagrancy_reason=p.vagrancy_reason, vagrancy_length=p.vagrancy_length,
                vagrancy_history=p.vagrancy_history,
                contacts=tuple(Contact(**c) for c in p.contacts or ()), needs=p.needs,
                fingerprints_taken=p.fingerprints_taken, has_photo=has_photo,
                id_warning_reason=p.id_warning_reason, arrived_at=stay.arrived_at,
                source=stay.source, escort_unit=stay.escort_unit,
                escort_officers=stay.escort_officers, escort_badges=stay.escort_badges,
                escort_phone=stay.escort_phone, found_place=stay.found_place,
                found_at=stay.found_at, inspection=frozenset(stay.inspection or ()),
                inspection_note=stay.inspection_note, outcome=stay.outcome,
                outcome_reason=stay.outcome_reason, status=stay.status,
                readmission_days=stay.readmission_days,
                readmission_decision=stay.readmission_decision,
                registered_by=stay.registered_by,
                registered_by_name=s.execute(select(User.name).where(
                    User.login == stay.registered_by)).scalar_one_or_none() or "",
                minor=is_minor(stay.age_at_arrival,
                               frozenset(Inspection(f) for f in stay.inspection or ())),
                bed=_bed_place(s, stay.id), bag_numbers=bag_numbers,
            )

    def log_admission(self, case_no: str) -> None:
        """Write the intake of ``case_no`` in the shift log now (for intakes registered while
        ``desk.log_admissions`` was off)."""
        officer = self.desk.require(Permission.REGISTER)
        with self.desk.db.write() as s:
            stay = find_stay(s, case_no)
            log_event(s, officer, self.desk.now(), EntryKind.ADMISSION, admission_text(
                stay.case_no, display_name(stay.person), stay.outcome), stay.case_no)

    def note_printed(self, case_no: str, form: str) -> None:
        """Record who printed which form of which stay (PIPL: printing is logged)."""
        officer = self.desk.require(Permission.SEARCH)
        with self.desk.db.write() as s:
            audit.record(s, officer, self.desk.now(), "print", "stay", case_no, {"form": form})

    # -- merging (administrator) ------------------------------------------------------------
    def merge(self, keep_id: int, merge_id: int) -> None:
        """Move every stay of ``merge_id`` to ``keep_id``; the merged record points to the kept
        one and no longer appears in searches. Audited."""
        officer = self.desk.require(Permission.MERGE_PEOPLE)
        for person_id in (keep_id, merge_id):
            if not is_record_id(person_id):
                raise NotFound(field="person", what=LABELS["person"], key=shown(person_id))
        if keep_id == merge_id:
            raise CannotMergeSame(field="person")
        with self.desk.db.write() as s:
            keep = self._existing(s, keep_id)
            gone = self._existing(s, merge_id)
            open_cases = s.execute(
                select(Stay.case_no).where(Stay.person_id.in_([keep.id, gone.id]),
                                           Stay.status != StayStatus.CLOSED.value)
            ).scalars().all()
            if len(open_cases) > 1:
                raise MergeBothInStation(field="person", first=open_cases[0],
                                         second=open_cases[1])
            moved = s.execute(select(Stay.case_no).where(Stay.person_id == gone.id)
                              ).scalars().all()
            s.execute(update(Stay).where(Stay.person_id == gone.id)
                      .values(person_id=keep.id))
            filled = {}
            for key in ("alias", "id_number", "hukou_place", "residence", "phone", "dialect"):
                if not getattr(keep, key) and getattr(gone, key):
                    setattr(keep, key, getattr(gone, key))
                    filled[key] = idnumber.mask(getattr(gone, key)) if key == "id_number" \
                        else getattr(gone, key)
            if filled.get("id_number"):
                keep.id_tail = keep.id_number[-4:]
                keep.id_type = gone.id_type
            if not keep.alias and gone.name != keep.name and not gone.unknown_no:
                keep.alias = gone.name
            gone.merged_into_id = keep.id
            gone.id_number = ""
            gone.id_tail = ""
            s.execute(PersonKey.__table__.delete().where(PersonKey.person_id == gone.id))
            s.flush()
            self._replace_keys(s, keep)
            keep.updated_at = self.desk.now()
            audit.record(s, officer, self.desk.now(), "person.merge", "person", keep.id,
                         {"merged": gone.id, "stays": sorted(moved), "filled": filled})

    def latest_case(self, person_id: int) -> str | None:
        """The case number of the person's open stay, else of their latest stay; None when the
        person has none. A merged record answers for the record it was merged into."""
        self.desk.require(Permission.SEARCH)
        if not is_record_id(person_id):
            return None
        with self.desk.db.read() as s:
            person = s.get(Person, person_id)
            if person is None:
                return None
            if person.merged_into_id is not None:
                person = s.get(Person, person.merged_into_id)
            return s.execute(
                select(Stay.case_no).where(Stay.person_id == person.id)
                .order_by((Stay.status == StayStatus.CLOSED.value).asc(),
                          Stay.arrived_at.desc())
                .limit(1)
            ).scalar_one_or_none()


def find_stay(s: Session, case_no: object) -> Stay:
    """The stay with this case number (typed or scanned); NotFound for anything else."""
    key = lookup_key(case_no, limit=40)
    stay = s.execute(select(Stay).where(Stay.case_no == key)).scalar_one_or_none() \
        if key else None
    if stay is None:
        raise NotFound(field="case_no", what=LABELS["stay"], key=shown(case_no))
    return stay


def _keep_masked_number(values: dict, existing: Person | None) -> None:
    """A returning person's number shown masked and left unchanged keeps the stored number."""
    if existing is not None and existing.id_number and \
            values["id_number"] == idnumber.mask(existing.id_number):
        values["id_number"] = existing.id_number


def shown_id(number: str, officer: Officer) -> str:
    """The ID number as this officer may see it on screen."""
    if not number:
        return ""
    return number if officer.may(Permission.VIEW_FULL_ID) else idnumber.mask(number)


def _jsonable(changes: dict) -> dict:
    def conv(value):
        if isinstance(value, dt.date | dt.datetime):
            return value.isoformat()
        if isinstance(value, list):
            return [conv(v) for v in value]
        return value

    return {k: conv(v) for k, v in changes.items()}


#: The outcome as written in the shift log.
OUTCOME_TEXT = {"admit": "予以救助", "hospital_first": "先救治后救助", "police": "移交公安",
                "refuse": "不予救助"}


def admission_text(case_no: str, name: str, outcome: str) -> str:
    """The shift log's line for an intake."""
    return f"{case_no} {name}（{OUTCOME_TEXT.get(outcome, outcome)}）"


def _bed_place(s: Session, stay_id: int) -> str:
    """Where the stay sleeps now: "area room-bed", or "" without a bed."""
    row = s.execute(
        select(Area.name, Room.name, Bed.label)
        .join(Room, Room.area_id == Area.id).join(Bed, Bed.room_id == Room.id)
        .join(BedAssignment, BedAssignment.bed_id == Bed.id)
        .where(BedAssignment.stay_id == stay_id, BedAssignment.end_at.is_(None))).first()
    return f"{row[0]} {row[1]}-{row[2]}" if row else ""


def in_station_count(desk: Desk) -> int:
    """People counted as in the station (in station, in hospital, or in out-of-station care)."""
    with desk.db.read() as s:
        return s.execute(select(func.count(Stay.id)).where(
            Stay.status.in_(sorted(st.value for st in COUNTED_STATUSES)))).scalar_one()
