"""Station set-up, officers and roles, logging in and out, and the lockout after wrong passwords."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rescue_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    AccountDisabled,
    AccountLocked,
    BadCharacters,
    DeskError,
    Duplicate,
    LastAdministrator,
    NoStation,
    NotFound,
    RequiredField,
    StationExists,
    WeakPassword,
    WrongPassword,
)
from rescue_desk.domain.inputs import is_record_id, lookup_key, shown
from rescue_desk.domain.models import Station, User, UserRole
from rescue_desk.domain.passwords import (
    MAX_FAILED_LOGINS,
    MIN_PASSWORD_LENGTH,
    hash_password,
    lock_after_failure,
    verify_password,
)
from rescue_desk.domain.roles import Permission, Role
from rescue_desk.domain.text import clean_text
from rescue_desk.services import audit
from rescue_desk.services.desk import Desk, Officer

_LOGIN = re.compile(r"^[A-Za-z0-9._-]{1,40}$")

F_LOGIN = QT_TRANSLATE_NOOP("Field", "login name")
F_NAME = QT_TRANSLATE_NOOP("Field", "name")
F_PHONE = QT_TRANSLATE_NOOP("Field", "phone")
F_SEX = QT_TRANSLATE_NOOP("Field", "sex")
F_ROLES = QT_TRANSLATE_NOOP("Field", "roles")
F_STATION = QT_TRANSLATE_NOOP("Field", "station name")
F_HOTLINE = QT_TRANSLATE_NOOP("Field", "hotline")
F_ADDRESS = QT_TRANSLATE_NOOP("Field", "address")
F_REGION = QT_TRANSLATE_NOOP("Field", "region code")
F_OFFICER = QT_TRANSLATE_NOOP("Field", "officer")


class BadLogin(DeskError):
    code = "bad_login"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "A login name uses letters, digits, dot, dash or underscore (at most 40)."
    )


class BadRegionCode(DeskError):
    code = "bad_region"
    template = QT_TRANSLATE_NOOP("DeskError", "The region code has six digits, e.g. 440100.")


@dataclasses.dataclass(frozen=True)
class StationInfo:
    name: str
    hotline: str
    address: str
    region_code: str
    is_demo: bool


@dataclasses.dataclass(frozen=True)
class UserRow:
    """An officer as the settings page lists them."""

    id: int
    login: str
    name: str
    sex: str
    phone: str
    roles: frozenset[Role]
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None


@dataclasses.dataclass(frozen=True)
class NewUser:
    login: str
    name: str
    sex: str
    password: str
    roles: frozenset[Role]
    phone: str = ""


@functools.cache
def _dummy_hash() -> str:
    """A hash to check unknown logins against, so timing does not tell which logins exist."""
    return hash_password("not-a-password")


def _officer(user: User) -> Officer:
    return Officer(user.id, user.login, user.name, user.sex,
                   frozenset(Role(r.role) for r in user.roles))


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.login, user.name, user.sex, user.phone,
                   frozenset(Role(r.role) for r in user.roles), user.active, user.locked_until,
                   user.last_login_at)


def _check_password(password: object) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(field="password", minimum=MIN_PASSWORD_LENGTH)
    if len(password) > 200 or any(ord(c) < 32 or "\ud800" <= c <= "\udfff" for c in password):
        raise BadCharacters(field="password", label=QT_TRANSLATE_NOOP("Field", "password"))
    return password


def _check_user_fields(login: object, name: object, sex: object, phone: object,
                       roles: object) -> tuple[str, str, str, str, frozenset[Role]]:
    login = clean_text(login, F_LOGIN, limit=40, required=True, field="login").lower()
    if not _LOGIN.match(login):
        raise BadLogin(field="login")
    name = clean_text(name, F_NAME, limit=60, required=True, field="name")
    if sex not in ("M", "F"):
        raise RequiredField(field="sex", label=F_SEX)
    phone = clean_text(phone, F_PHONE, limit=40, field="phone")
    try:
        role_set = frozenset(Role(r) for r in (roles or ()))
    except (ValueError, TypeError):
        raise RequiredField(field="roles", label=F_ROLES) from None
    if not role_set:
        raise RequiredField(field="roles", label=F_ROLES)
    return login, name, sex, phone, role_set


def _check_station_fields(name, hotline, address, region_code) -> tuple[str, str, str, str]:
    name = clean_text(name, F_STATION, limit=100, required=True, field="station_name")
    hotline = clean_text(hotline, F_HOTLINE, limit=40, field="hotline")
    address = clean_text(address, F_ADDRESS, limit=200, field="address")
    region_code = clean_text(region_code, F_REGION, limit=6, field="region_code")
    if region_code and not (len(region_code) == 6 and region_code.isdigit()):
        raise BadRegionCode(field="region_code")
    return name, hotline, address, region_code


def _active_admins(session: Session, excluding: int | None = None) -> int:
    query = (
        select(func.count(func.distinct(User.id)))
        .join(UserRole)
        .where(UserRole.role == Role.ADMIN.value, User.active.is_(True))
    )
    if excluding is not None:
        query = query.where(User.id != excluding)
    return session.execute(query).scalar_one()


def _add_user(session: Session, desk: Desk, new: NewUser, actor: Officer | None) -> User:
    login, name, sex, phone, roles = _check_user_fields(
        new.login, new.name, new.sex, new.phone, new.roles
    )
    password = _check_password(new.password)
    if session.execute(select(User.id).where(User.login == login)).first():
        raise Duplicate(field="login", label=F_LOGIN, value=login)
    now = desk.now()
    user = User(login=login, name=name, sex=sex, phone=phone,
                password_hash=hash_password(password), active=True, failed_logins=0,
                created_at=now, roles=[UserRole(role=r.value) for r in sorted(roles)])
    session.add(user)
    session.flush()
    audit.record(session, actor or _officer(user), now, "user.create", "user", user.id,
                 {"login": login, "name": name, "sex": sex, "phone": phone,
                  "roles": sorted(r.value for r in roles)})
    return user


class AccountService:
    """Officers, roles, logging in, and the station's first set-up."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- the station -------------------------------------------------------------------------
    def station(self) -> StationInfo | None:
        """The station's details, or None before the first set-up."""
        with self.desk.db.read() as s:
            st = s.execute(select(Station)).scalar_one_or_none()
            if st is None:
                return None
            return StationInfo(st.name, st.hotline, st.address, st.region_code, st.is_demo)

    def set_up_station(self, *, name: str, hotline: str = "", address: str = "",
                       region_code: str = "", admin: NewUser, is_demo: bool = False) -> Officer:
        """First start: the station and its first administrator, in one transaction."""
        name, hotline, address, region_code = _check_station_fields(
            name, hotline, address, region_code
        )
        if not isinstance(admin, NewUser):
            raise RequiredField(field="login", label=F_LOGIN)
        try:
            admin = dataclasses.replace(admin, roles=frozenset(admin.roles or ()) | {Role.ADMIN})
        except TypeError:
            raise RequiredField(field="roles", label=F_ROLES) from None
        with self.desk.db.write() as s:
            existing = s.execute(select(Station)).scalar_one_or_none()
            if existing is not None:
                raise StationExists(name=existing.name)
            now = self.desk.now()
            station = Station(id=1, name=name, hotline=hotline, address=address,
                              region_code=region_code, is_demo=is_demo, created_at=now)
            s.add(station)
            user = _add_user(s, self.desk, admin, self.desk.officer)
            audit.record(s, self.desk.officer or _officer(user), now, "station.create",
                         "station", 1, {"name": name, "hotline": hotline, "address": address,
                                        "region_code": region_code, "is_demo": is_demo})
            return _officer(user)

    def update_station(self, *, name: str, hotline: str, address: str, region_code: str) -> None:
        officer = self.desk.require(Permission.EDIT_STATION)
        name, hotline, address, region_code = _check_station_fields(
            name, hotline, address, region_code
        )
        with self.desk.db.write() as s:
            st = s.execute(select(Station)).scalar_one_or_none()
            if st is None:
                raise NoStation()
            before = {"name": st.name, "hotline": st.hotline, "address": st.address,
                      "region_code": st.region_code}
            after = {"name": name, "hotline": hotline, "address": address,
                     "region_code": region_code}
            changed = {k: [before[k], v] for k, v in after.items() if before[k] != v}
            if not changed:
                return
            st.name, st.hotline, st.address, st.region_code = name, hotline, address, region_code
            audit.record(s, officer, self.desk.now(), "station.update", "station", st.id, changed)

    # -- logging in --------------------------------------------------------------------------
    def login(self, login: str, password: str) -> Officer:
        """Check the password; on success the officer works the desk. Five failures lock."""
        now = self.desk.now()
        error: DeskError | None = None
        with self.desk.db.write() as s:
            key = (lookup_key(login, limit=40) or "").lower()
            user = s.execute(select(User).where(User.login == key)).scalar_one_or_none() \
                if key else None
            if user is None:
                verify_password(password or "", _dummy_hash())  # same time as a real login
                raise WrongPassword(field="password", left=MAX_FAILED_LOGINS)
            if not user.active:
                raise AccountDisabled(field="login")
            if user.locked_until is not None and user.locked_until > now:
                raise AccountLocked(field="password", until=user.locked_until.strftime("%H:%M"))
            if verify_password(password or "", user.password_hash):
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                officer = _officer(user)
                audit.record(s, officer, now, "login", "user", user.id)
            else:
                user.failed_logins += 1
                user.locked_until = lock_after_failure(user.failed_logins, now)
                changes = {"failed_logins": user.failed_logins}
                if user.locked_until is not None:
                    changes["locked_until"] = user.locked_until.isoformat()
                    user.failed_logins = 0
                    until = user.locked_until.strftime("%H:%M")
                    error = AccountLocked(field="password", until=until)
                else:
                    error = WrongPassword(field="password",
                                          left=MAX_FAILED_LOGINS - user.failed_logins)
                audit.record(s, _officer(user), now, "login.failed", "user", user.id, changes)
        if error is not None:
            raise error
        self.desk.officer = officer
        return officer

    def logout(self) -> None:
        officer = self.desk.officer
        if officer is None:
            return
        if officer.id is not None:
            with self.desk.db.write() as s:
                audit.record(s, officer, self.desk.now(), "logout", "user", officer.id)
        self.desk.officer = None

    def change_own_password(self, old: str, new: str) -> None:
        officer = self.desk.require()
        new = _check_password(new)
        with self.desk.db.write() as s:
            user = s.get(User, officer.id)
            if user is None or not verify_password(old or "", user.password_hash):
                raise WrongPassword(field="old_password", left=MAX_FAILED_LOGINS)
            user.password_hash = hash_password(new)
            audit.record(s, officer, self.desk.now(), "user.password", "user", user.id)

    # -- officers (administrator) ------------------------------------------------------------
    def users(self) -> list[UserRow]:
        self.desk.require(Permission.MANAGE_USERS)
        with self.desk.db.read() as s:
            users = s.execute(select(User).order_by(User.active.desc(), User.login)).scalars()
            return [_row(u) for u in users]

    def user_count(self) -> int:
        with self.desk.db.read() as s:
            return s.execute(select(func.count(User.id))).scalar_one()

    def create_user(self, new: NewUser) -> UserRow:
        officer = self.desk.require(Permission.MANAGE_USERS)
        if not isinstance(new, NewUser):
            raise RequiredField(field="login", label=F_LOGIN)
        with self.desk.db.write() as s:
            return _row(_add_user(s, self.desk, new, officer))

    def update_user(self, user_id: int, *, name: str, sex: str, phone: str,
                    roles: frozenset[Role], active: bool) -> UserRow:
        officer = self.desk.require(Permission.MANAGE_USERS)
        with self.desk.db.write() as s:
            user = s.get(User, user_id) if is_record_id(user_id) else None
            if user is None:
                raise NotFound(what=F_OFFICER, key=shown(user_id))
            _, name, sex, phone, role_set = _check_user_fields(
                user.login, name, sex, phone, roles
            )
            losing_admin = (Role.ADMIN not in role_set or not active) and any(
                r.role == Role.ADMIN.value for r in user.roles
            ) and user.active
            if losing_admin and _active_admins(s, excluding=user.id) == 0:
                raise LastAdministrator(field="roles")
            before = _row(user)
            user.name, user.sex, user.phone, user.active = name, sex, phone, bool(active)
            old = {r.role for r in user.roles}
            new = {r.value for r in role_set}
            user.roles = [r for r in user.roles if r.role in new] + [
                UserRole(role=r) for r in sorted(new - old)
            ]
            changed = {}
            for key, b, a in (("name", before.name, name), ("sex", before.sex, sex),
                              ("phone", before.phone, phone),
                              ("active", before.active, bool(active)),
                              ("roles", sorted(old), sorted(new))):
                if b != a:
                    changed[key] = [b, a]
            if changed:
                s.flush()
                audit.record(s, officer, self.desk.now(), "user.update", "user", user.id, changed)
            s.flush()
            s.refresh(user)
            return _row(user)

    def reset_password(self, user_id: int, new_password: str) -> None:
        officer = self.desk.require(Permission.MANAGE_USERS)
        new_password = _check_password(new_password)
        with self.desk.db.write() as s:
            user = s.get(User, user_id) if is_record_id(user_id) else None
            if user is None:
                raise NotFound(what=F_OFFICER, key=shown(user_id))
            user.password_hash = hash_password(new_password)
            user.failed_logins = 0
            user.locked_until = None
            audit.record(s, officer, self.desk.now(), "user.password_reset", "user", user.id)

    def unlock(self, user_id: int) -> None:
        officer = self.desk.require(Permission.MANAGE_USERS)
        with self.desk.db.write() as s:
            user = s.get(User, user_id) if is_record_id(user_id) else None
            if user is None:
                raise NotFound(what=F_OFFICER, key=shown(user_id))
            user.failed_logins = 0
            user.locked_until = None
            audit.record(s, officer, self.desk.now(), "user.unlock", "user", user.id)
