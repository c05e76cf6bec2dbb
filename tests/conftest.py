"""Shared fixtures: Qt offscreen, a throw-away data folder, migrated databases and desks.

Every test runs with ``RESCUE_DESK_HOME`` in its own temporary folder, so no test ever touches a
real user's data. Databases are made by the real migrations once per session and copied for each
test: SQLite files by default, PostgreSQL databases when ``RESCUE_DESK_TEST_DB`` (or
``--test-db``) names a server (see ``tests/databases.py``). A test about SQLite files only is
marked ``@pytest.mark.sqlite_only("why")`` and is skipped on PostgreSQL.
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
from rescue_desk.paths import sqlite_file  # noqa: E402
from rescue_desk.services.accounts import AccountService, NewUser  # noqa: E402
from rescue_desk.services.demo import DemoSummary, fill_demo  # noqa: E402
from rescue_desk.services.desk import Desk  # noqa: E402
from rescue_desk.services.maintenance import open_database  # noqa: E402
from rescue_desk.store.db import Database  # noqa: E402
from tests.databases import (  # noqa: E402
    TEST_DB_ENV,
    PostgresDatabases,
    SqliteDatabases,
    copy_database,
    query,
    sqlite_url,
)

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


__all__ = ["START", "Clock", "Credentials", "copy_database", "sqlite_url"]


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--test-db", default=None, metavar="URL",
        help=f"run the suite on this PostgreSQL server (a role that may create databases), "
             f"e.g. postgresql+psycopg://rescue_desk@localhost:5433/postgres; "
             f"default: ${TEST_DB_ENV}, else SQLite files",
    )


def _test_db(config) -> str | None:
    """The PostgreSQL server asked for, "" when asked for without one, None for SQLite."""
    value = config.getoption("--test-db")
    return value if value is not None else os.environ.get(TEST_DB_ENV)


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about SQLite files; skipped on PostgreSQL"
    )
    config.addinivalue_line(
        "markers", "postgresql_only(reason): about PostgreSQL; skipped on SQLite files"
    )
    value = _test_db(config)
    if value == "":
        # `RESCUE_DESK_TEST_DB=$RESCUE_DESK_PG_URL pytest` without a server: nothing to run on.
        if os.environ.get("CI"):
            raise pytest.UsageError(f"{TEST_DB_ENV} is empty: CI must run on PostgreSQL too")
        pytest.exit(f"{TEST_DB_ENV} is empty: no PostgreSQL server to test on, so the "
                    "PostgreSQL run is skipped (README: a shared database)", returncode=0)


def on_postgresql(config) -> bool:
    return bool(_test_db(config))


def pytest_report_header(config) -> str:
    value = _test_db(config)
    if value:
        from sqlalchemy import make_url

        return f"databases: PostgreSQL at {make_url(value).render_as_string(hide_password=True)}"
    return "databases: SQLite files"


def pytest_collection_modifyitems(config, items) -> None:
    name, other = ("sqlite_only", "PostgreSQL") if on_postgresql(config) else \
        ("postgresql_only", "SQLite")
    for item in items:
        marker = item.get_closest_marker(name)
        if marker is not None:
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
            item.add_marker(pytest.mark.skip(reason=f"not on {other}: {reason}"))


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
def databases(request, tmp_path_factory) -> Iterator[SqliteDatabases | PostgresDatabases]:
    """Where this session's databases live: SQLite files, or one PostgreSQL server."""
    server = _test_db(request.config)
    if server:
        found = PostgresDatabases(server)
    else:
        found = SqliteDatabases(tmp_path_factory.mktemp)
    yield found
    found.close()


@pytest.fixture
def new_database(databases, tmp_path) -> Iterator[Callable[..., str]]:
    """``new_database(template=None, name="desk")``: the URL of a database of this test's own, a
    copy of a template, or empty (not even migrated) without one; dropped at the end."""
    made: list[str] = []

    def _new(template: str | None = None, name: str = "desk") -> str:
        if template is None:
            url = databases.blank(tmp_path, name)
        else:
            url = databases.copy(template, tmp_path, name)
        made.append(url)
        return url

    yield _new
    for url in made:
        databases.release(url)


def _migrate(url: str) -> None:
    open_database(url, now=START).dispose()


def _set_up_station(url: str) -> None:
    desk = Desk(open_database(url), clock=Clock(START))
    AccountService(desk).set_up_station(
        name=STATION_NAME, hotline="010-12345678", address="朝阳区救助路 1 号",
        region_code="110105",
        admin=NewUser(ADMIN.login, "王建国", "M", ADMIN.password, frozenset({Role.ADMIN}),
                      "13800000001"),
    )
    desk.db.dispose()


@pytest.fixture(scope="session")
def migrated_template(databases) -> str:
    """An empty database at the newest schema, made once by the real migrations."""
    return databases.template("migrated", _migrate)


@pytest.fixture(scope="session")
def station_template(databases, migrated_template) -> str:
    """A database with a station and its administrator, made once through the services."""
    return databases.template("station", _set_up_station, base=migrated_template)


@pytest.fixture(scope="session")
def demo_station(databases, migrated_template) -> tuple[str, DemoSummary]:
    """The demo station (seed 3) made once as a template, and fill_demo's summary."""
    summaries = []

    def build(url: str) -> None:
        desk = Desk(open_database(url), clock=Clock(START))
        summaries.append(fill_demo(desk, seed=3))
        desk.db.dispose()

    return databases.template("demo", build, base=migrated_template), summaries[0]


@pytest.fixture(scope="session")
def migrated_db_file(databases, migrated_template, tmp_path_factory) -> Path:
    """An empty migrated SQLite file (the template itself on SQLite; made apart on PostgreSQL,
    for a test that works on files)."""
    if databases.kind == "sqlite":
        return Path(migrated_template)
    file = tmp_path_factory.mktemp("migrated-file") / "migrated.db"
    _migrate(sqlite_url(file))
    return file


@pytest.fixture(scope="session")
def station_db_file(databases, station_template, migrated_db_file, tmp_path_factory) -> Path:
    """A SQLite file with a station and its administrator (see ``migrated_db_file``)."""
    if databases.kind == "sqlite":
        return Path(station_template)
    file = copy_database(migrated_db_file, tmp_path_factory.mktemp("station-file") / "station.db")
    _set_up_station(sqlite_url(file))
    return file


@pytest.fixture
def clock() -> Clock:
    """The desk's clock, standing at START until moved."""
    return Clock(START)


def _file_of(request, url: str) -> Path:
    file = sqlite_file(url)
    if file is None:
        pytest.fail(f"{request.node.nodeid} works on a SQLite file: mark it "
                    "@pytest.mark.sqlite_only(reason) or use the URL fixtures", pytrace=False)
    return file


@pytest.fixture
def db_url(new_database, migrated_template) -> str:
    """The URL of this test's own copy of the empty migrated database."""
    return new_database(migrated_template, "desk")


@pytest.fixture
def db_file(request, db_url) -> Path:
    """The SQLite file behind ``db_url`` (SQLite-only tests)."""
    return _file_of(request, db_url)


@pytest.fixture
def desk(db_url, clock) -> Iterator[Desk]:
    """A desk on an empty migrated database (no station, nobody logged in)."""
    desk = Desk(open_database(db_url), clock=clock)
    yield desk
    desk.db.dispose()


@pytest.fixture
def station_url(new_database, station_template) -> str:
    """The URL of this test's own copy of the database with a station."""
    return new_database(station_template, "station")


@pytest.fixture
def station_file(request, station_url) -> Path:
    """The SQLite file behind ``station_url`` (SQLite-only tests)."""
    return _file_of(request, station_url)


@pytest.fixture
def station_desk(station_url, clock) -> Iterator[Desk]:
    """A desk on a set-up station, logged in as its administrator."""
    desk = Desk(open_database(station_url), clock=clock)
    AccountService(desk).login(ADMIN.login, ADMIN.password)
    yield desk
    desk.db.dispose()


@pytest.fixture
def demo_station_desk(demo_station, new_database, clock) -> Iterator[Desk]:
    """A desk on this test's copy of the demo station (nobody logged in)."""
    desk = Desk(open_database(new_database(demo_station[0], "demo")), clock=clock)
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
    """Run one SQL statement behind the desk's back and commit it: on a SQLite file with the
    sqlite3 module (``?`` parameters), or on a URL, a Database or a Desk's database with a plain
    connection of its own (``:name`` parameters)."""

    def _run(target: Path | str | Database | Desk, sql: str,
             params: tuple | dict = ()) -> list[tuple]:
        if isinstance(target, Path):
            with contextlib.closing(sqlite3.connect(target)) as conn:
                rows = conn.execute(sql, params).fetchall()
                conn.commit()
                return rows
        if isinstance(target, Desk):
            target = target.db
        return query(target.url if isinstance(target, Database) else target, sql, params)

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
