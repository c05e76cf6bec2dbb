"""The campaign report from the database, and the exports: XLSX opened with openpyxl, PDF text
extracted, and neither carries a name, an ID number or a case number."""

from __future__ import annotations

import datetime as dt
import io

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from rescue_desk.domain.intake import IdType, Inspection, Source
from rescue_desk.domain.outreach import CallAction, ContactOutcome
from rescue_desk.domain.reports import week_of
from rescue_desk.domain.roles import Role
from rescue_desk.printing import report_forms
from rescue_desk.printing.page import PrintContext
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.intake import Decisions, IntakeService, PersonForm, StayForm
from rescue_desk.services.outreach import CallForm, ContactForm, OutreachService, PatrolForm
from rescue_desk.services.reports import ReportService

NAMES = ("王芳", "李四")
ID_NUMBER = "11010519491231002X"


@pytest.fixture
def winter_week(station_desk, add_officer, admin, clock):
    """A week of the campaign: a hotline call and a patrol each bring someone in."""
    clerk = add_officer("jiedai", {Role.FRONT_DESK})
    duty = add_officer("zhiban", {Role.DUTY_OFFICER}, name="孙强", sex="M")
    accounts = AccountService(station_desk)
    accounts.login(clerk.login, clerk.password)
    intake = IntakeService(station_desk)
    clock.now = dt.datetime(2026, 11, 24, 22, 0)
    wang = intake.register(
        PersonForm(name=NAMES[0], sex="F", id_type=IdType.RESIDENT_ID, id_number=ID_NUMBER,
                   hukou_place="北京市东城区"),
        StayForm(source=Source.HOTLINE, inspection=frozenset({Inspection.DEMENTIA})),
        decisions=Decisions("本人所报", "")).case_no
    clock.now = dt.datetime(2026, 11, 26, 21, 30)
    li = intake.register(PersonForm(name=NAMES[1], sex="M", age=52,
                                    hukou_place="河南省周口市"),
                         StayForm(source=Source.STREET_PATROL)).case_no
    accounts.login(duty.login, duty.password)
    outreach = OutreachService(station_desk)
    call = outreach.record_call(CallForm(
        dt.datetime(2026, 11, 24, 20, 50), "人民桥桥洞", CallAction.TEAM_SENT, team="救助一组",
        arrived_at=dt.datetime(2026, 11, 24, 21, 40), caller="热心市民"))
    outreach.link_call(call, wang)
    outreach.record_patrol(PatrolForm(
        dt.datetime(2026, 11, 26, 20, 0), "救助一组", 3, "救助专用车", "火车站—人民桥",
        ("火车站", "桥洞涵洞"), contacts=(
            ContactForm("男，约50岁", ContactOutcome.CAME_IN, "火车站", li),
            ContactForm("男，约60岁，拒绝入站", ContactOutcome.REFUSED_HELPED, "桥洞涵洞"))))
    coat = next(i.id for i in outreach.stock() if i.name == "棉大衣")
    outreach.receive(coat, 50, source="民政局调拨")
    contact = outreach.patrols(dt.date(2026, 11, 26), dt.date(2026, 11, 26))[0].contacts[1][0]
    outreach.hand_out(coat, 2, contact_id=contact)
    outreach.set_cold_wave(dt.date(2026, 11, 25), True)
    accounts.login(admin.login, admin.password)
    clock.now = dt.datetime(2026, 11, 30, 9, 0)
    return wang, li


def test_the_campaign_week_from_the_database(station_desk, winter_week):
    reports = ReportService(station_desk)
    week = reports.campaign(*week_of(dt.date(2026, 11, 26)))
    f = {row: figure.value for row, figure in week.period.figures.items()}
    assert (f["patrols"], f["staff_trips"], f["vehicle_trips"], f["places"]) == (1, 3, 1, 2)
    assert (f["people_found"], f["brought_in"], f["helped_outside"]) == (2, 2, 1)
    assert (f["calls"], f["calls_late"], f["cold_days"]) == (1, 1, 1)  # 50 minutes > 30
    assert {k: v.value for k, v in week.period.supplies.items()} == {"棉大衣": 2}
    cases = reports.case_numbers(week.period.figures["brought_in"].stays)
    assert sorted(cases[i] for i in week.period.figures["brought_in"].stays) == sorted(
        winter_week)
    assert week.campaign_first == dt.date(2026, 11, 15)
    assert week.to_date.first == dt.date(2026, 11, 15)
    month = reports.monthly(2026, 11)
    assert month.by_health["dementia"].value == 1
    assert month.by_relief["other_relief"].value == 0  # the coats went to a patrol contact


def _texts_of_workbook(data: bytes) -> list[str]:
    wb = load_workbook(io.BytesIO(data))
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None]


def _pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def _secrets(station_desk, cases) -> list[str]:
    return [*NAMES, ID_NUMBER, ID_NUMBER[:6] + "********", *cases]


def test_exports_carry_figures_and_no_names_or_numbers(station_desk, winter_week):
    reports = ReportService(station_desk)
    header = reports.header()
    ctx = PrintContext(header.unit, "", header.preparer, header.made_at, header.is_demo)
    monthly, days = reports.monthly(2026, 11), reports.occupancy(2026, 11)
    week = reports.campaign(*week_of(dt.date(2026, 11, 26)))
    files = {}
    for name, write in {
        "monthly.xlsx": lambda s: report_forms.monthly_xlsx(monthly, days, header, s),
        "monthly.pdf": lambda s: report_forms.monthly_pdf(monthly, days, header, ctx, s),
        "campaign.xlsx": lambda s: report_forms.campaign_xlsx(week.period, week.to_date,
                                                              header, s, weekly=True),
        "campaign.pdf": lambda s: report_forms.campaign_pdf(week.period, week.to_date, header,
                                                            ctx, s, weekly=True),
        "occupancy.xlsx": lambda s: report_forms.occupancy_xlsx(days, header,
                                                                dt.date(2026, 11, 1), s),
    }.items():
        stream = io.BytesIO()
        write(stream)
        files[name] = stream.getvalue()
    texts = {name: "\n".join(_texts_of_workbook(data)) if name.endswith(".xlsx")
             else _pdf_text(data) for name, data in files.items()}
    for name, text in texts.items():
        for secret in _secrets(station_desk, winter_week):
            assert secret not in text, (name, secret)
        assert header.unit in text and header.preparer in text, name
    # the monthly workbook: the form's rows with their figures
    wb = load_workbook(io.BytesIO(files["monthly.xlsx"]))
    rows = {r[1]: r[2] for r in wb["月报表"].iter_rows(values_only=True) if r[1]}
    assert rows["救助人次"] == 2 and rows["救助人数"] == 2
    assert rows["痴呆或智力障碍"] == 1 and rows["月末仍在站"] == 2
    assert rows["本省"] == 1 and rows["外省"] == 1
    days_sheet = list(wb["每日在站"].iter_rows(values_only=True))
    assert ("2026-11-27", 2, 0, 0, 2) in [r[:5] for r in days_sheet]
    # the campaign workbook: this week and the campaign so far
    wb = load_workbook(io.BytesIO(files["campaign.xlsx"]))
    campaign = {r[0]: r[1:3] for r in wb.active.iter_rows(values_only=True) if r[0]}
    assert campaign["街面巡查（次）"] == (1, 1) and campaign["劝导入站（人次）"] == (2, 2)
    assert campaign["发放棉大衣"] == (2, 2)
    # the PDFs: titles and figures as text
    assert "流浪乞讨人员救助情况月报表" in texts["monthly.pdf"]
    assert "每日在站人数统计表" in texts["monthly.pdf"]
    assert "专项救助行动周报表" in texts["campaign.pdf"]
    assert "填表人" in texts["campaign.pdf"]
