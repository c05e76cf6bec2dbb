"""Faults a desk meets, each refused with a sentence a clerk can act on and nothing lost: another
desk holding the database, a read-only file or folder, a full disk during a save, a computer
without a Chinese font at every print entry point. (Printer errors and the wait shown while
another desk saves are UI tests: ``tests/ui/test_reliability_faults.py``.)"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from reliability_station import (
    CLERK,
    NOW,
    Station,
    assert_sound,
    copy_sqlite,
    make_station,
    row_counts,
)
from sqlalchemy import event

from rescue_desk.domain.errors import (
    DatabaseBusy,
    DatabaseCannotOpen,
    DatabaseReadOnly,
    DeskError,
    DiskFull,
)
from rescue_desk.printing import (
    bed_sheets,
    custody_forms,
    departure_forms,
    duty_forms,
    fonts,
    intake_forms,
    report_forms,
    sample,
)
from rescue_desk.printing.context import PrintContext
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.beds import BedService
from rescue_desk.services.custody import CustodyService, DisposalRecord
from rescue_desk.services.departures import DepartureService
from rescue_desk.services.desk import Desk
from rescue_desk.services.duty import DutyService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.maintenance import open_database
from rescue_desk.services.reports import ReportService
from rescue_desk.store import db as store_db
from rescue_desk.store.db import Database

HERE = Path(__file__).resolve().parent


def register(desk: Desk, name: str = "孙悟空", **person) -> str:
    """One walk-in intake; returns its case number."""
    return IntakeService(desk).register(PersonForm(name=name, sex="M", age=40, **person),
                                        StayForm()).case_no


def assert_sentence(error: DeskError) -> None:
    """A message with its facts filled in, as the clerk reads it."""
    error.template.format(**error.facts)
    assert error.message() and error.message().endswith((".", "。"))


# -- another desk holds the database ----------------------------------------------------------


@contextlib.contextmanager
def another_desk_writing(file: Path):
    """Another desk in the middle of a write: it holds SQLite's write lock until the end."""
    conn = sqlite3.connect(file, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO counter (name, value) VALUES ('other desk', 1)")
    try:
        yield conn
    finally:
        conn.rollback()
        conn.close()


@pytest.fixture
def quick_station(station_template, tmp_path, monkeypatch) -> Station:
    """The station on a desk that waits 0.2 s (not 10 s) for another desk's write."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    made = make_station(station_template, tmp_path / "quick.db")
    yield made
    made.desk.db.dispose()
    assert_sound(made.file)


def test_a_busy_database_is_refused_after_the_timeout_with_a_message(quick_station):
    """GIVEN another desk holding the write lock WHEN an intake is saved THEN after the busy
    timeout it is refused with DatabaseBusy (a sentence: try again in a few seconds), nothing of
    it is saved, reading still works meanwhile, and saving works once the other desk is done."""
    desk = quick_station.desk
    before = row_counts(quick_station.file)
    with another_desk_writing(quick_station.file):
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as refused:
            register(desk)
        waited = time.monotonic() - started
        assert IntakeService(desk).record("2026-000001").name == "张大山"  # WAL: reads go on
    assert 0.15 <= waited < 5
    assert_sentence(refused.value)
    assert row_counts(quick_station.file) == before
    assert register(desk) == "2026-000005"


# -- read-only file or folder -----------------------------------------------------------------


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` (a file or a folder) made read-only for this process. Root ignores file modes,
    so as root the file is also made immutable (``chattr +i``), or the test is skipped."""
    mode = path.stat().st_mode
    path.chmod(0o555 if path.is_dir() else 0o444)
    immutable = False
    try:
        if os.geteuid() == 0:
            chattr = shutil.which("chattr")
            done = chattr and subprocess.run([chattr, "+i", str(path)],
                                             capture_output=True).returncode == 0
            if not done:
                pytest.skip("running as root without chattr: a read-only file cannot be made")
            immutable = True
        yield path
    finally:
        if immutable:
            subprocess.run([shutil.which("chattr"), "-i", str(path)], check=True)
        path.chmod(mode)


def closed_copy(template: Path, file: Path) -> Path:
    """A copy of the station, opened once by the desk and closed (no WAL files left)."""
    copy_sqlite(template, file)
    open_database("sqlite:///" + str(file)).dispose()
    assert not file.with_name(file.name + "-wal").exists()
    return file


def test_a_read_only_database_file_is_read_but_refuses_saves_with_a_sentence(station_template,
                                                                             tmp_path):
    """GIVEN a database file that is read-only WHEN the desk opens it THEN it reads (search,
    records) but every save is refused with DatabaseReadOnly, a sentence naming the file and
    what to ask for; nothing is half-saved, and once writable again saving works."""
    clerk = make_station(station_template, tmp_path / "login.db")
    clerk.desk.db.dispose()
    file = closed_copy(station_template, tmp_path / "ro.db")
    before = row_counts(station_template)
    with read_only(file):
        desk = Desk(open_database("sqlite:///" + str(file)), clock=lambda: NOW)
        try:
            with pytest.raises(DatabaseReadOnly) as refused:
                AccountService(desk).login(*CLERK)  # a login writes its audit record
            desk.officer = clerk.desk.officer
            assert IntakeService(desk).record("2026-000001").name == "张大山"
            with pytest.raises(DatabaseReadOnly):
                register(desk)
        finally:
            desk.db.dispose()
    assert str(file) in refused.value.message()
    assert_sentence(refused.value)
    assert row_counts(file) == before
    assert_sound(file)
    desk = Desk(open_database("sqlite:///" + str(file)), clock=lambda: NOW)
    desk.officer = clerk.desk.officer
    try:
        assert register(desk) == "2026-000005"
    finally:
        desk.db.dispose()


def test_a_read_only_folder_refuses_to_open_with_a_sentence(station_template, tmp_path):
    """GIVEN a database in a folder this computer may not write (SQLite needs its WAL files
    beside the database) WHEN the desk opens it THEN DatabaseCannotOpen says the folder is
    missing, unreachable or read-only and what to check; the file is untouched."""
    folder = tmp_path / "share"
    folder.mkdir()
    file = closed_copy(station_template, folder / "desk.db")
    before = row_counts(station_template)  # (reading the copy would leave its WAL files)
    with read_only(folder), pytest.raises(DatabaseCannotOpen) as refused:
        Desk(open_database("sqlite:///" + str(file))).db.dispose()
    assert_sentence(refused.value)
    assert str(file) in refused.value.message()
    assert row_counts(file) == before
    assert_sound(file)


def test_a_missing_folder_is_a_sentence_not_a_crash(tmp_path):
    """GIVEN a database path on a drive or share that is gone WHEN the desk reads THEN
    DatabaseCannotOpen with a sentence."""
    db = Database("sqlite:///" + str(tmp_path / "unplugged" / "desk.db"))
    try:
        with pytest.raises(DatabaseCannotOpen) as refused:
            with db.read() as s:
                s.connection()
    finally:
        db.dispose()
    assert_sentence(refused.value)


# -- the disk fills up during a save ----------------------------------------------------------


def limit_pages(db: Database, extra_pages: int) -> None:
    """From now on the database may grow by ``extra_pages`` pages only (SQLite's
    ``max_page_count``: what a full disk looks like to SQLite, ``SQLITE_FULL``)."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def test_a_full_disk_refuses_the_save_and_keeps_everything_saved_before(station):
    """GIVEN the disk filling up WHEN an intake with a large photo is saved THEN DiskFull says
    nothing was saved and to free space; the database is intact, every earlier record is there,
    and a small save that still fits goes through."""
    desk = station.desk
    first = register(desk, "猪八戒")
    before = row_counts(station.file)
    limit_pages(desk.db, 8)
    with pytest.raises(DiskFull) as refused:
        register(desk, "沙和尚", photo_jpeg=b"\xff\xd8" + os.urandom(1_500_000))
    assert_sentence(refused.value)
    assert str(station.file) in refused.value.message()
    assert row_counts(station.file) == before
    assert IntakeService(desk).record(first).name == "猪八戒"
    desk.db.engine.dispose()
    assert_sound(station.file)


FILE_SIZE_LIMIT_WRITER = textwrap.dedent("""
    import resource, signal, sys
    sys.path.insert(0, {here!r})
    from reliability_station import CLERK
    from rescue_desk.domain.errors import DeskError
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.desk import Desk
    from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
    from rescue_desk.services.maintenance import open_database
    desk = Desk(open_database("sqlite:///" + {file!r}))
    AccountService(desk).login(*CLERK)
    IntakeService(desk).register(PersonForm(name="唐三藏", sex="M", age=40), StayForm())
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    size = max(p.stat().st_size for p in desk.db.file.parent.glob("fsize.db*"))
    resource.setrlimit(resource.RLIMIT_FSIZE, (size + 32768, size + 32768))
    try:
        IntakeService(desk).register(PersonForm(name="白龙马", sex="M", age=40,
                                                photo_jpeg=b"x" * 1_500_000), StayForm())
    except DeskError as error:
        print(type(error).__name__, error.message(), sep="\\t")
    else:
        print("saved")
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE (Linux)")
def test_a_file_that_cannot_grow_is_refused_in_a_sentence_and_nothing_is_lost(station_template,
                                                                              tmp_path):
    """GIVEN a desk process whose files cannot grow (the operating system refuses the write, as
    on a full disk or a quota) WHEN an intake with a large photo is saved THEN the desk refuses
    with a DeskError sentence; afterwards the database passes the check and the intake saved
    just before is there."""
    file = closed_copy(station_template, tmp_path / "fsize.db")
    run = subprocess.run([sys.executable, "-c", FILE_SIZE_LIMIT_WRITER.format(
        here=str(HERE), file=str(file))], capture_output=True, text=True, timeout=120,
        env=dict(os.environ, PYTHONPATH=str(HERE.parent.parent)))
    assert run.returncode == 0, run.stderr[-3000:]
    kind, _, message = run.stdout.strip().partition("\t")
    assert kind in ("DiskFull", "DiskError"), run.stdout + run.stderr[-2000:]
    assert message.startswith(("Nothing was saved", "The database")) and str(file) in message
    assert_sound(file)
    uri = file.resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        names = {name for (name,) in conn.execute("SELECT name FROM person")}
    assert "唐三藏" in names and "白龙马" not in names


# -- no Chinese font: every print entry point -------------------------------------------------


def bound(form, *records, **options):
    """``form`` of ``records``, as a callable of the print context and the stream."""
    return lambda ctx, stream: form(*records, ctx, stream, **options)


def report_pdf(service: ReportService, report: str):
    def write(ctx, stream):
        stream.write(report_forms.export(service, ctx, report, "pdf",
                                         month=(NOW.year, NOW.month)).data)
    return write


def print_entry_points(desk: Desk):
    """Every form the program prints, each as a callable of the print context and a stream."""
    intake = IntakeService(desk)
    stay = intake.record("2026-000001")
    refused = intake.record(intake.register(
        PersonForm(name="牛魔王", sex="M", age=50),
        StayForm(outcome="refuse", outcome_reason="不符合救助条件")).case_no)
    custody = CustodyService(desk).record("2026-000001")
    departures = DepartureService(desk)
    departure = departures.latest("2026-000002")
    duty = DutyService(desk)
    week = NOW.date() - dt.timedelta(days=NOW.weekday())
    month = duty.roster(NOW.date().replace(day=1), NOW.date().replace(day=30))
    board = BedService(desk).board()
    reports = ReportService(desk)
    points = {f"intake:{kind}": bound(form, stay) for kind, form in intake_forms.FORMS.items()
              if kind != "refusal"}
    points["intake:refusal"] = bound(intake_forms.refusal_notice, refused)
    points |= {
        "belongings_receipt": bound(custody_forms.belongings_receipt, custody),
        "bag_labels": bound(custody_forms.bag_labels, custody.bags),
        "check_record": bound(custody_forms.check_record, custody),
        "disposal_record": bound(custody_forms.disposal_record, DisposalRecord(
            "站", False, "2026-D0001", NOW, "赵登记", "李娜", "", ())),
        "departure_register": bound(departure_forms.departure_register, departures.register(
            NOW.date(), NOW.date()), title_period="本月"),
        "shift_log": bound(duty_forms.shift_log, duty.current()),
        "roster_week": bound(duty_forms.roster_week,
                             duty.roster(week, week + dt.timedelta(days=6))),
        "roster_month": bound(duty_forms.roster_month, month),
        "search_notice": bound(duty_forms.search_notice,
                               duty.issue_notice("2026-000004", health="良好")),
        "presence_roll": bound(bed_sheets.presence_roll, board),
        "board_sheet": bound(bed_sheets.board_sheet, board),
        "test_page": sample.test_page,
        "sample_receipt": sample.sample_receipt,
        "sample_labels": sample.sample_labels,
    }
    for name in ("self_departure_declaration", "travel_voucher", "collection_slip",
                 "escort_slip", "termination_notice", "departure_record", "departure_form"):
        points[name] = bound(getattr(departure_forms, name), departure)
    for report in ("monthly", "occupancy", "campaign"):
        points[f"report:{report}"] = report_pdf(reports, report)
    return points


def test_without_a_chinese_font_every_form_says_what_to_install(station, monkeypatch):
    """GIVEN a computer with no usable Chinese font (and none set in Settings) WHEN any form is
    printed THEN each refuses with NoCJKFont, a DeskError whose sentence says what to install or
    set; no form crashes with another error."""
    points = print_entry_points(station.desk)
    ctx = PrintContext("可靠性测试救助管理站", "010-12345678", "赵登记", NOW)
    for write in points.values():  # they all print with the font
        write(ctx, io.BytesIO())
    monkeypatch.setattr(fonts, "KNOWN_FONTS", [])
    refused = {}
    for name, write in points.items():
        with pytest.raises(fonts.NoCJKFont) as caught:
            write(ctx, io.BytesIO())
        assert_sentence(caught.value)
        refused[name] = caught.value.code
    assert set(refused.values()) == {"no_cjk_font"} and len(refused) == len(points) >= 25
