"""The engine factory and transactions.

SQLite runs with WAL, foreign keys on, a busy timeout and ``synchronous=FULL`` (a committed intake
survives a power cut). Write transactions start with ``BEGIN IMMEDIATE`` so two desks queue for the
write lock instead of failing half-way.

PostgreSQL (``postgresql+psycopg://``, several desks on one server) gets the same behaviour: a write
transaction first takes the desks' write lock (a transaction-level advisory lock), so writes queue
one after another exactly as on SQLite and every check a service makes before writing still holds
when it writes; a lock waited for longer than the busy timeout, a deadlock or a serialization
failure is DatabaseBusy, as SQLite's "database is locked" is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, func
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rescue_desk.domain.errors import (
    DatabaseBusy,
    DatabaseCannotOpen,
    DatabaseReadOnly,
    DatabaseUnavailable,
    DeskError,
    DiskError,
    DiskFull,
)
from rescue_desk.paths import sqlite_file

#: Milliseconds a desk waits for another desk's write to finish.
BUSY_TIMEOUT_MS = 10_000

#: The PostgreSQL advisory lock that write transactions queue for (any fixed number: "RD").
WRITE_LOCK = 0x5244

#: PostgreSQL's "try again" errors: serialization failure, deadlock, lock not available.
BUSY_SQLSTATES = frozenset({"40001", "40P01", "55P03"})


def _is_busy(exc: OperationalError) -> bool:
    if getattr(exc.orig, "sqlstate", None) in BUSY_SQLSTATES:
        return True
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    return "locked" in text or "busy" in text


def desk_error(exc: OperationalError, where: str) -> DeskError:
    """The DeskError a clerk can act on for a failed operation (SQLite's result code first)."""
    name = getattr(exc.orig, "sqlite_errorname", "") or ""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    if _is_busy(exc) or name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DatabaseBusy()
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return DiskFull(where=where)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return DatabaseReadOnly(where=where)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        return DatabaseCannotOpen(where=where)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DiskError(where=where)
    return DatabaseUnavailable(where=where, reason=str(exc.orig))


def prefix_range(column, text: str):
    """``column`` starts with ``text``, as an index-friendly range (not LIKE, which skips an
    ordinary index). The upper bound is above every character, rare CJK ones included."""
    return (column >= text) & (column < text + "\U0010ffff")


def is_null_unindexed(column):
    """``column IS NULL``, written so that the database does not choose ``column``'s index for
    it. Where nearly every row is NULL (``Person.merged_into_id``: merged records are rare),
    that index would read the whole table, while a range on another column (a name, an ID
    number, a phone) finds the few rows asked for; SQLite without statistics prefers the
    equality."""
    return func.coalesce(column, 0) == 0


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for ``url`` with the desk's SQLite settings applied to every connection.

    ``read_only`` (checking a backup) changes nothing in the file: no WAL switch, no writes.
    """
    if url.startswith("sqlite"):
        file = sqlite_file(url)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised by every test
            # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if read_only:
                cursor.execute("PRAGMA query_only=ON")
            elif file is not None:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            mode = conn.get_execution_options().get("sqlite_begin", "")
            conn.exec_driver_sql(f"BEGIN {mode}".strip())

        return engine
    if url.startswith("postgresql"):
        options = f"-c lock_timeout={BUSY_TIMEOUT_MS}"
        if read_only:
            options += " -c default_transaction_read_only=on"
        engine = create_engine(url, pool_pre_ping=True, connect_args={
            "application_name": "rescue-desk", "options": options,
        })

        @event.listens_for(engine, "begin")
        def _on_begin_pg(conn):
            if conn.get_execution_options().get("desk_write"):
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One database: its URL, engine, and read and write transactions."""

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, read_only=read_only)
        self.is_sqlite = url.startswith("sqlite")
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite \
            else self.engine.execution_options(desk_write=True)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer, expire_on_commit=False)

    @property
    def file(self) -> Path | None:
        """The SQLite file, or None."""
        return sqlite_file(self.url)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        session = self._write()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise desk_error(exc, self.display_name()) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        session = self._read()
        try:
            yield session
        except OperationalError as exc:
            raise desk_error(exc, self.display_name()) from exc
        finally:
            session.rollback()
            session.close()

    def display_name(self) -> str:
        """The file path, or the URL without its password."""
        if self.file is not None:
            return str(self.file)
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
