"""Automatic backups (first start of a day, exit) with rotation; the cheap check for damage at
start; restoring over a damaged file; the facts for a support call."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from rescue_desk.domain.errors import RestoreRefused
from rescue_desk.domain.roles import Role
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import (
    BackupFoundDamage,
    DatabaseNotOpened,
    SqliteOnly,
    auto_backup,
    backup,
    database_facts,
    list_backups,
    newest_sound_backup,
    open_database,
    restore,
    versions,
)
from rescue_desk.services.settings import SettingsService
from rescue_desk.store.backup import BackupStopped, cheap_problems, integrity_problems

pytestmark = pytest.mark.sqlite_only("automatic backups and damage checks work on SQLite files")

NOW = dt.datetime(2026, 11, 28, 21, 5, 0)  # a Saturday


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def make_auto(folder: Path, moment: dt.datetime, source: Path) -> Path:
    """An automatic backup as if made at ``moment`` (a real copy of ``source``)."""
    folder.mkdir(exist_ok=True)
    target = folder / f"auto-{moment:%Y%m%d-%H%M%S}.db"
    target.write_bytes(source.read_bytes())
    return target


def truncate(file: Path) -> Path:
    """Cut the file to half its length, as a full disk or an interrupted copy would."""
    size = file.stat().st_size
    with file.open("r+b") as f:
        f.truncate(size // 2)
    return file


def overwrite_start(file: Path) -> Path:
    """Overwrite the first 8 KB (the header and the schema) with zeros."""
    with file.open("r+b") as f:
        f.write(b"\0" * 8192)
    return file


def overwrite_table(file: Path, table: str = "user") -> Path:
    """Overwrite the first page of ``table`` with junk."""
    with contextlib.closing(sqlite3.connect(file)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    with file.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * page_size)
    return file


def test_first_start_of_the_day_makes_a_checked_backup(station_desk, station_file):
    """GIVEN no automatic backup yet WHEN the desk starts THEN auto-<time>.db is made in
    backups/, checked with the full integrity check, and it holds the station."""
    result = auto_backup(station_desk.db, "start", NOW)
    assert result.made == station_file.parent / "backups" / "auto-20261128-210500.db"
    assert result.thorough and result.deleted == ()
    assert integrity_problems(result.made) == []
    with contextlib.closing(sqlite3.connect(result.made)) as conn:
        assert conn.execute("SELECT login FROM user").fetchall() == [("admin",)]


def test_later_starts_the_same_day_make_no_backup(station_desk, station_file):
    """GIVEN an automatic backup this morning WHEN the desk starts again in the evening THEN no
    backup is made; the next morning one is."""
    auto_backup(station_desk.db, "start", NOW.replace(hour=7))
    assert auto_backup(station_desk.db, "start", NOW).made is None
    assert names(station_file.parent / "backups") == ["auto-20261128-070500.db"]
    assert auto_backup(station_desk.db, "start", NOW + dt.timedelta(hours=11)).made is not None


def test_exit_always_makes_a_backup_checked_quickly(station_desk, station_file):
    """GIVEN a start backup this morning WHEN the desk closes THEN another backup is made,
    checked with quick_check (so closing is not held up), and as the newest of the day it
    replaces the morning's."""
    morning = auto_backup(station_desk.db, "start", NOW.replace(hour=7)).made
    result = auto_backup(station_desk.db, "exit", NOW)
    assert result.made is not None and not result.thorough
    assert result.deleted == (morning,)
    assert names(station_file.parent / "backups") == ["auto-20261128-210500.db"]


def test_rotation_keeps_newest_per_day_and_week_and_never_other_kinds(station_desk,
                                                                      station_file):
    """GIVEN automatic backups twice a day for six weeks, a manual backup, and the copies made
    before an upgrade and before a restore WHEN today's start backup is made (keep 7 daily,
    4 weekly) THEN the newest of each of the last 7 days and of the last 4 weeks remain, and
    the other kinds are untouched."""
    folder = station_file.parent / "backups"
    start = dt.datetime(2026, 10, 19)
    for day in range(40):
        for hour in (8, 20):
            make_auto(folder, start + dt.timedelta(days=day, hours=hour), station_file)
    others = ["rescue-desk-20261001-120000.db", "before-upgrade-0006-20261002-090000.db",
              "before-restore-20261003-100000.db", "copied-by-hand.db"]
    for name in others:
        (folder / name).write_bytes(station_file.read_bytes())
    result = auto_backup(station_desk.db, "start", NOW)
    autos = [n for n in names(folder) if n.startswith("auto-")]
    evenings = [f"auto-202611{d:02d}-200000.db" for d in (8, 15, 22, 23, 24, 25, 26, 27)]
    assert autos == sorted([*evenings, "auto-20261128-210500.db"])
    assert set(others) <= set(names(folder))
    assert len(result.deleted) == 80 - len(evenings)


def test_rotation_follows_the_local_rules(station_desk, station_file):
    """GIVEN the station keeps 2 days and no weeks WHEN the start backup is made THEN only
    the newest of the last 2 days remain."""
    SettingsService(station_desk).set("backup_keep_daily", 2)
    SettingsService(station_desk).set("backup_keep_weekly", 0)
    folder = station_file.parent / "backups"
    for day in (24, 25, 26, 27):
        make_auto(folder, dt.datetime(2026, 11, day, 8), station_file)
    auto_backup(station_desk.db, "start", NOW)
    assert names(folder) == ["auto-20261127-080000.db", "auto-20261128-210500.db"]


def test_a_copy_that_fails_its_check_is_deleted_and_nothing_is_rotated(station_desk,
                                                                        station_file,
                                                                        monkeypatch):
    """GIVEN a copy that fails the integrity check WHEN the start backup runs THEN
    BackupFoundDamage, the bad copy is gone and the older backups are all still there."""
    folder = station_file.parent / "backups"
    old = [make_auto(folder, dt.datetime(2026, 9, d, 8), station_file) for d in range(1, 20)]
    monkeypatch.setattr("rescue_desk.services.maintenance.integrity_problems",
                        lambda file, **kw: ["*** in database main *** Page 7: btreeInitPage"])
    with pytest.raises(BackupFoundDamage) as caught:
        auto_backup(station_desk.db, "start", NOW)
    assert "Page 7" in caught.value.facts["detail"]
    assert names(folder) == sorted(p.name for p in old)


def test_a_stopped_backup_leaves_no_copy(station_desk, station_file, monkeypatch):
    """GIVEN a stop request once the copy is made (the desk is closing) WHEN the start backup
    is checking its copy THEN the check is interrupted, BackupStopped, and no half-checked copy
    is left."""
    monkeypatch.setattr("rescue_desk.store.backup.STOP_CHECK_STEPS", 10)
    folder = station_file.parent / "backups"
    asked = []

    def stop() -> bool:
        asked.append(1)
        return any(folder.glob("auto-*.db"))

    with pytest.raises(BackupStopped):
        auto_backup(station_desk.db, "start", NOW, stop=stop)
    assert len(asked) > 1
    assert names(folder) == []


def test_postgresql_is_backed_up_by_the_server():
    """GIVEN a PostgreSQL URL WHEN an automatic backup is asked for THEN SqliteOnly says to use
    pg_dump (nothing is connected to)."""
    from rescue_desk.store.db import Database

    db = Database("postgresql+psycopg://desk:secret@localhost:1/desk")
    try:
        with pytest.raises(SqliteOnly) as caught:
            auto_backup(db, "exit", NOW)
        assert "pg_dump" in caught.value.message()
        assert list_backups(db.url) == []
    finally:
        db.dispose()


def test_backups_are_listed_newest_first_with_kind_and_size(station_desk, station_file):
    """GIVEN an automatic, a manual and a before-restore backup WHEN listed THEN newest first,
    each with its kind, time and size; half-written copies are not listed."""
    folder = station_file.parent / "backups"
    auto_backup(station_desk.db, "start", NOW - dt.timedelta(days=1))
    backup(station_desk.db, now=NOW)
    (folder / "auto-20261128-220000.db.part").write_bytes(b"half")
    listed = list_backups(station_desk.db.url)
    assert [(b.path.name, b.kind.value) for b in listed] == [
        ("rescue-desk-20261128-210500.db", "manual"),
        ("auto-20261127-210500.db", "auto"),
    ]
    assert listed[0].size == listed[0].path.stat().st_size > 0


@pytest.mark.parametrize("damage", [truncate, overwrite_start, overwrite_table])
def test_cheap_check_finds_a_damaged_file(station_file, damage):
    """GIVEN a file cut short, overwritten at the start, or with a table's first page
    overwritten WHEN the cheap check runs THEN it names a problem."""
    assert cheap_problems(station_file) == []
    damage(station_file)
    assert cheap_problems(station_file) != []


@pytest.mark.parametrize("damage", [truncate, overwrite_start, overwrite_table])
def test_a_damaged_database_is_not_opened(station_file, damage):
    """GIVEN a damaged station file WHEN the desk opens it THEN DatabaseNotOpened says so in
    one sentence naming the file, and the file is left exactly as it was."""
    damage(station_file)
    before = station_file.read_bytes()
    with pytest.raises(DatabaseNotOpened) as caught:
        open_database("sqlite:///" + str(station_file))
    message = caught.value.message()
    assert str(station_file) in message and message.count(".") <= 2
    assert station_file.read_bytes() == before


def test_damage_the_cheap_check_misses_is_caught_by_the_first_query(station_file,
                                                                     monkeypatch):
    """GIVEN damage the cheap check does not see WHEN the first query fails THEN quick_check
    confirms it and the database is not opened."""
    monkeypatch.setattr("rescue_desk.services.maintenance.cheap_problems", lambda file: [])
    overwrite_start(station_file)
    with pytest.raises(DatabaseNotOpened):
        open_database("sqlite:///" + str(station_file))


def test_an_empty_file_is_a_new_database_not_a_damaged_one(tmp_path):
    """GIVEN an empty file (as some tools make) WHEN opened THEN it becomes a new database."""
    file = tmp_path / "new.db"
    file.touch()
    open_database("sqlite:///" + str(file)).dispose()
    assert cheap_problems(file) == []


def test_newest_sound_backup_skips_a_damaged_one(station_desk, station_file, add_officer):
    """GIVEN a sound backup from yesterday and a damaged one from today WHEN the newest sound
    backup is looked for THEN yesterday's is offered."""
    yesterday = auto_backup(station_desk.db, "start", NOW - dt.timedelta(days=1)).made
    today = auto_backup(station_desk.db, "start", NOW).made
    overwrite_table(today)
    found = newest_sound_backup(station_desk.db.url)
    assert found is not None and found.path == yesterday


def test_restore_over_a_damaged_file_sets_it_aside(station_desk, station_file, add_officer):
    """GIVEN a backup, then an officer added, then the file damaged WHEN the backup is restored
    THEN the damaged file (with its WAL) is renamed <name>.damaged-<time>, never deleted, and
    the restored database opens without the officer."""
    saved = backup(station_desk.db, now=NOW - dt.timedelta(hours=1))
    add_officer("jiedai1", {Role.FRONT_DESK})
    station_desk.db.dispose()
    truncate(station_file)
    damaged = station_file.read_bytes()
    aside = restore("sqlite:///" + str(station_file), saved, now=NOW)
    assert aside == station_file.with_name("station.db.damaged-20261128-210500")
    assert aside.read_bytes() == damaged
    db = open_database("sqlite:///" + str(station_file))
    try:
        with db.engine.connect() as conn:
            logins = [r[0] for r in conn.exec_driver_sql("SELECT login FROM user")]
        assert logins == ["admin"]
    finally:
        db.dispose()


def test_restore_of_a_sound_database_copies_it_first(station_desk, station_file):
    """GIVEN a sound database WHEN a backup is restored over it THEN the state before is copied
    to before-restore-<time>.db, and no file is set aside."""
    saved = backup(station_desk.db, now=NOW - dt.timedelta(hours=1))
    station_desk.db.dispose()
    kept = restore("sqlite:///" + str(station_file), saved, now=NOW)
    assert kept == station_file.parent / "backups" / "before-restore-20261128-210500.db"
    assert not list(station_file.parent.glob("*.damaged-*"))


def test_a_backup_from_an_older_version_is_restored_and_upgraded(station_desk, station_file,
                                                                 tmp_path):
    """GIVEN a backup at the previous schema revision (as the automatic backups made before an
    upgrade are) WHEN it is restored THEN it is accepted, and opening brings it to head with
    its officers."""
    from alembic import command

    from rescue_desk.store import migrate
    from rescue_desk.store.db import Database

    saved = backup(station_desk.db, tmp_path / "old.db")
    old = Database("sqlite:///" + str(saved))
    try:
        with old.engine.connect() as conn, conn.begin():
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "-1")
        previous = migrate.current_revision(old)
    finally:
        old.dispose()
    assert previous != migrate.HEAD
    station_desk.db.dispose()
    restore("sqlite:///" + str(station_file), saved, now=NOW)
    db = open_database("sqlite:///" + str(station_file), now=NOW)
    try:
        assert migrate.current_revision(db) == migrate.HEAD
        with db.engine.connect() as conn:
            assert [r[0] for r in conn.exec_driver_sql("SELECT login FROM user")] == ["admin"]
    finally:
        db.dispose()


def test_restore_refuses_a_damaged_backup(station_desk, station_file, tmp_path):
    """GIVEN a backup with a damaged table WHEN it is restored THEN RestoreRefused."""
    saved = overwrite_table(backup(station_desk.db, tmp_path / "bad.db"))
    station_desk.db.dispose()
    with pytest.raises(RestoreRefused):
        restore("sqlite:///" + str(station_file), saved, now=NOW)


def test_facts_for_a_support_call(station_desk, station_file):
    """GIVEN a station with one backup WHEN its facts are read THEN the file, its size, the
    schema revision, the backup folder and the newest backup are there."""
    made = auto_backup(station_desk.db, "start", NOW).made
    facts = database_facts(station_desk.db)
    assert facts.address == str(station_file)
    assert facts.size >= station_file.stat().st_size
    assert facts.revision is not None
    assert facts.backup_folder == station_file.parent / "backups"
    assert facts.newest_backup.path == made
    assert [name for name, _v in versions()] == ["Rescue Desk", "Python", "SQLAlchemy",
                                                  "SQLite", "reportlab"]


def test_facts_hide_a_postgresql_password():
    """GIVEN a PostgreSQL URL with a password WHEN the facts name the database THEN the password
    is not shown (the server need not be reachable)."""
    from rescue_desk.store.db import Database

    db = Database("postgresql+psycopg://desk:secret@127.0.0.1:1/desk?connect_timeout=1")
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("rescue_desk.store.migrate.stamped_revision", lambda db: None)
            facts = database_facts(db)
        assert "secret" not in facts.address and "***" in facts.address
        assert facts.backup_folder is None and facts.newest_backup is None
    finally:
        db.dispose()


def test_a_desk_on_the_restored_file_works(station_desk, station_file):
    """GIVEN a restore WHEN the desk opens the file again THEN services read and write it."""
    saved = backup(station_desk.db, now=NOW - dt.timedelta(hours=1))
    station_desk.db.dispose()
    restore("sqlite:///" + str(station_file), saved, now=NOW)
    desk = Desk(open_database("sqlite:///" + str(station_file)))
    try:
        SettingsService(desk).all()
    finally:
        desk.db.dispose()
