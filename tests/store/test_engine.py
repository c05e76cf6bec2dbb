"""The engine's SQLite settings and the write transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from rescue_desk.domain.models import Setting
from rescue_desk.store.db import BUSY_TIMEOUT_MS


@pytest.fixture
def conn(db_url, open_db):
    with open_db(db_url).engine.connect() as conn:
        yield conn


@pytest.mark.sqlite_only("SQLite's pragmas")
@pytest.mark.parametrize(
    ("pragma", "expected"),
    [
        ("journal_mode", "wal"),
        ("foreign_keys", 1),
        ("synchronous", 2),  # FULL: a committed intake survives a power cut
        ("busy_timeout", BUSY_TIMEOUT_MS),
    ],
)
def test_every_connection_gets_the_desks_pragmas(conn, pragma, expected):
    """GIVEN a SQLite file opened through the store WHEN a connection asks for a pragma THEN it
    has the desk's setting."""
    assert conn.exec_driver_sql(f"PRAGMA {pragma}").scalar() == expected


def test_busy_timeout_is_at_least_a_few_seconds():
    """GIVEN the busy timeout WHEN read THEN a desk waits seconds, not milliseconds, for another
    desk's write."""
    assert BUSY_TIMEOUT_MS >= 5000


def test_a_failing_write_block_saves_nothing(db_url, open_db):
    """GIVEN a write transaction that adds a row WHEN the block raises THEN the row is not
    there afterwards."""
    db = open_db(db_url)
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Setting(key="stay_limit_days", value=20))
        s.flush()
        raise RuntimeError("half-way")
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Setting)).scalar_one() == 0


def test_a_write_block_commits_when_it_ends(db_url, open_db):
    """GIVEN a write transaction that adds a row WHEN the block ends normally THEN a new
    connection sees the row."""
    with open_db(db_url).write() as s:
        s.add(Setting(key="stay_limit_days", value=20))
    with open_db(db_url).read() as s:
        assert s.get(Setting, "stay_limit_days").value == 20


@pytest.mark.sqlite_only("the path of a SQLite file")
def test_display_name_of_a_file_is_its_path(db_url, db_file, open_db):
    """GIVEN a SQLite URL WHEN the database names itself THEN it shows the file path."""
    assert open_db(db_url).display_name() == str(db_file)
