"""The audit chain's hashing rule."""

from __future__ import annotations

import datetime as dt

import pytest

from rescue_desk.domain.audit import GENESIS, canonical_json, event_hash

AT = dt.datetime(2026, 11, 28, 21, 5, 0)
FIELDS = dict(prev_hash=GENESIS, at=AT, officer_login="admin", action="user.create",
              entity="user", entity_id="1", changes='{"name":"王建国"}')


def test_same_record_always_hashes_the_same():
    """GIVEN the same fields twice WHEN hashed THEN the hashes are equal 64-digit hex."""
    first, second = event_hash(**FIELDS), event_hash(**FIELDS)
    assert first == second
    assert len(first) == 64 and int(first, 16) >= 0


@pytest.mark.parametrize(
    ("field", "other"),
    [
        ("prev_hash", "1" * 64),
        ("at", AT + dt.timedelta(microseconds=1)),
        ("officer_login", "admin2"),
        ("action", "user.update"),
        ("entity", "station"),
        ("entity_id", "2"),
        ("changes", '{"name":"王建军"}'),
    ],
)
def test_changing_any_field_changes_the_hash(field, other):
    """GIVEN a record WHEN any one of its fields (or the previous hash) differs THEN the hash
    differs."""
    assert event_hash(**{**FIELDS, field: other}) != event_hash(**FIELDS)


def test_canonical_json_does_not_depend_on_key_order():
    """GIVEN the same mapping built in two orders WHEN written as canonical JSON THEN the texts
    are equal, with sorted keys, no spaces and Chinese kept as is."""
    a = canonical_json({"b": 1, "a": ["张三", 2]})
    b = canonical_json({"a": ["张三", 2], "b": 1})
    assert a == b == '{"a":["张三",2],"b":1}'


def test_genesis_is_sixty_four_zeros():
    """GIVEN the chain's start WHEN read THEN it is 64 zeros (the hash before the first record)."""
    assert GENESIS == "0" * 64
