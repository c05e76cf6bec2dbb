"""SQLAlchemy models of the station: station, officers and roles, settings, and the audit trail.

Later areas of work add their tables here. Names follow the glossary in DOMAIN.md.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: Constraint names are fixed so that Alembic batch migrations on SQLite can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Station(Base):
    """The station this database belongs to (one row)."""

    __tablename__ = "station"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    hotline: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    region_code: Mapped[str] = mapped_column(String(6), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class User(Base):
    """An officer who logs in at the desk."""

    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    sex: Mapped[str] = mapped_column(String(1))  # "M" or "F": a same-sex body check needs it
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )


class UserRole(Base):
    """One role held by one officer."""

    __tablename__ = "user_role"
    __table_args__ = (UniqueConstraint("user_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30))

    user: Mapped[User] = relationship(back_populates="roles")


class Setting(Base):
    """A local rule's value, stored only when it differs from its default."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class AuditEvent(Base):
    """One change made through a service. Append-only and hash-chained."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    officer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    officer_login: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60))
    changes: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditSeal(Base):
    """The head of the audit chain (one row): count and last hash, so a removed tail is seen."""

    __tablename__ = "audit_seal"

    id: Mapped[int] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class Counter(Base):
    """A sequence (case numbers per year, unidentified persons per year), advanced in the same
    transaction as the row that uses it, never by max()+1."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Person(Base):
    """Who someone is across visits."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    alias: Mapped[str] = mapped_column(String(60), default="")
    unknown_no: Mapped[str | None] = mapped_column(String(30), unique=True, nullable=True)
    sex: Mapped[str] = mapped_column(String(1))  # M, F, or U (not determined)
    ethnicity: Mapped[str] = mapped_column(String(20), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    age_basis: Mapped[str] = mapped_column(String(12), default="estimated")
    id_type: Mapped[str] = mapped_column(String(20), default="none")
    id_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    id_tail: Mapped[str] = mapped_column(String(6), default="", index=True)
    id_warning_reason: Mapped[str] = mapped_column(Text, default="")
    hukou_place: Mapped[str] = mapped_column(String(120), default="")
    residence: Mapped[str] = mapped_column(String(120), default="")
    welfare: Mapped[str] = mapped_column(String(10), default="unknown")
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    height_cm: Mapped[int | None] = mapped_column(Integer, nullable=True)
    build: Mapped[str] = mapped_column(String(40), default="")
    marks: Mapped[str] = mapped_column(String(200), default="")
    clothing: Mapped[str] = mapped_column(String(200), default="")
    dialect: Mapped[str] = mapped_column(String(60), default="")
    vagrancy_reason: Mapped[str] = mapped_column(Text, default="")
    vagrancy_length: Mapped[str] = mapped_column(String(60), default="")
    vagrancy_history: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[list] = mapped_column(JSON, default=list)  # [{name, relation, phone, address}]
    needs: Mapped[str] = mapped_column(Text, default="")
    fingerprints_taken: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id"), nullable=True, index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    stays: Mapped[list[Stay]] = relationship(back_populates="person",
                                             order_by="Stay.arrived_at")


class PersonKey(Base):
    """A search key of a person: pinyin of name and alias (full, initials, other readings)."""

    __tablename__ = "person_key"
    __table_args__ = (UniqueConstraint("person_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    key: Mapped[str] = mapped_column(String(80), index=True)


class PersonPhoto(Base):
    """A person's photo (JPEG), kept apart so lists never load it."""

    __tablename__ = "person_photo"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           primary_key=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Stay(Base):
    """One visit, from arrival to departure."""

    __tablename__ = "stay"
    __table_args__ = (Index("ix_stay_ended_at_arrived_at", "ended_at", "arrived_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(12), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    arrived_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    source: Mapped[str] = mapped_column(String(20))
    escort_unit: Mapped[str] = mapped_column(String(100), default="")
    escort_officers: Mapped[str] = mapped_column(String(100), default="")
    escort_badges: Mapped[str] = mapped_column(String(100), default="")
    escort_phone: Mapped[str] = mapped_column(String(40), default="")
    found_place: Mapped[str] = mapped_column(String(120), default="")
    found_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    inspection: Mapped[list] = mapped_column(JSON, default=list)  # Inspection values
    inspection_note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(20))
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    #: indexed with ``arrived_at`` (ix_stay_ended_at_arrived_at): a report counts the stays that
    #: span its period from the index alone
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    age_at_arrival: Mapped[int | None] = mapped_column(Integer, nullable=True)
    readmission_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    readmission_decision: Mapped[str] = mapped_column(Text, default="")
    registered_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    dna_requested_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    dna_reference: Mapped[str] = mapped_column(String(60), default="")
    placement_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    hotline_call_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    person: Mapped[Person] = relationship(back_populates="stays")


class SecurityCheck(Base):
    """The security check of one stay (安检登记)."""

    __tablename__ = "security_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), unique=True)
    checked_at: Mapped[dt.datetime] = mapped_column(DateTime)
    body_checked_by: Mapped[str] = mapped_column(String(40))  # officer login, same sex
    baggage_checked: Mapped[bool] = mapped_column(Boolean, default=True)
    temperature_tenths: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 365 = 36.5
    notes: Mapped[str] = mapped_column(Text, default="")
    refused: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str] = mapped_column(String(40))

    items: Mapped[list[SeizedItem]] = relationship(back_populates="check",
                                                   order_by="SeizedItem.id")


class SeizedItem(Base):
    """An item found at the security check, with what was done with it."""

    __tablename__ = "seized_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("security_check.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    disposition: Mapped[str] = mapped_column(String(20))
    police_unit: Mapped[str] = mapped_column(String(100), default="")
    police_officer: Mapped[str] = mapped_column(String(60), default="")
    police_receipt_no: Mapped[str] = mapped_column(String(60), default="")
    witness: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    check: Mapped[SecurityCheck] = relationship(back_populates="items")


class Bag(Base):
    """A belongings bag kept for a stay, with its number and storage place."""

    __tablename__ = "bag"

    id: Mapped[int] = mapped_column(primary_key=True)
    bag_no: Mapped[str] = mapped_column(String(20), unique=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    location: Mapped[str] = mapped_column(String(40), index=True)
    owner_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(40))

    items: Mapped[list[StoredItem]] = relationship(back_populates="bag",
                                                   order_by="StoredItem.id")


class StoredItem(Base):
    """One item kept in a bag (代保管物品)."""

    __tablename__ = "stored_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    bag_id: Mapped[int] = mapped_column(ForeignKey("bag.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    condition: Mapped[str] = mapped_column(String(100), default="")
    serial: Mapped[str] = mapped_column(String(100), default="")  # phone IMEI / serial
    cash_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted_by: Mapped[str] = mapped_column(String(40), default="")
    counted_by_second: Mapped[str] = mapped_column(String(40), default="")
    seal_no: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[str] = mapped_column(String(20), index=True)
    settled_note: Mapped[str] = mapped_column(Text, default="")
    settled_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    bag: Mapped[Bag] = relationship(back_populates="items")


class CustodyMovement(Base):
    """A logged custody change: time, officer(s), from and to where. Append-only."""

    __tablename__ = "custody_movement"

    id: Mapped[int] = mapped_column(primary_key=True)
    bag_id: Mapped[int] = mapped_column(ForeignKey("bag.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("stored_item.id"), nullable=True,
                                                index=True)
    movement: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    officer: Mapped[str] = mapped_column(String(40))
    second_officer: Mapped[str] = mapped_column(String(40), default="")
    from_location: Mapped[str] = mapped_column(String(40), default="")
    to_location: Mapped[str] = mapped_column(String(40), default="")
    reference: Mapped[str] = mapped_column(String(60), default="", index=True)  # receipt/record
    note: Mapped[str] = mapped_column(Text, default="")


class Area(Base):
    """An area of the station (分区): a kind, a sex (or mixed), and its rooms."""

    __tablename__ = "area"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    sex: Mapped[str] = mapped_column(String(1), default="")  # M, F, or "" (family: mixed)
    for_minors: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int] = mapped_column(Integer, default=0)  # approved places
    sort: Mapped[int] = mapped_column(Integer, default=0)

    rooms: Mapped[list[Room]] = relationship(back_populates="area",
                                             order_by="(Room.sort, Room.id)")


class Room(Base):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("area_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    sort: Mapped[int] = mapped_column(Integer, default=0)

    area: Mapped[Area] = relationship(back_populates="rooms")
    beds: Mapped[list[Bed]] = relationship(back_populates="room",
                                           order_by="(Bed.sort, Bed.id)")


class Bed(Base):
    """A bed: its label, attributes, and the states an officer sets (a held bed frees itself
    at ``held_until``; occupied comes from its live assignment)."""

    __tablename__ = "bed"
    __table_args__ = (UniqueConstraint("room_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    label: Mapped[str] = mapped_column(String(20))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    lower_bunk: Mapped[bool] = mapped_column(Boolean, default=False)
    accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    near_duty_room: Mapped[bool] = mapped_column(Boolean, default=False)
    out_of_service: Mapped[bool] = mapped_column(Boolean, default=False)
    out_of_service_reason: Mapped[str] = mapped_column(String(200), default="")
    cleaning: Mapped[bool] = mapped_column(Boolean, default=False)
    held_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    held_for: Mapped[str] = mapped_column(String(100), default="")
    held_stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"), nullable=True)
    held_by: Mapped[str] = mapped_column(String(40), default="")

    room: Mapped[Room] = relationship(back_populates="beds")


class BedAssignment(Base):
    """A stay in a bed from ``start_at`` until ``end_at`` (NULL: now). Every move is a new row.

    Two partial unique indexes make "one live bed per stay, one live stay per bed" a rule of the
    database itself, so two desks giving out the same bed at once cannot both succeed.
    """

    __tablename__ = "bed_assignment"
    __table_args__ = (
        Index("uq_bed_assignment_live_bed", "bed_id", unique=True,
              sqlite_where=text("end_at IS NULL"), postgresql_where=text("end_at IS NULL")),
        Index("uq_bed_assignment_live_stay", "stay_id", unique=True,
              sqlite_where=text("end_at IS NULL"), postgresql_where=text("end_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    bed_id: Mapped[int] = mapped_column(ForeignKey("bed.id"), index=True)
    start_at: Mapped[dt.datetime] = mapped_column(DateTime)
    end_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    end_reason: Mapped[str] = mapped_column(String(20), default="")
    assigned_by: Mapped[str] = mapped_column(String(40))
    ended_by: Mapped[str] = mapped_column(String(40), default="")
    breaches: Mapped[list] = mapped_column(JSON, default=list)  # Breach values, if any
    approved_by: Mapped[str] = mapped_column(String(40), default="")  # leader on duty
    approval_reason: Mapped[str] = mapped_column(Text, default="")


class Departure(Base):
    """How a stay ends (离站): prepared, then completed or cancelled. The type's own fields
    are in ``details``; a stay has at most one departure in preparation."""

    __tablename__ = "departure"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    state: Mapped[str] = mapped_column(String(12), index=True)
    planned_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    dest_province: Mapped[str] = mapped_column(String(20), default="")
    dest_city: Mapped[str] = mapped_column(String(40), default="")
    dest_county: Mapped[str] = mapped_column(String(40), default="")
    dest_address: Mapped[str] = mapped_column(String(200), default="")
    cannot_travel_alone: Mapped[bool] = mapped_column(Boolean, default=False)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    cash_fen: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    prepared_at: Mapped[dt.datetime] = mapped_column(DateTime)
    prepared_by: Mapped[str] = mapped_column(String(40))
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True,
                                                             index=True)
    completed_by: Mapped[str] = mapped_column(String(40), default="")
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    cancelled_by: Mapped[str] = mapped_column(String(40), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    exceptions: Mapped[list] = mapped_column(JSON, default=list)  # approved exception codes
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    approval_reason: Mapped[str] = mapped_column(Text, default="")
    form_no: Mapped[str] = mapped_column(String(20), default="")  # notice / voucher number
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    follow_up_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    follow_up_by: Mapped[str] = mapped_column(String(40), default="")
    follow_up_outcome: Mapped[str] = mapped_column(String(20), default="")
    follow_up_note: Mapped[str] = mapped_column(Text, default="")


class ContactCall(Base):
    """A call to a relative, employer or receiving unit about the way home (a call log)."""

    __tablename__ = "contact_call"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    officer: Mapped[str] = mapped_column(String(40))
    contact: Mapped[str] = mapped_column(String(100))  # name and relation
    phone: Mapped[str] = mapped_column(String(40), default="")
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class RosterSlot(Base):
    """One officer on one post in one shift of the duty roster (值班表)."""

    __tablename__ = "roster_slot"
    __table_args__ = (UniqueConstraint("day", "shift", "post", "login"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    shift: Mapped[str] = mapped_column(String(20))
    post: Mapped[str] = mapped_column(String(20))
    login: Mapped[str] = mapped_column(String(40), index=True)


class RosterSwap(Base):
    """A recorded swap: who was replaced by whom on a post of a shift, and why."""

    __tablename__ = "roster_swap"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    shift: Mapped[str] = mapped_column(String(20))
    post: Mapped[str] = mapped_column(String(20))
    from_login: Mapped[str] = mapped_column(String(40))
    to_login: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(40))


class Shift(Base):
    """A shift as worked: its log, headcounts and handover (交接班)."""

    __tablename__ = "shift"
    __table_args__ = (UniqueConstraint("day", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    code: Mapped[str] = mapped_column(String(20))
    start_at: Mapped[dt.datetime] = mapped_column(DateTime)
    end_at: Mapped[dt.datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(12))
    headcount_start: Mapped[dict] = mapped_column(JSON, default=dict)
    headcount_end: Mapped[dict] = mapped_column(JSON, default=dict)
    summary: Mapped[dict] = mapped_column(JSON, default=dict)  # the handover as signed
    outgoing: Mapped[str] = mapped_column(String(40), default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    incoming: Mapped[str] = mapped_column(String(40), default="")
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(40), default="")  # leader's override
    close_reason: Mapped[str] = mapped_column(Text, default="")


class ShiftEntry(Base):
    """An entry of the shift log. Append-only: never updated or deleted (database triggers);
    a correction is a new entry that refers to the old one."""

    __tablename__ = "shift_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    officer: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    area: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    case_no: Mapped[str] = mapped_column(String(12), default="", index=True)
    refers_to: Mapped[int | None] = mapped_column(ForeignKey("shift_entry.id"), nullable=True)


class StayExtension(Base):
    """An extension of the stay limit, filed with the higher civil-affairs department."""

    __tablename__ = "stay_extension"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    approved_by: Mapped[str] = mapped_column(String(100))  # the approving department/person
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(40))


class SearchNotice(Base):
    """A family-search notice (寻亲公告) issued for a stay; a minor's needs a second officer."""

    __tablename__ = "search_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    notice_no: Mapped[str] = mapped_column(String(20), unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(40))
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    health: Mapped[str] = mapped_column(String(200), default="")
    mental_state: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class HotlineCall(Base):
    """A call to the rescue hotline (求助热线) and what was done about it."""

    __tablename__ = "hotline_call"

    id: Mapped[int] = mapped_column(primary_key=True)
    called_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    caller: Mapped[str] = mapped_column(String(60), default="")
    caller_phone: Mapped[str] = mapped_column(String(40), default="")
    place: Mapped[str] = mapped_column(String(200))
    far: Mapped[bool] = mapped_column(Boolean, default=False)
    person: Mapped[str] = mapped_column(String(200), default="")  # who needs help, state
    action: Mapped[str] = mapped_column(String(20))
    team: Mapped[str] = mapped_column(String(100), default="")
    arrived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    result: Mapped[str] = mapped_column(Text, default="")
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(40))


class Patrol(Base):
    """A street patrol (街面巡查): team, vehicle, route and places."""

    __tablename__ = "patrol"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    team: Mapped[str] = mapped_column(String(200))
    staff_count: Mapped[int] = mapped_column(Integer, default=2)
    vehicle: Mapped[str] = mapped_column(String(40), default="")
    route: Mapped[str] = mapped_column(String(300), default="")
    places: Mapped[list] = mapped_column(JSON, default=list)
    cold_wave: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(40))


class PatrolContact(Base):
    """A person met on a patrol, and what came of it."""

    __tablename__ = "patrol_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    patrol_id: Mapped[int] = mapped_column(ForeignKey("patrol.id"), index=True)
    place: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(20))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"), nullable=True)
    follow_up: Mapped[str] = mapped_column(Text, default="")


class SupplyItem(Base):
    """A kind of supplies (棉大衣, 棉被, 食品包…) with its stock and low-stock level."""

    __tablename__ = "supply_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    unit: Mapped[str] = mapped_column(String(10), default="件")
    stock: Mapped[int] = mapped_column(Integer, default=0)
    low_level: Mapped[int] = mapped_column(Integer, default=0)


class SupplyMovement(Base):
    """Stock in (received) or out (handed out), with who received it."""

    __tablename__ = "supply_movement"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_item.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    change: Mapped[int] = mapped_column(Integer)  # + received, - handed out
    stock_after: Mapped[int] = mapped_column(Integer)
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"), nullable=True,
                                                index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_contact.id"),
                                                   nullable=True)
    relief_point: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(100), default="")  # where stock came from
    officer: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
