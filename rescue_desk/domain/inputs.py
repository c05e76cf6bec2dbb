"""What a caller hands a service, checked before it is used: record ids, keys typed or scanned to
look something up, search texts, days, moments and periods. Free text that is stored is cleaned by
``domain.text.clean_text``.

Each check turns a value that cannot be right (the wrong type, a lone surrogate, an id SQLite
cannot hold, a day outside any calendar a desk shows) into "not found", "nothing to search", or a
DeskError, so a service never passes it on to the database or to date arithmetic.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from rescue_desk.domain.errors import BadDay, BadMoment, PeriodTooLong

#: The largest id SQLite (and PostgreSQL's bigint) holds.
MAX_ID = 2**63 - 1
#: Days a desk shows on its calendars.
FIRST_YEAR, LAST_YEAR = 1900, 2100
#: Characters no key or search can contain: controls, lone surrogates, private use, unassigned.
_UNUSABLE = frozenset({"Cc", "Cs", "Co", "Cn"})


def is_record_id(value: object) -> bool:
    """A whole number that can be a row's id (not a bool, not a number SQLite cannot hold)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


def lookup_key(value: object, *, limit: int = 100) -> str | None:
    """A key typed or scanned (case number, bag number, login), trimmed and NFC-normalised; None
    when it cannot name anything (not text, too long, unusable characters)."""
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFC", value).strip()
    if len(text) > limit or any(unicodedata.category(ch) in _UNUSABLE for ch in text):
        return None
    return text


def query_text(value: object, *, limit: int = 100) -> str:
    """What was typed into a search, trimmed, without unusable characters and cut to ``limit``;
    "" when it is not text."""
    if not isinstance(value, str):
        return ""
    text = "".join(ch for ch in unicodedata.normalize("NFC", value[:limit * 4])
                   if unicodedata.category(ch) not in _UNUSABLE)
    return text.strip()[:limit]


def shown(value: object, limit: int = 40) -> str:
    """A value as a message may quote it: text of at most ``limit`` characters, unprintable
    characters replaced."""
    text = value if isinstance(value, str) else repr(value)
    text = "".join("\ufffd" if unicodedata.category(ch) in _UNUSABLE else ch
                   for ch in text[:limit + 1])
    return text if len(text) <= limit else text[:limit - 1] + "…"


def is_day(value: object) -> bool:
    """A calendar day (a ``date``, not a ``datetime``) in the years a desk shows."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime) \
        and FIRST_YEAR <= value.year <= LAST_YEAR


def check_day(value: object, field: str | None = None) -> dt.date:
    """``value`` if it is a day a desk shows; else BadDay."""
    if not is_day(value):
        raise BadDay(field=field)
    return value


def check_period(first: object, last: object, *, field: str | None = None,
                 max_days: int | None = None) -> tuple[dt.date, dt.date]:
    """Two days of a period; BadDay for either that is not a day, PeriodTooLong beyond
    ``max_days`` (a first day after the last is an empty period)."""
    first, last = check_day(first, field), check_day(last, field)
    if max_days is not None and (last - first).days + 1 > max_days:
        raise PeriodTooLong(field=field, days=max_days)
    return first, last


def is_moment(value: object) -> bool:
    """A local date and time as the desk keeps them (a naive ``datetime``)."""
    return isinstance(value, dt.datetime) and value.tzinfo is None


def check_moment(value: object, field: str | None = None) -> dt.datetime:
    """``value`` if it is a local date and time in the years a desk shows; else BadMoment."""
    if not is_moment(value) or not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadMoment(field=field)
    return value


def as_sequence(value: object) -> list | None:
    """The items of a list or tuple; None for anything else (a string is not a list here)."""
    return list(value) if isinstance(value, list | tuple) else None
