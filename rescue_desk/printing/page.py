"""The shared page templates and building blocks of every printed form.

Three kinds of paper (UI.md "Printed forms"):

- **A4** portrait (forms) or landscape (roster, reports): a header with the station name, the form
  title in a bold CJK face, the key (case number…) and the QR code at the top right; a footer
  ``打印人：X　打印时间：2026-11-28 21:05`` … ``第 x / y 页`` (the total is known because the pages
  are held back until the document is complete, see :class:`_PagedCanvas`). :func:`write_a4`.
- **80 mm receipt roll**: one page as long as its content (or fixed pages). :func:`write_receipt`.
- **Labels** (bag tags), 60×40 mm by default: one label per page. :func:`write_labels`.

A demo database gets ``演示数据 DEMO`` in light grey diagonally across every page, under the
content. Output is a PDF written to a binary stream; the same input and clock give the same bytes
(reportlab's ``invariant=1``: no creation time or random document ID).

Building blocks for the story: :func:`styles` (CJK paragraph styles, ``wordWrap='CJK'`` so long
Chinese names wrap), :func:`grid_table` / :func:`form_grid` (thin ruled grids like the paper forms,
blank cells stay blank with room to write), :func:`signature_line` with :data:`PERSON_SIGNATURE`,
:data:`OFFICER_SIGNATURE`, :data:`LEADER_SIGNATURE`, and :func:`copy_label` for two-copy forms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as _paragraph

from rescue_desk.printing.context import PrintContext
from rescue_desk.printing.fonts import CJKFonts, stroke_width
from rescue_desk.printing.qr import QRCode, draw_qr

#: Chinese punctuation that may not start a line (避头点). reportlab's CJK wrapping knows the
#: Japanese set only; without these a line of a Chinese form can begin with "，" or "）".
NO_LINE_START = "，。、；：！？）》」』】〕”’…"
for _module in (_paragraph, _textsplit):
    if not set(NO_LINE_START) <= set(_module.ALL_CANNOT_START):
        _module.ALL_CANNOT_START = _module.ALL_CANNOT_START + NO_LINE_START

#: Written across every page printed from a demo database.
DEMO_MARK = "演示数据 DEMO"
#: Copy labels of two-copy forms (receipts, notices).
COPY_PERSON = "第一联 受助人留存"
COPY_ARCHIVE = "第二联 站内存档"
#: Where a stamp goes.
STAMP = "（盖章）"

#: Signature fields: (label, width of the blank line).
SignatureFields = tuple[tuple[str, float], ...]
PERSON_SIGNATURE: SignatureFields = (("本人签字（捺印）：", 42 * mm), ("日期：", 30 * mm))
OFFICER_SIGNATURE: SignatureFields = (("经办人：", 35 * mm),)
LEADER_SIGNATURE: SignatureFields = (("带班领导：", 35 * mm),)

#: Grid line width (points) and the grey of the demo mark.
GRID_LINE = 0.5
DEMO_GREY = colors.Color(0.85, 0.85, 0.85)


@dataclasses.dataclass(frozen=True)
class FormHeader:
    """The top of a form: its title, the record key (``救助编号：2026-000123``) and QR payload."""

    title: str
    key: str = ""
    key_label: str = "编号"
    qr_payload: str | None = None


def timestamp(moment: dt.datetime) -> str:
    """A printed time to the minute: ``2026-11-28 21:05``."""
    return moment.strftime("%Y-%m-%d %H:%M")


# -- styles and story blocks ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Styles:
    """Paragraph styles in the CJK font, and makers of escaped paragraphs.

    Text given to :meth:`para` and :meth:`bold` is plain text (``<`` and ``&`` are escaped, line
    breaks kept), so a name typed with markup characters prints as typed.
    """

    fonts: CJKFonts
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain ``text`` (default style: body)."""
        return Paragraph(markup(text), style or self.body)

    def bold(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A bold paragraph (default style: heading); stroked when the font has no bold face."""
        style = style or self.heading
        bold_style = ParagraphStyle(style.name + "-b", parent=style, fontName=self.fonts.bold)
        return _StrokedParagraph(
            markup(text), bold_style, stroke=stroke_width(self.fonts, style.fontSize)
        )


def markup(text: str) -> str:
    """Plain text as paragraph markup: escape ``& < >`` and keep line breaks."""
    return escape(text).replace("\n", "<br/>")


class _StrokedParagraph(Paragraph):
    """A paragraph drawn with fill and outline stroke (text render mode 2): simulated bold."""

    def __init__(self, text: str | None, style: ParagraphStyle, *args, stroke: float = 0.0, **kw):
        super().__init__(text, style, *args, **kw)
        self.stroke = stroke

    def draw(self) -> None:
        if not self.stroke:
            super().draw()
            return
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.stroke)
        canv.setStrokeColor(self.style.textColor)
        canv.addLiteral("2 Tr")
        super().draw()
        canv.restoreState()

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        for part in parts:
            part.stroke = self.stroke
        return parts


def styles(fonts: CJKFonts, size: float = 10.5) -> Styles:
    """The paragraph styles for a body text of ``size`` points (receipts use a smaller size)."""
    regular, bold = fonts.regular, fonts.bold

    def style(name: str, font_size: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", regular)
        kw.setdefault("leading", round(font_size * 1.4, 2))
        return ParagraphStyle(name, fontSize=font_size, wordWrap="CJK", **kw)

    cell_size = size - 0.5
    return Styles(
        fonts=fonts,
        body=style("body", size),
        small=style("small", size - 2),
        note=style("note", size - 2, textColor=colors.Color(0.3, 0.3, 0.3)),
        cell=style("cell", cell_size, leading=round(cell_size * 1.3, 2)),
        cell_center=style(
            "cell_center", cell_size, leading=round(cell_size * 1.3, 2), alignment=TA_CENTER
        ),
        cell_head=style(
            "cell_head",
            cell_size,
            leading=round(cell_size * 1.3, 2),
            alignment=TA_CENTER,
            fontName=bold,
        ),
        heading=style("heading", size + 1.5, fontName=bold, spaceBefore=4, spaceAfter=3),
        title=style("title", size + 7, fontName=bold, alignment=TA_CENTER, spaceAfter=4),
        right=style("right", size, alignment=TA_RIGHT),
        center=style("center", size, alignment=TA_CENTER),
    )


Cell = str | Flowable | None


def plain_style(st: Styles) -> list[tuple]:
    """Table commands every table needs: the CJK font for plain-string cells.

    Without it reportlab sets Helvetica even for an empty cell, and the PDF then names a font
    that is not embedded.
    """
    return [("FONTNAME", (0, 0), (-1, -1), st.fonts.regular)]


def grid_style(st: Styles, line: float = GRID_LINE) -> list[tuple]:
    """Table style commands of a ruled paper form: a thin grid, text vertically centred."""
    commands: list[tuple] = plain_style(st) + [
        ("GRID", (0, 0), (-1, -1), line, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return commands


def _cell(value: Cell, style: ParagraphStyle, st: Styles, bold: bool = False) -> Flowable | str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return st.bold(value, style) if bold else st.para(value, style)
    return value


def grid_table(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    st: Styles,
    *,
    header_rows: int = 1,
    min_row_height: float = 7 * mm,
    center_cols: Sequence[int] = (),
    extra_style: Sequence[tuple] = (),
) -> Table:
    """A ruled grid: header rows bold and centred, repeated on each page; text cells wrap.

    ``None`` or ``""`` is a blank cell: it stays empty (no dash), at least ``min_row_height`` tall
    so there is room to write by hand. ``extra_style`` adds table commands (``SPAN``…).
    """
    data = []
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            if r < header_rows:
                cells.append(_cell(value, st.cell_head, st, bold=True))
            else:
                style = st.cell_center if c in center_cols else st.cell
                cells.append(_cell(value, style, st))
        data.append(cells)
    table = Table(
        data,
        colWidths=list(col_widths),
        repeatRows=header_rows,
        minRowHeights=[min_row_height] * len(data),
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(grid_style(st) + list(extra_style)))
    return table


def form_grid(
    fields: Sequence[tuple[str, Cell]],
    width: float,
    st: Styles,
    *,
    per_row: int = 2,
    label_width: float = 24 * mm,
    min_row_height: float = 8 * mm,
) -> Table:
    """A label/value grid (``姓名 | 张三 | 性别 | 男``), ``per_row`` fields a row, ``width`` wide.

    Labels are centred; a value of ``None`` leaves a blank to fill in by hand. A trailing odd
    field spans the rest of its row.
    """
    value_width = (width - per_row * label_width) / per_row
    widths = [label_width, value_width] * per_row
    rows: list[list[Cell]] = []
    spans: list[tuple] = []
    for start in range(0, len(fields), per_row):
        chunk = fields[start : start + per_row]
        row: list[Cell] = []
        for label, value in chunk:
            row += [st.para(label, st.cell_center), value]
        if len(chunk) < per_row:
            r = len(rows)
            spans.append(("SPAN", (len(row) - 1, r), (-1, r)))
            row += [None] * (2 * per_row - len(row))
        rows.append(row)
    return grid_table(
        rows, widths, st, header_rows=0, min_row_height=min_row_height, extra_style=spans
    )


def signature_line(
    st: Styles,
    *groups: SignatureFields,
    gap: float = 10 * mm,
    field_gap: float = 4 * mm,
    align: str = "LEFT",
    style: ParagraphStyle | None = None,
) -> Table:
    """A line of signature fields, each a label and a ruled blank: ``经办人：________``.

    ``groups`` are tuples of ``(label, blank width)`` such as :data:`PERSON_SIGNATURE`; groups are
    ``gap`` apart, fields in a group ``field_gap``:
    ``signature_line(st, OFFICER_SIGNATURE, LEADER_SIGNATURE)``.
    """
    style = style or st.body
    cells: list[Flowable | str] = []
    widths: list[float] = []
    blanks: list[int] = []
    for g, group in enumerate(groups):
        if g:
            cells.append("")
            widths.append(gap)
        for f, (label, blank) in enumerate(group):
            if f:
                cells.append("")
                widths.append(field_gap)
            cells.append(Paragraph(markup(label), style))
            widths.append(stringWidth(label, style.fontName, style.fontSize) + 1)
            blanks.append(len(cells))
            cells.append("")
            widths.append(blank)
    commands: list[tuple] = plain_style(st) + [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    commands += [("LINEBELOW", (c, 0), (c, 0), 0.6, colors.black) for c in blanks]
    table = Table(
        [cells],
        colWidths=widths,
        rowHeights=[style.leading + 10],
        hAlign=align,
        spaceBefore=4,
        spaceAfter=4,
    )
    table.setStyle(TableStyle(commands))
    return table


def copy_label(st: Styles, text: str) -> Table:
    """A boxed copy label at the right, e.g. :data:`COPY_PERSON` (``第一联 受助人留存``)."""
    style = ParagraphStyle("copy", parent=st.cell_center, fontName=st.fonts.bold)
    width = stringWidth(text, style.fontName, style.fontSize) + 16  # 6 pt padding a side
    table = Table([[Paragraph(markup(text), style)]], colWidths=[width], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            plain_style(st)
            + [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


# -- drawing on the canvas -----------------------------------------------------------------------


def draw_demo_mark(canvas: Canvas, width: float, height: float, font: str) -> None:
    """``演示数据 DEMO`` diagonally across a ``width``×``height`` page in light grey.

    A tall page (a receipt roll) gets the mark once per square of its width.
    """
    tiles = max(1, round(height / width)) if height > 1.6 * width else 1
    tile_h = height / tiles
    angle = math.degrees(math.atan2(tile_h, width))
    diagonal = math.hypot(width, tile_h)
    size = 0.62 * diagonal / max(stringWidth(DEMO_MARK, font, 1), 1)
    canvas.saveState()
    canvas.setFillColor(DEMO_GREY)
    canvas.setFont(font, size)
    for t in range(tiles):
        canvas.saveState()
        canvas.translate(width / 2, height - tile_h * (t + 0.5))
        canvas.rotate(angle)
        canvas.drawCentredString(0, -size * 0.35, DEMO_MARK)
        canvas.restoreState()
    canvas.restoreState()


def _draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    *,
    align: str = "left",
    stroke: float = 0.0,
) -> None:
    canvas.setFont(font, size)
    mode = None
    if stroke:
        canvas.setLineWidth(stroke)
        mode = 2
    if align == "center":
        canvas.drawCentredString(x, y, text, mode=mode)
    elif align == "right":
        canvas.drawRightString(x, y, text, mode=mode)
    else:
        canvas.drawString(x, y, text, mode=mode)


def _fit_size(text: str, font: str, size: float, width: float, minimum: float) -> float:
    """The largest size up to ``size`` (not below ``minimum``) at which ``text`` fits ``width``."""
    natural = stringWidth(text, font, size)
    if natural <= width:
        return size
    return max(minimum, size * width / natural)


class _PagedCanvas(Canvas):
    """A canvas that holds pages back until the end, so each footer can say ``第 x / y 页``."""

    def __init__(self, *args: object, footer: Callable[[Canvas, int, int], None], **kw: object):
        super().__init__(*args, **kw)
        self._footer = footer
        self._held: list[dict] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


# -- A4 ------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class A4Layout:
    """An A4 sheet and the box its story flows in."""

    width: float
    height: float
    left: float = 15 * mm
    right: float = 15 * mm
    top: float = 40 * mm  # the header band
    bottom: float = 18 * mm  # the footer band

    @property
    def content_width(self) -> float:
        """The story's width, for table column widths."""
        return self.width - self.left - self.right

    @property
    def content_height(self) -> float:
        return self.height - self.top - self.bottom


#: A4 portrait (forms) and landscape (roster, reports).
PORTRAIT = A4Layout(A4[0], A4[1])
LANDSCAPE = A4Layout(A4[1], A4[0])

_HEADER_QR = 22 * mm


def _draw_a4_header(
    canvas: Canvas, ctx: PrintContext, fonts: CJKFonts, header: FormHeader, layout: A4Layout
) -> None:
    w, h = layout.width, layout.height
    left, right = layout.left, w - layout.right
    canvas.saveState()
    if ctx.is_demo:
        draw_demo_mark(canvas, w, h, fonts.regular)
    canvas.setFillColor(colors.black)
    top = h - 10 * mm
    if header.qr_payload:
        draw_qr(canvas, header.qr_payload, right - _HEADER_QR, top - _HEADER_QR, _HEADER_QR)
    # The title is centred on the page and kept clear of the QR code on both sides.
    room = layout.content_width - 2 * (_HEADER_QR + 4 * mm)
    _draw_string(
        canvas,
        w / 2,
        h - 17 * mm,
        ctx.station_name,
        fonts.regular,
        _fit_size(ctx.station_name, fonts.regular, 12, room, 8),
        align="center",
    )
    title_size = _fit_size(header.title, fonts.bold, 18, room, 10)
    _draw_string(
        canvas,
        w / 2,
        h - 28 * mm,
        header.title,
        fonts.bold,
        title_size,
        align="center",
        stroke=stroke_width(fonts, title_size),
    )
    baseline = h - 36 * mm
    if ctx.station_hotline:
        _draw_string(canvas, left, baseline, f"救助热线：{ctx.station_hotline}", fonts.regular, 9)
    if header.key:
        _draw_string(
            canvas,
            right,
            baseline,
            f"{header.key_label}：{header.key}",
            fonts.regular,
            10,
            align="right",
        )
    canvas.setLineWidth(0.8)
    canvas.line(left, h - 38 * mm, right, h - 38 * mm)
    canvas.restoreState()


def _draw_a4_footer(
    canvas: Canvas, ctx: PrintContext, fonts: CJKFonts, layout: A4Layout, page: int, total: int
) -> None:
    left, right = layout.left, layout.width - layout.right
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.5)
    canvas.line(left, 14 * mm, right, 14 * mm)
    canvas.setFillColor(colors.black)
    who = f"打印人：{ctx.printed_by}　打印时间：{timestamp(ctx.printed_at)}"
    _draw_string(canvas, left, 9 * mm, who, fonts.regular, 9)
    _draw_string(canvas, right, 9 * mm, f"第 {page} / {total} 页", fonts.regular, 9, align="right")
    canvas.restoreState()


def _doc(
    stream: BinaryIO,
    size: tuple[float, float],
    ctx: PrintContext,
    fonts: CJKFonts,
    title: str,
    **kw: object,
) -> BaseDocTemplate:
    # The initial font is the CJK font too, so the PDF names no unembedded font (Helvetica).
    return BaseDocTemplate(
        stream,
        pagesize=size,
        initialFontName=fonts.regular,
        title=title,
        author=ctx.station_name,
        creator="Rescue Desk",
        subject=title,
        invariant=1,
        lang="zh-CN",
        **kw,
    )


def write_a4(
    stream: BinaryIO,
    ctx: PrintContext,
    header: FormHeader,
    story: Sequence[Flowable],
    *,
    layout: A4Layout = PORTRAIT,
) -> int:
    """Write an A4 form (``layout`` :data:`PORTRAIT` or :data:`LANDSCAPE`) as PDF to ``stream``.

    Every page carries the header and footer; returns the number of pages.
    """
    fonts = ctx.fonts()
    frame = Frame(
        layout.left,
        layout.bottom,
        layout.content_width,
        layout.content_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_a4_header(canvas, ctx, fonts, header, layout)

    def footer(canvas: Canvas, page: int, total: int) -> None:
        _draw_a4_footer(canvas, ctx, fonts, layout, page, total)

    doc = _doc(
        stream,
        (layout.width, layout.height),
        ctx,
        fonts,
        header.title,
        leftMargin=layout.left,
        rightMargin=layout.right,
        topMargin=layout.top,
        bottomMargin=layout.bottom,
    )
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=on_page)])

    def canvasmaker(*args: object, **kw: object) -> _PagedCanvas:
        return _PagedCanvas(*args, footer=footer, **kw)

    doc.build(list(story) or [Spacer(1, 1)], canvasmaker=canvasmaker)
    return doc.page


# -- 80 mm receipt roll --------------------------------------------------------------------------

#: Width of a receipt roll, its printable margin, and the story's width (for column widths).
RECEIPT_WIDTH = 80 * mm
RECEIPT_MARGIN = 4 * mm
RECEIPT_CONTENT_WIDTH = RECEIPT_WIDTH - 2 * RECEIPT_MARGIN


def receipt_styles(ctx: PrintContext) -> Styles:
    """Styles for an 80 mm roll (9 pt body)."""
    return styles(ctx.fonts(), size=9)


def _receipt_head(ctx: PrintContext, st: Styles, header: FormHeader, width: float) -> list:
    head: list[Flowable] = [
        st.para(ctx.station_name, st.center),
        Spacer(1, 1 * mm),
        st.bold(header.title, ParagraphStyle("rt", parent=st.title, fontSize=13, leading=17)),
    ]
    if header.key:
        head.append(st.para(f"{header.key_label}：{header.key}", st.center))
    if header.qr_payload:
        code = QRCode(header.qr_payload, min(26 * mm, width))
        code.hAlign = "CENTER"
        head += [Spacer(1, 1 * mm), code]
    head.append(_Rule(width))
    return head


def _receipt_tail(ctx: PrintContext, st: Styles, width: float) -> list:
    tail: list[Flowable] = [
        _Rule(width),
        st.para(f"打印人：{ctx.printed_by}", st.small),
        st.para(f"打印时间：{timestamp(ctx.printed_at)}", st.small),
    ]
    if ctx.station_hotline:
        tail.append(st.para(f"救助热线：{ctx.station_hotline}", st.small))
    return tail


class _Rule(Flowable):
    """A thin horizontal line across the frame with a little space around it."""

    def __init__(self, width: float, space: float = 2 * mm) -> None:
        super().__init__()
        self.width = width
        self.space = space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, 2 * self.space

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.line(0, self.space, self.width, self.space)


def write_receipt(
    stream: BinaryIO,
    ctx: PrintContext,
    header: FormHeader,
    story: Sequence[Flowable],
    *,
    width: float = RECEIPT_WIDTH,
    height: float | None = None,
    margin: float = RECEIPT_MARGIN,
) -> float:
    """Write a receipt-roll slip: station, title, key and QR, the story, who printed it and when.

    With ``height=None`` the page is exactly as long as its content (one page, the printer cuts
    after it); otherwise pages of that fixed height. Returns the page height in points.
    """
    fonts = ctx.fonts()
    st = styles(fonts, size=9)
    inner = width - 2 * margin
    flowables = _receipt_head(ctx, st, header, inner) + list(story) + _receipt_tail(ctx, st, inner)
    if height is None:
        used = 0.0
        for f in flowables:
            _, h = f.wrap(inner, 1e6)
            used += h + f.getSpaceBefore() + f.getSpaceAfter()
        height = used + 2 * margin + 3 * mm
    frame = Frame(
        margin,
        margin,
        inner,
        height - 2 * margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="roll",
    )

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if ctx.is_demo:
            draw_demo_mark(canvas, width, height, fonts.regular)

    doc = _doc(stream, (width, height), ctx, fonts, header.title)
    doc.addPageTemplates([PageTemplate(id="roll", frames=[frame], onPage=on_page)])
    doc.build(flowables)
    return height


# -- labels --------------------------------------------------------------------------------------

#: Default label size (bag tags).
LABEL_SIZE = (60 * mm, 40 * mm)


@dataclasses.dataclass(frozen=True)
class Label:
    """One label: a bold title, the key in large type, a few lines, and the QR code at the left."""

    title: str
    key: str
    qr_payload: str | None = None
    lines: tuple[str, ...] = ()


def write_labels(
    stream: BinaryIO,
    ctx: PrintContext,
    labels: Sequence[Label],
    *,
    size: tuple[float, float] = LABEL_SIZE,
    margin: float = 2 * mm,
) -> None:
    """Write labels of ``size`` (width, height) as PDF, one label per page.

    Text that does not fit the space right of the QR code is shrunk to fit (never clipped).
    Labels carry no printed-by line (no room); put a date in ``lines`` if the label needs one.
    """
    if not labels:
        raise ValueError("write_labels needs at least one label")
    fonts = ctx.fonts()
    w, h = size
    base = max(5.0, min(9.0, h / mm * 0.2))
    st = styles(fonts, size=base)
    canvas = Canvas(stream, pagesize=size, invariant=1, lang="zh-CN", initialFontName=fonts.regular)
    canvas.setTitle(labels[0].title)
    canvas.setAuthor(ctx.station_name)
    canvas.setCreator("Rescue Desk")
    for label in labels:
        if ctx.is_demo:
            draw_demo_mark(canvas, w, h, fonts.regular)
        x = margin
        if label.qr_payload:
            side = min(h - 2 * margin, w * 0.48)
            draw_qr(canvas, label.qr_payload, margin, (h - side) / 2, side, border=2)
            x = margin + side + 1 * mm
        text_w, text_h = w - x - margin, h - 2 * margin
        key_style = ParagraphStyle(
            "label_key",
            parent=st.body,
            fontSize=base + 3,
            leading=(base + 3) * 1.25,
            fontName=fonts.bold,
            alignment=TA_LEFT,
        )
        title_style = ParagraphStyle(
            "label_title", parent=st.body, fontSize=base + 1.5, leading=(base + 1.5) * 1.3
        )
        content: list[Flowable] = [st.para(ctx.station_name, st.small)]
        if label.title:
            content.append(st.bold(label.title, title_style))
        if label.key:
            content.append(st.bold(label.key, key_style))
        content += [st.para(line, st.body) for line in label.lines]
        box = KeepInFrame(text_w, text_h, content, mode="shrink", vAlign="MIDDLE")
        frame = Frame(
            x,
            margin,
            text_w,
            text_h,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            showBoundary=0,
        )
        frame.addFromList([box], canvas)
        canvas.showPage()
    canvas.save()
