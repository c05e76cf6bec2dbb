"""``rescue-desk print departure CASE`` and ``print register --month``: the form of a case's
latest departure and the month's register, each print audited."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from rescue_desk.domain.departure import DepartureType
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.departures import DepartureForm, DepartureService
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.maintenance import open_database
from tests.conftest import ADMIN
from tests.databases import query


@pytest.fixture
def cases(station_url):
    """The station with three stays registered by a clerk (the conftest clock's day): 张三
    left with a travel voucher, 李四 had relief ended, 王五 is still in the station."""
    desk = Desk(open_database(station_url))
    try:
        AccountService(desk).login(ADMIN.login, ADMIN.password)
        AccountService(desk).create_user(
            NewUser("jiedai", "刘芳", "F", "Officer-pass-1", frozenset({Role.FRONT_DESK}))
        )
        AccountService(desk).login("jiedai", "Officer-pass-1")
        intake, departures = IntakeService(desk), DepartureService(desk)
        out = {}
        for name in ("张三", "李四", "王五"):
            out[name] = intake.register(PersonForm(name=name, sex="M", age=40), StayForm()).case_no
        departures.complete(out["张三"], DepartureForm(DepartureType.VOUCHER, details={
            "carrier": "火车", "train_no": "K179", "to_place": "周口", "fare": "86.5"}))
        departures.complete(out["李四"], DepartureForm(DepartureType.TERMINATED, details={
            "grounds": "多次违反站内管理规定"}))
        out["month"] = f"{desk.now():%Y-%m}"
    finally:
        desk.db.dispose()
    return out


def text_of(file) -> str:
    reader = PdfReader(io.BytesIO(file.read_bytes()))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def audited(db, action: str) -> list[tuple[str, str, dict]]:
    rows = query(db, "select entity, entity_id, changes from audit_event where action = :action "
                     "order by id", {"action": action})
    return [(entity, key, json.loads(changes)) for entity, key, changes in rows]


@pytest.mark.parametrize(("name", "title"), [("张三", "乘车凭证（返乡凭证）"),
                                             ("李四", "终止救助通知书")])
def test_print_departure_prints_the_form_of_the_type(station_url, cases, tmp_path, run_cli,
                                                     name, title):
    """GIVEN a completed departure WHEN ``print departure CASE`` THEN exit 0, the form of its
    type for that case, and the print in the audit trail."""
    case_no = cases[name]
    out = tmp_path / "departure.pdf"
    result = run_cli("--db", station_url, "print", "departure", case_no, "-o", str(out))
    assert result.code == 0, result.err
    assert result.out == f"Written to {out}.\n" and result.err == ""
    text = text_of(out)
    assert title in text and case_no in text and name in text
    assert audited(station_url, "print") == [("stay", case_no, {"form": "departure"})]


def test_print_departure_of_a_stay_without_one_fails_with_a_sentence(station_url, cases,
                                                                     tmp_path, run_cli):
    """GIVEN a person still in the station WHEN ``print departure`` THEN exit 1, one sentence,
    no file, nothing audited."""
    out = tmp_path / "x.pdf"
    result = run_cli("--db", station_url, "print", "departure", cases["王五"],
                     "-o", str(out))
    assert result.code == 1
    assert result.err == f"Case {cases['王五']} has no departure to print.\n"
    assert not out.exists() and audited(station_url, "print") == []


def test_print_register_of_a_month(station_url, cases, tmp_path, run_cli):
    """GIVEN two departures this month WHEN ``print register --month`` THEN both lines in a
    landscape register, and the print audited as print.register; another month is empty."""
    out = tmp_path / "register.pdf"
    result = run_cli("--db", station_url, "print", "register", "--month", cases["month"],
                     "-o", str(out))
    assert result.code == 0, result.err
    page = PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = text_of(out)
    assert "在站服务及离站登记表" in text and "离站合计：2人" in text
    assert cases["张三"] in text and cases["李四"] in text and cases["王五"] not in text
    assert "乘车凭证返乡" in text and "终止救助" in text
    assert audited(station_url, "print.register") == [
        ("register", cases["month"], {"form": "register", "rows": 2})]
    other = tmp_path / "other.pdf"
    assert run_cli("--db", station_url, "print", "register", "--month", "2025-01",
                   "-o", str(other)).code == 0
    assert "本期无离站记录" in text_of(other)


@pytest.mark.parametrize("argv", [
    ("print", "register", "--month", "2026-13"),
    ("print", "register", "--month", "11/2026"),
    ("print", "departure"),
])
def test_bad_print_arguments_are_usage_errors(station_url, tmp_path, run_cli, argv):
    """GIVEN a bad month, or departure without a case WHEN print runs THEN exit 2, one line."""
    result = run_cli("--db", station_url, *argv, "-o", str(tmp_path / "x.pdf"))
    assert result.code == 2 and len(result.err_lines) == 1


def test_print_roll_and_board_need_no_key(station_url, cases, tmp_path, run_cli):
    """GIVEN people in the station WHEN ``print roll`` and ``print board`` THEN the presence
    roll lists them, the board sheet is written, and both prints are audited."""
    roll = tmp_path / "roll.pdf"
    result = run_cli("--db", station_url, "print", "roll", "-o", str(roll))
    assert result.code == 0, result.err
    text = text_of(roll)
    assert "在站人员名册" in text and "王五" in text and "张三" not in text
    board = tmp_path / "board.pdf"
    result = run_cli("--db", station_url, "print", "board", "--privacy", "-o", str(board))
    assert result.code == 0, result.err
    assert "床位图" in text_of(board)
    assert [a[0] for a in audited(station_url, "print.roll")] == ["station"]
    assert [a[0] for a in audited(station_url, "print.board")] == ["station"]
