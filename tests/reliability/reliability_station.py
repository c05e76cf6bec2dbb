"""The reliability tests' station: a small working station made through the services alone (not
from the shared fixtures), copies of it, and the checks every reliability test ends with (file
integrity, schema, audit chain; row counts behind the desk's back)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from rescue_desk.domain.custody import Disposition, ItemKind
from rescue_desk.domain.departure import DepartureType
from rescue_desk.domain.intake import Inspection, Outcome, Source
from rescue_desk.domain.outreach import CallAction, ContactOutcome
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.beds import BedService
from rescue_desk.services.custody import CheckForm, CustodyService, ItemForm
from rescue_desk.services.departures import DepartureForm, DepartureService
from rescue_desk.services.desk import Desk, Officer
from rescue_desk.services.duty import DutyService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.maintenance import check, open_database
from rescue_desk.services.outreach import (
    CallForm,
    ContactForm,
    OutreachService,
    PatrolForm,
)

#: The moment the station's clock stands at.
NOW = dt.datetime(2026, 11, 28, 21, 5)
#: An officer with every role (so one login reaches every service) and a woman officer (body
#: checks of women, the second counter of cash, a leader who approves with her password).
CLERK = ("clerk", "Clerk-pass-1234")
SECOND = ("lina", "Second-pass-5678")


@dataclasses.dataclass(frozen=True)
class Keys:
    """The ids and keys the template station holds (the same in every copy)."""

    cases: list[str]
    person_ids: list[int]
    bag_nos: list[str]
    item_ids: list[int]
    area_ids: list[int]
    room_ids: list[int]
    bed_ids: list[int]
    departure_ids: list[int]
    supply_ids: list[int]
    call_ids: list[int]
    contact_ids: list[int]
    entry_ids: list[int]
    user_ids: list[int]
    shift_keys: list[str]


def read_keys(file: Path) -> Keys:
    """What ``file`` holds, read behind the desk's back."""
    uri = file.resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        def column(sql: str) -> list:
            return [row[0] for row in conn.execute(sql)]

        return Keys(
            column("SELECT case_no FROM stay ORDER BY id"), column("SELECT id FROM person"),
            column("SELECT bag_no FROM bag"), column("SELECT id FROM stored_item"),
            column("SELECT id FROM area"), column("SELECT id FROM room"),
            column("SELECT id FROM bed"), column("SELECT id FROM departure"),
            column("SELECT id FROM supply_item"), column("SELECT id FROM hotline_call"),
            column("SELECT id FROM patrol_contact"), column("SELECT id FROM shift_entry"),
            column("SELECT id FROM user"),
            column("SELECT replace(day, '-', '') || '-' || code FROM shift"))


@dataclasses.dataclass
class Station:
    """A desk on a copy of the station, logged in as the clerk."""

    desk: Desk
    file: Path

    @property
    def url(self) -> str:
        return "sqlite:///" + str(self.file)


def _fixed(now: dt.datetime):
    return lambda: now


def build_station(file: Path) -> None:
    """Station, officers, a small layout, four stays (a man with a bag, a woman, a boy, an
    unidentified man), a departure in preparation, the shift, supplies, a call and a patrol."""
    desk = Desk(open_database("sqlite:///" + str(file), now=NOW), clock=_fixed(NOW))
    try:
        accounts = AccountService(desk)
        desk.officer = accounts.set_up_station(
            name="可靠性测试救助管理站", hotline="010-12345678", address="测试路 1 号",
            region_code="110105",
            admin=NewUser("admin", "王建国", "M", "Admin-pass-7391", frozenset({Role.ADMIN})))
        accounts.create_user(NewUser(CLERK[0], "赵登记", "M", CLERK[1], frozenset(Role)))
        accounts.create_user(NewUser(SECOND[0], "李娜", "F", SECOND[1],
                                     frozenset({Role.SECURITY, Role.LEADER_ON_DUTY})))
        accounts.login(*CLERK)
        BedService(desk).apply_template("small")
        intake = IntakeService(desk)
        earlier = NOW - dt.timedelta(hours=3)
        man = intake.register(PersonForm(name="张大山", sex="M", age=45, phone="13800001111"),
                              StayForm(arrived_at=earlier, inspection=frozenset(
                                  {Inspection.INJURY})))
        woman = intake.register(PersonForm(name="刘小红", sex="F", age=30),
                                StayForm(source=Source.POLICE, escort_unit="朝阳分局",
                                         arrived_at=earlier))
        intake.register(PersonForm(name="陈小明", sex="M", age=12),
                        StayForm(arrived_at=earlier, inspection=frozenset({Inspection.MINOR})))
        intake.register(PersonForm(unknown=True, sex="M", age=60),
                                  StayForm(arrived_at=earlier, outcome=Outcome.ADMIT))
        CustodyService(desk).record_check(man.case_no, CheckForm(
            body_checked_by=CLERK[0], temperature="36.6", location="A-01", items=(
                ItemForm(kind=ItemKind.CASH, description="现金", cash_fen=12_350,
                         counted_by_second=SECOND[0]),
                ItemForm(kind=ItemKind.PHONE, description="手机", serial="IMEI123"),
                ItemForm(kind=ItemKind.WEAPON, description="水果刀",
                         disposition=Disposition.POLICE, police_unit="朝阳分局",
                         police_officer="张警官", police_receipt_no="R1"))))
        beds = BedService(desk)
        beds.assign(man.case_no, beds.suggestion(man.case_no).bed_id)
        DepartureService(desk).prepare(woman.case_no, DepartureForm(
            kind=DepartureType.VOUCHER, dest_province="河南省",
            details={"carrier": "火车", "to_place": "郑州"}))
        duty = DutyService(desk)
        duty.current()
        duty.add_entry("note", "夜间一切正常")
        duty.set_slot(NOW.date(), "night", "reception", [CLERK[0]])
        outreach = OutreachService(desk)
        stock = outreach.stock()
        outreach.receive(stock[0].id, 20, source="民政局")
        outreach.record_call(CallForm(called_at=NOW - dt.timedelta(hours=1), place="北京站",
                                      action=CallAction.TEAM_SENT, caller="路人"))
        outreach.record_patrol(PatrolForm(
            started_at=NOW - dt.timedelta(hours=2), team="巡查一组", places=("北京站",),
            contacts=(ContactForm("老年男性，衣着单薄", ContactOutcome.REFUSED_HELPED,
                                  place="北京站"),)))
    finally:
        desk.db.dispose()


def copy_sqlite(source: Path, target: Path) -> Path:
    """Copy a closed SQLite file (and a WAL, should one be left)."""
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    return target


def make_station(template: Path, file: Path, officer: Officer | None = None) -> Station:
    """A desk on a fresh copy of the station, logged in as the clerk (``officer``, when given,
    is put at the desk without logging in again)."""
    copy_sqlite(template, file)
    desk = Desk(open_database("sqlite:///" + str(file)), clock=_fixed(NOW))
    if officer is None:
        AccountService(desk).login(*CLERK)
    else:
        desk.officer = officer
    return Station(desk, file)


def remove_sqlite(file: Path) -> None:
    """Delete a database file with its WAL and shared-memory files."""
    for path in (file, file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def assert_sound(file: Path, *, schema: bool = True) -> None:
    """``rescue-desk check`` passes: integrity, foreign keys, schema, audit chain. Without
    ``schema`` only the file and the audit chain are checked (quicker: for each example of a
    property test, whose calls never change the schema)."""
    from rescue_desk.services import audit
    from rescue_desk.store.backup import integrity_problems
    from rescue_desk.store.db import Database

    if schema:
        db = Database("sqlite:///" + str(file))
        try:
            problems = [p.message() for p in check(db)]
        finally:
            db.dispose()
    else:
        problems = integrity_problems(file)
        db = Database("sqlite:///" + str(file), read_only=True)
        try:
            with db.read() as s:
                problems += [p.message() for p in audit.verify_chain(s)]
        finally:
            db.dispose()
    assert not problems, problems


def row_counts(file: Path) -> dict[str, int]:
    """Rows in every table (read behind the desk's back, read-only, in one query)."""
    uri = file.resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        counts = conn.execute("SELECT " + ", ".join(
            f'(SELECT count(*) FROM "{t}")' for t in tables)).fetchone()
        return dict(zip(tables, counts, strict=True))
