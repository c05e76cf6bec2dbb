"""``rescue-desk print``: forms to PDF files from the command line, each print audited."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture
def demo_db(tmp_path, run_cli):
    db = tmp_path / "demo.db"
    assert run_cli("--db", str(db), "demo", "--people", "30", "--seed", "5").code == 0
    return db


def one(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()


@pytest.mark.parametrize("kind", ["intake", "registration", "receipt", "check"])
def test_print_case_forms(demo_db, tmp_path, run_cli, kind):
    """GIVEN a demo station WHEN a case's form is printed to a file THEN exit 0, a PDF is
    written, and the print is in the audit trail."""
    case_no = one(demo_db, "select case_no from stay join security_check "
                           "on security_check.stay_id = stay.id limit 1")[0]
    out = tmp_path / f"{kind}.pdf"
    result = run_cli("--db", str(demo_db), "print", kind, case_no, "-o", str(out))
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF")
    assert one(demo_db, "select entity_id from audit_event where action = 'print' "
                        "order by id desc limit 1")[0] == case_no


def test_print_bag_label(demo_db, tmp_path, run_cli):
    """GIVEN a stored bag WHEN its tag is printed THEN a PDF is written."""
    bag_no = one(demo_db, "select bag_no from bag limit 1")[0]
    out = tmp_path / "bag.pdf"
    assert run_cli("--db", str(demo_db), "print", "bag-label", bag_no, "-o", str(out)).code == 0
    assert out.stat().st_size > 1000


def test_print_unknown_case_fails_with_a_sentence(demo_db, tmp_path, run_cli):
    """GIVEN no such case WHEN printed THEN exit 1 and one sentence, no file."""
    out = tmp_path / "x.pdf"
    result = run_cli("--db", str(demo_db), "print", "intake", "2026-999999", "-o", str(out))
    assert result.code == 1 and result.err.strip() and not out.exists()


def test_print_without_output_is_a_usage_error(demo_db, run_cli):
    """GIVEN no -o WHEN print runs THEN exit 2 with one line."""
    result = run_cli("--db", str(demo_db), "print", "intake", "2026-000001")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
