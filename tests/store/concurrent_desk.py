"""One desk in a process of its own, for the concurrency tests (tests/store/test_concurrency.py).

    python concurrent_desk.py intake URL LOGIN PASSWORD COUNT NAME
    python concurrent_desk.py beds URL LOGIN PASSWORD CASES BEDS     (comma-separated lists)

The desk opens the database, logs in, prints ``ready`` and waits for a line on standard input, so
that both desks start at the same moment; then it works through the services as a clerk would
and prints one JSON line: ``intake`` the case numbers it was given, ``beds`` for each attempt
the case, the bed and the outcome (``ok`` or the DeskError's code).
"""

from __future__ import annotations

import datetime as dt
import json
import sys

from rescue_desk.domain.errors import DeskError
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.beds import BedService
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.store.db import Database

#: Intakes just before and just after midnight on New Year's Eve: two years' case numbers.
NOW = dt.datetime(2027, 1, 1, 0, 30)
ARRIVALS = (dt.datetime(2026, 12, 31, 23, 40), dt.datetime(2027, 1, 1, 0, 10))


def intakes(desk: Desk, count: int, name: str) -> list[str]:
    service = IntakeService(desk)
    return [
        service.register(PersonForm(name=f"{name}{n}", sex="M", age=30 + n % 40),
                         StayForm(arrived_at=ARRIVALS[n % 2])).case_no
        for n in range(count)
    ]


def placements(desk: Desk, cases: list[str], beds: list[int]) -> list[tuple[str, int, str]]:
    """Each person in turn is given the next bed not yet known to be taken; a refused bed is
    passed over, and a person is left waiting once no bed is left."""
    service = BedService(desk)
    attempts = []
    cursor = 0
    for case in cases:
        while cursor < len(beds):
            bed = beds[cursor]
            try:
                service.assign(case, bed)
            except DeskError as error:
                attempts.append((case, bed, error.code))
                cursor += 1
            else:
                attempts.append((case, bed, "ok"))
                cursor += 1
                break
    return attempts


def main(argv: list[str]) -> int:
    task, url, login, password, *rest = argv
    desk = Desk(Database(url), clock=lambda: NOW)
    try:
        AccountService(desk).login(login, password)
        print("ready", flush=True)
        sys.stdin.readline()
        if task == "intake":
            result = intakes(desk, int(rest[0]), rest[1])
        else:
            result = placements(desk, rest[0].split(","), [int(b) for b in rest[1].split(",")])
        print(json.dumps(result), flush=True)
    finally:
        desk.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
