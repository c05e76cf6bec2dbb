"""Schema migrations: bring a database to the code's schema at start, safely.

The upgrade runs in one transaction, after a timestamped backup of a SQLite file (on PostgreSQL,
holding the desks' write lock, so that two desks starting at once never upgrade twice). A database
made by a newer version of the program is refused.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from rescue_desk.domain.errors import SchemaTooNew
from rescue_desk.store.backup import backup_sqlite
from rescue_desk.store.db import WRITE_LOCK, Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

#: The newest revision, written here so that a start on an up-to-date database need not load
#: Alembic (a test holds it equal to the scripts' head).
HEAD = "0008"


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision this code knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(db: Database) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def stamped_revision(db: Database) -> str | None:
    """The revision in ``alembic_version`` read with one query (None when there is none)."""
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:
        return None
    return rows[0] if len(rows) == 1 else None


def has_tables(db: Database) -> bool:
    return bool(inspect(db.engine).get_table_names())


def upgrade(db: Database, *, backup_folder: Path | None = None,
            now: dt.datetime | None = None) -> Path | None:
    """Upgrade ``db`` to head. Returns the backup made before upgrading, if any.

    Raises SchemaTooNew when the database is at a revision this code does not know.
    """
    if stamped_revision(db) == HEAD:
        return None  # the usual start: nothing to do, and Alembic stays unloaded
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(found=current, head=head)
    saved = None
    file = db.file
    if file is not None and file.exists() and has_tables(db) and backup_folder is not None:
        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        saved = backup_folder / f"before-upgrade-{current or 'none'}-{stamp}.db"
        backup_sqlite(file, saved)
    from alembic import command

    config = alembic_config()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            # Table rebuilds in batch migrations must not cascade: foreign keys off outside
            # the transaction, then checked before commit.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # Two desks starting at once: the second waits, then finds nothing to do.
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if db.is_sqlite:
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise RuntimeError(f"foreign keys broken by the upgrade: {bad[:5]}")
        finally:
            if db.is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    return saved
