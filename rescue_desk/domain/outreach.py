"""Outreach (寒冬送温暖): hotline calls and their response time, street patrols and the people
they meet, and supplies with their stock. Pure rules; the services store and audit."""

from __future__ import annotations

import datetime as dt
import enum

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError


class CallAction(enum.StrEnum):
    ADVICE = "advice"  #: 电话指引
    TEAM_SENT = "team_sent"  #: 派出救助小组
    POLICE = "police"  #: 转公安 110
    AMBULANCE = "ambulance"  #: 转 120
    REFERRED = "referred"  #: 转其他部门
    OTHER = "other"


CALL_ACTION_LABELS = {
    CallAction.ADVICE: QT_TRANSLATE_NOOP("Outreach", "Advice by phone"),
    CallAction.TEAM_SENT: QT_TRANSLATE_NOOP("Outreach", "Team sent"),
    CallAction.POLICE: QT_TRANSLATE_NOOP("Outreach", "Police (110) called"),
    CallAction.AMBULANCE: QT_TRANSLATE_NOOP("Outreach", "Ambulance (120) called"),
    CallAction.REFERRED: QT_TRANSLATE_NOOP("Outreach", "Referred elsewhere"),
    CallAction.OTHER: QT_TRANSLATE_NOOP("Outreach", "Other"),
}


def response_minutes(called_at: dt.datetime, arrived_at: dt.datetime | None) -> int | None:
    """Minutes from the call to the team's arrival (None while nobody has arrived)."""
    if arrived_at is None:
        return None
    return max(int((arrived_at - called_at).total_seconds() // 60), 0)


def call_late(called_at: dt.datetime, arrived_at: dt.datetime | None, *, far: bool,
              target: int, far_target: int, now: dt.datetime) -> bool:
    """Whether a team sent after a call arrived (or is still not there) after its target."""
    limit = far_target if far else target
    end = arrived_at or now
    return (end - called_at) > dt.timedelta(minutes=limit)


class ContactOutcome(enum.StrEnum):
    CAME_IN = "came_in"  #: 同意入站
    REFUSED_HELPED = "refused_helped"  #: 拒绝入站，发放物资
    REFERRED = "referred"  #: 转介
    OTHER = "other"


CONTACT_LABELS = {
    ContactOutcome.CAME_IN: QT_TRANSLATE_NOOP("Outreach", "Came in"),
    ContactOutcome.REFUSED_HELPED: QT_TRANSLATE_NOOP("Outreach", "Refused, given supplies"),
    ContactOutcome.REFERRED: QT_TRANSLATE_NOOP("Outreach", "Referred"),
    ContactOutcome.OTHER: QT_TRANSLATE_NOOP("Outreach", "Other"),
}

#: Key places patrolled by default (the station edits the list).
DEFAULT_PLACES = ("火车站", "汽车站", "桥洞涵洞", "地下通道", "医院周边", "烂尾楼", "公园",
                  "商业街区")
#: Supplies every station hands out in winter (name, unit, low-stock level).
DEFAULT_SUPPLIES = (("棉大衣", "件", 20), ("棉被", "床", 20), ("食品包", "份", 50),
                    ("保暖内衣", "套", 20), ("手套帽子", "套", 20))


def in_campaign(day: dt.date, start: str, end: str) -> bool:
    """Whether ``day`` falls in the winter campaign from ``start`` to ``end`` (MM-DD; the
    campaign runs over the new year when ``end`` comes before ``start``)."""
    key = f"{day:%m-%d}"
    if start <= end:
        return start <= key <= end
    return key >= start or key <= end


def campaign_of(day: dt.date, start: str, end: str) -> tuple[dt.date, dt.date] | None:
    """The campaign that ``day`` falls in, as its first and last day, or None."""
    if not in_campaign(day, start, end):
        return None
    sm, sd = (int(x) for x in start.split("-"))
    em, ed = (int(x) for x in end.split("-"))
    if start <= end:
        return dt.date(day.year, sm, sd), dt.date(day.year, em, ed)
    first_year = day.year if f"{day:%m-%d}" >= start else day.year - 1
    return dt.date(first_year, sm, sd), dt.date(first_year + 1, em, ed)


class OutOfStock(DeskError):
    code = "out_of_stock"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Only {left} {unit} of {item} are in stock; hand out at most that many.")


class BadCount(DeskError):
    code = "bad_count"
    template = QT_TRANSLATE_NOOP("DeskError", "The number is a whole number from 1 to 99999.")


class HandoutNeedsWho(DeskError):
    code = "handout_needs_who"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Say who received it: a stay, a person met on a patrol, or a relief point.")


class ArrivalBeforeCall(DeskError):
    code = "arrival_before_call"
    template = QT_TRANSLATE_NOOP("DeskError", "The team cannot arrive before the call came in.")


def check_count(value: object, field: str = "count") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 99999:
        raise BadCount(field=field)
    return value


def stock_after(stock: int, change: int, *, item: str, unit: str) -> int:
    """The stock after a change; a handout beyond the stock is refused (never negative)."""
    if stock + change < 0:
        raise OutOfStock(field="count", left=stock, unit=unit, item=item)
    return stock + change
