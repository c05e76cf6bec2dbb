"""Cleaning free text before it is stored."""

from __future__ import annotations

import pytest

from rescue_desk.domain.errors import BadCharacters, RequiredField, TooLong
from rescue_desk.domain.text import clean_text


def test_text_is_trimmed():
    """GIVEN text with spaces around it WHEN cleaned THEN the spaces are gone."""
    assert clean_text("  张三  ", "name", limit=60) == "张三"


def test_text_is_nfc_normalised():
    """GIVEN a decomposed accent (e + combining acute) WHEN cleaned THEN it is one composed
    character."""
    assert clean_text("Jose\u0301", "name", limit=60) == "Jos\u00e9"


def test_length_counts_composed_characters():
    """GIVEN five letters typed with combining accents (ten code points) WHEN cleaned with a limit
    of five THEN it fits, because the limit applies after NFC."""
    assert clean_text("e\u0301" * 5, "name", limit=5) == "\u00e9" * 5


@pytest.mark.parametrize("bad", ["a\x00b", "a\x07b", "a\x1bb", "a\x7fb", "a\u2028b", "a\ue000b"])
def test_control_and_private_characters_are_refused(bad):
    """GIVEN text containing a control, separator or private-use character WHEN cleaned THEN
    BadCharacters names the field's label."""
    with pytest.raises(BadCharacters) as caught:
        clean_text(bad, "address", limit=60, field="address")
    assert caught.value.facts["label"] == "address"
    assert caught.value.field == "address"


def test_newline_is_refused_in_a_single_line_field():
    """GIVEN a newline inside the text of a short (single-line) field WHEN cleaned THEN
    BadCharacters."""
    with pytest.raises(BadCharacters):
        clean_text("first\nsecond", "name", limit=60)


def test_newline_and_tab_are_kept_in_a_multi_line_field():
    """GIVEN a newline and a tab in a long (multi-line) field WHEN cleaned THEN both are kept."""
    assert clean_text("first\n\tsecond", "notes", limit=2000) == "first\n\tsecond"


def test_too_long_text_is_refused_with_its_limit():
    """GIVEN text one character over the limit WHEN cleaned THEN TooLong carries the limit."""
    with pytest.raises(TooLong) as caught:
        clean_text("x" * 41, "phone", limit=40)
    assert caught.value.facts["limit"] == 40
    assert caught.value.message() == "phone may have at most 40 characters."


@pytest.mark.parametrize("empty", ["", "   ", None])
def test_required_field_left_empty_is_refused(empty):
    """GIVEN a required field left empty or blank WHEN cleaned THEN RequiredField."""
    with pytest.raises(RequiredField) as caught:
        clean_text(empty, "name", limit=60, required=True, field="name")
    assert caught.value.field == "name"


def test_optional_field_left_empty_is_empty_text():
    """GIVEN an optional field that is None WHEN cleaned THEN it becomes empty text."""
    assert clean_text(None, "phone", limit=40) == ""


def test_non_text_value_is_refused():
    """GIVEN a number where text is expected WHEN cleaned THEN BadCharacters."""
    with pytest.raises(BadCharacters):
        clean_text(12345, "phone", limit=40)
