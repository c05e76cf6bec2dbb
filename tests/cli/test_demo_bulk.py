"""``rescue-desk demo`` for a big station: the past written in bulk, the last days through the
services, progress on standard error."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from rescue_desk import cli
from rescue_desk.services import bulk_demo


def test_the_command_and_the_service_agree_on_when_the_past_is_written_in_bulk():
    """GIVEN the command's threshold (kept apart so that its parser is built without loading
    the services) WHEN compared with the big demo's THEN they are the same."""
    assert cli.BULK_FROM == bulk_demo.BULK_FROM


def test_demo_above_the_threshold_writes_the_past_in_bulk(run_cli, tmp_path):
    """GIVEN an empty database WHEN ``demo`` asks for more people than ``--bulk-from`` THEN it
    exits 0 with exactly that many people, reports its progress on standard error, the last
    days have people in the station (some from the past), and ``check`` passes."""
    db = tmp_path / "big.db"
    demo = run_cli("--db", str(db), "demo", "--people", "300", "--bulk-from", "100")
    assert demo.code == 0, demo.err
    assert demo.out.startswith("Demo station “演示市救助管理站”: 12 officers added, 300 people "
                               "registered in ")
    assert demo.err_lines[0].startswith("History: ")
    assert demo.err_lines[-3:] == ["History: 274/274 people…", "Making the search indexes…",
                                   "The last days through the services: 30 intakes…"]
    with closing(sqlite3.connect(db)) as conn:
        people, beds = conn.execute(
            "SELECT (SELECT COUNT(*) FROM person), (SELECT COUNT(*) FROM bed)").fetchone()
        present = conn.execute("SELECT COUNT(*) FROM stay WHERE status != 'closed'").fetchone()[0]
        back = conn.execute(
            "SELECT COUNT(*) FROM stay s WHERE s.arrived_at >= (SELECT datetime(MAX(arrived_at), "
            "'-10 days') FROM stay) AND EXISTS (SELECT 1 FROM stay e WHERE e.person_id = "
            "s.person_id AND e.arrived_at < datetime(s.arrived_at, '-10 days'))"
        ).fetchone()[0]
    assert people == 300 and beds > 900
    assert present > 0 and back > 0
    check = run_cli("--db", str(db), "check")
    assert (check.code, check.err) == (0, "")


def test_demo_at_the_threshold_is_the_normal_demo(run_cli, tmp_path):
    """GIVEN an empty database WHEN ``demo`` asks for no more people than ``--bulk-from`` THEN
    the normal demo runs: no progress lines."""
    demo = run_cli("--db", str(tmp_path / "small.db"), "demo", "--people", "0", "--bulk-from",
                   "0")
    assert (demo.code, demo.err) == (0, "")
