"""Money as the station writes it: integer fen inside, ``¥123.50`` on screen, and Chinese
capitals on receipts (壹佰贰拾叁元伍角整). Capitals from ``cn2an``; the 整 ending follows the
accounting rule: an amount ending at 元 or 角 ends with 整, one ending at 分 does not."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import cn2an

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError

#: The largest amount the desk records (just under one trillion yuan, in fen).
MAX_FEN = 999_999_999_999_99
_CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_AMOUNT = re.compile(r"^\d{1,12}(\.\d{1,2})?$")


class BadAmount(DeskError):
    code = "bad_amount"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Write the amount in yuan with at most two decimals, e.g. 123.50.")


class NegativeAmount(DeskError):
    code = "negative_amount"
    template = QT_TRANSLATE_NOOP("DeskError", "An amount cannot be negative.")


class AmountTooLarge(DeskError):
    code = "amount_too_large"
    template = QT_TRANSLATE_NOOP("DeskError", "The amount is larger than the desk can record.")


def parse_yuan(text: object, field: str | None = None) -> int:
    """Fen from what was typed in yuan (``123.5``, ``¥1,234.50``); a DeskError otherwise."""
    if isinstance(text, bool) or not isinstance(text, str | int | Decimal):
        raise BadAmount(field=field)
    raw = str(text).strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    if raw.startswith("-"):
        raise NegativeAmount(field=field)
    if not _AMOUNT.match(raw):
        raise BadAmount(field=field)
    try:
        fen = int((Decimal(raw) * 100).to_integral_exact())
    except InvalidOperation:
        raise BadAmount(field=field) from None
    if fen > MAX_FEN:
        raise AmountTooLarge(field=field)
    return fen


def check_fen(fen: object, field: str | None = None) -> int:
    """A stored amount in fen: a whole number from 0 to MAX_FEN."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise BadAmount(field=field)
    if fen < 0:
        raise NegativeAmount(field=field)
    if fen > MAX_FEN:
        raise AmountTooLarge(field=field)
    return fen


def figures(fen: int) -> str:
    """``¥1,234.50``."""
    return f"¥{fen // 100:,}.{fen % 100:02d}"


def capitals(fen: int) -> str:
    """Chinese capitals of an amount in fen.

    0 → 零元整, 5 → 伍分, 12350 → 壹佰贰拾叁元伍角整, 1000007 → 壹万元零柒分.
    """
    fen = check_fen(fen)
    yuan, jiao, cents = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return "零元整"
    text = cn2an.an2cn(yuan, "up") + "元" if yuan else ""
    if jiao:
        text += _CAPITAL_DIGITS[jiao] + "角"
    if cents:
        if yuan and not jiao:
            text += "零"
        text += _CAPITAL_DIGITS[cents] + "分"
    else:
        text += "整"
    return text
