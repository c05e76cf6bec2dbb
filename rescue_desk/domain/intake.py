"""Intake: the words of the registration form (sources, ID document types, inspection flags,
outcomes) and the rules of steps 1–3 (age, minors, case numbers, re-admission)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP


class Source(enum.StrEnum):
    WALK_IN = "walk_in"  #: 自行求助
    POLICE = "police"  #: 公安护送
    CITY_MANAGEMENT = "city_management"  #: 城管
    STREET_PATROL = "street_patrol"  #: 街面巡查
    HOTLINE = "hotline"  #: 热线
    HOSPITAL = "hospital"  #: 医院转入
    OTHER_STATION = "other_station"  #: 外站转入
    OTHER = "other"


SOURCE_LABELS = {
    Source.WALK_IN: QT_TRANSLATE_NOOP("Intake", "Walk-in"),
    Source.POLICE: QT_TRANSLATE_NOOP("Intake", "Police escort"),
    Source.CITY_MANAGEMENT: QT_TRANSLATE_NOOP("Intake", "City management"),
    Source.STREET_PATROL: QT_TRANSLATE_NOOP("Intake", "Street patrol"),
    Source.HOTLINE: QT_TRANSLATE_NOOP("Intake", "Hotline"),
    Source.HOSPITAL: QT_TRANSLATE_NOOP("Intake", "Hospital transfer"),
    Source.OTHER_STATION: QT_TRANSLATE_NOOP("Intake", "Another station"),
    Source.OTHER: QT_TRANSLATE_NOOP("Intake", "Other"),
}

#: Sources whose escort (unit, officers, badges, phone, where and when found) is recorded.
ESCORTED_SOURCES = frozenset(
    {Source.POLICE, Source.CITY_MANAGEMENT, Source.STREET_PATROL, Source.HOSPITAL,
     Source.OTHER_STATION}
)


class IdType(enum.StrEnum):
    NONE = "none"  #: 无证件
    RESIDENT_ID = "resident_id"  #: 居民身份证
    HOUSEHOLD_BOOK = "household_book"  #: 户口簿
    HK_MACAO = "hk_macao"  #: 港澳居民来往内地通行证
    TAIWAN = "taiwan"  #: 台湾居民来往大陆通行证
    PASSPORT = "passport"  #: 护照
    OTHER = "other"


ID_TYPE_LABELS = {
    IdType.NONE: QT_TRANSLATE_NOOP("Intake", "No document"),
    IdType.RESIDENT_ID: QT_TRANSLATE_NOOP("Intake", "Resident ID card"),
    IdType.HOUSEHOLD_BOOK: QT_TRANSLATE_NOOP("Intake", "Household register"),
    IdType.HK_MACAO: QT_TRANSLATE_NOOP("Intake", "Hong Kong/Macao permit"),
    IdType.TAIWAN: QT_TRANSLATE_NOOP("Intake", "Taiwan permit"),
    IdType.PASSPORT: QT_TRANSLATE_NOOP("Intake", "Passport"),
    IdType.OTHER: QT_TRANSLATE_NOOP("Intake", "Other document"),
}

#: Document types whose number is a GB 11643 resident ID number.
GB11643_TYPES = frozenset({IdType.RESIDENT_ID, IdType.HOUSEHOLD_BOOK})


class Welfare(enum.StrEnum):
    NONE = "none"
    DIBAO = "dibao"  #: 低保
    WUBAO = "wubao"  #: 五保 / 特困供养
    UNKNOWN = "unknown"


WELFARE_LABELS = {
    Welfare.NONE: QT_TRANSLATE_NOOP("Intake", "Neither"),
    Welfare.DIBAO: QT_TRANSLATE_NOOP("Intake", "Minimum living allowance (低保)"),
    Welfare.WUBAO: QT_TRANSLATE_NOOP("Intake", "Five guarantees (五保)"),
    Welfare.UNKNOWN: QT_TRANSLATE_NOOP("Intake", "Not known"),
}


class AgeBasis(enum.StrEnum):
    BIRTH_DATE = "birth_date"  #: date of birth known
    STATED = "stated"  #: the person says their age
    ESTIMATED = "estimated"  #: 目测年龄


class Inspection(enum.StrEnum):
    """Flags of the initial inspection (初步检视)."""

    INJURY = "injury"
    DISABILITY = "disability"
    MENTAL = "mental"  #: suspected mental disorder
    INFECTIOUS = "infectious"  #: suspected infectious disease
    DRUNK = "drunk"
    CRITICAL = "critical"  #: critically ill
    MINOR = "minor"  #: apparently a minor
    DEMENTIA = "dementia"  #: dementia or intellectual disability
    TRAFFICKING = "trafficking"  #: suspected victim of trafficking (special group)
    DOMESTIC_VIOLENCE = "domestic_violence"  #: fleeing domestic violence (special group)
    LEFT_BEHIND = "left_behind"  #: a left-behind child (留守儿童, special group)


INSPECTION_LABELS = {
    Inspection.INJURY: QT_TRANSLATE_NOOP("Intake", "Visible injury"),
    Inspection.DISABILITY: QT_TRANSLATE_NOOP("Intake", "Disability"),
    Inspection.MENTAL: QT_TRANSLATE_NOOP("Intake", "Suspected mental disorder"),
    Inspection.INFECTIOUS: QT_TRANSLATE_NOOP("Intake", "Suspected infectious disease"),
    Inspection.DRUNK: QT_TRANSLATE_NOOP("Intake", "Drunk"),
    Inspection.CRITICAL: QT_TRANSLATE_NOOP("Intake", "Critically ill"),
    Inspection.MINOR: QT_TRANSLATE_NOOP("Intake", "Apparently a minor"),
    Inspection.DEMENTIA: QT_TRANSLATE_NOOP("Intake", "Dementia or intellectual disability"),
    Inspection.TRAFFICKING: QT_TRANSLATE_NOOP("Intake", "Suspected trafficking victim"),
    Inspection.DOMESTIC_VIOLENCE: QT_TRANSLATE_NOOP("Intake", "Fleeing domestic violence"),
    Inspection.LEFT_BEHIND: QT_TRANSLATE_NOOP("Intake", "Left-behind child"),
}


class Outcome(enum.StrEnum):
    ADMIT = "admit"  #: 予以救助
    HOSPITAL_FIRST = "hospital_first"  #: 先救治后救助
    POLICE = "police"  #: 移交公安
    REFUSE = "refuse"  #: 不予救助 (refusal notice)


OUTCOME_LABELS = {
    Outcome.ADMIT: QT_TRANSLATE_NOOP("Intake", "Admit"),
    Outcome.HOSPITAL_FIRST: QT_TRANSLATE_NOOP("Intake", "Hospital first"),
    Outcome.POLICE: QT_TRANSLATE_NOOP("Intake", "Hand to the police"),
    Outcome.REFUSE: QT_TRANSLATE_NOOP("Intake", "Refuse"),
}


class StayStatus(enum.StrEnum):
    IN_STATION = "in_station"  #: 在站
    IN_HOSPITAL = "in_hospital"  #: 送医 (still counted)
    IN_CARE = "in_care"  #: 站外托养 (still counted, no bed)
    CLOSED = "closed"  #: ended: refused, handed to police, or departed


STATUS_LABELS = {
    StayStatus.IN_STATION: QT_TRANSLATE_NOOP("Intake", "In station"),
    StayStatus.IN_HOSPITAL: QT_TRANSLATE_NOOP("Intake", "In hospital"),
    StayStatus.IN_CARE: QT_TRANSLATE_NOOP("Intake", "In out-of-station care"),
    StayStatus.CLOSED: QT_TRANSLATE_NOOP("Intake", "Ended"),
}

#: Statuses counted as "in the station" (在站): with a bed, or off site and still ours.
COUNTED_STATUSES = frozenset({StayStatus.IN_STATION, StayStatus.IN_HOSPITAL, StayStatus.IN_CARE})

#: Where each outcome leaves the stay.
STATUS_AFTER = {
    Outcome.ADMIT: StayStatus.IN_STATION,
    Outcome.HOSPITAL_FIRST: StayStatus.IN_HOSPITAL,
    Outcome.POLICE: StayStatus.CLOSED,
    Outcome.REFUSE: StayStatus.CLOSED,
}

#: Ethnic groups as registered (the commonest first; any other may be typed).
ETHNICITIES = (
    "汉族", "壮族", "回族", "满族", "维吾尔族", "苗族", "彝族", "土家族", "藏族", "蒙古族", "侗族",
    "布依族", "瑶族", "白族", "朝鲜族", "哈尼族", "黎族", "哈萨克族", "傣族", "畲族",
)

#: The age below which a person is a minor (未成年人).
ADULT_AGE = 18
#: The age from which a person may leave on their own (细则: 16 周岁).
SELF_DEPARTURE_AGE = 16


def age_on(day: dt.date, *, birth_date: dt.date | None = None,
           birth_year: int | None = None) -> int | None:
    """Whole years on ``day`` from a birth date, else from a birth year (stated or estimated)."""
    if birth_date is not None:
        years = day.year - birth_date.year
        if (day.month, day.day) < (birth_date.month, birth_date.day):
            years -= 1
        return max(years, 0)
    if birth_year is not None:
        return max(day.year - birth_year, 0)
    return None


def is_minor(age: int | None, flags: frozenset[Inspection] | set[Inspection] = frozenset()) -> bool:
    """Under 18 by age, or apparently a minor at the inspection when the age is not known."""
    if age is not None:
        return age < ADULT_AGE
    return Inspection.MINOR in flags


def case_number(year: int, sequence: int) -> str:
    """``YYYY-NNNNNN``: the year of arrival and the station's sequence in that year."""
    return f"{year:04d}-{sequence:06d}"


def unknown_number(year: int, sequence: int) -> str:
    """The station number of an unidentified person (无名氏), e.g. ``无名氏2026-007``."""
    return f"无名氏{year:04d}-{sequence:03d}"


@dataclasses.dataclass(frozen=True)
class ReadmissionCheck:
    """Whether the re-admission warning applies, and which exception (if any) fits the person."""

    warn: bool
    days_since: int | None
    exception: str | None  #: "minor" or "mental" when the person falls under an exception


def readmission_check(*, last_left: dt.datetime | None, arriving: dt.datetime, period_days: int,
                      minor: bool, mental_or_intellectual: bool) -> ReadmissionCheck:
    """(local) A person who left fewer than ``period_days`` days ago raises a warning; minors and
    people with mental or intellectual disability are exceptions. The officer decides either way
    and the decision is recorded."""
    if last_left is None or period_days <= 0:
        return ReadmissionCheck(False, None, None)
    days = (arriving.date() - last_left.date()).days
    if days < 0 or days >= period_days:
        return ReadmissionCheck(False, days, None)
    exception = "minor" if minor else "mental" if mental_or_intellectual else None
    return ReadmissionCheck(True, days, exception)
