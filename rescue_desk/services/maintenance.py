"""Opening a database (with migrations), the integrity check, backup and restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.exc import DBAPIError

from rescue_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    BackupFailed,
    DatabaseUnavailable,
    DeskError,
    NotSupported,
    RestoreRefused,
    SchemaBehind,
    SchemaTooNew,
)
from rescue_desk.domain.models import Station
from rescue_desk.paths import backup_dir, sqlite_file
from rescue_desk.services import audit
from rescue_desk.store import migrate
from rescue_desk.store.backup import backup_sqlite, integrity_problems, read_only_uri
from rescue_desk.store.db import Database


class DatabaseDamaged(DeskError):
    code = "db_damaged"
    template = QT_TRANSLATE_NOOP("DeskError", "The database file is damaged: {detail}")


class NotADatabase(DeskError):
    code = "not_a_database"
    template = QT_TRANSLATE_NOOP("DeskError", "{path} is not a Rescue Desk database.")


class SqliteOnly(NotSupported):
    code = "sqlite_only"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "Backups from the desk work on a SQLite file; back up a shared PostgreSQL database "
        "with the server's own tools (pg_dump).",
    )


def open_database(url: str, *, migrate_schema: bool = True,
                  now: dt.datetime | None = None) -> Database:
    """Open ``url`` and bring its schema to head (backing up a SQLite file first)."""
    file = sqlite_file(url)
    if file is not None:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(where=str(file), reason=str(exc)) from exc
    db = Database(url)
    try:
        if migrate_schema:
            migrate.upgrade(db, backup_folder=backup_dir(url), now=now)
    except DeskError:
        db.dispose()
        raise
    except (DBAPIError, OSError) as exc:
        db.dispose()
        reason = str(getattr(exc, "orig", None) or exc)
        raise DatabaseUnavailable(where=db.display_name(), reason=reason) from exc
    return db


def check(db: Database) -> list[DeskError]:
    """Everything wrong with the database: file integrity, schema revision, audit chain.

    A SQLite file is read through a read-only connection, so checking a backup leaves it as it
    was.
    """
    file = db.file
    if file is None:
        return _check(db)
    if not file.exists():
        return [NotADatabase(path=str(file))]
    problems = integrity_problems(file)
    if problems:
        return [DatabaseDamaged(detail=p) for p in problems[:10]]
    reader = Database(db.url, read_only=True)
    try:
        return _check(reader)
    finally:
        reader.dispose()


def _check(db: Database) -> list[DeskError]:
    try:
        current = migrate.current_revision(db)
        head = migrate.head_revision()
        if current is None:
            return [NotADatabase(path=db.display_name())]
        if current != head:
            if current not in migrate.known_revisions():
                return [SchemaTooNew(found=current, head=head)]
            return [SchemaBehind(found=current, head=head)]
        with db.read() as s:
            return audit.verify_chain(s)
    except DBAPIError as exc:
        return [DatabaseDamaged(detail=str(exc.orig))]


def default_backup_name(now: dt.datetime) -> str:
    return f"rescue-desk-{now:%Y%m%d-%H%M%S}.db"


def backup(db: Database, target: Path | None = None, *, now: dt.datetime | None = None) -> Path:
    """A consistent copy of the SQLite file, by default in the backup folder."""
    file = db.file
    if file is None:
        raise SqliteOnly()
    if not file.exists():
        raise BackupFailed(reason=str(file))
    if target is None:
        target = backup_dir(db.url) / default_backup_name(now or dt.datetime.now())
    return backup_sqlite(file, Path(target))


def restore(url: str, source: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Replace the database at ``url`` with ``source`` if ``source`` passes the check.

    The current file is backed up first; returns that backup (None if there was no file).
    """
    target = sqlite_file(url)
    if target is None:
        raise SqliteOnly()
    source = Path(source)
    if not source.is_file():
        raise RestoreRefused(path=str(source), reason=NotADatabase(path=str(source)))
    candidate = Database("sqlite:///" + str(source.resolve()), read_only=True)
    try:
        problems = check(candidate)
        if not problems:
            with candidate.read() as s:
                if not inspect(candidate.engine).has_table("station") or \
                        s.execute(select(Station)).first() is None:
                    problems = [NotADatabase(path=str(source))]
    finally:
        candidate.dispose()
    if problems:
        raise RestoreRefused(path=str(source), reason=problems[0])
    saved = None
    if target.exists():
        saved = backup_sqlite(
            target, backup_dir(url) / f"before-restore-{now or dt.datetime.now():%Y%m%d-%H%M%S}.db"
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(read_only_uri(source), uri=True)) as src, \
                contextlib.closing(sqlite3.connect(target)) as dst:
            dst.execute("PRAGMA busy_timeout=10000")
            src.backup(dst)
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(reason=str(exc)) from exc
    return saved
