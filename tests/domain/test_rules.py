"""Local rules: their defaults and which values they accept."""

from __future__ import annotations

import pytest

from rescue_desk.domain.rules import LOCAL_RULES, RULES_BY_KEY, rule_value_ok

STAY = RULES_BY_KEY["stay_limit_days"]  # a whole number from 1 to 90
HANDOVER = RULES_BY_KEY["handover_time"]


@pytest.mark.parametrize("rule", LOCAL_RULES, ids=lambda r: r.key)
def test_every_default_is_an_acceptable_value(rule):
    """GIVEN a local rule WHEN its default is checked against the rule THEN it is accepted."""
    assert rule_value_ok(rule, rule.default)


@pytest.mark.parametrize("value", [1, 10, 90])
def test_whole_numbers_within_bounds_are_accepted(value):
    """GIVEN the stay limit (1 to 90 days) WHEN a value on or inside the bounds is checked THEN
    it is accepted."""
    assert STAY.minimum == 1 and STAY.maximum == 90
    assert rule_value_ok(STAY, value)


@pytest.mark.parametrize("value", [0, 91, -5, True, 10.0, "10", None])
def test_values_outside_bounds_or_not_whole_numbers_are_refused(value):
    """GIVEN the stay limit WHEN a value out of bounds, a bool, a float, text or None is checked
    THEN it is refused."""
    assert not rule_value_ok(STAY, value)


@pytest.mark.parametrize("value", ["00:00", "09:00", "23:59", "19:30"])
def test_times_written_hh_mm_are_accepted(value):
    """GIVEN the handover time WHEN a 24-hour HH:MM time is checked THEN it is accepted."""
    assert rule_value_ok(HANDOVER, value)


@pytest.mark.parametrize(
    "value",
    ["9:00", "24:00", "12:60", "09:00:00", "0900", " 09:00", "09:00\n", 900, None],
)
def test_badly_written_times_are_refused(value):
    """GIVEN the handover time WHEN a value that is not HH:MM (00:00-23:59) is checked THEN it is
    refused."""
    assert not rule_value_ok(HANDOVER, value)
