"""Local rules: read with their defaults, changed by administrators (audited)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError, NotFound
from rescue_desk.domain.inputs import shown
from rescue_desk.domain.models import Setting
from rescue_desk.domain.roles import Permission
from rescue_desk.domain.rules import LOCAL_RULES, RULES_BY_KEY, LocalRule, rule_value_ok
from rescue_desk.services import audit
from rescue_desk.services.desk import Desk


class BadRuleValue(DeskError):
    code = "bad_rule_value"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "This rule takes a whole number from {minimum} to {maximum}."
    )


class BadTimeValue(DeskError):
    code = "bad_time_value"
    template = QT_TRANSLATE_NOOP("DeskError", "Write the time as HH:MM, e.g. 09:00.")


class BadMonthDay(DeskError):
    code = "bad_month_day"
    template = QT_TRANSLATE_NOOP("DeskError", "Write the day as MM-DD, e.g. 11-15.")


@dataclasses.dataclass(frozen=True)
class RuleValue:
    rule: LocalRule
    value: int | str

    @property
    def is_default(self) -> bool:
        return self.value == self.rule.default


class SettingsService:
    """The one way to read and change local rules."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def get(self, key: str) -> int | str:
        """The rule's value (its default unless the station changed it)."""
        rule = RULES_BY_KEY.get(key) if isinstance(key, str) else None
        if rule is None:
            raise NotFound(what=QT_TRANSLATE_NOOP("Field", "local rule"), key=shown(key))
        with self.desk.db.read() as s:
            row = s.get(Setting, key)
            if row is not None and rule_value_ok(rule, row.value):
                return row.value
        return rule.default

    def all(self) -> list[RuleValue]:
        with self.desk.db.read() as s:
            stored = {row.key: row.value for row in s.execute(select(Setting)).scalars()}
        return [
            RuleValue(rule, stored[rule.key] if rule_value_ok(rule, stored.get(rule.key))
                      else rule.default)
            for rule in LOCAL_RULES
        ]

    def set(self, key: str, value: object) -> None:
        officer = self.desk.require(Permission.EDIT_RULES)
        rule = RULES_BY_KEY.get(key) if isinstance(key, str) else None
        if rule is None:
            raise NotFound(what=QT_TRANSLATE_NOOP("Field", "local rule"), key=shown(key))
        if not rule_value_ok(rule, value):
            if rule.kind == "time":
                raise BadTimeValue(field=key)
            if rule.kind == "monthday":
                raise BadMonthDay(field=key)
            raise BadRuleValue(field=key, minimum=rule.minimum, maximum=rule.maximum)
        with self.desk.db.write() as s:
            row = s.get(Setting, key)
            old = row.value if row is not None else rule.default
            if old == value:
                return
            if value == rule.default:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
            audit.record(s, officer, self.desk.now(), "setting.update", "setting", key,
                         {"value": [old, value]})
