"""The desk's one search: prefixes of names, logins and phone numbers, and scanned payloads."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from rescue_desk.domain.errors import NotLoggedIn
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.desk import Desk, system_officer
from rescue_desk.services.maintenance import open_database
from rescue_desk.services.search import SearchService, parse_payload

PASSWORD = "Officer-pass-1"


def _add_staff(url: str) -> None:
    desk = Desk(open_database(url))
    desk.officer = system_officer("tests")
    accounts = AccountService(desk)
    for login, name, sex, phone, role in (
        ("zhangsan", "张三", "M", "13912345678", Role.FRONT_DESK),
        ("zhangwei", "张伟", "M", "13598765432", Role.SECURITY),
        ("lisi", "李四", "F", "", Role.DUTY_OFFICER),
    ):
        accounts.create_user(NewUser(login, name, sex, PASSWORD, frozenset({role}), phone))
    desk.db.dispose()


@pytest.fixture(scope="module")
def staff_template(databases, station_template) -> str:
    """The station's administrator 王建国 (admin, 13800000001) plus three officers, made once."""
    return databases.template("staff", _add_staff, base=station_template)


@pytest.fixture
def staff(staff_template, new_database, clock):
    """A desk on a copy of the staff, with duty officer 李四 (no administrator) logged in."""
    desk = Desk(open_database(new_database(staff_template, "staff")), clock=clock)
    AccountService(desk).login("lisi", PASSWORD)
    yield desk
    desk.db.dispose()


def keys(desk, text, **kwargs) -> list[str]:
    return [hit.key for hit in SearchService(desk).search(text, **kwargs)]


def test_name_prefix_finds_officers_in_name_order(staff):
    """GIVEN officers 张三 and 张伟 WHEN '张' is typed THEN both are found, by name."""
    hits = SearchService(staff).search("张")
    assert [(h.kind, h.key, h.title) for h in hits] == [
        ("USER", "zhangsan", "张三"), ("USER", "zhangwei", "张伟")
    ]


def test_full_name_finds_one_officer(staff):
    """GIVEN officers 张三 and 张伟 WHEN '张伟' is typed THEN only 张伟 is found."""
    assert keys(staff, "张伟") == ["zhangwei"]


def test_login_prefix_finds_officers_whatever_the_case(staff):
    """GIVEN logins zhangsan and zhangwei WHEN 'ZHANG' is typed THEN both are found."""
    assert sorted(keys(staff, "ZHANG")) == ["zhangsan", "zhangwei"]


def test_phone_prefix_finds_the_officer(staff):
    """GIVEN 张三's phone 13912345678 WHEN '139' is typed THEN 张三 is found with the phone in the
    detail line."""
    hits = SearchService(staff).search("139")
    assert [(h.key, h.detail) for h in hits] == [("zhangsan", "zhangsan · 13912345678")]


def test_text_in_the_middle_of_a_name_is_not_a_prefix(staff):
    """GIVEN 张三 WHEN '三' is typed THEN nothing is found (prefix search only)."""
    assert keys(staff, "三") == []


def test_limit_caps_the_number_of_hits(staff):
    """GIVEN two officers named 张… WHEN '张' is searched with a limit of one THEN one hit."""
    assert len(keys(staff, "张", limit=1)) == 1


def test_scanned_officer_payload_is_an_exact_hit(staff):
    """GIVEN officer lisi WHEN the scanner sends 'RD:USER:lisi' THEN exactly lisi is found,
    marked exact."""
    hits = SearchService(staff).search("RD:USER:lisi")
    assert [(h.key, h.title, h.exact) for h in hits] == [("lisi", "李四", True)]


def test_scanned_payload_of_an_unknown_record_finds_nothing(staff):
    """GIVEN no officer 'ghost' WHEN 'RD:USER:ghost' is scanned THEN nothing is found (never a
    prefix match on the payload)."""
    assert keys(staff, "RD:USER:ghost") == []
    assert keys(staff, "RD:USER:li") == []


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_text_finds_nothing(staff, text):
    """GIVEN officers WHEN nothing (or only spaces) is typed THEN the answer is an empty list."""
    assert SearchService(staff).search(text) == []


def test_search_needs_someone_logged_in(staff):
    """GIVEN nobody at the desk WHEN a search is made THEN NotLoggedIn."""
    staff.officer = None
    with pytest.raises(NotLoggedIn):
        SearchService(staff).search("张")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("RD:USER:lisi", ("USER", "lisi")), (" RD:STAY:2026-000123 ", ("STAY", "2026-000123")),
     ("rd:user:lisi", ("USER", "lisi")), ("RD::x", None), ("张三", None)],
)
def test_payload_parsing(text, expected):
    """GIVEN scanner or typed text WHEN parsed as a payload THEN only RD:<KIND>:<KEY> with an
    upper-case kind is one."""
    assert parse_payload(text) == expected


@pytest.mark.sqlite_only("SQLite's query plan")
def test_typed_search_uses_indexes_not_a_table_scan(staff):
    """GIVEN the desk's typed search WHEN SQLite plans the very statement it runs THEN each of
    login, name and phone is looked up through its index, and the user table is never scanned."""
    statements = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if "FROM user " in statement and "FROM user_role" not in statement:
            statements.append((statement, parameters))

    event.listen(staff.db.engine, "before_cursor_execute", remember)
    try:
        SearchService(staff).search("张")
    finally:
        event.remove(staff.db.engine, "before_cursor_execute", remember)
    assert len(statements) == 1
    statement, parameters = statements[0]
    with staff.db.engine.connect() as conn:
        plan = [row[-1] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters
        )]
    assert not [step for step in plan if step.startswith("SCAN user")], plan
    searched = " ".join(step for step in plan if step.startswith("SEARCH user USING INDEX"))
    for index in ("sqlite_autoindex_user_1", "ix_user_name", "ix_user_phone"):
        assert index in searched, plan


def test_name_with_a_rare_character_is_found_by_its_surname(station_desk, add_officer):
    """GIVEN an officer named 王𠮷 (a CJK Extension B character, as on some ID cards) WHEN '王'
    is typed THEN that officer is found."""
    add_officer("wangji", {Role.FRONT_DESK}, name="王𠮷", sex="M")
    assert "wangji" in keys(station_desk, "王")


@pytest.mark.sqlite_only("SQLite's query plan")
def test_people_are_never_looked_up_through_the_merged_records_index(station_desk):
    """GIVEN the searches of people (ID-number prefix and last four, phone, name keys) and the
    intake's search before create WHEN SQLite plans the very statements they run THEN none
    reads the person table through the index of merged records (where nearly every row is
    NULL, that is the whole table) or scans it."""
    from rescue_desk.services.intake import IntakeService

    statements = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if " person" in statement and statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    search = SearchService(station_desk)
    event.listen(station_desk.db.engine, "before_cursor_execute", remember)
    try:
        for text in ("110101", "1234", "13812", "zhang", "张"):
            search.search(text)
        IntakeService(station_desk).candidates(name="张三", id_number="110101199001011234",
                                               phone="13812345678", sex="M", birth_year=1990)
    finally:
        event.remove(station_desk.db.engine, "before_cursor_execute", remember)
    assert len(statements) >= 8
    with station_desk.db.engine.connect() as conn:
        for statement, parameters in statements:
            plan = [row[-1] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters)]
            assert not [step for step in plan if "ix_person_merged_into_id" in step
                        or step.startswith("SCAN person")], (statement, plan)
