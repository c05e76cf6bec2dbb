"""Duty forms (值班, DOMAIN.md "Duty", steps 8 and 9): the weekly duty roster to post on the wall
(值班表) and its monthly overview, the shift log with the handover (值班记录及交接班记录), and the
family-search notice (寻亲公告).

Built from the duty service's ``RosterView``, ``ShiftView`` and ``NoticeRecord``. The roster
and the overview are A4 landscape, the shift log and the notice A4 portrait. QR codes:
``RD:ROSTER:<first day or month>``, ``RD:SHIFT:<shift key>``, ``RD:STAY:<case number>``. The
printed wording of the duty words (entry kinds, incident kinds, conflicts) lives here: paper is
Chinese whatever the desk's language.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table

from rescue_desk.domain.duty import ConflictKind, EntryKind, IncidentKind, Post, ShiftState
from rescue_desk.printing.intake_forms import SEX_TEXT
from rescue_desk.printing.page import (
    LANDSCAPE,
    LEADER_SIGNATURE,
    PORTRAIT,
    STAMP,
    Cell,
    FormHeader,
    PrintContext,
    Styles,
    form_grid,
    grid_table,
    signature_line,
    styles,
    timestamp,
    write_a4,
)
from rescue_desk.printing.qr import payload
from rescue_desk.services.duty import (
    OFF_SITE,
    TOTAL,
    WAITING,
    EntryRow,
    NoticeRecord,
    RosterView,
    ShiftView,
)

# -- printed wording (paper is Chinese) ----------------------------------------------------------

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
#: The kinds of shift-log entries as printed (the 类别 column).
ENTRY_TEXT = {
    EntryKind.PATROL: "巡查",
    EntryKind.INCIDENT: "突发事件",
    EntryKind.HOTLINE: "求助热线",
    EntryKind.ADMISSION: "入站",
    EntryKind.DEPARTURE: "离站",
    EntryKind.HEADCOUNT: "清点人数",
    EntryKind.NOTE: "备注",
    EntryKind.TASK: "待办事项",
    EntryKind.CORRECTION: "更正",
    EntryKind.SIGN_IN: "签到",
    EntryKind.HANDOVER: "交接班",
}
INCIDENT_TEXT = {
    IncidentKind.FIGHT: "打架斗殴",
    IncidentKind.ILLNESS: "突发疾病",
    IncidentKind.SELF_HARM: "自伤自残",
    IncidentKind.ABSCONDING: "擅自离站",
    IncidentKind.FIRE: "火情",
    IncidentKind.SECURITY: "治安安全",
    IncidentKind.OTHER: "其他",
}
CONFLICT_TEXT = {
    ConflictKind.TWO_PLACES: "一人两岗",
    ConflictKind.SHORT_REST: "休息不足",
    ConflictKind.NO_LEADER: "无带班领导",
}
STATE_TEXT = {
    ShiftState.OPEN: "值班中",
    ShiftState.SIGNED: "已交班，待接班人确认",
    ShiftState.LOCKED: "已交接",
}
#: Marks a name on the roster that has a conflict in that shift.
CONFLICT_MARK = "*"

#: Signature fields of the duty forms (label, width of the blank).
ROSTER_MAKER = (("制表人：", 35 * mm),)
ROSTER_REVIEW = (("带班领导/站长审核：", 40 * mm),)
DATE_FIELD = (("日期：", 30 * mm),)
OUTGOING_SIGNATURE = (("交班人签字：", 32 * mm),)
INCOMING_SIGNATURE = (("接班人签字：", 32 * mm),)
#: Weekend columns and rows: a light tint that prints well in grey too.
WEEKEND_FILL = colors.Color(0.93, 0.93, 0.93)


def _text(value: object) -> str | None:
    """A value as printed, or ``None`` for a blank cell."""
    if value is None:
        return None
    return str(value).strip() or None


def _date_cn(moment: dt.date | dt.datetime | None) -> str:
    """A date in words (``2026年11月28日``), blank to write in when unknown."""
    return f"{moment:%Y年%m月%d日}" if moment else "　　年　　月　　日"


def _shift_hours(start: str, end: str) -> str:
    """``08:00—20:00``, with 次日 when the shift ends on the next day."""
    return f"{start}—{'次日' if end <= start else ''}{end}"


# -- 值班表 (one week) ---------------------------------------------------------------------------


def _posts(view: RosterView) -> list[tuple[str, str]]:
    """The posts in printed order: the leader on duty first, then as the service lists them."""
    leader = [p for p in view.posts if p[0] == Post.LEADER.value]
    return leader + [p for p in view.posts if p[0] != Post.LEADER.value]


def _marked(view: RosterView) -> set[tuple[dt.date, str, str]]:
    """(day, shift, login) of the officers in a conflict (two posts, too little rest)."""
    return {(c.day, c.shift, c.login) for c in view.conflicts if c.login}


def _conflict_lines(view: RosterView, limit: int = 40) -> list[str]:
    """The conflicts in words, one line per kind, each officer's shifts together:
    ``一人两岗：孙强 11-23 夜班；…``. Past ``limit`` shifts a line ends with the count."""
    patterns = {p.code: p.name for p in view.patterns}
    lines = []
    for kind in (ConflictKind.TWO_PLACES, ConflictKind.SHORT_REST, ConflictKind.NO_LEADER):
        found = [c for c in view.conflicts if c.kind == kind]
        if not found:
            continue
        groups: dict[str, list[str]] = {}
        for c in found[:limit]:
            when = f"{c.day:%m-%d} {patterns.get(c.shift, c.shift)}"
            if c.hours is not None:
                when += f"（间隔 {c.hours:g} 小时）"
            who = view.names.get(c.login, c.login) if c.login else ""
            if when not in groups.setdefault(who, []):
                groups[who].append(when)
        parts = [(f"{who} " if who else "") + "、".join(whens) for who, whens in groups.items()]
        more = f"……共 {len(found)} 处" if len(found) > limit else ""
        lines.append(f"{CONFLICT_TEXT[kind]}：" + "；".join(parts) + more)
    return lines


def _people_cell(people: Sequence[tuple[str, str, str]], marks: set[str], st: Styles,
                 name_style: ParagraphStyle, phone_style: ParagraphStyle) -> Cell:
    """Names in a roster cell, each with the phone number small under it."""
    if not people:
        return None
    cell: list[Flowable] = []
    for login, name, phone in people:
        cell.append(st.para(name + (CONFLICT_MARK if login in marks else ""), name_style))
        if phone:
            cell.append(st.para(phone, phone_style))
    return cell


def _chunks(heights: Sequence[float], first: int, end: int, room: float) -> list[range]:
    """Rows ``first``…``end - 1`` of a table in runs no taller than ``room`` (at least one row
    each): a shift's block is spanned per run, and a table splits only between spans."""
    runs: list[range] = []
    start, used = first, 0.0
    for r in range(first, end):
        if r > start and used + heights[r] > room:
            runs.append(range(start, r))
            start, used = r, 0.0
        used += heights[r]
    runs.append(range(start, end))
    return runs


def roster_week(view: RosterView, ctx: PrintContext, stream: BinaryIO) -> int:
    """值班表 of one week on A4 landscape: the days across, a row per shift and post (the leader
    on duty first), the names with their phone numbers, the conflicts, and the signatures.
    Returns the number of pages."""
    st = styles(ctx.fonts(), size=8.5)
    name_style = ParagraphStyle("roster_name", parent=st.cell_center, fontSize=8.5, leading=9)
    phone_style = ParagraphStyle("roster_phone", parent=st.cell_center, fontSize=6.5,
                                 leading=6.8, textColor=colors.Color(0.25, 0.25, 0.25))
    days = view.days
    width = LANDSCAPE.content_width
    shift_w, post_w = 20 * mm, 28 * mm
    widths = [shift_w, post_w] + [(width - shift_w - post_w) / max(len(days), 1)] * len(days)
    head: list[Cell] = ["班次", "岗位"] + [f"{WEEKDAYS[d.weekday()]}\n{d:%m-%d}" for d in days]
    marks = _marked(view)
    posts = _posts(view)
    rows: list[list[Cell]] = [head]
    blocks: list[tuple[int, int]] = []
    extra: list[tuple] = [("TOPPADDING", (0, 0), (-1, -1), 0.8),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]
    for c, d in enumerate(days, start=2):
        if d.weekday() >= 5:
            extra.append(("BACKGROUND", (c, 0), (c, -1), WEEKEND_FILL))
    for pattern in view.patterns:
        first = len(rows)
        for post, post_name in posts:
            row: list[Cell] = [None, st.para(post_name, st.cell_center)]
            for d in days:
                here = {login for (day, shift, login) in marks
                        if day == d and shift == pattern.code}
                row.append(_people_cell(view.slots.get((d, pattern.code, post), ()), here, st,
                                        name_style, phone_style))
            rows.append(row)
        if posts:
            blocks.append((first, len(rows)))
            extra.append(("LINEABOVE", (0, first), (-1, first), 1.2, colors.black))
            if posts[0][0] == Post.LEADER.value:  # the leader's row stands out
                extra.append(("LINEBELOW", (1, first), (-1, first), 0.9, colors.black))
    min_height = 6.2 * mm
    # Measure the rows, then span each shift's label over runs that fit a page.
    probe = grid_table(rows, widths, st, min_row_height=min_height, extra_style=extra)
    probe.wrap(width, LANDSCAPE.content_height)
    heights = probe._rowHeights
    room = LANDSCAPE.content_height - heights[0] - 12 * mm
    for pattern, (first, end) in zip(view.patterns, blocks, strict=False):
        for n, run in enumerate(_chunks(heights, first, end, room)):
            hours = _shift_hours(pattern.start, pattern.end)
            rows[run.start][0] = [st.bold(pattern.name + ("（续）" if n else ""), st.cell_center),
                                  st.para(hours, phone_style)]
            extra.append(("SPAN", (0, run.start), (0, run.stop - 1)))
    table = grid_table(rows, widths, st, min_row_height=min_height, extra_style=extra)
    story: list = [
        st.para(f"值班日期：{view.first:%Y-%m-%d}（{WEEKDAYS[view.first.weekday()]}）至 "
                f"{view.last:%Y-%m-%d}（{WEEKDAYS[view.last.weekday()]}）　　"
                "实行 24 小时值班和领导带班制度，首问负责；调班须经带班领导同意并登记。",
                st.body),
        Spacer(1, 1.5 * mm),
        table,
        Spacer(1, 1.5 * mm),
    ]
    conflicts = _conflict_lines(view)
    tail: list[Flowable] = []
    if conflicts:
        tail.append(st.bold(f"排班冲突（{CONFLICT_MARK} 标注的人员）", st.small))
        tail += [st.para(line, st.small) for line in conflicts]
    else:
        tail.append(st.para("排班冲突：无", st.small))
    tail += [Spacer(1, 1 * mm), signature_line(st, ROSTER_MAKER, ROSTER_REVIEW, DATE_FIELD)]
    story.append(KeepTogether(tail))
    key = f"{view.first:%Y-%m-%d} 至 {view.last:%m-%d}"
    header = FormHeader("值班表", key, "值班周", payload("ROSTER", f"{view.first:%Y-%m-%d}"))
    return write_a4(stream, ctx, header, story, layout=LANDSCAPE)


# -- 值班表（月度总览） ----------------------------------------------------------------------------


def roster_month(view: RosterView, ctx: PrintContext, stream: BinaryIO) -> int:
    """The month's roster at a glance on A4 landscape: the days down, for each shift the leader
    on duty and the officers (names only, each once), the number of conflicts.
    Returns the number of pages."""
    st = styles(ctx.fonts(), size=8)
    cell = ParagraphStyle("month_cell", parent=st.cell, fontSize=7.5, leading=8.6)
    center = ParagraphStyle("month_center", parent=cell, alignment=1)
    width = LANDSCAPE.content_width
    date_w = 20 * mm
    leader_w = 18 * mm
    per_shift = (width - date_w) / max(len(view.patterns), 1)
    officers_w = per_shift - leader_w
    head1: list[Cell] = ["日期"]
    head2: list[Cell] = [None]
    spans: list[tuple] = [("SPAN", (0, 0), (0, 1))]
    for n, p in enumerate(view.patterns):
        c = 1 + 2 * n
        head1 += [f"{p.name}（{_shift_hours(p.start, p.end)}）", None]
        head2 += ["带班领导", "值班人员"]
        spans.append(("SPAN", (c, 0), (c + 1, 0)))
    rows: list[list[Cell]] = [head1, head2]
    marks = _marked(view)
    # (blank cells take the table's font size and leading: small, so rows stay low)
    extra: list[tuple] = spans + [("TOPPADDING", (0, 0), (-1, -1), 0.8),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
                                  ("FONTSIZE", (0, 0), (-1, -1), 7),
                                  ("LEADING", (0, 0), (-1, -1), 8)]
    for d in view.days:
        row: list[Cell] = [st.para(f"{d:%m-%d} {WEEKDAYS[d.weekday()]}", center)]
        for p in view.patterns:
            leaders: list[str] = []
            others: list[str] = []
            for post, _name in _posts(view):
                for login, name, _phone in view.slots.get((d, p.code, post), ()):
                    text = name + (CONFLICT_MARK if (d, p.code, login) in marks else "")
                    into = leaders if post == Post.LEADER.value else others
                    if text not in leaders and text not in others:
                        into.append(text)
            no_leader = not leaders
            row.append(st.para("、".join(leaders) or "（无）", center) if not no_leader
                       else st.bold("（无）", center))
            row.append(st.para("、".join(others), cell) if others else None)
        if d.weekday() >= 5:
            extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), WEEKEND_FILL))
        rows.append(row)
    widths = [date_w] + [leader_w, officers_w] * len(view.patterns)
    table = grid_table(rows, widths, st, header_rows=2, min_row_height=3.9 * mm,
                       extra_style=extra)
    counts = {k: sum(1 for c in view.conflicts if c.kind == k) for k in CONFLICT_TEXT}
    found = "，".join(f"{CONFLICT_TEXT[k]} {n} 处" for k, n in counts.items() if n)
    story: list = [
        table,
        Spacer(1, 2 * mm),
        KeepTogether([
            st.para(("排班冲突：" + found + f"（{CONFLICT_MARK} 标注的人员；详见每周值班表）")
                    if found else "排班冲突：无", st.small),
            Spacer(1, 2 * mm),
            signature_line(st, ROSTER_MAKER, ROSTER_REVIEW, DATE_FIELD),
        ]),
    ]
    month = f"{view.first.year}年{view.first.month}月"
    if (view.first.year, view.first.month) != (view.last.year, view.last.month):
        month = f"{view.first:%Y-%m-%d} 至 {view.last:%Y-%m-%d}"
    header = FormHeader("值班表（月度总览）", month, "月份",
                        payload("ROSTER", f"{view.first:%Y-%m}"))
    return write_a4(stream, ctx, header, story, layout=LANDSCAPE)


# -- 值班记录及交接班记录 ------------------------------------------------------------------------


def _at(moment: dt.datetime, day: dt.date) -> str:
    """The time of an entry: ``21:40``, with the date when it is not the shift's first day."""
    return f"{moment:%H:%M}" if moment.date() == day else f"{moment:%m-%d %H:%M}"


def _content(entry: EntryRow, numbers: dict[int, int]) -> str:
    """What an entry says: its text with the details of its kind."""
    d = entry.details
    parts: list[str] = []
    if entry.kind == EntryKind.CORRECTION and entry.refers_to is not None:
        n = numbers.get(entry.refers_to)
        parts.append(f"更正第{n}条：" if n else f"更正其他班次记录（#{entry.refers_to}）：")
    if entry.kind == EntryKind.INCIDENT:
        try:
            parts.append(f"【{INCIDENT_TEXT[IncidentKind(d.get('incident', ''))]}】")
        except ValueError:
            pass
    if entry.kind == EntryKind.PATROL and d.get("all_well"):
        parts.append("巡查正常。")
    parts.append(entry.text)
    if entry.kind == EntryKind.INCIDENT:
        if d.get("people"):
            parts.append(f"；涉及人员：{d['people']}")
        if d.get("action"):
            parts.append(f"；处置：{d['action']}")
        called = [w for w, k in (("已报警", "police"), ("已叫救护车", "ambulance")) if d.get(k)]
        if called:
            parts.append("；" + "、".join(called))
    if entry.case_no and entry.case_no not in entry.text:
        parts.append(f"（救助编号 {entry.case_no}）")
    return "".join(parts).strip()


def _headcounts(view: ShiftView, st: Styles, width: float) -> Table:
    """People by area at the start and at the end of the shift, in two column groups."""
    last = (WAITING, OFF_SITE, TOTAL)
    areas = [a for a in view.headcount_start if a not in last]
    areas += [a for a in view.headcount_end if a not in last and a not in areas]
    areas += list(last)

    def count(counts: dict, area: str) -> str | None:
        if not counts:
            return None  # not taken yet: blank to write in
        return str(counts.get(area, 0))

    cells = [[area, count(view.headcount_start, area), count(view.headcount_end, area)]
             for area in areas]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:]
    rows: list[list[Cell]] = [["区域", "接班时", "交班时"] * 2]
    for n in range(half):
        row: list[Cell] = list(left[n])
        row += list(right[n]) if n < len(right) else [None, None, None]
        rows.append(row)
    area_w = width / 2 - 2 * 20 * mm
    extra: list[tuple] = [("LINEAFTER", (2, 0), (2, -1), 1.2, colors.black)]
    total_at = len(cells) - 1
    r, c = (total_at + 1, 0) if total_at < half else (total_at - half + 1, 3)
    extra.append(("BACKGROUND", (c, r), (c + 2, r), WEEKEND_FILL))
    return grid_table(rows, [area_w, 20 * mm, 20 * mm] * 2, st, center_cols=(1, 2, 4, 5),
                      min_row_height=6.5 * mm, extra_style=extra)


def _lines(items: object) -> str | None:
    """A list of the handover summary as printed lines, or blank."""
    if isinstance(items, (list, tuple)):
        return "\n".join(str(i) for i in items) or "无"
    return _text(items)


def shift_log(view: ShiftView, ctx: PrintContext, stream: BinaryIO) -> int:
    """值班记录及交接班记录 on A4 portrait: the shift and who is on duty, the headcounts at the
    start and at the end by area, the log entries, the handover summary, and the signatures of
    the outgoing and incoming officers and the leader on duty. Returns the number of pages."""
    st = styles(ctx.fonts(), size=9.5)
    width = PORTRAIT.content_width
    start, end = view.start_at, view.end_at
    hours = f"{timestamp(start)} 至 " + (f"{end:%H:%M}" if end.date() == start.date()
                                         else f"{end:%m-%d %H:%M}")
    story: list = [
        form_grid([
            ("班次", f"{view.key}（{view.name}）"),
            ("值班时间", hours),
            ("带班领导", _text(view.leader)),
            ("状态", STATE_TEXT.get(view.state, str(view.state))),
            ("值班人员", "、".join(view.on_duty) or None),
        ], width, st, min_row_height=7 * mm),
        Spacer(1, 3 * mm),
        st.bold("一、在站人数（按区域）"),
        _headcounts(view, st, width),
        Spacer(1, 3 * mm),
        st.bold("二、值班记录"),
    ]
    numbers = {e.id: n for n, e in enumerate(view.entries, start=1)}
    rows: list[list[Cell]] = [["序号", "时间", "类别", "区域", "内容", "记录人"]]
    for n, e in enumerate(view.entries, start=1):
        rows.append([str(n), _at(e.at, start.date()), ENTRY_TEXT.get(e.kind, str(e.kind)),
                     _text(e.area), _content(e, numbers), e.officer])
    spans: list[tuple] = []
    if not view.entries:
        rows.append(["本班无记录", None, None, None, None, None])
        spans.append(("SPAN", (0, 1), (-1, 1)))
    fixed = [10 * mm, 19 * mm, 18 * mm, 20 * mm, 0, 18 * mm]
    fixed[4] = width - sum(fixed)
    story += [grid_table(rows, fixed, st, center_cols=(0, 1, 2), min_row_height=6.5 * mm,
                         extra_style=spans),
              st.para("记录一经保存不得改动，如有错误以更正记录说明。", st.note),
              Spacer(1, 3 * mm)]
    summary = view.summary or {}
    handover = form_grid([
        ("入站", _lines(summary.get("admissions"))),
        ("离站", _lines(summary.get("departures"))),
        ("突发事件", _lines(summary.get("incidents"))),
        ("未办结事项", _lines(summary.get("tasks"))),
        ("钥匙、印章、\n备用金", _text(summary.get("keys"))),
        ("其他交代事项", _text(summary.get("notes"))),
    ], width, st, per_row=1, label_width=26 * mm, min_row_height=8 * mm)
    story += [KeepTogether([st.bold("三、交接班"), handover])]
    closed_at = next((e.at for e in reversed(view.entries)
                      if e.kind == EntryKind.HANDOVER and view.closed_by
                      and e.text.startswith("带班领导关闭")), None)
    signatures: list[Flowable] = [
        Spacer(1, 3 * mm),
        form_grid([
            ("交班人", _text(view.outgoing)),
            ("交班时间", timestamp(view.signed_at) if view.signed_at else None),
            ("接班人", _text(view.incoming)),
            ("接班确认时间", timestamp(view.acknowledged_at) if view.acknowledged_at else None),
        ], width, st, label_width=26 * mm, min_row_height=7.5 * mm),
    ]
    if view.closed_by and not view.incoming:
        when = f"于 {timestamp(closed_at)} " if closed_at else ""
        signatures.append(st.para(
            f"本班未经接班人确认，由带班领导 {view.closed_by} {when}关闭。"
            f"原因：{view.close_reason or '未写明'}", st.body))
    signatures += [
        Spacer(1, 3 * mm),
        signature_line(st, OUTGOING_SIGNATURE, INCOMING_SIGNATURE, LEADER_SIGNATURE),
    ]
    story.append(KeepTogether(signatures))
    header = FormHeader("值班记录及交接班记录", view.key, "班次", payload("SHIFT", view.key))
    return write_a4(stream, ctx, header, story)


# -- 寻亲公告 ------------------------------------------------------------------------------------

PHOTO_BOX = (52 * mm, 68 * mm)


def _photo(jpeg: bytes | None, st: Styles) -> Flowable:
    """The photo scaled into the box, keeping its proportions; a box saying 无照片 without."""
    box_w, box_h = PHOTO_BOX
    if jpeg:
        try:
            w, h = ImageReader(io.BytesIO(jpeg)).getSize()
            scale = min(box_w / w, box_h / h)
            return Image(io.BytesIO(jpeg), width=w * scale, height=h * scale)
        except Exception:  # noqa: BLE001 - an unreadable photo prints as none
            pass
    table = Table([[st.para("无照片", st.center)]], colWidths=[box_w - 6 * mm],
                  rowHeights=[box_h - 6 * mm])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.Color(0.4, 0.4, 0.4)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return table


def search_notice(record: NoticeRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """寻亲公告 on A4 portrait: the photo, what is known of the person (name or 姓名不详, sex, age,
    height, health, intellectual and mental state, features, clothing when found, when and where
    found), the station's contact, the notice number and date, and who approved a minor's
    notice. Returns the number of pages."""
    st = styles(ctx.fonts(), size=10.5)
    width = PORTRAIT.content_width
    body = ParagraphStyle("notice", parent=st.body, firstLineIndent=2 * st.body.fontSize,
                          leading=st.body.fontSize * 1.8, spaceAfter=1.5 * mm)
    station = ctx.station_name or record.station_name
    hotline = ctx.station_hotline or record.station_hotline
    sex = SEX_TEXT.get(record.sex, "")
    who = {"男": "男性", "女": "女性"}.get(sex, "")
    found = record.found_at or record.arrived_at
    place = f"在{record.found_place}" if record.found_place else ""
    height = f"约 {record.height_cm} 厘米" if record.height_cm else "不详"
    fields: list[tuple[str, Cell]] = [
        ("姓名", record.name or "姓名不详"),
        ("性别", sex or "不详"),
        ("年龄", _text(record.age_text) or "不详"),
        ("身高", height),
        ("健康状况", _text(record.health)),
        ("智力及精神状况", _text(record.mental_state)),
        ("体貌特征", _text(record.features)),
        ("被发现时衣着", _text(record.clothing)),
        ("发现时间", _date_cn(record.found_at) if record.found_at else "不详"),
        ("发现地点", _text(record.found_place) or "不详"),
        ("入站时间", _date_cn(record.arrived_at)),
        ("救助编号", record.case_no),
    ]
    photo_w = PHOTO_BOX[0] + 4 * mm
    grid = form_grid(fields, width - photo_w - 3 * mm, st, per_row=1, label_width=30 * mm,
                     min_row_height=7.5 * mm)
    top = Table([[_photo(record.photo, st), grid]], colWidths=[photo_w, width - photo_w],
                hAlign="LEFT")
    top.setStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("ALIGN", (0, 0), (0, 0), "CENTER"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                  ("LEFTPADDING", (1, 0), (1, 0), 3 * mm)])
    person = (f"一名{who}受助人员" if who else "一名受助人员")
    if record.name:
        person += f"（自述姓名{record.name}）"
    contact = [f"联系单位：{station}"]
    if hotline:
        contact.append(f"联系电话：{hotline}")
    if record.station_address:
        contact.append(f"地址：{record.station_address}")
    story: list = [
        st.para(f"{_date_cn(found)}，{station}{place}救助了{person}。因其无法准确提供家庭住址"
                "及亲属联系方式，现将其基本情况公告如下，望其亲属或知情者见到本公告后尽快与本站"
                "联系。", body),
        Spacer(1, 2 * mm),
        top,
        Spacer(1, 4 * mm),
        st.bold("联系方式"),
        *[st.para(line, st.body) for line in contact],
        st.para("来电请说明公告编号及救助编号。本公告不收取任何费用。", st.note),
        Spacer(1, 4 * mm),
    ]
    tail: list[Flowable] = [
        st.para(f"公告编号：{record.notice_no}　　发布日期：{_date_cn(record.issued_at)}"
                f"　　发布人：{record.issued_by}", st.body),
    ]
    if record.approved_by:
        tail.append(st.para(f"经审核：{record.approved_by}（未成年人寻亲公告经第二人审核）",
                            st.body))
    tail += [
        Spacer(1, 8 * mm),
        st.para(f"{station}{STAMP}", st.right),
        Spacer(1, 2 * mm),
        st.para(_date_cn(record.issued_at), st.right),
    ]
    story.append(KeepTogether(tail))
    header = FormHeader("寻亲公告", record.notice_no, "公告编号",
                        payload("STAY", record.case_no))
    return write_a4(stream, ctx, header, story)

