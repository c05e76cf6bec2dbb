"""Two desks at once, each a process of its own (tests/store/concurrent_desk.py), on the same
database: a SQLite file in WAL mode with its busy timeout, or one PostgreSQL database."""

from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rescue_desk.domain.beds import AreaKind
from rescue_desk.domain.models import BedAssignment, Stay
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.audit import verify_chain
from rescue_desk.services.beds import BedService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from tests.store.concurrent_desk import NOW

WORKER = Path(__file__).with_name("concurrent_desk.py")

#: Seconds a worker may take before the test gives up on it: a guard against a hang, not a
#: measure of speed (on a loaded machine 200 intakes on a server can take minutes).
TIMEOUT = 600


def run_together(*commands: list[str]) -> list:
    """Start one worker process per command, let them all begin at once when every one has
    logged in, and return what each printed (its JSON line)."""
    workers = [subprocess.Popen([sys.executable, str(WORKER), *command], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for command in commands]
    try:
        for worker in workers:
            line = worker.stdout.readline()
            assert line == "ready\n", line + worker.stderr.read()
        for worker in workers:
            worker.stdin.write("go\n")
            worker.stdin.flush()
        results = []
        for worker in workers:
            out, err = worker.communicate(timeout=TIMEOUT)
            assert worker.returncode == 0, err
            results.append(json.loads(out))
        return results
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()


@pytest.fixture
def clerks(station_desk, add_officer):
    """Two front-desk officers, one for each desk."""
    return [add_officer(f"jiedai{n}", {Role.FRONT_DESK, Role.SECURITY}) for n in (1, 2)]


def test_two_desks_registering_at_once_get_every_case_number_once(station_desk, clerks):
    """GIVEN two desks, each a process, each registering 200 intakes as fast as it can (half
    arriving on New Year's Eve, half just after midnight) WHEN both have finished THEN the 400
    case numbers are all different, and each year's numbers run from 1 with no gap; every stay
    is in the database and the audit trail is whole."""
    url = station_desk.db.url
    first, second = run_together(
        ["intake", url, clerks[0].login, clerks[0].password, "200", "甲"],
        ["intake", url, clerks[1].login, clerks[1].password, "200", "乙"],
    )
    numbers = first + second
    assert len(numbers) == len(set(numbers)) == 400
    by_year = collections.defaultdict(list)
    for number in numbers:
        year, serial = re.fullmatch(r"(\d{4})-(\d{6})", number).groups()
        by_year[year].append(int(serial))
    assert sorted(by_year) == ["2026", "2027"]
    for serials in by_year.values():
        assert sorted(serials) == list(range(1, 201))
    for serials in (first, second):  # each desk's own numbers rise
        for year in ("2026", "2027"):
            own = [n for n in serials if n.startswith(year)]
            assert own == sorted(own)
    with station_desk.db.read() as s:
        stored = set(s.execute(select(Stay.case_no)).scalars())
        assert stored == set(numbers)
        assert verify_chain(s) == []


def test_two_desks_racing_for_the_same_beds_never_double_book(station_desk, clerks, clock):
    """GIVEN 50 free beds and two desks, each a process with 50 people waiting, each giving its
    people the beds in the same order (passing over a bed it is refused) WHEN both have finished
    THEN every bed has exactly one live assignment and no stay has two, every refusal is
    BedTaken, and the audit trail is whole."""
    clock.now = NOW
    beds = BedService(station_desk)
    area = beds.add_area("男宿竞争区", AreaKind.MEN, sex="M", capacity=50)
    bed_ids = beds.add_beds(beds.add_room(area, "101"), 50)
    AccountService(station_desk).login(clerks[0].login, clerks[0].password)
    intake = IntakeService(station_desk)
    cases = [intake.register(PersonForm(name=f"候床{n}", sex="M", age=30 + n % 30),
                             StayForm()).case_no for n in range(100)]
    url, beds_arg = station_desk.db.url, ",".join(map(str, bed_ids))
    first, second = run_together(
        ["beds", url, clerks[0].login, clerks[0].password, ",".join(cases[:50]), beds_arg],
        ["beds", url, clerks[1].login, clerks[1].password, ",".join(cases[50:]), beds_arg],
    )
    attempts = first + second
    placed = [(case, bed) for case, bed, outcome in attempts if outcome == "ok"]
    refused = [outcome for _case, _bed, outcome in attempts if outcome != "ok"]
    assert sorted(bed for _case, bed in placed) == sorted(bed_ids)
    assert len({case for case, _bed in placed}) == 50
    assert refused and set(refused) == {"bed_taken"}  # bed 1 at least was asked for twice
    assert len(attempts) == 50 + len(refused)
    with station_desk.db.read() as s:
        live = s.execute(select(BedAssignment.bed_id, BedAssignment.stay_id)
                         .where(BedAssignment.end_at.is_(None))).all()
        assert sorted(bed for bed, _stay in live) == sorted(bed_ids)
        assert len({stay for _bed, stay in live}) == 50
        assert s.execute(select(func.count()).select_from(BedAssignment)).scalar_one() == 50
        assert verify_chain(s) == []
