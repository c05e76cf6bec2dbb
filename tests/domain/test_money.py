"""Money: fen inside, figures on screen, Chinese capitals on receipts."""

from __future__ import annotations

import pytest

from rescue_desk.domain.money import (
    MAX_FEN,
    AmountTooLarge,
    BadAmount,
    NegativeAmount,
    capitals,
    check_fen,
    figures,
    parse_yuan,
)


@pytest.mark.parametrize("fen, text", [
    (0, "零元整"),
    (5, "伍分"),
    (50, "伍角整"),
    (1000, "壹拾元整"),
    (10050, "壹佰元伍角整"),
    (12350, "壹佰贰拾叁元伍角整"),
    (100100, "壹仟零壹元整"),
    (1000007, "壹万元零柒分"),
    (10000000000, "壹亿元整"),
    (100000000001, "壹拾亿元零壹分"),
    (123456789012_34, "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"),
])
def test_capitals(fen, text):
    """GIVEN an amount in fen THEN its capitals follow the accounting wording (整 after 元/角)."""
    assert capitals(fen) == text


@pytest.mark.parametrize("typed, fen", [
    ("0", 0), ("0.05", 5), ("10.00", 1000), ("100.5", 10050), ("1001", 100100),
    ("10,000.07", 1000007), ("¥123.50", 12350), ("100000000", 10000000000),
])
def test_parse_yuan(typed, fen):
    """GIVEN what a clerk types in yuan THEN it becomes fen exactly (no float rounding)."""
    assert parse_yuan(typed) == fen


@pytest.mark.parametrize("typed, error", [
    ("-1", NegativeAmount), ("abc", BadAmount), ("1.234", BadAmount), ("", BadAmount),
    ("1e5", BadAmount), (None, BadAmount), (True, BadAmount), ("9999999999999", BadAmount),
])
def test_bad_amounts_are_refused_with_a_message(typed, error):
    """GIVEN negative, non-numeric or over-precise input THEN a DeskError with a message."""
    with pytest.raises(error) as raised:
        parse_yuan(typed, field="cash")
    assert raised.value.field == "cash" and raised.value.message()


def test_stored_amounts_are_bounded():
    """GIVEN fen out of range or of the wrong type THEN refused."""
    with pytest.raises(NegativeAmount):
        check_fen(-1)
    with pytest.raises(AmountTooLarge):
        check_fen(MAX_FEN + 1)
    with pytest.raises(BadAmount):
        check_fen(1.5)


def test_figures():
    """GIVEN fen THEN figures read ¥1,234.50."""
    assert figures(123450) == "¥1,234.50" and figures(5) == "¥0.05"
