"""Consistent online backups of a SQLite file (SQLite's backup API), safe while a desk is open;
SQLite's integrity checks, and a cheap check that a file is a readable database before opening."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, BackupFailed, DeskError

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Files beside a SQLite database that belong to it (write-ahead log, shared memory, journal).
COMPANIONS = ("-wal", "-shm", "-journal")
#: SQLite virtual-machine steps between two looks at a ``stop`` request.
STOP_CHECK_STEPS = 20_000


class BackupStopped(DeskError):
    code = "backup_stopped"
    template = QT_TRANSLATE_NOOP("DeskError", "The backup was stopped before it was finished.")


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path``, escaped (a ``#`` or ``?`` in a folder name is safe)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` page by page, consistently; returns ``target``.

    The copy is written to a temporary name and renamed, so a failed backup never leaves a
    half-written file under the target name. The whole copy is one step (one read transaction):
    a copy made in several steps starts again whenever another desk writes.
    """
    target = Path(target)
    tmp = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(read_only_uri(source), uri=True)) as src, \
                contextlib.closing(sqlite3.connect(tmp)) as dst:
            src.execute("PRAGMA busy_timeout=10000")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupFailed(reason=str(exc)) from exc
    return target


def integrity_problems(file: Path, *, quick: bool = False,
                       stop: Callable[[], bool] | None = None) -> list[str]:
    """SQLite's own findings on ``file`` (empty when sound).

    The full check is ``integrity_check`` and ``foreign_key_check`` (about 40 s a gigabyte);
    ``quick`` runs ``quick_check`` only, which skips the comparison of indexes with their tables
    (about ten times faster). ``stop`` is asked now and then; when it says so, BackupStopped.
    """
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(file), uri=True)) as conn:
            if stop is not None:
                conn.set_progress_handler(lambda: 1 if stop() else 0, STOP_CHECK_STEPS)
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
            problems = [r for r in rows if r != "ok"]
            if not quick:
                for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                    problems.append(f"{table} row {rowid} points to a missing {parent}")
            return problems
    except sqlite3.DatabaseError as exc:
        if stop is not None and stop() and "interrupt" in str(exc).lower():
            raise BackupStopped() from exc
        return [str(exc)]


def _header_problems(file: Path) -> list[str]:
    """What the 100-byte header and the file's size say is wrong (empty when they agree)."""
    size = file.stat().st_size
    if size == 0:
        return []  # SQLite makes an empty file into a new database
    with file.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return ["file is not a database (no SQLite header)"]
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [f"the header gives an impossible page size {page_size}"]
    if size % page_size:
        return [f"the file is {size} bytes, not a whole number of {page_size}-byte pages"]
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    wal = file.with_name(file.name + "-wal")
    wal_in_use = wal.exists() and wal.stat().st_size > 0
    if valid_for == change_counter and pages * page_size > size and not wal_in_use:
        return [f"the file is cut short: {size // page_size} of {pages} pages"]
    return []


def cheap_problems(file: Path) -> list[str]:
    """A check quick enough for every start, even of a database of gigabytes (a few
    milliseconds): the header and size agree, the schema reads, and the first row of every table
    reads. It finds a file cut short or overwritten at the start, or a table's first pages
    overwritten; ``integrity_problems`` finds the rest."""
    file = Path(file)
    try:
        problems = _header_problems(file)
        if problems or file.stat().st_size == 0:
            return problems
    except OSError:  # cannot be read: opening it says why
        return []
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(file), uri=True)) as conn:
            conn.execute("PRAGMA busy_timeout=10000")
            tables = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")]
            for table in tables:
                quoted = '"' + table.replace('"', '""') + '"'
                conn.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()
    except sqlite3.OperationalError:
        # Cannot open, locked by another desk, an I/O error: no finding about the file's
        # contents; opening it reports what is wrong.
        return []
    except sqlite3.DatabaseError as exc:  # malformed, not a database
        return [str(exc)]
    return []


def set_aside(file: Path, new_name: str) -> Path:
    """Rename ``file`` (and its write-ahead log and shared-memory files, should they exist) to
    ``new_name`` in the same folder, never deleting anything; returns the new path."""
    file = Path(file)
    target = file.with_name(new_name)
    if target.exists():
        raise BackupFailed(reason=f"{target} already exists")
    try:
        os.replace(file, target)
        for suffix in COMPANIONS:
            companion = file.with_name(file.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
    except OSError as exc:
        raise BackupFailed(reason=str(exc)) from exc
    return target
