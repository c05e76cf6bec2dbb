"""Intake forms: the A4 registration form (求助登记表), the 80 mm intake slip (登记小票) and the
refusal notice (不予救助通知书). Chinese paper forms built from the intake service's
``StayRecord``; each carries the QR code ``RD:STAY:<case number>``.

The printed wording of the intake words (sources, ID document types, inspection flags, outcomes)
lives here, not in the translations: paper is Chinese whatever the desk's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from rescue_desk.domain import idnumber
from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError
from rescue_desk.domain.intake import AgeBasis, IdType, Inspection, Outcome, Source, Welfare
from rescue_desk.printing.page import (
    COPY_ARCHIVE,
    COPY_PERSON,
    GRID_LINE,
    LEADER_SIGNATURE,
    OFFICER_SIGNATURE,
    PERSON_SIGNATURE,
    PORTRAIT,
    RECEIPT_CONTENT_WIDTH,
    STAMP,
    Cell,
    FormHeader,
    PrintContext,
    Styles,
    copy_label,
    form_grid,
    grid_table,
    receipt_styles,
    signature_line,
    styles,
    timestamp,
    write_a4,
    write_receipt,
)
from rescue_desk.printing.qr import payload
from rescue_desk.services.intake import StayRecord

# -- printed wording (paper is Chinese) ----------------------------------------------------------

#: Sex as printed.
SEX_TEXT = {"M": "男", "F": "女", "U": "不详"}
#: Sources in the order the registration form lists them.
SOURCE_TEXT = {
    Source.WALK_IN: "自行求助",
    Source.POLICE: "公安护送",
    Source.CITY_MANAGEMENT: "城管护送",
    Source.STREET_PATROL: "街面巡查",
    Source.HOTLINE: "热线求助",
    Source.HOSPITAL: "医院转入",
    Source.OTHER_STATION: "外站转入",
    Source.OTHER: "其他",
}
ID_TYPE_TEXT = {
    IdType.NONE: "无证件",
    IdType.RESIDENT_ID: "居民身份证",
    IdType.HOUSEHOLD_BOOK: "户口簿",
    IdType.HK_MACAO: "港澳居民来往内地通行证",
    IdType.TAIWAN: "台湾居民来往大陆通行证",
    IdType.PASSPORT: "护照",
    IdType.OTHER: "其他证件",
}
#: 低保/五保 status, in the order the form lists them.
WELFARE_TEXT = {
    Welfare.DIBAO: "低保",
    Welfare.WUBAO: "五保/特困",
    Welfare.NONE: "无",
    Welfare.UNKNOWN: "不详",
}
#: Initial inspection flags (初步检视), in the order the form lists them.
INSPECTION_TEXT = {
    Inspection.INJURY: "外伤",
    Inspection.DISABILITY: "残疾",
    Inspection.MENTAL: "疑似精神障碍",
    Inspection.INFECTIOUS: "疑似传染病",
    Inspection.DRUNK: "醉酒",
    Inspection.CRITICAL: "危重病",
    Inspection.MINOR: "疑似未成年人",
    Inspection.DEMENTIA: "痴呆或智力障碍",
    Inspection.TRAFFICKING: "疑似被拐卖",
    Inspection.DOMESTIC_VIOLENCE: "家庭暴力受害",
    Inspection.LEFT_BEHIND: "留守儿童",
}
OUTCOME_TEXT = {
    Outcome.ADMIT: "予以救助",
    Outcome.HOSPITAL_FIRST: "先救治后救助",
    Outcome.POLICE: "移交公安",
    Outcome.REFUSE: "不予救助",
}
#: How the age was found, after the age: nothing for a birth date, 目测 for an estimate.
AGE_BASIS_TEXT = {
    AgeBasis.BIRTH_DATE: "",
    AgeBasis.STATED: "（本人自述）",
    AgeBasis.ESTIMATED: "（目测）",
}
#: The legal basis of a refusal (救助管理办法 decree 381 and its implementing rules).
LEGAL_BASIS = "《城市生活无着的流浪乞讨人员救助管理办法》及其《实施细则》"

#: Marks of a chosen and an open option in the text layer (the boxes themselves are drawn).
TICKED, OPEN = "√", "□"


class NotRefused(DeskError):
    """Only a refused stay has a refusal notice."""

    code = "not_refused"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Case {case_no} was not refused, so it has no refusal notice."
    )


# -- building blocks -----------------------------------------------------------------------------


class _Choices(Flowable):
    """A form's options, each with a box, the chosen ones ticked: ``☑外伤  ☐残疾``.

    The boxes and ticks are drawn, since the usual Chinese fonts (WenQuanYi, SimHei) have no
    ☑/☐; the text layer still reads ``√外伤□残疾`` (invisible marks), so the PDF's text says
    what was ticked. Options wrap to further lines when the cell is narrow.
    """

    def __init__(self, options: Sequence[tuple[str, bool]], style: ParagraphStyle) -> None:
        super().__init__()
        self.options = list(options)
        self.style = style
        self._lines: list[list[tuple[float, str, bool]]] = []

    @property
    def _box(self) -> float:
        return self.style.fontSize * 0.85

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = self.style.fontSize
        gap, x = size * 0.6, 0.0
        lines: list[list[tuple[float, str, bool]]] = [[]]
        for text, chosen in self.options:
            width = self._box + size * 0.25 + stringWidth(text, self.style.fontName, size)
            if lines[-1] and x + width > avail_width:
                lines.append([])
                x = 0.0
            lines[-1].append((x, text, chosen))
            x += width + gap
        self._lines = lines
        self.width, self.height = avail_width, len(lines) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canv, size, leading, box = self.canv, self.style.fontSize, self.style.leading, self._box
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setFillColor(colors.black)
        for n, line in enumerate(self._lines):
            baseline = self.height - (n + 1) * leading + (leading - size) / 2 + size * 0.15
            for x, text, chosen in line:
                y = baseline - size * 0.05
                canv.setLineWidth(0.6)
                canv.rect(x, y, box, box, stroke=1, fill=0)
                if chosen:
                    canv.setLineWidth(1.1)
                    tick = canv.beginPath()
                    tick.moveTo(x + box * 0.18, y + box * 0.52)
                    tick.lineTo(x + box * 0.42, y + box * 0.2)
                    tick.lineTo(x + box * 0.86, y + box * 0.86)
                    canv.drawPath(tick, stroke=1, fill=0)
                canv.setFont(self.style.fontName, box)
                canv.drawString(x, y, TICKED if chosen else OPEN, mode=3)  # invisible
                canv.setFont(self.style.fontName, size)
                canv.drawString(x + box + size * 0.25, baseline, text)
        canv.restoreState()


def _choices(table: dict, chosen: object, st: Styles) -> _Choices:
    """Every option of ``table`` (value → printed word), ticked where it is ``chosen`` (a
    value, or a set of values)."""
    picked = chosen if isinstance(chosen, frozenset | set) else {chosen}
    return _Choices([(text, key in picked) for key, text in table.items()], st.cell)


#: Width of the label column of the registration form's grids.
_LABEL_WIDTH = 24 * mm
#: Padding of a grid cell at left and right (page.grid_style).
_CELL_PADDING = 6
#: Least height of a grid row: room to write by hand.
_ROW_HEIGHT = 5.5 * mm
#: Cell padding above and below (a little less than page.grid_style's), so that an ordinary
#: record fits one A4 page with its signatures.
_TIGHT = [("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
#: Height of one piece of a long text cell, so that a long history breaks across pages.
_PIECE_HEIGHT = 60 * mm

Field = tuple[str, Cell]


def _sheet(rows: Sequence[Sequence[Field]], st: Styles, width: float) -> Table:
    """A ruled label/value grid in which a row holds two fields, or one that spans the width.

    A long text in a wide row is cut into pieces of at most ``_PIECE_HEIGHT``, the later ones
    labelled ``（续）``, so that a history of a few thousand characters runs on to the next page
    instead of overflowing it.
    """
    value_width = (width - 2 * _LABEL_WIDTH) / 2
    wide = width - _LABEL_WIDTH
    data: list[list[Cell]] = []
    spans: list[tuple] = []
    for row in rows:
        if len(row) == 2:
            data.append(
                [
                    st.para(row[0][0], st.cell_center),
                    row[0][1],
                    st.para(row[1][0], st.cell_center),
                    row[1][1],
                ]
            )
            continue
        ((label, value),) = row
        pieces = (
            _pieces(value, st, wide - _CELL_PADDING)
            if isinstance(value, str) and value
            else [value]
        )
        for n, piece in enumerate(pieces):
            spans.append(("SPAN", (1, len(data)), (3, len(data))))
            data.append([st.para(label if n == 0 else "（续）", st.cell_center), piece, None, None])
    return grid_table(
        data,
        [_LABEL_WIDTH, value_width, _LABEL_WIDTH, value_width],
        st,
        header_rows=0,
        min_row_height=_ROW_HEIGHT,
        extra_style=_TIGHT + spans,
    )


def _pieces(text: str, st: Styles, width: float) -> list[Paragraph]:
    """``text`` as paragraphs of the cell style, each at most ``_PIECE_HEIGHT`` tall."""
    pieces: list[Paragraph] = []
    rest = st.para(text, st.cell)
    while True:
        _, height = rest.wrap(width, 1e6)
        parts = rest.split(width, _PIECE_HEIGHT) if height > _PIECE_HEIGHT else []
        if len(parts) < 2:
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]


def _heading(st: Styles, text: str) -> list[Flowable]:
    """A section heading, on a new page when fewer than a few rows of its grid would follow it
    on this one (keepWithNext would move a grid taller than a page to the next page whole)."""
    return [CondPageBreak(30 * mm), st.bold(text)]


def _header(title: str, record: StayRecord) -> FormHeader:
    return FormHeader(title, record.case_no, "救助编号", payload("STAY", record.case_no))


def _text(value: str | None) -> str | None:
    """A value, or ``None`` for a blank cell to fill in by hand."""
    return (value or "").strip() or None


def _age(record: StayRecord) -> str | None:
    if record.age is None:
        return None
    return f"{record.age} 岁{AGE_BASIS_TEXT.get(record.age_basis, '')}"


def _name(record: StayRecord) -> str:
    """The name, or the station number of an unidentified person."""
    if record.unknown_no:
        return f"{record.unknown_no}（姓名不详）"
    return record.name


# -- 求助登记表 -----------------------------------------------------------------------------------


def registration_form(record: StayRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """求助登记表 (A4 portrait): the person, their features, how they came, relatives, the
    initial inspection and its outcome, then the signatures. Returns the number of pages.

    The form requires the full ID number: pass a record from ``record(case_no, full_id=True)``
    (``FULL_ID_FORMS``); the form prints ``id_number_shown`` as it is.
    """
    st = styles(ctx.fonts())
    width = PORTRAIT.content_width

    def sheet(*rows: Sequence[Field]) -> Table:
        return _sheet(rows, st, width)

    story: list[Flowable] = [
        *_heading(st, "一、基本情况"),
        sheet(
            [("姓名", _name(record)), ("别名", _text(record.alias))],
            [("性别", SEX_TEXT.get(record.sex)), ("民族", _text(record.ethnicity))],
            [
                ("出生日期", f"{record.birth_date:%Y-%m-%d}" if record.birth_date else None),
                ("年龄", _age(record)),
            ],
            [
                ("证件类型", ID_TYPE_TEXT.get(record.id_type)),
                ("证件号码", _text(record.id_number_shown)),
            ],
            [("户籍地", _text(record.hukou_place)), ("居住地", _text(record.residence))],
            [
                ("低保/五保", _choices(WELFARE_TEXT, record.welfare, st)),
                ("联系电话", _text(record.phone)),
            ],
        ),
        *_heading(st, "二、体貌特征"),
        sheet(
            [
                ("身高", f"{record.height_cm} 厘米" if record.height_cm else None),
                ("体型", _text(record.build)),
            ],
            [
                ("口音/方言", _text(record.dialect)),
                ("指纹采集", _choices({True: "是", False: "否"}, record.fingerprints_taken, st)),
            ],
            [("体表特征", _text(record.marks))],
            [("衣着", _text(record.clothing))],
        ),
        *_heading(st, "三、求助情况"),
        sheet(
            [("来源", _choices(SOURCE_TEXT, record.source, st))],
            [
                ("到站时间", timestamp(record.arrived_at)),
                ("流浪时长", _text(record.vagrancy_length)),
            ],
            [("护送单位", _text(record.escort_unit)), ("护送人员", _text(record.escort_officers))],
            [("警号", _text(record.escort_badges)), ("护送人电话", _text(record.escort_phone))],
            [
                ("发现地点", _text(record.found_place)),
                ("发现时间", timestamp(record.found_at) if record.found_at else None),
            ],
            [("求助原因", _text(record.vagrancy_reason))],
            [("流浪经历", _text(record.vagrancy_history))],
            [("救助需求", _text(record.needs))],
        ),
        *_heading(st, "四、亲属及联系人"),
    ]
    contacts: list[list[Cell]] = [["姓名", "关系", "联系电话", "地址"]]
    contacts += [
        [_text(c.name), _text(c.relation), _text(c.phone), _text(c.address)]
        for c in record.contacts
    ]
    contacts += [[None] * 4 for _ in range(max(0, 2 - len(record.contacts)))]
    story.append(
        grid_table(
            contacts,
            [30 * mm, 22 * mm, 36 * mm, width - 88 * mm],
            st,
            min_row_height=_ROW_HEIGHT,
            extra_style=_TIGHT,
        )
    )
    story += _heading(st, "五、初步检视")
    rows: list[Sequence[Field]] = [
        [("检视所见", _choices(INSPECTION_TEXT, record.inspection, st))],
        [("检视说明", _text(record.inspection_note))],
        [("处理结果", _choices(OUTCOME_TEXT, record.outcome, st))],
        [("原因", _text(record.outcome_reason))],
    ]
    if record.readmission_days is not None:
        rows.append(
            [
                (
                    "再次求助",
                    f"距上次离站 {record.readmission_days} 天再次求助。"
                    f"处理决定：{record.readmission_decision}",
                )
            ]
        )
    if record.id_warning_reason:
        rows.append(
            [("证件核对", "证件号码校验有提示，经办人确认登记，原因：" + record.id_warning_reason)]
        )
    story.append(sheet(*rows))
    story.append(
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                st.para("以上情况属实。", st.body),
                signature_line(st, PERSON_SIGNATURE),
                signature_line(st, OFFICER_SIGNATURE, LEADER_SIGNATURE, (("日期：", 30 * mm),)),
                st.para(f"登记人：{record.registered_by_name or record.registered_by}", st.note),
            ]
        )
    )
    return write_a4(stream, ctx, _header("求助登记表", record), story)


# -- 登记小票 --------------------------------------------------------------------------------------


def intake_slip(record: StayRecord, ctx: PrintContext, stream: BinaryIO) -> float:
    """登记小票 (80 mm roll): the case number in large type, who, when, area and bed, bags, the
    station and its hotline. The ID number, if any, is always masked (PIPL), whatever the record
    holds. Returns the slip's length in points."""
    st = receipt_styles(ctx)
    number_style = ParagraphStyle("case_no", parent=st.center, fontSize=20, leading=24)
    rows: list[tuple[str, Cell]] = [
        ("姓名", record.display_name),
        ("性别", SEX_TEXT.get(record.sex, "")),
        ("年龄", _age(record)),
    ]
    if record.id_number_shown:
        rows.append(("证件号码", idnumber.mask(record.id_number_shown)))
    rows += [
        ("到站时间", timestamp(record.arrived_at)),
        ("区域/床位", _text(record.bed)),
        ("物品袋号", "、".join(record.bag_numbers) or None),
    ]
    story: list[Flowable] = [
        st.para("救助编号", st.center),
        st.bold(record.case_no, number_style),
        Spacer(1, 2 * mm),
        form_grid(
            rows, RECEIPT_CONTENT_WIDTH, st, per_row=1, label_width=18 * mm, min_row_height=6.5 * mm
        ),
    ]
    header = FormHeader("登记小票", qr_payload=payload("STAY", record.case_no))
    return write_receipt(stream, ctx, header, story)


# -- 不予救助通知书 -----------------------------------------------------------------------------


def _reason(text: str) -> str:
    """The reason as a clause after 因: without a leading 因/由于 and closing punctuation."""
    text = text.strip().rstrip("。；;，,.！!、 ")
    for lead in ("由于", "因为", "因"):
        if text.startswith(lead):
            return text[len(lead) :]
    return text


def _notice_copy(record: StayRecord, ctx: PrintContext, copy: str, st: Styles) -> list:
    body = ParagraphStyle(
        "notice",
        parent=st.body,
        firstLineIndent=2 * st.body.fontSize,
        leading=st.body.fontSize * 1.8,
        spaceAfter=2 * mm,
    )
    hotline = ctx.station_hotline or record.station_hotline
    ask = (
        f"可拨打本站求助电话 {hotline} 咨询，或向本站的主管民政部门反映。"
        if hotline
        else "可向本站或本站的主管民政部门咨询、反映。"
    )
    story = [
        copy_label(st, copy),
        Spacer(1, 6 * mm),
        st.para(f"{record.display_name}：", st.body),
        Spacer(1, 2 * mm),
        st.para(
            f"你于{record.arrived_at:%Y年%m月%d日}到本站求助。经询问和核查，因"
            f"{_reason(record.outcome_reason)}，根据{LEGAL_BASIS}的规定，"
            "本站决定对你不予救助。",
            body,
        ),
        st.para(
            "如你的情况发生变化、符合救助条件，可以再次向本站或其他救助管理机构求助。"
            f"对本决定如有疑问或异议，{ask}",
            body,
        ),
        st.para("特此通知。", body),
        Spacer(1, 8 * mm),
        signature_line(st, OFFICER_SIGNATURE, LEADER_SIGNATURE),
        Spacer(1, 8 * mm),
        st.para(f"{ctx.station_name or record.station_name}{STAMP}", st.right),
        Spacer(1, 2 * mm),
        st.para(f"{record.arrived_at:%Y年%m月%d日}", st.right),
    ]
    if copy == COPY_ARCHIVE:
        story += [
            Spacer(1, 10 * mm),
            _Rule(PORTRAIT.content_width),
            st.para("本人已收到本通知书。", st.body),
            signature_line(st, PERSON_SIGNATURE),
        ]
    return [KeepTogether(story)]


class _Rule(Flowable):
    """A dashed line across the page: where the receipt part of a copy begins."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 4 * mm

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(GRID_LINE)
        self.canv.setDash(3, 2)
        self.canv.line(0, self.height / 2, self.width, self.height / 2)
        self.canv.restoreState()


def refusal_notice(record: StayRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """不予救助通知书 (A4, two copies on their own pages: 第一联 for the person, 第二联 for the
    station's file, with the person's acknowledgement). Raises ``NotRefused`` unless the stay's
    outcome was a refusal. Returns the number of pages."""
    if record.outcome != Outcome.REFUSE:
        raise NotRefused(case_no=record.case_no)
    st = styles(ctx.fonts(), size=12)
    story = [
        *_notice_copy(record, ctx, COPY_PERSON, st),
        PageBreak(),
        *_notice_copy(record, ctx, COPY_ARCHIVE, st),
    ]
    return write_a4(stream, ctx, _header("不予救助通知书", record), story)


#: The forms of a stay by key (CLI ``print KIND``; the desk's print buttons).
FORMS = {"intake": intake_slip, "registration": registration_form, "refusal": refusal_notice}
#: Forms that require the full ID number (``IntakeService.record(case_no, full_id=True)``).
FULL_ID_FORMS = frozenset({"registration"})
