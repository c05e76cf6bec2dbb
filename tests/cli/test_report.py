"""``rescue-desk report``: the monthly report, the occupancy sheet and the campaign report as
XLSX or PDF, chosen by the file's ending; each export audited."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook
from pypdf import PdfReader

from rescue_desk.domain.intake import Source
from rescue_desk.domain.outreach import ContactOutcome
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.services.maintenance import open_database
from rescue_desk.services.outreach import ContactForm, OutreachService, PatrolForm
from tests.conftest import ADMIN, Clock
from tests.databases import query


def _station_with_a_patrol(station_url) -> str:
    clock = Clock(dt.datetime(2026, 11, 25, 21, 0))
    desk = Desk(open_database(station_url), clock=clock)
    try:
        accounts = AccountService(desk)
        accounts.login(ADMIN.login, ADMIN.password)
        accounts.create_user(NewUser("zhiban", "孙强", "M", "Officer-pass-1", frozenset(
            {Role.DUTY_OFFICER, Role.FRONT_DESK}), "13900000001"))
        accounts.login("zhiban", "Officer-pass-1")
        case = IntakeService(desk).register(
            PersonForm(name="赵六", sex="M", age=45), StayForm(source=Source.STREET_PATROL)
        ).case_no
        OutreachService(desk).record_patrol(PatrolForm(
            dt.datetime(2026, 11, 25, 20, 0), "救助一组", 2, "救助专用车",
            places=("火车站",), contacts=(ContactForm("男", ContactOutcome.CAME_IN, "火车站",
                                                      case),)))
    finally:
        desk.db.dispose()
    return case


def audited(db) -> list[str]:
    return [r[0] for r in query(
        db, "select entity_id from audit_event where action = 'report.export' order by id")]


def test_monthly_xlsx_and_campaign_pdf(station_url, tmp_path, run_cli):
    case = _station_with_a_patrol(station_url)
    xlsx = tmp_path / "月报.xlsx"
    result = run_cli("--db", station_url, "report", "monthly", "--month", "2026-11",
                     "-o", str(xlsx))
    assert result.code == 0, result.err
    wb = load_workbook(xlsx)
    values = {r[1]: r[2] for r in wb["月报表"].iter_rows(values_only=True) if r[1]}
    assert values["救助人次"] == 1 and values["月末仍在站"] == 1
    cells = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not any("赵六" in c or case in c for c in cells)
    pdf = tmp_path / "周报.pdf"
    result = run_cli("--db", station_url, "report", "campaign", "--week", "2026-11-25",
                     "-o", str(pdf))
    assert result.code == 0, result.err
    text = "".join("".join(p.extract_text().split())
                   for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "专项救助行动周报表" in text and "2026年11月23日至2026年11月29日" in text
    assert "赵六" not in text and case not in text
    assert audited(station_url) == ["monthly:2026-11", "campaign:2026-11-23..2026-11-29"]


def test_a_wrong_file_ending_is_one_sentence(station_url, tmp_path, run_cli):
    result = run_cli("--db", station_url, "report", "monthly", "-o",
                     str(tmp_path / "report.doc"))
    assert result.code == 1 and ".xlsx" in result.err and len(result.err_lines) == 1
    assert not (tmp_path / "report.doc").exists()
    result = run_cli("--db", station_url, "report", "monthly", "--week", "2026-11-25",
                     "-o", str(tmp_path / "r.pdf"))
    assert result.code == 1 and "--week" in result.err
