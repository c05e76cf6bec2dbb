"""``rescue-desk print roster``, ``print shift`` and ``print notice``: the duty roster of a week
or a month, a shift's log and handover, and a case's family-search notice, each print
audited."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from rescue_desk.domain.duty import EntryKind
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.desk import Desk
from rescue_desk.services.duty import DutyService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.maintenance import open_database
from tests.conftest import ADMIN, START, Clock
from tests.databases import query

MON = dt.date(2026, 11, 23)


@pytest.fixture
def duty_station(station_url):
    """The station with a leader (周明) every day shift of the week and an officer (孙强) on
    reception every night; tonight's shift log kept by 孙强, signed and acknowledged by 吴丽;
    an unidentified person with a family-search notice and one without."""
    clock = Clock(START)
    desk = Desk(open_database(station_url), clock=clock)
    try:
        accounts = AccountService(desk)
        accounts.login(ADMIN.login, ADMIN.password)
        for login, name, roles in (("daiban", "周明", {Role.LEADER_ON_DUTY}),
                                   ("zhiban1", "孙强", {Role.DUTY_OFFICER, Role.FRONT_DESK}),
                                   ("zhiban2", "吴丽", {Role.DUTY_OFFICER})):
            accounts.create_user(NewUser(login, name, "M", "Officer-pass-1", frozenset(roles),
                                         "13900000001"))
        duty = DutyService(desk)
        for n in range(7):
            duty.set_slot(MON + dt.timedelta(days=n), "day", "leader", ["daiban"])
            duty.set_slot(MON + dt.timedelta(days=n), "night", "reception", ["zhiban1"])
        accounts.login("zhiban1", "Officer-pass-1")
        key = duty.sign_in()
        duty.add_entry(EntryKind.PATROL, "", area="男宿区", all_well=True)
        intake = IntakeService(desk)
        found = intake.register(PersonForm(unknown=True, sex="M", age=60), StayForm()).case_no
        other = intake.register(PersonForm(unknown=True, sex="F", age=50), StayForm()).case_no
        notice = duty.issue_notice(found, health="良好").notice_no
        clock.advance(hours=11)
        duty.sign_handover(key, keys="钥匙 3 把")
        duty.acknowledge(key, "zhiban2", "Officer-pass-1")
    finally:
        desk.db.dispose()
    return {"shift": key, "found": found, "other": other, "notice": notice}


def text_of(file) -> str:
    reader = PdfReader(io.BytesIO(file.read_bytes()))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def landscape(file) -> bool:
    page = PdfReader(io.BytesIO(file.read_bytes())).pages[0]
    return page.mediabox.width > page.mediabox.height


def audited(db, action: str) -> list[tuple[str, str]]:
    return query(db, "select entity, entity_id from audit_event where action = :action order by id",
                 {"action": action})


def test_print_roster_of_the_week_of_any_day(station_url, duty_station, tmp_path, run_cli):
    """GIVEN a planned week WHEN ``print roster --week`` names its Wednesday THEN the whole
    week from Monday, landscape, and the print audited with the Monday."""
    out = tmp_path / "roster.pdf"
    result = run_cli("--db", station_url, "print", "roster", "--week", "2026-11-25",
                     "-o", str(out))
    assert result.code == 0, result.err
    assert result.out == f"Written to {out}.\n" and result.err == ""
    text = text_of(out)
    assert "值班表" in text and "周一11-23" in text and "周日11-29" in text
    assert "周明" in text and "孙强" in text and landscape(out)
    assert audited(station_url, "print.roster") == [("roster", "2026-11-23")]


def test_print_roster_without_a_date_prints_this_week(station_url, duty_station, tmp_path,
                                                      run_cli):
    out = tmp_path / "roster.pdf"
    result = run_cli("--db", station_url, "print", "roster", "-o", str(out))
    assert result.code == 0, result.err
    assert "周一11-23" in text_of(out)  # the clock stands on Saturday 2026-11-28


def test_print_roster_of_a_month(station_url, duty_station, tmp_path, run_cli):
    """GIVEN a planned week WHEN ``print roster --month`` THEN the month's overview, days
    down, and the print audited with the month."""
    out = tmp_path / "month.pdf"
    result = run_cli("--db", station_url, "print", "roster", "--month", "2026-11",
                     "-o", str(out))
    assert result.code == 0, result.err
    text = text_of(out)
    assert "值班表（月度总览）" in text and "11-01周日" in text and "11-30周一" in text
    assert "11-23周一周明（无）孙强" in text and landscape(out)  # no night leader
    assert audited(station_url, "print.roster") == [("roster", "2026-11")]


def test_print_shift_prints_its_log_and_handover(station_url, duty_station, tmp_path,
                                                 run_cli):
    key = duty_station["shift"]
    out = tmp_path / "shift.pdf"
    result = run_cli("--db", station_url, "print", "shift", key, "-o", str(out))
    assert result.code == 0, result.err
    text = text_of(out)
    assert "值班记录及交接班记录" in text and key in text and "巡查正常" in text
    assert "交班人孙强" in text and "接班人吴丽" in text and "钥匙3把" in text
    assert not landscape(out)
    assert audited(station_url, "print.shift") == [("shift", key)]


def test_print_shift_that_does_not_exist_fails_with_a_sentence(station_url, duty_station,
                                                               tmp_path, run_cli):
    out = tmp_path / "x.pdf"
    result = run_cli("--db", station_url, "print", "shift", "20261101-night",
                     "-o", str(out))
    assert result.code == 1 and len(result.err_lines) == 1 and "20261101-night" in result.err
    assert not out.exists() and audited(station_url, "print.shift") == []


def test_print_notice_prints_the_latest_notice(station_url, duty_station, tmp_path, run_cli):
    case = duty_station["found"]
    out = tmp_path / "notice.pdf"
    result = run_cli("--db", station_url, "print", "notice", case, "-o", str(out))
    assert result.code == 0, result.err
    text = text_of(out)
    assert "寻亲公告" in text and duty_station["notice"] in text and "姓名不详" in text
    assert case in text and not landscape(out)
    assert audited(station_url, "print.notice") == [("notice", case)]


def test_print_notice_of_a_case_without_one_fails_with_a_sentence(station_url, duty_station,
                                                                  tmp_path, run_cli):
    case = duty_station["other"]
    out = tmp_path / "x.pdf"
    result = run_cli("--db", station_url, "print", "notice", case, "-o", str(out))
    assert result.code == 1
    assert result.err == f"Case {case} has no family-search notice to print.\n"
    assert not out.exists() and audited(station_url, "print.notice") == []


@pytest.mark.parametrize("argv", [
    ("print", "roster", "--week", "2026-11-31"),
    ("print", "roster", "--week", "25.11.2026"),
    ("print", "shift"),
    ("print", "notice"),
])
def test_bad_duty_print_arguments_are_usage_errors(station_url, tmp_path, run_cli, argv):
    """GIVEN a bad week, or shift or notice without a key WHEN print runs THEN exit 2, one
    line."""
    result = run_cli("--db", station_url, *argv, "-o", str(tmp_path / "x.pdf"))
    assert result.code == 2 and len(result.err_lines) == 1
