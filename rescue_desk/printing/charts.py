"""Bar and line charts for printed reports, as reportlab ``Drawing`` flowables.

The same two charts as :mod:`rescue_desk.ui.charts` shows on screen, in print-friendly greys:
horizontal bars with the label on the left and the value at the bar's end, and a line over dated
points with a y-axis, gridlines and an optional dashed reference line (e.g. the number of beds).
They are drawn with plain shapes (``Rect``, ``Line``, ``String``, ``PolyLine``, ``Circle``) so that
every string uses the given CJK font and labels are measured, elided with ``…`` and spaced so that
they never overlap. No Qt here.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics

from rescue_desk.domain.charts import axis_ticks, format_number, label_stride

#: Print colours: dark grey bars, black text, light grey axes and gridlines.
BAR = HexColor("#555555")
LINE = HexColor("#222222")
TEXT = HexColor("#111111")
MUTED = HexColor("#666666")
GRID = HexColor("#c8c8c8")
AXIS = HexColor("#888888")
REFERENCE = HexColor("#444444")

TITLE_SIZE = 11.0
LABEL_SIZE = 8.5
#: Height of one bar row at full size (points).
ROW_HEIGHT = 16.0
ELLIPSIS = "…"


# --- axis and label arithmetic: rescue_desk.domain.charts ---

# --- text helpers ---

def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _ellipsis(font: str) -> str:
    face = getattr(pdfmetrics.getFont(font), "face", None)
    char_to_glyph = getattr(face, "charToGlyph", None)
    if char_to_glyph is not None and ord(ELLIPSIS) not in char_to_glyph:
        return "..."
    return ELLIPSIS


def elide(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut at the right with ``…`` so that it fits in ``width`` points."""
    if _width(text, font, size) <= width:
        return text
    mark = _ellipsis(font)
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the mark
        mid = (low + high + 1) // 2
        if _width(text[:mid] + mark, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low] + mark if low else mark


def _string(x: float, y: float, text: str, font: str, size: float, *, anchor: str = "start",
            color=TEXT) -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


def _title(drawing: Drawing, title: str, font: str, size: float) -> float:
    """Draw the title at the top left; return the y below it."""
    top = drawing.height
    if title:
        baseline = top - size
        drawing.add(_string(0, baseline, elide(title, font, size, drawing.width), font, size))
        return baseline - size * 0.6
    return top


# --- charts ---

def bar_chart(title: str, bars: list[tuple[str, int]], *, font: str, width: float,
              height: float | None = None, empty_text: str = "") -> Drawing:
    """Horizontal bars, one row per ``(label, value)``: label left, bar, value at the bar's end.

    ``height`` defaults to what the rows need (16 pt each); a smaller given height shrinks rows
    and type to fit. With no bars, ``empty_text`` is written in grey under the title.
    """
    title_block = TITLE_SIZE * 1.6 if title else 0.0
    if height is None:
        height = title_block + max(1, len(bars)) * ROW_HEIGHT + 4
    drawing = Drawing(width, height)
    y = _title(drawing, title, font, TITLE_SIZE)
    if not bars:
        if empty_text:
            drawing.add(_string(width / 2, y - LABEL_SIZE * 1.5,
                                elide(empty_text, font, LABEL_SIZE, width), font, LABEL_SIZE,
                                anchor="middle", color=MUTED))
        return drawing

    row = min(ROW_HEIGHT, max(0.0, y - 2) / len(bars))
    size = min(LABEL_SIZE, row * 0.62)
    gap = size * 0.6
    labels = [label for label, _ in bars]
    label_w = min(max(_width(t, font, size) for t in labels), width * 0.35)
    values = [max(0, int(v)) for _, v in bars]
    value_w = max(_width(str(v), font, size) for v in values)
    bar_x = label_w + gap
    bar_span = max(1.0, width - bar_x - gap - value_w)
    top_value = max(values) or 1
    for i, ((label, _), value) in enumerate(zip(bars, values, strict=True)):
        row_top = y - i * row
        centre = row_top - row / 2
        baseline = centre - size * 0.35
        drawing.add(_string(label_w, baseline, elide(label, font, size, label_w), font, size,
                            anchor="end"))
        length = bar_span * value / top_value
        bar_h = row * 0.62
        if length > 0:
            drawing.add(Rect(bar_x, centre - bar_h / 2, length, bar_h, fillColor=BAR,
                             strokeColor=None))
        drawing.add(_string(bar_x + length + gap * 0.6, baseline, str(value), font, size))
    drawing.add(Line(bar_x, y, bar_x, y - len(bars) * row, strokeColor=AXIS, strokeWidth=0.5))
    return drawing


def line_chart(title: str, points: list[tuple[str, float]], *, font: str, width: float,
               height: float, y_max: float | None = None, suffix: str = "",
               reference: float | None = None, reference_label: str = "",
               empty_text: str = "") -> Drawing:
    """A line with dots over x labels, a y-axis with gridlines and values (with ``suffix``), and
    an optional dashed horizontal ``reference`` line labelled ``reference_label``.

    The y-axis runs from 0 to a round number at least ``y_max``, the largest value and the
    reference. At most ten x labels are printed, evenly skipped so that they never overlap.
    """
    drawing = Drawing(width, height)
    y = _title(drawing, title, font, TITLE_SIZE)
    if not points:
        if empty_text:
            drawing.add(_string(width / 2, y - LABEL_SIZE * 1.5,
                                elide(empty_text, font, LABEL_SIZE, width), font, LABEL_SIZE,
                                anchor="middle", color=MUTED))
        return drawing

    size = LABEL_SIZE
    gap = size * 0.6
    values = [float(v) for _, v in points]
    extra = [reference] if reference is not None else []
    ticks, decimals = axis_ticks(values + extra, y_max)
    tick_texts = [format_number(t, decimals, suffix) for t in ticks]
    y_label_w = max(_width(t, font, size) for t in tick_texts)

    labels = [label for label, _ in points]
    x_label_w = min(max(_width(t, font, size) for t in labels), width / 4)
    left = max(y_label_w + gap, x_label_w / 2)
    right = width - max(x_label_w / 2, 4)
    plot_w = max(1.0, right - left)
    bottom = size * 2.2  # room for the x labels, clear of the y-axis's 0
    plot_top = y - size * (1.9 if reference is not None and reference_label else 0.8)
    plot_h = max(1.0, plot_top - bottom)
    top_value = ticks[-1]

    def y_of(value: float) -> float:
        return bottom + plot_h * max(0.0, value) / top_value

    def x_of(index: int) -> float:
        if len(points) == 1:
            return left + plot_w / 2
        return left + plot_w * index / (len(points) - 1)

    for tick, text in zip(ticks, tick_texts, strict=True):
        ty = y_of(tick)
        drawing.add(Line(left, ty, right, ty, strokeColor=GRID if tick else AXIS,
                         strokeWidth=0.4 if tick else 0.6))
        drawing.add(_string(left - gap, ty - size * 0.35, text, font, size, anchor="end",
                            color=MUTED))

    spacing = plot_w / (len(points) - 1) if len(points) > 1 else plot_w
    stride = label_stride(len(points), spacing, x_label_w, gap)
    for i in range(0, len(points), stride):
        drawing.add(_string(x_of(i), bottom - size * 1.65,
                            elide(labels[i], font, size, x_label_w), font, size,
                            anchor="middle", color=MUTED))
        drawing.add(Line(x_of(i), bottom, x_of(i), bottom - 2, strokeColor=AXIS,
                         strokeWidth=0.6))

    if reference is not None:
        ry = y_of(reference)
        drawing.add(Line(left, ry, right, ry, strokeColor=REFERENCE, strokeWidth=0.8,
                         strokeDashArray=[3, 2]))
        if reference_label:
            drawing.add(_string(right, ry + size * 0.45,
                                elide(reference_label, font, size, plot_w), font, size,
                                anchor="end", color=REFERENCE))

    coordinates: list[float] = []
    for i, value in enumerate(values):
        coordinates += [x_of(i), y_of(value)]
    if len(points) > 1:
        drawing.add(PolyLine(coordinates, strokeColor=LINE, strokeWidth=1.2))
    radius = 1.6 if spacing < 12 else 2.2
    for i, value in enumerate(values):
        drawing.add(Circle(x_of(i), y_of(value), radius, fillColor=LINE, strokeColor=None))
    return drawing
