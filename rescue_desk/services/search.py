"""The desk's one search: the global search box, the scanner and ``rescue-desk search`` use it.

Typed text is matched by prefix on indexed columns (never a scan of all rows); a scanned QR
payload ``RD:<KIND>:<KEY>`` opens exactly that record.
"""

from __future__ import annotations

import dataclasses
import re

from sqlalchemy import or_, select

from rescue_desk.domain.models import User
from rescue_desk.domain.roles import Permission
from rescue_desk.services.desk import Desk

#: ``RD:<KIND>:<KEY>``, the payload of every QR code the desk prints.
QR_PAYLOAD = re.compile(r"^RD:([A-Z]+):(.+)$")


@dataclasses.dataclass(frozen=True)
class SearchHit:
    """One candidate: what it is (``kind``), its key, and two lines to show."""

    kind: str
    key: str
    title: str
    detail: str
    exact: bool = False


def parse_payload(text: str) -> tuple[str, str] | None:
    """``(KIND, KEY)`` for a scanned ``RD:<KIND>:<KEY>`` payload, else None."""
    match = QR_PAYLOAD.match(text.strip())
    return (match.group(1), match.group(2)) if match else None


def prefix_range(column, text: str):
    """``column`` starts with ``text``, as an index-friendly range (not LIKE)."""
    return (column >= text) & (column < text + "\uffff")


class SearchService:
    """Finds records from what a clerk types or a scanner sends."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        self.desk.require(Permission.SEARCH)
        text = (text or "").strip()
        if not text:
            return []
        payload = parse_payload(text)
        if payload is not None:
            return self._open_payload(*payload)
        return self._officers(text, limit)

    def _open_payload(self, kind: str, key: str) -> list[SearchHit]:
        if kind == "USER":
            with self.desk.db.read() as s:
                user = s.execute(select(User).where(User.login == key)).scalar_one_or_none()
                if user is not None:
                    return [self._officer_hit(user, exact=True)]
        return []

    def _officers(self, text: str, limit: int) -> list[SearchHit]:
        with self.desk.db.read() as s:
            query = (
                select(User)
                .where(or_(prefix_range(User.login, text.lower()), prefix_range(User.name, text),
                           prefix_range(User.phone, text)))
                .order_by(User.name)
                .limit(limit)
            )
            return [self._officer_hit(u) for u in s.execute(query).scalars()]

    @staticmethod
    def _officer_hit(user: User, exact: bool = False) -> SearchHit:
        detail = " · ".join(x for x in (user.login, user.phone) if x)
        return SearchHit("USER", user.login, user.name, detail, exact)
