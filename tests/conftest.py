"""Shared fixtures: Qt offscreen, a throw-away data folder, migrated databases and desks.

Every test runs with ``RESCUE_DESK_HOME`` in its own temporary folder, so no test ever touches a
real user's data. Databases are real SQLite files made by the real migrations, once per session,
and copied for each test.
"""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt, and before anything could read the real data folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["RESCUE_DESK_HOME"] = tempfile.mkdtemp(prefix="rescue-desk-tests-")
os.environ.pop("RESCUE_DESK_DB", None)

import contextlib  # noqa: E402
import dataclasses  # noqa: E402
import datetime as dt  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from rescue_desk.domain.roles import Role  # noqa: E402
from rescue_desk.services.accounts import AccountService, NewUser  # noqa: E402
from rescue_desk.services.demo import DemoSummary, fill_demo  # noqa: E402
from rescue_desk.services.desk import Desk  # noqa: E402
from rescue_desk.services.maintenance import open_database  # noqa: E402
from rescue_desk.store.db import Database  # noqa: E402

#: The moment every test starts at.
START = dt.datetime(2026, 11, 28, 21, 5, 0)


@dataclasses.dataclass(frozen=True)
class Credentials:
    """A login name and its password."""

    login: str
    password: str


#: The station set up for ``station_desk``.
STATION_NAME = "北京市朝阳区救助管理站"
ADMIN = Credentials("admin", "Admin-pass-7391")


class Clock:
    """A desk clock that stands still until a test moves it forward."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def sqlite_url(file: Path) -> str:
    return "sqlite:///" + str(file)


def copy_database(source: Path, target: Path) -> Path:
    """Copy a closed SQLite file (and its WAL, should one be left) to ``target``."""
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    return target


@pytest.fixture(scope="session", autouse=True)
def _session_home() -> Iterator[None]:
    """Remove the session's fallback data folder at the end."""
    yield
    shutil.rmtree(os.environ.get("RESCUE_DESK_HOME", ""), ignore_errors=True)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch) -> Path:
    """Each test: its own data folder, no RESCUE_DESK_DB, English command-line text."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RESCUE_DESK_HOME", str(home))
    monkeypatch.delenv("RESCUE_DESK_DB", raising=False)
    monkeypatch.setenv("RESCUE_DESK_LANG", "en")
    return home


@pytest.fixture
def data_home(_isolated_environment) -> Path:
    """The test's ``RESCUE_DESK_HOME``."""
    return _isolated_environment


@pytest.fixture(scope="session")
def migrated_db_file(tmp_path_factory) -> Path:
    """An empty database at the newest schema, made once by the real migrations."""
    file = tmp_path_factory.mktemp("migrated") / "migrated.db"
    open_database(sqlite_url(file), now=START).dispose()
    return file


@pytest.fixture(scope="session")
def station_db_file(tmp_path_factory, migrated_db_file) -> Path:
    """A database with a station and its administrator, made once through the services."""
    file = copy_database(migrated_db_file, tmp_path_factory.mktemp("station") / "station.db")
    desk = Desk(open_database(sqlite_url(file)), clock=Clock(START))
    AccountService(desk).set_up_station(
        name=STATION_NAME, hotline="010-12345678", address="朝阳区救助路 1 号",
        region_code="110105",
        admin=NewUser(ADMIN.login, "王建国", "M", ADMIN.password, frozenset({Role.ADMIN}),
                      "13800000001"),
    )
    desk.db.dispose()
    return file


@pytest.fixture(scope="session")
def demo_station(tmp_path_factory, migrated_db_file) -> tuple[Path, DemoSummary]:
    """An empty database filled with the demo station once (seed 3), and fill_demo's summary."""
    file = copy_database(migrated_db_file, tmp_path_factory.mktemp("demo") / "demo.db")
    desk = Desk(open_database(sqlite_url(file)), clock=Clock(START))
    summary = fill_demo(desk, seed=3)
    desk.db.dispose()
    return file, summary


@pytest.fixture
def clock() -> Clock:
    """The desk's clock, standing at START until moved."""
    return Clock(START)


@pytest.fixture
def db_file(migrated_db_file, tmp_path) -> Path:
    """This test's own copy of the empty migrated database."""
    return copy_database(migrated_db_file, tmp_path / "desk.db")


@pytest.fixture
def db_url(db_file) -> str:
    """The sqlite:/// URL of this test's empty migrated database."""
    return sqlite_url(db_file)


@pytest.fixture
def desk(db_url, clock) -> Iterator[Desk]:
    """A desk on an empty migrated database (no station, nobody logged in)."""
    desk = Desk(open_database(db_url), clock=clock)
    yield desk
    desk.db.dispose()


@pytest.fixture
def station_file(station_db_file, tmp_path) -> Path:
    """This test's own copy of the database with a station."""
    return copy_database(station_db_file, tmp_path / "station.db")


@pytest.fixture
def station_desk(station_file, clock) -> Iterator[Desk]:
    """A desk on a set-up station, logged in as its administrator."""
    desk = Desk(open_database(sqlite_url(station_file)), clock=clock)
    AccountService(desk).login(ADMIN.login, ADMIN.password)
    yield desk
    desk.db.dispose()


@pytest.fixture
def demo_station_desk(demo_station, tmp_path, clock) -> Iterator[Desk]:
    """A desk on this test's copy of the demo station (nobody logged in)."""
    file = copy_database(demo_station[0], tmp_path / "demo.db")
    desk = Desk(open_database(sqlite_url(file)), clock=clock)
    yield desk
    desk.db.dispose()


@pytest.fixture
def admin() -> Credentials:
    """The station administrator's login and password."""
    return ADMIN


@pytest.fixture
def add_officer(station_desk) -> Callable[..., Credentials]:
    """Create an officer through the services (as the administrator); returns their login."""

    def _add(login: str, roles: set[Role], *, name: str = "李娜", sex: str = "F",
             phone: str = "", password: str = "Officer-pass-1") -> Credentials:
        AccountService(station_desk).create_user(
            NewUser(login, name, sex, password, frozenset(roles), phone)
        )
        return Credentials(login, password)

    return _add


@pytest.fixture
def raw_sql() -> Callable[..., list[tuple]]:
    """Run one SQL statement on a database file with the sqlite3 module, behind the desk's back."""

    def _run(file: Path, sql: str, params: tuple | dict = ()) -> list[tuple]:
        with contextlib.closing(sqlite3.connect(file)) as conn:
            rows = conn.execute(sql, params).fetchall()
            conn.commit()
            return rows

    return _run


@pytest.fixture
def open_db() -> Iterator[Callable[[str], Database]]:
    """Open databases (without migrating) that are disposed of at the end of the test."""
    opened: list[Database] = []

    def _open(url: str) -> Database:
        db = Database(url)
        opened.append(db)
        return db

    yield _open
    for db in opened:
        db.dispose()
