"""Small chart widgets painted with QPainter (PySide6-Essentials has no QtCharts).

:class:`BarChart` draws horizontal bars (label, bar, value) and says which bar was clicked, so a
page can list the records behind it; :class:`LineChart` draws a line over dated points with a
y-axis, gridlines and an optional dashed reference line (e.g. the number of beds). Both use the
widget's font (the app's CJK font), measure every string and elide long labels with ``…``. The
printed twins are in :mod:`rescue_desk.printing.charts`; the axis rules here are the same.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from rescue_desk.domain.charts import axis_ticks, label_stride
from rescue_desk.ui.theme import ACCENT

AXIS = "#c9d1d9"
TEXT = "#1d2733"
MUTED = "#5b6b7b"
HOVER = "#eef4f7"
REFERENCE = "#b06f00"
BACKGROUND = "#ffffff"
MARGIN = 8
#: Height of one bar row at the body font size; grows with larger fonts.
ROW_HEIGHT = 26


def crisp(y: float) -> float:
    """``y`` moved to the middle of a pixel row, so a 1 px line is sharp, not a grey blur."""
    return math.floor(y) + 0.5


def text_width(font: QFont, text: str) -> int:
    """The width ``text`` needs in ``font``, rounded up (QFontMetrics rounds down)."""
    return math.ceil(QFontMetricsF(font).horizontalAdvance(text))


def elide(font: QFont, text: str, width: float) -> str:
    """``text``, or its start with ``…`` when it is wider than ``width`` pixels."""
    if text_width(font, text) <= width:
        return text
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(width))


class _Chart(QWidget):
    """Title, empty sentence, background and fonts shared by both charts."""

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self._title = ""
        self._empty_text = ""
        self._hover = -1
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # --- public -------------------------------------------------------------------------------
    def title(self) -> str:
        return self._title

    def set_empty_text(self, text: str) -> None:
        """The grey sentence shown in the middle when there is nothing to draw."""
        self._empty_text = text
        self.update()

    def empty_text(self) -> str:
        return self._empty_text

    # --- shared geometry ----------------------------------------------------------------------
    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.1)
        return font

    def _title_height(self) -> int:
        if not self._title:
            return 0
        return QFontMetrics(self._title_font()).height() + 6

    def _content_top(self) -> int:
        return MARGIN + self._title_height()

    # --- painting helpers ---------------------------------------------------------------------
    def _begin(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        if self._title:
            painter.setFont(self._title_font())
            painter.setPen(QColor(TEXT))
            metrics = QFontMetrics(self._title_font())
            rect = QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, metrics.height())
            text = elide(self._title_font(), self._title, rect.width())
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font())
        return painter

    def _paint_empty(self, painter: QPainter) -> None:
        if not self._empty_text:
            return
        top = self._content_top()
        rect = QRectF(MARGIN, top, self.width() - 2 * MARGIN, self.height() - top - MARGIN)
        painter.setPen(QColor(MUTED))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         self._empty_text)

    def _set_hover(self, index: int) -> None:
        if index != self._hover:
            self._hover = index
            self.update()
        if index >= 0:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def leaveEvent(self, event) -> None:
        self._set_hover(-1)
        super().leaveEvent(event)


class BarChart(_Chart):
    """Horizontal bars, one row per ``(label, value)``: the label on the left, the bar in the
    accent colour, the value at the bar's end. Clicking a row emits :attr:`bar_clicked` with its
    index so the page can list what is behind the bar."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self._bars: list[tuple[str, int]] = []
        self._update_minimum()

    # --- public -------------------------------------------------------------------------------
    def set_data(self, title: str, bars: list[tuple[str, int]]) -> None:
        self._title = title
        self._bars = [(str(label), int(value)) for label, value in bars]
        self._hover = -1
        self.setAccessibleName(title)
        self._update_minimum()
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def row_rect(self, index: int) -> QRectF:
        """Where bar ``index``'s row is (label, bar and value), in widget coordinates."""
        row = self._row_height()
        return QRectF(MARGIN, self._content_top() + index * row, self.width() - 2 * MARGIN, row)

    def bar_at(self, pos: QPointF) -> int:
        """The index of the bar whose row contains ``pos``, or -1."""
        row = self._row_height()
        y = pos.y() - self._content_top()
        if y < 0 or not MARGIN <= pos.x() <= self.width() - MARGIN:
            return -1
        index = int(y // row)
        return index if index < len(self._bars) else -1

    # --- size ---------------------------------------------------------------------------------
    def _row_height(self) -> int:
        return max(ROW_HEIGHT, self.fontMetrics().height() + 8)

    def _needed_height(self) -> int:
        rows = max(len(self._bars), 2)  # an empty chart keeps room for its sentence
        return self._content_top() + rows * self._row_height() + MARGIN

    def _update_minimum(self) -> None:
        self.setMinimumHeight(self._needed_height())

    def sizeHint(self) -> QSize:
        return QSize(360, self._needed_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._needed_height())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._update_minimum()
            self.updateGeometry()

    # --- events -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.bar_clicked.emit(index)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        self._set_hover(index)
        if index >= 0:
            label, value = self._bars[index]
            QToolTip.showText(event.globalPosition().toPoint(), f"{label}：{value}", self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        try:
            if not self._bars:
                self._paint_empty(painter)
                return
            self._paint_bars(painter)
        finally:
            painter.end()

    def _paint_bars(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        gap = 8
        inner = self.width() - 2 * MARGIN
        font = self.font()
        label_w = min(max(text_width(font, label) for label, _ in self._bars), int(inner * 0.4))
        values = [max(0, value) for _, value in self._bars]
        value_w = max(text_width(font, str(v)) for v in values)
        bar_x = MARGIN + label_w + gap
        span = max(1, self.width() - MARGIN - value_w - gap - bar_x)
        top_value = max(values) or 1
        row = self._row_height()
        bar_h = max(8, min(row - 10, metrics.height()))
        align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for index, ((label, _), value) in enumerate(zip(self._bars, values, strict=True)):
            rect = self.row_rect(index)
            if index == self._hover:
                painter.fillRect(rect, QColor(HOVER))
            painter.setPen(QColor(TEXT))
            text = elide(font, label, label_w)
            painter.drawText(QRectF(MARGIN, rect.top(), label_w, row), align_right, text)
            length = span * value / top_value
            if length > 0:
                bar = QRectF(bar_x, rect.center().y() - bar_h / 2, max(length, 2), bar_h)
                path = QPainterPath()
                path.addRoundedRect(bar, 2, 2)
                painter.fillPath(path, QColor(ACCENT))
            painter.drawText(QRectF(bar_x + length + gap / 2, rect.top(), value_w + gap, row),
                             align_left, str(value))
        painter.setPen(QPen(QColor(AXIS), 1))
        top = self._content_top()
        axis_x = crisp(bar_x - 1)
        painter.drawLine(QPointF(axis_x, top), QPointF(axis_x, top + row * len(values)))


class LineChart(_Chart):
    """A line with dots over x labels, a y-axis with gridlines and values, and an optional dashed
    reference line. Clicking emits :attr:`point_clicked` with the index of the nearest point."""

    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self._points: list[tuple[str, float]] = []
        self._y_max: float | None = None
        self._suffix = ""
        self._reference: float | None = None
        self._reference_label = ""
        self.setMinimumHeight(160)

    # --- public -------------------------------------------------------------------------------
    def set_data(self, title: str, points: list[tuple[str, float]], *,
                 y_max: float | None = None, suffix: str = "", reference: float | None = None,
                 reference_label: str = "") -> None:
        """Show ``points`` as ``(x label, value)``; the y-axis runs from 0 to a round number at
        least ``y_max``, the largest value and ``reference``; values get ``suffix`` (e.g. "%")."""
        self._title = title
        self._points = [(str(label), float(value)) for label, value in points]
        self._y_max = y_max
        self._suffix = suffix
        self._reference = reference
        self._reference_label = reference_label
        self._hover = -1
        self.setAccessibleName(title)
        self.update()

    def points(self) -> list[tuple[str, float]]:
        return list(self._points)

    def point_pos(self, index: int) -> QPointF:
        """Where point ``index`` is drawn, in widget coordinates."""
        layout = self._layout()
        return QPointF(layout.x_of(index), layout.y_of(self._points[index][1]))

    def point_at(self, pos: QPointF) -> int:
        """The index of the point nearest to ``pos`` along x inside the plot, or -1."""
        if not self._points:
            return -1
        layout = self._layout()
        if not (layout.left - layout.half_step <= pos.x() <= layout.right + layout.half_step
                and layout.top - MARGIN <= pos.y() <= self.height()):
            return -1
        return min(range(len(self._points)), key=lambda i: abs(layout.x_of(i) - pos.x()))

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    # --- events -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.point_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.point_clicked.emit(index)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.point_at(event.position())
        self._set_hover(index)
        if index >= 0:
            label, value = self._points[index]
            layout = self._layout()
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{label}：{self._format(value, layout.decimals)}", self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    # --- geometry -----------------------------------------------------------------------------
    def _format(self, value: float, decimals: int) -> str:
        if float(value).is_integer():
            decimals = 0
        else:
            decimals = max(decimals, 1)
        return f"{value:.{decimals}f}{self._suffix}"

    def _layout(self) -> _LineLayout:
        return _LineLayout(self)

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        try:
            if not self._points:
                self._paint_empty(painter)
                return
            self._paint_line(painter, self._layout())
        finally:
            painter.end()

    def _paint_line(self, painter: QPainter, layout: _LineLayout) -> None:
        metrics = self.fontMetrics()
        height = metrics.height()
        # hovered point: a light column behind it
        if 0 <= self._hover < len(self._points):
            x = layout.x_of(self._hover)
            band = max(4.0, min(layout.half_step * 2, 24.0))
            painter.fillRect(QRectF(x - band / 2, layout.top, band, layout.bottom - layout.top),
                             QColor(HOVER))
        # gridlines and y values
        for tick, text in zip(layout.ticks, layout.tick_texts, strict=True):
            y = crisp(layout.y_of(tick))
            painter.setPen(QPen(QColor(AXIS), 1))
            painter.drawLine(QPointF(layout.left, y), QPointF(layout.right, y))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(MARGIN, y - height / 2, layout.left - MARGIN - 6, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        # x labels, evenly skipped
        painter.setPen(QColor(MUTED))
        label_top = layout.bottom + layout.label_gap
        for index in range(0, len(self._points), layout.stride):
            x = crisp(layout.x_of(index))
            text = elide(self.font(), self._points[index][0], layout.label_w)
            painter.drawText(QRectF(x - layout.label_w / 2 - 2, label_top, layout.label_w + 4,
                                    height), Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(QPen(QColor(AXIS), 1))
            painter.drawLine(QPointF(x, layout.bottom), QPointF(x, layout.bottom + 3))
            painter.setPen(QColor(MUTED))
        # reference line
        if self._reference is not None:
            y = float(round(layout.y_of(self._reference)))  # 2 px: two whole pixel rows
            pen = QPen(QColor(REFERENCE), 2, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(layout.left, y), QPointF(layout.right, y))
            if self._reference_label:
                text = elide(self.font(), self._reference_label, layout.right - layout.left)
                painter.setPen(QColor(REFERENCE))
                painter.drawText(QRectF(layout.left, y - height - 2, layout.right - layout.left,
                                        height),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text)
        # the line and its dots
        accent = QColor(ACCENT)
        if len(self._points) > 1:
            path = QPainterPath()
            for index, (_, value) in enumerate(self._points):
                point = QPointF(layout.x_of(index), layout.y_of(value))
                if index == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            painter.setPen(QPen(accent, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        radius = 3.0 if layout.half_step * 2 >= 12 else 2.2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        for index, (_, value) in enumerate(self._points):
            r = radius + 1.5 if index == self._hover else radius
            painter.drawEllipse(QPointF(layout.x_of(index), layout.y_of(value)), r, r)


class _LineLayout:
    """Where a line chart's plot, ticks and labels go for the widget's current size and font."""

    def __init__(self, chart: LineChart) -> None:
        metrics = chart.fontMetrics()
        points = chart._points
        values = [value for _, value in points]
        extra = [chart._reference] if chart._reference is not None else []
        self.ticks, self.decimals = axis_ticks(values + extra, chart._y_max)
        self.tick_texts = [f"{t:.{self.decimals}f}{chart._suffix}" for t in self.ticks]
        font = chart.font()
        y_label_w = max(text_width(font, t) for t in self.tick_texts)
        width = chart.width()
        widest = max((text_width(font, label) for label, _ in points), default=0)
        self.label_w = float(min(widest, max(24, width // 4)))
        self.left = float(max(MARGIN + y_label_w + 6, MARGIN + self.label_w / 2))
        self.right = float(max(self.left + 1, width - MARGIN - max(4, self.label_w / 2)))
        height = metrics.height()
        self.top = float(chart._content_top() + height / 2)
        if chart._reference is not None and chart._reference_label:
            self.top += height / 2 + 2
        #: x labels start this far under the axis, clear of the y-axis's 0 label
        self.label_gap = max(6.0, height * 0.5)
        self.bottom = float(max(self.top + 1,
                                chart.height() - MARGIN - height - self.label_gap))
        count = len(points)
        plot_w = self.right - self.left
        spacing = plot_w / (count - 1) if count > 1 else plot_w
        self.half_step = spacing / 2
        self.stride = label_stride(count, spacing, self.label_w, 10)
        self._count = count
        self._top_value = self.ticks[-1]

    def x_of(self, index: int) -> float:
        if self._count <= 1:
            return (self.left + self.right) / 2
        return self.left + (self.right - self.left) * index / (self._count - 1)

    def y_of(self, value: float) -> float:
        share = max(0.0, value) / self._top_value
        return self.bottom - (self.bottom - self.top) * share
