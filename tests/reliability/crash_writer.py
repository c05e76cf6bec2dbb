"""The writer the crash harness kills: registers complete intakes in a loop until it is killed.

It runs as a small fork server, so the slow imports (SQLAlchemy, the services) are paid once per
run and not once per trial. The harness starts ``python crash_writer.py`` and talks to it over
its standard input and output, one line at a time:

    server → ``ready``                       (imports done)
    harness → ``write <db file> <ack file> <seed>``
    server → ``pid <pid>``                   (a forked writer is registering intakes)
    server → ``exit <pid> <status>``         (it died: ``-9`` after SIGKILL)
    harness → ``quit``                       (or end of input)

On the first ``write`` the server opens the database as the desk does, logs in and registers one
intake itself (so SQLAlchemy's compiled statements are cached), then closes its connections;
each forked writer inherits that desk, opens its own connection and repeats: register an intake
(person, stay with its initial inspection, audit records, the shift log's line), then record its
security check (items found, a belongings bag with cash counted by two officers). After each
commit it
appends one line to the acknowledgement file with an unbuffered ``write``, so a line there means
the transaction it names was committed:

    ``stay <case no> <person id>``
    ``check <case no> <bag no> <items found> <items in the bag>``
"""

from __future__ import annotations

import ctypes
import datetime as dt
import os
import random
import signal
import sys
import time
import traceback

#: The officer the writer logs in as (front desk and security), and the second officer who
#: counts cash with them and does women's body checks.
WRITER = ("desk1", "Desk-pass-2718")
SECOND = ("lina", "Second-pass-3141")
#: Where the bag goes.
LOCATION = "A-01"
#: A writer nobody killed stops by itself after this many seconds (exit status 3).
LIFETIME = 120

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红"


def intake_forms(rng: random.Random, number: int, now: dt.datetime):
    """A complete intake: the person, the stay and the security check, varied by ``rng``."""
    from rescue_desk.domain.custody import Disposition, ItemKind
    from rescue_desk.domain.intake import AgeBasis, Inspection, Outcome, Source, Welfare
    from rescue_desk.services.custody import CheckForm, ItemForm
    from rescue_desk.services.intake import Contact, PersonForm, StayForm

    sex = rng.choice("MMMF")
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
    person = PersonForm(
        name=name, sex=sex, ethnicity="汉族", age=rng.randint(18, 80),
        age_basis=rng.choice((AgeBasis.STATED, AgeBasis.ESTIMATED)),
        hukou_place=rng.choice(("河南省周口市", "四川省南充市", "安徽省阜阳市", "")),
        welfare=rng.choice(tuple(Welfare)), height_cm=rng.randint(150, 185),
        build=rng.choice(("偏瘦", "中等", "偏胖")), clothing="深色棉衣",
        vagrancy_reason="务工未果，身无分文" + "。" * rng.randint(0, 3),
        contacts=(Contact(rng.choice(SURNAMES) + "某", "兄弟", f"1380000{number % 10000:04d}"),)
        if rng.random() < 0.5 else (),
        needs="返乡", fingerprints_taken=rng.random() < 0.7,
    )
    source = rng.choice((Source.WALK_IN, Source.POLICE, Source.STREET_PATROL))
    stay = StayForm(
        source=source, arrived_at=now,
        escort_unit="朝阳分局某派出所" if source == Source.POLICE else
        ("本站巡查组" if source == Source.STREET_PATROL else ""),
        escort_officers="张警官" if source != Source.WALK_IN else "",
        inspection=frozenset(rng.sample(
            [Inspection.INJURY, Inspection.DRUNK, Inspection.DISABILITY], rng.randint(1, 2))),
        inspection_note=f"第 {number} 号测试登记",
        outcome=Outcome.ADMIT,
    )
    checker = WRITER[0] if sex == "M" else SECOND[0]
    items = [
        ItemForm(kind=ItemKind.CASH, description="现金", quantity=1,
                 disposition=Disposition.HELD, cash_fen=rng.randint(0, 50_000),
                 counted_by_second=SECOND[0]),
        ItemForm(kind=ItemKind.PHONE, description="旧手机", quantity=1,
                 disposition=Disposition.HELD, serial=f"IMEI{number:010d}"),
    ]
    if rng.random() < 0.5:
        items.append(ItemForm(kind=ItemKind.WEAPON, description="管制刀具", quantity=1,
                              disposition=Disposition.POLICE, police_unit="朝阳分局",
                              police_officer="张警官", police_receipt_no=f"R{number}"))
    if rng.random() < 0.3:
        items.append(ItemForm(kind=ItemKind.ID_DOCUMENT, description="身份证", quantity=1,
                              disposition=Disposition.KEPT_BY_PERSON))
    check = CheckForm(body_checked_by=checker, temperature=f"{rng.uniform(36.0, 37.4):.1f}",
                      notes="无异常", items=tuple(items), location=LOCATION)
    return person, stay, check


def open_desk(db_file: str):
    """The writer's desk: the database opened as the desk opens it, the writer logged in."""
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.desk import Desk
    from rescue_desk.services.maintenance import open_database

    desk = Desk(open_database("sqlite:///" + db_file))
    AccountService(desk).login(*WRITER)
    return desk


def register_one(desk, rng: random.Random, number: int, ack: int) -> None:
    """One intake and its security check, each acknowledged after its commit."""
    from rescue_desk.services.custody import CustodyService
    from rescue_desk.services.intake import Decisions, IntakeService

    person, stay, check = intake_forms(rng, number, desk.now())
    result = IntakeService(desk).register(person, stay, decisions=Decisions())
    os.write(ack, f"stay {result.case_no} {result.person_id}\n".encode())
    record = CustodyService(desk).record_check(result.case_no, check)
    bag = record.bags[0]
    os.write(ack, f"check {result.case_no} {bag.bag_no} {len(record.seized)} "
                  f"{len(bag.items)}\n".encode())


def write_forever(desk, ack_file: str, seed: int) -> None:
    """Register intakes with their security checks until killed (or LIFETIME passes)."""
    rng = random.Random(seed)
    ack = os.open(ack_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    number = 0
    started = time.monotonic()
    while time.monotonic() - started < LIFETIME:
        number += 1
        register_one(desk, rng, number, ack)
    os._exit(3)


def die_with_parent() -> None:
    """Linux: be killed when the parent process dies, so no writer outlives a harness."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


def _child(desk, ack_file: str, seed: int) -> None:
    """The forked writer: never returns (killed, or exits 1 after printing what went wrong)."""
    try:
        die_with_parent()
        log = os.open(os.path.join(os.path.dirname(ack_file), "writer.log"),
                      os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.dup2(log, 2)
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        desk.db.engine.dispose(close=False)  # no connection is shared with the server
        write_forever(desk, ack_file, seed)
    except BaseException:  # noqa: B036 - report anything, then leave without cleanup
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    os._exit(0)


def warm_desk(db_file: str, ack_file: str):
    """A desk that has registered one intake (acknowledged like the others), so that SQLAlchemy's
    compiled statements are cached before the writers are forked; its connections are closed."""
    desk = open_desk(db_file)
    ack = os.open(ack_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        register_one(desk, random.Random(0), 0, ack)
    finally:
        os.close(ack)
    desk.db.engine.dispose()
    return desk


def serve() -> None:
    """The fork server's loop (see the module docstring)."""
    # The imports a writer needs, once, before any fork (no database is open here).
    import rescue_desk.services.accounts  # noqa: F401
    import rescue_desk.services.custody  # noqa: F401
    import rescue_desk.services.intake  # noqa: F401
    import rescue_desk.services.maintenance  # noqa: F401
    import rescue_desk.store.migrate  # noqa: F401
    from rescue_desk.domain import names

    names.search_keys("王伟")  # loads the pinyin tables

    die_with_parent()

    def say(text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    desks: dict[str, object] = {}
    say("ready")
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "quit":
            break
        if parts[0] != "write" or len(parts) != 4:
            say(f"error {line.strip()}")
            continue
        db_file, ack_file, seed = parts[1], parts[2], int(parts[3])
        if db_file not in desks:
            desks[db_file] = warm_desk(db_file, ack_file)
        pid = os.fork()
        if pid == 0:
            _child(desks[db_file], ack_file, seed)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        say(f"exit {pid} {code}")


if __name__ == "__main__":
    serve()
