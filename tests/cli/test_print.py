"""``rescue-desk print``: forms to PDF files from the command line, each print audited."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from rescue_desk.domain.intake import IdType, Outcome
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD, fill_demo
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.maintenance import open_database
from tests.databases import query

#: A valid resident ID number and how paper shows it masked.
VALID_ID = "11010519491231002X"
MASKED_ID = "110105********002X"


def _fill(url: str) -> None:
    desk = Desk(open_database(url))
    try:
        fill_demo(desk, people=30, seed=5)
        AccountService(desk).login("jiedai1", DEMO_PASSWORD)
        intake = IntakeService(desk)
        intake.register(
            PersonForm(name="王芳", sex="F", id_type=IdType.RESIDENT_ID, id_number=VALID_ID),
            StayForm(),
        )
        intake.register(
            PersonForm(name="李四", sex="M", age=30),
            StayForm(outcome=Outcome.REFUSE, outcome_reason="醉酒滋事"),
        )
    finally:
        desk.db.dispose()


@pytest.fixture(scope="module")
def station(databases, migrated_template):
    """A demo station (30 people, with security checks and bags) plus two stays registered by
    a clerk: 王芳 admitted with an ID number, 李四 refused. Made once for this module."""
    return databases.template("print", _fill, base=migrated_template)


@pytest.fixture
def db(station, new_database) -> str:
    """This test's own copy of the station, as given to --db."""
    return new_database(station, "desk")


def one(db, sql, params=None):
    return query(db, sql, params)[0]


def case_of(db, name: str) -> str:
    return one(
        db,
        "select case_no from stay join person on person.id = stay.person_id "
        "where person.name = :name order by stay.id desc limit 1",
        {"name": name},
    )[0]


def prints(db) -> list[tuple[str, str, dict]]:
    """The audit trail's print records: (entity, key, changes)."""
    rows = query(
        db, "select entity, entity_id, changes from audit_event where action = 'print' order by id"
    )
    return [(entity, key, json.loads(changes)) for entity, key, changes in rows]


def text_of(file) -> str:
    """The PDF file's text without whitespace."""
    reader = PdfReader(io.BytesIO(file.read_bytes()))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


@pytest.mark.parametrize(
    ("kind", "name", "title"),
    [
        ("intake", "王芳", "登记小票"),
        ("registration", "王芳", "求助登记表"),
        ("refusal", "李四", "不予救助通知书"),
    ],
)
def test_print_intake_forms(db, tmp_path, run_cli, kind, name, title):
    """GIVEN a registered stay WHEN its form is printed to a file THEN exit 0, one line naming
    the file, a PDF of that form for that case, and the print in the audit trail after it."""
    case_no = case_of(db, name)
    out = tmp_path / f"{kind}.pdf"
    result = run_cli("--db", str(db), "print", kind, case_no, "-o", str(out))
    assert result.code == 0, result.err
    assert result.out == f"Written to {out}.\n" and result.err == ""
    text = text_of(out)
    assert title in text and case_no in text and name in text and "演示数据DEMO" in text
    assert prints(db) == [("stay", case_no, {"form": kind})]


def test_slip_masks_and_registration_form_shows_the_full_id(db, tmp_path, run_cli):
    """GIVEN the command, which runs as an administrator (who sees full numbers on screen)
    WHEN the slip and the registration form print THEN the slip has the number masked and the
    registration form, which requires it, in full."""
    case_no = case_of(db, "王芳")
    slip, form = tmp_path / "slip.pdf", tmp_path / "form.pdf"
    assert run_cli("--db", str(db), "print", "intake", case_no, "-o", str(slip)).code == 0
    assert run_cli("--db", str(db), "print", "registration", case_no, "-o", str(form)).code == 0
    assert MASKED_ID in text_of(slip) and VALID_ID not in text_of(slip)
    assert VALID_ID in text_of(form)


@pytest.mark.parametrize("kind", ["receipt", "check"])
def test_print_custody_forms(db, tmp_path, run_cli, kind):
    """GIVEN a checked stay WHEN its custody form is printed to a file THEN exit 0, a PDF is
    written, and the print is in the audit trail."""
    case_no = one(
        db,
        "select case_no from stay join security_check on security_check.stay_id = stay.id limit 1",
    )[0]
    out = tmp_path / f"{kind}.pdf"
    result = run_cli("--db", str(db), "print", kind, case_no, "-o", str(out))
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF")
    assert prints(db)[-1][1] == case_no


def test_print_bag_label(db, tmp_path, run_cli):
    """GIVEN a stored bag WHEN its tag is printed THEN a PDF is written."""
    bag_no = one(db, "select bag_no from bag limit 1")[0]
    out = tmp_path / "bag.pdf"
    assert run_cli("--db", str(db), "print", "bag-label", bag_no, "-o", str(out)).code == 0
    assert out.stat().st_size > 1000


def test_print_unknown_case_fails_with_a_sentence(db, tmp_path, run_cli):
    """GIVEN no such case WHEN printed THEN exit 1 and the not-found sentence, no file, and
    nothing in the audit trail."""
    out = tmp_path / "x.pdf"
    result = run_cli("--db", str(db), "print", "intake", "2026-999999", "-o", str(out))
    assert result.code == 1
    assert result.err == "No case matches 2026-999999.\n" and result.out == ""
    assert not out.exists() and prints(db) == []


def test_refusal_notice_of_an_admitted_stay_fails_with_a_sentence(db, tmp_path, run_cli):
    """GIVEN an admitted stay WHEN its refusal notice is printed THEN exit 1 saying it was not
    refused, no file, nothing audited."""
    case_no = case_of(db, "王芳")
    out = tmp_path / "x.pdf"
    result = run_cli("--db", str(db), "print", "refusal", case_no, "-o", str(out))
    assert result.code == 1
    assert result.err == f"Case {case_no} was not refused, so it has no refusal notice.\n"
    assert not out.exists() and prints(db) == []


def test_print_to_a_folder_that_does_not_exist_fails_unaudited(db, tmp_path, run_cli):
    """GIVEN an output path in a missing folder WHEN printed THEN exit 1 naming the file, and
    the print is not audited (nothing was printed)."""
    out = tmp_path / "missing" / "x.pdf"
    result = run_cli("--db", str(db), "print", "intake", case_of(db, "王芳"), "-o", str(out))
    assert result.code == 1
    assert result.err.startswith(f"The file {out} could not be written (")
    assert len(result.err_lines) == 1 and prints(db) == []


def test_print_without_output_is_a_usage_error(db, run_cli):
    """GIVEN no -o WHEN print runs THEN exit 2 with one line."""
    result = run_cli("--db", str(db), "print", "intake", case_of(db, "王芳"))
    assert result.code == 2 and len(result.err_lines) == 1 and "-o" in result.err


def test_print_of_an_unknown_kind_is_a_usage_error(db, tmp_path, run_cli):
    """GIVEN a kind the command does not know WHEN print runs THEN exit 2 with one line."""
    result = run_cli(
        "--db", str(db), "print", "poster", "2026-000001", "-o", str(tmp_path / "x.pdf")
    )
    assert result.code == 2 and len(result.err_lines) == 1


def test_print_from_a_missing_database_creates_nothing(run_cli, tmp_path):
    """GIVEN a mistyped --db WHEN print runs THEN exit 1 and no database file appears."""
    missing = tmp_path / "typo.db"
    result = run_cli(
        "--db", str(missing), "print", "intake", "2026-000001", "-o", str(tmp_path / "x.pdf")
    )
    assert result.code == 1 and result.err.strip()
    assert not missing.exists() and not (tmp_path / "x.pdf").exists()
