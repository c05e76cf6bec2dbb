"""Bed sheets: the presence roll (在站人员名册) — everyone in the station now, by area and bed,
with the headcount of each area, printable in one click for a fire drill or an outage — and
the bed board as an A4 landscape sheet. Neither carries an ID number.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from rescue_desk.domain.beds import AreaKind, BedState
from rescue_desk.printing.intake_forms import SEX_TEXT
from rescue_desk.printing.page import (
    LANDSCAPE,
    LEADER_SIGNATURE,
    PORTRAIT,
    FormHeader,
    PrintContext,
    grid_table,
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
            KeepTogether([
                st.bold(f"{area.name}（{KIND_TEXT.get(area.kind, '')}）— 在站 {len(people)} 人"),
                grid_table(rows, widths, st, center_cols=(0, 4, 5, 8),
                           min_row_height=6.5 * mm)]),
            Spacer(1, 3 * mm),
        ]
    if board.waiting:
        rows = [head] + [
            [str(n), "待安排", w.case_no, w.person_name, SEX_TEXT.get(w.sex, ""),
             "" if w.age is None else str(w.age), timestamp(w.arrived_at), _marks(w), None]
            for n, w in enumerate(board.waiting, start=1)]
        story += [KeepTogether([st.bold(f"待安排床位 — {len(board.waiting)} 人"),
                                grid_table(rows, widths, st, center_cols=(0, 4, 5, 8),
                                           min_row_height=6.5 * mm)]), Spacer(1, 3 * mm)]
    if board.off_site:
        rows = [["序号", "状态", "救助编号", "姓名", "入站时间", "清点"]] + [
            [str(n), OFF_SITE_TEXT.get(o.status, o.status), o.case_no, o.person_name,
             timestamp(o.since), None] for n, o in enumerate(board.off_site, start=1)]
        w = width / 120
        story += [KeepTogether([
            st.bold(f"站外（送医/托养）— {len(board.off_site)} 人"),
            grid_table(rows, [10 * w, 18 * w, 24 * w, 30 * w, 26 * w, 12 * w], st,
                       center_cols=(0, 1, 5), min_row_height=6.5 * mm)]), Spacer(1, 3 * mm)]
    if not board.in_station:
        story.append(st.para("本站当前无在站人员。", st.body))
    story += [KeepTogether([
        st.para("各区域人数：" + "；".join(counts) + f"。合计在站 {board.in_station} 人。",
                st.body),
        Spacer(1, 5 * mm),
        signature_line(st, COUNTER, LEADER_SIGNATURE, COUNTED_AT),
    ])]
    header = FormHeader("在站人员名册", board.at.strftime("%Y-%m-%d %H:%M"), "清点时点",
                        qr_payload=f"RD:ROLL:{board.at:%Y%m%d%H%M}")
    return write_a4(stream, ctx, header, story)


def _tile(tile: BedTile, privacy: bool, st) -> list:
    who = (tile.initials if privacy else tile.person_name) if tile.case_no else ""
    state = STATE_TEXT[tile.state]
    if tile.state == BedState.HELD and tile.held_until:
        state += tile.held_until.strftime(" 至%H:%M")
    cell = [st.bold(f"{tile.room}-{tile.label}  {state}", st.cell)]
    if who:
        cell.append(st.para(who, st.cell))
    marks = _marks(tile) if tile.case_no else ""
    if marks:
        cell.append(st.para(marks, st.small))
    return cell


def board_sheet(board: Board, ctx: PrintContext, stream: BinaryIO, *,
                privacy: bool = False) -> int:
    """床位图 on A4 landscape: per area a header with its counts and its beds as ruled tiles
    (room-bed, state, the occupant's name — initials in privacy mode — and marks)."""
    st = styles(ctx.fonts(), size=8.5)
    width = LANDSCAPE.content_width
    per_row = 10
    tile_w = width / per_row
    story: list = [st.para(
        f"时点：{timestamp(board.at)}　　在住 {board.count(BedState.OCCUPIED)}，"
        f"空闲 {board.count(BedState.FREE)}，预留 {board.count(BedState.HELD)}，"
        f"清洁中 {board.count(BedState.CLEANING)}，停用 {board.count(BedState.OUT_OF_SERVICE)}"
        f"；待安排床位 {len(board.waiting)} 人，站外 {len(board.off_site)} 人"
        + ("　（隐私模式：只印姓名拼音首字母）" if privacy else ""), st.body),
        Spacer(1, 2 * mm)]
    for area in board.areas:
        beds = list(area.beds)
        title = st.bold(
            f"{area.name}（{KIND_TEXT.get(area.kind, '')}）　在住 {area.count(BedState.OCCUPIED)}"
            f" · 空闲 {area.count(BedState.FREE)} · 预留 {area.count(BedState.HELD)}"
            f" · 停用 {area.count(BedState.OUT_OF_SERVICE)}")
        if not beds:
            story += [title, st.para("（无床位）", st.body)]
            continue
        rows, style = [], [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#5b6b78")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for start in range(0, len(beds), per_row):
            chunk = beds[start:start + per_row]
            r = len(rows)
            rows.append([_tile(b, privacy, st) for b in chunk]
                        + [""] * (per_row - len(chunk)))
            style.append(("LEFTPADDING", (0, r), (-1, r), 3))
            for c, b in enumerate(chunk):
                style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(SHEET_FILL[b.state])))
            if len(chunk) < per_row:
                style.append(("LINEAFTER", (len(chunk), r), (-1, r), 0, colors.white))
                style.append(("LINEBELOW", (len(chunk), r), (-1, r), 0, colors.white))
                style.append(("LINEABOVE", (len(chunk), r), (-1, r), 0, colors.white))
        table = Table(rows, colWidths=[tile_w] * per_row, minRowHeights=[12 * mm] * len(rows),
                      hAlign="LEFT")
        table.setStyle(TableStyle(style))
        story += [KeepTogether([title, table]), Spacer(1, 2 * mm)]
    story.append(st.para("图例：空闲 / 在住 / 预留（至某时自动释放）/ 清洁中 / 停用；标记：未成年、"
                         "医疗观察、新入站（24 小时内）、将到期、超规则安排（经带班领导批准）。",
                         st.small))
    header = FormHeader("床位图", board.at.strftime("%Y-%m-%d %H:%M"), "时点",
                        qr_payload=f"RD:BOARD:{board.at:%Y%m%d%H%M}")
    return write_a4(stream, ctx, header, story, layout=LANDSCAPE)
