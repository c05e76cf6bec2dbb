"""The ``rescue-desk`` command: no subcommand opens the desk; subcommands for station admins.

Bad arguments print one line and exit 2; other failures print one sentence and exit 1. Output
cut short because its reader went away (``rescue-desk search 王 | head -1``) ends quietly with
status 141, as a Unix tool stopped by SIGPIPE does.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: Standard output's reader closed early (``… | head``): 128 + SIGPIPE (13), the status a shell
#: reports for ``cat`` or ``grep`` in the same place, so ``set -o pipefail`` scripts see the same.
#: Not 1: nothing failed that the user should read about.
EXIT_PIPE_CLOSED = 141
#: ``demo``: above this many people the past is written in bulk (``bulk_demo.BULK_FROM``; not
#: imported here, so that the parser stays quick to build).
BULK_FROM = 3000


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one clear line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = QCoreApplication.translate("Cli", "see “{prog} --help”").format(prog=self.prog)
        sys.stderr.write(f"{self.prog}: {message} ({hint})\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rescue-desk",
        description=QCoreApplication.translate(
            "Cli",
            "Rescue Desk: the front desk of a rescue station. Without a command it opens the desk.",
        ),
    )
    parser.add_argument(
        "--db",
        metavar="DB",
        help=QCoreApplication.translate(
            "Cli",
            "database file or SQLAlchemy URL (default: RESCUE_DESK_DB, "
            "else the per-user data folder)",
        ),
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help=QCoreApplication.translate(
            "Cli", "data folder for logs and backups (default: RESCUE_DESK_HOME)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QCoreApplication.translate("Cli", "open the desk on a throw-away demo station"),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli",
            "check this installation and exit: open the database (migrating it), show the "
            "desk's window, make a printer test page",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        help=QCoreApplication.translate(
            "Cli", "language of the desk and of this command (default: zh_CN)"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "init",
        help=QCoreApplication.translate("Cli", "set up a new station and its administrator"),
        description=QCoreApplication.translate(
            "Cli",
            "Set up a new station and its first administrator. "
            "The password is read from standard input.",
        ),
    )
    p.add_argument(
        "--station",
        required=True,
        metavar="NAME",
        help=QCoreApplication.translate("Cli", "the station's name"),
    )
    p.add_argument(
        "--admin",
        required=True,
        metavar="USER",
        help=QCoreApplication.translate("Cli", "the administrator's login name"),
    )
    p.add_argument(
        "--admin-name",
        metavar="NAME",
        help=QCoreApplication.translate(
            "Cli", "the administrator's full name (default: the login name)"
        ),
    )
    p.add_argument(
        "--admin-sex",
        choices=("M", "F"),
        default="M",
        help=QCoreApplication.translate("Cli", "the administrator's sex, M or F (default: M)"),
    )
    p.add_argument(
        "--hotline",
        default="",
        help=QCoreApplication.translate("Cli", "the station's hotline number"),
    )
    p.add_argument(
        "--address", default="", help=QCoreApplication.translate("Cli", "the station's address")
    )
    p.add_argument(
        "--region",
        default="",
        metavar="CODE",
        help=QCoreApplication.translate("Cli", "six-digit administrative region code"),
    )

    p = sub.add_parser(
        "demo",
        help=QCoreApplication.translate(
            "Cli", "fill a realistic demo station through the services"
        ),
        description=QCoreApplication.translate(
            "Cli",
            "Fill the database with a realistic demo station, through the program's own services. "
            "Above {bulk} people (see --bulk-from) it is a big station of about 1,000 beds: the "
            "people of the last fifteen years, whose stays have all ended, are written in bulk "
            "(1,000,000 people take minutes, not days), and the last ten days are made through "
            "the services as usual, with a tenth of the people (at most 500).",
        ).format(bulk=BULK_FROM),
    )
    p.add_argument(
        "--people",
        type=_non_negative,
        default=200,
        metavar="N",
        help=QCoreApplication.translate("Cli", "how many people to register (default: 200)"),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=QCoreApplication.translate(
            "Cli", "random seed, for the same demo every time (default: 1)"
        ),
    )
    p.add_argument(
        "--bulk-from",
        type=_non_negative,
        default=BULK_FROM,
        metavar="N",
        help=QCoreApplication.translate(
            "Cli", "write the past in bulk for more than N people (default: {bulk})"
        ).format(bulk=BULK_FROM),
    )

    sub.add_parser(
        "check",
        help=QCoreApplication.translate("Cli", "check integrity, schema and audit trail"),
        description=QCoreApplication.translate(
            "Cli",
            "Check the file's integrity, that the schema is current and "
            "that the audit trail is intact. Exit 1 naming what is wrong.",
        ),
    )

    p = sub.add_parser(
        "backup",
        help=QCoreApplication.translate(
            "Cli", "make a consistent backup, safe while a desk is open"
        ),
        description=QCoreApplication.translate(
            "Cli", "Make a consistent online backup of the database."
        ),
    )
    p.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help=QCoreApplication.translate("Cli", "where to write it (default: the backup folder)"),
    )

    p = sub.add_parser(
        "restore",
        help=QCoreApplication.translate(
            "Cli", "replace the database with a backup that passes the check"
        ),
        description=QCoreApplication.translate(
            "Cli",
            "Replace the database with FILE if FILE passes the check. "
            "The current database is backed up first.",
        ),
    )
    p.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("Cli", "the backup to restore")
    )

    p = sub.add_parser(
        "search",
        help=QCoreApplication.translate("Cli", "the desk's own search"),
        description=QCoreApplication.translate("Cli", "Search as the desk's search box does."),
    )
    p.add_argument(
        "text", metavar="TEXT", help=QCoreApplication.translate("Cli", "what to look for")
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate("Cli", "print a JSON list of objects"),
    )
    p.add_argument(
        "--limit",
        type=_positive,
        default=20,
        metavar="N",
        help=QCoreApplication.translate("Cli", "at most N results (default: 20)"),
    )

    p = sub.add_parser(
        "print",
        help=QCoreApplication.translate("Cli", "print a form to a PDF file"),
        description=QCoreApplication.translate(
            "Cli",
            "Write a form as PDF: intake slip, registration form or refusal notice of a case; "
            "belongings receipt or security-check record of a case; a bag's tag; the form of "
            "a case's departure; the stay-and-departure register of a month; the presence roll "
            "or the bed board of the station now; the duty roster of a week or a month, a "
            "shift's log and handover, or a case's family-search notice.",
        ),
    )
    p.add_argument(
        "kind",
        choices=PRINT_KINDS,
        metavar="KIND",
        help=QCoreApplication.translate(
            "Cli",
            "intake, registration, refusal, receipt, check, bag-label, departure, register, "
            "roll, board, roster, shift or notice",
        ),
    )
    p.add_argument(
        "key",
        nargs="?",
        metavar="CASE|BAG|SHIFT",
        help=QCoreApplication.translate(
            "Cli",
            "case number (bag number for bag-label, shift such as 20261128-night for shift; "
            "none for register, roll, board and roster)",
        ),
    )
    p.add_argument(
        "--month",
        type=_month,
        metavar="YYYY-MM",
        help=QCoreApplication.translate(
            "Cli", "register and roster: the month (default: this month)"
        ),
    )
    p.add_argument(
        "--week",
        type=_day,
        metavar="YYYY-MM-DD",
        help=QCoreApplication.translate(
            "Cli", "roster: any day of the week to print (default: this week)"
        ),
    )
    p.add_argument(
        "--privacy",
        action="store_true",
        help=QCoreApplication.translate("Cli", "board: initials instead of names"),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=QCoreApplication.translate("Cli", "the PDF file to write"),
    )

    p = sub.add_parser(
        "report",
        help=QCoreApplication.translate("Cli", "export a report to XLSX or PDF"),
        description=QCoreApplication.translate(
            "Cli",
            "Export the monthly report (with its daily occupancy sheet), the daily occupancy "
            "sheet alone, or the winter campaign report of a week or a month. The file's "
            "ending chooses the format: .xlsx or .pdf. Exports carry figures only: no names, "
            "ID numbers or case numbers.",
        ),
    )
    p.add_argument(
        "report",
        choices=("monthly", "occupancy", "campaign"),
        metavar="REPORT",
        help=QCoreApplication.translate("Cli", "monthly, occupancy or campaign"),
    )
    p.add_argument(
        "--month",
        type=_month,
        metavar="YYYY-MM",
        help=QCoreApplication.translate(
            "Cli", "the month (default: this month; campaign: instead of --week)"
        ),
    )
    p.add_argument(
        "--week",
        type=_day,
        metavar="YYYY-MM-DD",
        help=QCoreApplication.translate(
            "Cli", "campaign: any day of the week, Monday to Sunday (default: this week)"
        ),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=QCoreApplication.translate("Cli", "the file to write (.xlsx or .pdf)"),
    )
    return parser


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _month(text: str) -> tuple[int, int]:
    """``2026-11`` → (2026, 11)."""
    try:
        year, month = (int(part) for part in text.split("-"))
        if len(text) != 7 or not 2000 <= year <= 9999 or not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "Must be YYYY-MM, e.g. 2026-11")) from None
    return year, month


def _day(text: str) -> dt.date:
    """``2026-11-25`` → the date."""
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "Must be YYYY-MM-DD, e.g. 2026-11-23")) from None


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _start_translations(argv: list[str]) -> str:
    from rescue_desk.ui import i18n

    language = i18n.choose_language(_requested_language(argv))
    if QCoreApplication.instance() is None:
        _start_translations.app = QCoreApplication([sys.argv[0]])  # type: ignore[attr-defined]
    i18n.install(language)
    return language


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not _wants_command(argv):
        return _open_gui(argv)
    try:
        try:
            return _command(argv)
        finally:
            # What is still buffered fails here, inside the try, not in the flush at exit.
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """Stop quietly: standard output's reader went away (Python ignores SIGPIPE, so the write
    raised BrokenPipeError). Standard output now goes to the null device, so that the flush at
    exit does not report the same broken pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):  # no stdout, or one without a file descriptor
        pass
    return EXIT_PIPE_CLOSED


def _command(argv: list[str]) -> int:
    """Run the subcommand (or the help) that ``argv`` names."""
    language = _start_translations(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "print" and args.kind == "shift" and not args.key:
        parser.error(
            QCoreApplication.translate("Cli", "print shift needs a shift, e.g. 20261128-night")
        )
    if args.command == "print" and args.kind not in NO_KEY_KINDS and not args.key:
        parser.error(
            QCoreApplication.translate("Cli", "print {kind} needs a case or bag number").format(
                kind=args.kind
            )
        )
    return _run(args, language)


#: Options of the top-level command that take a value.
_VALUE_OPTIONS = {"--db", "--home", "--lang"}


def _wants_command(argv: list[str]) -> bool:
    """Whether ``argv`` names a subcommand (or asks for help) rather than opening the desk."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


def _open_gui(argv: list[str]) -> int:
    from rescue_desk.ui.app import make_application, run, start_language

    app = make_application(argv)
    start_language(app, _requested_language(argv))
    return run(app, build_parser().parse_args(argv))


def _requested_language(argv: list[str]) -> str | None:
    requested = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            requested = argv[i + 1]
        elif arg.startswith("--lang="):
            requested = arg.split("=", 1)[1]
    return requested


def _say(text: str) -> None:
    print(text, flush=True)


def _fail(text: str) -> int:
    sys.stderr.write(text.rstrip() + "\n")
    return EXIT_FAILED


def _run(args: argparse.Namespace, language: str) -> int:
    from rescue_desk.domain.errors import DeskError
    from rescue_desk.paths import database_url

    if args.home:
        os.environ["RESCUE_DESK_HOME"] = str(Path(args.home).expanduser())
    url = database_url(args.db, args.home)
    try:
        handler = {
            "init": _cmd_init,
            "demo": _cmd_demo,
            "check": _cmd_check,
            "backup": _cmd_backup,
            "restore": _cmd_restore,
            "search": _cmd_search,
            "print": _cmd_print,
            "report": _cmd_report,
        }[args.command]
        return handler(args, url)
    except DeskError as exc:
        return _fail(exc.message(QCoreApplication.translate))
    except KeyboardInterrupt:
        return _fail(QCoreApplication.translate("Cli", "Stopped."))


def _desk(url: str, *, migrate_schema: bool = True, existing: bool = False):
    """The desk on ``url`` as the shell's officer; ``existing`` refuses to create a database
    (a mistyped --db must not leave a new empty file behind)."""
    from rescue_desk.paths import sqlite_file
    from rescue_desk.services.desk import Desk, system_officer
    from rescue_desk.services.maintenance import NotADatabase, open_database

    file = sqlite_file(url)
    if existing and file is not None and not file.exists():
        raise NotADatabase(path=str(file))
    desk = Desk(open_database(url, migrate_schema=migrate_schema))
    desk.officer = system_officer(getpass.getuser() if hasattr(getpass, "getuser") else "admin")
    return desk


def _read_password() -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(
            QCoreApplication.translate("Cli", "Password for the administrator: ")
        )
        second = getpass.getpass(QCoreApplication.translate("Cli", "The same password again: "))
        if first != second:
            from rescue_desk.domain.errors import PasswordsDiffer

            raise PasswordsDiffer()
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _cmd_init(args, url) -> int:
    from rescue_desk.domain.roles import Role
    from rescue_desk.services.accounts import AccountService, NewUser

    password = _read_password()
    desk = _desk(url)
    try:
        AccountService(desk).set_up_station(
            name=args.station,
            hotline=args.hotline,
            address=args.address,
            region_code=args.region,
            admin=NewUser(
                args.admin,
                args.admin_name or args.admin,
                args.admin_sex,
                password,
                frozenset({Role.ADMIN}),
            ),
        )
    finally:
        desk.db.dispose()
    _say(
        QCoreApplication.translate(
            "Cli", "Station “{station}” set up in {db}; administrator: {admin}."
        ).format(station=args.station.strip(), db=desk.db.display_name(), admin=args.admin.lower())
    )
    return EXIT_OK


def _cmd_demo(args, url) -> int:
    from rescue_desk.services.bulk_demo import fill_big_demo, recent_intakes
    from rescue_desk.services.demo import fill_demo

    desk = _desk(url)
    try:
        if args.people > args.bulk_from:
            summary = fill_big_demo(desk, people=args.people, seed=args.seed,
                                    recent=recent_intakes(args.people),
                                    progress=_DemoProgress())
        else:
            summary = fill_demo(desk, people=args.people, seed=args.seed)
    finally:
        desk.db.dispose()
    _say(
        QCoreApplication.translate(
            "Cli",
            "Demo station “{station}”: {officers} officers added, {people} people registered "
            "in {stays} stays.",
        ).format(
            station=summary.station,
            officers=summary.officers_added,
            people=summary.people_registered,
            stays=summary.stays_registered,
        )
    )
    return EXIT_OK


class _DemoProgress:
    """Progress lines of the big demo on stderr: the history every 5 %, then each stage."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage == "history":
            step = done * 20 // max(total, 1)
            if step == self.shown:
                return
            self.shown = step
            text = QCoreApplication.translate(
                "Cli", "History: {done}/{total} people…").format(done=done, total=total)
        elif stage == "join":
            text = QCoreApplication.translate("Cli", "Joining the two halves of the history…")
        elif stage == "indexes":
            text = QCoreApplication.translate("Cli", "Making the search indexes…")
        else:
            text = QCoreApplication.translate(
                "Cli", "The last days through the services: {count} intakes…").format(
                count=total)
        sys.stderr.write(text + "\n")
        sys.stderr.flush()


def _cmd_check(args, url) -> int:
    from rescue_desk.services.maintenance import check
    from rescue_desk.store.db import Database

    db = Database(url)
    try:
        problems = check(db)
    finally:
        db.dispose()
    if problems:
        for problem in problems:
            sys.stderr.write(problem.message(QCoreApplication.translate) + "\n")
        return EXIT_FAILED
    _say(
        QCoreApplication.translate(
            "Cli", "{db}: the file is sound, the schema is current and the audit trail is intact."
        ).format(db=db.display_name())
    )
    return EXIT_OK


def _cmd_backup(args, url) -> int:
    from rescue_desk.services.maintenance import backup
    from rescue_desk.store.db import Database

    db = Database(url)
    try:
        target = backup(db, Path(args.file) if args.file else None)
    finally:
        db.dispose()
    _say(QCoreApplication.translate("Cli", "Backup written to {file}.").format(file=target))
    return EXIT_OK


def _cmd_restore(args, url) -> int:
    from rescue_desk.services.maintenance import restore

    saved = restore(url, Path(args.file))
    _say(QCoreApplication.translate("Cli", "Restored {file}.").format(file=args.file))
    if saved is not None:
        _say(
            QCoreApplication.translate(
                "Cli", "The database as it was before is kept in {saved}."
            ).format(saved=saved)
        )
    return EXIT_OK


def _cmd_search(args, url) -> int:
    from rescue_desk.services.search import SearchService

    desk = _desk(url, existing=True)
    try:
        hits = SearchService(desk).search(args.text, limit=args.limit)
    finally:
        desk.db.dispose()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        key: value.isoformat() if hasattr(value, "isoformat") else value
                        for key, value in dataclasses.asdict(h).items()
                    }
                    for h in hits
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return EXIT_OK
    if not hits:
        _say(
            QCoreApplication.translate("Cli", "Nothing found for “{text}”.").format(text=args.text)
        )
    for hit in hits:
        age = "" if hit.age is None else str(hit.age)
        extra = hit.detail or "\t".join((hit.sex, age, hit.id_shown, hit.phone, hit.case_no))
        _say(f"{hit.kind}\t{hit.key}\t{hit.title}\t{extra}".rstrip())
    return EXIT_OK


#: ``print`` forms: the intake forms and the custody forms of a case (key: its case number),
#: and a bag's tag (key: the bag number).
#: ``departure`` prints the form of the case's latest departure; ``register`` the
#: stay-and-departure register of ``--month`` (no key).
PRINT_KINDS = (
    "intake",
    "registration",
    "refusal",
    "receipt",
    "check",
    "bag-label",
    "departure",
    "register",
    "roll",
    "board",
    "roster",
    "shift",
    "notice",
)
#: ``roll`` (在站人员名册) and ``board`` (床位图) print the station now (no key); ``roster``
#: prints the week of ``--week`` or the month of ``--month`` (no key).
#: ``shift`` prints a shift's log (key: ``20261128-night``), ``notice`` a case's latest
#: family-search notice.
NO_KEY_KINDS = frozenset({"register", "roll", "board", "roster"})


def _cmd_print(args, url) -> int:
    import io

    from rescue_desk.printing.page import PrintContext

    desk = _desk(url, existing=True)
    try:
        stream = io.BytesIO()
        if args.kind in ("roll", "board"):
            log = _print_beds(args, desk, stream)
        elif args.kind in ("roster", "shift", "notice"):
            log = _print_duty(args, desk, stream)
            if log is None:
                return _fail(
                    QCoreApplication.translate(
                        "Cli", "Case {case_no} has no family-search notice to print."
                    ).format(case_no=args.key.strip())
                )
        elif args.kind in ("departure", "register"):
            log = _print_departures(args, desk, stream)
            if log is None:
                return _fail(
                    QCoreApplication.translate(
                        "Cli", "Case {case_no} has no departure to print."
                    ).format(case_no=args.key.strip())
                )
        elif args.kind in ("intake", "registration", "refusal"):
            from rescue_desk.printing.intake_forms import FORMS, FULL_ID_FORMS
            from rescue_desk.services.intake import IntakeService

            intake = IntakeService(desk)
            record = intake.record(args.key, full_id=args.kind in FULL_ID_FORMS)
            ctx = PrintContext(
                record.station_name,
                record.station_hotline,
                desk.officer.name,
                desk.now(),
                record.is_demo,
            )
            FORMS[args.kind](record, ctx, stream)
            log = lambda: intake.note_printed(record.case_no, args.kind)  # noqa: E731
        else:
            from rescue_desk.printing import custody_forms
            from rescue_desk.services.custody import CustodyService

            custody = CustodyService(desk)
            if args.kind == "bag-label":
                bag = custody.bag(args.key)
                station = custody.record(bag.case_no)
                ctx = PrintContext(
                    station.station_name,
                    station.station_hotline,
                    desk.officer.name,
                    desk.now(),
                    station.is_demo,
                )
                custody_forms.bag_labels([bag], ctx, stream)
                key = bag.bag_no
            else:
                record = custody.record(args.key)
                ctx = PrintContext(
                    record.station_name,
                    record.station_hotline,
                    desk.officer.name,
                    desk.now(),
                    record.is_demo,
                )
                form = (
                    custody_forms.belongings_receipt
                    if args.kind == "receipt"
                    else custody_forms.check_record
                )
                form(record, ctx, stream)
                key = record.case_no
            log = lambda: custody.note_printed(key, args.kind)  # noqa: E731
        try:
            Path(args.output).write_bytes(stream.getvalue())
        except OSError as exc:
            return _fail(
                QCoreApplication.translate(
                    "Cli", "The file {file} could not be written ({reason})."
                ).format(file=args.output, reason=exc.strerror or exc)
            )
        log()
    finally:
        desk.db.dispose()
    _say(QCoreApplication.translate("Cli", "Written to {file}.").format(file=args.output))
    return EXIT_OK


def _cmd_report(args, url) -> int:
    from rescue_desk.printing import report_forms
    from rescue_desk.printing.page import PrintContext
    from rescue_desk.services.reports import ReportService

    kind = Path(args.output).suffix.lower()
    if kind not in (".xlsx", ".pdf"):
        return _fail(
            QCoreApplication.translate(
                "Cli", "The file must end in .xlsx or .pdf: {file}."
            ).format(file=args.output)
        )
    if args.report != "campaign" and args.week:
        return _fail(QCoreApplication.translate("Cli", "--week is for the campaign report."))
    desk = _desk(url, existing=True)
    try:
        service = ReportService(desk)
        header = service.header()
        ctx = PrintContext(header.unit, "", header.preparer, header.made_at, header.is_demo)
        today = desk.now().date()
        week = (args.week or today) if args.report == "campaign" and not args.month else None
        result = report_forms.export(service, ctx, args.report, kind[1:],
                                     month=args.month or (today.year, today.month), week=week)
        try:
            Path(args.output).write_bytes(result.data)
        except OSError as exc:
            return _fail(
                QCoreApplication.translate(
                    "Cli", "The file {file} could not be written ({reason})."
                ).format(file=args.output, reason=exc.strerror or exc)
            )
        service.note_exported(result.report, result.period, kind[1:])
    finally:
        desk.db.dispose()
    _say(QCoreApplication.translate("Cli", "Written to {file}.").format(file=args.output))
    return EXIT_OK


def _print_beds(args, desk, stream):
    """Write the presence roll or the bed board to ``stream``; returns the function that logs
    the print."""
    from rescue_desk.printing import bed_sheets
    from rescue_desk.printing.page import PrintContext
    from rescue_desk.services.beds import BedService

    beds = BedService(desk)
    board = beds.board()
    station = _station_facts(desk)
    ctx = PrintContext(station[0], station[1], desk.officer.name, desk.now(), station[2])
    if args.kind == "roll":
        bed_sheets.presence_roll(board, ctx, stream)
    else:
        bed_sheets.board_sheet(board, ctx, stream, privacy=args.privacy)
    return lambda: beds.note_printed(args.kind)


def _print_duty(args, desk, stream):
    """Write the roster of a week or a month, a shift's log or a case's latest family-search
    notice to ``stream``; returns the function that logs the print, or None when the case has
    no notice."""
    from rescue_desk.domain.duty import monday_of
    from rescue_desk.printing import duty_forms
    from rescue_desk.printing.page import PrintContext
    from rescue_desk.services.duty import DutyService

    duty = DutyService(desk)
    if args.kind == "notice":
        record = duty.latest_notice(args.key)
        if record is None:
            return None
        ctx = PrintContext(
            record.station_name,
            record.station_hotline,
            desk.officer.name,
            desk.now(),
            record.is_demo,
        )
        duty_forms.search_notice(record, ctx, stream)
        return lambda: duty.note_printed("notice", record.case_no)
    station = _station_facts(desk)
    ctx = PrintContext(station[0], station[1], desk.officer.name, desk.now(), station[2])
    if args.kind == "shift":
        view = duty.shift(args.key)
        duty_forms.shift_log(view, ctx, stream)
        return lambda: duty.note_printed("shift", view.key)
    if args.month and not args.week:
        year, month = args.month
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        duty_forms.roster_month(duty.roster(first, last), ctx, stream)
        key = f"{year:04d}-{month:02d}"
    else:
        first = monday_of(args.week or desk.now().date())
        duty_forms.roster_week(duty.roster(first, first + dt.timedelta(days=6)), ctx, stream)
        key = first.isoformat()
    return lambda: duty.note_printed("roster", key)


def _station_facts(desk) -> tuple[str, str, bool]:
    from rescue_desk.services.accounts import AccountService

    station = AccountService(desk).station()
    if station is None:
        return "", "", False
    return station.name, station.hotline, station.is_demo


def _print_departures(args, desk, stream):
    """Write the departure form of a case or the month's register to ``stream``; returns the
    function that logs the print, or None when the case has no departure."""
    import datetime as dt

    from rescue_desk.printing import departure_forms
    from rescue_desk.printing.page import PrintContext
    from rescue_desk.services.departures import DepartureService

    departures = DepartureService(desk)
    if args.kind == "departure":
        record = departures.latest(args.key)
        if record is None:
            return None
        ctx = PrintContext(
            record.station_name,
            record.station_hotline,
            desk.officer.name,
            desk.now(),
            record.is_demo,
        )
        departure_forms.departure_form(record, ctx, stream)
        return lambda: departures.note_printed(record.case_no, "departure")

    from rescue_desk.services import audit
    from rescue_desk.services.accounts import AccountService

    now = desk.now()
    year, month = args.month or (now.year, now.month)
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    rows = departures.register(first, last)
    station = AccountService(desk).station()
    ctx = PrintContext(
        station.name if station else "",
        station.hotline if station else "",
        desk.officer.name,
        now,
        bool(station and station.is_demo),
    )
    departure_forms.departure_register(rows, ctx, stream, title_period=f"{year}年{month}月")

    def log() -> None:
        with desk.db.write() as s:
            audit.record(
                s,
                desk.officer,
                desk.now(),
                "print.register",
                "register",
                f"{year:04d}-{month:02d}",
                {"form": "register", "rows": len(rows)},
            )

    return log
