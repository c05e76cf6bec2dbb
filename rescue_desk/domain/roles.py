"""Roles of the station's staff and what each role may do.

One person may hold several roles. Services check a permission for every action; the GUI only
hides what a role cannot use.
"""

from __future__ import annotations

import enum

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    FRONT_DESK = "front_desk"  #: 接待/登记员: registers arrivals and prints slips
    SECURITY = "security"  #: 安保: security check and belongings custody
    DUTY_OFFICER = "duty_officer"  #: 值班员: duty, patrols, shift log
    LEADER_ON_DUTY = "leader_on_duty"  #: 带班领导: approves exceptions
    ADMIN = "admin"  #: 站长/管理员: settings, users, areas, reports


#: Names shown on screen (context ``Role``).
ROLE_LABELS = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("Role", "Front desk"),
    Role.SECURITY: QT_TRANSLATE_NOOP("Role", "Security"),
    Role.DUTY_OFFICER: QT_TRANSLATE_NOOP("Role", "Duty officer"),
    Role.LEADER_ON_DUTY: QT_TRANSLATE_NOOP("Role", "Leader on duty"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


class Permission(enum.StrEnum):
    MANAGE_USERS = "manage_users"  #: create officers, change roles, reset passwords
    EDIT_STATION = "edit_station"  #: station details
    EDIT_RULES = "edit_rules"  #: local rules
    VIEW_AUDIT = "view_audit"  #: read the audit trail
    VIEW_FULL_ID = "view_full_id"  #: see ID numbers unmasked on screen
    SEARCH = "search"  #: the desk's search
    REGISTER = "register"  #: intake
    SECURITY_CHECK = "security_check"
    CUSTODY = "custody"
    BEDS = "beds"
    DEPARTURE = "departure"
    DUTY_LOG = "duty_log"
    APPROVE_EXCEPTION = "approve_exception"  #: leader on duty's approvals
    REPORTS = "reports"
    BACKUP = "backup"
    MERGE_PEOPLE = "merge_people"


_ALL_STAFF = {Permission.SEARCH}

#: Which role grants which permissions (a person holds the union of their roles').
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: frozenset(
        _ALL_STAFF | {Permission.REGISTER, Permission.BEDS, Permission.DEPARTURE}
    ),
    Role.SECURITY: frozenset(
        _ALL_STAFF | {Permission.SECURITY_CHECK, Permission.CUSTODY, Permission.BEDS}
    ),
    Role.DUTY_OFFICER: frozenset(
        _ALL_STAFF
        | {Permission.DUTY_LOG, Permission.BEDS, Permission.REGISTER, Permission.DEPARTURE}
    ),
    Role.LEADER_ON_DUTY: frozenset(
        _ALL_STAFF
        | {
            Permission.DUTY_LOG,
            Permission.APPROVE_EXCEPTION,
            Permission.VIEW_FULL_ID,
            Permission.REPORTS,
            Permission.BEDS,
            Permission.DEPARTURE,
        }
    ),
    Role.ADMIN: frozenset(
        _ALL_STAFF
        | {
            Permission.MANAGE_USERS,
            Permission.EDIT_STATION,
            Permission.EDIT_RULES,
            Permission.BEDS,
            Permission.VIEW_AUDIT,
            Permission.VIEW_FULL_ID,
            Permission.REPORTS,
            Permission.BACKUP,
            Permission.MERGE_PEOPLE,
        }
    ),
}


def permissions_of(roles: set[Role] | frozenset[Role]) -> frozenset[Permission]:
    """All permissions granted by a set of roles."""
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def may(roles: set[Role] | frozenset[Role], permission: Permission) -> bool:
    """Whether someone holding ``roles`` may do what ``permission`` names."""
    return permission in permissions_of(roles)
