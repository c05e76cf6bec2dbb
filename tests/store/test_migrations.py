"""Alembic migrations: the schema equals the models, upgrades keep rows, newer schemas are
refused, and an existing file is backed up before an upgrade."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from rescue_desk.domain.errors import SchemaBehind, SchemaTooNew
from rescue_desk.domain.models import Base, Setting
from rescue_desk.paths import backup_dir
from rescue_desk.services.maintenance import check, open_database
from rescue_desk.store import migrate

NOW = dt.datetime(2026, 11, 28, 21, 5, 0)


def revisions_in_order() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_models_equal_the_migrated_schema(db_url, open_db):
    """GIVEN a database made by the migrations WHEN Alembic compares it with the models THEN
    there is no difference (no missing table, column, index, constraint or type change)."""
    with open_db(db_url).engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_migrated_database_is_at_head(db_url, open_db):
    """GIVEN a freshly migrated database WHEN its revision is read THEN it is the head."""
    assert migrate.current_revision(open_db(db_url)) == migrate.head_revision()


def test_revisions_form_one_line():
    """GIVEN the migration scripts WHEN listed THEN there is exactly one head and one base, and
    the newest is the head."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    assert revisions_in_order()[-1] == migrate.head_revision()


def test_upgrade_keeps_rows_written_at_an_earlier_revision(tmp_path, open_db, new_database):
    """GIVEN an empty database taken by Alembic through every revision before head, with a row
    written at the first revision WHEN the desk upgrades it to head THEN the row is still there,
    and (when there was an upgrade to make) a backup of an old SQLite file was made first."""
    revisions = revisions_in_order()
    steps = revisions[:-1] or revisions[:1]  # with a single revision, head is the first
    url = new_database(name="old")
    db = open_db(url)
    config = migrate.alembic_config()
    for index, revision in enumerate(steps):
        with db.engine.connect() as conn, conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            if index == 0:
                conn.exec_driver_sql(
                    "INSERT INTO setting (key, value) VALUES ('readmission_days', '45')"
                )
        assert migrate.current_revision(db) == revision
    saved = migrate.upgrade(db, backup_folder=tmp_path / "backups", now=NOW)
    assert migrate.current_revision(db) == migrate.head_revision()
    with db.read() as s:
        assert [(row.key, row.value) for row in s.scalars(select(Setting))] == [
            ("readmission_days", 45)
        ]
    if db.file is None:
        assert saved is None  # a server's database is backed up with its own tools
    elif len(revisions) > 1:
        assert saved == tmp_path / "backups" / f"before-upgrade-{steps[-1]}-20261128-210500.db"
        assert saved.is_file()


def test_older_schema_is_reported_by_check(open_db, new_database):
    """GIVEN a database left at the first revision while the code has newer ones WHEN it is
    checked (without opening it for work) THEN the one problem is SchemaBehind."""
    revisions = revisions_in_order()
    if len(revisions) < 2:
        pytest.skip("only one revision: no database can be behind yet")
    db = open_db(new_database(name="old"))
    config = migrate.alembic_config()
    with db.engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.upgrade(config, revisions[0])
    problems = check(db)
    assert [(type(p), p.facts) for p in problems] == [
        (SchemaBehind, {"found": revisions[0], "head": migrate.head_revision()})
    ]


def test_newer_schema_is_refused_when_opened(db_url, raw_sql):
    """GIVEN a database stamped with a revision this program does not know WHEN it is opened THEN
    SchemaTooNew names both revisions, and the stamp is left as it was."""
    raw_sql(db_url, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNew) as caught:
        open_database(db_url)
    assert caught.value.facts == {"found": "9999", "head": migrate.head_revision()}
    assert raw_sql(db_url, "SELECT version_num FROM alembic_version") == [("9999",)]


def test_newer_schema_is_reported_by_check(db_url, raw_sql, open_db):
    """GIVEN a database stamped with an unknown newer revision WHEN it is checked THEN the one
    problem is SchemaTooNew."""
    raw_sql(db_url, "UPDATE alembic_version SET version_num = '9999'")
    problems = check(open_db(db_url))
    assert [type(p) for p in problems] == [SchemaTooNew]


@pytest.mark.sqlite_only("the backup of a SQLite file before an upgrade")
def test_existing_file_is_backed_up_before_an_upgrade(tmp_path, open_db):
    """GIVEN a SQLite file that has a table but no Alembic revision WHEN the desk opens it THEN a
    copy named before-upgrade-none-<time>.db is made in backups/ beside the file, holding the
    old table, and the file is upgraded to head."""
    file = tmp_path / "old.db"
    with contextlib.closing(sqlite3.connect(file)) as conn:
        conn.execute("CREATE TABLE legacy (id INTEGER PRIMARY KEY, note TEXT)")
        conn.execute("INSERT INTO legacy (note) VALUES ('kept')")
        conn.commit()
    db = open_database("sqlite:///" + str(file), now=NOW)
    db.dispose()
    saved = tmp_path / "backups" / "before-upgrade-none-20261128-210500.db"
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [saved.name]
    with contextlib.closing(sqlite3.connect(saved)) as conn:
        assert conn.execute("SELECT note FROM legacy").fetchall() == [("kept",)]
        assert conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone() == (0,)
    assert migrate.current_revision(open_db("sqlite:///" + str(file))) == migrate.head_revision()


@pytest.mark.sqlite_only("a new SQLite file")
def test_new_empty_file_is_not_backed_up(tmp_path):
    """GIVEN no database file yet WHEN the desk opens (creates) it THEN no backup folder is
    made."""
    open_database("sqlite:///" + str(tmp_path / "new.db"), now=NOW).dispose()
    assert not (tmp_path / "backups").exists()


def test_database_at_head_is_not_backed_up_again(db_url):
    """GIVEN a database already at head WHEN it is opened THEN no backup is made."""
    open_database(db_url, now=NOW).dispose()
    assert not backup_dir(db_url).exists()


def test_head_constant_is_the_scripts_head():
    """GIVEN the migration scripts THEN the HEAD written in the code (which spares the usual
    start from loading Alembic) is their head."""
    assert migrate.HEAD == migrate.head_revision()
