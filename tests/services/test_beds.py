"""Areas and beds through the service: placing, moving, holding, releasing, and the layout."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy
from sqlalchemy import select

from rescue_desk.domain.beds import (
    BedEnd,
    BedHeld,
    BedInUse,
    BedState,
    BedTaken,
    PlacementNeedsApproval,
)
from rescue_desk.domain.errors import PermissionDenied
from rescue_desk.domain.intake import Inspection, Outcome
from rescue_desk.domain.models import AuditEvent, BedAssignment
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.approval import Approval, LeaderPasswordWrong, NotALeader
from rescue_desk.services.beds import BedHasHistory, BedService, RuleWouldBreak
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.store.db import Database


@pytest.fixture
def staff(station_desk, add_officer):
    return {
        "clerk": add_officer("jiedai", {Role.FRONT_DESK}),
        "leader": add_officer("daiban", {Role.LEADER_ON_DUTY}, name="周明", sex="M"),
    }


@pytest.fixture
def beds(station_desk, staff) -> BedService:
    service = BedService(station_desk)
    service.apply_template("medium")
    AccountService(station_desk).login(staff["clerk"].login, staff["clerk"].password)
    return service


def admit(desk, name, sex, age, *flags, outcome=Outcome.ADMIT):
    return IntakeService(desk).register(
        PersonForm(name=name, sex=sex, age=age),
        StayForm(inspection=frozenset(flags), outcome=outcome,
                 outcome_reason="" if outcome == Outcome.ADMIT else "腿部外伤")).case_no


def bed_in(board, area, room, label):
    return next(b for b in board.beds if (b.area, b.room, b.label) == (area, room, label))


def test_suggested_bed_follows_the_rules(beds, station_desk):
    board = beds.board()
    assert len(board.beds) == 81 and board.count(BedState.FREE) == 81
    cases = {
        "man": admit(station_desk, "张三", "M", 40),
        "woman": admit(station_desk, "李梅", "F", 33),
        "boy": admit(station_desk, "王小明", "M", 12),
        "old": admit(station_desk, "赵大爷", "M", 75),
        "mental": admit(station_desk, "钱某", "F", 30, Inspection.MENTAL),
    }
    board = beds.board()
    suggested = {row.case_no: row.suggestion for row in board.waiting}
    assert suggested[cases["man"]].area == "男宿一区"
    assert suggested[cases["woman"]].area == "女宿区"
    assert suggested[cases["boy"]].area == "男童区"
    assert suggested[cases["boy"]].near_duty_room
    assert suggested[cases["old"]].area == "老年残疾人区" and suggested[cases["old"]].accessible
    assert suggested[cases["mental"]].area == "精神观察区（女）"
    for case, tile in suggested.items():
        assert beds.assign(case, tile.bed_id) == tile.place
    board = beds.board()
    assert not board.waiting and board.count(BedState.OCCUPIED) == 5
    assert board.tile(cases["boy"]).minor and board.tile(cases["boy"]).new
    assert board.tile(cases["mental"]).medical
    assert board.tile(cases["man"]).initials == "ZS"


def test_placement_outside_the_rules_needs_the_leader(beds, station_desk, staff):
    case = admit(station_desk, "王小明", "M", 12)
    adult_bed = bed_in(beds.board(), "男宿一区", "101", "01").bed_id
    with pytest.raises(PlacementNeedsApproval) as err:
        beds.assign(case, adult_bed)
    assert "minor in an adult area" in str(err.value)
    with pytest.raises(NotALeader):  # the clerk is no leader
        beds.assign(case, adult_bed, Approval("男童区已满"))
    with pytest.raises(LeaderPasswordWrong):
        beds.assign(case, adult_bed, Approval("男童区已满", "daiban", "wrong"))
    place = beds.assign(case, adult_bed, Approval("男童区已满", "daiban",
                                                  staff["leader"].password))
    tile = beds.board().tile(case)
    assert tile.place == place and tile.breaches == ("minor_in_adult_area",)
    assert tile.approved_by == "周明"


def test_moves_keep_history_and_departure_frees_the_bed(beds, station_desk, clock):
    case = admit(station_desk, "张三", "M", 40)
    board = beds.board()
    first = bed_in(board, "男宿一区", "101", "01")
    second = bed_in(board, "男宿一区", "102", "03")
    beds.assign(case, first.bed_id)
    clock.advance(hours=3)
    beds.assign(case, second.bed_id)
    history = beds.history(case)
    assert [h.place for h in history] == [first.place, second.place]
    assert history[0].end_reason == BedEnd.MOVED and history[1].end_at is None
    board = beds.board()
    assert bed_in(board, "男宿一区", "101", "01").state == BedState.FREE
    assert board.tile(case).bed_id == second.bed_id
    clock.advance(hours=1)
    assert beds.release(case, BedEnd.DEPARTED) == second.place
    assert bed_in(beds.board(), "男宿一区", "102", "03").state == BedState.CLEANING
    beds.mark_clean(second.bed_id)
    assert bed_in(beds.board(), "男宿一区", "102", "03").state == BedState.FREE
    with station_desk.db.read() as s:
        actions = [e.action for e in s.execute(select(AuditEvent)).scalars()]
    assert {"bed.assign", "bed.move", "bed.release", "bed.cleaned"} <= set(actions)


def test_a_hold_expires_by_itself(beds, station_desk, clock):
    board = beds.board()
    bed = bed_in(board, "女宿区", "201", "02")
    until = beds.hold(bed.bed_id, held_for="公安送来一名女子")
    assert until == clock() + __import__("datetime").timedelta(hours=2)  # the setting's default
    woman = admit(station_desk, "李梅", "F", 33)
    assert bed_in(beds.board(), "女宿区", "201", "02").state == BedState.HELD
    with pytest.raises(BedHeld):
        beds.assign(woman, bed.bed_id)
    suggestion = next(r for r in beds.board().waiting if r.case_no == woman).suggestion
    assert suggestion.bed_id != bed.bed_id
    clock.advance(hours=2)
    assert bed_in(beds.board(), "女宿区", "201", "02").state == BedState.FREE
    beds.assign(woman, bed.bed_id)


def test_out_of_service_and_layout_never_orphan_an_occupant(beds, station_desk, admin):
    case = admit(station_desk, "张三", "M", 40)
    bed = bed_in(beds.board(), "男宿一区", "101", "01")
    beds.assign(case, bed.bed_id)
    with pytest.raises(BedInUse):
        beds.set_out_of_service(bed.bed_id, "床板断裂")
    with pytest.raises(PermissionDenied):
        beds.remove_bed(bed.bed_id)
    AccountService(station_desk).login(admin.login, admin.password)
    with pytest.raises(BedInUse):
        beds.remove_bed(bed.bed_id)
    area_id = bed.area_id
    with pytest.raises(RuleWouldBreak):
        beds.update_area(area_id, "男宿一区", "women")
    beds.release(case)
    with pytest.raises(BedHasHistory):
        beds.remove_bed(bed.bed_id)
    other = bed_in(beds.board(), "男宿一区", "101", "02")
    beds.set_out_of_service(other.bed_id, "床板断裂")
    tile = bed_in(beds.board(), "男宿一区", "101", "02")
    assert tile.state == BedState.OUT_OF_SERVICE and tile.out_of_service_reason == "床板断裂"
    room = beds.add_room(area_id, "106")
    new = beds.add_beds(room, 3, lower_bunk=True)
    beds.remove_bed(new[0])
    assert [b.label for b in beds.board().beds if b.room_id == room] == ["02", "03"]


def test_the_database_allows_one_live_bed_per_stay_and_stay_per_bed(beds, station_desk):
    a = admit(station_desk, "张三", "M", 40)
    b = admit(station_desk, "李四", "M", 41)
    bed = bed_in(beds.board(), "男宿一区", "101", "01")
    beds.assign(a, bed.bed_id)
    with station_desk.db.read() as s:
        stay_b = s.execute(sqlalchemy.text("select id from stay where case_no=:c"),
                           {"c": b}).scalar_one()
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        with station_desk.db.write() as s:
            s.add(BedAssignment(stay_id=stay_b, bed_id=bed.bed_id, start_at=station_desk.now(),
                                assigned_by="x"))


def test_two_desks_giving_out_one_bed_at_once(beds, station_desk, staff, clock):
    cases = [admit(station_desk, "张三", "M", 40), admit(station_desk, "李四", "M", 41)]
    bed = bed_in(beds.board(), "男宿一区", "101", "01").bed_id
    desks = []
    for _ in cases:
        desk = Desk(Database(station_desk.db.url), clock=clock)
        AccountService(desk).login(staff["clerk"].login, staff["clerk"].password)
        desks.append(desk)
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}

    def give(desk, case):
        barrier.wait()
        try:
            results[case] = BedService(desk).assign(case, bed)
        except BedTaken as error:
            results[case] = error

    threads = [threading.Thread(target=give, args=pair)
               for pair in zip(desks, cases, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for desk in desks:
        desk.db.dispose()
    outcomes = sorted(type(r).__name__ for r in results.values())
    assert outcomes == ["BedTaken", "str"]
    refusal = next(r for r in results.values() if isinstance(r, BedTaken))
    assert "101-01" in str(refusal)
    assert beds.board().count(BedState.OCCUPIED) == 1


def test_the_unique_index_catches_a_race_the_checks_missed(beds, station_desk, monkeypatch):
    a = admit(station_desk, "张三", "M", 40)
    b = admit(station_desk, "李四", "M", 41)
    bed = bed_in(beds.board(), "男宿一区", "101", "01").bed_id
    beds.assign(a, bed)
    # the other desk read the bed as free just before this one committed
    monkeypatch.setattr(BedService, "_state", lambda self, s, bed, now: BedState.FREE)
    with pytest.raises(BedTaken):
        beds.assign(b, bed)
    assert beds.place_of(b) == ""


def test_off_site_people_are_counted_without_a_bed(beds, station_desk):
    admit(station_desk, "张三", "M", 40, outcome=Outcome.HOSPITAL_FIRST)
    admit(station_desk, "李四", "M", 41)
    board = beds.board()
    assert len(board.off_site) == 1 and len(board.waiting) == 1
    assert board.in_station == 2
    assert beds.occupancy() == (0, 81)


def test_the_suggestion_is_the_best_of_every_free_bed(beds, station_desk):
    """GIVEN a station whose first beds of several kinds are taken, held or out of service, and
    people of many kinds waiting WHEN the board suggests a bed to each THEN it is the bed the
    placement rules choose among all the free beds (the board weighs only the first free bed of
    each kind, which must come to the same)."""
    from rescue_desk.domain.beds import Candidate, Occupant, area_rule, suggest

    for area in beds.board().areas:  # the first two beds of every room: taken, not free
        for room in area.rooms:
            if len(room.beds) < 3:
                continue
            taker = admit(station_desk, "占床", area.sex or "M", 70 if "老" in area.name else
                          12 if area.for_minors else 35)
            if beds.breaches_for(taker, room.beds[0].bed_id):
                continue
            beds.assign(taker, room.beds[0].bed_id)
            if room.beds[1].lower_bunk:
                beds.set_out_of_service(room.beds[1].bed_id, "床板坏了")
            else:
                beds.hold(room.beds[1].bed_id, held_for="公安送来的人", hours=4)
    people = {
        admit(station_desk, "张三", "M", 40): Occupant("M", 40),
        admit(station_desk, "李梅", "F", 33): Occupant("F", 33),
        admit(station_desk, "王小明", "M", 12): Occupant("M", 12),
        admit(station_desk, "王小红", "F", 9): Occupant("F", 9),
        admit(station_desk, "赵大爷", "M", 75): Occupant("M", 75),
        admit(station_desk, "孙奶奶", "F", 80, Inspection.DISABILITY):
            Occupant("F", 80, frozenset({Inspection.DISABILITY})),
        admit(station_desk, "钱某", "F", 30, Inspection.MENTAL):
            Occupant("F", 30, frozenset({Inspection.MENTAL})),
        admit(station_desk, "周某", "M", 50, Inspection.INFECTIOUS, Inspection.DISABILITY):
            Occupant("M", 50, frozenset({Inspection.INFECTIOUS, Inspection.DISABILITY})),
        admit(station_desk, "吴某", "M", 20, Inspection.CRITICAL):
            Occupant("M", 20, frozenset({Inspection.CRITICAL})),
    }
    board = beds.board()
    every_free_bed = [
        Candidate(bed.bed_id, area_rule(area.kind, area.sex, area.for_minors), bed.lower_bunk,
                  bed.accessible, bed.near_duty_room, (a, r, b))
        for a, area in enumerate(board.areas) for r, room in enumerate(area.rooms)
        for b, bed in enumerate(room.beds) if bed.state == BedState.FREE]
    suggested = {row.case_no: row.suggestion for row in board.waiting}
    assert set(suggested) == set(people)
    for case, person in people.items():
        best = suggest(person, every_free_bed)
        assert suggested[case] is not None and suggested[case].bed_id == best.bed_id, case
        assert beds.suggestion(case).bed_id == best.bed_id


def test_the_suggestion_weighs_each_kind_of_bed(station_desk, staff):
    """GIVEN rooms whose first beds are the wrong kind for someone (accessible, near the duty
    room, an upper bunk) and the right kind later WHEN the board suggests beds THEN each person
    gets the later bed that fits them, not the first free bed of their area."""
    service = BedService(station_desk)
    men = service.add_room(service.add_area("男宿区", "men", sex="M"), "101")
    first = {
        "accessible": service.add_beds(men, 1, lower_bunk=True, accessible=True)[0],
        "near": service.add_beds(men, 1, lower_bunk=True, near_duty_room=True)[0],
        "upper": service.add_beds(men, 1)[0],
        "plain": service.add_beds(men, 1, lower_bunk=True)[0],
    }
    old = service.add_room(service.add_area("老年区", "elderly", sex="M"), "105")
    service.add_beds(old, 1)
    service.add_beds(old, 1, lower_bunk=True)
    accessible = service.add_beds(old, 1, accessible=True)[0]
    boys = service.add_room(service.add_area("男童区", "boys", sex="M", for_minors=True), "301")
    service.add_beds(boys, 1, lower_bunk=True)
    near = service.add_beds(boys, 1, near_duty_room=True)[0]
    AccountService(station_desk).login(staff["clerk"].login, staff["clerk"].password)
    expected = {admit(station_desk, "张三", "M", 40): first["plain"],
                admit(station_desk, "赵大爷", "M", 75): accessible,
                admit(station_desk, "王小明", "M", 12): near}
    board = service.board()
    assert {row.case_no: row.suggestion.bed_id for row in board.waiting} == expected


@pytest.mark.sqlite_only("SQLite's query plan")
def test_the_board_reads_the_present_not_the_history(beds, station_desk):
    """GIVEN people placed, moved and gone (bed assignments, stays and audit records that are
    history) WHEN the board is read THEN it takes a few statements, not one per area and room,
    and SQLite plans none of them as a scan of stays, people, audit records or every bed
    assignment ever: only the partial index of the live assignments is read whole."""
    board = beds.board()
    for index, tile in enumerate(board.beds[:6]):
        case = admit(station_desk, f"张{index}", "M", 40)
        if beds.breaches_for(case, tile.bed_id):
            continue
        beds.assign(case, tile.bed_id)
        if index % 2:
            beds.release(case)
    admit(station_desk, "李四", "M", 41)
    rooms = sum(len(area.rooms) for area in board.areas)
    statements = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    engine = station_desk.db.engine
    sqlalchemy.event.listen(engine, "before_cursor_execute", remember)
    try:
        board = beds.board()
    finally:
        sqlalchemy.event.remove(engine, "before_cursor_execute", remember)
    assert board.waiting and board.count(BedState.OCCUPIED)
    assert len(statements) <= 10 < rooms + len(board.areas)
    layout = ("station", "user", "area", "room", "bed", "setting")
    with engine.connect() as conn:
        for statement, parameters in statements:
            plan = [row[-1] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters)]
            scans = [step for step in plan if step.startswith("SCAN ")
                     and step.split()[1] not in layout
                     and not step.startswith("SCAN bed_assignment USING INDEX "
                                             "uq_bed_assignment_live_")]
            assert not scans, (statement, plan)
