"""Opening the database (with a cheap check for damage and the migrations), the integrity check,
backups made by hand and automatically (with rotation), restore, and the facts for a support
call."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import platform
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from rescue_desk.domain import backups as naming
from rescue_desk.domain.backups import BackupKind
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
from rescue_desk.paths import backup_dir, sqlite_file
from rescue_desk.services import audit
from rescue_desk.store import migrate
from rescue_desk.store.backup import (
    BackupStopped,
    backup_sqlite,
    cheap_problems,
    integrity_problems,
    read_only_uri,
    set_aside,
)
from rescue_desk.store.db import Database, desk_error

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # the command line prints one sentence, not the log
#: A callable asked now and then during long work; True means "stop now".
Stop = Callable[[], bool]


class DatabaseDamaged(DeskError):
    code = "db_damaged"
    template = QT_TRANSLATE_NOOP("DeskError", "The database file is damaged: {detail}")


class DatabaseNotOpened(DatabaseDamaged):
    """A damaged database found at start; ``detail`` (SQLite's words) goes to the log."""

    code = "db_not_opened"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The database {path} is damaged, so the desk did not open it."
    )


class BackupFoundDamage(DatabaseDamaged):
    """The copy just made fails its check: the database it was copied from is damaged.
    ``detail`` (SQLite's words) goes to the log."""

    code = "backup_found_damage"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "Checking today's backup found the database damaged; an administrator should restore "
        "a sound backup under Settings → Backups (the log file has the details).",
    )


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
    """Open ``url`` and bring its schema to head (backing up a SQLite file first).

    A SQLite file gets a cheap check first (milliseconds, even for gigabytes); when that or the
    first query fails, SQLite's ``quick_check`` decides, and a damaged file is not opened:
    DatabaseNotOpened.
    """
    file = sqlite_file(url)
    if file is not None:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(where=str(file), reason=str(exc)) from exc
        if file.exists():
            found = cheap_problems(file)
            if found:
                _confirm_damage(file, found)
    db = Database(url)
    try:
        if migrate_schema:
            migrate.upgrade(db, backup_folder=backup_dir(url), now=now)
        else:
            migrate.stamped_revision(db)
    except DeskError:
        db.dispose()
        raise
    except (DBAPIError, OSError) as exc:
        db.dispose()
        reason = str(getattr(exc, "orig", None) or exc)
        if file is not None and file.exists() and not isinstance(exc, OperationalError):
            _confirm_damage(file, [reason])  # malformed, not a database: damaged?
        if isinstance(exc, OperationalError):
            raise desk_error(exc, db.display_name()) from exc
        raise DatabaseUnavailable(where=db.display_name(), reason=reason) from exc
    return db


def _confirm_damage(file: Path, found: list[str]) -> None:
    """Raise DatabaseNotOpened if SQLite's ``quick_check`` agrees that ``file`` is damaged."""
    confirmed = integrity_problems(file, quick=True)
    if confirmed:
        log.error("The database %s is damaged: %s; quick_check: %s", file, found[0],
                  "; ".join(confirmed[:5]))
        raise DatabaseNotOpened(path=str(file), detail=confirmed[0])
    log.warning("The database %s looked damaged (%s) but passes quick_check", file, found[0])


def check(db: Database, *, stop: Stop | None = None) -> list[DeskError]:
    """Everything wrong with the database: file integrity, schema revision, audit chain.

    A SQLite file is read through a read-only connection, so checking a backup leaves it as it
    was.
    """
    file = db.file
    if file is None:
        return _check(db)
    if not file.exists():
        return [NotADatabase(path=str(file))]
    problems = integrity_problems(file, stop=stop)
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
    """The name of a backup made by hand (``rescue-desk backup``, "Back up now")."""
    return naming.manual_name(now)


@dataclasses.dataclass(frozen=True)
class BackupFile:
    """One backup in the backup folder."""

    path: Path
    kind: BackupKind
    made: dt.datetime  #: from the name; for a file named otherwise, when it was last written
    size: int  #: bytes


def list_backups(url: str) -> list[BackupFile]:
    """The backups in the database's backup folder, newest first (none for PostgreSQL)."""
    if sqlite_file(url) is None:
        return []
    found = []
    with contextlib.suppress(OSError):
        for path in backup_dir(url).iterdir():
            name = naming.read_name(path.name)
            if name is None or not path.is_file():
                continue
            with contextlib.suppress(OSError):
                stat = path.stat()
                made = name.made or dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
                found.append(BackupFile(path, name.kind, made, stat.st_size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def backup(db: Database, target: Path | None = None, *, now: dt.datetime | None = None) -> Path:
    """A consistent copy of the SQLite file, by default in the backup folder (kept until a
    person deletes it: rotation only deletes automatic backups)."""
    file = db.file
    if file is None:
        raise SqliteOnly()
    if not file.exists():
        raise BackupFailed(reason=str(file))
    if target is None:
        target = backup_dir(db.url) / default_backup_name(now or dt.datetime.now())
    return backup_sqlite(file, Path(target))


@dataclasses.dataclass(frozen=True)
class AutoBackup:
    """What an automatic backup did."""

    made: Path | None  #: None: not due (there is an automatic backup from today already)
    thorough: bool  #: checked with integrity_check (else quick_check)
    deleted: tuple[Path, ...] = ()  #: older automatic backups rotated away


def _automatic_backups(folder: Path) -> dict[dt.datetime, Path]:
    found = {}
    with contextlib.suppress(OSError):
        for path in folder.glob("auto-*.db"):
            name = naming.read_name(path.name)
            if name is not None and name.kind is BackupKind.AUTOMATIC and name.made is not None:
                found[name.made] = path
    return found


def _keep_rules(db: Database) -> tuple[int, int]:
    from rescue_desk.services.desk import Desk
    from rescue_desk.services.settings import SettingsService

    rules = SettingsService(Desk(db))
    return int(rules.get("backup_keep_daily")), int(rules.get("backup_keep_weekly"))


def auto_backup(db: Database, reason: str = "start", now: dt.datetime | None = None, *,
                keep_daily: int | None = None, keep_weekly: int | None = None,
                stop: Stop | None = None) -> AutoBackup:
    """The automatic backup: at ``"start"`` only when no automatic backup is dated today, at
    ``"exit"`` always; then the copy is checked and only then are older automatic backups
    rotated away (local rules ``backup_keep_daily`` and ``backup_keep_weekly``, read from the
    database unless given).

    The check at start is SQLite's full integrity check (run it in the background: about 40 s a
    gigabyte); at exit it is ``quick_check`` (about ten times faster), so that closing the desk
    is not held up long. A copy that fails its check is deleted and BackupFoundDamage raised;
    nothing is rotated. ``stop`` ends the work early with BackupStopped (the copy is deleted).
    """
    if reason not in ("start", "exit"):
        raise ValueError(f"reason must be 'start' or 'exit', not {reason!r}")
    file = db.file
    if file is None:
        raise SqliteOnly()
    if not file.exists():
        raise BackupFailed(reason=str(file))
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backup_dir(db.url)
    thorough = reason == "start"
    if reason == "start" and not naming.start_backup_due(_automatic_backups(folder), now):
        return AutoBackup(None, thorough)
    if keep_daily is None or keep_weekly is None:
        daily, weekly = _keep_rules(db)
        keep_daily = daily if keep_daily is None else keep_daily
        keep_weekly = weekly if keep_weekly is None else keep_weekly
    if stop is not None and stop():
        raise BackupStopped()
    made = backup_sqlite(file, folder / naming.automatic_name(now))
    try:
        problems = integrity_problems(made, quick=not thorough, stop=stop)
    except BackupStopped:
        made.unlink(missing_ok=True)
        raise
    if problems:
        made.unlink(missing_ok=True)
        log.error("The automatic backup of %s fails its check: %s", file, "; ".join(problems[:5]))
        raise BackupFoundDamage(detail=problems[0])
    deleted = rotate(folder, keep_daily, keep_weekly)
    log.info("Automatic backup %s (%s check); rotated away: %s", made.name,
             "full" if thorough else "quick", ", ".join(p.name for p in deleted) or "none")
    return AutoBackup(made, thorough, tuple(deleted))


def rotate(folder: Path, keep_daily: int, keep_weekly: int) -> list[Path]:
    """Delete the automatic backups in ``folder`` that the rotation rule does not keep; returns
    what was deleted. Other backups are never touched."""
    found = _automatic_backups(folder)
    deleted = []
    for moment in naming.automatic_to_delete(found, keep_daily, keep_weekly):
        path = found[moment]
        try:
            path.unlink()
        except FileNotFoundError:  # another desk rotated it at the same moment
            continue
        except OSError as exc:
            log.warning("Could not delete the old backup %s: %s", path, exc)
            continue
        deleted.append(path)
    return deleted


def restorable_problems(source: Path, *, stop: Stop | None = None) -> list[DeskError]:
    """Why ``source`` cannot be restored (empty when it can): it must pass the full check
    (integrity, audit trail) and hold a station. A backup made by an older version passes; the
    desk upgrades it when it opens it."""
    source = Path(source)
    if not source.is_file():
        return [NotADatabase(path=str(source))]
    candidate = Database("sqlite:///" + str(source.resolve()), read_only=True)
    try:
        problems = [p for p in check(candidate, stop=stop) if not isinstance(p, SchemaBehind)]
        if not problems:
            try:
                with candidate.engine.connect() as conn:
                    has_station = conn.execute(text("SELECT 1 FROM station LIMIT 1")).first()
            except DBAPIError:
                has_station = None
            if has_station is None:
                problems = [NotADatabase(path=str(source))]
    finally:
        candidate.dispose()
    return problems


def newest_sound_backup(url: str, *, stop: Stop | None = None) -> BackupFile | None:
    """The newest backup that passes the check ``restore`` makes, or None."""
    for candidate in list_backups(url):
        if stop is not None and stop():
            raise BackupStopped()
        problems = restorable_problems(candidate.path, stop=stop)
        if not problems:
            return candidate
        log.warning("Backup %s cannot be restored: %s", candidate.path, problems[0].message())
    return None


def restore(url: str, source: Path, *, now: dt.datetime | None = None,
            checked: bool = False, damaged: bool = False) -> Path | None:
    """Replace the database at ``url`` with ``source`` if ``source`` passes the check
    (``checked``: the caller has just run ``restorable_problems`` on it).

    The current file is kept first: copied to ``before-restore-<time>.db`` in the backup folder,
    or, when it is damaged (``damaged``, or the cheap check or the copy fails), renamed to
    ``<name>.damaged-<time>`` beside itself, never deleted. Returns where the old state is kept
    (None if there was no file). Close every connection to the database first.
    """
    target = sqlite_file(url)
    if target is None:
        raise SqliteOnly()
    source = Path(source)
    if not source.is_file():
        raise RestoreRefused(path=str(source), reason=NotADatabase(path=str(source)))
    problems = [] if checked else restorable_problems(source)
    if problems:
        raise RestoreRefused(path=str(source), reason=problems[0])
    now = now or dt.datetime.now()
    saved = None
    if target.exists():
        damaged = damaged or bool(cheap_problems(target))
        if not damaged:
            try:
                saved = backup_sqlite(target, backup_dir(url) / naming.before_restore_name(now))
            except BackupFailed as exc:
                log.warning("Could not copy %s before the restore (%s); setting it aside",
                            target, exc.facts.get("reason"))
                damaged = True
        if damaged:
            saved = set_aside(target, naming.damaged_name(target.name, now))
    if not target.exists():
        backup_sqlite(source, target)
        log.info("Restored %s from %s; the old file is kept as %s", target, source, saved)
        return saved
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(read_only_uri(source), uri=True)) as src, \
                contextlib.closing(sqlite3.connect(target)) as dst:
            dst.execute("PRAGMA busy_timeout=10000")
            src.backup(dst)
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(reason=str(exc)) from exc
    log.info("Restored %s from %s; the old state is kept in %s", target, source, saved)
    return saved


@dataclasses.dataclass(frozen=True)
class DatabaseFacts:
    """The database, for the About dialog and a support call."""

    address: str  #: the file, or the URL without its password
    size: int | None  #: bytes (with the write-ahead log), None when unknown
    revision: str | None  #: the schema revision stamped in the database
    backup_folder: Path | None  #: None for PostgreSQL (pg_dump's job)
    newest_backup: BackupFile | None


def database_facts(db: Database) -> DatabaseFacts:
    """What a support call asks about the database; cheap (no scan of the data)."""
    size = None
    file = db.file
    if file is not None:
        with contextlib.suppress(OSError):
            size = file.stat().st_size
            wal = file.with_name(file.name + "-wal")
            if wal.exists():
                size += wal.stat().st_size
    elif db.engine.dialect.name == "postgresql":
        with contextlib.suppress(DBAPIError), db.engine.connect() as conn:
            size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
    address = str(file) if file is not None else \
        db.engine.url.render_as_string(hide_password=True)
    backups = list_backups(db.url)
    return DatabaseFacts(address, size, migrate.stamped_revision(db),
                         backup_dir(db.url) if file is not None else None,
                         backups[0] if backups else None)


def versions() -> list[tuple[str, str]]:
    """Versions of Python and the libraries below the GUI, for a support call."""
    from importlib import metadata

    import sqlalchemy

    from rescue_desk import __version__

    def installed(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "-"

    return [
        ("Rescue Desk", __version__),
        ("Python", platform.python_version()),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("SQLite", sqlite3.sqlite_version),
        ("reportlab", installed("reportlab")),
    ]
