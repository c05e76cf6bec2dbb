"""The security check and belongings custody: items found and their dispositions, bags and what
they hold, every custody change as a logged movement, counting back at departure, and disposal
of unclaimed items by two officers. Each public call is one transaction with its audit record."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from rescue_desk.domain import idnumber
from rescue_desk.domain.custody import (
    DEFAULT_LOCATIONS,
    HELD_STATES,
    REFUSED_CHECK_REASON,
    Disposition,
    ItemKind,
    ItemState,
    Movement,
    PoliceDetailsNeeded,
    SecondOfficerNeeded,
    WitnessNeeded,
    check_cash_counters,
    check_disposition,
    check_move,
    disposal_due,
    due_date,
)
from rescue_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    DeskError,
    NotFound,
    PermissionDenied,
    RequiredField,
)
from rescue_desk.domain.inputs import (
    as_sequence,
    is_record_id,
    lookup_key,
    query_text,
    shown,
)
from rescue_desk.domain.intake import Outcome, StayStatus
from rescue_desk.domain.models import (
    Bag,
    CustodyMovement,
    SecurityCheck,
    SeizedItem,
    Setting,
    Stay,
    StoredItem,
    User,
)
from rescue_desk.domain.money import check_fen
from rescue_desk.domain.roles import Permission
from rescue_desk.domain.text import clean_text
from rescue_desk.services import audit
from rescue_desk.services.desk import Desk, Officer
from rescue_desk.services.intake import _next, display_name, find_stay
from rescue_desk.services.settings import SettingsService
from rescue_desk.store.db import prefix_range

LOCATIONS_KEY = "storage_locations"

LABELS = {
    "description": QT_TRANSLATE_NOOP("Field", "description"),
    "condition": QT_TRANSLATE_NOOP("Field", "condition"),
    "serial": QT_TRANSLATE_NOOP("Field", "serial number"),
    "seal_no": QT_TRANSLATE_NOOP("Field", "seal number"),
    "notes": QT_TRANSLATE_NOOP("Field", "notes"),
    "note": QT_TRANSLATE_NOOP("Field", "note"),
    "police_unit": QT_TRANSLATE_NOOP("Field", "police unit"),
    "police_officer": QT_TRANSLATE_NOOP("Field", "police officer"),
    "police_receipt_no": QT_TRANSLATE_NOOP("Field", "receipt number"),
    "witness": QT_TRANSLATE_NOOP("Field", "witness"),
    "location": QT_TRANSLATE_NOOP("Field", "storage place"),
    "body_checked_by": QT_TRANSLATE_NOOP("Field", "officer who did the body check"),
    "bag": QT_TRANSLATE_NOOP("Field", "bag"),
    "stay": QT_TRANSLATE_NOOP("Field", "case"),
    "item": QT_TRANSLATE_NOOP("Field", "item"),
    "second_officer": QT_TRANSLATE_NOOP("Field", "second officer"),
    "movement": QT_TRANSLATE_NOOP("Field", "custody change"),
}


class NotSameSex(DeskError):
    code = "body_check_same_sex"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The body check is done by an officer of the same sex as the person.")


class AlreadyChecked(DeskError):
    code = "already_checked"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Case {case_no} already has its security check.")


class StayEnded(DeskError):
    code = "stay_ended"
    template = QT_TRANSLATE_NOOP("DeskError", "Case {case_no} has ended; nothing can be added.")


class BadTemperature(DeskError):
    code = "bad_temperature"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Write the temperature in °C, e.g. 36.5 (between 30 and 45).")


class BadQuantity(DeskError):
    code = "bad_quantity"
    template = QT_TRANSLATE_NOOP("DeskError", "The quantity is a whole number from 1 to 9999.")


class LocationUnknown(DeskError):
    code = "location_unknown"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Choose a storage place from the station's list (Settings).")


class NoItems(DeskError):
    code = "no_items"
    template = QT_TRANSLATE_NOOP("DeskError", "A bag needs at least one item.")


class MissingNeedsNote(DeskError):
    code = "missing_needs_note"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "An item found missing needs a note saying what is known.")


class DisposalNeedsTwo(DeskError):
    code = "disposal_needs_two"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Disposal is done by two officers: choose the second officer.")


class NotDue(DeskError):
    code = "not_due"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "This item may not be disposed of before {date}.")


class ItemsUnaccounted(DeskError):
    """Raised by departures while belongings are still held (leader may override)."""

    code = "items_unaccounted"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "{count} items held for this person are not yet counted back. Count them back first, "
        "or the leader on duty may decide with a reason.")


# -- inputs ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ItemForm:
    """An item found at the check or put in a bag."""

    kind: ItemKind = ItemKind.OTHER
    description: str = ""
    quantity: int = 1
    disposition: Disposition = Disposition.HELD
    condition: str = ""
    serial: str = ""
    cash_fen: int | None = None  #: cash only
    counted_by_second: str = ""  #: cash: the second officer's login
    seal_no: str = ""  #: valuables
    police_unit: str = ""
    police_officer: str = ""
    police_receipt_no: str = ""
    witness: str = ""
    note: str = ""


@dataclasses.dataclass(frozen=True)
class CheckForm:
    body_checked_by: str = ""  #: officer login (same sex as the person)
    baggage_checked: bool = True
    temperature: str = ""  #: °C as typed, e.g. "36.5"
    notes: str = ""
    refused: bool = False  #: refusing the check ends the intake
    items: tuple[ItemForm, ...] = ()
    location: str = ""  #: where the bag of held items goes


# -- outputs --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class StoredItemRow:
    id: int
    bag_no: str
    kind: str
    description: str
    quantity: int
    condition: str
    serial: str
    cash_fen: int | None
    counted_by: str
    counted_by_second: str
    seal_no: str
    state: str
    settled_note: str
    settled_at: dt.datetime | None


@dataclasses.dataclass(frozen=True)
class MovementRow:
    at: dt.datetime
    bag_no: str
    item_id: int | None
    movement: str
    officer: str
    second_officer: str
    from_location: str
    to_location: str
    reference: str
    note: str


@dataclasses.dataclass(frozen=True)
class BagRow:
    bag_no: str
    case_no: str
    person_name: str
    location: str
    owner_signed: bool
    created_at: dt.datetime
    items: tuple[StoredItemRow, ...]

    @property
    def held(self) -> tuple[StoredItemRow, ...]:
        return tuple(i for i in self.items if i.state in HELD_STATES)


@dataclasses.dataclass(frozen=True)
class SeizedRow:
    kind: str
    description: str
    quantity: int
    disposition: str
    police_unit: str
    police_officer: str
    police_receipt_no: str
    witness: str
    note: str


@dataclasses.dataclass(frozen=True)
class CustodyRecord:
    """Everything about a stay's check and belongings, for the page and the printed forms."""

    station_name: str
    station_hotline: str
    is_demo: bool
    case_no: str
    person_name: str
    person_sex: str
    id_number_shown: str
    arrived_at: dt.datetime
    stay_status: str
    ended_at: dt.datetime | None
    checked: bool
    checked_at: dt.datetime | None
    body_checked_by: str  #: officer's name
    baggage_checked: bool
    temperature: str
    notes: str
    refused: bool
    recorded_by: str
    seized: tuple[SeizedRow, ...]
    bags: tuple[BagRow, ...]
    movements: tuple[MovementRow, ...]

    @property
    def held_items(self) -> tuple[StoredItemRow, ...]:
        return tuple(i for bag in self.bags for i in bag.held)

    @property
    def cash_fen(self) -> int:
        return sum(i.cash_fen or 0 for bag in self.bags for i in bag.items)


@dataclasses.dataclass(frozen=True)
class DueItem:
    item: StoredItemRow
    case_no: str
    person_name: str
    location: str
    ended_at: dt.datetime
    due: dt.date


@dataclasses.dataclass(frozen=True)
class DisposalRecord:
    """What one disposal did, for its printed record."""

    station_name: str
    is_demo: bool
    disposal_no: str
    at: dt.datetime
    officer: str
    second_officer: str
    note: str
    items: tuple[DueItem, ...]


@dataclasses.dataclass(frozen=True)
class StayCustodyRow:
    """A stay in the station, with how far its check and custody have gone."""

    case_no: str
    person_name: str
    sex: str
    arrived_at: dt.datetime
    status: str
    checked: bool
    bags: int
    held: int


@dataclasses.dataclass(frozen=True)
class StoreRoomRow:
    bag_no: str
    location: str
    case_no: str
    person_name: str
    stay_status: str
    held: int
    cash_fen: int
    created_at: dt.datetime


def _temperature(text: str) -> int | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise BadTemperature(field="temperature")
    text = text.strip().replace("℃", "").replace("°C", "").strip()
    if not text:
        return None
    try:
        value = round(float(text) * 10)
    except (ValueError, OverflowError):  # not a number, NaN, infinity
        raise BadTemperature(field="temperature") from None
    if not 300 <= value <= 450:
        raise BadTemperature(field="temperature")
    return value


def _quantity(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
        raise BadQuantity(field="quantity")
    return value


class CustodyService:
    """Security check and belongings."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- settings -------------------------------------------------------------------------
    def locations(self) -> tuple[str, ...]:
        """The station's storage places (shelves, lockers)."""
        with self.desk.db.read() as s:
            row = s.get(Setting, LOCATIONS_KEY)
            if row is not None and isinstance(row.value, list) and row.value:
                return tuple(str(v) for v in row.value)
        return DEFAULT_LOCATIONS

    def set_locations(self, places: list[str]) -> None:
        officer = self.desk.require(Permission.EDIT_RULES)
        cleaned = []
        given = as_sequence(places)
        if given is None:
            raise RequiredField(field="location", label=LABELS["location"])
        for place in given:
            text = clean_text(place, LABELS["location"], limit=40, field="location")
            if text and text not in cleaned:
                cleaned.append(text)
        if not cleaned:
            raise RequiredField(field="location", label=LABELS["location"])
        with self.desk.db.write() as s:
            row = s.get(Setting, LOCATIONS_KEY)
            old = row.value if row is not None else list(DEFAULT_LOCATIONS)
            if row is None:
                s.add(Setting(key=LOCATIONS_KEY, value=cleaned))
            else:
                row.value = cleaned
            audit.record(s, officer, self.desk.now(), "setting.update", "setting",
                         LOCATIONS_KEY, {"value": [old, cleaned]})

    def officers(self, sex: str | None = None) -> list[tuple[str, str]]:
        """(login, name) of active officers, of one sex if given: for body checks and second
        counters."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            query = select(User.login, User.name).where(User.active.is_(True))
            if sex in ("M", "F"):
                query = query.where(User.sex == sex)
            return [(login, name) for login, name in s.execute(query.order_by(User.name))]

    # -- helpers --------------------------------------------------------------------------
    def _stay(self, s: Session, case_no: str) -> Stay:
        return find_stay(s, case_no)

    def _bag(self, s: Session, bag_no: str) -> Bag:
        key = lookup_key(bag_no, limit=40)
        bag = s.execute(select(Bag).where(Bag.bag_no == key.upper())).scalar_one_or_none() \
            if key else None
        if bag is None:
            raise NotFound(field="bag_no", what=LABELS["bag"], key=shown(bag_no))
        return bag

    def _second(self, s: Session, login: str, officer: Officer,
                error: type[DeskError]) -> User:
        """The second officer: an active officer other than the one logged in."""
        key = lookup_key(login, limit=40)
        user = s.execute(select(User).where(User.login == key.lower(),
                                            User.active.is_(True))).scalar_one_or_none() \
            if key else None
        if user is None or user.login == officer.login:
            raise error(field="second_officer")
        return user

    def _clean_item(self, s: Session, form: ItemForm, officer: Officer) -> dict:
        if not isinstance(form, ItemForm):
            raise RequiredField(field="items", label=LABELS["item"])
        try:
            kind = ItemKind(form.kind)
            disposition = Disposition(form.disposition)
        except ValueError:
            raise RequiredField(field="kind", label=LABELS["item"]) from None
        check_disposition(kind, disposition)
        t = clean_text
        values = {
            "kind": kind, "disposition": disposition,
            "description": t(form.description, LABELS["description"], limit=200, required=True,
                             field="description"),
            "quantity": _quantity(form.quantity),
        }
        for key, limit in (("condition", 100), ("serial", 100), ("seal_no", 40),
                           ("police_unit", 100), ("police_officer", 60),
                           ("police_receipt_no", 60), ("witness", 60), ("note", 500)):
            values[key] = t(getattr(form, key), LABELS[key], limit=limit, field=key)
        if disposition == Disposition.POLICE and not (
                values["police_unit"] and values["police_officer"]
                and values["police_receipt_no"]):
            raise PoliceDetailsNeeded(field="police_unit")
        if disposition == Disposition.DESTROYED and not values["witness"]:
            raise WitnessNeeded(field="witness")
        values["cash_fen"] = None
        values["counted_by_second"] = ""
        if kind == ItemKind.CASH and disposition == Disposition.HELD:
            values["cash_fen"] = check_fen(form.cash_fen, field="cash")
            second = self._second(s, form.counted_by_second, officer, SecondOfficerNeeded)
            check_cash_counters(officer.login, second.login)
            values["counted_by_second"] = second.login
        return values

    def _new_bag(self, s: Session, stay: Stay, location: object, officer: Officer,
                 items: list[dict], now: dt.datetime) -> Bag:
        location = lookup_key(location, limit=40)
        if location not in self.locations():
            raise LocationUnknown(field="location")
        if not items:
            raise NoItems(field="items")
        year = now.year
        bag = Bag(bag_no=f"{year}-B{_next(s, f'bag:{year}'):05d}", stay_id=stay.id,
                  location=location, owner_signed=False, created_at=now,
                  created_by=officer.login)
        s.add(bag)
        s.flush()
        for values in items:
            item = StoredItem(
                bag_id=bag.id, kind=values["kind"].value, description=values["description"],
                quantity=values["quantity"], condition=values["condition"],
                serial=values["serial"], cash_fen=values["cash_fen"],
                counted_by=officer.login if values["cash_fen"] is not None else "",
                counted_by_second=values["counted_by_second"], seal_no=values["seal_no"],
                state=ItemState.IN_STORE.value)
            s.add(item)
            s.flush()
            s.add(CustodyMovement(bag_id=bag.id, item_id=item.id, movement=Movement.STORED,
                                  at=now, officer=officer.login,
                                  second_officer=values["counted_by_second"],
                                  to_location=location))
        audit.record(s, officer, now, "bag.create", "bag", bag.bag_no, {
            "case_no": stay.case_no, "location": location,
            "items": [{"kind": v["kind"].value, "description": v["description"],
                       "quantity": v["quantity"], "cash_fen": v["cash_fen"],
                       "counted_by_second": v["counted_by_second"], "seal_no": v["seal_no"],
                       "serial": v["serial"]} for v in items]})
        return bag

    # -- the security check ---------------------------------------------------------------
    def record_check(self, case_no: str, form: CheckForm) -> CustodyRecord:
        """Record the check of a stay. Held items go into a new bag at ``form.location``.
        Refusing the check ends the intake (the refusal notice can then be printed)."""
        officer = self.desk.require(Permission.SECURITY_CHECK)
        now = self.desk.now()
        if not isinstance(form, CheckForm):
            raise RequiredField(field="body_checked_by", label=LABELS["body_checked_by"])
        notes = clean_text(form.notes, LABELS["notes"], limit=2000, field="notes")
        temperature = _temperature(form.temperature)
        found = as_sequence(form.items) if form.items is not None else []
        if found is None:
            raise RequiredField(field="items", label=LABELS["item"])
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            if s.execute(select(SecurityCheck.id).where(SecurityCheck.stay_id == stay.id)
                         ).first():
                raise AlreadyChecked(field="case_no", case_no=stay.case_no)
            if stay.status == StayStatus.CLOSED.value:
                raise StayEnded(field="case_no", case_no=stay.case_no)
            checker = lookup_key(form.body_checked_by, limit=40)
            body = s.execute(select(User).where(
                User.login == checker.lower(), User.active.is_(True))).scalar_one_or_none() \
                if checker else None
            if body is None:
                raise RequiredField(field="body_checked_by", label=LABELS["body_checked_by"])
            if stay.person.sex in ("M", "F") and body.sex != stay.person.sex:
                raise NotSameSex(field="body_checked_by")
            items = [self._clean_item(s, item, officer) for item in found]
            check = SecurityCheck(stay_id=stay.id, checked_at=now, body_checked_by=body.login,
                                  baggage_checked=bool(form.baggage_checked),
                                  temperature_tenths=temperature, notes=notes,
                                  refused=bool(form.refused), recorded_by=officer.login)
            s.add(check)
            s.flush()
            for values in items:
                s.add(SeizedItem(
                    check_id=check.id, kind=values["kind"].value,
                    description=values["description"], quantity=values["quantity"],
                    disposition=values["disposition"].value,
                    police_unit=values["police_unit"], police_officer=values["police_officer"],
                    police_receipt_no=values["police_receipt_no"], witness=values["witness"],
                    note=values["note"]))
            held = [v for v in items if v["disposition"] == Disposition.HELD]
            bag = None
            if held and not form.refused:
                bag = self._new_bag(s, stay, form.location, officer, held, now)
            audit.record(s, officer, now, "security.check", "stay", stay.case_no, {
                "body_checked_by": body.login, "baggage_checked": check.baggage_checked,
                "temperature_tenths": temperature, "refused": check.refused,
                "items": [{"kind": v["kind"].value, "description": v["description"],
                           "disposition": v["disposition"].value} for v in items],
                "bag": bag.bag_no if bag else None})
            if form.refused:
                stay.outcome = Outcome.REFUSE.value
                stay.outcome_reason = REFUSED_CHECK_REASON
                stay.status = StayStatus.CLOSED.value
                stay.ended_at = now
                audit.record(s, officer, now, "stay.refused", "stay", stay.case_no,
                             {"reason": stay.outcome_reason})
        return self.record(case_no)

    # -- bags -----------------------------------------------------------------------------
    def add_bag(self, case_no: str, location: str, items: tuple[ItemForm, ...]) -> str:
        """Another bag for a stay (things handed in later). Returns the bag number."""
        officer = self.desk.require(Permission.CUSTODY)
        now = self.desk.now()
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            if stay.status == StayStatus.CLOSED.value:
                raise StayEnded(field="case_no", case_no=stay.case_no)
            given = as_sequence(items)
            if given is None or not all(isinstance(i, ItemForm) for i in given):
                raise RequiredField(field="items", label=LABELS["item"])
            values = [self._clean_item(s, dataclasses.replace(i, disposition=Disposition.HELD),
                                       officer) for i in given]
            return self._new_bag(s, stay, location, officer, values, now).bag_no

    def mark_owner_signed(self, bag_no: str) -> None:
        """The owner signed (or put a fingerprint on) the printed receipt."""
        officer = self.desk.require(Permission.CUSTODY)
        with self.desk.db.write() as s:
            bag = self._bag(s, bag_no)
            if bag.owner_signed:
                return
            bag.owner_signed = True
            audit.record(s, officer, self.desk.now(), "bag.signed", "bag", bag.bag_no)

    def move(self, bag_no: str, movement: Movement, *, item_ids: tuple[int, ...] = (),
             to_location: str = "", second_officer: str = "", reference: str = "",
             note: str = "") -> None:
        """Log one custody change for a bag (MOVED: the whole bag) or some of its items."""
        officer = self.desk.require(Permission.CUSTODY)
        now = self.desk.now()
        note = clean_text(note, LABELS["note"], limit=500, field="note")
        reference = clean_text(reference, LABELS["police_receipt_no"], limit=60,
                               field="reference")
        try:
            movement = Movement(movement)
        except ValueError:
            raise RequiredField(field="movement", label=LABELS["movement"]) from None
        item_ids = as_sequence(item_ids) if item_ids is not None else []
        if item_ids is None or not all(is_record_id(i) for i in item_ids):
            raise NotFound(field="items", what=LABELS["item"], key=shown(item_ids))
        if movement in (Movement.RETURNED, Movement.MISSING, Movement.DISPOSED):
            raise PermissionDenied(action=movement.value)  # only through return/dispose
        with self.desk.db.write() as s:
            bag = self._bag(s, bag_no)
            if movement == Movement.MOVED:
                if to_location not in self.locations():
                    raise LocationUnknown(field="location")
                s.add(CustodyMovement(bag_id=bag.id, movement=movement, at=now,
                                      officer=officer.login, from_location=bag.location,
                                      to_location=to_location, note=note))
                audit.record(s, officer, now, "bag.move", "bag", bag.bag_no,
                             {"location": [bag.location, to_location]})
                bag.location = to_location
                return
            if movement == Movement.TO_POLICE and not reference:
                raise PoliceDetailsNeeded(field="reference")
            chosen = [i for i in bag.items if not item_ids or i.id in item_ids]
            if not chosen:
                raise NoItems(field="items")
            for item in chosen:
                item.state = check_move(ItemState(item.state), movement).value
                if item.state not in {s_.value for s_ in HELD_STATES}:
                    item.settled_at, item.settled_note = now, note
                s.add(CustodyMovement(bag_id=bag.id, item_id=item.id, movement=movement,
                                      at=now, officer=officer.login, from_location=bag.location,
                                      reference=reference, note=note))
            audit.record(s, officer, now, f"custody.{movement.value}", "bag", bag.bag_no,
                         {"items": [i.id for i in chosen], "reference": reference,
                          "note": note})

    # -- counting back ----------------------------------------------------------------------
    def unaccounted(self, case_no: str) -> list[StoredItemRow]:
        """Items the station still holds for this stay (departure checks this)."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            stay = self._stay(s, case_no)
            return [self._item_row(i, bag.bag_no) for bag in self._bags(s, stay)
                    for i in bag.items if i.state in {st.value for st in HELD_STATES}]

    def require_accounted(self, case_no: str) -> None:
        """A DeskError while belongings are not counted back (for the departure service)."""
        held = self.unaccounted(case_no)
        if held:
            raise ItemsUnaccounted(field="belongings", count=len(held))

    def count_back(self, case_no: str, results: dict[int, tuple[bool, str]]) -> None:
        """Mark each listed item returned (True) or missing (False, with a note)."""
        officer = self.desk.require()
        if not (officer.may(Permission.CUSTODY) or officer.may(Permission.DEPARTURE)):
            raise PermissionDenied(action=Permission.CUSTODY.value)
        now = self.desk.now()
        if not isinstance(results, dict):
            raise NotFound(field="items", what=LABELS["item"], key=shown(results))
        with self.desk.db.write() as s:
            stay = self._stay(s, case_no)
            items = {i.id: (i, bag) for bag in self._bags(s, stay) for i in bag.items}
            done = []
            for item_id, result in results.items():
                if not is_record_id(item_id) or item_id not in items:
                    raise NotFound(field="items", what=LABELS["item"], key=shown(item_id))
                if not isinstance(result, tuple | list) or len(result) != 2:
                    raise RequiredField(field="items", label=LABELS["item"])
                returned, note = result
                item, bag = items[item_id]
                note = clean_text(note, LABELS["note"], limit=500, field="note")
                movement = Movement.RETURNED if returned else Movement.MISSING
                if not returned and not note:
                    raise MissingNeedsNote(field="note")
                item.state = check_move(ItemState(item.state), movement).value
                item.settled_at, item.settled_note = now, note
                s.add(CustodyMovement(bag_id=bag.id, item_id=item.id, movement=movement,
                                      at=now, officer=officer.login,
                                      from_location=bag.location, note=note))
                done.append({"item": item.id, "bag": bag.bag_no, "state": item.state,
                             "note": note})
            if done:
                audit.record(s, officer, now, "custody.count_back", "stay", stay.case_no,
                             {"items": done})

    # -- unclaimed items ------------------------------------------------------------------
    def due_for_disposal(self) -> list[DueItem]:
        """Items still held for stays that ended longer ago than the retention period."""
        self.desk.require(Permission.CUSTODY)
        keep = int(SettingsService(self.desk).get("unclaimed_keep_days"))
        today = self.desk.now().date()
        latest_end = dt.datetime.combine(today - dt.timedelta(days=keep), dt.time.max)
        with self.desk.db.read() as s:
            rows = s.execute(
                select(StoredItem, Bag, Stay)
                .join(Bag, StoredItem.bag_id == Bag.id).join(Stay, Bag.stay_id == Stay.id)
                .where(StoredItem.state.in_([st.value for st in HELD_STATES]),
                       Stay.ended_at.is_not(None), Stay.ended_at <= latest_end)
                .order_by(Stay.ended_at, Bag.bag_no, StoredItem.id)
            ).all()
            return [DueItem(self._item_row(item, bag.bag_no), stay.case_no,
                            display_name(stay.person), bag.location, stay.ended_at,
                            due_date(stay.ended_at, keep))
                    for item, bag, stay in rows
                    if disposal_due(stay.ended_at, today, keep)]

    def dispose(self, item_ids: tuple[int, ...], *, second_officer: str,
                note: str = "") -> DisposalRecord:
        """Dispose of unclaimed items (two officers); returns the record to print."""
        officer = self.desk.require(Permission.CUSTODY)
        now = self.desk.now()
        note = clean_text(note, LABELS["note"], limit=500, field="note")
        keep = int(SettingsService(self.desk).get("unclaimed_keep_days"))
        item_ids = as_sequence(item_ids)
        if not item_ids:
            raise NoItems(field="items")
        for item_id in item_ids:
            if not is_record_id(item_id):
                raise NotFound(field="items", what=LABELS["item"], key=shown(item_id))
        with self.desk.db.write() as s:
            second = self._second(s, second_officer, officer, DisposalNeedsTwo)
            number = f"{now.year}-D{_next(s, f'disposal:{now.year}'):04d}"
            disposed = []
            for item_id in item_ids:
                item = s.get(StoredItem, item_id)
                if item is None:
                    raise NotFound(field="items", what=LABELS["item"], key=item_id)
                bag = item.bag
                stay = s.get(Stay, bag.stay_id)
                if not disposal_due(stay.ended_at, now.date(), keep):
                    when = due_date(stay.ended_at, keep) if stay.ended_at else None
                    raise NotDue(field="items", date=when.isoformat() if when else "—")
                item.state = check_move(ItemState(item.state), Movement.DISPOSED).value
                item.settled_at, item.settled_note = now, note
                s.add(CustodyMovement(bag_id=bag.id, item_id=item.id,
                                      movement=Movement.DISPOSED, at=now,
                                      officer=officer.login, second_officer=second.login,
                                      from_location=bag.location, reference=number,
                                      note=note))
                disposed.append(DueItem(self._item_row(item, bag.bag_no), stay.case_no,
                                        display_name(stay.person), bag.location,
                                        stay.ended_at, due_date(stay.ended_at, keep)))
            audit.record(s, officer, now, "custody.dispose", "disposal", number, {
                "items": list(item_ids), "second_officer": second.login, "note": note})
            station = self._station(s)
            return DisposalRecord(station[0], station[2], number, now, officer.name,
                                  second.name, note, tuple(disposed))

    # -- reading --------------------------------------------------------------------------
    @staticmethod
    def _bags(s: Session, stay: Stay) -> list[Bag]:
        return list(s.execute(select(Bag).where(Bag.stay_id == stay.id).order_by(Bag.id)
                              ).scalars())

    @staticmethod
    def _item_row(item: StoredItem, bag_no: str) -> StoredItemRow:
        return StoredItemRow(item.id, bag_no, item.kind, item.description, item.quantity,
                             item.condition, item.serial, item.cash_fen, item.counted_by,
                             item.counted_by_second, item.seal_no, item.state,
                             item.settled_note, item.settled_at)

    @staticmethod
    def _station(s: Session) -> tuple[str, str, bool]:
        from rescue_desk.domain.models import Station

        st = s.execute(select(Station)).scalar_one_or_none()
        return (st.name, st.hotline, st.is_demo) if st else ("", "", False)

    def _names(self, s: Session) -> dict[str, str]:
        return dict(s.execute(select(User.login, User.name)).all())

    def record(self, case_no: str) -> CustodyRecord:
        """The check, items found, bags and the custody log of a stay."""
        officer = self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            stay = self._stay(s, case_no)
            check = s.execute(select(SecurityCheck).where(SecurityCheck.stay_id == stay.id)
                              ).scalar_one_or_none()
            names = self._names(s)
            bags = self._bags(s, stay)
            bag_rows = tuple(
                BagRow(b.bag_no, stay.case_no, display_name(stay.person), b.location,
                       b.owner_signed, b.created_at,
                       tuple(self._item_row(i, b.bag_no) for i in b.items)) for b in bags)
            by_id = {b.id: b.bag_no for b in bags}
            movements = tuple(
                MovementRow(m.at, by_id[m.bag_id], m.item_id, m.movement,
                            names.get(m.officer, m.officer),
                            names.get(m.second_officer, m.second_officer), m.from_location,
                            m.to_location, m.reference, m.note)
                for m in s.execute(select(CustodyMovement)
                                   .where(CustodyMovement.bag_id.in_(list(by_id)))
                                   .order_by(CustodyMovement.at, CustodyMovement.id)).scalars()
            ) if by_id else ()
            station = self._station(s)
            person = stay.person
            shown = person.id_number if officer.may(Permission.VIEW_FULL_ID) \
                else idnumber.mask(person.id_number)
            temp = f"{check.temperature_tenths / 10:.1f}" \
                if check and check.temperature_tenths is not None else ""
            return CustodyRecord(
                station[0], station[1], station[2], stay.case_no, display_name(person),
                person.sex, shown, stay.arrived_at, stay.status, stay.ended_at,
                check is not None, check.checked_at if check else None,
                names.get(check.body_checked_by, check.body_checked_by) if check else "",
                check.baggage_checked if check else False, temp,
                check.notes if check else "", check.refused if check else False,
                names.get(check.recorded_by, check.recorded_by) if check else "",
                tuple(SeizedRow(i.kind, i.description, i.quantity, i.disposition,
                                i.police_unit, i.police_officer, i.police_receipt_no,
                                i.witness, i.note) for i in (check.items if check else [])),
                bag_rows, movements)

    def stays(self, *, limit: int = 300) -> list[StayCustodyRow]:
        """Stays in the station (and in hospital), newest first, unchecked ones first."""
        self.desk.require(Permission.SEARCH)
        from rescue_desk.domain.models import Person

        held = [st.value for st in HELD_STATES]
        with self.desk.db.read() as s:
            bag_counts = (
                select(Bag.stay_id, func.count(func.distinct(Bag.id)).label("bags"),
                       func.sum(case((StoredItem.state.in_(held), 1), else_=0)).label("held"))
                .join(StoredItem, StoredItem.bag_id == Bag.id, isouter=True)
                .group_by(Bag.stay_id).subquery())
            rows = s.execute(
                select(Stay, Person, SecurityCheck.id, bag_counts.c.bags, bag_counts.c.held)
                .join(Person, Stay.person_id == Person.id)
                .join(SecurityCheck, SecurityCheck.stay_id == Stay.id, isouter=True)
                .join(bag_counts, bag_counts.c.stay_id == Stay.id, isouter=True)
                .where(Stay.status != StayStatus.CLOSED.value)
                .order_by(Stay.arrived_at.desc()).limit(limit)).all()
            result = [StayCustodyRow(stay.case_no, display_name(person), person.sex,
                                     stay.arrived_at, stay.status, check_id is not None,
                                     int(bags or 0), int(h or 0))
                      for stay, person, check_id, bags, h in rows]
        return sorted(result, key=lambda r: r.checked)

    def bag(self, bag_no: str) -> BagRow:
        """One bag (scanning a bag tag opens it)."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            bag = self._bag(s, bag_no)
            stay = s.get(Stay, bag.stay_id)
            return BagRow(bag.bag_no, stay.case_no, display_name(stay.person), bag.location,
                          bag.owner_signed, bag.created_at,
                          tuple(self._item_row(i, bag.bag_no) for i in bag.items))

    def store_room(self, *, location: str = "", query: str = "",
                   include_settled: bool = False, limit: int = 500) -> list[StoreRoomRow]:
        """Bags by storage place, optionally one place or bag numbers starting with ``query``."""
        self.desk.require(Permission.SEARCH)
        held = [st.value for st in HELD_STATES]
        with self.desk.db.read() as s:
            counts = (
                select(StoredItem.bag_id,
                       func.sum(case((StoredItem.state.in_(held), 1), else_=0)).label("held"),
                       func.sum(case((StoredItem.state.in_(held),
                                      func.coalesce(StoredItem.cash_fen, 0)), else_=0)
                                ).label("cash"))
                .group_by(StoredItem.bag_id).subquery()
            )
            q = (select(Bag, Stay, counts.c.held, counts.c.cash)
                 .join(Stay, Bag.stay_id == Stay.id)
                 .join(counts, counts.c.bag_id == Bag.id))
            location, query = query_text(location, limit=40), query_text(query, limit=40)
            if location:
                q = q.where(Bag.location == location)
            if query:
                q = q.where(prefix_range(Bag.bag_no, query.upper()))
            if not include_settled:
                q = q.where(counts.c.held > 0)
            rows = s.execute(q.order_by(Bag.location, Bag.bag_no).limit(limit)).all()
            return [StoreRoomRow(bag.bag_no, bag.location, stay.case_no,
                                 display_name(stay.person), stay.status, int(h or 0),
                                 int(c or 0), bag.created_at)
                    for bag, stay, h, c in rows]

    def note_printed(self, key: str, form: str) -> None:
        """Record who printed which custody form (receipt, bag label, check, disposal)."""
        officer = self.desk.require(Permission.SEARCH)
        with self.desk.db.write() as s:
            audit.record(s, officer, self.desk.now(), "print", form, key, {"form": form})
