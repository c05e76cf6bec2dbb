"""Station set-up, logging in, the lockout, roles, and officers managed by the administrator."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import func, inspect, select

from rescue_desk.domain.errors import (
    AccountDisabled,
    AccountLocked,
    DeskError,
    Duplicate,
    LastAdministrator,
    NotLoggedIn,
    PermissionDenied,
    RequiredField,
    StationExists,
    WeakPassword,
    WrongPassword,
)
from rescue_desk.domain.models import AuditEvent, Station, User
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService, BadLogin, NewUser
from rescue_desk.services.settings import SettingsService


def count(desk, model) -> int:
    with desk.db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


@dataclasses.dataclass(frozen=True)
class Audited:
    """The parts of an audit record the tests look at."""

    officer_login: str
    action: str
    entity: str
    entity_id: str
    changes: str


def last_audit(desk) -> Audited:
    with desk.db.read() as s:
        e = s.execute(select(AuditEvent).order_by(AuditEvent.id.desc())).scalars().first()
        return Audited(e.officer_login, e.action, e.entity, e.entity_id, e.changes)


def new_admin(password: str = "Admin-pass-1", roles=frozenset({Role.ADMIN})) -> NewUser:
    return NewUser("zhanzhang", "王站长", "M", password, roles)


# -- the station's first set-up ---------------------------------------------------------------

def test_no_station_before_the_first_set_up(desk):
    """GIVEN a freshly migrated database WHEN the station is asked for THEN there is none."""
    assert AccountService(desk).station() is None


def test_set_up_station_creates_the_station_and_its_administrator(desk):
    """GIVEN an empty database WHEN the station is set up THEN its details are stored and the
    first officer is an administrator."""
    officer = AccountService(desk).set_up_station(
        name=" 测试救助站 ", hotline="12345", region_code="440100", admin=new_admin()
    )
    info = AccountService(desk).station()
    assert (info.name, info.hotline, info.region_code, info.is_demo) == (
        "测试救助站", "12345", "440100", False
    )
    assert officer.login == "zhanzhang" and Role.ADMIN in officer.roles


def test_first_officer_is_always_an_administrator(desk):
    """GIVEN a first officer asked for with the front-desk role only WHEN the station is set up
    THEN that officer is an administrator as well (someone must manage the station)."""
    officer = AccountService(desk).set_up_station(
        name="测试救助站", admin=new_admin(roles=frozenset({Role.FRONT_DESK}))
    )
    assert officer.roles == {Role.FRONT_DESK, Role.ADMIN}


def test_station_is_set_up_only_once(station_desk):
    """GIVEN a database with a station WHEN the set-up runs again THEN StationExists names the
    station, and no second administrator is added."""
    with pytest.raises(StationExists) as caught:
        AccountService(station_desk).set_up_station(name="另一个站", admin=new_admin())
    assert caught.value.facts["name"] == "北京市朝阳区救助管理站"
    assert count(station_desk, User) == 1


def test_failed_set_up_saves_nothing(desk):
    """GIVEN valid station details but an administrator password that is too short WHEN the
    station is set up THEN WeakPassword, and no station, officer or audit record is saved."""
    with pytest.raises(WeakPassword):
        AccountService(desk).set_up_station(name="测试救助站", admin=new_admin(password="123"))
    assert (count(desk, Station), count(desk, User), count(desk, AuditEvent)) == (0, 0, 0)


# -- logging in -------------------------------------------------------------------------------

def test_right_password_logs_in(station_desk, admin):
    """GIVEN a set-up station WHEN the administrator logs in THEN the desk's officer is them and
    the login is recorded."""
    accounts = AccountService(station_desk)
    accounts.logout()
    officer = accounts.login(admin.login, admin.password)
    assert station_desk.officer == officer
    assert (officer.login, officer.name) == ("admin", "王建国")
    event = last_audit(station_desk)
    assert (event.action, event.officer_login) == ("login", "admin")


def test_login_name_is_not_case_sensitive(station_desk, admin):
    """GIVEN the login name typed in capitals WHEN logging in THEN it works."""
    assert AccountService(station_desk).login("  ADMIN ", admin.password).login == "admin"


def test_wrong_password_counts_down_the_attempts_left(station_desk, admin):
    """GIVEN the administrator WHEN a wrong password is given twice THEN WrongPassword says 4,
    then 3 attempts are left."""
    accounts = AccountService(station_desk)
    lefts = []
    for _ in range(2):
        with pytest.raises(WrongPassword) as caught:
            accounts.login(admin.login, "wrong-password")
        lefts.append(caught.value.facts["left"])
    assert lefts == [4, 3]


def test_unknown_login_name_gets_the_same_answer_as_a_wrong_password(station_desk):
    """GIVEN no officer called 'nobody' WHEN 'nobody' logs in THEN WrongPassword (the answer does
    not tell which names exist)."""
    with pytest.raises(WrongPassword):
        AccountService(station_desk).login("nobody", "whatever1")


def test_fifth_wrong_password_locks_for_five_minutes(station_desk, admin):
    """GIVEN four wrong passwords WHEN a fifth is given THEN AccountLocked until five minutes
    from now (21:10)."""
    accounts = AccountService(station_desk)
    for _ in range(4):
        with pytest.raises(WrongPassword):
            accounts.login(admin.login, "wrong-password")
    with pytest.raises(AccountLocked) as caught:
        accounts.login(admin.login, "wrong-password")
    assert caught.value.facts["until"] == "21:10"


@pytest.fixture
def locked_admin(station_desk, admin):
    accounts = AccountService(station_desk)
    accounts.logout()
    for _ in range(5):
        with pytest.raises((WrongPassword, AccountLocked)):
            accounts.login(admin.login, "wrong-password")
    return admin


def test_right_password_is_refused_while_locked(station_desk, locked_admin, clock):
    """GIVEN a locked account WHEN the right password is given 4 minutes 59 later THEN still
    AccountLocked, and nobody is logged in."""
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(AccountLocked):
        AccountService(station_desk).login(locked_admin.login, locked_admin.password)
    assert station_desk.officer is None


def test_right_password_works_once_the_lock_has_passed(station_desk, locked_admin, clock):
    """GIVEN a locked account WHEN the clock moves five minutes on THEN the right password logs
    in."""
    clock.advance(minutes=5)
    officer = AccountService(station_desk).login(locked_admin.login, locked_admin.password)
    assert officer.login == locked_admin.login


def test_administrator_can_unlock_an_account(station_desk, add_officer, admin):
    """GIVEN an officer locked out by five wrong passwords WHEN the administrator unlocks them
    THEN their right password works at once."""
    officer = add_officer("jiedai1", {Role.FRONT_DESK})
    accounts = AccountService(station_desk)
    for _ in range(5):
        with pytest.raises((WrongPassword, AccountLocked)):
            accounts.login(officer.login, "wrong-password")
    accounts.login(admin.login, admin.password)
    accounts.unlock(next(u.id for u in accounts.users() if u.login == "jiedai1"))
    assert accounts.login(officer.login, officer.password).login == "jiedai1"


def test_switched_off_account_is_refused(station_desk, add_officer):
    """GIVEN an officer the administrator has switched off WHEN they log in with the right
    password THEN AccountDisabled."""
    officer = add_officer("jiedai1", {Role.FRONT_DESK})
    accounts = AccountService(station_desk)
    row = next(u for u in accounts.users() if u.login == "jiedai1")
    accounts.update_user(row.id, name=row.name, sex=row.sex, phone=row.phone, roles=row.roles,
                         active=False)
    with pytest.raises(AccountDisabled):
        accounts.login(officer.login, officer.password)


def test_logout_records_it_and_leaves_nobody_at_the_desk(station_desk):
    """GIVEN a logged-in officer WHEN they log out THEN nobody is at the desk and the logout is
    recorded."""
    AccountService(station_desk).logout()
    assert station_desk.officer is None
    assert last_audit(station_desk).action == "logout"


def test_own_password_change_needs_the_old_password(station_desk, admin):
    """GIVEN a logged-in officer WHEN they change their password giving a wrong old one THEN
    WrongPassword, and the old password still works."""
    accounts = AccountService(station_desk)
    with pytest.raises(WrongPassword):
        accounts.change_own_password("not-the-old-one", "New-pass-123")
    assert accounts.login(admin.login, admin.password)


def test_own_password_change_takes_effect(station_desk, admin):
    """GIVEN a logged-in officer WHEN they change their password THEN the new one logs in."""
    accounts = AccountService(station_desk)
    accounts.change_own_password(admin.password, "New-pass-123")
    with pytest.raises(WrongPassword):
        accounts.login(admin.login, admin.password)
    assert accounts.login(admin.login, "New-pass-123").login == admin.login


# -- who may do what --------------------------------------------------------------------------

ADMIN_ACTIONS = {
    "create_user": lambda desk: AccountService(desk).create_user(
        NewUser("newbie", "新人", "M", "Newbie-pass-1", frozenset({Role.SECURITY}))
    ),
    "update_station": lambda desk: AccountService(desk).update_station(
        name="改名站", hotline="", address="", region_code=""
    ),
    "settings.set": lambda desk: SettingsService(desk).set("stay_limit_days", 15),
    "users": lambda desk: AccountService(desk).users(),
}


@pytest.mark.parametrize("action", list(ADMIN_ACTIONS))
def test_front_desk_officer_may_not_do_an_administrators_work(station_desk, add_officer, action):
    """GIVEN a front-desk officer at the desk WHEN they try an administrator's action THEN
    PermissionDenied, and no audit record is added."""
    officer = add_officer("jiedai1", {Role.FRONT_DESK})
    AccountService(station_desk).login(officer.login, officer.password)
    before = count(station_desk, AuditEvent)
    with pytest.raises(PermissionDenied):
        ADMIN_ACTIONS[action](station_desk)
    assert count(station_desk, AuditEvent) == before


@pytest.mark.parametrize("action", list(ADMIN_ACTIONS))
def test_nobody_logged_in_may_do_nothing(station_desk, action):
    """GIVEN a desk where nobody is logged in WHEN an administrator's action is tried THEN
    NotLoggedIn."""
    station_desk.officer = None
    with pytest.raises(NotLoggedIn):
        ADMIN_ACTIONS[action](station_desk)


def test_last_administrator_cannot_lose_the_role(station_desk):
    """GIVEN one active administrator WHEN the administrator role is taken from them THEN
    LastAdministrator, and they keep it."""
    accounts = AccountService(station_desk)
    me = accounts.users()[0]
    with pytest.raises(LastAdministrator):
        accounts.update_user(me.id, name=me.name, sex=me.sex, phone=me.phone,
                             roles=frozenset({Role.FRONT_DESK}), active=True)
    assert Role.ADMIN in accounts.users()[0].roles


def test_last_administrator_cannot_be_switched_off(station_desk):
    """GIVEN one active administrator WHEN they are switched off THEN LastAdministrator, and they
    stay active."""
    accounts = AccountService(station_desk)
    me = accounts.users()[0]
    with pytest.raises(LastAdministrator):
        accounts.update_user(me.id, name=me.name, sex=me.sex, phone=me.phone, roles=me.roles,
                             active=False)
    assert accounts.users()[0].active


def test_an_administrator_can_step_down_when_another_remains(station_desk, add_officer):
    """GIVEN a second active administrator WHEN the first gives up the role THEN that works."""
    add_officer("zhanzhang", {Role.ADMIN})
    accounts = AccountService(station_desk)
    me = next(u for u in accounts.users() if u.login == "admin")
    row = accounts.update_user(me.id, name=me.name, sex=me.sex, phone=me.phone,
                               roles=frozenset({Role.DUTY_OFFICER}), active=True)
    assert row.roles == {Role.DUTY_OFFICER}


# -- officers ---------------------------------------------------------------------------------

def test_administrator_creates_an_officer(station_desk):
    """GIVEN the administrator WHEN they create an officer THEN the officer is listed with their
    details and roles."""
    accounts = AccountService(station_desk)
    row = accounts.create_user(NewUser("JieDai1", " 李娜 ", "F", "Officer-pass-1",
                                       frozenset({Role.FRONT_DESK}), "13912345678"))
    assert (row.login, row.name, row.sex, row.phone, row.roles, row.active) == (
        "jiedai1", "李娜", "F", "13912345678", {Role.FRONT_DESK}, True
    )
    assert [u.login for u in accounts.users()] == ["admin", "jiedai1"]


def test_duplicate_login_is_refused(station_desk, add_officer):
    """GIVEN an officer 'jiedai1' WHEN another officer is created as 'JIEDAI1' THEN Duplicate
    names the login field, and there is still one 'jiedai1'."""
    add_officer("jiedai1", {Role.FRONT_DESK})
    with pytest.raises(Duplicate) as caught:
        AccountService(station_desk).create_user(
            NewUser("JIEDAI1", "张伟", "M", "Other-pass-1", frozenset({Role.SECURITY}))
        )
    assert caught.value.field == "login"
    assert count(station_desk, User) == 2


@pytest.mark.parametrize("login", ["zhang san", "张三", "a/b"])
def test_login_names_use_plain_letters_digits_and_dots(station_desk, login):
    """GIVEN a login with a space, Chinese characters or a slash WHEN an officer is created THEN
    BadLogin names the login field."""
    with pytest.raises(BadLogin) as caught:
        AccountService(station_desk).create_user(
            NewUser(login, "张三", "M", "Officer-pass-1", frozenset({Role.SECURITY}))
        )
    assert caught.value.field == "login"


def test_login_names_have_at_most_forty_characters(station_desk):
    """GIVEN a 41-character login WHEN an officer is created THEN it is refused naming the login
    field."""
    with pytest.raises(DeskError) as caught:
        AccountService(station_desk).create_user(
            NewUser("x" * 41, "张三", "M", "Officer-pass-1", frozenset({Role.SECURITY}))
        )
    assert caught.value.field == "login"


def test_short_password_is_refused(station_desk):
    """GIVEN a five-character password WHEN an officer is created THEN WeakPassword says the
    minimum is 6."""
    with pytest.raises(WeakPassword) as caught:
        AccountService(station_desk).create_user(
            NewUser("jiedai1", "李娜", "F", "12345", frozenset({Role.FRONT_DESK}))
        )
    assert caught.value.facts["minimum"] == 6


def test_invalid_role_saves_nothing(station_desk):
    """GIVEN otherwise valid officer details with an unknown role WHEN the officer is created
    THEN RequiredField names the roles, and no officer and no audit record are added."""
    users, events = count(station_desk, User), count(station_desk, AuditEvent)
    with pytest.raises(RequiredField) as caught:
        AccountService(station_desk).create_user(
            NewUser("jiedai1", "李娜", "F", "Officer-pass-1", frozenset({"cook"}))
        )
    assert caught.value.field == "roles"
    assert (count(station_desk, User), count(station_desk, AuditEvent)) == (users, events)


def stored_bytes(desk) -> bytes:
    """Everything the database holds: a SQLite file's bytes (with its WAL), or on a server every
    row of every table as text."""
    file = desk.db.file
    if file is not None:
        desk.db.dispose()
        files = [file, file.with_name(file.name + "-wal")]
        return b"".join(f.read_bytes() for f in files if f.exists())
    with desk.db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        rows = [conn.exec_driver_sql(f'SELECT t::text FROM "{table}" t').scalars().all()
                for table in tables]
    return "".join(text for found in rows for text in found).encode()


def test_password_is_never_stored_in_clear(station_desk):
    """GIVEN an officer created with a distinctive password, then reset to another WHEN the
    database and the audit trail are read THEN neither password appears in them."""
    password = "Xq7-distinctive-Pw"
    row = AccountService(station_desk).create_user(
        NewUser("jiedai1", "李娜", "F", password, frozenset({Role.FRONT_DESK}))
    )
    AccountService(station_desk).reset_password(row.id, password + "2")
    with station_desk.db.read() as s:
        changes = [e.changes for e in s.execute(select(AuditEvent)).scalars()]
    raw = stored_bytes(station_desk)
    assert b"jiedai1" in raw  # the officer is there, so the search looked in the right place
    assert password.encode() not in raw
    assert not any(password in c for c in changes)
    assert (password + "2").encode() not in raw


def test_creating_an_officer_is_audited_with_who_and_what(station_desk):
    """GIVEN the administrator WHEN they create an officer THEN an audit record names the
    administrator, the action, the new officer and their details."""
    row = AccountService(station_desk).create_user(
        NewUser("jiedai1", "李娜", "F", "Officer-pass-1", frozenset({Role.FRONT_DESK}))
    )
    event = last_audit(station_desk)
    assert (event.officer_login, event.action, event.entity, event.entity_id) == (
        "admin", "user.create", "user", str(row.id)
    )
    assert json.loads(event.changes) == {"login": "jiedai1", "name": "李娜", "sex": "F",
                                         "phone": "", "roles": ["front_desk"]}


def test_changing_an_officer_is_audited_with_before_and_after(station_desk, add_officer):
    """GIVEN an officer WHEN the administrator changes their name and roles THEN the audit record
    holds each changed field's old and new value."""
    add_officer("jiedai1", {Role.FRONT_DESK}, name="李娜")
    accounts = AccountService(station_desk)
    row = next(u for u in accounts.users() if u.login == "jiedai1")
    accounts.update_user(row.id, name="李娜娜", sex="F", phone="",
                         roles=frozenset({Role.FRONT_DESK, Role.SECURITY}), active=True)
    event = last_audit(station_desk)
    assert (event.officer_login, event.action, event.entity_id) == (
        "admin", "user.update", str(row.id)
    )
    assert json.loads(event.changes) == {
        "name": ["李娜", "李娜娜"], "roles": [["front_desk"], ["front_desk", "security"]]
    }


def test_changing_the_station_is_audited(station_desk):
    """GIVEN the administrator WHEN they change the station's hotline THEN only that change is
    recorded, with who did it."""
    AccountService(station_desk).update_station(
        name="北京市朝阳区救助管理站", hotline="010-87654321", address="朝阳区救助路 1 号",
        region_code="110105",
    )
    event = last_audit(station_desk)
    assert (event.officer_login, event.action) == ("admin", "station.update")
    assert json.loads(event.changes) == {"hotline": ["010-12345678", "010-87654321"]}
    assert AccountService(station_desk).station().hotline == "010-87654321"


def test_saving_the_station_unchanged_adds_no_audit_record(station_desk):
    """GIVEN the station's details WHEN they are saved unchanged THEN no audit record is
    added."""
    before = count(station_desk, AuditEvent)
    AccountService(station_desk).update_station(
        name="北京市朝阳区救助管理站", hotline="010-12345678", address="朝阳区救助路 1 号",
        region_code="110105",
    )
    assert count(station_desk, AuditEvent) == before
