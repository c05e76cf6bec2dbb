"""The layers hold: import-linter's contracts are kept, and nothing below the UI loads Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
CONTRACTS = [
    contract["name"]
    for contract in tomllib.loads((PROJECT / "pyproject.toml").read_text("utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
]


@pytest.fixture(scope="module")
def lint_imports() -> subprocess.CompletedProcess:
    """One run of ``lint-imports`` from the venv, in the project folder."""
    return subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=PROJECT, capture_output=True, text=True, timeout=300,
    )


def test_lint_imports_passes(lint_imports):
    """GIVEN the package and the contracts in pyproject.toml WHEN lint-imports runs THEN it exits
    0 (every contract kept)."""
    assert lint_imports.returncode == 0, lint_imports.stdout + lint_imports.stderr


@pytest.mark.parametrize("contract", CONTRACTS)
def test_import_contract_is_kept(lint_imports, contract):
    """GIVEN a contract in pyproject.toml WHEN lint-imports checks the package THEN that contract
    is reported KEPT (so a broken one is named on its own)."""
    assert f"{contract} KEPT" in lint_imports.stdout, lint_imports.stdout + lint_imports.stderr


def test_core_layers_import_without_qt():
    """GIVEN a fresh interpreter WHEN paths and every module of domain, store, services and
    printing (and every migration script) is imported THEN PySide6 has not been loaded."""
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        from alembic.script import ScriptDirectory
        from rescue_desk.store.migrate import alembic_config

        importlib.import_module("rescue_desk.paths")
        imported = ["rescue_desk.paths"]
        for name in ("domain", "store", "services", "printing"):
            package = importlib.import_module(f"rescue_desk.{name}")
            imported.append(package.__name__)
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                # env.py runs only inside an Alembic upgrade (it refuses a plain import).
                if info.name == "rescue_desk.store.migrations.env":
                    continue
                importlib.import_module(info.name)
                imported.append(info.name)
        revisions = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
        assert revisions, "no migration scripts found"
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(len(imported), qt)
        sys.exit(1 if qt else 0)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.split()[0]) > 20
