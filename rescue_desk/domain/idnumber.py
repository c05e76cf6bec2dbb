"""Chinese resident ID numbers (居民身份证号码, GB 11643): normalise, check, upgrade, mask.

Every problem found is a *warning* an officer may override with a reason (people misremember their
numbers), modelled as a DeskError with ``warning = True`` that is returned, never raised. Region
codes come from python-stdnum's table (``stdnum.cn.loc``); the rest is done here.
"""

from __future__ import annotations

import dataclasses
import datetime
import unicodedata

from stdnum import numdb

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError

#: The form field ID-number problems belong to.
FIELD = "id_number"
#: GB 11643 weights of the first 17 digits.
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
#: GB 11643 check characters, indexed by the weighted sum modulo 11.
CHECK_CHARACTERS = "10X98765432"
#: Birth years before this one are flagged (nobody living was born earlier).
EARLIEST_BIRTH_YEAR = 1900
#: What ``mask`` puts in place of the birth date and sequence of an 18-character number.
MASK_STARS = "********"

_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")


# --- Problems (warnings) ---------------------------------------------------------------------


class IdProblem(DeskError):
    """Something wrong with an ID number: a warning the officer may override with a reason."""

    code = "id_problem"
    template = QT_TRANSLATE_NOOP("DeskError", "The ID number looks wrong.")
    #: Not a block: the form offers “save anyway” with a reason.
    warning = True

    def __init__(self, field: str | None = FIELD, **facts: object) -> None:
        super().__init__(field=field, **facts)


class IdWrongLength(IdProblem):
    """Neither 18 characters nor 15 (an old number). Facts: ``length``."""

    code = "id_length"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "An ID number has 18 characters (an old one 15 digits); this one has {length}. "
        "Check the number, or choose “save anyway” and give a reason.",
    )


class IdBadCharacters(IdProblem):
    """Characters other than digits, or an X anywhere but last. Facts: ``characters``."""

    code = "id_characters"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "An ID number has only digits; just the last of 18 characters may be X. "
        "Check the number, or choose “save anyway” and give a reason.",
    )


class IdCheckCharacter(IdProblem):
    """The last character is not the GB 11643 check character. Facts: ``expected``, ``found``."""

    code = "id_check_character"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The check character does not match: expected {expected}. Check the last character, "
        "or choose “save anyway” and give a reason.",
    )


class IdImpossibleDate(IdProblem):
    """The birth-date digits are no real date (e.g. 30 February). Facts: ``digits`` (YYYYMMDD)."""

    code = "id_birth_date_invalid"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The birth date in the ID number ({digits}) is not a real date. Check the number, "
        "or choose “save anyway” and give a reason.",
    )


class IdFutureBirthDate(IdProblem):
    """The birth date is after today. Facts: ``birth_date`` (ISO)."""

    code = "id_birth_date_future"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The birth date in the ID number ({birth_date}) is in the future. Check the number, "
        "or choose “save anyway” and give a reason.",
    )


class IdBirthBefore1900(IdProblem):
    """The birth date is before 1900: a valid number, but most likely mistyped.

    Facts: ``birth_date`` (ISO).
    """

    code = "id_birth_date_too_early"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The birth date in the ID number ({birth_date}) is before 1900. Check the number, "
        "or choose “save anyway” and give a reason.",
    )


class IdUnknownRegion(IdProblem):
    """The first six digits are no region code known to stdnum's table. Facts: ``region_code``."""

    code = "id_region_unknown"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The region code {region_code} at the start of the ID number is unknown. Check the "
        "first six digits, or choose “save anyway” and give a reason.",
    )


class IdBirthDateMismatch(IdProblem):
    """The entered birth date differs from the number's. Facts: ``entered``, ``id_birth_date``."""

    code = "id_birth_date_mismatch"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The date of birth entered ({entered}) differs from the one in the ID number "
        "({id_birth_date}). Correct one of them, or choose “save anyway” and give a reason.",
    )


class IdSexMismatch(IdProblem):
    """The entered sex differs from the number's (17th digit). Facts: ``entered``, ``id_sex``."""

    code = "id_sex_mismatch"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The sex entered differs from the one in the ID number (its 17th digit is odd for men, "
        "even for women). Correct one of them, or choose “save anyway” and give a reason.",
    )


# --- The analysis ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class IdAnalysis:
    """What an ID number says, and what is wrong with it.

    ``number`` is the normalised number, upgraded to 18 characters when 15 digits were given; when
    the length or characters are wrong it is the normalised text and nothing else is derived.
    ``sex`` is ``"M"`` or ``"F"`` as in ``Person.sex``.
    """

    number: str
    upgraded_from_15: bool = False
    birth_date: datetime.date | None = None
    sex: str | None = None
    region_code: str | None = None
    #: Province and county from stdnum's table, e.g. "北京市 朝阳区"; None when unknown.
    region_name: str | None = None
    problems: tuple[IdProblem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when nothing is wrong with the number."""
        return not self.problems

    @property
    def masked(self) -> str:
        """The number as shown on screens and paper (see ``mask``)."""
        return mask(self.number)


def normalize(text: str | None) -> str:
    """``text`` without spaces or hyphens, full-width digits and Ｘ made ASCII, x made X."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        "X" if ch == "x" else ch for ch in text if not ch.isspace() and ch not in _HYPHENS
    )


def check_character(first17: str) -> str:
    """The GB 11643 check character of the first 17 digits: weighted sum mod 11 → 10X98765432.

    Raises ValueError unless ``first17`` is 17 ASCII digits.
    """
    if len(first17) != 17 or not _is_ascii_digits(first17):
        raise ValueError(f"need 17 digits, got {first17!r}")
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def upgrade15(number15: str) -> str:
    """The 18-character form of an old 15-digit number: "19" before the year, check appended.

    Raises ValueError unless ``number15`` is 15 ASCII digits.
    """
    if len(number15) != 15 or not _is_ascii_digits(number15):
        raise ValueError(f"need 15 digits, got {number15!r}")
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_character(first17)


def analyse(text: str | None, *, today: datetime.date) -> IdAnalysis:
    """Normalise ``text``, upgrade a 15-digit number, derive birth date, sex and region.

    Problems are collected, not raised: wrong length or characters (then nothing else is derived),
    wrong check character, a birth date that is no real date, in the future or before 1900, an
    unknown region code. An empty ``text`` is reported as wrong length; callers skip the analysis
    for people without a number.
    """
    number = normalize(text)
    upgraded = False
    if len(number) == 15 and _is_ascii_digits(number):
        number = upgrade15(number)
        upgraded = True
    elif len(number) not in (15, 18):
        return IdAnalysis(number=number, problems=(IdWrongLength(length=len(number)),))
    if (
        len(number) == 15
        or not _is_ascii_digits(number[:17])
        or not (_is_ascii_digits(number[17]) or number[17] == "X")
    ):
        return IdAnalysis(number=number, problems=(IdBadCharacters(characters=_bad(number)),))

    problems: list[IdProblem] = []
    expected = check_character(number[:17])
    if not upgraded and number[17] != expected:
        problems.append(IdCheckCharacter(expected=expected, found=number[17]))

    birth_date = _birth_date(number)
    if birth_date is None:
        problems.append(IdImpossibleDate(digits=number[6:14]))
    elif birth_date > today:
        problems.append(IdFutureBirthDate(birth_date=birth_date.isoformat()))
    elif birth_date.year < EARLIEST_BIRTH_YEAR:
        problems.append(IdBirthBefore1900(birth_date=birth_date.isoformat()))

    region_code = number[:6]
    region = region_name(region_code)
    if region is None:
        problems.append(IdUnknownRegion(region_code=region_code))

    return IdAnalysis(
        number=number,
        upgraded_from_15=upgraded,
        birth_date=birth_date,
        sex="M" if int(number[16]) % 2 else "F",
        region_code=region_code,
        region_name=region,
        problems=tuple(problems),
    )


def mismatches(
    analysis: IdAnalysis,
    *,
    entered_birth_date: datetime.date | None = None,
    entered_sex: str | None = None,
) -> tuple[IdProblem, ...]:
    """Warnings where what was entered on the form differs from what the number says.

    Nothing is compared when either side is unknown (no entry, or nothing derivable).
    """
    found: list[IdProblem] = []
    if (
        entered_birth_date is not None
        and analysis.birth_date is not None
        and entered_birth_date != analysis.birth_date
    ):
        found.append(
            IdBirthDateMismatch(
                entered=entered_birth_date.isoformat(),
                id_birth_date=analysis.birth_date.isoformat(),
            )
        )
    if entered_sex and analysis.sex and entered_sex != analysis.sex:
        found.append(IdSexMismatch(entered=entered_sex, id_sex=analysis.sex))
    return tuple(found)


def mask(number: str | None) -> str:
    """The number as shown on screens and paper (PIPL): ``110105********002X``.

    An 18-character number keeps its first 6 and last 4 characters. Any other length keeps at
    most the first 3 and last 2, and at least half of the characters are starred.
    """
    text = normalize(number)
    if not text:
        return ""
    if len(text) == 18:
        return text[:6] + MASK_STARS + text[-4:]
    head = min(3, len(text) // 4)
    tail = min(2, len(text) // 4)
    return text[:head] + "*" * (len(text) - head - tail) + text[len(text) - tail :]


def region_name(region_code: str) -> str | None:
    """Province and county of a six-digit region code from stdnum's table, or None if unknown.

    Codes are accepted whatever years the table gives for them: the code in a number is where it
    was issued, which says nothing about the birth year (stdnum's own check assumes it does).
    """
    if len(region_code) != 6 or not _is_ascii_digits(region_code):
        return None
    info: dict[str, str] = {}
    for _part, props in numdb.get("cn/loc").info(region_code):
        info.update(props)
    county = info.get("county")
    if not county:
        return None
    # "[1983-1993]潮阳县" or "[-1991]东郊区,[1992-]东丽区": name the latest.
    latest = county.split(",")[-1]
    if latest.startswith("["):
        latest = latest.partition("]")[2]
    if region_code.endswith("0000"):  # a province-level code names the province alone
        return latest
    return f"{info.get('province', '')} {latest}".strip()


def _birth_date(number: str) -> datetime.date | None:
    try:
        return datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def _is_ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _bad(number: str) -> str:
    """The characters of ``number`` that do not belong, each once, in order."""
    bad = [
        ch
        for i, ch in enumerate(number)
        if not _is_ascii_digits(ch) and not (ch == "X" and i == 17)
    ]
    return "".join(dict.fromkeys(bad))
