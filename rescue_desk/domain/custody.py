"""The security check and belongings custody (steps 4 and 5): item kinds, dispositions and what
may happen to each, custody movements, and the rules (ID documents are never withheld, cash is
counted by two officers, destruction needs a witness, unclaimed items after the retention
period)."""

from __future__ import annotations

import datetime as dt
import enum

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError


class ItemKind(enum.StrEnum):
    ID_DOCUMENT = "id_document"  #: 身份证件
    CASH = "cash"  #: 现金
    PHONE = "phone"  #: 手机
    VALUABLE = "valuable"  #: 贵重物品 (sealed)
    MEDICINE = "medicine"  #: 药品
    WEAPON = "weapon"  #: 管制刀具、器械
    DANGEROUS = "dangerous"  #: 易燃易爆、有毒、腐蚀性物品
    PERISHABLE = "perishable"  #: 易腐食品
    CLOTHING = "clothing"
    DOCUMENTS = "documents"  #: 票据、证明
    OTHER = "other"


KIND_LABELS = {
    ItemKind.ID_DOCUMENT: QT_TRANSLATE_NOOP("Custody", "ID document"),
    ItemKind.CASH: QT_TRANSLATE_NOOP("Custody", "Cash"),
    ItemKind.PHONE: QT_TRANSLATE_NOOP("Custody", "Mobile phone"),
    ItemKind.VALUABLE: QT_TRANSLATE_NOOP("Custody", "Valuable"),
    ItemKind.MEDICINE: QT_TRANSLATE_NOOP("Custody", "Medicine"),
    ItemKind.WEAPON: QT_TRANSLATE_NOOP("Custody", "Controlled knife or weapon"),
    ItemKind.DANGEROUS: QT_TRANSLATE_NOOP("Custody", "Flammable, explosive or toxic item"),
    ItemKind.PERISHABLE: QT_TRANSLATE_NOOP("Custody", "Perishable food"),
    ItemKind.CLOTHING: QT_TRANSLATE_NOOP("Custody", "Clothing and bedding"),
    ItemKind.DOCUMENTS: QT_TRANSLATE_NOOP("Custody", "Papers and tickets"),
    ItemKind.OTHER: QT_TRANSLATE_NOOP("Custody", "Other"),
}


class Disposition(enum.StrEnum):
    """What is done with an item found at the security check."""

    HELD = "held"  #: 代保管: kept for the person in a bag
    POLICE = "police"  #: 移交公安 (unit, officer, receipt number)
    ON_THE_SPOT = "on_the_spot"  #: perishables dealt with on the spot
    MEDICINE_STAFF = "medicine_staff"  #: medicine kept by staff
    DESTROYED = "destroyed"  #: needs a witness
    KEPT_BY_PERSON = "kept_by_person"  #: 本人自行保管


DISPOSITION_LABELS = {
    Disposition.HELD: QT_TRANSLATE_NOOP("Custody", "Held for the person"),
    Disposition.POLICE: QT_TRANSLATE_NOOP("Custody", "Handed to the police"),
    Disposition.ON_THE_SPOT: QT_TRANSLATE_NOOP("Custody", "Dealt with on the spot"),
    Disposition.MEDICINE_STAFF: QT_TRANSLATE_NOOP("Custody", "Medicine kept by staff"),
    Disposition.DESTROYED: QT_TRANSLATE_NOOP("Custody", "Destroyed (with a witness)"),
    Disposition.KEPT_BY_PERSON: QT_TRANSLATE_NOOP("Custody", "Kept by the person"),
}


class ItemState(enum.StrEnum):
    """Where a stored item is now."""

    IN_STORE = "in_store"  #: in its bag, in the store room
    OUT_WITH_PERSON = "out_with_person"  #: taken out for the person (to use, e.g. a phone call)
    WITH_PERSON_TO_HOSPITAL = "to_hospital"  #: sent with them to hospital
    HANDED_TO_POLICE = "to_police"
    RETURNED = "returned"  #: counted back to the owner
    MISSING = "missing"  #: not found when counting back (a note says why)
    DISPOSED = "disposed"  #: unclaimed, disposed of by two officers


STATE_LABELS = {
    ItemState.IN_STORE: QT_TRANSLATE_NOOP("Custody", "In store"),
    ItemState.OUT_WITH_PERSON: QT_TRANSLATE_NOOP("Custody", "Out with the person"),
    ItemState.WITH_PERSON_TO_HOSPITAL: QT_TRANSLATE_NOOP("Custody", "Went to hospital with them"),
    ItemState.HANDED_TO_POLICE: QT_TRANSLATE_NOOP("Custody", "Handed to the police"),
    ItemState.RETURNED: QT_TRANSLATE_NOOP("Custody", "Returned"),
    ItemState.MISSING: QT_TRANSLATE_NOOP("Custody", "Missing"),
    ItemState.DISPOSED: QT_TRANSLATE_NOOP("Custody", "Disposed of"),
}

#: States in which the station still answers for the item.
HELD_STATES = frozenset({ItemState.IN_STORE, ItemState.OUT_WITH_PERSON})
#: States that settle an item for good.
SETTLED_STATES = frozenset({ItemState.RETURNED, ItemState.MISSING, ItemState.DISPOSED,
                            ItemState.HANDED_TO_POLICE, ItemState.WITH_PERSON_TO_HOSPITAL})


class Movement(enum.StrEnum):
    """A logged custody change (物品出入记录)."""

    STORED = "stored"
    MOVED = "moved"
    TAKEN_OUT = "taken_out"
    PUT_BACK = "put_back"
    TO_HOSPITAL = "to_hospital"
    TO_POLICE = "to_police"
    RETURNED = "returned"
    MISSING = "missing"
    DISPOSED = "disposed"


MOVEMENT_LABELS = {
    Movement.STORED: QT_TRANSLATE_NOOP("Custody", "Stored"),
    Movement.MOVED: QT_TRANSLATE_NOOP("Custody", "Moved"),
    Movement.TAKEN_OUT: QT_TRANSLATE_NOOP("Custody", "Taken out for the person"),
    Movement.PUT_BACK: QT_TRANSLATE_NOOP("Custody", "Put back"),
    Movement.TO_HOSPITAL: QT_TRANSLATE_NOOP("Custody", "Sent with them to hospital"),
    Movement.TO_POLICE: QT_TRANSLATE_NOOP("Custody", "Handed to the police"),
    Movement.RETURNED: QT_TRANSLATE_NOOP("Custody", "Returned to the owner"),
    Movement.MISSING: QT_TRANSLATE_NOOP("Custody", "Found missing"),
    Movement.DISPOSED: QT_TRANSLATE_NOOP("Custody", "Disposed of"),
}

#: Movement → the state it leaves an item in.
STATE_AFTER = {
    Movement.STORED: ItemState.IN_STORE,
    Movement.MOVED: ItemState.IN_STORE,
    Movement.TAKEN_OUT: ItemState.OUT_WITH_PERSON,
    Movement.PUT_BACK: ItemState.IN_STORE,
    Movement.TO_HOSPITAL: ItemState.WITH_PERSON_TO_HOSPITAL,
    Movement.TO_POLICE: ItemState.HANDED_TO_POLICE,
    Movement.RETURNED: ItemState.RETURNED,
    Movement.MISSING: ItemState.MISSING,
    Movement.DISPOSED: ItemState.DISPOSED,
}

#: Movements allowed from each state.
ALLOWED_MOVES = {
    ItemState.IN_STORE: frozenset({Movement.MOVED, Movement.TAKEN_OUT, Movement.TO_HOSPITAL,
                                   Movement.TO_POLICE, Movement.RETURNED, Movement.MISSING,
                                   Movement.DISPOSED}),
    ItemState.OUT_WITH_PERSON: frozenset({Movement.PUT_BACK, Movement.RETURNED,
                                          Movement.MISSING, Movement.TO_HOSPITAL}),
}

#: The refusal reason recorded (and printed) when a person refuses the security check.
REFUSED_CHECK_REASON = "拒绝接受安全检查"

#: Storage places offered until the station configures its own.
DEFAULT_LOCATIONS = ("A-01", "A-02", "A-03", "A-04", "B-01", "B-02", "B-03", "B-04",
                     "贵重物品柜 1", "贵重物品柜 2")


class IdDocumentWithheld(DeskError):
    code = "id_document_withheld"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "ID documents are never withheld: an ID document stays with its owner.")


class WitnessNeeded(DeskError):
    code = "witness_needed"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Destroying an item needs a witness: write down who witnessed it.")


class PoliceDetailsNeeded(DeskError):
    code = "police_details_needed"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "Handing an item to the police needs the unit, the officer and the receipt number.")


class SecondOfficerNeeded(DeskError):
    code = "second_officer_needed"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Cash is counted by two officers: choose a second officer who counted it.")


class BadMove(DeskError):
    code = "bad_move"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "This item's present state does not allow that change.")


def check_disposition(kind: ItemKind, disposition: Disposition) -> None:
    """ID documents may only stay with their owner (never withheld, handed on or destroyed)."""
    if kind == ItemKind.ID_DOCUMENT and disposition != Disposition.KEPT_BY_PERSON:
        raise IdDocumentWithheld(field="disposition")


def allowed_dispositions(kind: ItemKind) -> tuple[Disposition, ...]:
    """The dispositions the program offers for an item of ``kind``."""
    if kind == ItemKind.ID_DOCUMENT:
        return (Disposition.KEPT_BY_PERSON,)
    return tuple(Disposition)


def check_cash_counters(first: str, second: str) -> None:
    """Cash is counted by two different officers."""
    if not first or not second or first == second:
        raise SecondOfficerNeeded(field="counted_by")


def check_move(state: ItemState, movement: Movement) -> ItemState:
    """The state after ``movement``, if it is allowed from ``state``."""
    if movement not in ALLOWED_MOVES.get(state, frozenset()):
        raise BadMove(field="movement", state=state.value)
    return STATE_AFTER[movement]


def disposal_due(ended_at: dt.datetime | None, today: dt.date, keep_days: int) -> bool:
    """(local) Unclaimed items may be disposed of once ``keep_days`` have passed since the stay
    ended."""
    if ended_at is None:
        return False
    return (today - ended_at.date()).days >= keep_days


def due_date(ended_at: dt.datetime, keep_days: int) -> dt.date:
    return ended_at.date() + dt.timedelta(days=keep_days)
