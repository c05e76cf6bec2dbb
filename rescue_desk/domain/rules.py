"""Local rules: station settings that differ by province or city, with their defaults.

Each rule is read through the settings service; nothing else hard-codes these numbers.
"""

from __future__ import annotations

import dataclasses
import re

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP


@dataclasses.dataclass(frozen=True)
class LocalRule:
    """A local rule: its key, default, kind (``int`` or ``time``), bounds, label and explanation."""

    key: str
    default: int | str
    kind: str
    label: str
    explanation: str
    minimum: int = 0
    maximum: int = 0
    unit: str = ""


LOCAL_RULES: tuple[LocalRule, ...] = (
    LocalRule(
        "idle_lock_minutes", 10, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Lock the desk after idle minutes"),
        QT_TRANSLATE_NOOP(
            "LocalRule",
            "A shared PC locks itself after this many minutes without use; "
            "any officer can take over with their own login.",
        ),
        1, 240, QT_TRANSLATE_NOOP("LocalRule", "minutes"),
    ),
    LocalRule(
        "readmission_days", 30, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Re-admission warning period"),
        QT_TRANSLATE_NOOP(
            "LocalRule",
            "A person who left within this many days raises a warning at intake "
            "(minors and people with mental or intellectual disability are exceptions).",
        ),
        0, 365, QT_TRANSLATE_NOOP("LocalRule", "days"),
    ),
    LocalRule(
        "stay_limit_days", 10, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Normal stay limit"),
        QT_TRANSLATE_NOOP(
            "LocalRule",
            "Implementing rules: at most 10 days for people aged 16+ without mental or "
            "intellectual disability; longer needs an extension.",
        ),
        1, 90, QT_TRANSLATE_NOOP("LocalRule", "days"),
    ),
    LocalRule(
        "unclaimed_keep_days", 60, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Keep unclaimed belongings"),
        QT_TRANSLATE_NOOP(
            "LocalRule",
            "Belongings left behind are kept this long, then disposed of by two officers "
            "with a record (30, 45 and 60 days are all in use).",
        ),
        1, 365, QT_TRANSLATE_NOOP("LocalRule", "days"),
    ),
    LocalRule(
        "bed_hold_hours", 2, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Default bed hold"),
        QT_TRANSLATE_NOOP(
            "LocalRule", "A held bed becomes free again by itself after this many hours."
        ),
        1, 48, QT_TRANSLATE_NOOP("LocalRule", "hours"),
    ),
    LocalRule(
        "follow_up_days", 3, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Follow-up call after departure"),
        QT_TRANSLATE_NOOP(
            "LocalRule",
            "This many days after a person leaves for home, the desk reminds staff to call "
            "and confirm they arrived.",
        ),
        1, 30, QT_TRANSLATE_NOOP("LocalRule", "days"),
    ),
    LocalRule(
        "min_rest_hours", 8, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Rest between two shifts"),
        QT_TRANSLATE_NOOP(
            "LocalRule",
            "The duty roster flags an officer whose rest between two shifts is shorter than "
            "this.",
        ),
        0, 24, QT_TRANSLATE_NOOP("LocalRule", "hours"),
    ),
    LocalRule(
        "hotline_target_minutes", 30, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Hotline: arrival target"),
        QT_TRANSLATE_NOOP(
            "LocalRule", "A team sent after a hotline call should arrive within this time; "
                         "later arrivals are flagged."),
        5, 240, QT_TRANSLATE_NOOP("LocalRule", "minutes"),
    ),
    LocalRule(
        "hotline_far_minutes", 60, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Hotline: arrival target for far places"),
        QT_TRANSLATE_NOOP(
            "LocalRule", "The arrival target when the place is marked as far."),
        5, 480, QT_TRANSLATE_NOOP("LocalRule", "minutes"),
    ),
    LocalRule(
        "backup_keep_daily", 7, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Automatic backups: days kept"),
        QT_TRANSLATE_NOOP(
            "LocalRule",
            "The desk backs the database up at the first start of each day and when it closes; "
            "of these it keeps the newest of each of the last this many days that have one.",
        ),
        1, 90, QT_TRANSLATE_NOOP("LocalRule", "days"),
    ),
    LocalRule(
        "backup_keep_weekly", 4, "int",
        QT_TRANSLATE_NOOP("LocalRule", "Automatic backups: weeks kept"),
        QT_TRANSLATE_NOOP(
            "LocalRule",
            "It also keeps the newest automatic backup of each of the last this many weeks. "
            "Backups made by hand or before an upgrade or a restore are never deleted.",
        ),
        0, 104, QT_TRANSLATE_NOOP("LocalRule", "weeks"),
    ),
    LocalRule(
        "campaign_start", "11-15", "monthday",
        QT_TRANSLATE_NOOP("LocalRule", "Winter campaign starts"),
        QT_TRANSLATE_NOOP(
            "LocalRule", "The first day (month-day) of the winter campaign (寒冬送温暖)."),
    ),
    LocalRule(
        "campaign_end", "03-15", "monthday",
        QT_TRANSLATE_NOOP("LocalRule", "Winter campaign ends"),
        QT_TRANSLATE_NOOP(
            "LocalRule", "The last day (month-day) of the winter campaign."),
    ),
    LocalRule(
        "handover_time", "09:00", "time",
        QT_TRANSLATE_NOOP("LocalRule", "Handover time"),
        QT_TRANSLATE_NOOP(
            "LocalRule",
            "The daily handover between shifts; the outgoing officer stays until the "
            "incoming one has signed.",
        ),
    ),
)

RULES_BY_KEY = {rule.key: rule for rule in LOCAL_RULES}

_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_MONTHDAY = re.compile(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def rule_value_ok(rule: LocalRule, value: object) -> bool:
    """Whether ``value`` is acceptable for ``rule`` (type and bounds)."""
    if rule.kind == "int":
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and rule.minimum <= value <= rule.maximum
        )
    if rule.kind == "time":
        return isinstance(value, str) and bool(_TIME.fullmatch(value))
    if rule.kind == "monthday":
        match = _MONTHDAY.fullmatch(value) if isinstance(value, str) else None
        return bool(match) and int(match.group(2)) <= _DAYS_IN[int(match.group(1)) - 1]
    return False
