"""The leader on duty's approval of an exception (a placement outside the rules, a departure
with belongings not counted back, a minor leaving in an exception).

The leader approves with their own password at the desk where the officer works, or is the
officer logged in. The reason is always written down; the approval is part of the audited
change it allows.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError, RequiredField
from rescue_desk.domain.inputs import lookup_key
from rescue_desk.domain.models import User, UserRole
from rescue_desk.domain.passwords import verify_password
from rescue_desk.domain.roles import Permission, Role
from rescue_desk.domain.text import clean_text
from rescue_desk.services.desk import Desk, Officer

REASON = QT_TRANSLATE_NOOP("Field", "reason")


@dataclasses.dataclass(frozen=True)
class Approval:
    """A leader on duty's approval: who (empty: the officer logged in), password, and why."""

    reason: str = ""
    leader: str = ""  #: login of the leader on duty, when another officer is logged in
    password: str = ""


class NotALeader(DeskError):
    code = "not_a_leader"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Only a leader on duty can approve this. Ask them to enter their login "
                     "and password.")


class LeaderPasswordWrong(DeskError):
    code = "leader_password_wrong"
    template = QT_TRANSLATE_NOOP("DeskError", "The leader on duty's password is not right.")


def check_approval(s: Session, officer: Officer, approval: Approval) -> tuple[str, str]:
    """The approving leader's login and the cleaned reason, or a DeskError."""
    if not isinstance(approval, Approval):
        raise RequiredField(field="approval_reason", label=REASON)
    reason = clean_text(approval.reason, REASON, limit=500, field="approval_reason")
    if not reason:
        raise RequiredField(field="approval_reason", label=REASON)
    leader = lookup_key(approval.leader if approval.leader is not None else "", limit=40)
    if leader is None:  # not a login at all
        raise NotALeader(field="approval_leader")
    login = leader.lower()
    if not login or login == officer.login:
        if not officer.may(Permission.APPROVE_EXCEPTION):
            raise NotALeader(field="approval_leader")
        return officer.login, reason
    user = s.execute(select(User).where(User.login == login, User.active.is_(True))
                     ).scalar_one_or_none()
    if user is None or not s.execute(select(UserRole.role).where(
            UserRole.user_id == user.id, UserRole.role == Role.LEADER_ON_DUTY.value)).first():
        raise NotALeader(field="approval_leader")
    if not verify_password(approval.password or "", user.password_hash):
        raise LeaderPasswordWrong(field="approval_password")
    return user.login, reason


def leaders(desk: Desk) -> list[tuple[str, str]]:
    """(login, name) of the active officers who may approve as leader on duty."""
    desk.require(Permission.SEARCH)
    with desk.db.read() as s:
        return [(login, name) for login, name in s.execute(
            select(User.login, User.name).join(UserRole, UserRole.user_id == User.id)
            .where(User.active.is_(True), UserRole.role == Role.LEADER_ON_DUTY.value)
            .order_by(User.name))]
