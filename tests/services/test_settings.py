"""Local rules: defaults, changes by the administrator, and what is refused."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from rescue_desk.domain.errors import NotFound
from rescue_desk.domain.models import AuditEvent, Setting
from rescue_desk.domain.rules import LOCAL_RULES
from rescue_desk.services.settings import BadRuleValue, BadTimeValue, SettingsService


def stored_keys(desk) -> list[str]:
    with desk.db.read() as s:
        return list(s.execute(select(Setting.key).order_by(Setting.key)).scalars())


def audit_count(desk) -> int:
    with desk.db.read() as s:
        return s.execute(select(func.count(AuditEvent.id))).scalar_one()


def test_every_rule_starts_at_its_default(desk):
    """GIVEN a new database WHEN the rules are read THEN each has its default and nothing is
    stored."""
    settings = SettingsService(desk)
    assert [(v.rule.key, v.value, v.is_default) for v in settings.all()] == [
        (r.key, r.default, True) for r in LOCAL_RULES
    ]
    assert settings.get("stay_limit_days") == 10
    assert settings.get("handover_time") == "09:00"


def test_changed_rule_is_read_back(station_desk):
    """GIVEN the administrator WHEN they set the stay limit to 15 THEN it reads 15 and is no
    longer the default."""
    settings = SettingsService(station_desk)
    settings.set("stay_limit_days", 15)
    assert settings.get("stay_limit_days") == 15
    value = next(v for v in settings.all() if v.rule.key == "stay_limit_days")
    assert (value.value, value.is_default) == (15, False)


def test_changed_time_is_read_back(station_desk):
    """GIVEN the administrator WHEN they set the handover time to 08:30 THEN it reads 08:30."""
    SettingsService(station_desk).set("handover_time", "08:30")
    assert SettingsService(station_desk).get("handover_time") == "08:30"


@pytest.mark.parametrize("value", [0, 91, "15", 15.0, True])
def test_out_of_range_value_is_refused(station_desk, value):
    """GIVEN the stay limit (1 to 90 days) WHEN it is set to a value out of range or not a whole
    number THEN BadRuleValue gives the bounds, for that field, and nothing changes."""
    with pytest.raises(BadRuleValue) as caught:
        SettingsService(station_desk).set("stay_limit_days", value)
    assert caught.value.field == "stay_limit_days"
    assert caught.value.message() == "This rule takes a whole number from 1 to 90."
    assert SettingsService(station_desk).get("stay_limit_days") == 10


@pytest.mark.parametrize("value", ["8:30", "25:00", "noon", 830])
def test_badly_written_time_is_refused(station_desk, value):
    """GIVEN the handover time WHEN it is set to something that is not HH:MM THEN BadTimeValue,
    and nothing changes."""
    with pytest.raises(BadTimeValue):
        SettingsService(station_desk).set("handover_time", value)
    assert SettingsService(station_desk).get("handover_time") == "09:00"


def test_unknown_rule_is_not_found(station_desk):
    """GIVEN no rule called 'coffee_breaks' WHEN it is set THEN NotFound."""
    with pytest.raises(NotFound):
        SettingsService(station_desk).set("coffee_breaks", 3)


def test_setting_back_to_the_default_removes_the_stored_row(station_desk):
    """GIVEN a stay limit changed to 15 WHEN it is set back to 10 (the default) THEN no row is
    stored for it and it reads 10."""
    settings = SettingsService(station_desk)
    settings.set("stay_limit_days", 15)
    assert stored_keys(station_desk) == ["stay_limit_days"]
    settings.set("stay_limit_days", 10)
    assert stored_keys(station_desk) == []
    assert settings.get("stay_limit_days") == 10


def test_change_is_audited_with_old_and_new_value(station_desk):
    """GIVEN the administrator WHEN they change the re-admission period from 30 to 45 THEN one
    audit record names them, the rule, and both values."""
    before = audit_count(station_desk)
    SettingsService(station_desk).set("readmission_days", 45)
    assert audit_count(station_desk) == before + 1
    with station_desk.db.read() as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.id.desc())).scalars().first()
        assert (event.officer_login, event.action, event.entity, event.entity_id) == (
            "admin", "setting.update", "setting", "readmission_days"
        )
        assert json.loads(event.changes) == {"value": [30, 45]}


def test_setting_the_same_value_adds_no_audit_record(station_desk):
    """GIVEN a rule at its default WHEN it is set to that same value THEN no audit record is
    added."""
    before = audit_count(station_desk)
    SettingsService(station_desk).set("stay_limit_days", 10)
    assert audit_count(station_desk) == before


def test_value_spoiled_behind_the_programs_back_reads_as_the_default(station_desk, raw_sql):
    """GIVEN a stored stay limit of 500 written behind the program's back WHEN it is read THEN
    the default is used instead."""
    raw_sql(station_desk, "INSERT INTO setting (key, value) VALUES ('stay_limit_days', '500')")
    assert SettingsService(station_desk).get("stay_limit_days") == 10
