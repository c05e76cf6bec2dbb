"""Running the ``rescue-desk`` command in-process.

The command starts a bare QCoreApplication for its translations when none exists; a process can
hold only one application, and the UI tier needs a QApplication. So the QApplication is made here
first (pytest-qt's ``qapp``), and the language the UI tier installed is put back after each test.
"""

from __future__ import annotations

import dataclasses
import io
import sys

import pytest

from rescue_desk import cli


@dataclasses.dataclass(frozen=True)
class Run:
    """One run of the command: its exit code and what it printed."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


@pytest.fixture(autouse=True)
def _one_application(qapp):
    from rescue_desk.ui import i18n

    chinese = bool(i18n._installed)
    yield
    if chinese:
        i18n.install("zh_CN")


@pytest.fixture
def run_cli(capfd, monkeypatch):
    """``run_cli(*argv, stdin="...")`` runs ``rescue_desk.cli.main`` and returns a Run."""

    def _run(*argv: str, stdin: str = "") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capfd.readouterr()
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:
            code = exc.code
        out, err = capfd.readouterr()
        return Run(code, out, err)

    return _run


@pytest.fixture
def cli_db(databases, new_database, tmp_path):
    """Where the command's database goes in this test, as given to ``--db``: a file path that
    does not exist yet, or on PostgreSQL the URL of a new empty database."""
    if databases.kind == "sqlite":
        return tmp_path / "station" / "desk.db"
    return new_database(name="cli")



@pytest.fixture
def init_args(cli_db):
    """Arguments that set up the station 测试救助站; the administrator's login is typed GuanLi
    (stored as guanli)."""
    return ["--db", str(cli_db), "init", "--station", "测试救助站", "--admin", "GuanLi",
            "--admin-name", "王站长", "--region", "440100"]


@pytest.fixture
def initialised(run_cli, init_args, cli_db):
    """A station set up through ``rescue-desk init``; returns the database file."""
    result = run_cli(*init_args, stdin="Admin-pass-1\n")
    assert result.code == 0, result.err
    return cli_db
