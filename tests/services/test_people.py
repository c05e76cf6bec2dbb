"""The people list: counts per filter, blocks at any offset, where each person stands now, masked
ID numbers, and merged records left out."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rescue_desk.domain.errors import NotLoggedIn
from rescue_desk.domain.intake import IdType, Inspection, Outcome, StayStatus
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.beds import BedService
from rescue_desk.services.desk import Desk, system_officer
from rescue_desk.services.intake import Decisions, IntakeService, PersonForm, StayForm
from rescue_desk.services.maintenance import open_database
from rescue_desk.services.people import PeopleFilter, PeopleService, PersonFlag
from tests.conftest import START, Clock

PASSWORD = "Officer-pass-1"


def _register(desk, form: PersonForm, outcome=Outcome.ADMIT, *flags, person_id=None,
              decisions: Decisions | None = None):
    return IntakeService(desk).register(
        form, StayForm(inspection=frozenset(flags), outcome=outcome,
                       outcome_reason="" if outcome == Outcome.ADMIT else "不符合救助条件"),
        person_id=person_id, decisions=decisions or Decisions())


@pytest.fixture(scope="module")
def station(databases, station_template) -> tuple[str, dict]:
    """A small station made once through the services; returns the template and who is who
    (name → person id, plus case numbers)."""
    who: dict = {}
    template = databases.template("people", lambda url: _fill(url, who), base=station_template)
    return template, who


def _fill(url: str, who: dict) -> None:
    clock = Clock(START - dt.timedelta(days=2))
    desk = Desk(open_database(url), clock=clock)
    desk.officer = system_officer("tests")
    accounts = AccountService(desk)
    accounts.create_user(NewUser("jiedai", "李娜", "F", PASSWORD, frozenset({Role.FRONT_DESK})))
    accounts.create_user(NewUser("anbao", "张伟", "M", PASSWORD, frozenset({Role.SECURITY})))
    BedService(desk).apply_template("medium")
    accounts.login("jiedai", PASSWORD)

    def add(key, form, outcome=Outcome.ADMIT, *flags, **more):
        clock.advance(minutes=10)
        result = _register(desk, form, outcome, *flags, **more)
        who[key] = result.person_id
        who[f"{key}_case"] = result.case_no
        return result

    add("zhangsan", PersonForm(name="张三", sex="M", age=40), Outcome.REFUSE)
    add("limei", PersonForm(name="李梅", sex="F", age=33))
    add("unknown", PersonForm(unknown=True, sex="M", age=50))
    add("boy", PersonForm(name="王小明", sex="M", age=12))
    add("mental", PersonForm(name="钱某", sex="F", age=30), Outcome.ADMIT, Inspection.MENTAL)
    add("zhaoliu", PersonForm(name="赵六", sex="F", id_type=IdType.RESIDENT_ID,
                              id_number="11010519491231002X"), Outcome.POLICE)
    add("sunqi", PersonForm(name="孙七", sex="M", age=60), Outcome.REFUSE)
    add("sunqi_again", PersonForm(unknown=True, sex="M", age=60), Outcome.REFUSE)
    add("zhouba", PersonForm(name="周八", sex="F", id_type=IdType.RESIDENT_ID,
                             id_number="110105194912310021"), Outcome.REFUSE,
        decisions=Decisions(id_reason="本人记错号码"))
    # 张三 comes back the next day and gets a bed
    clock.advance(days=1)
    back = _register(desk, PersonForm(name="张三", sex="M", age=40), person_id=who["zhangsan"],
                     decisions=Decisions(readmission_decision="天气寒冷，予以救助"))
    who["zhangsan_case"] = back.case_no
    beds = BedService(desk)
    tile = beds.suggestion(back.case_no)
    beds.assign(back.case_no, tile.bed_id)
    who["zhangsan_place"] = f"{tile.area} {tile.room}-{tile.label}"
    desk.officer = system_officer("tests")
    IntakeService(desk).merge(who["sunqi"], who["sunqi_again"])
    desk.db.dispose()


@pytest.fixture
def desk_as(station, new_database, clock):
    """Log in as ``login`` on this test's copy of the station (admin: the administrator)."""
    opened = []

    def _as(login: str = "jiedai") -> Desk:
        desk = Desk(open_database(new_database(station[0], f"people-{len(opened)}")),
                    clock=clock)
        if login == "admin":
            from tests.conftest import ADMIN
            AccountService(desk).login(ADMIN.login, ADMIN.password)
        else:
            AccountService(desk).login(login, PASSWORD)
        opened.append(desk)
        return desk

    yield _as
    for desk in opened:
        desk.db.dispose()


@pytest.fixture
def who(station) -> dict:
    return station[1]


def ids(service: PeopleService, people, offset=0, limit=100, **more) -> list[int]:
    return [row.person_id for row in service.rows(people, offset, limit, **more)]


def test_counts_per_filter_leave_merged_records_out(desk_as):
    """GIVEN 9 person records, one merged into another, 5 people in the station and one
    unidentified person besides the merged one WHEN counted THEN 8, 5 and 1."""
    service = PeopleService(desk_as())
    assert service.counts() == {PeopleFilter.ALL: 8, PeopleFilter.IN_STATION: 5,
                                PeopleFilter.UNIDENTIFIED: 1}
    assert service.count(PeopleFilter.IN_STATION) == 5
    assert service.open(PeopleFilter.ALL).count == 8


def test_everyone_newest_registered_first_without_the_merged_record(desk_as, who):
    """GIVEN the station WHEN everyone is listed THEN newest registered first, the merged
    record left out."""
    service = PeopleService(desk_as())
    expected = [who[k] for k in ("zhouba", "sunqi", "zhaoliu", "mental", "boy", "unknown",
                                 "limei", "zhangsan")]
    assert ids(service, service.open()) == expected
    assert who["sunqi_again"] not in expected


def test_blocks_at_every_offset_make_up_the_list(desk_as):
    """GIVEN 8 people WHEN read in blocks of 3 THEN the blocks make up the list; the last
    block is short and offsets past the end give nothing."""
    service = PeopleService(desk_as())
    people = service.open()
    whole = ids(service, people)
    assert ids(service, people, 0, 3) + ids(service, people, 3, 3) + ids(service, people, 6, 3) \
        == whole
    assert ids(service, people, 7, 3) == whole[7:]
    assert ids(service, people, 8, 3) == []
    assert ids(service, people, 1000, 3) == []
    assert service.ids(people, 2, 4) == whole[2:6]


def test_stepping_from_an_end_or_a_known_row_gives_the_same_blocks(desk_as):
    """GIVEN the list read by arithmetic on dense ids WHEN it is read instead by stepping the
    index (from the top, the bottom, or a row already held) THEN every block is the same."""
    service = PeopleService(desk_as())
    people = service.open()
    stepped = dataclasses.replace(people, low_id=None)
    whole = ids(service, people)
    for offset in range(8):
        for limit in (1, 2, 3, 8):
            expected = whole[offset:offset + limit]
            assert ids(service, stepped, offset, limit) == expected
            for at in range(8):
                if at < offset or at >= offset + limit:
                    assert ids(service, stepped, offset, limit,
                               near=(at, whole[at])) == expected, (offset, limit, at)


def test_a_missing_id_switches_to_stepping(desk_as, who, raw_sql):
    """GIVEN a person row removed behind the desk's back (a hole in the ids) WHEN listed THEN
    the list steps the index and still reads right at every offset."""
    desk = desk_as()
    for table, column in (("stay", "person_id"), ("person_key", "person_id"), ("person", "id")):
        raw_sql(desk, f"DELETE FROM {table} WHERE {column} = :id", {"id": who["limei"]})
    service = PeopleService(desk)
    people = service.open()
    assert people.low_id is None and people.count == 7
    whole = ids(service, people)
    assert who["limei"] not in whole and len(whole) == 7
    assert [i for off in range(0, 7, 2) for i in ids(service, people, off, 2)] == whole


def test_rows_say_where_each_person_stands(desk_as, who):
    """GIVEN 张三 back in a bed, 李梅 waiting for one and 赵六 handed to the police WHEN listed
    THEN each row says so, with the latest case number and the number of stays."""
    service = PeopleService(desk_as())
    rows = {r.person_id: r for r in service.rows(service.open(), 0, 100)}
    zhangsan = rows[who["zhangsan"]]
    assert (zhangsan.name, zhangsan.sex, zhangsan.age, zhangsan.stays) == ("张三", "M", 40, 2)
    assert zhangsan.case_no == who["zhangsan_case"]
    assert zhangsan.status == StayStatus.IN_STATION.value
    assert zhangsan.place == who["zhangsan_place"]
    limei = rows[who["limei"]]
    assert (limei.status, limei.place, limei.stays) == (StayStatus.IN_STATION.value, "", 1)
    zhaoliu = rows[who["zhaoliu"]]
    assert (zhaoliu.status, zhaoliu.outcome) == (StayStatus.CLOSED.value, Outcome.POLICE.value)
    assert zhaoliu.ended_at is not None and zhaoliu.age == 76


def test_flags_worth_a_glance(desk_as, who):
    """GIVEN a boy of 12, a woman under mental-health watch, an unidentified man and a person
    whose ID number failed its check WHEN listed THEN each carries its flag."""
    service = PeopleService(desk_as())
    rows = {r.person_id: r for r in service.rows(service.open(), 0, 100)}
    assert rows[who["boy"]].flags == {PersonFlag.MINOR}
    assert rows[who["mental"]].flags == {PersonFlag.MEDICAL}
    unknown = rows[who["unknown"]]
    assert unknown.flags == {PersonFlag.UNIDENTIFIED} and unknown.name.startswith("无名氏")
    assert rows[who["zhouba"]].flags == {PersonFlag.ID_WARNING}
    assert rows[who["limei"]].flags == frozenset()


def test_id_numbers_are_masked_for_a_role_without_the_full_id_permission(desk_as, who):
    """GIVEN 赵六's ID number WHEN a security officer lists people THEN it is masked; the
    administrator sees it whole."""
    guard = PeopleService(desk_as("anbao"))
    row = next(r for r in guard.rows(guard.open(), 0, 100) if r.person_id == who["zhaoliu"])
    assert row.id_shown == "110105********002X"
    admin = PeopleService(desk_as("admin"))
    row = next(r for r in admin.rows(admin.open(), 0, 100) if r.person_id == who["zhaoliu"])
    assert row.id_shown == "11010519491231002X"


def test_in_station_and_unidentified_lists(desk_as, who):
    """GIVEN the station WHEN the in-station and unidentified lists are read THEN they hold
    those people, newest first; the merged unidentified record is not among them."""
    service = PeopleService(desk_as())
    in_station = service.open(PeopleFilter.IN_STATION)
    assert ids(service, in_station) == [who[k] for k in ("mental", "boy", "unknown", "limei",
                                                         "zhangsan")]
    assert ids(service, in_station, 4, 10) == [who["zhangsan"]]
    assert all(r.status != StayStatus.CLOSED.value for r in service.rows(in_station, 0, 10))
    unidentified = service.open(PeopleFilter.UNIDENTIFIED)
    assert ids(service, unidentified) == [who["unknown"]]


def test_a_list_keeps_its_rows_while_someone_new_is_registered(desk_as):
    """GIVEN a list opened WHEN a new person is registered THEN the open list's rows do not
    shift; a list opened again shows the newcomer first."""
    desk = desk_as()
    service = PeopleService(desk)
    people = service.open()
    before = ids(service, people)
    new = _register(desk, PersonForm(name="吴九", sex="M", age=35)).person_id
    assert ids(service, people) == before and ids(service, people, 0, 1) == before[:1]
    again = service.open()
    assert again.count == people.count + 1 and ids(service, again, 0, 1) == [new]


def test_a_merge_after_the_counts_were_read_is_counted(desk_as, who):
    """GIVEN the counts read once WHEN an unidentified man is registered and then merged into
    孙七 THEN everyone and the unidentified count are as before, the new record left out."""
    desk = desk_as()
    service = PeopleService(desk)
    before = service.counts()
    new = _register(desk, PersonForm(unknown=True, sex="M", age=61), Outcome.REFUSE)
    assert service.counts()[PeopleFilter.UNIDENTIFIED] == before[PeopleFilter.UNIDENTIFIED] + 1
    desk.officer = system_officer("tests")
    IntakeService(desk).merge(who["sunqi"], new.person_id)
    assert service.counts() == before
    assert new.person_id not in ids(service, service.open(PeopleFilter.UNIDENTIFIED))


def test_the_list_needs_a_logged_in_officer(station, new_database, clock):
    """GIVEN nobody logged in WHEN the list is asked for THEN NotLoggedIn."""
    desk = Desk(open_database(new_database(station[0], "nobody")), clock=clock)
    try:
        with pytest.raises(NotLoggedIn):
            PeopleService(desk).counts()
    finally:
        desk.db.dispose()
