"""Schema migrations: bring a database to the code's schema at start, safely.

The upgrade runs in one transaction, after a timestamped backup of a SQLite file. A database made
by a newer version of the program is refused.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from rescue_desk.domain.errors import SchemaTooNew
from rescue_desk.store.backup import backup_sqlite
from rescue_desk.store.db import Database

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision this code knows."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(db: Database) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def has_tables(db: Database) -> bool:
    return bool(inspect(db.engine).get_table_names())


def upgrade(db: Database, *, backup_folder: Path | None = None,
            now: dt.datetime | None = None) -> Path | None:
    """Upgrade ``db`` to head. Returns the backup made before upgrading, if any.

    Raises SchemaTooNew when the database is at a revision this code does not know.
    """
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
    config = alembic_config()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            # Table rebuilds in batch migrations must not cascade: foreign keys off outside
            # the transaction, then checked before commit.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
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
