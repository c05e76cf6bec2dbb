"""Consistent online backups of a SQLite file (SQLite's backup API), safe while a desk is open."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from rescue_desk.domain.errors import BackupFailed


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path``, escaped (a ``#`` or ``?`` in a folder name is safe)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` page by page, consistently; returns ``target``.

    The copy is written to a temporary name and renamed, so a failed backup never leaves a
    half-written file under the target name.
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


def integrity_problems(file: Path) -> list[str]:
    """SQLite's own ``integrity_check`` and ``foreign_key_check`` findings (empty when sound)."""
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(file), uri=True)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [r for r in rows if r != "ok"]
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} points to a missing {parent}")
            return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
