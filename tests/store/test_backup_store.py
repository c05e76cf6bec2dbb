"""Online backups of a SQLite file and SQLite's own integrity check."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from rescue_desk.domain.errors import BackupFailed
from rescue_desk.store.backup import backup_sqlite, integrity_problems

pytestmark = pytest.mark.sqlite_only("SQLite's backup API and its integrity check of a file")


def corrupt(file: Path) -> Path:
    """Overwrite the whole page that holds the officers' table with junk."""
    with contextlib.closing(sqlite3.connect(file)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'user'").fetchone()[0]
    assert root > 1
    with file.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * page_size)
    return file


def test_backup_is_consistent_while_another_connection_is_writing(station_file, tmp_path):
    """GIVEN another connection in the middle of a write transaction WHEN a backup is made THEN
    the copy passes the integrity check, has the committed rows and not the uncommitted one."""
    writer = sqlite3.connect(station_file, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO setting (key, value) VALUES ('stay_limit_days', '20')")
        copy = backup_sqlite(station_file, tmp_path / "copy.db")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert integrity_problems(copy) == []
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT login FROM user").fetchall() == [("admin",)]
        assert conn.execute("SELECT count(*) FROM setting").fetchone() == (0,)


def test_backup_is_one_self_contained_file(station_file, tmp_path):
    """GIVEN a database in WAL mode WHEN it is backed up THEN the copy uses a rollback journal
    (one file to carry away) and no half-written .part file is left."""
    copy = backup_sqlite(station_file, tmp_path / "out" / "copy.db")
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.db"]


def test_backup_of_a_missing_file_fails_without_leaving_a_file(tmp_path):
    """GIVEN no source file WHEN a backup is asked for THEN BackupFailed, and nothing is written
    under the target name."""
    with pytest.raises(BackupFailed):
        backup_sqlite(tmp_path / "missing.db", tmp_path / "copy.db")
    assert list(tmp_path.iterdir()) == []


def test_sound_file_has_no_integrity_problems(station_file):
    """GIVEN a database made by the desk WHEN its integrity is checked THEN nothing is found."""
    assert integrity_problems(station_file) == []


def test_corrupted_file_has_integrity_problems(station_file, tmp_path):
    """GIVEN a copy of a database with one page in its middle overwritten WHEN its integrity is
    checked THEN problems are reported (not an exception)."""
    copy = corrupt(shutil.copyfile(station_file, tmp_path / "broken.db"))
    assert integrity_problems(copy) != []


def test_backup_of_a_file_in_a_folder_with_a_hash_sign_has_its_rows(station_file, tmp_path):
    """GIVEN a database in a folder whose name has a '#' (e.g. "Desk #2") WHEN it is backed up
    THEN the copy has the station's rows."""
    folder = tmp_path / "Desk #2"
    folder.mkdir()
    source = shutil.copyfile(station_file, folder / "station.db")
    copy = backup_sqlite(source, tmp_path / "copy.db")
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        assert conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'user'"
        ).fetchone() == (1,)


def test_integrity_check_of_a_corrupted_file_in_a_folder_with_a_hash_sign(station_file,
                                                                          tmp_path):
    """GIVEN a corrupted database in a folder whose name has a '#' WHEN its integrity is checked
    THEN problems are reported."""
    folder = tmp_path / "Desk #2"
    folder.mkdir()
    copy = corrupt(shutil.copyfile(station_file, folder / "broken.db"))
    assert integrity_problems(copy) != []
