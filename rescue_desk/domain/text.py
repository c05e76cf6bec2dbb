"""Cleaning free text typed at the desk before it is stored."""

from __future__ import annotations

import unicodedata

from rescue_desk.domain.errors import BadCharacters, RequiredField, TooLong


def clean_text(value: object, label: str, *, limit: int, required: bool = False,
               field: str | None = None) -> str:
    """``value`` trimmed and NFC-normalised; a DeskError for control characters, length, absence.

    Tabs and newlines are kept only in multi-line fields (``limit`` > 200).
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise BadCharacters(field=field, label=label)
    text = unicodedata.normalize("NFC", value).strip()
    multiline = limit > 200
    for ch in text:
        if ch in "\n\t" and multiline:
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Co", "Cn") or ch in "\u2028\u2029":
            raise BadCharacters(field=field, label=label)
    if required and not text:
        raise RequiredField(field=field, label=label)
    if len(text) > limit:
        raise TooLong(field=field, label=label, limit=limit)
    return text
