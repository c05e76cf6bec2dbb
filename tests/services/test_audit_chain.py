"""The hash-chained audit trail finds records edited, removed or added behind the program's
back."""

from __future__ import annotations

import pytest

from rescue_desk.domain.audit import event_hash
from rescue_desk.domain.errors import PermissionDenied
from rescue_desk.domain.models import AuditEvent
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.audit import (
    AuditGap,
    AuditService,
    AuditTailMissing,
    AuditTampered,
    verify_chain,
)
from rescue_desk.services.settings import SettingsService


def problems(desk) -> list:
    with desk.db.read() as s:
        return verify_chain(s)


@pytest.fixture
def trail(station_desk, raw_sql):
    """A station with five audit records (set-up, login, two settings changes)."""
    SettingsService(station_desk).set("stay_limit_days", 15)
    SettingsService(station_desk).set("bed_hold_hours", 4)
    ids = [r[0] for r in raw_sql(station_desk, "SELECT id FROM audit_event ORDER BY id")]
    assert ids == [1, 2, 3, 4, 5]
    return ids


def test_fresh_station_has_an_intact_trail(station_desk):
    """GIVEN a freshly set-up station WHEN its audit chain is verified THEN nothing is wrong."""
    assert problems(station_desk) == []


def test_every_record_points_to_the_one_before(station_desk, trail, raw_sql):
    """GIVEN a trail WHEN its records are read THEN each record's prev_hash is the previous
    record's hash, and the seal holds the count and the last hash."""
    rows = raw_sql(station_desk, "SELECT prev_hash, hash FROM audit_event ORDER BY id")
    assert all(rows[i][0] == rows[i - 1][1] for i in range(1, len(rows)))
    assert raw_sql(station_desk, "SELECT count, last_hash FROM audit_seal") == [
        (len(rows), rows[-1][1])
    ]


def test_edited_record_is_named(station_desk, trail, raw_sql):
    """GIVEN a record whose changes were edited behind the program's back WHEN the chain is
    verified THEN AuditTampered names that record, and only it."""
    raw_sql(station_desk, "UPDATE audit_event SET changes = '{}' WHERE id = 2")
    found = problems(station_desk)
    assert [(type(p), p.facts) for p in found] == [(AuditTampered, {"id": 2})]
    assert "#2" in found[0].message()


def test_edited_record_with_recomputed_hash_is_found_by_the_next(station_desk, trail, raw_sql):
    """GIVEN a record edited and given a fresh, correct hash WHEN the chain is verified THEN the
    next record no longer follows it: AuditGap names the next record."""
    with station_desk.db.read() as s:
        ev = s.get(AuditEvent, 3)
        forged = event_hash(ev.prev_hash, ev.at, ev.officer_login, ev.action, ev.entity,
                            ev.entity_id, '{"forged":1}')
    raw_sql(station_desk, "UPDATE audit_event SET changes = :changes, hash = :hash WHERE id = 3",
            {"changes": '{"forged":1}', "hash": forged})
    found = problems(station_desk)
    assert (AuditGap, {"id": 4}) in [(type(p), p.facts) for p in found]


def test_removed_middle_record_breaks_the_chain(station_desk, trail, raw_sql):
    """GIVEN a record removed from the middle of the trail WHEN the chain is verified THEN the
    record after the hole is named (gap or tampered) and the count is wrong."""
    raw_sql(station_desk, "DELETE FROM audit_event WHERE id = 3")
    found = problems(station_desk)
    assert any(isinstance(p, AuditGap | AuditTampered) and p.facts["id"] == 4 for p in found)
    assert any(isinstance(p, AuditTailMissing) for p in found)


def test_removed_last_record_is_found_by_the_seal(station_desk, trail, raw_sql):
    """GIVEN the newest record removed WHEN the chain is verified THEN AuditTailMissing says 5
    were expected and 4 are there."""
    raw_sql(station_desk, "DELETE FROM audit_event WHERE id = 5")
    found = problems(station_desk)
    assert [(type(p), p.facts) for p in found] == [
        (AuditTailMissing, {"expected": 5, "found": 4})
    ]


def test_record_added_behind_the_programs_back_is_found(station_desk, trail, raw_sql):
    """GIVEN a copy of the last record inserted at the end WHEN the chain is verified THEN the
    trail is reported broken."""
    raw_sql(station_desk, "INSERT INTO audit_event (at, officer_id, officer_login, action, "
                          "entity, entity_id, changes, prev_hash, hash) SELECT at, officer_id, "
                          "officer_login, action, entity, entity_id, changes, prev_hash, hash "
                          "FROM audit_event WHERE id = 5")
    assert problems(station_desk) != []


def test_administrator_reads_the_newest_records_first(station_desk, trail):
    """GIVEN a trail WHEN the administrator reads it THEN the newest record comes first."""
    rows = AuditService(station_desk).recent(limit=2)
    assert [r.id for r in rows] == [5, 4]
    assert rows[0].action == "setting.update" and rows[0].officer_login == "admin"


def test_front_desk_may_not_read_the_trail(station_desk, add_officer):
    """GIVEN a front-desk officer at the desk WHEN they read the trail THEN PermissionDenied."""
    officer = add_officer("jiedai1", {Role.FRONT_DESK})
    AccountService(station_desk).login(officer.login, officer.password)
    with pytest.raises(PermissionDenied):
        AuditService(station_desk).recent()
