"""The big demo station: years of history written in bulk, then the present through the services.

The normal demo (:mod:`rescue_desk.services.demo`) makes every intake, check, bed and departure
through the services, about a tenth of a second a person, which suits a few thousand people. A
station that has seen a million people is made in two parts:

* the **history**: people whose stays all ended before the last days, spread over about fifteen
  years, written in batches straight into the tables by a simulation of the station's life in
  time order. People and stays follow the normal demo's distributions (its tables of names,
  regions, sources, inspection findings, outcomes, items found, departure types and details);
  each row is what the services would have written: the person's search keys as the intake
  computes them, case and bag numbers from the same per-year counters and in time order,
  belongings stored and counted back (or disposed of when unclaimed) with their custody log, one
  stay at a time per bed by the placement rules, departures with their details, calls and
  follow-ups, and the audit record of each of those changes, hash-chained on from the existing
  chain;
* the **present**: the normal demo, through the services, on a station of about 1,000 beds,
  with a few hundred intakes over the last days (some of them people of the history coming
  back), so the board, the duty log, outreach and the lists are what a desk sees today.

From 100,000 people the later half of the years is simulated by a second process into a file
of its own and joined on (ids moved, its audit records hashed on in time order): two cores
make it in about half the time.

Left out of the history, to keep it to minutes: the shift log and handovers (the desk's log
starts with the present), outreach, photos, phones lent for a call, and the audit records of
small bed and bag chores (bedding changed, the owner's signature: the bag's flag is set).
Stays in the history are mostly short (a day or two for a ticket home, longer for relatives
to come, weeks for a placement; see ``DURATIONS``).
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import datetime as dt
import functools
import heapq
import itertools
import json
import math
import operator
import queue
import random
import sqlite3
import threading
from collections.abc import Callable, Iterator
from hashlib import sha256

from sqlalchemy import func, select, text

from rescue_desk.domain import idnumber
from rescue_desk.domain.audit import GENESIS
from rescue_desk.domain.beds import (
    AreaRule,
    BedEnd,
    Candidate,
    Occupant,
    area_rule,
    bed_score,
    breaches,
)
from rescue_desk.domain.custody import DEFAULT_LOCATIONS, ItemState, Movement
from rescue_desk.domain.departure import (
    COUNT_BACK_TYPES,
    FOLLOW_UP_TYPES,
    LEAVING_TYPES,
    STATUS_AFTER,
    DepartureType,
    Leaver,
    exception_for,
    province_of,
)
from rescue_desk.domain.intake import (
    ESCORTED_SOURCES,
    Inspection,
    Source,
    age_on,
    case_number,
    readmission_check,
    unknown_number,
)
from rescue_desk.domain.models import (
    Area,
    AuditEvent,
    AuditSeal,
    Bag,
    Bed,
    BedAssignment,
    ContactCall,
    Counter,
    CustodyMovement,
    Departure,
    Person,
    PersonKey,
    Room,
    SearchNotice,
    SecurityCheck,
    SeizedItem,
    Stay,
    StayExtension,
    StoredItem,
    User,
)
from rescue_desk.domain.roles import Role
from rescue_desk.services import demo
from rescue_desk.services.custody import CustodyService
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import UNKNOWN_NAME, _keys_for
from rescue_desk.services.settings import SettingsService

#: Above this many people the ``demo`` command writes the history in bulk (below it, every
#: intake goes through the services as before).
BULK_FROM = 3000
#: Intakes of the present made through the services, at most (a minute or two).
RECENT_INTAKES = 500
#: Of those, one in eight are people of the history coming back.
RETURNING_SHARE = 0.125
#: The present: intakes over the last ``RECENT_DAYS`` days, three in four in the last
#: ``BUSY_DAYS`` (so that a few hundred people are in the station now).
RECENT_DAYS = 10
BUSY_DAYS = 3
#: Years of history before the present, and stays per person (people come back).
HISTORY_YEARS = 15
STAYS_PER_PERSON = 1.5
#: Audit records between two writes of every table's rows.
BATCH = 20_000

#: ``progress(stage, done, total)``: "history" (people written of all), "join" (the later
#: half joined on), "indexes", "present".
Progress = Callable[[str, int, int], None]

#: How long a stay lasts in the station before each kind of departure, in hours (shortest,
#: longest; most stays are short): a ticket home is bought within a day or two, relatives take
#: some days to come, a placement takes weeks.
DURATIONS = {
    "self": (20, 72), "voucher": (20, 96), "collected": (30, 216), "escorted": (48, 240),
    "terminated": (24, 192), "absconded": (12, 120), "death": (24, 720),
    "hospital": (20, 120), "placement": (120, 720),
}
#: An unidentified person stays while the family search goes on (3 to 40 days).
UNKNOWN_DURATION = (72, 960)
#: How an unidentified person leaves once the search ends.
UNKNOWN_KINDS = (("collected", 45), ("placement", 25), ("escorted", 20), ("absconded", 10))
#: After hospital, straight from there (the others come back to the station first).
FROM_HOSPITAL = (("collected", 50), ("escorted", 25), ("self", 15), ("death", 10))
#: After months in out-of-station care.
FROM_CARE = (("collected", 40), ("escorted", 25), ("death", 20), ("absconded", 15))
#: The demo's departure types for an adult who may travel alone (death is drawn apart).
KINDS = tuple((k, w) for k, w in demo._DEPARTURE_KINDS.items() if k != "death")
DISPOSAL_NOTE = "逾期无人认领，经两人清点后处置"
FOLLOW_UP_NOTES = {
    "arrived": "本人接电话，已平安到家",
    "not_arrived": "家属称未到家，已告知当地救助站",
    "unreachable": "电话无人接听",
}
#: How the follow-up calls go (``demo._depart``).
FOLLOW_UP_OUTCOMES = (("arrived", 80), ("not_arrived", 5), ("unreachable", 15))
READMITTED = "经带班领导同意，予以救助"
ID_REASON = "身份证号为本人所报"

_CLOSED, _IN_STATION, _IN_HOSPITAL = "closed", "in_station", "in_hospital"
_COUNT_BACK = frozenset(kind.value for kind in COUNT_BACK_TYPES)
_FOLLOW_UP = frozenset(kind.value for kind in FOLLOW_UP_TYPES)
_STATUS_AFTER = {kind.value: status.value for kind, status in STATUS_AFTER.items()}
_HOUR = dt.timedelta(hours=1)
_MINUTE = dt.timedelta(minutes=1)


def _encoder(**options) -> Callable[[object], str]:
    """``json.JSONEncoder(**options).encode``, its C encoder made once (the standard library
    makes it again for every value)."""
    slow = json.JSONEncoder(**options)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return slow.encode
    strings = json.encoder.encode_basestring_ascii if slow.ensure_ascii \
        else json.encoder.encode_basestring
    fast = make(None, slow.default, strings, None, slow.key_separator, slow.item_separator,
                slow.sort_keys, slow.skipkeys, slow.allow_nan)
    return lambda value: "".join(fast(value, 0))


#: ``domain.audit.canonical_json``.
_canonical = _encoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
#: How SQLAlchemy's JSON type writes a value (``json.dumps``).
_plain = _encoder()
#: A string as canonical JSON writes it (quoted, non-ASCII kept).
_q = json.encoder.encode_basestring

# -- the tables the history fills ----------------------------------------------------------

#: The columns written (in this order).
COLUMNS: dict[str, tuple[str, ...]] = {
    "person": ("id", "name", "alias", "unknown_no", "sex", "ethnicity", "birth_date",
               "birth_year", "age_basis", "id_type", "id_number", "id_tail",
               "id_warning_reason", "hukou_place", "residence", "welfare", "phone", "height_cm",
               "build", "marks", "clothing", "dialect", "vagrancy_reason", "vagrancy_length",
               "vagrancy_history", "contacts", "needs", "fingerprints_taken", "merged_into_id",
               "created_at", "updated_at"),
    "person_key": ("id", "person_id", "key"),
    "stay": ("id", "case_no", "person_id", "arrived_at", "source", "escort_unit",
             "escort_officers", "escort_badges", "escort_phone", "found_place", "found_at",
             "inspection", "inspection_note", "outcome", "outcome_reason", "status", "ended_at",
             "age_at_arrival", "readmission_days", "readmission_decision", "registered_by",
             "created_at", "dna_requested_at", "dna_reference", "placement_at",
             "hotline_call_id"),
    "security_check": ("id", "stay_id", "checked_at", "body_checked_by", "baggage_checked",
                       "temperature_tenths", "notes", "refused", "recorded_by"),
    "seized_item": ("id", "check_id", "kind", "description", "quantity", "disposition",
                    "police_unit", "police_officer", "police_receipt_no", "witness", "note"),
    "bag": ("id", "bag_no", "stay_id", "location", "owner_signed", "created_at", "created_by"),
    "stored_item": ("id", "bag_id", "kind", "description", "quantity", "condition", "serial",
                    "cash_fen", "counted_by", "counted_by_second", "seal_no", "state",
                    "settled_note", "settled_at"),
    "custody_movement": ("id", "bag_id", "item_id", "movement", "at", "officer",
                         "second_officer", "from_location", "to_location", "reference", "note"),
    "bed_assignment": ("id", "stay_id", "bed_id", "start_at", "end_at", "end_reason",
                       "assigned_by", "ended_by", "breaches", "approved_by", "approval_reason"),
    "departure": ("id", "stay_id", "kind", "state", "planned_at", "dest_province", "dest_city",
                  "dest_county", "dest_address", "cannot_travel_alone", "details", "cash_fen",
                  "note", "prepared_at", "prepared_by", "completed_at", "completed_by",
                  "cancelled_at", "cancelled_by", "cancel_reason", "exceptions", "approved_by",
                  "approval_reason", "form_no", "follow_up_due", "follow_up_at", "follow_up_by",
                  "follow_up_outcome", "follow_up_note"),
    "contact_call": ("id", "stay_id", "at", "officer", "contact", "phone", "outcome", "note"),
    "search_notice": ("id", "stay_id", "notice_no", "at", "by", "approved_by", "health",
                      "mental_state", "text"),
    "stay_extension": ("id", "stay_id", "days", "reason", "approved_by", "at", "by"),
    "audit_event": ("id", "at", "officer_id", "officer_login", "action", "entity", "entity_id",
                    "changes", "prev_hash", "hash"),
}
MODELS = {
    "person": Person, "person_key": PersonKey, "stay": Stay, "security_check": SecurityCheck,
    "seized_item": SeizedItem, "bag": Bag, "stored_item": StoredItem,
    "custody_movement": CustodyMovement, "bed_assignment": BedAssignment,
    "departure": Departure, "contact_call": ContactCall, "search_notice": SearchNotice,
    "stay_extension": StayExtension, "audit_event": AuditEvent,
}
#: JSON columns: the history holds them as JSON text, as SQLAlchemy writes it on SQLite.
JSON_COLUMNS = {"person": ("contacts",), "stay": ("inspection",),
                "bed_assignment": ("breaches",), "departure": ("details", "exceptions")}
#: Date-time and date columns (text on SQLite, as SQLAlchemy writes them).
TIME_COLUMNS = {
    "person": ("created_at", "updated_at"), "stay": ("arrived_at", "found_at", "ended_at",
                                                     "created_at", "dna_requested_at",
                                                     "placement_at"),
    "security_check": ("checked_at",), "bag": ("created_at",), "stored_item": ("settled_at",),
    "custody_movement": ("at",), "bed_assignment": ("start_at", "end_at"),
    "departure": ("planned_at", "prepared_at", "completed_at", "cancelled_at", "follow_up_at"),
    "contact_call": ("at",), "search_notice": ("at",), "stay_extension": ("at",),
    "audit_event": ("at",)}
DATE_COLUMNS = {"person": ("birth_date",), "departure": ("follow_up_due",)}


def _check_character(first17: str) -> str:
    """``idnumber.check_character`` of 17 digits, without its checks."""
    return idnumber.CHECK_CHARACTERS[sum(map(operator.mul, map(int, first17),
                                             idnumber.WEIGHTS)) % 11]


def _mask(number: str) -> str:
    """``idnumber.mask`` of an 18-character number."""
    return number[:6] + idnumber.MASK_STARS + number[-4:]


def _ts(value: dt.datetime | None) -> str | None:
    """A date-time as SQLAlchemy stores it in SQLite."""
    return None if value is None else value.isoformat(" ", "microseconds")


class _SqliteWriter:
    """Batches of rows written by a thread of their own (SQLite works without the GIL while it
    inserts), so the simulation goes on meanwhile; errors come back to the caller."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.work: queue.Queue = queue.Queue(maxsize=6)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="bulk-demo-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            item = self.work.get()
            if item is None:
                return
            if self.error is not None:
                continue
            sql, rows = item
            try:
                if rows is None:
                    self.connection.execute(sql)
                else:
                    self.connection.executemany(sql, rows)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                self.error = exc

    def put(self, sql: str, rows: list | None = None) -> None:
        if self.error is not None:
            raise self.error
        self.work.put((sql, rows))

    def close(self) -> None:
        self.work.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error


class _Rows:
    """Rows collected per table, handed over in batches: to the SQLite writer thread, or (any
    other database) to a Core ``insert`` with the values converted back."""

    def __init__(self, sqlite: _SqliteWriter | None, connection=None) -> None:
        self.sqlite = sqlite
        self.connection = connection
        self.rows: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
        self.written: dict[str, int] = dict.fromkeys(COLUMNS, 0)
        self.sql = {table: 'INSERT INTO "{}" ({}) VALUES ({})'.format(
            table, ", ".join(f'"{c}"' for c in cols), ", ".join("?" for _ in cols))
            for table, cols in COLUMNS.items()}

    def flush(self) -> None:
        for table, rows in self.rows.items():
            if not rows:
                continue
            batch = rows[:]
            rows.clear()
            self.written[table] += len(batch)
            if self.sqlite is not None:
                self.sqlite.put(self.sql[table], batch)
            else:
                self.connection.execute(MODELS[table].__table__.insert(),
                                        [_generic(table, row) for row in batch])

    def execute(self, sql: str) -> None:
        if self.sqlite is not None:
            self.sqlite.put(sql)
        else:
            self.connection.execute(text(sql))


def _generic(table: str, row: tuple) -> dict:
    """A row of SQLite text values as Python values, for a Core insert on another database."""
    values = dict(zip(COLUMNS[table], row, strict=True))
    for column in JSON_COLUMNS.get(table, ()):
        values[column] = json.loads(values[column])
    for column in TIME_COLUMNS.get(table, ()):
        if values[column] is not None:
            values[column] = dt.datetime.fromisoformat(values[column])
    for column in DATE_COLUMNS.get(table, ()):
        if values[column] is not None:
            values[column] = dt.date.fromisoformat(values[column])
    for column in ("fingerprints_taken", "baggage_checked", "refused", "owner_signed",
                   "cannot_travel_alone"):
        if column in values:
            values[column] = bool(values[column])
    return values


def _hash(prev: str, iso: str, login: str, action: str, entity: str, entity_id: str,
          body: str) -> str:
    """``domain.audit.event_hash`` with the time already in ISO form."""
    return sha256(f"{prev}\x1f{iso}\x1f{login}\x1f{action}\x1f{entity}\x1f{entity_id}\x1f"
                  f"{body}".encode()).hexdigest()


@dataclasses.dataclass(frozen=True)
class _Officer:
    id: int | None
    login: str
    name: str
    sex: str


class _Chain:
    """The audit trail, continued (``services.audit.record``): each record's hash covers its
    fields and the hash before it (``domain.audit.event_hash``, written out here)."""

    def __init__(self, rows: list, next_id: int, count: int, last_hash: str,
                 hashing: bool = True) -> None:
        self.rows = rows
        self.next_id = next_id
        self.count = count
        self.last_hash = last_hash
        self.hashing = hashing  # off: a later part, hashed when it is joined on

    def record(self, at: dt.datetime, officer: _Officer, action: str, entity: str,
               entity_id: str, body: str) -> None:
        """Append a record whose changes are ``body`` (canonical JSON)."""
        iso = at.isoformat(timespec="microseconds")
        prev = self.last_hash
        digest = _hash(prev, iso, officer.login, action, entity, entity_id, body) \
            if self.hashing else ""
        self.rows.append((self.next_id, iso.replace("T", " "), officer.id, officer.login,
                          action, entity, entity_id, body, prev, digest))
        self.next_id += 1
        self.count += 1
        self.last_hash = digest


class _Beds:
    """The station's beds for the history: free beds per area and fittings, ranked once per
    kind of person by the placement rule (``bed_score``), one stay at a time per bed."""

    def __init__(self, rows) -> None:
        self.place: dict[int, str] = {}
        self.area_of: dict[int, int] = {}
        self.class_of: dict[int, tuple] = {}
        self.order: dict[int, int] = {}
        self.free: dict[tuple, list[tuple[int, int]]] = {}
        self.rules: dict[int, AreaRule] = {}
        self.first: dict[tuple, tuple] = {}
        self.area_classes: dict[int, list[tuple]] = {}
        self.ranking: dict[tuple, list[tuple]] = {}
        for order, (bed_id, area_id, area, kind, sex, minors, room, label, lower, accessible,
                    near, broken) in enumerate(rows):
            self.place[bed_id] = f"{area} {room}-{label}"
            if broken:
                continue
            key = (area_id, bool(lower), bool(accessible), bool(near))
            self.rules.setdefault(area_id, area_rule(kind, sex, minors))
            self.area_of[bed_id] = area_id
            self.class_of[bed_id] = key
            self.order[bed_id] = order
            if key not in self.free:
                self.free[key] = []
                self.first[key] = (order,)
                self.area_classes.setdefault(area_id, []).append(key)
            self.free[key].append((order, bed_id))  # in the board's order: a heap already

    def _ranked(self, sex: str, minor: bool, age: int, flags: frozenset) -> list[tuple]:
        medical = bool(flags & {Inspection.INFECTIOUS, Inspection.INJURY, Inspection.CRITICAL,
                                Inspection.DRUNK})
        signature = (sex, minor, age >= 60, Inspection.MENTAL in flags, medical,
                     Inspection.DISABILITY in flags, Inspection.CRITICAL in flags)
        ranked = self.ranking.get(signature)
        if ranked is None:
            typical = {Inspection.MENTAL} if signature[3] else set()
            if signature[6]:
                typical.add(Inspection.CRITICAL)
            elif medical:
                typical.add(Inspection.INJURY)
            if signature[5]:
                typical.add(Inspection.DISABILITY)
            person = Occupant(sex, 10 if minor else 70 if age >= 60 else 30, frozenset(typical))
            scored = sorted(
                (bed_score(person, Candidate(0, self.rules[key[0]], key[1], key[2], key[3],
                                             self.first[key])), key)
                for key in self.free)
            ranked = [key for _score, key in scored if not breaches(person, self.rules[key[0]])]
            self.ranking[signature] = ranked
        return ranked

    def take(self, sex: str, minor: bool, age: int, flags: frozenset) -> int | None:
        """The bed the rules suggest, taken; None when no allowed bed is free."""
        for key in self._ranked(sex, minor, age, flags):
            free = self.free[key]
            if free:
                return heapq.heappop(free)[1]
        return None

    def take_in_area(self, area_id: int, rng: random.Random) -> int | None:
        """Another free bed in the same area (a person who asked to move)."""
        keys = [k for k in self.area_classes.get(area_id, ()) if self.free[k]]
        return heapq.heappop(self.free[rng.choice(keys)])[1] if keys else None

    def give_back(self, bed_id: int) -> None:
        heapq.heappush(self.free[self.class_of[bed_id]], (self.order[bed_id], bed_id))


# -- the demo's distributions, drawn in bulk -------------------------------------------------



class _Draws:
    """The normal demo's distributions (``demo._person_form``, ``demo._stay_form``,
    ``demo.check_items``, ``demo.departure_details``): its tables and shares, drawn without
    its per-record objects (a million people would otherwise take minutes more)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.r = rng.random
        self.surname_total = demo._SURNAME_CUMULATIVE[-1] + 0.0
        self.source_total = demo._SOURCE_CUMULATIVE[-1] + 0.0
        self.homes: dict[str, tuple[str, str]] = {}
        self.tables: dict[int, tuple] = {}
        self.part = 0

    def pick(self, choices):
        return choices[int(self.r() * len(choices))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.r() * (high - low + 1))

    def name(self, sex: str) -> str:
        r = self.r
        surname = demo._SURNAME_CHOICES[bisect.bisect(
            demo._SURNAME_CUMULATIVE, r() * self.surname_total, 0, len(demo.SURNAMES) - 1)]
        pool = demo.GIVEN_MALE if sex == "M" else demo.GIVEN_FEMALE
        given = pool[int(r() * len(pool))]
        if r() >= 1 / 3:  # one given character in three names, two in the others
            given += pool[int(r() * len(pool))]
        return surname + given

    def mobile(self) -> str:
        return self.pick(demo.MOBILE_PREFIXES) + f"{int(self.r() * 100_000_000):08d}"

    def resident_id(self, region: str, birth: dt.date, sex: str, part: int | None = None) -> str:
        """A valid number (``demo.resident_id``); of a part of the history, with sequence
        digits from that part's half only, so that parts made side by side never give out
        the same number."""
        if part is None:
            sequence = int(self.r() * 500) * 2 + (1 if sex == "M" else 0)
        else:
            sequence = (part * 250 + int(self.r() * 250)) * 2 + (1 if sex == "M" else 0)
        first17 = f"{region}{birth.year:04d}{birth.month:02d}{birth.day:02d}{sequence:03d}"
        return first17 + _check_character(first17)

    def home(self, hukou: str) -> tuple[str, str]:
        """Province and city of a household registration place, as a departure form takes
        them."""
        found = self.homes.get(hukou)
        if found is None:
            province = province_of(hukou)
            city = hukou.removeprefix(province)[:3].strip() if province else ""
            found = self.homes[hukou] = (province, city)
        return found

    def person(self, today: dt.date) -> dict:
        """A new person (``demo._person_form``), with what the intake adds."""
        r, pick, between = self.r, self.pick, self.between
        roll = r()
        sex = "M" if roll < 0.80 else "F" if roll < 0.98 else "U"
        band = r()
        age = between(10, 17) if band < 0.04 else between(60, 85) if band < 0.20 \
            else between(19, 59)
        unknown = r() < 0.08
        birth = today - dt.timedelta(days=age * 365 + int(r() * 365))
        region = pick(demo.REGIONS)
        hukou = demo.region_place(region)
        number, birth_date = "", None
        if not unknown and r() < 0.65:
            number = self.resident_id(region, birth, sex if sex != "U" else "M", self.part)
            if r() < 0.05:  # misremembered: wrong check character
                number = number[:-1] + ("0" if number[-1] != "0" else "1")
            birth_date = birth
        basis = "estimated" if unknown or r() < 0.5 else "stated"
        contacts = []
        if not unknown and r() < 0.4:
            contacts = [{"name": self.name(pick("MF")), "relation": pick(demo.RELATIONS),
                         "phone": self.mobile(), "address": hukou}]
        return {
            "unknown": unknown, "sex": sex, "age": age, "birth_date": birth_date,
            "age_basis": basis, "id_number": number,
            "name": "" if unknown else self.name("M" if sex == "U" else sex),
            "ethnicity": "汉族" if r() < 0.92 else "回族",
            "welfare": pick(demo.WELFARE).value,
            "phone": self.mobile() if not unknown and r() < 0.3 else "",
            "height_cm": between(150, 185), "build": pick(demo.BUILDS),
            "clothing": pick(demo.CLOTHING), "dialect": pick(demo.DIALECTS),
            "vagrancy_reason": "" if unknown else pick(demo.REASONS),
            "vagrancy_length": pick(demo.AWAY), "contacts": contacts,
            "needs": pick(demo.NEEDS), "fingerprints_taken": r() < 0.7,
            "hukou_place": "" if unknown else hukou}

    def stay(self, moment: dt.datetime, age: int | None, birth_date: dt.date | None) -> tuple:
        """Source, escort, inspection and outcome of a stay (``demo._stay_form``)."""
        r, pick = self.r, self.pick
        source = demo._SOURCE_CHOICES[bisect.bisect(
            demo._SOURCE_CUMULATIVE, r() * self.source_total, 0, len(demo.SOURCES) - 1)]
        flags = {flag for flag, share in demo.FLAGS if r() < share}
        flags |= {flag for flag, share in demo.RARE_FLAGS if r() < share}
        if age is not None and age < 18 or (
                birth_date and (moment.date() - birth_date).days < 18 * 365):
            flags.add(Inspection.MINOR)
            if r() < 0.3:
                flags.add(Inspection.LEFT_BEHIND)
        roll = r()
        outcome, reason = "admit", ""
        if Inspection.CRITICAL in flags or roll < 0.05:
            outcome, reason = "hospital_first", "身体不适，先送医院救治"
        elif Inspection.DRUNK in flags and roll < 0.5:
            outcome, reason = "police", "醉酒并有攻击行为，移交公安"
        elif roll > 0.94 and Inspection.MINOR not in flags:
            outcome, reason = "refuse", pick(demo.REFUSALS)
        escorted = source in (Source.POLICE, Source.CITY_MANAGEMENT, Source.STREET_PATROL)
        unit = pick(demo.POLICE_UNITS) if source == Source.POLICE \
            else "城管执法大队" if source == Source.CITY_MANAGEMENT \
            else "本站巡查组" if source == Source.STREET_PATROL else ""
        if escorted:
            officers = self.name("M")
            badges = str(100000 + int(r() * 899999)) if source == Source.POLICE else ""
            phone, place = self.mobile(), pick(demo.PLACES)
            found = moment - dt.timedelta(minutes=self.between(20, 180))
        else:
            officers = badges = phone = place = ""
            found = None
        return (source, frozenset(flags), outcome, reason, unit, officers, badges, phone, place,
                found)

    def items(self, second: _Officer, has_id: bool) -> list[tuple]:
        """What the security check finds (``demo.check_items``): kind, description, quantity,
        disposition, condition, serial, cash in fen, second counter, police unit, officer and
        receipt, witness."""
        r, pick = self.r, self.pick
        items = []
        if r() < 0.6:
            items.append(("cash", "现金", 1, "held", "", "", pick(demo.CASH_FEN), second.login,
                          "", "", "", ""))
        if r() < 0.4:
            items.append(("phone", pick(demo.PHONES), 1, "held", pick(demo.PHONE_STATES),
                          f"IMEI {10 ** 14 + int(r() * 9 * 10 ** 14)}", None, "", "", "", "",
                          ""))
        if r() < 0.5:
            items.append(("clothing", "旧衣物一包", 1, "held", "旧", "", None, "", "", "", "",
                          ""))
        if r() < 0.1:
            items.append(("medicine", "降压药", 2, "medicine_staff", "", "", None, "", "", "",
                          "", ""))
        if r() < 0.1:
            items.append(("perishable", "剩饭菜", 1, "on_the_spot", "", "", None, "", "", "", "",
                          ""))
        if r() < 0.03:
            items.append(("weapon", "管制刀具（折叠刀）", 1, "police", "", "", None, "",
                          "城东派出所", "李警官", f"JS{10000 + int(r() * 89999)}", ""))
        if r() < 0.02:
            items.append(("dangerous", "打火机油", 1, "destroyed", "", "", None, "", "", "", "",
                          second.name))
        if has_id:
            items.append(("id_document", "居民身份证", 1, "kept_by_person", "", "", None, "", "",
                          "", "", ""))
        return items

    def departure(self, kind: str, moment: dt.datetime, hukou: str,
                  contacts: list) -> tuple[dict, int, tuple | None]:
        """A departure's details as the departure service stores them (``demo.departure_details``
        cleaned: every field of the type, the fare in fen), the cash for the journey in fen, and
        the call that arranged a collection or escort (contact, phone, note, hours before)."""
        r, pick = self.r, self.pick
        stamp = moment.isoformat(" ", "minutes")
        cash, call = 0, None
        if kind == "self":
            details = {"reason": pick(("自愿离站，自行回家", "已联系到朋友，自行前往",
                                       "找到工作，自行离站"))}
        elif kind == "voucher":
            _province, city = self.home(hukou)
            details = {"carrier": pick(("火车", "长途汽车")),
                       "train_no": pick(("K179", "K1206", "Z38", "T115")),
                       "from_place": "演示市站", "to_place": city or "户籍地",
                       "transfer_station": "", "transfer_rescue_station": "",
                       "ticket_no": f"E{100000 + int(r() * 899999)}",
                       "fare": pick((5650, 8600, 12300, 4150)), "food_given": True,
                       "cash_reason": ""}
            if r() < 0.15:
                cash, details["cash_reason"] = 1000, "转车途中购买饮用水和食品"
        elif kind in ("collected", "escorted"):
            contact = contacts[0] if contacts else {"name": "王建军", "relation": "兄弟",
                                                    "phone": self.mobile()}
            call = (f"{contact['name']}（{contact['relation']}）", contact["phone"],
                    "同意来站接领" if kind == "collected" else "同意接收", self.between(5, 20))
            if kind == "collected":
                birth = dt.date(self.between(1960, 1995), self.between(1, 12),
                                self.between(1, 28))
                details = {"collector_name": contact["name"],
                           "collector_relation": contact["relation"],
                           "collector_id_number": self.resident_id(pick(demo.REGIONS), birth,
                                                                   "M"),
                           "collector_phone": contact["phone"] or self.mobile(),
                           "collector_address": hukou or "户籍地"}
            else:
                details = {"escort_officers": "站内工作人员二名", "vehicle": "救助专用车",
                           "route": "高速公路", "receiving_unit": pick(demo.RECEIVING),
                           "received_by": self.name("M"), "received_at": stamp}
        elif kind == "hospital":
            hospital, ward = pick(demo.HOSPITALS)
            details = {"hospital": hospital, "ward": ward}
        elif kind == "placement":
            details = {"institution": "演示市社会福利院",
                       "agreement_no": f"TY{moment.year}-{self.between(10, 99)}"}
        elif kind == "terminated":
            details = {"grounds": pick(("拒不遵守站内管理规定，经劝告无效",
                                        "查明有固定住所和生活来源"))}
        elif kind == "absconded":
            seen = moment - dt.timedelta(hours=self.between(1, 4))
            details = {"last_seen_at": seen.isoformat(" ", "minutes"),
                       "search_made": "站内及周边寻找未果，调阅监控见其从侧门离开",
                       "police_told": True, "police_unit": pick(demo.POLICE_UNITS)}
        else:  # death
            details = {"died_at": stamp,
                       "certificate_no": f"SW{moment.year}{self.between(100, 999)}",
                       "police_notified": True, "family_notified": bool(contacts)}
        return details, cash, call

    def weighted(self, table: tuple[tuple[str, float], ...]) -> str:
        """One of the table's choices by its weight (``random.choices``)."""
        found = self.tables.get(id(table))
        if found is None:
            choices = tuple(choice for choice, _weight in table)
            cumulative = list(itertools.accumulate(weight for _choice, weight in table))
            found = self.tables[id(table)] = (choices, cumulative, cumulative[-1] + 0.0)
        choices, cumulative, total = found
        return choices[bisect.bisect(cumulative, self.r() * total, 0, len(choices) - 1)]

    def skewed(self, low: float, high: float) -> float:
        """Between ``low`` and ``high``, most near ``low``."""
        return low + (high - low) * self.r() ** 2


def _other_sequence(number: str, step: int, part: int) -> str:
    """``demo.other_sequence`` within the part's half of the sequence digits."""
    low = part * 500
    sequence = low + (int(number[14:17]) - low + 2 * step) % 500
    first17 = f"{number[:14]}{sequence:03d}"
    return first17 + _check_character(first17)


@functools.cache
def _allowed_for(kind: str, under_16: bool, minor: bool, mental: bool) -> str:
    age = 10 if under_16 else 17 if minor else 30
    flags = frozenset({Inspection.MENTAL}) if mental else frozenset()
    leaver = Leaver(age, flags)
    if kind == "self" and (leaver.under_16 or mental):
        return "collected"
    if DepartureType(kind) in LEAVING_TYPES and exception_for(DepartureType(kind), leaver):
        return "collected"
    return kind


def _allowed(kind: str, age: int, flags: frozenset) -> str:
    """``kind``, or a collection where the departure rules would need the leader's approval
    (``domain.departure``: under 16 or with signs of a mental disorder, only collected or
    escorted; a minor otherwise only as an exception)."""
    return _allowed_for(kind, age < 16, age < 18, Inspection.MENTAL in flags)


def departure_kind(draws: _Draws, age: int, flags: frozenset, unknown: bool, *,
                   exclude: frozenset = frozenset()) -> str:
    """How a stay leaves, as the demo plans it (``demo._departure_plans``): children are
    collected or escorted; people with a mental disorder escorted, placed, collected or taken
    to hospital; the critically ill to hospital; the very old may die; an unidentified person
    once the family search ends; the others by the demo's shares."""
    if unknown:
        kind = draws.weighted(UNKNOWN_KINDS)
    elif age < 16:
        kind = draws.pick(("collected", "collected", "escorted"))
    elif Inspection.MENTAL in flags:
        kind = draws.pick(("escorted", "placement", "collected", "hospital"))
    elif Inspection.CRITICAL in flags:
        kind = "hospital"
    elif age >= 75 and draws.r() < 0.04:
        kind = "death"
    else:
        kind = draws.weighted(KINDS)
    if kind in exclude:
        kind = "collected"
    if 16 <= age < 18 and kind not in ("collected", "escorted"):
        kind = "collected"
    return _allowed(kind, age, flags)


def _name_keys(names: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The search keys the intake stores for each name (``intake._keys_for``)."""
    return [(name, tuple(_keys_for(name, ""))) for name in names]


class _NameKeys:
    """Search keys by name, made once per name (pinyin takes a while, and a million people
    have over a hundred thousand different names)."""

    def __init__(self, known: dict[str, tuple[str, ...]] | None = None) -> None:
        self.keys: dict[str, tuple[str, ...]] = dict(known or {})

    def get(self, name: str) -> tuple[str, ...]:
        keys = self.keys.get(name)
        if keys is None:
            keys = self.keys[name] = tuple(_keys_for(name, ""))
        return keys


#: From this many people the keys of every name the demo can draw are made first, by two
#: processes, and shared by the parts of the history.
ALL_NAMES_FROM = 50_000


def _all_name_keys() -> dict[str, tuple[str, ...]]:
    """The keys of every name the demo can draw, made by two processes side by side."""
    import concurrent.futures

    names = [surname + a + b for surname, _share in demo.SURNAMES
             for pool in (demo.GIVEN_MALE, demo.GIVEN_FEMALE) for a in pool for b in ("", *pool)]
    chunks = [names[i:i + 5000] for i in range(0, len(names), 5000)]
    keys: dict[str, tuple[str, ...]] = {}
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
            for part in pool.map(_name_keys, chunks):
                keys.update(part)
    except (OSError, NotImplementedError, RuntimeError):  # no processes here: made as needed
        return {}
    return keys


class _Person:
    """A person of the history, as far as a later stay needs them."""

    __slots__ = ("id", "name", "unknown", "sex", "birth_date", "birth_year", "hukou",
                 "contacts", "id_number", "problems", "mental")


class _Stay:
    """One stay of the history and its planned life."""

    __slots__ = ("id", "case_no", "person", "draw", "arrived", "created", "year", "age",
                 "minor", "flags", "form", "status", "clerk", "readmission", "legs",
                 "final_at", "bed", "bed_start", "bed_by", "bag", "check_at", "dna")


@dataclasses.dataclass(frozen=True)
class _Station:
    """What the history needs of the station, as plain values (a second process gets a
    copy): officers, beds, local rules, counters, next ids, the audit chain's head."""

    users: tuple[tuple[int, str, str, str, frozenset[str]], ...]
    beds: tuple[tuple, ...]
    rules: tuple[int, int, int]  #: re-admission period, days kept unclaimed, follow-up days
    locations: tuple[str, ...]
    counters: dict[str, int]
    ids: dict[str, int]  #: the next id per table
    seal: tuple[int, str]  #: records in the audit chain, and its last hash
    sealed: bool
    numbers: frozenset[str]  #: ID numbers already registered
    name_keys: dict[str, tuple[str, ...]] | None = None  #: search keys by name, if made


def _station(desk: Desk) -> _Station:
    settings = SettingsService(desk)
    rules = tuple(int(settings.get(key)) for key in
                  ("readmission_days", "unclaimed_keep_days", "follow_up_days"))
    locations = tuple(CustodyService(desk).locations() or DEFAULT_LOCATIONS)
    with desk.db.read() as s:
        users = tuple((u.id, u.login, u.name, u.sex, frozenset(r.role for r in u.roles))
                      for u in s.execute(select(User).where(User.active.is_(True))
                                         .order_by(User.login)).scalars())
        counters = dict(s.execute(select(Counter.name, Counter.value)).all())
        ids = {table: (s.execute(select(func.max(MODELS[table].id))).scalar() or 0) + 1
               for table in COLUMNS}
        seal = s.execute(select(AuditSeal.count, AuditSeal.last_hash)).first()
        numbers = frozenset(s.execute(select(Person.id_number).where(
            Person.id_number != "")).scalars())
        beds = tuple(tuple(row) for row in s.execute(
            select(Bed.id, Area.id, Area.name, Area.kind, Area.sex, Area.for_minors,
                   Room.name, Bed.label, Bed.lower_bunk, Bed.accessible,
                   Bed.near_duty_room, Bed.out_of_service)
            .join(Room, Bed.room_id == Room.id).join(Area, Room.area_id == Area.id)
            .order_by(Area.sort, Area.id, Room.sort, Room.id, Bed.sort, Bed.id)))
    return _Station(users, beds, rules, locations, counters, ids,
                    (seal.count, seal.last_hash) if seal else (0, GENESIS), seal is not None,
                    numbers)


class _History:
    """The simulation: arrivals in time order, every later happening of a stay on a heap,
    written (with its audit record) when its time comes."""

    def __init__(self, station: _Station, rows: _Rows, *, people: int,
                 days: list[tuple[dt.date, int]], until: dt.datetime, seed: int,
                 part: int = 0, person_base: int | None = None, hashing: bool = True,
                 defer: bool = False, progress: Callable[[int], None] | None = None) -> None:
        self.rng = random.Random(f"history-{seed}-{part}")
        self.draws = _Draws(self.rng)
        self.draws.part = part
        self.part = part  # which half of the ID numbers' sequence digits this part gives out
        self.out = rows
        self.rows = rows.rows
        self.days = days
        self.people, self.stays = people, sum(count for _day, count in days)
        self.until = until
        self.limit = until - _HOUR  # every stay of this part ends before this
        self.defer = defer  # disposals due after the limit: kept for the next part's time
        self.deferred: list[tuple] = []
        self.progress = progress
        self.commit: Callable[[], object] = lambda: None
        self.heap: list = []
        self.seq = 0
        self.pool: list[list] = []  # [person, when they left, may come back], oldest first
        self.numbers = set(station.numbers)
        self.keys = _NameKeys(station.name_keys)
        self.bodies: dict[tuple, str] = {}
        self.made = 0  # people registered so far
        self.chosen = 0  # new people chosen on arrival (registered minutes later)
        self.registered = 0  # stays so far
        self.period, self.keep_days, self.follow_days = station.rules
        self.locations = station.locations
        self.counters = dict(station.counters)
        self.ids = dict(station.ids)
        if person_base is not None:
            self.ids["person"] = person_base
        count, last_hash = station.seal
        self.chain = _Chain(self.rows["audit_event"], self.ids["audit_event"], count, last_hash,
                            hashing)
        self.beds = _Beds(station.beds)
        users = station.users

        def officers(role: Role, sex: str | None = None) -> list[_Officer]:
            return [_Officer(i, login, name, s) for i, login, name, s, roles in users
                    if role.value in roles and (sex is None or s == sex)]

        self.clerks = officers(Role.FRONT_DESK)
        self.guards = {"M": officers(Role.SECURITY, "M"), "F": officers(Role.SECURITY, "F")}
        self.all_guards = self.guards["M"] + self.guards["F"]
        self.leaders = officers(Role.LEADER_ON_DUTY)
        if not self.clerks or not self.guards["M"] or not self.guards["F"]:
            raise ValueError("the demo staff comes first (demo.set_up_station)")
        self.handlers = (self._register, self._check, self._bed, self._move_bed, self._back,
                         self._call, self._depart, None, self._follow_up, self._notice,
                         self._dna, self._extend, self._custody, self._dispose)

    # -- helpers ----------------------------------------------------------------------------
    def _next(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def _count(self, name: str) -> int:
        value = self.counters.get(name, 0) + 1
        self.counters[name] = value
        return value

    def _push(self, at: dt.datetime, handler: int, stay: _Stay, extra=None) -> None:
        self.seq += 1
        heapq.heappush(self.heap, (at, self.seq, handler, stay, extra))

    def _clip(self, moment: dt.datetime) -> dt.datetime:
        return moment if moment < self.limit else self.limit

    def _body(self, key: tuple, changes: Callable[[], object],
              encode: Callable[[object], str] = _canonical) -> str:
        """JSON (canonical unless said) of values that recur (a bed, a reason), made once."""
        body = self.bodies.get(key)
        if body is None:
            body = self.bodies[key] = encode(changes())
        return body

    # -- the timeline -----------------------------------------------------------------------
    def arrivals(self) -> Iterator[dt.datetime]:
        """The arrival times: each day's count, at random seconds of the day."""
        randrange = self.rng.randrange
        for day, count in self.days:
            midnight = dt.datetime.combine(day, dt.time())
            for second in sorted(randrange(86400) for _ in range(count)):
                yield midnight + dt.timedelta(seconds=second)

    def run(self) -> None:
        heap, handlers = self.heap, self.handlers
        pop = heapq.heappop
        audit = self.rows["audit_event"]
        step = max(1, self.people // 100)
        shown = flushes = 0
        for arrival in self.arrivals():
            while heap and heap[0][0] <= arrival:
                at, _seq, handler, stay, extra = pop(heap)
                handlers[handler](at, stay, extra)
            self._arrive(arrival)
            if len(audit) >= BATCH:
                self.out.flush()
                flushes += 1
                if flushes % 25 == 0:
                    self.commit()
                if self.progress is not None and self.made - shown >= step:
                    shown = self.made
                    self.progress(self.made)
        while heap:
            at, _seq, handler, stay, extra = pop(heap)
            handlers[handler](at, stay, extra)
        self.out.flush()
        if self.progress is not None:
            self.progress(self.made)

    # -- arrival: who comes, and the plan of the stay ----------------------------------------
    def _returner(self) -> tuple[_Person, dt.datetime] | None:
        """Someone who left before and comes back (most within months, some after years), or
        None for a new person; the people come out at ``self.people`` exactly."""
        pool = self.pool
        new = self.people - self.chosen
        r = self.rng.random
        if not pool or (new > 0 and r() * (self.stays - self.registered) < new):
            return None
        for _ in range(8):
            entry = pool[len(pool) - 1 - int(len(pool) * r() ** 3)]
            if entry[2]:
                entry[2] = False
                return entry[0], entry[1]
        if new > 0:
            return None
        for entry in reversed(pool):  # no new people left: whoever left last comes back
            if entry[2]:
                entry[2] = False
                return entry[0], entry[1]
        return None

    def _leave(self, person: _Person, at: dt.datetime) -> None:
        self.pool.append([person, at, True])
        if len(self.pool) > 600_000:
            del self.pool[:200_000]

    def _arrive(self, arrival: dt.datetime) -> None:
        draws = self.draws
        stay = _Stay()
        stay.arrived = arrival
        stay.year = arrival.year
        today = arrival.date()
        back = self._returner()
        if back is None:
            draw = draws.person(today)
            person = self._person(draw, arrival)
            self.chosen += 1
            stated = None if draw["birth_date"] else draw["age"]
        else:
            person, left = back
            draw = None
            stated = None if person.birth_date else age_on(today, birth_year=person.birth_year)
        self.registered += 1
        stay.person, stay.draw = person, draw
        form = draws.stay(arrival, stated, person.birth_date)
        stay.form = form
        flags = stay.flags = form[1]
        stay.clerk = draws.pick(self.clerks)
        stay.created = arrival + dt.timedelta(minutes=draws.between(2, 8))
        age = stay.age = age_on(today, birth_date=person.birth_date, birth_year=person.birth_year)
        stay.minor = age < 18
        stay.readmission = None
        if back is not None:
            check = readmission_check(
                last_left=left, arriving=arrival, period_days=self.period, minor=stay.minor,
                mental_or_intellectual=Inspection.MENTAL in flags or person.mental)
            if check.warn:
                stay.readmission = check.days_since
        outcome = form[2]
        stay.status = _IN_STATION if outcome == "admit" else \
            _IN_HOSPITAL if outcome == "hospital_first" else _CLOSED
        stay.bed = stay.bag = stay.dna = None
        stay.legs = []
        if stay.status == _CLOSED:
            stay.final_at = arrival
        else:
            self._plan(stay)
        self._push(stay.created, 0, stay)

    def _person(self, draw: dict, arrival: dt.datetime) -> _Person:
        """A new person as the intake completes them: sex from the ID number when not
        determined, the birth year, the ID number's problems (a number already given to
        someone else is misheard: other sequence digits)."""
        person = _Person()
        person.unknown = draw["unknown"]
        number = draw["id_number"]
        step = 0
        while number and number in self.numbers:
            step += 1
            number = _other_sequence(draw["id_number"], step, self.part)
        if number:
            self.numbers.add(number)
            draw["id_number"] = number
        person.id_number = number
        person.problems = ("id_check_character",) if number and \
            _check_character(number[:17]) != number[17] else ()
        sex = draw["sex"]
        if sex == "U" and number:
            sex = "M" if int(number[16]) % 2 else "F"
        person.sex = sex
        birth_date = person.birth_date = draw["birth_date"]
        person.birth_year = birth_date.year if birth_date else arrival.year - draw["age"]
        person.name = UNKNOWN_NAME if person.unknown else draw["name"]
        person.hukou = draw["hukou_place"]
        person.contacts = draw["contacts"]
        person.mental = False
        person.id = 0
        return person

    def _plan(self, stay: _Stay) -> None:
        """Everything that will happen to an admitted stay, pushed on the heap: the check, the
        bed, the stay clock, the departures (through hospital or care, if so) and what follows
        them. Times are clipped to the end of the history, and a bed always comes before the
        departure that frees it."""
        draws, clip, push = self.draws, self._clip, self._push
        r = draws.r
        person = stay.person
        arrived, age, flags = stay.arrived, stay.age, stay.flags
        unknown = person.unknown
        stay.check_at = max(arrived + dt.timedelta(minutes=draws.between(5, 30)),
                            stay.created + _MINUTE)
        push(stay.check_at, 1, stay)
        start = arrived
        if stay.status == _IN_HOSPITAL:  # treated first, then back to the station
            start = clip(arrived + _HOUR * draws.skewed(48, 240))
            push(start, 4, stay)
        kind = departure_kind(draws, age, flags, unknown)
        low, high = UNKNOWN_DURATION if unknown else DURATIONS[kind]
        bed_at = clip(max(start + dt.timedelta(minutes=draws.between(35, 60)),
                          stay.check_at + _MINUTE))
        push(bed_at, 2, stay)
        out = clip(max(start + _HOUR * draws.skewed(low, high), bed_at + _HOUR))
        legs = [(out, kind)]
        if kind == "hospital" and r() < 0.6:  # back from hospital, then away
            again = clip(out + _HOUR * draws.skewed(24, 336))
            push(again, 4, stay)
            bed_again = clip(again + dt.timedelta(minutes=draws.between(35, 60)))
            push(bed_again, 2, stay)
            second = departure_kind(draws, age, flags, False,
                                    exclude=frozenset({"hospital", "placement"}))
            legs.append((clip(max(again + _HOUR * draws.skewed(*DURATIONS[second]),
                                  bed_again + _HOUR)), second))
        elif kind == "hospital":
            second = _allowed(draws.weighted(FROM_HOSPITAL), age, flags)
            legs.append((clip(out + _HOUR * draws.skewed(48, 480)), second))
        elif kind == "placement":
            second = _allowed(draws.weighted(FROM_CARE), age, flags)
            legs.append((clip(out + dt.timedelta(days=draws.skewed(30, 365))), second))
        last = len(legs) - 1
        for index, (at, leg_kind) in enumerate(legs):
            details, cash, call = draws.departure(leg_kind, at, person.hukou, person.contacts)
            clerk = draws.pick(self.clerks)
            if call is not None:
                contact, phone, note, hours = call
                push(max(at - dt.timedelta(hours=hours), stay.check_at + _MINUTE), 5, stay,
                     (contact, phone, note, clerk))
            leg = [at, leg_kind, clerk, details, cash, index == last, None]
            stay.legs.append(leg)
            push(at, 6, stay, leg)
        stay.final_at = legs[-1][0]
        away = legs[0][0]
        if unknown:  # the stay clock of a person not identified
            if r() < 0.75:
                at = arrived + dt.timedelta(hours=2 + 18 * r())
                if at < away:
                    push(at, 9, stay)
            if (away - arrived).days > 3 and r() < 0.6:
                at = arrived + dt.timedelta(days=draws.between(2, 8))
                if at < away:
                    stay.dna = (at, f"DNA{arrived.year:04d}{arrived.month:02d}-"
                                    f"{draws.between(100, 999)}")
                    push(at, 10, stay)
        elif (away - start).days >= 10 and age >= 16 and not flags & {
                Inspection.MENTAL, Inspection.DISABILITY}:
            push(start + dt.timedelta(days=9), 11, stay)  # longer than the normal limit

    # -- the happenings, in time order -------------------------------------------------------
    def _register(self, now: dt.datetime, stay: _Stay, _extra) -> None:
        """The intake (``IntakeService.register``): a new person with their search keys, the
        stay with its case number, and their audit records."""
        person, form, clerk, year = stay.person, stay.form, stay.clerk, stay.year
        if stay.draw is not None:
            self._new_person(now, stay, year, clerk)
        stay.id = self._next("stay")
        case_no = stay.case_no = case_number(year, self._count(f"case:{year}"))
        days = stay.readmission
        decision = READMITTED if days is not None else ""
        source, flags, outcome, reason, unit, officers, badges, phone, place, found = form
        escort = source in ESCORTED_SOURCES or source == Source.OTHER
        dna_at, dna_ref = stay.dna or (None, "")
        inspection = sorted(f.value for f in flags)
        now_ts = _ts(now)
        listed = self._body(("inspection", *inspection), lambda: inspection, _plain)
        self.rows["stay"].append((
            stay.id, case_no, person.id, _ts(stay.arrived), source.value,
            unit if escort else "", officers if escort else "", badges if escort else "",
            phone if escort else "", place, _ts(found), listed, "", outcome, reason, _CLOSED,
            _ts(stay.final_at), stay.age, days, decision, clerk.login, now_ts, _ts(dna_at),
            dna_ref, None, None))
        # what the intake records, as canonical JSON (keys sorted)
        self.chain.record(now, clerk, "stay.create", "stay", case_no, (
            f'{{"arrived_at":"{stay.arrived.isoformat()}","id_reason":'
            f'{_q(ID_REASON) if person.problems else chr(34) * 2},"id_warnings":'
            f'{"[" + chr(34) + person.problems[0] + chr(34) + "]" if person.problems else "[]"},'
            f'"inspection":{self._body(("flags", *inspection), lambda: inspection)},'
            f'"outcome":"{outcome}","outcome_reason":{_q(reason)},"person_id":{person.id},'
            f'"readmission_days":{"null" if days is None else days},'
            f'"readmission_decision":{_q(decision)},"source":"{source.value}",'
            f'"status":"{stay.status}"}}'))
        person.mental = Inspection.MENTAL in flags
        if stay.status == _CLOSED:
            self._leave(person, stay.arrived)

    def _new_person(self, now: dt.datetime, stay: _Stay, year: int, clerk: _Officer) -> None:
        person, draw = stay.person, stay.draw
        person.id = self._next("person")
        unknown_no = None
        if person.unknown:
            unknown_no = unknown_number(year, self._count(f"unknown:{year}"))
        number = person.id_number
        birth_date = person.birth_date
        basis = "birth_date" if birth_date else draw["age_basis"]
        id_type = "resident_id" if number else "none"
        tail = number[-4:] if number else ""
        warning = ID_REASON if person.problems else ""
        now_ts = _ts(now)
        self.rows["person"].append((
            person.id, person.name, "", unknown_no, person.sex, draw["ethnicity"],
            birth_date.isoformat() if birth_date else None, person.birth_year, basis, id_type,
            number, tail, warning, person.hukou, "", draw["welfare"], draw["phone"],
            draw["height_cm"], draw["build"], "", draw["clothing"], draw["dialect"],
            draw["vagrancy_reason"], draw["vagrancy_length"], "",
            _plain(person.contacts) if person.contacts else "[]", draw["needs"],
            1 if draw["fingerprints_taken"] else 0, None, now_ts, now_ts))
        if unknown_no:
            keys: tuple[str, ...] = (unknown_no.lower(),)
        else:
            keys = self.keys.get(person.name)
        append, next_key = self.rows["person_key"].append, self.ids["person_key"]
        for key in keys:
            append((next_key, person.id, key))
            next_key += 1
        self.ids["person_key"] = next_key
        # what the intake records: the fields that have a value, the number masked
        changed = {"name": person.name, "sex": person.sex, "ethnicity": draw["ethnicity"],
                   "birth_year": person.birth_year, "age_basis": basis, "id_type": id_type,
                   "welfare": draw["welfare"], "height_cm": draw["height_cm"],
                   "build": draw["build"], "clothing": draw["clothing"],
                   "dialect": draw["dialect"], "vagrancy_length": draw["vagrancy_length"]}
        for key, value in (("birth_date", birth_date), ("id_tail", tail),
                           ("id_warning_reason", warning), ("hukou_place", person.hukou),
                           ("phone", draw["phone"]),
                           ("vagrancy_reason", draw["vagrancy_reason"]),
                           ("contacts", person.contacts), ("needs", draw["needs"]),
                           ("fingerprints_taken", draw["fingerprints_taken"])):
            if value:
                changed[key] = value
        if number:
            changed["id_number"] = _mask(number)
        self.chain.record(now, clerk, "person.create", "person", str(person.id),
                          _canonical(changed))
        stay.draw = None
        self.made += 1

    def _check(self, now: dt.datetime, stay: _Stay, _extra) -> None:
        """The security check (``CustodyService.record_check``) by an officer of the person's
        sex: every item found, the bag of held items with its custody log."""
        draws = self.draws
        person = stay.person
        guard = draws.pick(self.guards["F"] if person.sex == "F" else self.guards["M"])
        second = guard
        while second is guard:
            second = draws.pick(self.all_guards)
        items = draws.items(second, bool(person.id_number))
        temperature = 360 + int(draws.r() * 15)  # 36.0 to 37.4 °C
        location = draws.pick(self.locations)
        check_id = self._next("security_check")
        self.rows["security_check"].append((check_id, stay.id, _ts(now), guard.login, 1,
                                            temperature, "", 0, guard.login))
        append, next_item = self.rows["seized_item"].append, self.ids["seized_item"]
        for kind, description, quantity, disposition, _c, _s, _f, _sec, unit, officer, \
                receipt, witness in items:
            append((next_item, check_id, kind, description, quantity, disposition, unit,
                    officer, receipt, witness, ""))
            next_item += 1
        self.ids["seized_item"] = next_item
        held = [item for item in items if item[3] == "held"]
        bag_no = self._bag(now, stay, guard, held, location) if held else None
        found = tuple((i[0], i[1], i[3]) for i in items)
        listed = self._body(("found", found), lambda: [
            {"kind": k, "description": d, "disposition": s} for k, d, s in found])
        self.chain.record(now, guard, "security.check", "stay", stay.case_no, (
            f'{{"bag":{_q(bag_no) if bag_no else "null"},"baggage_checked":true,'
            f'"body_checked_by":{_q(guard.login)},"items":{listed},'
            f'"refused":false,"temperature_tenths":{temperature}}}'))

    def _bag(self, now: dt.datetime, stay: _Stay, guard: _Officer, held: list,
             location: str) -> str:
        """The bag of held items; what later happens to it (signed for, a phone lent for a
        call, moved, clothes given back, counted back at departure or disposed of when
        unclaimed) is decided now, written into the items' final state, and logged when it
        happens."""
        draws, push = self.draws, self._push
        r = draws.r
        bag_id = self._next("bag")
        bag_no = f"{now.year}-B{self._count(f'bag:{now.year}'):05d}"
        away = stay.legs[0][0]  # the person leaves the station
        signed = r() < 0.8
        first = self.ids["stored_item"]
        ids = list(range(first, first + len(held)))
        self.ids["stored_item"] = first + len(held)
        kinds = [item[0] for item in held]
        later = []  # (time, movement, item ids, note, to)
        moved = None
        if r() < 0.1:
            place = draws.pick(self.locations)
            if now + dt.timedelta(days=1) < away:
                moved = (now + dt.timedelta(days=1), place)
                later.append((moved[0], Movement.MOVED.value, (), "整理库房", place))
        settled: dict[int, tuple[str, dt.datetime, str]] = {}
        clothes = [i for i, k in zip(ids, kinds, strict=True) if k == "clothing"]
        if clothes and r() < 0.3:
            at = now + dt.timedelta(days=1, hours=2)
            if at < away:
                later.append((at, Movement.RETURNED.value, clothes, "本人换洗，领回", ""))
                for i in clothes:
                    settled[i] = (ItemState.RETURNED.value, at, "本人换洗，领回")
        last = stay.legs[-1]
        final_at, final_kind = last[0], last[1]
        left = [i for i in ids if i not in settled]
        if left and final_kind in _COUNT_BACK:
            results = [(i, True, "") for i in left]  # counted back as the person leaves
            if len(left) > 2 and r() < 0.2:
                results[-1] = (left[-1], False, "本人称已自行取走，库内未找到")
            for i, returned, note in results:
                settled[i] = (ItemState.RETURNED.value if returned else ItemState.MISSING.value,
                              final_at, note)
            last[6] = results
        elif left:  # unclaimed: disposed of by two officers once the keeping time is over
            at = final_at + dt.timedelta(days=self.keep_days + 10 * r())
            if at < self.limit or self.defer:
                for i in left:
                    settled[i] = (ItemState.DISPOSED.value, at, DISPOSAL_NOTE)
            if at < self.limit:
                push(at, 13, stay, left)
            elif self.defer:  # due in the next part's time: disposed of when it is joined on
                officer = second = draws.pick(self.all_guards)
                while second is officer:
                    second = draws.pick(self.all_guards)
                self.deferred.append((_ts(at), bag_id, tuple(left),
                                      moved[1] if moved else location, officer, second))
        stay.bag = (bag_id, bag_no, location, moved)
        self.rows["bag"].append((bag_id, bag_no, stay.id, moved[1] if moved else location,
                                 1 if signed else 0, _ts(now), guard.login))
        item_rows, moves = self.rows["stored_item"], self.rows["custody_movement"]
        next_move = self.ids["custody_movement"]
        now_ts = _ts(now)
        listed = []
        for i, (kind, description, quantity, _d, condition, serial, cash, second, *_rest) \
                in zip(ids, held, strict=True):
            counted = guard.login if cash is not None else ""
            state, at, note = settled.get(i, (ItemState.IN_STORE.value, None, ""))
            item_rows.append((i, bag_id, kind, description, quantity, condition, serial, cash,
                              counted, second, "", state, note, _ts(at)))
            moves.append((next_move, bag_id, i, "stored", now_ts, guard.login, second, "",
                          location, "", ""))
            next_move += 1
            listed.append({"kind": kind, "description": description, "quantity": quantity,
                           "cash_fen": cash, "counted_by_second": second, "seal_no": "",
                           "serial": serial})
        self.ids["custody_movement"] = next_move
        self.chain.record(now, guard, "bag.create", "bag", bag_no, _canonical({
            "case_no": stay.case_no, "location": location, "items": listed}))
        for at, movement, items, note, place in later:
            push(at, 12, stay, (movement, items, note, place, guard))
        return bag_no

    def _where(self, stay: _Stay, at: dt.datetime) -> str:
        """Where the stay's bag is at ``at``."""
        _bag_id, _bag_no, location, moved = stay.bag
        return moved[1] if moved and at >= moved[0] else location

    def _custody(self, now: dt.datetime, stay: _Stay, extra) -> None:
        """One change of the custody log after the check (``CustodyService.mark_owner_signed``,
        ``move``, ``count_back``)."""
        movement, items, note, place, officer = extra
        bag_id, bag_no, _location, _moved = stay.bag
        before = self._where(stay, now - dt.timedelta(microseconds=1))
        append = self.rows["custody_movement"].append
        now_ts = _ts(now)
        if movement == Movement.MOVED.value:
            append((self._next("custody_movement"), bag_id, None, movement, now_ts,
                    officer.login, "", before, place, "", note))
            self.chain.record(now, officer, "bag.move", "bag", bag_no,
                              _canonical({"location": [before, place]}))
            return
        for item in items:
            append((self._next("custody_movement"), bag_id, item, movement, now_ts,
                    officer.login, "", before, "", "", note))
        if movement == Movement.RETURNED.value:
            self.chain.record(now, officer, "custody.count_back", "stay", stay.case_no,
                              _canonical({"items": [
                                  {"item": i, "bag": bag_no, "state": "returned", "note": note}
                                  for i in items]}))
        else:
            self.chain.record(now, officer, f"custody.{movement}", "bag", bag_no, _canonical(
                {"items": list(items), "reference": "", "note": note}))

    def _dispose(self, now: dt.datetime, stay: _Stay, items) -> None:
        """Unclaimed belongings disposed of by two security officers
        (``CustodyService.dispose``)."""
        draws = self.draws
        officer = second = draws.pick(self.all_guards)
        while second is officer:
            second = draws.pick(self.all_guards)
        number = f"{now.year}-D{self._count(f'disposal:{now.year}'):04d}"
        bag_id = stay.bag[0]
        place = self._where(stay, now)
        append = self.rows["custody_movement"].append
        now_ts = _ts(now)
        for item in items:
            append((self._next("custody_movement"), bag_id, item, "disposed", now_ts,
                    officer.login, second.login, place, "", number, DISPOSAL_NOTE))
        self.chain.record(now, officer, "custody.dispose", "disposal", number, _canonical({
            "items": list(items), "second_officer": second.login, "note": DISPOSAL_NOTE}))

    def _bed(self, now: dt.datetime, stay: _Stay, _extra) -> None:
        """The bed the rules suggest (``BedService.assign``); none free: the person waits."""
        if stay.bed is not None or now > stay.final_at:
            return
        bed = self.beds.take(stay.person.sex, stay.minor, stay.age, stay.flags)
        if bed is None:
            return
        clerk = self.draws.pick(self.clerks)
        stay.bed, stay.bed_start, stay.bed_by = bed, now, clerk
        place = self.beds.place[bed]
        self.chain.record(now, clerk, "bed.assign", "stay", stay.case_no, self._body(
            ("assign", place), lambda: {"bed": place, "from": "", "breaches": [],
                                        "approved_by": "", "reason": ""}))
        if self.draws.r() < 0.12:  # asked to move the next day
            self._push(now + dt.timedelta(days=1), 3, stay)

    def _end_bed(self, now: dt.datetime, stay: _Stay, reason: str, officer: _Officer) -> str:
        bed = stay.bed
        self.rows["bed_assignment"].append((
            self._next("bed_assignment"), stay.id, bed, _ts(stay.bed_start), _ts(now), reason,
            stay.bed_by.login, officer.login, "[]", "", ""))
        stay.bed = None
        return self.beds.place[bed]

    def _move_bed(self, now: dt.datetime, stay: _Stay, _extra) -> None:
        old = stay.bed
        if old is None or now >= stay.legs[0][0]:
            return
        bed = self.beds.take_in_area(self.beds.area_of[old], self.rng)
        if bed is None:
            return
        clerk = self.draws.pick(self.clerks)
        before = self._end_bed(now, stay, BedEnd.MOVED.value, clerk)
        self.beds.give_back(old)
        stay.bed, stay.bed_start, stay.bed_by = bed, now, clerk
        self.chain.record(now, clerk, "bed.move", "stay", stay.case_no, _canonical({
            "bed": self.beds.place[bed], "from": before, "breaches": [], "approved_by": "",
            "reason": ""}))

    def _back(self, now: dt.datetime, stay: _Stay, _extra) -> None:
        """Back from hospital (``DepartureService.back_to_station``)."""
        self.chain.record(now, self.draws.pick(self.clerks), "stay.back", "stay",
                          stay.case_no, '{"status":["in_hospital","in_station"]}')

    def _call(self, now: dt.datetime, stay: _Stay, extra) -> None:
        """The call that arranged a collection or escort (``DepartureService.log_call``)."""
        contact, phone, note, clerk = extra
        self.rows["contact_call"].append((self._next("contact_call"), stay.id, _ts(now),
                                          clerk.login, contact, phone, "agreed", note))
        self.chain.record(now, clerk, "departure.call", "stay", stay.case_no,
                          f'{{"contact":{_q(contact)},"outcome":"agreed"}}')

    def _depart(self, now: dt.datetime, stay: _Stay, leg) -> None:
        """A departure (``DepartureService.complete``): belongings counted back, the bed freed
        for cleaning, the departure with its details and its follow-up call, the stay ended
        (or counted off site in hospital or care)."""
        draws, chain = self.draws, self.chain
        _at, kind, clerk, details, cash, final, counted = leg
        now_ts = _ts(now)
        case_no = stay.case_no
        if counted and stay.bag is not None:
            bag_id, bag_no, _location, _moved = stay.bag
            place = self._where(stay, now)
            append = self.rows["custody_movement"].append
            done = []
            for item, returned, note in counted:
                movement = "returned" if returned else "missing"
                append((self._next("custody_movement"), bag_id, item, movement, now_ts,
                        clerk.login, "", place, "", "", note))
                done.append(f'{{"bag":{_q(bag_no)},"item":{item},"note":{_q(note)},'
                            f'"state":"{movement}"}}')
            chain.record(now, clerk, "custody.count_back", "stay", case_no,
                         f'{{"items":[{",".join(done)}]}}')
        place = ""
        if stay.bed is not None:
            reason = BedEnd.HOSPITAL.value if kind == "hospital" else \
                BedEnd.CARE.value if kind == "placement" else BedEnd.DEPARTED.value
            bed = stay.bed
            place = self._end_bed(now, stay, reason, clerk)
            chain.record(now, clerk, "bed.release", "stay", case_no, self._body(
                ("release", place, reason), lambda: {"bed": place, "reason": reason}))
            self.beds.give_back(bed)  # (the bedding is changed before the next arrival)
        status = _STATUS_AFTER[kind]
        form_no = ""
        if kind == "terminated":
            form_no = f"ZZ{now.year}-{self._count(f'termination:{now.year}'):04d}"
        elif kind == "voucher":
            form_no = f"FX{now.year}-{self._count(f'voucher:{now.year}'):04d}"
        province, city = draws.home(stay.person.hukou) \
            if kind in ("voucher", "collected", "escorted", "self") else ("", "")
        due = follow_at = None
        follow_by = outcome = follow_note = ""
        if kind in _FOLLOW_UP:
            due = now.date() + dt.timedelta(days=self.follow_days)
            follow_at = dt.datetime.combine(due, dt.time(10, draws.between(0, 59)))
            follow_at = max(min(follow_at, self.limit), now + _MINUTE)
            outcome = draws.weighted(FOLLOW_UP_OUTCOMES)
            follow_note = FOLLOW_UP_NOTES[outcome]
            follower = draws.pick(self.clerks)
            follow_by = follower.login
            self._push(follow_at, 8, stay, (outcome, follower))
        self.rows["departure"].append((
            self._next("departure"), stay.id, kind, "completed", None, province, city, "", "",
            0, _plain(details), cash, "", now_ts, clerk.login, now_ts, clerk.login, None, "",
            "", "[]", "", "", form_no, due.isoformat() if due else None, _ts(follow_at),
            follow_by, outcome, follow_note))
        if "collector_id_number" in details:
            details = dict(details, collector_id_number=_mask(
                details["collector_id_number"]))
        chain.record(now, clerk, "departure.complete", "stay", case_no, _canonical({
            "kind": kind, "destination": province + city, "details": details, "cash_fen": cash,
            "planned_at": None, "exceptions": [], "approved_by": "", "reason": "",
            "bed": place, "status": status, "form_no": form_no}))
        if final:
            self._leave(stay.person, now)

    def _follow_up(self, now: dt.datetime, stay: _Stay, extra) -> None:
        """The call after a departure (``DepartureService.record_follow_up``)."""
        outcome, clerk = extra
        self.chain.record(now, clerk, "departure.follow_up", "stay", stay.case_no, self._body(
            ("follow", outcome), lambda: {"outcome": outcome,
                                          "note": FOLLOW_UP_NOTES[outcome]}))

    def _notice(self, now: dt.datetime, stay: _Stay, _extra) -> None:
        """A family-search notice (``DutyService.issue_notice``), a minor's approved by a
        leader on duty."""
        clerk = self.draws.pick(self.clerks)
        approved = ""
        if stay.minor:
            approved = next((x.login for x in self.leaders if x.login != clerk.login), "")
        number = f"XQ{now.year}-{self._count(f'notice:{now.year}'):04d}"
        self.rows["search_notice"].append((self._next("search_notice"), stay.id, number,
                                           _ts(now), clerk.login, approved, "一般", "表达不清",
                                           ""))
        self.chain.record(now, clerk, "stay.notice", "stay", stay.case_no,
                          _canonical({"notice": number, "approved_by": approved}))

    def _dna(self, now: dt.datetime, stay: _Stay, _extra) -> None:
        """The DNA request to the police (``DutyService.record_dna``)."""
        self.chain.record(now, self.draws.pick(self.clerks), "stay.dna", "stay", stay.case_no,
                          _canonical({"reference": stay.dna[1]}))

    def _extend(self, now: dt.datetime, stay: _Stay, _extra) -> None:
        """An extension of the stay limit (``DutyService.extend``)."""
        clerk = self.draws.pick(self.clerks)
        reason, approved = "等待家属来站接领", "演示市民政局"
        self.rows["stay_extension"].append((self._next("stay_extension"), stay.id, 10, reason,
                                            approved, _ts(now), clerk.login))
        self.chain.record(now, clerk, "stay.extend", "stay", stay.case_no, self._body(
            ("extend",), lambda: {"days": 10, "reason": reason, "approved_by": approved}))

    # -- the end ----------------------------------------------------------------------------
    def coming_back(self, count: int, within_days: int = 60) -> list[tuple[int, dt.datetime]]:
        """``count`` people who left in the last ``within_days`` days of the history (person
        id, when they left), to come back in the present."""
        since = self.until - dt.timedelta(days=within_days)
        recent = [(entry[0].id, entry[1]) for entry in self.pool
                  if entry[2] and entry[1] >= since]
        return self.rng.sample(recent, min(count, len(recent)))


def _seal(counters: dict[str, int], count: int, last_hash: str) -> list[str]:
    """SQL for the counters (later intakes go on from them) and the head of the audit chain,
    run after the rows."""
    statements = []
    for name, value in sorted(counters.items()):
        statements += [
            f"UPDATE counter SET value = {int(value)} WHERE name = '{name}'",
            f"INSERT INTO counter (name, value) SELECT '{name}', {int(value)} "
            f"WHERE NOT EXISTS (SELECT 1 FROM counter WHERE name = '{name}')"]
    return statements + [
        f"UPDATE audit_seal SET count = {int(count)}, last_hash = '{last_hash}'",
        f"INSERT INTO audit_seal (id, count, last_hash) SELECT 1, {int(count)}, "
        f"'{last_hash}' WHERE NOT EXISTS (SELECT 1 FROM audit_seal)"]


@dataclasses.dataclass(frozen=True)
class HistorySummary:
    """What ``write_history`` wrote."""

    people: int
    stays: int
    rows: dict[str, int]  #: rows written per table
    coming_back: tuple[tuple[int, dt.datetime], ...]  #: people who may come back now


def _indexes() -> list:
    """The secondary indexes of the tables the history fills, as the models (and so the
    migrations) define them: dropped for the load, made again after it."""
    return [index for model in MODELS.values() for index in model.__table__.indexes]


@contextlib.contextmanager
def _sqlite_load(file) -> Iterator[sqlite3.Connection]:
    """A connection of its own to the SQLite file, set for a bulk load: a rollback journal
    instead of the write-ahead log (new pages need no journal), no syncing, no per-row
    foreign-key lookups (the rows are made consistent), a large cache. Afterwards the file is
    in WAL mode again, as the desk keeps it."""
    connection = sqlite3.connect(str(file), isolation_level=None, check_same_thread=False,
                                 timeout=10)
    try:
        for pragma in ("journal_mode=DELETE", "synchronous=OFF", "foreign_keys=OFF",
                       "cache_size=-400000", "temp_store=MEMORY"):
            connection.execute(f"PRAGMA {pragma}")
        yield connection
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


#: From this many people the history is written in two parts side by side (two processes,
#: one part after the other in time), then joined.
PARTS_FROM = 100_000
#: Columns that point to rows of a table the history fills (their ids move when a part is
#: joined on); the bed ids are the station's own and do not move.
REFERENCES = {
    "person_key": {"person_id": "person"}, "stay": {"person_id": "person"},
    "security_check": {"stay_id": "stay"}, "seized_item": {"check_id": "security_check"},
    "bag": {"stay_id": "stay"}, "stored_item": {"bag_id": "bag"},
    "custody_movement": {"bag_id": "bag", "item_id": "stored_item"},
    "bed_assignment": {"stay_id": "stay"}, "departure": {"stay_id": "stay"},
    "contact_call": {"stay_id": "stay"}, "search_notice": {"stay_id": "stay"},
    "stay_extension": {"stay_id": "stay"},
}
#: Audit actions whose changes list stored items by id.
ITEM_ACTIONS = frozenset({"custody.count_back", "custody.taken_out", "custody.put_back",
                          "custody.dispose"})


def _day_counts(rng: random.Random, first: dt.datetime, until: dt.datetime,
                stays: int) -> list[tuple[dt.date, int]]:
    """Arrivals per day from ``first`` to three days before ``until``: a little busier in
    later years and in winter, every day a little different; ``stays`` in all."""
    first_day = first.date()
    days = max(1, (until.date() - first_day).days - 3)
    weights = []
    for n in range(days):
        day = first_day + dt.timedelta(days=n)
        season = 1 + 0.25 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25)
        weights.append((0.8 + 0.2 * n / days) * season * rng.uniform(0.85, 1.15))
    total = sum(weights)
    counts, done, share = [], 0, 0.0
    for n, weight in enumerate(weights):
        share += weight
        upto = round(stays * share / total) if n < days - 1 else stays
        counts.append((first_day + dt.timedelta(days=n), upto - done))
        done = upto
    return counts


def _split(days: list[tuple[dt.date, int]], people: int):
    """The New Year that halves the stays best; the days before it (the last two folded into
    the one before, so that the first part ends before the year does), the days from it,
    and the people of each part."""
    total = sum(count for _day, count in days)
    years = sorted({day.year for day, _count in days})[1:]
    best = None
    for year in years:
        before = sum(count for day, count in days if day.year < year)
        if best is None or abs(before - total / 2) < abs(best[1] - total / 2):
            best = (year, before)
    if best is None:
        return None
    boundary = dt.date(best[0], 1, 1)
    first = [(day, count) for day, count in days if day < boundary - dt.timedelta(days=2)]
    tail = sum(count for day, count in days
               if boundary - dt.timedelta(days=2) <= day < boundary)
    if not first:
        return None
    first[-1] = (first[-1][0], first[-1][1] + tail)
    second = [(day, count) for day, count in days if day >= boundary]
    people_first = min(sum(c for _d, c in first), round(people * best[1] / total))
    people_second = people - people_first
    if people_second > sum(c for _d, c in second) or people_first <= 0 or people_second <= 0:
        return None
    return boundary, first, second, people_first, people_second


def _create_tables(connection: sqlite3.Connection, dialect) -> None:
    from sqlalchemy.schema import CreateTable

    for model in MODELS.values():
        connection.execute(str(CreateTable(model.__table__).compile(dialect=dialect)))


def _write_part(path: str, station: _Station, people: int, days: list, until: dt.datetime,
                seed: int, person_base: int, done, results) -> None:
    """The later part of the history, in a process of its own, into a file of its own (the
    audit records not yet hashed: they are when the part is joined on)."""
    import traceback

    from sqlalchemy.dialects import sqlite as sqlite_dialect

    try:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-200000"):
                connection.execute(f"PRAGMA {pragma}")
            _create_tables(connection, sqlite_dialect.dialect())
            writer = _SqliteWriter(connection)
            rows = _Rows(writer)
            try:
                history = _History(
                    dataclasses.replace(station, ids=dict.fromkeys(COLUMNS, 1)), rows,
                    people=people, days=days, until=until, seed=seed, part=1,
                    person_base=person_base, hashing=False,
                    progress=lambda n: setattr(done, "value", n))
                rows.execute("BEGIN")
                history.run()
                rows.flush()
                rows.execute("COMMIT")
            finally:
                writer.close()
        finally:
            connection.close()
        results.put({"made": history.made, "registered": history.registered,
                     "written": dict(rows.written), "counters": history.counters,
                     "pool": [(entry[0].id, entry[1]) for entry in history.pool[-200_000:]
                              if entry[2]]})
    except BaseException:  # noqa: BLE001 - reported to the parent
        results.put({"error": traceback.format_exc()})


def _join(connection: sqlite3.Connection, path: str, part: dict, history: _History) -> None:
    """Join the later part on: its rows copied with their ids moved past the earlier part's,
    its audit records hashed on from the earlier part's chain in time order, with the
    earlier part's disposals that fell due in the later part's time; then the counters and
    the head of the chain."""
    connection.execute("ATTACH DATABASE ? AS part", (path,))
    try:
        connection.execute("BEGIN")
        offsets = {table: connection.execute(
            f'SELECT COALESCE(MAX(id), 0) FROM main."{table}"').fetchone()[0]
            for table in COLUMNS}
        offsets["person"] = 0  # the later part's people have their ids already
        for table, columns in COLUMNS.items():
            if table == "audit_event":
                continue
            refs = REFERENCES.get(table, {})
            values = ", ".join(
                f'"id" + {offsets[table]}' if c == "id" else
                f'"{c}" + {offsets[refs[c]]}' if c in refs else f'"{c}"' for c in columns)
            connection.execute(f'INSERT INTO main."{table}" ({", ".join(columns)}) '
                               f'SELECT {values} FROM part."{table}" ORDER BY "id"')
        counters = dict(history.counters)
        for name, value in part["counters"].items():
            counters[name] = max(value, counters.get(name, 0))
        item_offset = offsets["stored_item"]
        next_id = connection.execute('SELECT COALESCE(MAX(id), 0) FROM main.audit_event'
                                     ).fetchone()[0] + 1
        next_move = connection.execute('SELECT COALESCE(MAX(id), 0) FROM '
                                       'main.custody_movement').fetchone()[0] + 1
        deferred = sorted(history.deferred, key=lambda d: d[0])
        chain = history.chain
        prev, count = chain.last_hash, chain.count
        audit_sql = history.out.sql["audit_event"]
        move_sql = history.out.sql["custody_movement"]
        batch: list[tuple] = []
        moves: list[tuple] = []

        def emit(at, officer_id, login, action, entity, entity_id, body) -> None:
            nonlocal prev, count, next_id
            digest = _hash(prev, at.replace(" ", "T"), login, action, entity, entity_id, body)
            batch.append((next_id, at, officer_id, login, action, entity, entity_id, body, prev,
                          digest))
            prev, count, next_id = digest, count + 1, next_id + 1

        def dispose(at, bag_id, items, place, officer, second) -> None:
            nonlocal next_move
            year = int(at[:4])
            counters[f"disposal:{year}"] = counters.get(f"disposal:{year}", 0) + 1
            number = f"{year}-D{counters[f'disposal:{year}']:04d}"
            for item in items:
                moves.append((next_move, bag_id, item, "disposed", at, officer.login,
                              second.login, place, "", number, DISPOSAL_NOTE))
                next_move += 1
            emit(at, officer.id, officer.login, "custody.dispose", "disposal", number,
                 _canonical({"items": list(items), "second_officer": second.login,
                             "note": DISPOSAL_NOTE}))

        cursor = connection.execute(
            "SELECT at, officer_id, officer_login, action, entity, entity_id, changes "
            "FROM part.audit_event ORDER BY id")
        while True:
            rows = cursor.fetchmany(BATCH)
            if not rows:
                break
            for at, officer_id, login, action, entity, entity_id, body in rows:
                while deferred and deferred[0][0] < at:
                    dispose(*deferred.pop(0))
                if action in ITEM_ACTIONS:  # the part's item ids, moved
                    changes = json.loads(body)
                    if action == "custody.count_back":
                        for entry in changes["items"]:
                            entry["item"] += item_offset
                    else:
                        changes["items"] = [i + item_offset for i in changes["items"]]
                    body = _canonical(changes)
                emit(at, officer_id, login, action, entity, entity_id, body)
            connection.executemany(audit_sql, batch)
            batch.clear()
        for item in deferred:
            dispose(*item)
        connection.executemany(audit_sql, batch)
        connection.executemany(move_sql, moves)
        for statement in _seal(counters, count, prev):
            connection.execute(statement)
        connection.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise
    finally:
        connection.execute("DETACH DATABASE part")


def write_history(desk: Desk, *, people: int, until: dt.datetime, seed: int = 1,
                  years: float = HISTORY_YEARS, stays_per_person: float = STAYS_PER_PERSON,
                  coming_back: int = 0, progress: Progress | None = None,
                  parts: int | None = None) -> HistorySummary:
    """Write ``people`` people of the station's past with about ``stays_per_person`` stays
    each, arriving over ``years`` years before ``until``, every stay ended before ``until``.

    The station, its staff and its beds must exist. The rows go straight into the tables
    (secondary indexes dropped for the load and made again). From ``PARTS_FROM`` people
    (``parts=2``) on SQLite, the later half of the years is written by a second process and
    joined on. ``progress("history", done, people)`` now and then, ``progress("indexes", 0,
    0)`` before the indexes are made. Returns the counts and ``coming_back`` people who left
    near the end (to come back now)."""
    if people <= 0:
        return HistorySummary(0, 0, {}, ())
    from sqlalchemy.schema import CreateIndex

    stays = max(people, round(people * stays_per_person))
    first = dt.datetime.combine((until - dt.timedelta(days=365.25 * years)).date(), dt.time())
    days = _day_counts(random.Random(f"days-{seed}"), first, until, stays)
    station = _station(desk)
    if people >= ALL_NAMES_FROM:
        station = dataclasses.replace(station, name_keys=_all_name_keys())
    db = desk.db
    sqlite_file = db.file if db.is_sqlite else None
    if parts is None:
        parts = 2 if people >= PARTS_FROM else 1
    split = _split(days, people) if parts > 1 and sqlite_file is not None else None
    later: dict = {}
    shared = None

    everyone = people

    def report(done: int) -> None:
        if progress is not None:
            progress("history", done + (shared.value if split else 0), everyone)

    if sqlite_file is not None:
        db.engine.dispose()  # the load is the only connection to the file
        worker = None
        part_file = sqlite_file.with_name(sqlite_file.name + ".part")
        if split is not None:
            import multiprocessing

            boundary, days, later_days, people, later_people = split
            part_file.unlink(missing_ok=True)
            context = multiprocessing.get_context()
            shared, results = context.Value("q", 0), context.Queue()
            worker = context.Process(target=_write_part, name="bulk-demo-part", args=(
                str(part_file), station, later_people, later_days, until, seed,
                station.ids["person"] + people, shared, results))
            worker.start()
        try:
            with _sqlite_load(sqlite_file) as connection:
                writer = _SqliteWriter(connection)
                rows = _Rows(writer)
                try:
                    history = _History(
                        station, rows, people=people, days=days, seed=seed, part=0,
                        until=dt.datetime.combine(boundary, dt.time()) if split else until,
                        defer=split is not None, progress=report)
                    for index in _indexes():
                        rows.execute(f'DROP INDEX IF EXISTS "{index.name}"')
                    rows.execute("BEGIN")
                    def commit() -> None:
                        rows.flush()
                        if split is None:  # a whole history: sound at every commit
                            for statement in _seal(history.counters, history.chain.count,
                                                   history.chain.last_hash):
                                rows.execute(statement)
                        rows.execute("COMMIT")
                        rows.execute("BEGIN")

                    history.commit = commit
                    history.run()
                    commit()
                    rows.execute("COMMIT")
                finally:
                    writer.close()
                written = dict(rows.written)
                if worker is not None:
                    while True:  # the later part: its progress until it is done
                        try:
                            later = results.get(timeout=2)
                            break
                        except queue.Empty:
                            report(history.made)
                            if not worker.is_alive():
                                later = {"error": "the second process stopped"}
                                break
                    worker.join()
                    if "error" in later:
                        raise RuntimeError(later["error"])
                    if progress is not None:
                        progress("join", 0, 0)
                    _join(connection, str(part_file), later, history)
                    for table, count in later["written"].items():
                        written[table] += count
                if progress is not None:
                    progress("indexes", 0, 0)
                connection.execute("PRAGMA threads=2")  # a helper thread sorts
                for index in _indexes():
                    connection.execute(str(CreateIndex(index, if_not_exists=True).compile(
                        dialect=db.engine.dialect)))
        finally:
            if worker is not None:
                if worker.is_alive():
                    worker.terminate()
                part_file.unlink(missing_ok=True)
    else:
        with db.engine.begin() as connection:
            rows = _Rows(None, connection)
            history = _History(station, rows, people=people, days=days, until=until,
                               seed=seed, progress=report)
            history.commit = rows.flush
            for index in _indexes():
                index.drop(connection, checkfirst=True)
            history.run()
            rows.flush()
            for statement in _seal(history.counters, history.chain.count,
                                   history.chain.last_hash):
                rows.execute(statement)
            if progress is not None:
                progress("indexes", 0, 0)
            for index in _indexes():
                index.create(connection, checkfirst=True)
            if db.engine.dialect.name == "postgresql":  # explicit ids: sequences go on after
                for table in COLUMNS:
                    connection.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                        f"(SELECT COALESCE(MAX(id), 1) FROM \"{table}\"))"))
            written = dict(rows.written)
    if later:
        since = until - dt.timedelta(days=60)
        pool = [entry for entry in later["pool"] if entry[1] >= since]
        back = random.Random(f"back-{seed}").sample(pool, min(coming_back, len(pool)))
        return HistorySummary(history.made + later["made"],
                              history.registered + later["registered"], written, tuple(back))
    return HistorySummary(history.made, history.registered, written,
                          tuple(history.coming_back(coming_back)))


@contextlib.contextmanager
def _unsynced(desk: Desk) -> Iterator[None]:
    """SQLite without waiting for the disk after each commit while the demo's services run
    (a thousand small transactions; a demo lost to a power cut is made again)."""
    from sqlalchemy import event

    engine = desk.db.engine
    if not desk.db.is_sqlite:
        yield
        return

    def unsynced(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA synchronous=OFF")

    event.listen(engine, "connect", unsynced)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "connect", unsynced)
        engine.dispose()


def recent_intakes(people: int) -> int:
    """Intakes of the last days for a big demo of ``people``: a tenth, at most
    ``RECENT_INTAKES``."""
    return min(RECENT_INTAKES, people // 10)


def fill_big_demo(desk: Desk, *, people: int, seed: int = 1, recent: int = RECENT_INTAKES,
                  progress: Progress | None = None) -> demo.DemoSummary:
    """A demo station that has seen ``people`` people: a station of about 1,000 beds, its
    history written in bulk, and the present (``recent`` intakes over the last days, some of
    them people of the history coming back) made through the services by the normal demo.

    ``progress(stage, done, total)`` reports "history" (people written of all), "indexes"
    and "present" (the normal demo at work)."""
    rng = random.Random(seed)
    added = demo.set_up_station(desk, rng)
    demo.lay_out_big_station(desk)
    recent = max(0, min(recent, people // 2))
    back = round(recent * RETURNING_SHARE)
    until = desk.now() - dt.timedelta(days=RECENT_DAYS + 1)
    history = write_history(desk, people=people - (recent - back), until=until, seed=seed,
                            coming_back=back, progress=progress)
    if progress is not None:
        progress("present", 0, recent)
    # the planned new people, and as many returning ones as the history could offer
    with _unsynced(desk):
        summary = demo.fill_demo(desk, people=recent - back + len(history.coming_back),
                                 seed=seed, recent_days=RECENT_DAYS, busy_days=BUSY_DAYS,
                                 returning=list(history.coming_back))
    return demo.DemoSummary(summary.station, added + summary.officers_added,
                            history.people + summary.people_registered,
                            history.stays + summary.stays_registered)
