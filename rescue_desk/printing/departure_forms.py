"""Departure forms (离站, DOMAIN.md step 10): the self-departure declaration, the travel voucher
with its cash receipt, the collection and escort handover slips, the termination notice, the
departure record of the other types, and the stay-and-departure register.

Each form is built from the departure service's ``DepartureRecord`` and carries the QR code
``RD:STAY:<case number>``. The person's ID number is always masked, whatever the record holds;
only the collection slip prints a full number, the collector's, because the form requires it.
The printed wording of the departure types lives here (paper is Chinese whatever the desk's
language).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from rescue_desk.domain import idnumber
from rescue_desk.domain.departure import DepartureType
from rescue_desk.domain.money import capitals, figures
from rescue_desk.printing.intake_forms import LEGAL_BASIS, SEX_TEXT
from rescue_desk.printing.page import (
    COPY_ARCHIVE,
    GRID_LINE,
    LANDSCAPE,
    LEADER_SIGNATURE,
    OFFICER_SIGNATURE,
    PERSON_SIGNATURE,
    PORTRAIT,
    STAMP,
    Cell,
    FormHeader,
    PrintContext,
    Styles,
    copy_label,
    form_grid,
    grid_table,
    plain_style,
    signature_line,
    styles,
    timestamp,
    write_a4,
)
from rescue_desk.printing.qr import payload
from rescue_desk.services.departures import DepartureRecord, RegisterRow

# -- printed wording (paper is Chinese) ----------------------------------------------------------

#: The departure types as printed (the register's 离站方式 column, the records' titles).
TYPE_TEXT = {
    DepartureType.SELF: "自行离站",
    DepartureType.VOUCHER: "乘车凭证返乡",
    DepartureType.COLLECTED: "亲属/单位接领",
    DepartureType.ESCORTED: "护送返乡",
    DepartureType.HOSPITAL: "送医",
    DepartureType.PLACEMENT: "托养/安置",
    DepartureType.TERMINATED: "终止救助",
    DepartureType.ABSCONDED: "擅自离站",
    DepartureType.DEATH: "死亡",
}
#: Titles of the departure record of the types that have no form of their own.
RECORD_TITLE = {
    DepartureType.HOSPITAL: "离站记录（送医）",
    DepartureType.PLACEMENT: "离站记录（托养/安置）",
    DepartureType.ABSCONDED: "擅自离站记录",
    DepartureType.DEATH: "离站记录（死亡）",
}
#: The mark of an escort out of the station's province.
CROSS_PROVINCE = "跨省护送"
#: Copy labels of the handover slips.
COPY_COLLECTOR = "第一联 接领人留存"
COPY_RECEIVER = "第一联 接收单位留存"

#: Signature fields of the departure forms (label, width of the blank).
PERSON_RECEIPT = (("本人签收（捺印）：", 42 * mm), ("日期：", 30 * mm))
COLLECTOR_SIGNATURE = (("接领人签字（捺印）：", 42 * mm), ("日期：", 30 * mm))
ESCORT_SIGNATURE = (("护送人员：", 50 * mm),)
RECEIVER_SIGNATURE = (("接收人签字：", 36 * mm), ("接收时间：", 40 * mm))
RECEIVING_UNIT = (("接收单位（盖章）：", 60 * mm),)
SERVER_SIGNATURE = (("送达人：", 35 * mm),)
DATE_FIELD = (("日期：", 30 * mm),)

Field = tuple[str, Cell]


# -- building blocks -----------------------------------------------------------------------------


def _text(value: object) -> str | None:
    """A value as printed, or ``None`` for a blank cell to fill in by hand."""
    if value is None or value is False:
        return None
    return str(value).strip() or None


def _yes_no(value: object) -> str:
    return "是" if value else "否"


def _age(record: DepartureRecord) -> str | None:
    return None if record.age is None else f"{record.age} 岁"


def _left_at(record: DepartureRecord) -> dt.datetime | None:
    """When the person left: the completion time, else the planned time."""
    return record.completed_at or record.planned_at


def _date(moment: dt.datetime | None) -> str:
    """A date in words for a notice (``2026年11月28日``), blank to write when unknown."""
    return f"{moment:%Y年%m月%d日}" if moment else "　　年　　月　　日"


def _id_shown(record: DepartureRecord) -> str | None:
    """The person's ID number masked (PIPL), whatever the record holds."""
    return idnumber.mask(record.id_number_shown) or None


def _header(title: str, record: DepartureRecord) -> FormHeader:
    return FormHeader(title, record.case_no, "救助编号", payload("STAY", record.case_no))


def _person(record: DepartureRecord, st: Styles, width: float, *extra: Field) -> Table:
    """The person's grid: name, sex, age, ID (masked), case, arrival, departure, days."""
    left = _left_at(record)
    fields: list[Field] = [
        ("姓名", record.person_name),
        ("救助编号", record.case_no),
        ("性别", SEX_TEXT.get(record.sex, "")),
        ("年龄", _age(record)),
        ("证件号码", _id_shown(record)),
        ("户籍地", _text(record.hukou_place)),
        ("入站时间", timestamp(record.arrived_at)),
        ("离站时间", timestamp(left) if left else None),
        ("在站天数", f"{record.days_in_station} 天"),
        ("离站方式", TYPE_TEXT.get(record.kind, "")),
        *extra,
    ]
    return form_grid(fields, width, st, min_row_height=7 * mm)


def _section(st: Styles, text: str) -> Flowable:
    return st.bold(text)


def _notice_style(st: Styles) -> ParagraphStyle:
    """Running text of a declaration or notice: indented, airy lines."""
    return ParagraphStyle(
        "notice",
        parent=st.body,
        firstLineIndent=2 * st.body.fontSize,
        leading=st.body.fontSize * 1.8,
        spaceAfter=1.5 * mm,
    )


def _belongings(
    record: DepartureRecord, st: Styles, width: float, *, what: str, done: str = "√"
) -> list:
    """The belongings counted back (``what`` names the column of their state, e.g. 领回), the
    missing ones with their note, and how many stay in the station's keeping."""
    rows: list[list[Cell]] = [["序号", "物品", "数量", what, "说明"]]
    n = 0
    for description, quantity, note in record.returned_items:
        n += 1
        rows.append([str(n), description, str(quantity), done, _text(note)])
    for description, quantity, note in record.missing_items:
        n += 1
        rows.append([str(n), description, str(quantity), "缺失", _text(note)])
    spans: list[tuple] = []
    if n == 0:
        spans.append(("SPAN", (0, 1), (-1, 1)))
        rows.append(["无代保管物品" if not record.held_items else "无", None, None, None, None])
    table = grid_table(
        rows,
        [12 * mm, width - 12 * mm - 16 * mm - 20 * mm - 60 * mm, 16 * mm, 20 * mm, 60 * mm],
        st,
        center_cols=(0, 2, 3),
        min_row_height=7 * mm,
        extra_style=spans,
    )
    story: list = [table]
    if record.held_items:
        story.append(
            st.para(
                f"另有 {record.held_items} 件物品仍由本站代为保管，保管期满无人认领的按规定处置。",
                st.small,
            )
        )
    return story


def _recorded(record: DepartureRecord, st: Styles) -> Flowable:
    """Who recorded the departure in the system and when (under the signatures, small)."""
    parts = [f"系统登记：{record.completed_by or record.prepared_by}"]
    left = _left_at(record)
    if left:
        parts.append(f"办理时间：{timestamp(left)}")
    if record.approved_by:
        line = f"例外情形经带班领导 {record.approved_by} 批准"
        if record.approval_reason:
            line += f"（{record.approval_reason}）"
        parts.append(line)
    return st.para("　".join(parts), st.note)


def _stamp(record: DepartureRecord, ctx: PrintContext, st: Styles) -> list:
    """The station's name with its stamp and the date, at the right."""
    return [
        Spacer(1, 6 * mm),
        st.para(f"{ctx.station_name or record.station_name}{STAMP}", st.right),
        Spacer(1, 2 * mm),
        st.para(_date(_left_at(record) or ctx.printed_at), st.right),
    ]


def _officer_lines(record: DepartureRecord, st: Styles) -> list:
    """经办人, with 带班领导 when the leader on duty approved an exception."""
    groups = [OFFICER_SIGNATURE, DATE_FIELD]
    if record.approved_by:
        groups.insert(1, LEADER_SIGNATURE)
    return [signature_line(st, *groups)]


def _form_no(record: DepartureRecord, st: Styles, label: str) -> Flowable:
    return st.para(f"{label}：{record.form_no}" if record.form_no else f"{label}：", st.right)


class _CutLine(Flowable):
    """A dashed line across the page where a stub is cut off, with a small caption."""

    def __init__(self, width: float, font: str, caption: str = "（沿此线剪下）") -> None:
        super().__init__()
        self.width, self.height = width, 6 * mm
        self.font, self.caption = font, caption

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        size = 7.5
        text_w = stringWidth(self.caption, self.font, size) + 4
        mid = self.width / 2
        canv.setLineWidth(GRID_LINE)
        canv.setDash(3, 2)
        y = self.height / 2
        canv.line(0, y, mid - text_w / 2, y)
        canv.line(mid + text_w / 2, y, self.width, y)
        canv.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canv.setFont(self.font, size)
        canv.drawCentredString(mid, y - size * 0.35, self.caption)
        canv.restoreState()


def _mark(st: Styles, text: str) -> Table:
    """A boxed bold mark in larger type (``跨省护送``), so it is seen at a glance."""
    style = ParagraphStyle(
        "mark", parent=st.heading, fontSize=13, leading=17, alignment=1, spaceBefore=0, spaceAfter=0
    )
    width = stringWidth(text, style.fontName, style.fontSize) + 20
    table = Table([[st.bold(text, style)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        plain_style(st)
        + [
            ("BOX", (0, 0), (-1, -1), 1.6, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return table


# -- 自行离站声明书 ------------------------------------------------------------------------------


def self_departure_declaration(record: DepartureRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """自行离站声明书: the person, the declaration that they give up relief of their own will
    and answer for themselves after leaving, the belongings returned, their signature or
    fingerprint and the officer's. Returns the number of pages."""
    st = styles(ctx.fonts())
    width = PORTRAIT.content_width
    body = _notice_style(st)
    station = ctx.station_name or record.station_name
    left = _left_at(record)
    reason = _text(record.details.get("reason"))
    hotline = ctx.station_hotline or record.station_hotline
    story: list = [
        _person(record, st, width, ("离站原因", reason)),
        Spacer(1, 4 * mm),
        _section(st, "声明"),
        st.para(
            f"本人{record.person_name}，于{_date(record.arrived_at)}到{station}求助，"
            f"在站期间得到了食宿等救助。现本人自愿放弃救助，于{_date(left)}自行离站。",
            body,
        ),
        st.para(
            "本人已知悉：离站后本人的一切行为及其后果由本人自行承担；离站后如再遇到生活无着"
            "的困难，仍可以向本站或其他救助管理机构求助"
            + (f"（救助热线 {hotline}）" if hotline else "")
            + "。",
            body,
        ),
        st.para("本人在站期间由本站代为保管的物品已当面清点领回，见下表。", body),
        st.para("特此声明。", body),
        Spacer(1, 2 * mm),
        _section(st, "领回物品"),
        *_belongings(record, st, width, what="领回"),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                signature_line(st, PERSON_SIGNATURE),
                *_officer_lines(record, st),
                _recorded(record, st),
            ]
        ),
    ]
    return write_a4(stream, ctx, _header("自行离站声明书", record), story)


# -- 乘车凭证（返乡凭证） -------------------------------------------------------------------------


def travel_voucher(record: DepartureRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """乘车凭证（返乡凭证）: the journey home (carrier, train or bus, from, to, transfer and the
    rescue station there, ticket, fare, food), the cash receipt when cash was given (figures
    and capitals, reason, the person's signature), a request to the transfer station to help
    the person onward, and the officers and stamp. Returns the number of pages."""
    st = styles(ctx.fonts())
    width = PORTRAIT.content_width
    d = record.details
    fare = d.get("fare") or 0
    transfer = _text(d.get("transfer_station"))
    transfer_station = _text(d.get("transfer_rescue_station"))
    story: list = [
        _form_no(record, st, "凭证编号"),
        Spacer(1, 2 * mm),
        _section(st, "一、受助人员"),
        _person(record, st, width),
        Spacer(1, 3 * mm),
        _section(st, "二、返乡行程"),
        form_grid(
            [
                ("目的地", _text(record.destination)),
                ("交通方式", _text(d.get("carrier"))),
                ("车次/班次", _text(d.get("train_no"))),
                ("出发站", _text(d.get("from_place"))),
                ("到达站", _text(d.get("to_place"))),
                ("中转站", transfer),
                ("中转地救助站", transfer_station),
                ("车票号", _text(d.get("ticket_no"))),
                ("票价", figures(fare) if fare else None),
                ("发放食品", _yes_no(d.get("food_given"))),
                ("备注", _text(record.note)),
            ],
            width,
            st,
            min_row_height=7 * mm,
        ),
    ]
    if record.cash_fen:
        story += [
            Spacer(1, 3 * mm),
            KeepTogether(
                [
                    _section(st, "三、现金发放收据"),
                    form_grid(
                        [
                            ("金额（小写）", figures(record.cash_fen)),
                            ("金额（大写）", capitals(record.cash_fen)),
                            ("发放原因", _text(d.get("cash_reason"))),
                        ],
                        width,
                        st,
                        min_row_height=7 * mm,
                    ),
                    st.para(
                        "现金仅在无法购票等例外情形下发放，每人不超过贰拾元。"
                        "本人已当面收到上述现金，用于返乡途中必需的开支。",
                        st.small,
                    ),
                    signature_line(st, PERSON_RECEIPT),
                ]
            ),
        ]
    to = transfer_station or "沿途各救助管理机构"
    via = f"，途经{transfer}中转" if transfer else ""
    dest = _text(record.destination) or _text(d.get("to_place")) or "原籍"
    hotline = ctx.station_hotline or record.station_hotline
    story += [
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                _section(st, "致" + to + "："),
                st.para(
                    f"受助人员{record.person_name}经本站救助，现持本凭证返回{dest}{via}。"
                    "如其在途中遇到困难，恳请贵站凭本凭证予以协助，帮助其继续返乡。"
                    + (f"如需核实，请致电本站：{hotline}。" if hotline else "")
                    + "谢谢支持！",
                    _notice_style(st),
                ),
                Spacer(1, 2 * mm),
                *_officer_lines(record, st),
                _recorded(record, st),
                *_stamp(record, ctx, st),
            ]
        ),
    ]
    return write_a4(stream, ctx, _header("乘车凭证（返乡凭证）", record), story)


# -- 接领交接单 ----------------------------------------------------------------------------------


def _collection_copy(record: DepartureRecord, ctx: PrintContext, copy: str, st: Styles) -> list:
    width = PORTRAIT.content_width
    d = record.details
    station = ctx.station_name or record.station_name
    story: list = [
        copy_label(st, copy),
        Spacer(1, 1 * mm),
        _section(st, "受助人员"),
        _person(record, st, width, ("去向", _text(record.destination))),
        Spacer(1, 2 * mm),
        _section(st, "接领人"),
        form_grid(
            [
                ("姓名", _text(d.get("collector_name"))),
                ("关系", _text(d.get("collector_relation"))),
                # the form requires the collector's full number (a copy of the card is kept)
                ("身份证号码", _text(d.get("collector_id_number"))),
                ("联系电话", _text(d.get("collector_phone"))),
                ("住址", _text(d.get("collector_address"))),
            ],
            width,
            st,
            min_row_height=7 * mm,
        ),
        Spacer(1, 2 * mm),
        _section(st, "交接物品"),
        *_belongings(record, st, width, what="交接"),
        Spacer(1, 2 * mm),
        st.para(
            f"接领人已出示身份证件，复印件由{station}存档。受助人员及其代保管物品已当面交接"
            "清楚。接领人承诺妥善照料受助人员，防止其再次流浪乞讨。",
            st.small,
        ),
        signature_line(st, COLLECTOR_SIGNATURE),
        signature_line(st, OFFICER_SIGNATURE, DATE_FIELD),
        _recorded(record, st),
    ]
    return story


def collection_slip(record: DepartureRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """接领交接单 (two copies on their own pages: 第一联 for the collector, 第二联 for the
    station's file): the person (ID masked), the collector with the full ID number the form
    requires, relation, phone and address, the belongings handed over, and both signatures.
    Returns the number of pages."""
    st = styles(ctx.fonts())
    story = [
        *_collection_copy(record, ctx, COPY_COLLECTOR, st),
        PageBreak(),
        *_collection_copy(record, ctx, COPY_ARCHIVE, st),
    ]
    return write_a4(stream, ctx, _header("接领交接单", record), story)


# -- 护送交接单 ----------------------------------------------------------------------------------


def _escort_copy(record: DepartureRecord, ctx: PrintContext, copy: str, st: Styles) -> list:
    width = PORTRAIT.content_width
    d = record.details
    left = _left_at(record)
    unit = _text(d.get("receiving_unit"))
    head: list = [copy_label(st, copy)]
    if record.cross_province:
        head = [
            Table(
                [[_mark(st, CROSS_PROVINCE), copy_label(st, copy)]],
                colWidths=[width / 2, width / 2],
                style=plain_style(st)
                + [
                    ("ALIGN", (0, 0), (0, 0), "LEFT"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ],
            )
        ]
        head[0].hAlign = "LEFT"
    story: list = [
        *head,
        Spacer(1, 1 * mm),
        _section(st, "受助人员"),
        _person(record, st, width),
        Spacer(1, 2 * mm),
        _section(st, "护送情况"),
        form_grid(
            [
                ("护送人员", _text(d.get("escort_officers"))),
                ("车辆", _text(d.get("vehicle"))),
                ("出发时间", timestamp(left) if left else None),
                ("跨省护送", "是" if record.cross_province else "否"),
                ("目的地", _text(record.destination)),
                ("护送路线", _text(d.get("route"))),
                ("接收单位", unit),
            ],
            width,
            st,
            min_row_height=7 * mm,
        ),
        Spacer(1, 2 * mm),
        _section(st, "随身物品"),
        *_belongings(record, st, width, what="移交"),
        Spacer(1, 2 * mm),
        st.para(
            f"致{unit or '接收单位'}：现将受助人员{record.person_name}及其随身物品护送至贵处，"
            "请当面清点接收，并在下方签字盖章。",
            st.body,
        ),
        signature_line(st, ESCORT_SIGNATURE, OFFICER_SIGNATURE),
        *([signature_line(st, LEADER_SIGNATURE)] if record.approved_by else []),
        Spacer(1, 2 * mm),
    ]
    received = [
        _section(st, "接收方确认"),
        form_grid(
            [
                ("接收单位", unit),
                ("接收人", _text(d.get("received_by"))),
                ("接收时间", _text(d.get("received_at"))),
            ],
            width,
            st,
            min_row_height=7 * mm,
        ),
        Spacer(1, 2 * mm),
        st.para("已接收上述受助人员及其随身物品。", st.body),
        signature_line(st, RECEIVER_SIGNATURE),
        signature_line(st, RECEIVING_UNIT),
        _recorded(record, st),
    ]
    story.append(KeepTogether(received))
    return story


def escort_slip(record: DepartureRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """护送交接单 (two copies: 第一联 for the receiving station or unit, 第二联 for the file):
    escorting officers, vehicle, route, destination, the receiving station or unit, a
    ``跨省护送`` mark for an escort out of the province, and the receiving side's block
    (unit stamp, signature, time) with who signed for the person and when, once recorded.
    Returns the number of pages."""
    st = styles(ctx.fonts())
    story = [
        *_escort_copy(record, ctx, COPY_RECEIVER, st),
        PageBreak(),
        *_escort_copy(record, ctx, COPY_ARCHIVE, st),
    ]
    title = "护送交接单（跨省）" if record.cross_province else "护送交接单"
    return write_a4(stream, ctx, _header(title, record), story)


# -- 终止救助通知书 ------------------------------------------------------------------------------


def _grounds(text: str) -> str:
    """The grounds as a clause after 因: without a leading 因/由于 and closing punctuation."""
    text = (text or "").strip().rstrip("。；;，,.！!、 ")
    for lead in ("由于", "因为", "因"):
        if text.startswith(lead):
            return text[len(lead) :]
    return text


def termination_notice(record: DepartureRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """终止救助通知书: number, addressed to the person, the grounds, the station's decision,
    the right to ask for help again, the stamp and date, and a stub the person signs
    (本人签收) that the station keeps. Returns the number of pages."""
    st = styles(ctx.fonts(), size=12)
    width = PORTRAIT.content_width
    body = _notice_style(st)
    left = _left_at(record)
    hotline = ctx.station_hotline or record.station_hotline
    grounds = _grounds(str(record.details.get("grounds") or ""))
    ask = (
        f"可拨打本站求助电话 {hotline} 咨询，或向本站的主管民政部门反映。"
        if hotline
        else "可向本站或本站的主管民政部门咨询、反映。"
    )
    notice = [
        _form_no(record, st, "编号"),
        Spacer(1, 4 * mm),
        st.para(f"{record.person_name}：", st.body),
        Spacer(1, 2 * mm),
        st.para(
            f"你于{_date(record.arrived_at)}到本站接受救助（救助编号 {record.case_no}）。"
            f"因{grounds or '＿＿＿＿＿＿＿＿'}，根据{LEGAL_BASIS}的规定，"
            f"本站决定自{_date(left)}起终止对你的救助。",
            body,
        ),
        st.para(
            "请你在工作人员的协助下领回由本站代为保管的物品，办理离站手续。"
            "终止救助后，如你确实遇到生活无着的困难，仍可以再次向本站或其他救助管理机构"
            f"求助。对本决定如有疑问或异议，{ask}",
            body,
        ),
        st.para("特此通知。", body),
        Spacer(1, 4 * mm),
        *_officer_lines(record, st),
        *_stamp(record, ctx, st),
    ]
    small = styles(ctx.fonts())
    station = ctx.station_name or record.station_name
    stub = [
        Spacer(1, 8 * mm),
        _CutLine(width, st.fonts.regular),
        Spacer(1, 3 * mm),
        st.bold("回　执", st.title),
        small.para(
            f"本人{record.person_name}（救助编号 {record.case_no}）已收到{station}"
            f"编号为 {record.form_no or '＿＿＿＿'} 的《终止救助通知书》，知悉其内容。",
            _notice_style(small),
        ),
        signature_line(small, PERSON_RECEIPT),
        signature_line(small, SERVER_SIGNATURE, DATE_FIELD),
        _recorded(record, small),
    ]
    story = [KeepTogether(notice), KeepTogether(stub)]
    return write_a4(stream, ctx, _header("终止救助通知书", record), story)


# -- 离站记录 (送医、托养/安置、擅自离站、死亡) ----------------------------------------------------


def _record_fields(record: DepartureRecord) -> tuple[list[Field], str | None]:
    """The type's own fields and, for some types, a sentence that says what it means."""
    d = record.details
    kind = record.kind
    if kind == DepartureType.HOSPITAL:
        return [
            ("医院", _text(d.get("hospital"))),
            ("科室/病区", _text(d.get("ward"))),
        ], (
            "受助人员送医院救治，在院期间仍为本站受助人员，由本站跟进；出院后回站或按规定办理离站。"
        )
    if kind == DepartureType.PLACEMENT:
        return [
            ("托养/安置机构", _text(d.get("institution"))),
            ("协议编号", _text(d.get("agreement_no"))),
        ], "受助人员按协议转入上述机构托养或安置，本站按协议跟进。"
    if kind == DepartureType.ABSCONDED:
        police = _yes_no(d.get("police_told"))
        return [
            ("最后见到时间", _text(d.get("last_seen_at"))),
            ("已告知公安", police),
            ("告知的公安机关", _text(d.get("police_unit"))),
            ("查找情况", _text(d.get("search_made"))),
        ], (
            f"受助人员{record.person_name}未办理离站手续擅自离开本站，经查找未见其返回。"
            "依照规定，其擅自离站视为自动放弃救助，本站终止对其救助，特此记录。"
            "其由本站代为保管的物品继续保管，保管期满无人认领的按规定处置。"
        )
    if kind == DepartureType.DEATH:
        return [
            ("死亡时间", _text(d.get("died_at"))),
            ("死亡证明编号", _text(d.get("certificate_no"))),
            ("已报告公安", _yes_no(d.get("police_notified"))),
            ("已通知家属", _yes_no(d.get("family_notified"))),
        ], None
    return [(key, _text(value)) for key, value in sorted(d.items())], None


def departure_record(record: DepartureRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """离站记录 of the types without a form of their own: to hospital (hospital, ward),
    placement (institution, agreement number), left without formalities (擅自离站记录: when
    last seen, the search, the police told; a written record that counts as giving up
    relief) and death (time, certificate, police and family notified); signed by the officer
    and the leader on duty. Returns the number of pages."""
    st = styles(ctx.fonts())
    width = PORTRAIT.content_width
    fields, meaning = _record_fields(record)
    if record.kind != DepartureType.DEATH:
        fields.append(("去向", _text(record.destination)))
    fields.append(("备注", _text(record.note)))
    story: list = [
        _section(st, "一、受助人员"),
        _person(record, st, width),
        Spacer(1, 3 * mm),
        _section(st, "二、离站情况"),
        form_grid(fields, width, st, per_row=1, label_width=32 * mm, min_row_height=8 * mm),
    ]
    if meaning:
        story += [Spacer(1, 2 * mm), st.para(meaning, _notice_style(st))]
    story += [
        Spacer(1, 3 * mm),
        _section(st, "三、代保管物品"),
        *_belongings(record, st, width, what="状态", done="已领回"),
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                signature_line(st, OFFICER_SIGNATURE, LEADER_SIGNATURE, DATE_FIELD),
                _recorded(record, st),
            ]
        ),
    ]
    title = RECORD_TITLE.get(record.kind, "离站记录")
    return write_a4(stream, ctx, _header(title, record), story)


# -- 在站服务及离站登记表 --------------------------------------------------------------------------

#: The register's columns and their widths (A4 landscape, 267 mm of content).
REGISTER_COLUMNS = (
    ("序号", 10),
    ("救助编号", 24),
    ("姓名", 24),
    ("性别", 10),
    ("年龄", 10),
    ("入站时间", 28),
    ("离站时间", 28),
    ("在站天数", 16),
    ("离站方式", 24),
    ("去向", 48),
    ("物品", 25),
    ("经办人", 20),
)


def departure_register(
    rows: Sequence[RegisterRow], ctx: PrintContext, stream: BinaryIO, *, title_period: str
) -> int:
    """在站服务及离站登记表 (A4 landscape): one line a departure of the period, the header row
    repeated on every page, the total and the signatures at the end. Returns the number of
    pages."""
    st = styles(ctx.fonts(), size=9.5)
    width = LANDSCAPE.content_width
    scale = width / (sum(w for _, w in REGISTER_COLUMNS) * mm)
    widths = [w * mm * scale for _, w in REGISTER_COLUMNS]
    data: list[list[Cell]] = [[name for name, _ in REGISTER_COLUMNS]]
    for n, row in enumerate(rows, start=1):
        data.append(
            [
                str(n),
                row.case_no,
                row.person_name,
                SEX_TEXT.get(row.sex, ""),
                "" if row.age is None else str(row.age),
                timestamp(row.arrived_at),
                timestamp(row.departed_at),
                str(row.days),
                TYPE_TEXT.get(row.kind, str(row.kind)),
                _text(row.destination),
                _text(row.belongings),
                _text(row.officer),
            ]
        )
    spans: list[tuple] = []
    if not rows:
        data.append(["本期无离站记录"] + [None] * (len(REGISTER_COLUMNS) - 1))
        spans.append(("SPAN", (0, 1), (-1, 1)))
    story: list = [
        st.para(f"统计期间：{title_period}（按离站时间）　　离站合计：{len(rows)} 人", st.body),
        Spacer(1, 2 * mm),
        grid_table(
            data,
            widths,
            st,
            center_cols=(0, 3, 4, 7),
            min_row_height=7 * mm,
            extra_style=spans,
        ),
        Spacer(1, 4 * mm),
        KeepTogether([signature_line(st, (("制表人：", 35 * mm),), LEADER_SIGNATURE, DATE_FIELD)]),
    ]
    header = FormHeader("在站服务及离站登记表", title_period, "期间")
    return write_a4(stream, ctx, header, story, layout=LANDSCAPE)


# -- choosing the form ---------------------------------------------------------------------------

Form = Callable[[DepartureRecord, PrintContext, BinaryIO], int]

#: The form of each departure type (the types without their own form get the departure record).
FORM_FOR: dict[DepartureType, Form] = {
    DepartureType.SELF: self_departure_declaration,
    DepartureType.VOUCHER: travel_voucher,
    DepartureType.COLLECTED: collection_slip,
    DepartureType.ESCORTED: escort_slip,
    DepartureType.TERMINATED: termination_notice,
    DepartureType.HOSPITAL: departure_record,
    DepartureType.PLACEMENT: departure_record,
    DepartureType.ABSCONDED: departure_record,
    DepartureType.DEATH: departure_record,
}


def departure_form(record: DepartureRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """Print the form of the record's departure type; returns the number of pages."""
    return FORM_FOR.get(record.kind, departure_record)(record, ctx, stream)
