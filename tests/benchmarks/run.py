"""The desk's benchmark: builds (or reuses) a demo database of ``--people`` people through the
services, then measures what a clerk waits for, and prints one table of medians and 95th
percentiles (also written as JSON with ``--out``).

    python tests/benchmarks/run.py [--people N] [--db FILE] [--out FILE] [--repeat R]

Speed is measured here, never asserted in tests. This first version builds its database with
the normal demo (about 15 ms an intake), so it is meant for tens of thousands of people; the
bulk generator for a million people is still to come.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return round(statistics.median(ordered) * 1000, 2), round(p95 * 1000, 2)


def _time(action, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return _ms(samples)


def _build(db: Path, people: int) -> None:
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.demo import DEMO_PASSWORD, fill_demo
    from rescue_desk.services.desk import Desk
    from rescue_desk.services.maintenance import open_database

    db.parent.mkdir(parents=True, exist_ok=True)
    desk = Desk(open_database(f"sqlite:///{db}"))
    try:
        fill_demo(desk, people=people, seed=1)
        AccountService(desk).login("admin", DEMO_PASSWORD)
    finally:
        desk.db.dispose()


START_PROBE = """
import time, sys
t0 = float(sys.argv[1])
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import open_database
from rescue_desk.services.accounts import AccountService
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rescue_desk.ui import theme
theme.apply(app)
desk = Desk(open_database(sys.argv[2], migrate_schema=False))
AccountService(desk).login("admin", "demo1234")
from rescue_desk.ui.main_window import MainWindow
window = MainWindow(desk)
window.show()
app.processEvents()
print(time.time() - t0)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    db = args.db or ROOT / "build" / f"bench-{args.people}.db"
    built = time.perf_counter()
    if not db.exists():
        _build(db, args.people)
    built = time.perf_counter() - built

    from sqlalchemy import func, select

    from rescue_desk.domain.models import Person, Stay
    from rescue_desk.printing.intake_forms import FORMS
    from rescue_desk.printing.page import PrintContext
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.beds import BedService
    from rescue_desk.services.demo import DEMO_PASSWORD, _person_form, _stay_form
    from rescue_desk.services.desk import Desk
    from rescue_desk.services.intake import Decisions, IntakeService
    from rescue_desk.services.maintenance import open_database
    from rescue_desk.services.reports import ReportService
    from rescue_desk.services.search import SearchService

    url = f"sqlite:///{db}"
    starts = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", START_PROBE, repr(time.time()), url],
                             capture_output=True, text=True, cwd=ROOT, check=True)
        starts.append(float(out.stdout.strip().splitlines()[-1]))
    desk = Desk(open_database(url, migrate_schema=False))
    AccountService(desk).login("admin", DEMO_PASSWORD)
    with desk.db.read() as s:
        people = s.execute(select(func.count(Person.id))).scalar_one()
        stays = s.execute(select(func.count(Stay.id))).scalar_one()
        sample = s.execute(select(Person.name, Person.id_number, Person.phone, Stay.case_no)
                           .join(Stay, Stay.person_id == Person.id)
                           .where(Person.name != "", Person.id_number != "",
                                  Person.phone != "").limit(1)).one()
    from pypinyin import Style, lazy_pinyin

    search = SearchService(desk)
    initials = "".join(lazy_pinyin(sample.name, style=Style.FIRST_LETTER))
    rows: list[tuple[str, float | str, float | str]] = [
        ("start until the main window shows (s)", round(statistics.median(starts), 2),
         round(max(starts), 2))]
    for label, text in (("search: name", sample.name), ("search: pinyin initials", initials),
                        ("search: ID-number prefix", sample.id_number[:10]),
                        ("search: case number", sample.case_no),
                        ("search: phone", sample.phone)):
        rows.append((f"{label} (ms)", *_time(lambda t=text: search.search(t), args.repeat)))
    intake = IntakeService(desk)
    import random

    rng = random.Random(7)

    def save_intake() -> None:
        now = desk.now()
        person = _person_form(rng, now.date())
        intake.register(person, _stay_form(rng, now, person),
                        decisions=Decisions("身份证号为本人所报", "予以救助"))

    rows.append(("save a complete intake (ms)", *_time(save_intake, max(5, args.repeat // 3))))
    record = intake.record(sample.case_no)
    ctx = PrintContext("演示市救助管理站", "", "admin", dt.datetime.now(), True)
    rows.append(("intake slip PDF (ms)", *_time(
        lambda: FORMS["intake"](record, ctx, io.BytesIO()), args.repeat)))
    beds = BedService(desk)
    rows.append(("bed board: load (ms)", *_time(beds.board, args.repeat)))
    reports = ReportService(desk)
    today = desk.now().date()
    rows.append(("monthly report (ms)", *_time(lambda: reports.monthly(today.year, today.month),
                                              3)))
    size = db.stat().st_size
    rows.append(("database size per stay (bytes)", round(size / max(stays, 1)), ""))
    rows.append(("peak memory of this process (MB)",
                 round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), ""))
    desk.db.dispose()

    print(f"database {db}: {people} people, {stays} stays"
          + (f" (built in {built:.0f} s)" if built > 1 else ""))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'p50':>9}  {'p95':>9}")
    for name, p50, p95 in rows:
        print(f"{name:<{width}}  {p50!s:>9}  {p95!s:>9}")
    if args.out:
        args.out.write_text(json.dumps({"people": people, "stays": stays, "rows": [
            {"measure": n, "p50": a, "p95": b} for n, a, b in rows]}, ensure_ascii=False,
            indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
