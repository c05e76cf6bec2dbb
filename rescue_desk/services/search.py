"""The desk's one search: the global search box, the scanner and ``rescue-desk search`` use it.

Typed text is matched by prefix on indexed columns (never a scan of all rows); a scanned QR
payload ``RD:<KIND>:<KEY>`` opens exactly that record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sqlalchemy import bindparam, or_, select

from rescue_desk.domain.inputs import is_record_id, query_text
from rescue_desk.domain.intake import age_on
from rescue_desk.domain.models import Bag, Person, PersonKey, Stay, User
from rescue_desk.domain.roles import Permission
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import display_name, shown_id
from rescue_desk.store.db import is_null_unindexed, prefix_range

#: ``RD:<KIND>:<KEY>``, the payload of every QR code the desk prints.
QR_PAYLOAD = re.compile(r"^RD:([A-Z]+):(\S+)$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class SearchHit:
    """One candidate: what it is (``kind``), its key, and two lines to show."""

    kind: str
    key: str
    title: str
    detail: str = ""  #: language-neutral extra line (officers: login and phone)
    exact: bool = False
    sex: str = ""  #: people: "M", "F" or "U"
    age: int | None = None
    id_shown: str = ""  #: masked unless the officer may see full ID numbers
    phone: str = ""
    case_no: str = ""  #: people: the latest stay; stays: their own
    when: dt.datetime | None = None  #: arrival of that stay


def parse_payload(text: str) -> tuple[str, str] | None:
    """``(KIND, KEY)`` for a scanned ``RD:<KIND>:<KEY>`` payload, else None."""
    match = QR_PAYLOAD.match(text.strip())
    return (match.group(1).upper(), match.group(2)) if match else None


#: A case number or its beginning: ``2026-000123`` or ``2026-00``.
CASE_PREFIX = re.compile(r"^\d{4}-\d{0,6}$")
#: A bag number or its beginning: ``2026-B00012``.
BAG_PREFIX = re.compile(r"^\d{4}-[Bb]\d{0,5}$")
#: Digits (an ID number may end in X): an ID number, ID tail or phone.
DIGITS = re.compile(r"^\d+[Xx]?$")


#: A person's latest stay (``ix_stay_person_id`` finds them; a person has only a few).
_LATEST = (select(Stay.id).where(Stay.person_id == Person.id)
           .order_by(Stay.arrived_at.desc(), Stay.id.desc()).limit(1)
           .correlate(Person).scalar_subquery())
#: What a person's hit shows, with the latest stay, as plain rows (no ORM objects to build).
PEOPLE_HITS = (
    select(Person.id, Person.name, Person.unknown_no, Person.sex, Person.birth_date,
           Person.birth_year, Person.id_number, Person.phone, Stay.case_no, Stay.arrived_at)
    .outerjoin(Stay, Stay.id == _LATEST)
)

#: What a stay's hit shows, as plain rows.
CASE_HITS = (
    select(Stay.case_no, Stay.arrived_at, Stay.age_at_arrival, Person.name, Person.unknown_no,
           Person.sex)
    .join(Person, Person.id == Stay.person_id)
)



def _prefix(column, name: str):
    """``column`` starts with the bound ``name`` (an index range; see ``prefix_range``)."""
    return (column >= bindparam(name)) & (column < bindparam(name + "_end"))


#: Not merged into another record (never by the index of merged records: see the function).
_LIVE = is_null_unindexed(Person.merged_into_id)
_N = bindparam("n")
#: The lookups as statements built once, with bound values: a search then costs the database
#: work and little else (building SQL expressions per call cost more than the lookups).
KEY_IDS = select(PersonKey.person_id).where(_prefix(PersonKey.key, "q")).limit(_N)
TAIL_IDS = select(Person.id).where(Person.id_tail == bindparam("q"), _LIVE).limit(_N)
ID_NUMBER_IDS = select(Person.id).where(_prefix(Person.id_number, "q"), _LIVE).limit(_N)
PHONE_IDS = select(Person.id).where(_prefix(Person.phone, "q"), _LIVE).limit(_N)
HITS_OF = PEOPLE_HITS.where(Person.id.in_(bindparam("ids", expanding=True)), _LIVE)
CASES = CASE_HITS.where(_prefix(Stay.case_no, "q")).order_by(Stay.case_no.desc()).limit(_N)
OFFICERS = (select(User.login, User.name, User.phone)
            .where(or_(_prefix(User.login, "login"), _prefix(User.name, "q"),
                       _prefix(User.phone, "q")))
            .order_by(User.name).limit(_N))


def _bounds(name: str, text: str) -> dict[str, str]:
    return {name: text, name + "_end": text + "\U0010ffff"}


class SearchService:
    """Finds records from what a clerk types or a scanner sends."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """People by name, alias, pinyin (full or initials), ID number (prefix or last four),
        phone or case number; officers by name, login or phone. Index lookups only."""
        self.desk.require(Permission.SEARCH)
        text = query_text(text)  # any input: never an exception, only fewer hits
        limit = limit if is_record_id(limit) and limit <= 500 else 20
        if not text:
            return []
        payload = parse_payload(text)
        if payload is not None:
            return self._open_payload(*payload)
        with self.desk.db.read() as session:
            conn = session.connection()  # Core statements: no ORM objects to build
            hits = self._people(session, conn, text, limit)
            if len(hits) < limit:
                hits += [SearchHit("USER", r.login, r.name,
                                   " · ".join(x for x in (r.login, r.phone) if x), False)
                         for r in conn.execute(OFFICERS, {
                             **_bounds("login", text.lower()), **_bounds("q", text),
                             "n": limit - len(hits)})]
        return hits

    def _open_payload(self, kind: str, key: str) -> list[SearchHit]:
        with self.desk.db.read() as s:
            if kind == "USER":
                user = s.execute(select(User).where(User.login == key)).scalar_one_or_none()
                if user is not None:
                    return [self._officer_hit(user, exact=True)]
            elif kind == "BAG":
                bag = s.execute(select(Bag).where(Bag.bag_no == key)).scalar_one_or_none()
                if bag is not None:
                    return [self._bag_hit(s, bag, exact=True)]
            elif kind == "STAY":
                stay = s.execute(select(Stay).where(Stay.case_no == key)).scalar_one_or_none()
                if stay is not None:
                    return [self._stay_hit(stay, exact=True)]
        return []

    def _people(self, s, conn, text: str, limit: int) -> list[SearchHit]:
        officer = self.desk.require()
        if BAG_PREFIX.match(text):
            bags = s.execute(select(Bag).where(prefix_range(Bag.bag_no, text.upper()))
                             .order_by(Bag.bag_no.desc()).limit(limit)).scalars().all()
            return [self._bag_hit(s, bag) for bag in bags]
        if CASE_PREFIX.match(text):
            return [SearchHit("STAY", r.case_no, r.unknown_no or r.name, "", False, r.sex,
                              r.age_at_arrival, "", "", r.case_no, r.arrived_at)
                    for r in conn.execute(CASES, {**_bounds("q", text), "n": limit})]
        ids: list[int] = []

        def extend(query, value: dict) -> None:
            for pid in conn.execute(query, {**value, "n": limit}).scalars():
                if pid not in ids:
                    ids.append(pid)

        if DIGITS.match(text):
            digits = text.upper()
            if len(digits) == 4:
                extend(TAIL_IDS, {"q": digits})
            if len(digits) >= 6:
                extend(ID_NUMBER_IDS, _bounds("q", digits))
            if len(digits) >= 3 and digits.isdigit():
                extend(PHONE_IDS, _bounds("q", digits))
        else:
            extend(KEY_IDS, _bounds("q", text.lower()))
        if not ids:
            return []
        rows = {row.id: row for row in conn.execute(HITS_OF, {"ids": ids[:limit]})}
        return [self._person_hit(rows[pid], officer) for pid in ids[:limit] if pid in rows]

    def _person_hit(self, row, officer) -> SearchHit:
        age = age_on(self.desk.now().date(), birth_date=row.birth_date,
                     birth_year=row.birth_year)
        return SearchHit(
            "PERSON", str(row.id), row.unknown_no or row.name, "", False, row.sex, age,
            shown_id(row.id_number, officer), row.phone, row.case_no or "", row.arrived_at)

    def _bag_hit(self, s, bag: Bag, exact: bool = False) -> SearchHit:
        stay = s.get(Stay, bag.stay_id)
        return SearchHit("BAG", bag.bag_no, display_name(stay.person), bag.location, exact,
                         stay.person.sex, stay.age_at_arrival, "", "", stay.case_no,
                         bag.created_at)

    def _stay_hit(self, stay: Stay, exact: bool = False) -> SearchHit:
        person = stay.person
        return SearchHit("STAY", stay.case_no, display_name(person), "", exact, person.sex,
                         stay.age_at_arrival, "", "", stay.case_no, stay.arrived_at)

    @staticmethod
    def _officer_hit(user: User, exact: bool = False) -> SearchHit:
        detail = " · ".join(x for x in (user.login, user.phone) if x)
        return SearchHit("USER", user.login, user.name, detail, exact)
