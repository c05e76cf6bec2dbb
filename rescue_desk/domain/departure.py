"""Departures (离站): the departure types of step 10, their rules, and the follow-up call.

Each rule is a pure function: the 16+ rule for leaving on one's own request; under-16s and
people who cannot travel alone must be collected or escorted; a minor leaving in any other way
is an exception for the leader on duty; cash for the journey only as an exception and at most
20 yuan; belongings counted back before the stay can end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError
from rescue_desk.domain.intake import ADULT_AGE, SELF_DEPARTURE_AGE, Inspection, StayStatus


class DepartureType(enum.StrEnum):
    SELF = "self"  #: 自行离站
    VOUCHER = "voucher"  #: 乘车凭证返乡
    COLLECTED = "collected"  #: 亲属/单位接领
    ESCORTED = "escorted"  #: 护送返乡
    HOSPITAL = "hospital"  #: 送医
    PLACEMENT = "placement"  #: 托养/安置
    TERMINATED = "terminated"  #: 终止救助
    ABSCONDED = "absconded"  #: 擅自离站
    DEATH = "death"  #: 死亡


TYPE_LABELS = {
    DepartureType.SELF: QT_TRANSLATE_NOOP("Departure", "Leaves on own request"),
    DepartureType.VOUCHER: QT_TRANSLATE_NOOP("Departure", "Travel voucher home"),
    DepartureType.COLLECTED: QT_TRANSLATE_NOOP("Departure", "Collected by relatives or employer"),
    DepartureType.ESCORTED: QT_TRANSLATE_NOOP("Departure", "Escorted home"),
    DepartureType.HOSPITAL: QT_TRANSLATE_NOOP("Departure", "To hospital"),
    DepartureType.PLACEMENT: QT_TRANSLATE_NOOP("Departure", "Placement / out-of-station care"),
    DepartureType.TERMINATED: QT_TRANSLATE_NOOP("Departure", "Relief ended"),
    DepartureType.ABSCONDED: QT_TRANSLATE_NOOP("Departure", "Left without formalities"),
    DepartureType.DEATH: QT_TRANSLATE_NOOP("Departure", "Death"),
}


class DepartureState(enum.StrEnum):
    PREPARED = "prepared"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


STATE_LABELS = {
    DepartureState.PREPARED: QT_TRANSLATE_NOOP("Departure", "In preparation"),
    DepartureState.COMPLETED: QT_TRANSLATE_NOOP("Departure", "Completed"),
    DepartureState.CANCELLED: QT_TRANSLATE_NOOP("Departure", "Cancelled"),
}

#: Where a completed departure leaves the stay: off site but still counted, or ended.
STATUS_AFTER = {t: StayStatus.CLOSED for t in DepartureType} | {
    DepartureType.HOSPITAL: StayStatus.IN_HOSPITAL,
    DepartureType.PLACEMENT: StayStatus.IN_CARE,
}

#: Types by which a person leaves on a chosen way (rather than hospital, care, absconding,
#: death); these are the ones the minor and travel-alone rules govern.
LEAVING_TYPES = frozenset({DepartureType.SELF, DepartureType.VOUCHER, DepartureType.COLLECTED,
                           DepartureType.ESCORTED, DepartureType.TERMINATED})
#: Ways that are safe for a person who cannot travel alone.
ACCOMPANIED_TYPES = frozenset({DepartureType.COLLECTED, DepartureType.ESCORTED})
#: Types whose completion needs the belongings counted back (the person is there to sign).
COUNT_BACK_TYPES = frozenset({DepartureType.SELF, DepartureType.VOUCHER, DepartureType.COLLECTED,
                              DepartureType.ESCORTED, DepartureType.TERMINATED})
#: Types followed by a call to confirm the person arrived home.
FOLLOW_UP_TYPES = frozenset({DepartureType.SELF, DepartureType.VOUCHER, DepartureType.COLLECTED,
                             DepartureType.ESCORTED})

#: The most cash a person may be given for the journey (细则: 20 元), in fen.
CASH_CAP_FEN = 2000


class CallOutcome(enum.StrEnum):
    REACHED = "reached"
    AGREED = "agreed"  #: will collect / receive the person
    REFUSED = "refused"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"


CALL_OUTCOME_LABELS = {
    CallOutcome.REACHED: QT_TRANSLATE_NOOP("Departure", "Reached"),
    CallOutcome.AGREED: QT_TRANSLATE_NOOP("Departure", "Agreed to collect or receive"),
    CallOutcome.REFUSED: QT_TRANSLATE_NOOP("Departure", "Refused"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("Departure", "No answer"),
    CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("Departure", "Wrong number"),
}


class FollowUpOutcome(enum.StrEnum):
    ARRIVED = "arrived"
    NOT_ARRIVED = "not_arrived"
    UNREACHABLE = "unreachable"


FOLLOW_UP_LABELS = {
    FollowUpOutcome.ARRIVED: QT_TRANSLATE_NOOP("Departure", "Arrived home"),
    FollowUpOutcome.NOT_ARRIVED: QT_TRANSLATE_NOOP("Departure", "Did not arrive"),
    FollowUpOutcome.UNREACHABLE: QT_TRANSLATE_NOOP("Departure", "Could not be reached"),
}

#: The provinces (省级行政区) by the first two digits of their region code.
PROVINCES = {
    "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区",
    "21": "辽宁省", "22": "吉林省", "23": "黑龙江省", "31": "上海市", "32": "江苏省",
    "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省", "37": "山东省",
    "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区",
    "46": "海南省", "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省",
    "54": "西藏自治区", "61": "陕西省", "62": "甘肃省", "63": "青海省", "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区", "71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区",
}


def province_of(text: str) -> str:
    """The province named at the start of a place ("河南省周口市…" → "河南省"), or ""."""
    text = (text or "").strip()
    for name in sorted(PROVINCES.values(), key=len, reverse=True):
        short = name.removesuffix("省").removesuffix("市").removesuffix("自治区")
        for candidate in (name, short[:2] if len(short) > 2 else short):
            if candidate and text.startswith(candidate):
                return name
    return ""


def cross_province(station_region: str, destination_province: str) -> bool:
    """Whether an escort leaves the station's province (flagged on the form and the list)."""
    home = PROVINCES.get((station_region or "")[:2], "")
    return bool(home and destination_province and destination_province != home)


# -- errors -------------------------------------------------------------------------------


class SelfDepartureNotAllowed(DeskError):
    code = "self_departure_not_allowed"
    fact_contexts = {"why": "Departure"}
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Only a person aged 16 or over without signs of mental or intellectual "
                     "disability may leave on their own request ({why}).")


class MustBeAccompanied(DeskError):
    code = "must_be_accompanied"
    fact_contexts = {"who": "Departure"}
    template = QT_TRANSLATE_NOOP(
        "DeskError", "{who} must be collected or escorted. Another way needs the leader on "
                     "duty's approval with a reason.")


class MinorException(DeskError):
    code = "minor_exception"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "A minor leaving other than collected or escorted is an exception: the "
                     "leader on duty approves it with a reason.")


class CashOverCap(DeskError):
    code = "cash_over_cap"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Cash for the journey is at most ¥20.00; give a ticket instead.")


class CashNeedsReason(DeskError):
    code = "cash_needs_reason"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Cash instead of a ticket is an exception: say why (a signed receipt is "
                     "printed on the voucher).")


class CashOnlyWithVoucher(DeskError):
    code = "cash_only_with_voucher"
    template = QT_TRANSLATE_NOOP("DeskError", "Cash for the journey goes with a travel voucher.")


#: Why self-departure is refused, for the message (context ``Departure``).
WHY_UNDER_16 = QT_TRANSLATE_NOOP("Departure", "under 16")
WHY_AGE_UNKNOWN = QT_TRANSLATE_NOOP("Departure", "age not known")
WHY_MENTAL = QT_TRANSLATE_NOOP("Departure", "signs of a mental disorder")
WHY_ALONE = QT_TRANSLATE_NOOP("Departure", "cannot travel alone")
WHO_UNDER_16 = QT_TRANSLATE_NOOP("Departure", "A child under 16")
WHO_NOT_ALONE = QT_TRANSLATE_NOOP("Departure", "A person who cannot travel alone")


@dataclasses.dataclass(frozen=True)
class Leaver:
    """What the departure rules need to know of the person."""

    age: int | None
    flags: frozenset[Inspection] = frozenset()
    cannot_travel_alone: bool = False  #: the officer's judgement (e.g. intellectual disability)

    @property
    def minor(self) -> bool:
        if self.age is not None:
            return self.age < ADULT_AGE
        return Inspection.MINOR in self.flags

    @property
    def under_16(self) -> bool:
        if self.age is not None:
            return self.age < SELF_DEPARTURE_AGE
        return Inspection.MINOR in self.flags

    @property
    def needs_company(self) -> bool:
        """Under 16, signs of mental disorder, or judged unable to travel alone."""
        return self.under_16 or Inspection.MENTAL in self.flags or self.cannot_travel_alone


def check_self_departure(person: Leaver) -> None:
    """The 16+ rule: leaving on one's own request only from 16 and without signs of mental or
    intellectual disability. Not an exception anyone can approve."""
    if person.age is None and Inspection.MINOR not in person.flags:
        raise SelfDepartureNotAllowed(field="kind", why=WHY_AGE_UNKNOWN)
    if person.under_16:
        raise SelfDepartureNotAllowed(field="kind", why=WHY_UNDER_16)
    if Inspection.MENTAL in person.flags:
        raise SelfDepartureNotAllowed(field="kind", why=WHY_MENTAL)
    if person.cannot_travel_alone:
        raise SelfDepartureNotAllowed(field="kind", why=WHY_ALONE)


def exception_for(kind: DepartureType, person: Leaver) -> DeskError | None:
    """The exception (needing the leader on duty's approval) this way of leaving would be, or
    None when it follows the rules. Self-departure outside the 16+ rule is refused outright by
    ``check_self_departure``, not returned here."""
    if kind not in LEAVING_TYPES or kind in ACCOMPANIED_TYPES:
        return None
    if person.needs_company:
        return MustBeAccompanied(field="kind",
                                 who=WHO_UNDER_16 if person.under_16 else WHO_NOT_ALONE)
    if person.minor:
        return MinorException(field="kind")
    return None


def check_cash(kind: DepartureType, cash_fen: int | None, reason: str) -> int:
    """Cash for the journey: only with a travel voucher, at most 20 yuan, with a reason."""
    if not cash_fen:
        return 0
    if kind != DepartureType.VOUCHER:
        raise CashOnlyWithVoucher(field="cash")
    if cash_fen > CASH_CAP_FEN:
        raise CashOverCap(field="cash")
    if not (reason or "").strip():
        raise CashNeedsReason(field="cash_reason")
    return cash_fen


def follow_up_due(completed: dt.datetime, days: int) -> dt.date:
    """The day the follow-up call is due: ``days`` after departure."""
    return completed.date() + dt.timedelta(days=days)


def follow_up_overdue(due: dt.date | None, done: bool, today: dt.date) -> bool:
    return due is not None and not done and due < today


#: Fields each type asks for (the dialog shows only these); required ones for completion.
TYPE_FIELDS: dict[DepartureType, tuple[str, ...]] = {
    DepartureType.SELF: ("reason",),
    DepartureType.VOUCHER: ("carrier", "train_no", "from_place", "to_place", "transfer_station",
                            "transfer_rescue_station", "ticket_no", "fare", "food_given", "cash",
                            "cash_reason"),
    DepartureType.COLLECTED: ("collector_name", "collector_relation", "collector_id_number",
                              "collector_phone", "collector_address"),
    DepartureType.ESCORTED: ("escort_officers", "vehicle", "route", "receiving_unit",
                             "received_by", "received_at"),
    DepartureType.HOSPITAL: ("hospital", "ward"),
    DepartureType.PLACEMENT: ("institution", "agreement_no"),
    DepartureType.TERMINATED: ("grounds",),
    DepartureType.ABSCONDED: ("last_seen_at", "search_made", "police_told", "police_unit"),
    DepartureType.DEATH: ("died_at", "certificate_no", "police_notified", "family_notified"),
}

REQUIRED_TO_COMPLETE: dict[DepartureType, tuple[str, ...]] = {
    DepartureType.SELF: ("reason",),
    DepartureType.VOUCHER: ("carrier", "to_place"),
    DepartureType.COLLECTED: ("collector_name", "collector_relation", "collector_id_number",
                              "collector_phone"),
    DepartureType.ESCORTED: ("escort_officers", "receiving_unit", "received_by"),
    DepartureType.HOSPITAL: ("hospital",),
    DepartureType.PLACEMENT: ("institution",),
    DepartureType.TERMINATED: ("grounds",),
    DepartureType.ABSCONDED: ("last_seen_at", "search_made"),
    DepartureType.DEATH: ("died_at",),
}
