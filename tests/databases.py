"""The databases the tests run on: SQLite files (the default) or PostgreSQL databases.

``RESCUE_DESK_TEST_DB`` (or ``pytest --test-db URL``) set to a PostgreSQL URL of a role that may
create databases runs the suite on that server: each template (the migrated schema, the station,
the demo) is made once per session by the real migrations and services, and each test gets its
own ``CREATE DATABASE … TEMPLATE …`` copy, dropped when the test ends. Without it, templates are
SQLite files copied per test.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

#: The environment variable that points the suite at a PostgreSQL server.
TEST_DB_ENV = "RESCUE_DESK_TEST_DB"


def sqlite_url(file: Path) -> str:
    return "sqlite:///" + str(file)


def copy_database(source: Path, target: Path) -> Path:
    """Copy a closed SQLite file (and its WAL, should one be left) to ``target``."""
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    return target


def shown(db: Path | str) -> str:
    """How the desk names the database ``db`` (a path, or a URL without its password)."""
    if isinstance(db, str) and "://" in db:
        return make_url(db).render_as_string(hide_password=True)
    return str(db)


def query(db: Path | str, sql: str, params: dict | None = None) -> list[tuple]:
    """The rows of one statement (``:name`` parameters) on ``db``, a SQLite file or any URL, read
    and committed on a connection of its own, behind the desk's back."""
    url = str(db) if "://" in str(db) else sqlite_url(Path(db))
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params or {})
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


class SqliteDatabases:
    """Templates are files; a copy is a copied file in the test's folder."""

    kind = "sqlite"

    def __init__(self, folder: Callable[[str], Path]) -> None:
        self._folder = folder

    def template(self, name: str, build: Callable[[str], None], base: str | None = None) -> str:
        file = self._folder(f"tmpl-{name}") / f"{name}.db"
        if base is not None:
            copy_database(Path(base), file)
        build(sqlite_url(file))
        return str(file)

    def copy(self, template: str, folder: Path, name: str) -> str:
        return sqlite_url(copy_database(Path(template), folder / f"{name}.db"))

    def blank(self, folder: Path, name: str) -> str:
        return sqlite_url(folder / f"{name}.db")

    def release(self, url: str) -> None:
        """Files go with the test's temporary folder."""

    def close(self) -> None:
        """Nothing to drop."""


class PostgresDatabases:
    """Templates and copies are databases on one server, named after this test process so that
    two sessions on one server never meet; all are dropped at the end (and the leftovers of a
    session that died are dropped at the start of the next)."""

    kind = "postgresql"

    def __init__(self, server_url: str) -> None:
        self.server = make_url(server_url)
        if not self.server.drivername.startswith("postgresql"):
            raise ValueError(f"{TEST_DB_ENV} must be a postgresql+psycopg:// URL, not {server_url}")
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.prefix = f"rdt_{os.getpid()}_"
        self._numbers = itertools.count(1)
        self._live: set[str] = set()
        self._templates: list[str] = []
        self._drop_leftovers()

    def _sql(self, statement: str) -> list[tuple]:
        with self.admin.connect() as conn:
            result = conn.execute(text(statement))
            return result.fetchall() if result.returns_rows else []

    def _drop_leftovers(self) -> None:
        for (name,) in self._sql("SELECT datname FROM pg_database WHERE datname LIKE 'rdt\\_%'"):
            found = re.match(r"rdt_(\d+)_", name)
            if found and not _process_alive(int(found.group(1))):
                self._drop(name)

    def _drop(self, name: str) -> None:
        # Connections a test left open are ended first (only the role's own: WITH (FORCE) would
        # also need the right to signal autovacuum's workers, which a role that merely may
        # create databases lacks; a plain DROP DATABASE stops those by itself).
        self._sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                  f"WHERE datname = '{name}' AND pid <> pg_backend_pid() "
                  "AND usename = current_user")
        self._sql(f'DROP DATABASE IF EXISTS "{name}"')

    def url(self, name: str) -> str:
        return self.server.set(database=name).render_as_string(hide_password=False)

    def _create(self, name: str, template: str | None) -> str:
        source = f' TEMPLATE "{template}"' if template else ""
        self._sql(f'CREATE DATABASE "{name}"{source}')
        return self.url(name)

    def template(self, name: str, build: Callable[[str], None], base: str | None = None) -> str:
        database = f"{self.prefix}tmpl_{name}"
        self._templates.append(database)
        build(self._create(database, base))
        return database

    def copy(self, template: str, folder: Path, name: str) -> str:
        database = f"{self.prefix}{next(self._numbers)}"
        url = self._create(database, template)
        self._live.add(database)
        return url

    def blank(self, folder: Path, name: str) -> str:
        database = f"{self.prefix}{next(self._numbers)}"
        url = self._create(database, None)
        self._live.add(database)
        return url

    def release(self, url: str) -> None:
        database = make_url(url).database
        if database in self._live:
            self._live.discard(database)
            self._drop(database)

    def close(self) -> None:
        for database in [*self._live, *reversed(self._templates)]:
            with contextlib.suppress(Exception):
                self._drop(database)
        self._live.clear()
        self.admin.dispose()


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
