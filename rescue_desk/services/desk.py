"""The desk: one open database, the officer logged in, and the clock.

Every service takes a Desk. ``require`` checks the logged-in officer's role for an action, so the
rules hold for the CLI and any other front end, not only the GUI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from rescue_desk.domain.errors import NotLoggedIn, PermissionDenied
from rescue_desk.domain.roles import Permission, Role, permissions_of
from rescue_desk.store.db import Database


@dataclasses.dataclass(frozen=True)
class Officer:
    """Who is working the desk now."""

    id: int | None
    login: str
    name: str
    sex: str
    roles: frozenset[Role]

    def may(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)


def system_officer(name: str) -> Officer:
    """The officer for station-admin commands run from the shell (recorded as ``cli:<name>``)."""
    return Officer(None, f"cli:{name}", name, "", frozenset({Role.ADMIN}))


class Desk:
    """An open database with its logged-in officer and clock."""

    def __init__(self, db: Database, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.db = db
        self._clock = clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self.officer: Officer | None = None
        #: Intakes write their entry in the shift log (the demo turns this off while it
        #: registers its people, and writes the entries when it replays their arrival).
        self.log_admissions = True

    @property
    def clock(self) -> Callable[[], dt.datetime]:
        return self._clock

    @clock.setter
    def clock(self, clock: Callable[[], dt.datetime]) -> None:
        """Replace the clock (tests; the demo replaying past events)."""
        self._clock = clock

    def now(self) -> dt.datetime:
        """The desk's clock (local time, no time zone)."""
        return self._clock()

    def require(self, permission: Permission | None = None) -> Officer:
        """The logged-in officer, if their roles allow ``permission``; else a DeskError."""
        if self.officer is None:
            raise NotLoggedIn()
        if permission is not None and not self.officer.may(permission):
            raise PermissionDenied(action=permission.value)
        return self.officer
