"""Crash safety, proven: a writer process registers intakes in a loop and is killed with SIGKILL at
random (seeded) moments; after each kill the database passes ``rescue-desk check``, every intake
the writer acknowledged is there whole, and no partial intake exists.

Run by the test suite (``test_crash.py``, 30 trials) and by hand for longer runs::

    python tests/reliability/crash.py --trials 200 [--seed 7] [--folder /tmp/crash]

An intake is whole when it has its person (with the audit record that created them), its stay
(with its initial inspection, its audit record and the shift log's admission line) and, once its
security check was acknowledged, the check with every item found, the bag with every item, a
"stored" custody movement for each and the audit records of both. The writer is
``crash_writer.py``; see its docstring for how it acknowledges commits.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRITER_SCRIPT = HERE / "crash_writer.py"
#: Default range of the delay (seconds) between a writer's start and its SIGKILL.
DELAYS = (0.05, 0.6)


class CrashCheckFailed(AssertionError):
    """A check after a kill failed; the message names the seed and the trial."""


@dataclasses.dataclass
class Figures:
    """What a run did and found."""

    seed: int
    trials: int = 0
    acknowledged: int = 0  #: intakes the writer reported as saved
    checks: int = 0  #: security checks (with bags) reported as saved
    stays: int = 0  #: stays in the database at the end
    unacknowledged: int = 0  #: committed but killed before the acknowledgement was written
    lost: int = 0  #: acknowledged and not there whole (always 0, or the run fails)
    kills_before_first: int = 0  #: trials killed before their first intake was acknowledged
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"crash harness (seed {self.seed}): {self.trials} trials, "
                f"{self.acknowledged} acknowledged intakes ({self.checks} with security check "
                f"and bag), {self.unacknowledged} committed just before a kill, "
                f"{self.kills_before_first} kills before the first intake, lost: {self.lost}, "
                f"{self.seconds:.1f} s")


@dataclasses.dataclass
class Acks:
    """What the writer acknowledged so far (all trials)."""

    stays: dict[str, int] = dataclasses.field(default_factory=dict)  #: case no → person id
    checks: dict[str, tuple[str, int, int]] = dataclasses.field(default_factory=dict)
    #: case no → (bag no, items found, items in the bag)


def read_acks(file: Path) -> Acks:
    acks = Acks()
    if not file.exists():
        return acks
    for line in file.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts[:1] == ["stay"] and len(parts) == 3:
            acks.stays[parts[1]] = int(parts[2])
        elif parts[:1] == ["check"] and len(parts) == 5:
            acks.checks[parts[1]] = (parts[2], int(parts[3]), int(parts[4]))
        else:
            raise CrashCheckFailed(f"unreadable acknowledgement line {line!r}")
    return acks


# -- setting up ------------------------------------------------------------------------------


def prepare(folder: Path) -> Path:
    """A migrated database with a station, the writer and its second officer."""
    from crash_writer import SECOND, WRITER

    from rescue_desk.domain.roles import Role
    from rescue_desk.services.accounts import AccountService, NewUser
    from rescue_desk.services.desk import Desk
    from rescue_desk.services.maintenance import open_database

    file = folder / "crash.db"
    desk = Desk(open_database("sqlite:///" + str(file)))
    try:
        accounts = AccountService(desk)
        desk.officer = accounts.set_up_station(
            name="崩溃测试救助管理站", hotline="010-12345678", region_code="110105",
            admin=NewUser("admin", "王建国", "M", "Admin-pass-7391", frozenset({Role.ADMIN})))
        accounts.create_user(NewUser(WRITER[0], "赵前台", "M", WRITER[1],
                                     frozenset({Role.FRONT_DESK, Role.SECURITY})))
        accounts.create_user(NewUser(SECOND[0], "李娜", "F", SECOND[1],
                                     frozenset({Role.SECURITY})))
    finally:
        desk.db.dispose()
    return file


class WriterServer:
    """The fork server of ``crash_writer.py``: one process start for the whole run."""

    def __init__(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(HERE), str(HERE.parent.parent)] + [p for p in [env.get("PYTHONPATH")] if p])
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER_SCRIPT)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=env, cwd=str(HERE))
        self.expect("ready")

    def expect(self, word: str) -> list[str]:
        line = self.process.stdout.readline()
        parts = line.split()
        if parts[:1] != [word]:
            raise CrashCheckFailed(f"the writer server said {line!r}, expected {word!r}")
        return parts[1:]

    def start(self, db_file: Path, ack_file: Path, seed: int) -> int:
        self.process.stdin.write(f"write {db_file} {ack_file} {seed}\n")
        self.process.stdin.flush()
        return int(self.expect("pid")[0])

    def wait(self, pid: int) -> int:
        """The writer's exit status once it is gone (-9 after SIGKILL)."""
        reaped, status = self.expect("exit")
        if int(reaped) != pid:
            raise CrashCheckFailed(f"writer {reaped} ended, expected {pid}")
        return int(status)

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.stdin.write("quit\n")
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# -- the checks ------------------------------------------------------------------------------


def _rows(conn: sqlite3.Connection, sql: str, *params) -> list[tuple]:
    return conn.execute(sql, params).fetchall()


def problems_after_kill(db_file: Path, acks: Acks, trials: int) -> list[str]:
    """Everything wrong with the database after a kill (empty when all is well)."""
    from rescue_desk.services.maintenance import check
    from rescue_desk.store.db import Database

    found: list[str] = []
    db = Database("sqlite:///" + str(db_file))
    try:
        found += [f"rescue-desk check: {p.message()}" for p in check(db)]
    finally:
        db.dispose()
    uri = db_file.resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        conn.execute("PRAGMA busy_timeout=10000")
        stays = {case: (stay_id, person_id, inspection) for case, stay_id, person_id, inspection
                 in _rows(conn, "SELECT case_no, id, person_id, inspection FROM stay")}
        persons = {pid for (pid,) in _rows(conn, "SELECT id FROM person")}
        audit = set(_rows(conn, "SELECT action, entity_id FROM audit_event"))
        admissions = {case for (case,) in _rows(
            conn, "SELECT case_no FROM shift_entry WHERE kind = 'admission'")}
        checks = dict(_rows(conn, "SELECT stay_id, id FROM security_check"))
        seized = dict(_rows(conn, "SELECT check_id, count(*) FROM seized_item GROUP BY check_id"))
        bags = {bag_no: (bag_id, stay_id) for bag_id, bag_no, stay_id
                in _rows(conn, "SELECT id, bag_no, stay_id FROM bag")}
        items = dict(_rows(conn, "SELECT bag_id, count(*) FROM stored_item GROUP BY bag_id"))
        unstored = _rows(conn, "SELECT i.id FROM stored_item i WHERE NOT EXISTS (SELECT 1 FROM "
                               "custody_movement m WHERE m.item_id = i.id AND "
                               "m.movement = 'stored')")
        counters = dict(_rows(conn, "SELECT name, value FROM counter"))
        persons_without_stay = _rows(conn, "SELECT id FROM person p WHERE NOT EXISTS "
                                           "(SELECT 1 FROM stay s WHERE s.person_id = p.id)")

    # every acknowledged intake is there whole
    for case, person_id in acks.stays.items():
        if case not in stays:
            found.append(f"acknowledged intake {case} is missing")
            continue
        stay_id, stored_person, inspection = stays[case]
        if stored_person != person_id or person_id not in persons:
            found.append(f"acknowledged intake {case} lost its person {person_id}")
        if not inspection or inspection == "[]":
            found.append(f"acknowledged intake {case} lost its initial inspection")
    for case, (bag_no, seized_count, item_count) in acks.checks.items():
        stay = stays.get(case)
        check_id = checks.get(stay[0]) if stay else None
        if check_id is None:
            found.append(f"acknowledged security check of {case} is missing")
            continue
        if seized.get(check_id, 0) != seized_count:
            found.append(f"security check of {case}: {seized.get(check_id, 0)} items found, "
                         f"{seized_count} acknowledged")
        if bag_no not in bags or bags[bag_no][1] != stay[0]:
            found.append(f"acknowledged bag {bag_no} of {case} is missing")
        elif items.get(bags[bag_no][0], 0) != item_count:
            found.append(f"bag {bag_no}: {items.get(bags[bag_no][0], 0)} items, "
                         f"{item_count} acknowledged")

    # nothing partial, acknowledged or not
    by_stay_id = {stay_id: case for case, (stay_id, _p, _i) in stays.items()}
    for case in stays:
        if ("stay.create", case) not in audit:
            found.append(f"stay {case} has no audit record")
        if case not in admissions:
            found.append(f"stay {case} has no admission line in the shift log")
    for _stay_id, person_id, _inspection in stays.values():
        if ("person.create", str(person_id)) not in audit:
            found.append(f"person {person_id} has no audit record")
    found += [f"person {pid} has no stay" for (pid,) in persons_without_stay]
    for stay_id, check_id in checks.items():
        if ("security.check", by_stay_id.get(stay_id, "?")) not in audit:
            found.append(f"security check {check_id} has no audit record")
    for bag_no, (bag_id, _stay_id) in bags.items():
        if ("bag.create", bag_no) not in audit:
            found.append(f"bag {bag_no} has no audit record")
        if not items.get(bag_id):
            found.append(f"bag {bag_no} has no items")
    found += [f"stored item {item_id} has no 'stored' movement" for (item_id,) in unstored]
    for action, entity_id in audit:
        if action == "stay.create" and entity_id not in stays:
            found.append(f"audit record of stay {entity_id} without the stay")
        if action == "bag.create" and entity_id not in bags:
            found.append(f"audit record of bag {entity_id} without the bag")
    for kind, pattern, numbers in (("case", r"(\d{4})-(\d{6})", stays),
                                   ("bag", r"(\d{4})-B(\d{5})", bags)):
        for number in numbers:
            year, sequence = re.fullmatch(pattern, number).groups()
            if counters.get(f"{kind}:{year}", 0) < int(sequence):
                found.append(f"counter {kind}:{year} is behind {number}")
    extra = set(stays) - set(acks.stays)
    if len(extra) > trials:
        found.append(f"{len(extra)} stays were never acknowledged in {trials} trials")
    return found


# -- the run ---------------------------------------------------------------------------------


def run(trials: int, seed: int, folder: Path, *, delays: tuple[float, float] = DELAYS,
        log=None) -> Figures:
    """Kill the writer ``trials`` times; raise CrashCheckFailed at the first problem."""
    rng = random.Random(seed)
    figures = Figures(seed)
    started = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    db_file = prepare(folder)
    ack_file = folder / "acks.txt"
    server = WriterServer()
    try:
        for trial in range(1, trials + 1):
            before = len(read_acks(ack_file).stays)
            pid = server.start(db_file, ack_file, rng.randrange(2**31))
            delay = rng.uniform(*delays)
            time.sleep(delay)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            status = server.wait(pid)
            where = f"seed {seed}, trial {trial}, killed after {delay:.3f} s"
            if status != -signal.SIGKILL:
                log_text = (folder / "writer.log").read_text(encoding="utf-8", errors="replace") \
                    if (folder / "writer.log").exists() else ""
                raise CrashCheckFailed(f"{where}: the writer ended by itself with status "
                                       f"{status}:\n{log_text[-3000:]}")
            acks = read_acks(ack_file)
            figures.trials = trial
            if len(acks.stays) == before:
                figures.kills_before_first += 1
            found = problems_after_kill(db_file, acks, trial)
            if found:
                figures.lost = sum("acknowledged" in p for p in found)
                raise CrashCheckFailed(f"{where} (database kept in {folder}):\n  "
                                       + "\n  ".join(found[:20]))
            if log is not None and trial % 10 == 0:
                log(f"  {trial} trials, {len(acks.stays)} acknowledged intakes")
    finally:
        server.close()
    acks = read_acks(ack_file)
    with contextlib.closing(sqlite3.connect(db_file.resolve().as_uri() + "?mode=ro",
                                            uri=True)) as conn:
        figures.stays = conn.execute("SELECT count(*) FROM stay").fetchone()[0]
    figures.acknowledged = len(acks.stays)
    figures.checks = len(acks.checks)
    figures.unacknowledged = figures.stays - figures.acknowledged
    figures.seconds = time.monotonic() - started
    return figures


def cli_check(db_file: Path) -> subprocess.CompletedProcess:
    """The real ``rescue-desk check`` command on the database, as a separate process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RESCUE_DESK_LANG="en")
    return subprocess.run([sys.executable, "-m", "rescue_desk", "--db", str(db_file), "check"],
                          capture_output=True, text=True, env=env, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--seed", type=int, default=None, help="default: a random seed")
    parser.add_argument("--folder", type=Path, default=None,
                        help="where the database is made (default: a temporary folder)")
    parser.add_argument("--max-delay", type=float, default=DELAYS[1],
                        help="longest time a writer runs before it is killed (seconds)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    folder = args.folder or Path(tempfile.mkdtemp(prefix="rescue-desk-crash-"))
    print(f"crash harness: seed {seed}, {args.trials} trials, database in {folder}", flush=True)
    try:
        figures = run(args.trials, seed, folder, delays=(DELAYS[0], args.max_delay),
                      log=lambda text: print(text, flush=True))
    except CrashCheckFailed as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    done = cli_check(folder / "crash.db")
    print(figures.summary())
    print(f"rescue-desk check: exit {done.returncode} {done.stdout.strip()} "
          f"{done.stderr.strip()}".rstrip())
    return 0 if done.returncode == 0 else 1


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
