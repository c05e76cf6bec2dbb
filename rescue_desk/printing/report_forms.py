"""The station's reports as PDF and XLSX: the monthly report (流浪乞讨人员救助情况月报表) with
its daily occupancy sheet and charts, and the winter campaign report (weekly or monthly).

Statistics leave the station: an export carries figures only — no names, no ID numbers, no
case numbers. Every export has the reporting unit, the preparer and the date. The printed
wording lives here (paper is Chinese whatever the desk's language).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from rescue_desk.domain import reports as rules
from rescue_desk.domain.reports import (
    CampaignReport,
    MonthlyReport,
    OccupancyDay,
    campaign_lines,
    month_bounds,
    monthly_lines,
    week_of,
)
from rescue_desk.printing.charts import bar_chart, line_chart
from rescue_desk.printing.intake_forms import SOURCE_TEXT
from rescue_desk.printing.page import (
    DEMO_MARK,
    LANDSCAPE,
    PORTRAIT,
    Cell,
    FormHeader,
    PrintContext,
    grid_table,
    signature_line,
    styles,
    timestamp,
    write_a4,
)
from rescue_desk.services.reports import ReportHeader, ReportService

MONTHLY_TITLE = "流浪乞讨人员救助情况月报表"
OCCUPANCY_TITLE = "每日在站人数统计表"

#: Section names of the monthly form.
SECTION_TEXT = {
    "total": "总计", "sex": "性别", "age": "年龄", "health": "健康状况", "origin": "户籍地",
    "departure": "离站去向", "relief": "救助类别", "special": "特殊群体",
}
#: Row names of the monthly form.
ROW_TEXT = {
    ("total", "visits"): "救助人次", ("total", "people"): "救助人数",
    ("sex", "M"): "男", ("sex", "F"): "女", ("sex", "unknown"): "不详",
    ("age", "≤6"): "6岁及以下", ("age", "7–18"): "7至18岁", ("age", "19–59"): "19至59岁",
    ("age", "≥60"): "60岁及以上", ("age", "unknown"): "不详",
    ("health", "healthy"): "健康", ("health", "critical"): "危重病人",
    ("health", "mental"): "精神障碍", ("health", "dementia"): "痴呆或智力障碍",
    ("health", "disability"): "肢体残疾", ("health", "ill"): "其他疾病或受伤",
    ("origin", "this"): "本省", ("origin", "other"): "外省", ("origin", "unknown"): "不详",
    ("departure", "placed"): "安置", ("departure", "voucher"): "乘车凭证返乡",
    ("departure", "went_home"): "自行离站", ("departure", "collected"): "亲属接领",
    ("departure", "collected_cross_province"): "其中：跨省接领",
    ("departure", "escorted"): "护送返乡",
    ("departure", "escorted_cross_province"): "其中：跨省护送",
    ("departure", "ended"): "终止救助", ("departure", "absconded"): "自行离开未办手续",
    ("departure", "death"): "死亡", ("departure", "other"): "其他",
    ("departure", "still_in_station"): "月末仍在站",
    ("relief", "living"): "生活救助", ("relief", "medical"): "医疗救助",
    ("relief", "return_home"): "返乡救助", ("relief", "placement"): "临时安置",
    ("relief", "other_relief"): "其他救助（发放物资）",
    ("special", "trafficking"): "被拐卖受害人", ("special", "domestic_violence"): "家庭暴力受害人",
    ("special", "left_behind"): "留守儿童", ("special", "hk_macao_taiwan"): "港澳台居民",
    ("special", "foreigners"): "外国人", ("special", "minors"): "未成年人",
}
#: Rows of the campaign report.
CAMPAIGN_TEXT = {
    "patrols": "街面巡查（次）", "staff_trips": "出动人员（人次）",
    "vehicle_trips": "出动车辆（车次）", "places": "巡查重点点位（处）",
    "cold_days": "寒潮天数（天）", "people_found": "发现流浪乞讨人员（人次）",
    "brought_in": "劝导入站（人次）", "helped_outside": "拒绝入站、现场发放物资（人次）",
    "referred": "转介其他部门（人次）", "calls": "受理求助热线（次）",
    "calls_late": "其中：超时到达（次）", "admitted": "站内救助（人次）",
    "escorted_home": "护送返乡（人次）", "families_found": "寻亲成功（人）",
}

def _unit(header: ReportHeader) -> str:
    return header.unit + (f"（{DEMO_MARK}）" if header.is_demo else "")


def period_text(first: dt.date, last: dt.date) -> str:
    return f"{first:%Y年%m月%d日}至{last:%Y年%m月%d日}"


def monthly_rows(report: MonthlyReport) -> list[tuple[str, str, str]]:
    """(section, row, value) in the form's order, as printed."""
    out = []
    for section, row, figure in monthly_lines(report):
        out.append((SECTION_TEXT[section], ROW_TEXT[(section, row)], str(figure.value)))
        if (section, row) == ("total", "people"):
            days = "—" if report.average_days is None else f"{report.average_days:.1f}"
            out.append((SECTION_TEXT[section], "平均在站天数（离站者）", days))
    return out


def campaign_rows(period: CampaignReport, to_date: CampaignReport) -> list[tuple[str, str, str]]:
    """(row, this period, campaign so far) as printed; supplies by item."""
    out = []
    for row, this, so_far in campaign_lines(period, to_date):
        name = (f"发放{row.split(':', 1)[1]}" if row.startswith("supply:")
                else CAMPAIGN_TEXT[row])
        out.append((name, str(this.value), str(so_far.value)))
    return out


def occupancy_rows(days: Sequence[OccupancyDay], beds: int) -> list[tuple]:
    """(date, at 00:00, arrivals, departures, at 24:00, beds, use %) per day."""
    return [(d.day.isoformat(), d.at_start, d.arrivals.value, d.departures.value,
             d.at_end.value, beds, _percent(d.at_end.value, beds)) for d in days]


def _percent(value: int, beds: int) -> str:
    return f"{value * 100 / beds:.0f}%" if beds else "—"


def arrivals_by_source(report: MonthlyReport) -> list[tuple[str, int]]:
    return [(SOURCE_TEXT.get(key, "不详"), figure.value)
            for key, figure in rules.arrivals_by_source(report)]


def departures_by_type(report: MonthlyReport) -> list[tuple[str, int]]:
    return [(ROW_TEXT[("departure", key)], figure.value)
            for key, figure in rules.departures_by_type(report)]


# -- PDF -----------------------------------------------------------------------------------------


def _top_line(st, header: ReportHeader, first: dt.date, last: dt.date):
    return st.para(f"填报单位：{_unit(header)}　　统计期间：{period_text(first, last)}", st.body)


def _foot(st, header: ReportHeader):
    """The signatures: the head of the unit signs by hand; preparer and date are filled in."""
    return KeepTogether([
        signature_line(st, (("单位负责人（签字）：", 40 * mm),)),
        st.para(f"填表人：{header.preparer}　　填报日期：{header.made_at:%Y年%m月%d日}", st.body),
    ])


def _side_by_side(left, right, width: float) -> Table:
    table = Table([[left, right]], colWidths=[width / 2, width / 2], hAlign="LEFT")
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 3 * mm), ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    table.setStyle(TableStyle(commands))
    return table


def _section_table(rows: list[tuple[str, str, str]], width: float, st) -> Table:
    data: list[list[Cell]] = [["类别", "项目", "人次"]]
    spans: list[tuple] = []
    start = 1
    for i, (section, name, value) in enumerate(rows, start=1):
        data.append([section if i == start else None, name, value])
        last = i == len(rows) or rows[i][0] != section
        if last:
            if i > start:
                spans.append(("SPAN", (0, start), (0, i)))
            start = i + 1
    widths = [width * 0.22, width * 0.56, width * 0.22]
    return grid_table(data, widths, st, center_cols=(0, 2), min_row_height=5.6 * mm,
                      extra_style=spans)


def monthly_pdf(report: MonthlyReport, days: Sequence[OccupancyDay], header: ReportHeader,
                ctx: PrintContext, stream: BinaryIO) -> int:
    """The monthly report: the form (page 1), the charts, and the daily occupancy sheet."""
    fonts = ctx.fonts()
    st = styles(fonts, size=9.5)
    width = PORTRAIT.content_width
    rows = monthly_rows(report)
    split = next(i for i, r in enumerate(rows) if r[0] == SECTION_TEXT["departure"])
    half = width / 2 - 3 * mm
    story: list = [
        _top_line(st, header, report.first, report.last),
        Spacer(1, 2 * mm),
        _side_by_side(_section_table(rows[:split], half, st),
                      _section_table(rows[split:], half, st), width),
        Spacer(1, 2 * mm),
        st.para("说明：人次按本月在站接受救助的救助记录计（本月到站或上月延续），人数为其中"
                "不同受助人员数；离站按离站手续完成的月份计；救助类别可兼计。", st.note),
        Spacer(1, 3 * mm),
        _foot(st, header),
        PageBreak(),
        st.bold("本月图表"),
        line_chart("每日24时在站人数", [(d.day.strftime("%m-%d"), d.at_end.value) for d in days],
                   font=fonts.regular, width=width, height=62 * mm,
                   reference=float(header.beds) if header.beds else None,
                   reference_label=f"床位数 {header.beds}"),
        Spacer(1, 4 * mm),
        bar_chart("本月到站人次（按来源）", arrivals_by_source(report), font=fonts.regular,
                  width=width),
        Spacer(1, 4 * mm),
        bar_chart("本月离站人次（按去向）", departures_by_type(report), font=fonts.regular,
                  width=width),
        PageBreak(),
        *_occupancy_story(days, header, st, width),
    ]
    title = MONTHLY_TITLE
    return write_a4(stream, ctx, FormHeader(title, f"{report.first:%Y年%m月}", "报表月份"),
                    story)


def _occupancy_story(days: Sequence[OccupancyDay], header: ReportHeader, st,
                     width: float) -> list:
    data: list[list[Cell]] = [["日期", "0时在站", "当日入站", "当日离站", "24时在站",
                               "床位数", "床位使用率"]]
    for row in occupancy_rows(days, header.beds):
        data.append([str(v) for v in row])
    if not days:
        data.append(["本月尚无数据"] + [None] * 6)
    widths = [width * 0.2] + [width * 0.8 / 6] * 6
    return [st.bold(OCCUPANCY_TITLE), Spacer(1, 1 * mm),
            grid_table(data, widths, st, center_cols=range(7), min_row_height=5.4 * mm),
            Spacer(1, 2 * mm),
            st.para("说明：在站人数为已予救助、尚未离站的人员（含送医、站外托养）；"
                    "床位数为目前在用床位。", st.note),
            Spacer(1, 2 * mm), _foot(st, header)]


def occupancy_pdf(days: Sequence[OccupancyDay], header: ReportHeader, month: dt.date,
                  ctx: PrintContext, stream: BinaryIO) -> int:
    fonts = ctx.fonts()
    st = styles(fonts, size=9.5)
    width = PORTRAIT.content_width
    story = [_top_line(st, header, month, days[-1].day if days else month), Spacer(1, 2 * mm),
             line_chart("每日24时在站人数", [(d.day.strftime("%m-%d"), d.at_end.value)
                                         for d in days], font=fonts.regular, width=width,
                        height=55 * mm, reference=float(header.beds) if header.beds else None,
                        reference_label=f"床位数 {header.beds}"),
             Spacer(1, 3 * mm), *_occupancy_story(days, header, st, width)]
    return write_a4(stream, ctx, FormHeader(OCCUPANCY_TITLE, f"{month:%Y年%m月}", "报表月份"),
                    story)


def campaign_title(weekly: bool) -> str:
    return "“寒冬送温暖”专项救助行动" + ("周报表" if weekly else "月报表")


def campaign_pdf(period: CampaignReport, to_date: CampaignReport, header: ReportHeader,
                 ctx: PrintContext, stream: BinaryIO, *, weekly: bool) -> int:
    fonts = ctx.fonts()
    st = styles(fonts, size=10)
    width = LANDSCAPE.content_width
    rows = campaign_rows(period, to_date)
    data: list[list[Cell]] = [["项目", "本期", "行动开始以来累计"]]
    data += [list(r) for r in rows]
    supplies = [(name[2:], int(this)) for name, this, _ in rows if name.startswith("发放")]
    left = width * 0.58 if supplies else width
    table = grid_table(data, [left * 0.56, left * 0.18, left * 0.26], st,
                       center_cols=(1, 2), min_row_height=5.8 * mm)
    body = table
    if supplies:
        chart = bar_chart("本期发放物资", supplies, font=fonts.regular,
                          width=width - left - 6 * mm)
        body = Table([[table, chart]], colWidths=[left + 6 * mm, width - left - 6 * mm],
                     hAlign="LEFT")
        body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story: list = [
        _top_line(st, header, period.first, period.last),
        st.para(f"累计期间：{period_text(to_date.first, to_date.last)}", st.body),
        Spacer(1, 2 * mm), body, Spacer(1, 3 * mm), _foot(st, header),
    ]
    key = (f"{period.first:%m月%d日}—{period.last:%m月%d日}" if weekly
           else f"{period.first:%Y年%m月}")
    return write_a4(stream, ctx, FormHeader(campaign_title(weekly), key, "报表期间"), story,
                    layout=LANDSCAPE)


# -- XLSX ----------------------------------------------------------------------------------------


def _sheet_head(ws, title: str, header: ReportHeader, period: str, columns: int) -> int:
    from openpyxl.styles import Alignment, Font

    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([f"填报单位：{_unit(header)}"])
    ws.append([f"统计期间：{period}"])
    ws.append([])
    return ws.max_row


def _sheet_table(ws, head: Sequence[str], rows: Sequence[Sequence], widths: Sequence[int]):
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    ws.append(list(head))
    first = ws.max_row
    for cell in ws[first]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_number(v) for v in row])
    for r in ws.iter_rows(min_row=first, max_row=ws.max_row, max_col=len(head)):
        for cell in r:
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            cell.alignment = Alignment(horizontal="center" if cell.column > 1 or r[0].row == first
                                       else "left", vertical="center")
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _number(value):
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            try:
                return float(value)
            except ValueError:
                return value
    return value


def _sheet_foot(ws, header: ReportHeader) -> None:
    ws.append([])
    ws.append([f"填表人：{header.preparer}", None, f"填报日期：{header.made_at:%Y年%m月%d日}"])
    ws.append([f"导出时间：{timestamp(header.made_at)}"])


def monthly_xlsx(report: MonthlyReport, days: Sequence[OccupancyDay], header: ReportHeader,
                 stream: BinaryIO) -> None:
    """The monthly report workbook: the form, the daily occupancy sheet, the chart data."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "月报表"
    period = period_text(report.first, report.last)
    _sheet_head(ws, MONTHLY_TITLE, header, period, 3)
    _sheet_table(ws, ("类别", "项目", "人次"), monthly_rows(report), (14, 30, 12))
    _sheet_foot(ws, header)
    _occupancy_sheet(wb.create_sheet("每日在站"), days, header, period)
    charts = wb.create_sheet("来源与去向")
    _sheet_head(charts, "到站来源与离站去向", header, period, 2)
    _sheet_table(charts, ("到站来源", "人次"), arrivals_by_source(report), (24, 12))
    charts.append([])
    _sheet_table(charts, ("离站去向", "人次"), departures_by_type(report), (24, 12))
    _sheet_foot(charts, header)
    wb.properties.creator = header.unit
    wb.save(stream)


def _occupancy_sheet(ws, days: Sequence[OccupancyDay], header: ReportHeader,
                     period: str) -> None:
    _sheet_head(ws, OCCUPANCY_TITLE, header, period, 7)
    _sheet_table(ws, ("日期", "0时在站", "当日入站", "当日离站", "24时在站", "床位数",
                      "床位使用率"), occupancy_rows(days, header.beds), (12, 10, 10, 10, 10, 10,
                                                                      12))
    _sheet_foot(ws, header)


def occupancy_xlsx(days: Sequence[OccupancyDay], header: ReportHeader, month: dt.date,
                   stream: BinaryIO) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "每日在站"
    _occupancy_sheet(ws, days, header, f"{month:%Y年%m月}")
    wb.properties.creator = header.unit
    wb.save(stream)


def campaign_xlsx(period: CampaignReport, to_date: CampaignReport, header: ReportHeader,
                  stream: BinaryIO, *, weekly: bool) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "周报表" if weekly else "月报表"
    _sheet_head(ws, campaign_title(weekly), header, period_text(period.first, period.last), 3)
    ws.append([f"累计期间：{period_text(to_date.first, to_date.last)}"])
    _sheet_table(ws, ("项目", "本期", "行动开始以来累计"), campaign_rows(period, to_date),
                 (36, 12, 20))
    _sheet_foot(ws, header)
    wb.properties.creator = header.unit
    wb.save(stream)



# -- one export, for the command line and the reports page ---------------------------------------


@dataclasses.dataclass(frozen=True)
class Export:
    data: bytes
    name: str  #: suggested file name, e.g. 流浪乞讨人员救助情况月报表-2026-11.xlsx
    report: str  #: monthly, occupancy or campaign
    period: str  #: for the audit trail: 2026-11 or 2026-11-23..2026-11-29


def export(service: ReportService, ctx: PrintContext, report: str, kind: str, *,
           month: tuple[int, int], week: dt.date | None = None) -> Export:
    """``report`` of ``month`` (the campaign report of the week of ``week`` when given) as
    ``kind`` (pdf or xlsx). Raises DeskError (no permission, no CJK font for the PDF)."""
    header = service.header()
    stream = io.BytesIO()
    pdf = kind == "pdf"
    if report == "campaign":
        weekly = week is not None
        first, last = week_of(week) if week is not None else month_bounds(*month)
        reports = service.campaign(first, last)
        if pdf:
            campaign_pdf(reports.period, reports.to_date, header, ctx, stream, weekly=weekly)
        else:
            campaign_xlsx(reports.period, reports.to_date, header, stream, weekly=weekly)
        return Export(stream.getvalue(),
                      f"{campaign_title(weekly)}-{first:%Y%m%d}-{last:%Y%m%d}.{kind}", report,
                      f"{first.isoformat()}..{last.isoformat()}")
    year, number = month
    period = f"{year:04d}-{number:02d}"
    days = service.occupancy(year, number)
    if report == "occupancy":
        first_day = dt.date(year, number, 1)
        if pdf:
            occupancy_pdf(days, header, first_day, ctx, stream)
        else:
            occupancy_xlsx(days, header, first_day, stream)
        return Export(stream.getvalue(), f"{OCCUPANCY_TITLE}-{period}.{kind}", report, period)
    monthly = service.monthly(year, number)
    if pdf:
        monthly_pdf(monthly, days, header, ctx, stream)
    else:
        monthly_xlsx(monthly, days, header, stream)
    return Export(stream.getvalue(), f"{MONTHLY_TITLE}-{period}.{kind}", report, period)
