"""Opening, checking, backing up and restoring the database."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from rescue_desk.domain.errors import RestoreRefused
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.audit import AuditTampered
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import (
    NotADatabase,
    backup,
    check,
    open_database,
    restore,
)

NOW = dt.datetime(2026, 11, 28, 21, 5, 0)

#: Backups and restores copy a SQLite file; a PostgreSQL database is backed up with pg_dump.
FILE_ONLY = pytest.mark.sqlite_only("backup, restore and checks of a SQLite file")


def logins(url: str) -> list[str]:
    """The officers' logins in the database at ``url`` (read as the administrator would)."""
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql("SELECT login FROM user ORDER BY login")]
    finally:
        db.dispose()


def digest(file: Path) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()


def test_sound_station_passes_the_check(station_desk):
    """GIVEN a station made through the services WHEN it is checked THEN nothing is wrong."""
    assert check(station_desk.db) == []


@FILE_ONLY
def test_missing_file_is_not_a_database(tmp_path, open_db):
    """GIVEN a path with no file WHEN it is checked THEN NotADatabase (and no file is made)."""
    problems = check(open_db("sqlite:///" + str(tmp_path / "missing.db")))
    assert [type(p) for p in problems] == [NotADatabase]
    assert not (tmp_path / "missing.db").exists()


@FILE_ONLY
def test_backup_goes_to_the_backup_folder_beside_the_file(station_desk, station_file, open_db):
    """GIVEN a station WHEN a backup is made without a target THEN it is written to backups/
    beside the file, named by the time, and passes the check."""
    saved = backup(station_desk.db, now=NOW)
    assert saved == station_file.parent / "backups" / "rescue-desk-20261128-210500.db"
    assert check(open_db("sqlite:///" + str(saved))) == []


@FILE_ONLY
def test_backup_then_restore_brings_back_the_old_state(station_desk, station_file, add_officer,
                                                       tmp_path):
    """GIVEN a backup taken before an officer was added WHEN it is restored THEN the officer is
    gone, the check passes, and the state before the restore was kept in backups/."""
    url = "sqlite:///" + str(station_file)
    saved = backup(station_desk.db, tmp_path / "kept.db")
    add_officer("jiedai1", {Role.FRONT_DESK})
    station_desk.db.dispose()
    before_restore = restore(url, saved, now=NOW)
    assert logins(url) == ["admin"]
    assert before_restore == station_file.parent / "backups" / "before-restore-20261128-210500.db"
    assert logins("sqlite:///" + str(before_restore)) == ["admin", "jiedai1"]
    db = open_database(url)
    try:
        assert check(db) == []
    finally:
        db.dispose()


@FILE_ONLY
def test_restore_refuses_a_backup_with_a_tampered_trail(station_desk, station_file, tmp_path,
                                                        raw_sql):
    """GIVEN a backup whose audit record #2 was edited WHEN it is restored THEN RestoreRefused
    gives AuditTampered as the reason, and the current database is left exactly as it was."""
    saved = backup(station_desk.db, tmp_path / "kept.db")
    raw_sql(saved, "UPDATE audit_event SET changes = '{}' WHERE id = 2")
    station_desk.db.dispose()
    before = digest(station_file)
    with pytest.raises(RestoreRefused) as caught:
        restore("sqlite:///" + str(station_file), saved, now=NOW)
    assert isinstance(caught.value.facts["reason"], AuditTampered)
    assert "#2" in caught.value.message()
    assert digest(station_file) == before
    assert not (station_file.parent / "backups").exists()


@FILE_ONLY
def test_restore_refuses_a_database_without_a_station(station_file, db_file):
    """GIVEN a migrated database with no station WHEN it is restored THEN RestoreRefused."""
    with pytest.raises(RestoreRefused) as caught:
        restore("sqlite:///" + str(station_file), db_file, now=NOW)
    assert isinstance(caught.value.facts["reason"], NotADatabase)


@FILE_ONLY
def test_restore_refuses_a_file_that_is_not_a_database(station_file, tmp_path):
    """GIVEN a text file WHEN it is restored THEN RestoreRefused, and the current database is
    unchanged."""
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not a database\n" * 100)
    before = digest(station_file)
    with pytest.raises(RestoreRefused):
        restore("sqlite:///" + str(station_file), bogus, now=NOW)
    assert digest(station_file) == before


@FILE_ONLY
def test_restore_refuses_a_missing_file(station_file, tmp_path):
    """GIVEN no file at the path WHEN it is restored THEN RestoreRefused names the path."""
    with pytest.raises(RestoreRefused) as caught:
        restore("sqlite:///" + str(station_file), tmp_path / "gone.db", now=NOW)
    assert str(tmp_path / "gone.db") in caught.value.message()


@FILE_ONLY
def test_restore_into_a_new_place_makes_no_before_restore_copy(station_file, tmp_path):
    """GIVEN no database yet at the target WHEN a sound backup is restored there THEN the
    station is there and there was nothing to keep."""
    url = "sqlite:///" + str(tmp_path / "fresh" / "desk.db")
    assert restore(url, station_file, now=NOW) is None
    assert logins(url) == ["admin"]


@FILE_ONLY
def test_restore_of_a_backup_in_a_folder_with_a_hash_sign(station_desk, station_file, tmp_path):
    """GIVEN a sound backup kept in a folder named "USB #2" WHEN it is restored THEN the station's
    officers are in the restored database."""
    folder = tmp_path / "USB #2"
    saved = backup(station_desk.db, folder / "kept.db")
    station_desk.db.dispose()
    restore("sqlite:///" + str(station_file), saved, now=NOW)
    assert logins("sqlite:///" + str(station_file)) == ["admin"]


@FILE_ONLY
def test_checking_a_backup_does_not_change_it(station_desk, tmp_path, open_db):
    """GIVEN a backup file WHEN it is checked THEN its bytes are unchanged (a check only
    reads; a backup on read-only media must stay checkable)."""
    saved = backup(station_desk.db, tmp_path / "kept.db")
    before = digest(saved)
    assert check(open_db("sqlite:///" + str(saved))) == []
    assert digest(saved) == before


def test_opening_a_database_at_head_changes_nothing_in_the_trail(station_url, clock):
    """GIVEN a set-up station WHEN it is opened twice THEN the check still passes (opening writes
    no audit record and needs no upgrade)."""
    for _ in range(2):
        desk = Desk(open_database(station_url), clock=clock)
        try:
            assert AccountService(desk).station().name == "北京市朝阳区救助管理站"
            assert check(desk.db) == []
        finally:
            desk.db.dispose()


@FILE_ONLY
def test_copied_file_keeps_its_checks(station_file, tmp_path, open_db):
    """GIVEN a closed station file copied with the file system WHEN the copy is checked THEN it
    passes (the WAL was folded in when the desk closed)."""
    copy = shutil.copyfile(station_file, tmp_path / "copy.db")
    assert check(open_db("sqlite:///" + str(copy))) == []
