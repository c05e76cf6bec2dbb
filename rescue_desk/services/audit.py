"""The audit trail: every change through a service appends one record in the same transaction.

Records are hash-chained (each hash covers the previous one) and the chain's head is sealed, so a
record edited, inserted or removed behind the program's back is found by ``verify_chain``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rescue_desk.domain.audit import GENESIS, canonical_json, event_hash
from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError
from rescue_desk.domain.models import AuditEvent, AuditSeal
from rescue_desk.domain.roles import Permission
from rescue_desk.services.desk import Desk, Officer


class AuditTampered(DeskError):
    code = "audit_tampered"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "Audit record #{id} was changed behind the program's back (its hash does not match).",
    )


class AuditGap(DeskError):
    code = "audit_gap"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The audit trail is broken before record #{id}: a record was removed or inserted.",
    )


class AuditTailMissing(DeskError):
    code = "audit_tail_missing"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The audit trail should hold {expected} records but holds {found}: "
        "records were removed or added behind the program's back.",
    )


def record(
    session: Session,
    officer: Officer | None,
    at: dt.datetime,
    action: str,
    entity: str,
    entity_id: object,
    changes: dict | None = None,
) -> AuditEvent:
    """Append one audit record inside the caller's transaction."""
    seal = session.execute(select(AuditSeal).with_for_update()).scalar_one_or_none()
    if seal is None:
        seal = AuditSeal(id=1, count=0, last_hash=GENESIS)
        session.add(seal)
    body = canonical_json(changes or {})
    login = officer.login if officer else "-"
    digest = event_hash(seal.last_hash, at, login, action, entity, str(entity_id), body)
    event = AuditEvent(
        at=at,
        officer_id=officer.id if officer else None,
        officer_login=login,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        changes=body,
        prev_hash=seal.last_hash,
        hash=digest,
    )
    session.add(event)
    seal.count += 1
    seal.last_hash = digest
    session.flush()
    return event


def verify_chain(session: Session, batch: int = 5000) -> list[DeskError]:
    """Every break in the audit chain, as DeskErrors naming the record (empty when intact)."""
    problems: list[DeskError] = []
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        rows = session.execute(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).scalars().all()
        if not rows:
            break
        for ev in rows:
            count += 1
            expected = event_hash(
                ev.prev_hash, ev.at, ev.officer_login, ev.action, ev.entity, ev.entity_id,
                ev.changes,
            )
            if expected != ev.hash:
                problems.append(AuditTampered(id=ev.id))
            elif ev.prev_hash != prev:
                problems.append(AuditGap(id=ev.id))
            prev = ev.hash
            last_id = ev.id
        session.expunge_all()
    seal = session.execute(select(AuditSeal)).scalar_one_or_none()
    expected_count = seal.count if seal else 0
    if expected_count != count or (seal is not None and seal.last_hash != prev):
        problems.append(AuditTailMissing(expected=expected_count, found=count))
    return problems


@dataclasses.dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    officer_login: str
    action: str
    entity: str
    entity_id: str
    changes: str


class AuditService:
    """Reading the audit trail (administrators)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def recent(self, limit: int = 200) -> list[AuditRow]:
        self.desk.require(Permission.VIEW_AUDIT)
        with self.desk.db.read() as s:
            rows = s.execute(
                select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
            ).scalars()
            return [
                AuditRow(r.id, r.at, r.officer_login, r.action, r.entity, r.entity_id, r.changes)
                for r in rows
            ]

    def count(self) -> int:
        with self.desk.db.read() as s:
            return s.execute(select(func.count(AuditEvent.id))).scalar_one()
