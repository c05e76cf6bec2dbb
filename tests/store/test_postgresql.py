"""A shared PostgreSQL database: URLs, the desks' write lock, busy errors, upgrades started by two
desks at once, and what a server's database cannot do from the desk (backups)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from rescue_desk.domain.errors import DatabaseBusy
from rescue_desk.domain.models import Setting
from rescue_desk.paths import database_url
from rescue_desk.services.maintenance import SqliteOnly, backup, check, open_database
from rescue_desk.store import db as store_db
from rescue_desk.store import migrate
from rescue_desk.store.db import Database


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://desk@server/rescue", "postgresql+psycopg://desk@server/rescue"),
        ("postgres://desk:pw@server:5433/rescue", "postgresql+psycopg://desk:pw@server:5433/rescue"),
        ("postgresql+psycopg://desk@server/rescue", "postgresql+psycopg://desk@server/rescue"),
        ("sqlite:////srv/desk.db", "sqlite:////srv/desk.db"),
    ],
)
def test_a_postgresql_url_gets_the_driver_the_desk_ships(given, expected):
    """GIVEN a --db URL as other tools write it WHEN the desk resolves it THEN a PostgreSQL URL
    uses psycopg 3, and any other URL is kept as it is."""
    assert database_url(given) == expected


def test_a_server_database_is_named_without_its_password():
    """GIVEN a PostgreSQL URL with a password WHEN the desk names the database (title bar, log,
    messages) THEN the password is hidden."""
    db = Database("postgresql+psycopg://desk:s3cret@server:5433/rescue")
    try:
        assert db.file is None
        assert db.display_name() == "postgresql+psycopg://desk:***@server:5433/rescue"
    finally:
        db.dispose()


class _Failure(Exception):
    """What a PostgreSQL driver raises: an error with its SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"SQLSTATE {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize("sqlstate", ["40001", "40P01", "55P03"],
                         ids=["serialization-failure", "deadlock", "lock-timeout"])
def test_a_servers_try_again_errors_are_database_busy(db_url, open_db, sqlstate):
    """GIVEN a write that fails with a serialization failure, a deadlock or a lock waited for
    too long WHEN the write block ends THEN the desk says DatabaseBusy (try again), as it does
    for SQLite's "database is locked", and nothing is saved."""
    db = open_db(db_url)
    with pytest.raises(DatabaseBusy), db.write() as s:
        s.add(Setting(key="stay_limit_days", value=20))
        s.flush()
        raise OperationalError("UPDATE …", {}, _Failure(sqlstate))
    with db.read() as s:
        assert s.get(Setting, "stay_limit_days") is None


@pytest.mark.postgresql_only("the desks' write lock on a server")
def test_a_write_waits_for_another_desks_write_then_gives_up_busy(db_url, open_db,
                                                                  monkeypatch):
    """GIVEN one desk in the middle of a write WHEN a second desk writes THEN it waits for the
    desks' write lock and, after the busy timeout, gets DatabaseBusy; once the first desk has
    finished, the second desk's write goes through."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 300)
    first, second = open_db(db_url), open_db(db_url)
    with first.write() as s:
        s.add(Setting(key="stay_limit_days", value=20))
        s.flush()
        with pytest.raises(DatabaseBusy), second.write() as other:
            other.execute(select(Setting))
    with second.write() as s:
        s.get(Setting, "stay_limit_days").value = 12
    with first.read() as s:
        assert s.get(Setting, "stay_limit_days").value == 12


@pytest.mark.postgresql_only("reads on a server do not wait for the write lock")
def test_reading_does_not_wait_for_another_desks_write(db_url, open_db, monkeypatch):
    """GIVEN one desk in the middle of a write WHEN another desk reads THEN it reads at once,
    and sees only what was committed."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 300)
    writer, reader = open_db(db_url), open_db(db_url)
    with writer.write() as s:
        s.add(Setting(key="stay_limit_days", value=20))
        s.flush()
        with reader.read() as other:
            assert other.get(Setting, "stay_limit_days") is None


@pytest.mark.postgresql_only("two desks upgrading one server database")
def test_two_desks_opening_a_new_database_at_once_migrate_it_once(new_database):
    """GIVEN an empty PostgreSQL database WHEN two desks open it at the same moment THEN both
    start, and the schema is at head (the second waited for the first's upgrade instead of
    creating the tables again)."""
    url = new_database()
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def start() -> None:
        barrier.wait()
        try:
            db = open_database(url)
        except Exception as error:  # noqa: BLE001 - the test reports whatever went wrong
            outcomes.append(error)
        else:
            outcomes.append(migrate.current_revision(db))
            db.dispose()

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == [migrate.HEAD, migrate.HEAD]


@pytest.mark.postgresql_only("a server database's check and backup")
def test_a_shared_station_passes_the_check_and_is_backed_up_with_pg_dump(station_desk):
    """GIVEN a station on PostgreSQL WHEN it is checked THEN nothing is wrong; WHEN the desk is
    asked for a backup THEN SqliteOnly points to the server's own tools."""
    assert check(station_desk.db) == []
    with pytest.raises(SqliteOnly) as caught:
        backup(station_desk.db)
    assert "pg_dump" in caught.value.message()


@pytest.mark.postgresql_only("a read-only connection to a server")
def test_a_read_only_database_refuses_writes(station_url):
    """GIVEN a database opened read-only (as for a check) WHEN something writes THEN the server
    refuses it."""
    db = Database(station_url, read_only=True)
    try:
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text("UPDATE station SET name = 'x'"))
    finally:
        db.dispose()
