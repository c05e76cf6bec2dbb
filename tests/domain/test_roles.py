"""Roles and the permissions they grant."""

from __future__ import annotations

import pytest

from rescue_desk.domain.roles import ROLE_PERMISSIONS, Permission, Role, may, permissions_of


def test_several_roles_grant_the_union_of_their_permissions():
    """GIVEN an officer who is front desk and security WHEN their permissions are computed THEN
    they hold exactly the union of both roles' permissions."""
    both = permissions_of({Role.FRONT_DESK, Role.SECURITY})
    assert both == ROLE_PERMISSIONS[Role.FRONT_DESK] | ROLE_PERMISSIONS[Role.SECURITY]
    assert Permission.REGISTER in both
    assert Permission.SECURITY_CHECK in both


def test_no_roles_grant_nothing():
    """GIVEN no roles WHEN permissions are computed THEN there are none."""
    assert permissions_of(set()) == frozenset()


def test_administrator_may_manage_users():
    """GIVEN the administrator role WHEN asked about managing users THEN it may."""
    assert may({Role.ADMIN}, Permission.MANAGE_USERS)


@pytest.mark.parametrize(
    "permission", [Permission.MANAGE_USERS, Permission.EDIT_RULES, Permission.EDIT_STATION]
)
def test_front_desk_may_not_administer(permission):
    """GIVEN the front-desk role alone WHEN asked about an administrator's action THEN it may
    not."""
    assert not may({Role.FRONT_DESK}, permission)


@pytest.mark.parametrize("role", list(Role))
def test_every_role_may_search(role):
    """GIVEN any single role WHEN asked about the desk's search THEN it may."""
    assert may({role}, Permission.SEARCH)
