"""The ``rescue-desk`` command: station-admin subcommands, exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rescue_desk.paths import DB_FILE, database_url
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import open_database
from tests.databases import shown

SUBCOMMANDS = ["init", "demo", "check", "backup", "restore", "search"]


def login_works(db: Path | str, login: str, password: str) -> bool:
    desk = Desk(open_database(database_url(str(db))))
    try:
        return AccountService(desk).login(login, password).login == login
    finally:
        desk.db.dispose()


# -- init, demo, check ------------------------------------------------------------------------

def test_init_sets_up_the_station_with_the_password_from_stdin(run_cli, init_args, cli_db):
    """GIVEN no database WHEN ``init`` runs with the password on standard input THEN it exits 0,
    says what it set up, and the administrator can log in with that password."""
    result = run_cli(*init_args, stdin="Admin-pass-1\n")
    assert (result.code, result.err) == (0, "")
    assert result.out == (
        f"Station “测试救助站” set up in {shown(cli_db)}; administrator: guanli.\n"
    )
    assert login_works(cli_db, "guanli", "Admin-pass-1")


def test_init_demo_check_all_succeed(run_cli, initialised):
    """GIVEN a station set up by ``init`` WHEN ``demo`` and then ``check`` run THEN both exit 0
    and check says everything is sound."""
    demo = run_cli("--db", str(initialised), "demo", "--people", "0")
    assert (demo.code, demo.err) == (0, "")
    assert demo.out.startswith("Demo station “测试救助站”: 12 officers added")
    check = run_cli("--db", str(initialised), "check")
    assert (check.code, check.err) == (0, "")
    assert check.out == (
        f"{shown(initialised)}: the file is sound, the schema is current and the audit trail is "
        "intact.\n"
    )


def test_init_twice_fails_with_a_sentence(run_cli, init_args, initialised):
    """GIVEN a station set up by ``init`` WHEN ``init`` runs again THEN it exits 1 with one
    sentence naming the existing station."""
    result = run_cli(*init_args, stdin="Other-pass-2\n")
    assert result.code == 1
    assert result.err_lines == ["This database already belongs to the station “测试救助站”."]


def test_init_with_a_short_password_fails_and_sets_up_nothing(run_cli, init_args, cli_db):
    """GIVEN a three-character password on stdin WHEN ``init`` runs THEN it exits 1 saying the
    minimum, and ``check`` then finds no station (nothing half-saved)."""
    result = run_cli(*init_args, stdin="abc\n")
    assert result.code == 1
    assert result.err_lines == ["The password needs at least 6 characters."]
    desk = Desk(open_database(database_url(str(cli_db))))
    try:
        assert AccountService(desk).station() is None
    finally:
        desk.db.dispose()


def test_default_database_is_in_the_data_folder(run_cli, data_home):
    """GIVEN no --db and no RESCUE_DESK_DB WHEN ``init`` runs THEN the database is made in
    RESCUE_DESK_HOME (here the test's own folder, never the real user's)."""
    result = run_cli("init", "--station", "测试救助站", "--admin", "boss", stdin="Admin-pass-1\n")
    assert result.code == 0, result.err
    assert (data_home / DB_FILE).is_file()


def test_rescue_desk_db_environment_names_the_database(run_cli, tmp_path, monkeypatch):
    """GIVEN RESCUE_DESK_DB set to a file WHEN ``init`` runs without --db THEN that file is
    used."""
    file = tmp_path / "from-env.db"
    monkeypatch.setenv("RESCUE_DESK_DB", str(file))
    result = run_cli("init", "--station", "测试救助站", "--admin", "boss", stdin="Admin-pass-1\n")
    assert result.code == 0, result.err
    assert login_works(file, "boss", "Admin-pass-1")


def test_check_names_a_tampered_audit_record(run_cli, initialised, raw_sql):
    """GIVEN audit record #2 edited behind the program's back WHEN ``check`` runs THEN it exits 1
    and stderr names record #2."""
    raw_sql(initialised, "UPDATE audit_event SET changes = '{\"name\":\"forged\"}' WHERE id = 2")
    result = run_cli("--db", str(initialised), "check")
    assert result.code == 1
    assert result.out == ""
    assert len(result.err_lines) == 1
    assert "#2" in result.err_lines[0]


def test_check_of_a_missing_database_fails(run_cli, tmp_path):
    """GIVEN no file at the path WHEN ``check`` runs THEN it exits 1 with one sentence."""
    result = run_cli("--db", str(tmp_path / "none.db"), "check")
    assert result.code == 1
    assert result.err_lines == [f"{tmp_path / 'none.db'} is not a Rescue Desk database."]


def test_check_refuses_a_database_from_a_newer_program(run_cli, initialised, raw_sql):
    """GIVEN a database stamped with a schema revision this program does not know WHEN ``check``
    runs THEN it exits 1 with one sentence saying a newer version made it."""
    raw_sql(initialised, "UPDATE alembic_version SET version_num = '9999'")
    result = run_cli("--db", str(initialised), "check")
    assert result.code == 1
    assert len(result.err_lines) == 1
    assert result.err_lines[0].startswith(
        "The database was made by a newer version of Rescue Desk (schema 9999)."
    )


def test_home_option_names_the_data_folder(run_cli, tmp_path):
    """GIVEN --home DIR and no --db WHEN ``init`` runs THEN the database is made in DIR."""
    home = tmp_path / "elsewhere"
    result = run_cli("--home", str(home), "init", "--station", "测试救助站", "--admin", "boss",
                     stdin="Admin-pass-1\n")
    assert result.code == 0, result.err
    assert (home / DB_FILE).is_file()


# -- the entry point --------------------------------------------------------------------------

def test_python_dash_m_runs_the_command(cli_db, data_home):
    """GIVEN a fresh Python process WHEN ``python -m rescue_desk`` runs ``init`` (password on
    stdin) and then ``check`` THEN both exit 0."""
    env = {**os.environ, "RESCUE_DESK_HOME": str(data_home), "RESCUE_DESK_LANG": "en",
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RESCUE_DESK_DB", None)
    base = [sys.executable, "-m", "rescue_desk", "--db", str(cli_db)]
    init = subprocess.run(base + ["init", "--station", "子进程站", "--admin", "boss"],
                          input="Admin-pass-1\n", capture_output=True, text=True, env=env,
                          timeout=120)
    assert init.returncode == 0, init.stderr
    assert "子进程站" in init.stdout
    check = subprocess.run(base + ["check"], capture_output=True, text=True, env=env, timeout=120)
    assert check.returncode == 0, check.stderr


# -- help and bad arguments -------------------------------------------------------------------

@pytest.mark.parametrize("command", [[], *[[c] for c in SUBCOMMANDS]], ids=lambda c: c[0] if c
                         else "rescue-desk")
def test_help_exits_zero(run_cli, command):
    """GIVEN the command or a subcommand WHEN asked for --help THEN it prints a usage and exits
    0."""
    result = run_cli(*command, "--help")
    assert result.code == 0
    assert result.out.startswith("usage: rescue-desk")
    assert result.err == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["demo", "--people", "-1"],
        ["demo", "--people", "many"],
        ["init", "--admin", "boss"],
        ["restore"],
        ["search", "张", "--limit", "0"],
        ["--lang", "fr", "check"],
    ],
    ids=["unknown-command", "negative-people", "people-not-a-number", "missing-station",
         "restore-without-file", "limit-zero", "unknown-language"],
)
def test_bad_arguments_exit_two_with_one_line(run_cli, tmp_path, argv):
    """GIVEN bad arguments WHEN the command runs THEN it exits 2 with exactly one line on
    stderr, which points to --help, and prints nothing on stdout."""
    result = run_cli("--db", str(tmp_path / "x.db"), *argv)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("rescue-desk")
    assert "--help" in result.err_lines[0]


def test_bad_arguments_touch_no_database(run_cli, tmp_path):
    """GIVEN bad arguments WHEN the command runs THEN no database file is made."""
    run_cli("--db", str(tmp_path / "x.db"), "demo", "--people", "-1")
    assert not (tmp_path / "x.db").exists()


# -- backup and restore -----------------------------------------------------------------------

#: The command backs up and restores a SQLite file; a PostgreSQL database is backed up with pg_dump.
FILE_ONLY = pytest.mark.sqlite_only("backup and restore of a SQLite file")


@pytest.mark.postgresql_only("a shared database")
def test_backup_of_a_shared_database_points_to_pg_dump(run_cli, initialised):
    """GIVEN a station on PostgreSQL WHEN ``backup`` runs THEN it exits 1 with one sentence that
    names the server's own tool."""
    result = run_cli("--db", str(initialised), "backup")
    assert result.code == 1
    assert len(result.err_lines) == 1 and "pg_dump" in result.err_lines[0]

@FILE_ONLY
def test_backup_to_a_named_file(run_cli, initialised, tmp_path):
    """GIVEN a station WHEN ``backup FILE`` runs THEN it exits 0, names FILE, and FILE passes
    ``check``."""
    target = tmp_path / "copies" / "today.db"
    result = run_cli("--db", str(initialised), "backup", str(target))
    assert (result.code, result.out) == (0, f"Backup written to {target}.\n")
    assert run_cli("--db", str(target), "check").code == 0


@FILE_ONLY
def test_backup_without_a_file_goes_to_the_backup_folder(run_cli, initialised):
    """GIVEN a station WHEN ``backup`` runs without FILE THEN the copy is written in backups/
    beside the database, and the output names it."""
    result = run_cli("--db", str(initialised), "backup")
    assert result.code == 0, result.err
    made = list((initialised.parent / "backups").glob("rescue-desk-*.db"))
    assert len(made) == 1
    assert result.out == f"Backup written to {made[0]}.\n"


@FILE_ONLY
def test_restore_of_a_sound_backup(run_cli, initialised, tmp_path):
    """GIVEN a backup WHEN ``restore FILE`` runs THEN it exits 0, says so, and names where the
    database as it was is kept."""
    target = tmp_path / "copy.db"
    run_cli("--db", str(initialised), "backup", str(target))
    result = run_cli("--db", str(initialised), "restore", str(target))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"Restored {target}."
    assert lines[1].startswith("The database as it was before is kept in ")


@FILE_ONLY
def test_restore_of_a_bad_file_fails_with_a_sentence(run_cli, initialised, tmp_path):
    """GIVEN a file that is not a database WHEN ``restore FILE`` runs THEN it exits 1 with one
    sentence naming the file, and the station still passes the check."""
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not a database\n" * 200)
    result = run_cli("--db", str(initialised), "restore", str(bogus))
    assert result.code == 1
    assert len(result.err_lines) == 1
    assert result.err_lines[0].startswith(f"The file {bogus} was not restored because")
    assert run_cli("--db", str(initialised), "check").code == 0


@FILE_ONLY
def test_restore_of_a_missing_file_fails_with_a_sentence(run_cli, initialised, tmp_path):
    """GIVEN no file at the path WHEN ``restore`` runs THEN it exits 1 with one sentence naming
    the path."""
    missing = tmp_path / "missing.db"
    result = run_cli("--db", str(initialised), "restore", str(missing))
    assert result.code == 1
    assert result.err_lines == [
        f"The file {missing} was not restored because it fails the check: "
        f"{missing} is not a Rescue Desk database."
    ]


# -- search -----------------------------------------------------------------------------------

def test_search_prints_one_tab_separated_line_per_hit(run_cli, initialised):
    """GIVEN the administrator 王站长 WHEN ``search 王`` runs THEN one line gives kind, key, name
    and detail, separated by tabs."""
    result = run_cli("--db", str(initialised), "search", "王")
    assert (result.code, result.out) == (0, "USER\tguanli\t王站长\tguanli\n")


def test_search_without_hits_says_so(run_cli, initialised):
    """GIVEN no officer named 赵… WHEN ``search 赵`` runs THEN it exits 0 and says nothing was
    found."""
    result = run_cli("--db", str(initialised), "search", "赵")
    assert (result.code, result.out) == (0, "Nothing found for “赵”.\n")


def test_search_json_is_a_list_of_objects(run_cli, initialised):
    """GIVEN a station WHEN ``search --json guan`` runs THEN stdout is a JSON list of objects
    with exactly the keys kind, key, title and detail."""
    result = run_cli("--db", str(initialised), "search", "--json", "guan")
    assert result.code == 0
    hits = json.loads(result.out)
    assert [{k: h[k] for k in ("kind", "key", "title", "detail")} for h in hits] == [
        {"kind": "USER", "key": "guanli", "title": "王站长", "detail": "guanli"}]


def test_search_of_a_missing_database_fails_and_creates_nothing(run_cli, tmp_path):
    """GIVEN no database at the --db path (a typo) WHEN ``search`` runs THEN it exits 1 and no
    database file is created there."""
    missing = tmp_path / "typo.db"
    result = run_cli("--db", str(missing), "search", "王")
    assert result.code == 1
    assert not missing.exists()


def test_search_json_without_hits_is_an_empty_list(run_cli, initialised):
    """GIVEN no match WHEN ``search --json`` runs THEN stdout is an empty JSON list."""
    result = run_cli("--db", str(initialised), "search", "--json", "nobody")
    assert (result.code, json.loads(result.out)) == (0, [])
