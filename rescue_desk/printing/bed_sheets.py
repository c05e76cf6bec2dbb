"""Bed sheets: the presence roll (在站人员名册) — everyone in the station now, by area and bed,
with the headcount of each area, printable in one click for a fire drill or an outage — and
the bed board as an A4 landscape sheet. Neither carries an ID number.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from rescue_desk.domain.beds import AreaKind, BedState
from rescue_desk.printing.intake_forms import SEX_TEXT
from rescue_desk.printing.page import (
    LANDSCAPE,
    LEADER_SIGNATURE,
    PORTRAIT,
    FormHeader,
    PrintContext,
    grid_table,
    plain_style,
    signature_line,
    styles,
    timestamp,
    write_a4,
)
from rescue_desk.services.beds import BedTile, Board

#: Printed names of the bed states and area kinds (paper is Chinese).
STATE_TEXT = {
    BedState.FREE: "空闲", BedState.OCCUPIED: "在住", BedState.HELD: "预留",
    BedState.OUT_OF_SERVICE: "停用", BedState.CLEANING: "清洁中",
}
KIND_TEXT = {
    AreaKind.MEN: "男宿区", AreaKind.WOMEN: "女宿区", AreaKind.BOYS: "男童区",
    AreaKind.GIRLS: "女童区", AreaKind.ELDERLY: "老年/残疾人区", AreaKind.MEDICAL: "医疗观察区",
    AreaKind.MENTAL: "精神观察区", AreaKind.FAMILY: "家庭区", AreaKind.OVERFLOW: "临时加床区",
}
OFF_SITE_TEXT = {"in_hospital": "送医", "in_care": "站外托养"}
#: Tile fills on the sheet: light tints that print well in grey too; the word says the state.
SHEET_FILL = {
    BedState.FREE: "#e3f4f1", BedState.OCCUPIED: "#dde8f4", BedState.HELD: "#fcefd9",
    BedState.OUT_OF_SERVICE: "#e6e9ec", BedState.CLEANING: "#eee6f7",
}
COUNTER = (("清点人：", 30 * mm),)
COUNTED_AT = (("清点时间：", 32 * mm),)

#: A long section starts on a new page only when less than this is left of the current one.
KEEP_MIN = 45 * mm


def _section(parts: list) -> list:
    """A titled table: kept on one page when short; a long one (more than half a page) starts
    where it is and continues on the next page, its header row repeated — a whole-section keep
    would leave a blank page before it."""
    _, height = parts[-1].wrap(PORTRAIT.content_width, PORTRAIT.content_height)
    if height < PORTRAIT.content_height / 2:
        return [KeepTogether(parts)]
    return [CondPageBreak(KEEP_MIN), *parts]


def _area_title(area) -> str:
    """``男宿一区（男宿区）``; the kind is left out when the name already says it."""
    kind = KIND_TEXT.get(area.kind, "")
    short = kind.replace("/", "").rstrip("区")
    return area.name if not kind or short in area.name else f"{area.name}（{kind}）"


ROLL_COLUMNS = (("序号", 10), ("房间-床位", 22), ("救助编号", 25), ("姓名", 30), ("性别", 10),
                ("年龄", 10), ("入站时间", 30), ("标记", 30), ("清点", 13))


def _marks(tile) -> str:
    marks = []
    if tile.minor:
        marks.append("未成年")
    if tile.medical:
        marks.append("医疗观察")
    if getattr(tile, "new", False):
        marks.append("新入站")
    if getattr(tile, "due", False):
        marks.append("将到期")
    if getattr(tile, "breaches", ()):
        marks.append("超规则安排")
    return "、".join(marks)


def presence_roll(board: Board, ctx: PrintContext, stream: BinaryIO) -> int:
    """在站人员名册: per area its people by room and bed with a blank tick column, then those
    waiting for a bed and those counted off site, the headcount, and the signatures."""
    st = styles(ctx.fonts(), size=9.5)
    width = PORTRAIT.content_width
    scale = width / (sum(w for _, w in ROLL_COLUMNS) * mm)
    widths = [w * mm * scale for _, w in ROLL_COLUMNS]
    head = [name for name, _ in ROLL_COLUMNS]
    story: list = [st.para(
        f"清点时点：{timestamp(board.at)}　　在站总人数：{board.in_station} 人"
        f"（在床 {board.count(BedState.OCCUPIED)}，待安排床位 {len(board.waiting)}，"
        f"站外 {len(board.off_site)}）", st.body), Spacer(1, 3 * mm)]
    counts = []
    for area in board.areas:
        people = [b for b in area.beds if b.case_no]
        counts.append(f"{area.name} {len(people)} 人")
        if not people:
            continue
        rows = [head] + [
            [str(n), f"{b.room}-{b.label}", b.case_no, b.person_name, SEX_TEXT.get(b.sex, ""),
             "" if b.age is None else str(b.age), timestamp(b.since) if b.since else "",
             _marks(b), None]
            for n, b in enumerate(people, start=1)]
        story += [
            *_section([
                st.bold(f"{_area_title(area)} — 在站 {len(people)} 人"),
                grid_table(rows, widths, st, center_cols=(0, 4, 5, 8),
                           min_row_height=6.5 * mm)]),
            Spacer(1, 3 * mm),
        ]
    if board.waiting:
        rows = [head] + [
            [str(n), "待安排", w.case_no, w.person_name, SEX_TEXT.get(w.sex, ""),
             "" if w.age is None else str(w.age), timestamp(w.arrived_at), _marks(w), None]
            for n, w in enumerate(board.waiting, start=1)]
        story += [*_section([st.bold(f"待安排床位 — {len(board.waiting)} 人"),
                                grid_table(rows, widths, st, center_cols=(0, 4, 5, 8),
                                           min_row_height=6.5 * mm)]),
                  Spacer(1, 3 * mm)]
    if board.off_site:
        rows = [["序号", "状态", "救助编号", "姓名", "入站时间", "清点"]] + [
            [str(n), OFF_SITE_TEXT.get(o.status, o.status), o.case_no, o.person_name,
             timestamp(o.since), None] for n, o in enumerate(board.off_site, start=1)]
        w = width / 120
        story += [*_section([
            st.bold(f"站外（送医/托养）— {len(board.off_site)} 人"),
            grid_table(rows, [10 * w, 18 * w, 24 * w, 30 * w, 26 * w, 12 * w], st,
                       center_cols=(0, 1, 5), min_row_height=6.5 * mm)]),
            Spacer(1, 3 * mm)]
    if not board.in_station:
        story.append(st.para("本站当前无在站人员。", st.body))
    story += [*_section([
        st.para("各区域人数：" + "；".join(counts) + f"。合计在站 {board.in_station} 人。",
                st.body),
        Spacer(1, 5 * mm),
        signature_line(st, COUNTER, LEADER_SIGNATURE, COUNTED_AT),
    ])]
    header = FormHeader("在站人员名册", board.at.strftime("%Y-%m-%d %H:%M"), "清点时点",
                        qr_payload=f"RD:ROLL:{board.at:%Y%m%d%H%M}")
    return write_a4(stream, ctx, header, story)


#: Board sheet geometry: a row per room, at most this many beds a row, each row this tall.
BEDS_PER_ROW = 16
ROW_HEIGHT = 7 * mm
AREA_COL = 36 * mm
ROOM_COL = 12 * mm
MARK_TEXT = (("minor", "未成年"), ("medical", "医疗"), ("new", "新入站"), ("due", "将到期"))


class _BedBox(Flowable):
    """One bed as a small ruled box: bed label and state word, the occupant (or initials), marks.

    Text that would not fit is shrunk, never clipped."""

    def __init__(self, tile: BedTile, privacy: bool, fonts, width: float, height: float):
        super().__init__()
        self.tile, self.privacy, self.fonts = tile, privacy, fonts
        self.width, self.height = width, height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c, t, f = self.canv, self.tile, self.fonts
        w, h, pad = self.width, self.height, 1.2
        c.saveState()
        c.setFillColor(colors.HexColor(SHEET_FILL[t.state]))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColor(colors.black)
        state = STATE_TEXT[t.state]
        state_size = _fit(state, f.regular, 5.8, w / 2 - pad, 4.5)
        c.setFont(f.regular, state_size)
        c.drawRightString(w - pad, h - 6.2, state)
        label_size = _fit(t.label, f.bold, 6.5, w / 2 - pad, 4.5)
        c.setFont(f.bold, label_size)
        c.drawString(pad, h - 6.4, t.label)
        who = (t.initials if self.privacy else t.person_name) if t.case_no else ""
        if t.state == BedState.HELD and t.held_until:
            who = t.held_until.strftime("至%H:%M")
        elif t.state == BedState.OUT_OF_SERVICE:
            who = t.out_of_service_reason
        if who:
            size = _fit(who, f.regular, 6.8, w - 2 * pad, 4.2)
            c.setFont(f.regular, size)
            c.drawString(pad, h - 13.4, _clip(who, f.regular, size, w - 2 * pad))
        marks = "·".join(text for attr, text in MARK_TEXT if t.case_no and getattr(t, attr))
        if marks:
            size = _fit(marks, f.regular, 4.6, w - 2 * pad, 3.6)
            c.setFillColor(colors.Color(0.25, 0.25, 0.25))
            c.setFont(f.regular, size)
            c.drawString(pad, 1.6, _clip(marks, f.regular, size, w - 2 * pad))
        c.restoreState()


def _fit(text: str, font: str, size: float, width: float, minimum: float) -> float:
    natural = stringWidth(text, font, size)
    return size if natural <= width else max(minimum, size * width / natural)


def _clip(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis when even the smallest size is too wide."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _area_block(area, privacy: bool, st, tile_w: float) -> Table:
    """An area as one ruled table: its name and counts on the left, a row per room."""
    fonts = st.fonts
    name_style = ParagraphStyle("area", parent=st.cell, fontName=fonts.bold, fontSize=7.5,
                                leading=9)
    count_style = ParagraphStyle("count", parent=st.cell, fontSize=6.3, leading=7.5)
    room_style = ParagraphStyle("room", parent=st.cell_center, fontSize=6.5, leading=7.5)
    counts = (f"在住{area.count(BedState.OCCUPIED)}·空闲{area.count(BedState.FREE)}·"
              f"预留{area.count(BedState.HELD)}·停用{area.count(BedState.OUT_OF_SERVICE)}")
    rows: list[list] = []
    style: list[tuple] = plain_style(st) + [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (2, 0), (-1, -1), 0), ("RIGHTPADDING", (2, 0), (-1, -1), 0),
        ("TOPPADDING", (2, 0), (-1, -1), 0), ("BOTTOMPADDING", (2, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (1, -1), 2), ("RIGHTPADDING", (0, 0), (1, -1), 2),
        ("TOPPADDING", (0, 0), (1, -1), 1), ("BOTTOMPADDING", (0, 0), (1, -1), 1),
    ]
    for room in area.rooms:
        beds = list(room.beds) or [None]
        first = len(rows)
        for start in range(0, len(beds), BEDS_PER_ROW):
            chunk = beds[start:start + BEDS_PER_ROW]
            r = len(rows)
            rows.append(["", "" if start else st.para(room.name, room_style)]
                        + [_BedBox(b, privacy, fonts, tile_w, ROW_HEIGHT) if b else ""
                           for b in chunk] + [""] * (BEDS_PER_ROW - len(chunk)))
            if len(chunk) < BEDS_PER_ROW:  # no grid where there are no beds
                style += [("LINEBELOW", (2 + len(chunk), r), (-1, r), 0.5, colors.white),
                          ("LINEAFTER", (2 + len(chunk), r), (-1, r), 0.5, colors.white),
                          ("LINEABOVE", (2 + len(chunk), r), (-1, r), 0.5, colors.white)]
        if len(rows) - 1 > first:
            style.append(("SPAN", (1, first), (1, len(rows) - 1)))
    if not rows:
        rows.append(["", st.para("（无床位）", room_style)] + [""] * BEDS_PER_ROW)
    rows[0][0] = [st.bold(_area_title(area), name_style), st.para(counts, count_style)]
    style.append(("SPAN", (0, 0), (0, len(rows) - 1)))
    # Redraw the outer edge of the bed cells that exist (white lines above may have hidden it).
    table = Table(rows, colWidths=[AREA_COL, ROOM_COL] + [tile_w] * BEDS_PER_ROW,
                  rowHeights=[ROW_HEIGHT] * len(rows), hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _legend(st, fonts) -> Table:
    """The colour key, drawn with the same fills as the tiles."""
    cells, widths, style = [], [], plain_style(st) + [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    small = ParagraphStyle("legend", parent=st.cell, fontSize=7, leading=8.5)
    cells.append(st.bold("图例：", small))
    widths.append(12 * mm)
    for state in (BedState.FREE, BedState.OCCUPIED, BedState.HELD, BedState.CLEANING,
                  BedState.OUT_OF_SERVICE):
        c = len(cells)
        cells += ["", st.para(STATE_TEXT[state], small)]
        widths += [5 * mm, 11 * mm]
        style += [("BACKGROUND", (c, 0), (c, 0), colors.HexColor(SHEET_FILL[state])),
                  ("BOX", (c, 0), (c, 0), 0.5, colors.black)]
    cells.append(st.para("预留格内为释放时间，停用格内为原因。标记：未成年、医疗（医疗观察）、"
                         "新入站（24 小时内）、将到期。", small))
    widths.append(130 * mm)
    table = Table([cells], colWidths=widths, rowHeights=[4.5 * mm], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def board_sheet(board: Board, ctx: PrintContext, stream: BinaryIO, *,
                privacy: bool = False) -> int:
    """床位图 on A4 landscape: a block per area (its name and counts at the left, a row of bed
    boxes per room: bed, state, the occupant's name — initials in privacy mode — and marks),
    then the legend. The large template (190 beds) fits one sheet."""
    st = styles(ctx.fonts(), size=8.5)
    width = LANDSCAPE.content_width
    tile_w = (width - AREA_COL - ROOM_COL) / BEDS_PER_ROW
    story: list = [st.para(
        f"时点：{timestamp(board.at)}　　在住 {board.count(BedState.OCCUPIED)}，"
        f"空闲 {board.count(BedState.FREE)}，预留 {board.count(BedState.HELD)}，"
        f"清洁中 {board.count(BedState.CLEANING)}，停用 {board.count(BedState.OUT_OF_SERVICE)}"
        f"；待安排床位 {len(board.waiting)} 人，站外 {len(board.off_site)} 人"
        + ("　（隐私模式：只印姓名拼音首字母）" if privacy else ""), st.body),
        Spacer(1, 1.5 * mm)]
    for area in board.areas:
        story += [_area_block(area, privacy, st, tile_w), Spacer(1, 1.2 * mm)]
    story += [Spacer(1, 1 * mm), _legend(st, st.fonts)]
    header = FormHeader("床位图", board.at.strftime("%Y-%m-%d %H:%M"), "时点",
                        qr_payload=f"RD:BOARD:{board.at:%Y%m%d%H%M}")
    return write_a4(stream, ctx, header, story, layout=LANDSCAPE)
