"""Beds (床位图): the bed board per area and room, who waits for a bed, who is off site, and the
actions on a bed (give, move by drag and drop, hold, release, out of service, cleaned).

The board's data is a two-level item model (areas → beds) that a painted canvas draws as tiles
coloured by state; privacy mode shows initials only, for a screen that visitors can see.
"""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.beds import (
    AREA_KIND_LABELS,
    BED_STATE_LABELS,
    BREACH_LABELS,
    BedState,
    Breach,
    PlacementNeedsApproval,
)
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.intake import STATUS_LABELS, StayStatus
from rescue_desk.domain.roles import Permission
from rescue_desk.services.approval import Approval, leaders
from rescue_desk.services.beds import AreaView, BedService, BedTile, Board, WaitingRow
from rescue_desk.services.search import parse_payload
from rescue_desk.ui import printing
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.models import fmt_time
from rescue_desk.ui.theme import STATE_COLOURS
from rescue_desk.ui.widgets import (
    FieldMessages,
    dialog_buttons,
    icon,
    primary_button,
    right_aligned_form,
    submit,
)

#: Drag payload: a case number.
CASE_MIME = "application/x-rescue-desk-case"

TILE_ROLE = Qt.ItemDataRole.UserRole + 1
AREA_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
CASE_ROLE = Qt.ItemDataRole.UserRole + 4

LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def state_text(state: BedState | str) -> str:
    return QCoreApplication.translate("Beds", BED_STATE_LABELS[BedState(state)])


def kind_text(kind) -> str:
    return QCoreApplication.translate("Beds", AREA_KIND_LABELS[kind])


def breach_text(value: str) -> str:
    return QCoreApplication.translate("Beds", BREACH_LABELS[Breach(value)]) \
        if value in Breach._value2member_map_ else value


def person_text(tile: BedTile | WaitingRow, privacy: bool) -> str:
    if isinstance(tile, BedTile) and not tile.case_no:
        return ""
    return tile.initials if privacy else tile.person_name


class BedBoardModel(QAbstractItemModel):
    """Areas (top level) and their beds (children). Occupied beds can be dragged; any bed takes
    a drop of a case number, which becomes a ``drop_requested(case_no, bed_id)``."""

    drop_requested = Signal(str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self.areas: tuple[AreaView, ...] = ()
        self.privacy = False

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.board = board
        self.areas = board.areas
        self.endResetModel()

    def set_privacy(self, privacy: bool) -> None:
        if privacy == self.privacy:
            return
        self.privacy = privacy
        for row, area in enumerate(self.areas):
            parent = self.index(row, 0)
            if area.beds:
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(area.beds) - 1, 0, parent))

    # -- structure ------------------------------------------------------------------------
    # internal id: 0 for an area, area row + 1 for a bed
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.areas) else QModelIndex()
        if self._area_of(parent) is not None or parent.row() >= len(self.areas):
            return QModelIndex()  # beds have no children
        if row >= len(self.areas[parent.row()].beds):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    @staticmethod
    def _area_of(index: QModelIndex) -> int | None:
        """The area row of a bed index, or None for an area index."""
        internal = index.internalId()
        return None if internal == 0 else internal - 1

    def parent(self, index=QModelIndex()):  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        area = self._area_of(index)
        if area is None:
            return QModelIndex()
        return self.createIndex(area, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.areas)
        if parent.column() != 0 or self._area_of(parent) is not None:
            return 0
        return len(self.areas[parent.row()].beds)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def tile_at(self, index: QModelIndex) -> BedTile | None:
        area = self._area_of(index) if index.isValid() else None
        if area is None:
            return None
        return self.areas[area].beds[index.row()]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        area_row = self._area_of(index)
        if area_row is None:
            area = self.areas[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{area.name}（{area.count(BedState.OCCUPIED)}/{len(area.beds)}）"
            if role == AREA_ROLE:
                return area
            return None
        tile = self.areas[area_row].beds[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            who = person_text(tile, self.privacy) or state_text(tile.state)
            return f"{tile.room}-{tile.label} {who}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tile_tooltip(tile, self.privacy)
        if role == TILE_ROLE:
            return tile
        if role == STATE_ROLE:
            return tile.state.value
        if role == CASE_ROLE:
            return tile.case_no
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATE_COLOURS[tile.state.value])
        return None

    # -- drag and drop --------------------------------------------------------------------
    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        tile = self.tile_at(index)
        if tile is None:
            return flags
        flags |= Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsDropEnabled
        if tile.case_no:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CASE_MIME]

    def mimeData(self, indexes) -> QMimeData | None:  # noqa: N802
        for index in indexes:
            tile = self.tile_at(index)
            if tile is not None and tile.case_no:
                return case_mime(tile.case_no)
        return None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if data is None or not data.hasFormat(CASE_MIME):
            return False
        tile = self.tile_at(parent)
        if tile is None:
            return False
        case_no = bytes(data.data(CASE_MIME)).decode()
        self.drop_requested.emit(case_no, tile.bed_id)
        return False  # the page reloads the board after the service has moved the person


def case_mime(case_no: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(CASE_MIME, QByteArray(case_no.encode()))
    mime.setText(case_no)
    return mime


def tile_tooltip(tile: BedTile, privacy: bool) -> str:
    lines = [f"{tile.area} {tile.room}-{tile.label} · {state_text(tile.state)}"]
    features = [text for on, text in (
        (tile.lower_bunk, QCoreApplication.translate("BedsPage", "lower bunk")),
        (tile.accessible, QCoreApplication.translate("BedsPage", "accessible")),
        (tile.near_duty_room, QCoreApplication.translate("BedsPage", "near the duty room"))) if on]
    if features:
        lines.append("、".join(features))
    if tile.case_no:
        lines.append(f"{person_text(tile, privacy)} · {tile.case_no}")
        if tile.since:
            lines.append(QCoreApplication.translate("BedsPage", "In this bed since {time}").format(
                time=fmt_time(tile.since)))
    if tile.state == BedState.HELD and tile.held_until:
        lines.append(QCoreApplication.translate("BedsPage", "Held for {who} until {time}").format(
            who=tile.held_for, time=fmt_time(tile.held_until)))
    if tile.out_of_service_reason:
        lines.append(tile.out_of_service_reason)
    if tile.breaches:
        lines.append(QCoreApplication.translate(
            "BedsPage", "Outside the rules ({what}), approved by {leader}").format(
            what="、".join(breach_text(b) for b in tile.breaches), leader=tile.approved_by))
    return "\n".join(lines)


class BoardCanvas(QWidget):
    """Draws the model as tiles: per area a header with its counts, per room a row of beds.

    Press a tile to select it; drag an occupied tile onto another bed to move the person; drop a
    person from the waiting list onto a bed to give it."""

    tile_clicked = Signal(object)  # BedTile
    tile_activated = Signal(object)

    TILE = QSize(124, 62)
    GAP = 8
    ROOM_LABEL = 64
    HEADER = 34

    def __init__(self, model: BedBoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board_canvas")
        # paintEvent fills all it paints: no background to erase first (a big board is tall)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.model = model
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.area_filter: int | None = None
        self.state_filter: str = ""
        self.flag_filter: str = ""
        self.selected_bed: int | None = None
        self.drop_target: int | None = None
        self._press: tuple[QPoint, BedTile] | None = None
        self._rects: list[tuple[QRect, BedTile]] = []
        self._headers: list[tuple[int, AreaView]] = []
        self._height = 200
        self._icons = {}
        self._frames = {}  #: tile frames by state, breach, highlight, size
        self._elided: dict[tuple[str, int], str] = {}
        self._statics: dict[tuple[str, bool], QStaticText] = {}
        model.modelReset.connect(self.relayout)
        model.dataChanged.connect(lambda *_: self.update())

    # -- filters and layout ---------------------------------------------------------------
    def visible_areas(self) -> list[AreaView]:
        return [a for a in self.model.areas
                if self.area_filter is None or a.id == self.area_filter]

    def tile_matches(self, tile: BedTile) -> bool:
        if self.state_filter and tile.state.value != self.state_filter:
            return False
        if self.flag_filter == "minor":
            return tile.minor
        if self.flag_filter == "medical":
            return tile.medical
        if self.flag_filter == "new":
            return tile.new
        if self.flag_filter == "due":
            return tile.due
        if self.flag_filter == "breach":
            return bool(tile.breaches)
        return True

    def set_filters(self, area: int | None, state: str, flag: str) -> None:
        if (area, state, flag) == (self.area_filter, self.state_filter, self.flag_filter):
            return  # laid out already (a new board is laid out when the model is reset)
        self.area_filter, self.state_filter, self.flag_filter = area, state, flag
        self.relayout()

    def relayout(self) -> None:
        width = max(self.width(), 400)
        tile, gap = self.TILE, self.GAP
        per_row = max(1, (width - self.ROOM_LABEL - 2 * gap) // (tile.width() + gap))
        y = gap
        self._rects, self._headers = [], []
        for area in self.visible_areas():
            self._headers.append((y, area))
            y += self.HEADER
            for room in area.rooms:
                beds = [b for b in room.beds if self.tile_matches(b)]
                if not beds:
                    continue
                for i, bed in enumerate(beds):
                    row, col = divmod(i, per_row)
                    x = self.ROOM_LABEL + gap + col * (tile.width() + gap)
                    self._rects.append((QRect(x, y + row * (tile.height() + gap), tile.width(),
                                              tile.height()), bed))
                rows = (len(beds) + per_row - 1) // per_row
                self._rooms_y = y
                y += rows * (tile.height() + gap)
            y += gap
        self._height = y + gap
        self.setMinimumHeight(self._height)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, self._height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.relayout()

    def tile_at(self, pos: QPoint) -> BedTile | None:
        for rect, tile in self._rects:
            if rect.contains(pos):
                return tile
        return None

    def rect_of(self, bed_id: int) -> QRect | None:
        for rect, tile in self._rects:
            if tile.bed_id == bed_id:
                return rect
        return None

    # -- painting -------------------------------------------------------------------------
    def _icon(self, name: str, colour: str):
        key = (name, colour)
        if key not in self._icons:
            self._icons[key] = icon(name, colour).pixmap(14, 14)
        return self._icons[key]

    def _background(self, tile: BedTile, size: QSize, ratio: float, base: QColor):
        """The tile's frame (fill, state bar, border) on the board's ``base`` colour, as a
        pixmap: a board has a handful of kinds of frame, and an opaque pixmap is copied much
        faster than four antialiased shapes are drawn."""
        highlight = tile.bed_id in (self.selected_bed, self.drop_target)
        key = (tile.state, bool(tile.breaches), highlight, size.width(), size.height(), ratio,
               base.rgba())
        pixmap = self._frames.get(key)
        if pixmap is not None:
            return pixmap
        if len(self._frames) > 200:
            self._frames.clear()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(base)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(QPoint(0, 0), size)
        colour = QColor(STATE_COLOURS[tile.state.value])
        fill = QColor(colour)
        fill.setAlpha(46)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        if tile.state == BedState.OUT_OF_SERVICE:
            stripes = QBrush(QColor("#8d99a6"), Qt.BrushStyle.BDiagPattern)
            painter.setBrush(stripes)
            painter.drawRoundedRect(rect, 6, 6)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 6, rect.height()), 3, 3)
        border = QPen(colour, 1)
        if tile.breaches:
            border = QPen(QColor(STATE_COLOURS["overdue"]), 2, Qt.PenStyle.DashLine)
        if highlight:
            border = QPen(QColor("#1d3557"), 3)
        painter.setPen(border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        painter.end()
        self._frames[key] = pixmap
        return pixmap

    def _elide(self, metrics, text: str, width: int) -> str:
        key = (text, width)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) > 20000:
                self._elided.clear()
            elided = text if metrics.horizontalAdvance(text) <= width else \
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = elided
        return elided

    def _static(self, text: str, font: QFont) -> QStaticText:
        """``text`` laid out once in ``font`` (bed labels and bed states repeat a lot)."""
        key = (text, font.bold())
        static = self._statics.get(key)
        if static is None:
            if len(self._statics) > 2000:
                self._statics.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            self._statics[key] = static
        return static

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elided.clear()
            self._statics.clear()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        base_font = QFont(self.font())
        bold = QFont(base_font)
        bold.setBold(True)
        small = QFont(base_font)
        small.setPointSizeF(max(base_font.pointSizeF() - 1.5, 7))
        for y, area in self._headers:
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            head = QRect(self.GAP, y, self.width() - 2 * self.GAP, self.HEADER - 6)
            painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{area.name}　{kind_text(area.kind)}")
            painter.setFont(base_font)
            counts = QCoreApplication.translate(
                "BedsPage", "occupied {o} · free {f} · held {h} · out of service {x}").format(
                o=area.count(BedState.OCCUPIED), f=area.count(BedState.FREE),
                h=area.count(BedState.HELD), x=area.count(BedState.OUT_OF_SERVICE))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             counts)
            painter.drawLine(self.GAP, y + self.HEADER - 4, self.width() - self.GAP,
                             y + self.HEADER - 4)
        # The tiles in passes (frames, then each font's texts): tiles never overlap, so this
        # paints what tile after tile would, without changing the font thousands of times.
        shown: list[tuple[QRect, BedTile]] = []
        room_labels: list[tuple[QRect, BedTile]] = []
        rooms_seen: set[int] = set()
        dirty = event.rect().adjusted(-4, -4, 4, 4)
        for rect, tile in self._rects:
            first = tile.room_id not in rooms_seen
            rooms_seen.add(tile.room_id)
            if rect.intersects(dirty):
                shown.append((rect, tile))
                if first:
                    room_labels.append((rect, tile))
        size, ratio = self.TILE, self.devicePixelRatioF()
        base = palette.color(QPalette.ColorRole.Base)
        for rect, tile in shown:
            painter.drawPixmap(rect.topLeft(), self._background(tile, size, ratio, base))
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for rect, tile in room_labels:
            painter.drawText(QRect(self.GAP, rect.top(), self.ROOM_LABEL, 24), LEFT_MIDDLE,
                             tile.room)
        painter.setPen(QColor("#1f2d3a"))
        label_top = 4 + (20 - QFontMetricsF(bold).height()) / 2  # centred in 20 px
        news = []
        for rect, tile in shown:
            inner = rect.adjusted(11, 4, -6, -4)
            painter.drawStaticText(QPointF(inner.left(), rect.top() + label_top),
                                   self._static(tile.label, bold))
            x = inner.right() - 14
            if tile.minor or tile.medical or tile.due or tile.breaches:
                for name, mark_colour in self._marks(tile):
                    painter.drawPixmap(x, inner.top() + 3, self._icon(name, mark_colour))
                    x -= 16
            if tile.new:
                news.append(QRect(x - 22, inner.top(), 36, 20))
        if news:
            painter.setFont(small)
            painter.setPen(QColor("#2a6f97"))
            new = QCoreApplication.translate("BedsPage", "new")
            for rect in news:
                painter.drawText(rect, RIGHT_MIDDLE, new)
        # names at a baseline centred in 24 px (text drawn at a point is laid out faster than
        # in a rectangle); the few state texts are prepared once
        painter.setFont(base_font)
        metrics = painter.fontMetrics()
        line = QFontMetricsF(base_font)
        text_top = 26 + (24 - line.height()) / 2
        baseline = text_top + line.ascent()
        pen = None
        states: dict[BedState, str] = {}
        for rect, tile in shown:
            left, width = rect.left() + 11, rect.width() - 17
            text = person_text(tile, self.model.privacy)
            if text:
                if pen != "#1f2d3a":
                    painter.setPen(QColor("#1f2d3a"))
                    pen = "#1f2d3a"
                painter.drawText(QPointF(left, rect.top() + baseline),
                                 self._elide(metrics, text, width))
                continue
            text = states.get(tile.state)
            if text is None:
                text = states[tile.state] = state_text(tile.state)
            if tile.state == BedState.HELD and tile.held_until:
                text += " " + tile.held_until.strftime("%H:%M")
            if pen != "#4a5a68":
                painter.setPen(QColor("#4a5a68"))
                pen = "#4a5a68"
            painter.drawStaticText(QPointF(left, rect.top() + text_top),
                                   self._static(self._elide(metrics, text, width), base_font))
        painter.end()

    @staticmethod
    def _marks(tile: BedTile) -> list[tuple[str, str]]:
        marks = []
        if tile.minor:
            marks.append(("mdi6.human-child", "#6a4c93"))
        if tile.medical:
            marks.append(("mdi6.medical-bag", "#c0392b"))
        if tile.due:
            marks.append(("mdi6.clock-alert-outline", "#c0392b"))
        if tile.breaches:
            marks.append(("mdi6.alert", "#c0392b"))
        return marks

    # -- mouse, drag and drop -------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        tile = self.tile_at(event.position().toPoint())
        if tile is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(tile.bed_id)
            self.tile_clicked.emit(tile)
            self._press = (event.position().toPoint(), tile)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        tile = self.tile_at(event.position().toPoint())
        if tile is not None:
            self.tile_activated.emit(tile)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if self._press and event.buttons() & Qt.MouseButton.LeftButton:
            start, tile = self._press
            if tile.case_no and (pos - start).manhattanLength() \
                    >= QApplication.startDragDistance():
                self._press = None
                drag = QDrag(self)
                drag.setMimeData(case_mime(tile.case_no))
                drag.exec(Qt.DropAction.MoveAction)
                return
        tile = self.tile_at(pos)
        if tile is not None:
            QToolTip.showText(event.globalPosition().toPoint(),
                              tile_tooltip(tile, self.model.privacy), self)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._press = None
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(CASE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        tile = self.tile_at(event.position().toPoint())
        target = tile.bed_id if tile is not None else None
        if target != self.drop_target:
            self.drop_target = target
            self.update()
        if tile is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.drop_target = None
        self.update()

    def dropEvent(self, event) -> None:  # noqa: N802
        self.drop_target = None
        tile = self.tile_at(event.position().toPoint())
        if tile is None or not event.mimeData().hasFormat(CASE_MIME):
            event.ignore()
            return
        row = next(i for i, a in enumerate(self.model.areas) if a.id == tile.area_id)
        bed_row = self.model.areas[row].beds.index(tile)
        parent = self.model.index(bed_row, 0, self.model.index(row, 0))
        event.acceptProposedAction()
        self.model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, -1, -1, parent)
        self.update()

    def select(self, bed_id: int | None) -> None:
        self.selected_bed = bed_id
        self.update()


class WaitingList(QListWidget):
    """People in the station without a bed; drag one onto a bed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiting_list")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def mimeData(self, items) -> QMimeData:  # noqa: N802
        for item in items:
            return case_mime(item.data(Qt.ItemDataRole.UserRole))
        return QMimeData()

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CASE_MIME]


class ApprovalDialog(QDialog):
    """The leader on duty approves a placement outside the rules: reason, and their password
    when someone else is logged in."""

    def __init__(self, desk, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approval_dialog")
        self.setMinimumWidth(460)
        self.setWindowTitle(self.tr("Leader on duty's approval"))
        self.desk = desk
        officer = desk.require()
        self.self_approves = officer.may(Permission.APPROVE_EXCEPTION)
        layout = QVBoxLayout(self)
        text = QLabel(sentence, objectName="warning_text")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.reason_edit = QLineEdit(objectName="approval_reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Why this bed (e.g. the boys' area is full)"))
        self.fields.add("approval_reason", self.tr("Reason"), self.reason_edit, required=True)
        self.leader_combo = QComboBox(objectName="approval_leader_combo")
        self.password_edit = QLineEdit(objectName="approval_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if not self.self_approves:
            for login, name in self._leaders():
                self.leader_combo.addItem(f"{name}（{login}）", login)
            self.fields.add("approval_leader", self.tr("Leader on duty"), self.leader_combo,
                            required=True,
                            tooltip=self.tr("An active officer with the leader on duty role."))
            self.fields.add("approval_password", self.tr("Leader's password"),
                            self.password_edit, required=True,
                            tooltip=self.tr("The leader's own login password."))
        layout.addLayout(form)
        self.approval: Approval | None = None
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Approve"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def _leaders(self) -> list[tuple[str, str]]:
        try:
            return leaders(self.desk)
        except DeskError:
            return []

    def current(self) -> Approval:
        if self.self_approves:
            return Approval(self.reason_edit.text())
        return Approval(self.reason_edit.text(), self.leader_combo.currentData() or "",
                        self.password_edit.text())

    def on_accept(self) -> None:
        self.fields.clear()
        self.approval = self.current()
        if self.call is None:
            self.accept()
            return
        try:
            self.call(self.approval)
        except DeskError as error:
            self.fields.show_error(error, "approval_reason")
            return
        self.accept()


class HoldDialog(QDialog):
    def __init__(self, default_hours: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hold_dialog")
        self.setMinimumWidth(460)
        self.setWindowTitle(self.tr("Hold this bed"))
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.for_edit = QLineEdit(objectName="held_for_edit")
        self.for_edit.setPlaceholderText(self.tr("Who is expected, e.g. police bringing a man"))
        self.hours_spin = QSpinBox(objectName="hold_hours_spin")
        self.hours_spin.setRange(1, 48)
        self.hours_spin.setValue(default_hours)
        self.hours_spin.setSuffix(self.tr(" h"))
        self.fields.add("held_for", self.tr("Held for"), self.for_edit, required=True)
        self.fields.add("hours", self.tr("For"), self.hours_spin,
                        tooltip=self.tr("1 to 48 hours; the station's default is {hours} h "
                                        "(local rule).").format(hours=default_hours))
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Hold"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(
            self.for_edit.text(), self.hours_spin.value()), "held_for")


class ReasonDialog(QDialog):
    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setMinimumWidth(460)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.reason_edit = QLineEdit(objectName="reason_edit")
        self.fields.add("reason", label, self.reason_edit, required=True)
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(
            self.reason_edit.text()), "reason")


class BedsPage(QWidget):
    """The bed board page."""

    changed = Signal()
    open_stay_requested = Signal(str)
    departure_requested = Signal(str)

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beds_page")
        self.desk = desk
        self.beds = BedService(desk)
        self._icons = {}
        officer = desk.require()
        self.may_place = officer.may(Permission.BEDS)
        self.may_depart = officer.may(Permission.DEPARTURE)
        self.title = self.tr("Beds")
        self.board: Board | None = None
        self.current: BedTile | None = None
        outer = QVBoxLayout(self)
        # -- bar: filters, find, privacy, print
        bar = QHBoxLayout()
        self.area_combo = QComboBox(objectName="area_filter_combo")
        self.state_combo = QComboBox(objectName="state_filter_combo")
        self.state_combo.addItem(self.tr("All beds"), "")
        for state in BedState:
            self.state_combo.addItem(state_text(state), state.value)
        self.flag_combo = QComboBox(objectName="flag_filter_combo")
        for text, key in ((self.tr("Everyone"), ""), (self.tr("Minors"), "minor"),
                          (self.tr("Medical watch"), "medical"),
                          (self.tr("New in 24 h"), "new"), (self.tr("Due to leave"), "due"),
                          (self.tr("Outside the rules"), "breach")):
            self.flag_combo.addItem(text, key)
        self.find_edit = QLineEdit(objectName="board_find_edit")
        self.find_edit.setPlaceholderText(self.tr("Find a person, or scan a slip"))
        self.find_edit.setClearButtonEnabled(True)
        self.privacy_check = QCheckBox(self.tr("Privacy (initials only)"),
                                       objectName="privacy_check")
        self.roll_button = QPushButton(icon("mdi6.clipboard-list"), self.tr("Presence roll"),
                                       objectName="print_roll_button")
        self.roll_button.setToolTip(self.tr("Print everyone in the station now, by area and "
                                            "bed (fire drill, outage)"))
        self.sheet_button = QPushButton(icon("mdi6.printer"), self.tr("Print board"),
                                        objectName="print_board_button")
        for widget in (QLabel(self.tr("Area")), self.area_combo, self.state_combo,
                       self.flag_combo):
            bar.addWidget(widget)
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.privacy_check)
        bar.addWidget(self.roll_button)
        bar.addWidget(self.sheet_button)
        outer.addLayout(bar)
        self.summary_label = QLabel(objectName="board_summary")
        outer.addWidget(self.summary_label)
        # -- board | side panel
        split = QSplitter(Qt.Orientation.Horizontal, objectName="beds_split")
        self.model = BedBoardModel(self)
        self.canvas = BoardCanvas(self.model)
        scroll = QScrollArea(objectName="board_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        self.scroll = scroll
        split.addWidget(scroll)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_box = QGroupBox(self.tr("Bed"), objectName="bed_detail_box")
        detail_layout = QVBoxLayout(self.detail_box)
        self.detail_title = QLabel(objectName="detail_title")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel(objectName="detail_text")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(icon("mdi6.card-account-details"), self.tr("Open stay"),
                                       objectName="open_stay_button")
        self.release_button = QPushButton(icon("mdi6.bed-empty"), self.tr("Free the bed"),
                                          objectName="release_button")
        self.depart_button = QPushButton(icon("mdi6.exit-run"), self.tr("Departure…"),
                                         objectName="depart_button")
        self.hold_button = QPushButton(icon("mdi6.timer-lock"), self.tr("Hold…"),
                                       objectName="hold_button")
        self.unhold_button = QPushButton(icon("mdi6.timer-off"), self.tr("End hold"),
                                         objectName="unhold_button")
        self.oos_button = QPushButton(icon("mdi6.wrench"), self.tr("Out of service…"),
                                      objectName="oos_button")
        self.in_service_button = QPushButton(icon("mdi6.check"), self.tr("Back in service"),
                                             objectName="in_service_button")
        self.clean_button = QPushButton(icon("mdi6.broom"), self.tr("Cleaned"),
                                        objectName="clean_button")
        grid = QVBoxLayout()
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.open_button, self.depart_button, self.release_button,
                  self.clean_button):
            row1.addWidget(b)
        for b in (self.hold_button, self.unhold_button, self.oos_button,
                  self.in_service_button):
            row2.addWidget(b)
        row1.addStretch()
        row2.addStretch()
        grid.addLayout(row1)
        grid.addLayout(row2)
        buttons.addLayout(grid)
        detail_layout.addLayout(buttons)
        side_layout.addWidget(self.detail_box)
        wait_box = QGroupBox(self.tr("Waiting for a bed"), objectName="waiting_box")
        wait_layout = QVBoxLayout(wait_box)
        hint = QLabel(self.tr("Drag a person onto a bed, or give the suggested bed."),
                      objectName="hint")
        hint.setWordWrap(True)
        wait_layout.addWidget(hint)
        self.waiting_list = WaitingList()
        self.waiting_list.setToolTip(self.tr(
            "Men and women apart, except in a family area; minors and adults apart; otherwise "
            "the leader on duty approves."))
        wait_layout.addWidget(self.waiting_list)
        self.give_button = primary_button(self.tr("Give the suggested bed"), "mdi6.bed")
        self.give_button.setObjectName("give_button")
        wait_layout.addWidget(self.give_button)
        side_layout.addWidget(wait_box, 2)
        off_box = QGroupBox(self.tr("Counted off site"), objectName="off_site_box")
        off_layout = QVBoxLayout(off_box)
        self.off_site_list = QListWidget(objectName="off_site_list")
        off_layout.addWidget(self.off_site_list)
        side_layout.addWidget(off_box, 1)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 360])
        outer.addWidget(split, 1)
        # -- wiring
        self.area_combo.currentIndexChanged.connect(self.apply_filters)
        self.state_combo.currentIndexChanged.connect(self.apply_filters)
        self.flag_combo.currentIndexChanged.connect(self.apply_filters)
        self.privacy_check.toggled.connect(self.set_privacy)
        self.find_edit.returnPressed.connect(self.on_find)
        self.canvas.tile_clicked.connect(self.show_tile)
        self.canvas.tile_activated.connect(self.on_tile_activated)
        self.model.drop_requested.connect(self.place)
        self.waiting_list.currentItemChanged.connect(self.on_waiting_selected)
        self.waiting_list.itemDoubleClicked.connect(lambda _i: self.on_give())
        self.give_button.clicked.connect(self.on_give)
        self.open_button.clicked.connect(self.on_open_stay)
        self.depart_button.clicked.connect(
            lambda: self.current and self.departure_requested.emit(self.current.case_no))
        self.release_button.clicked.connect(self.on_release)
        self.hold_button.clicked.connect(self.on_hold)
        self.unhold_button.clicked.connect(lambda: self.bed_action(self.beds.release_hold))
        self.oos_button.clicked.connect(self.on_out_of_service)
        self.in_service_button.clicked.connect(lambda: self.bed_action(self.beds.back_in_service))
        self.clean_button.clicked.connect(lambda: self.bed_action(self.beds.mark_clean))
        self.roll_button.clicked.connect(lambda: self.print_sheet("roll"))
        self.sheet_button.clicked.connect(lambda: self.print_sheet("board"))
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)  # holds end by themselves: keep the board current
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.reload()

    # -- helpers --------------------------------------------------------------------------
    def status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.title, text) == QMessageBox.StandardButton.Yes

    def warn(self, error: DeskError) -> None:
        QMessageBox.warning(self, self.title, tr_desk_error(error))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            board = self.beds.board()
        except DeskError as error:
            self.status(tr_desk_error(error))
            return
        self.board = board
        area = self.area_combo.currentData()
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("All areas"), None)
        for a in board.areas:
            self.area_combo.addItem(a.name, a.id)
        index = self.area_combo.findData(area)
        self.area_combo.setCurrentIndex(max(index, 0))
        self.area_combo.blockSignals(False)
        self.model.set_board(board)
        self.apply_filters()
        self.summary_label.setText(self.tr(
            "In station {n}: in a bed {o}, waiting for a bed {w}, off site {s}. Beds: free {f}, "
            "held {h}, being cleaned {c}, out of service {x}.").format(
            n=board.in_station, o=board.count(BedState.OCCUPIED), w=len(board.waiting),
            s=len(board.off_site), f=board.count(BedState.FREE), h=board.count(BedState.HELD),
            c=board.count(BedState.CLEANING), x=board.count(BedState.OUT_OF_SERVICE)))
        self._fill_waiting(board)
        self.off_site_list.clear()
        for row in board.off_site:
            status = QCoreApplication.translate("Intake", STATUS_LABELS[StayStatus(row.status)])
            name = row.person_name if not self.model.privacy else ""
            self.off_site_list.addItem(f"{row.case_no}  {name}  · {status}".replace("   ", " "))
        if self.current is not None:
            tile = next((b for b in board.beds if b.bed_id == self.current.bed_id), None)
            self.show_tile(tile)
        else:
            self.show_tile(None)
        self.changed.emit()

    def _waiting_icon(self, name: str, colour: str = "#34495e"):
        key = (name, colour)
        if key not in self._icons:
            self._icons[key] = icon(name, colour)
        return self._icons[key]

    def _fill_waiting(self, board: Board) -> None:
        chosen = self.waiting_list.currentItem()
        chosen_case = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
        self.waiting_list.clear()
        for row in board.waiting:
            who = person_text(row, self.model.privacy)
            sex = {"M": self.tr("male"), "F": self.tr("female")}.get(row.sex, self.tr("sex?"))
            age = self.tr("{n} yrs").format(n=row.age) if row.age is not None else ""
            where = row.suggestion.place if row.suggestion else self.tr(
                "no allowed bed free")
            item = QListWidgetItem(f"{who}　{sex} {age}\n{row.case_no} → {where}")
            item.setData(Qt.ItemDataRole.UserRole, row.case_no)
            if row.minor:
                item.setIcon(self._waiting_icon("mdi6.human-child", "#6a4c93"))
            elif row.medical:
                item.setIcon(self._waiting_icon("mdi6.medical-bag", "#c0392b"))
            else:
                item.setIcon(self._waiting_icon("mdi6.account-clock"))
            self.waiting_list.addItem(item)
            if row.case_no == chosen_case:
                self.waiting_list.setCurrentItem(item)
        self.give_button.setEnabled(self.may_place and bool(board.waiting))

    def apply_filters(self) -> None:
        self.canvas.set_filters(self.area_combo.currentData(), self.state_combo.currentData()
                                or "", self.flag_combo.currentData() or "")

    def set_privacy(self, on: bool) -> None:
        self.model.set_privacy(on)
        if self.board is not None:
            self._fill_waiting(self.board)
            self.reload()

    # -- a bed ----------------------------------------------------------------------------
    def show_tile(self, tile: BedTile | None) -> None:
        self.current = tile
        self.canvas.select(tile.bed_id if tile else None)
        for b in (self.open_button, self.release_button, self.hold_button, self.unhold_button,
                  self.oos_button, self.in_service_button, self.clean_button,
                  self.depart_button):
            b.setVisible(False)
        if tile is None:
            self.detail_title.setText(self.tr("Choose a bed on the board."))
            self.detail_text.setText(self.tr(
                "Colours: green-teal free, blue occupied, amber held, grey out of service, "
                "violet being cleaned. A dashed red border marks a placement outside the rules "
                "approved by the leader on duty."))
            return
        self.detail_title.setText(f"<b>{tile.area} {tile.room}-{tile.label}</b>　"
                                  f"{state_text(tile.state)}")
        self.detail_text.setText(tile_tooltip(tile, self.model.privacy).partition("\n")[2])
        occupied = bool(tile.case_no)
        self.open_button.setVisible(occupied)
        self.depart_button.setVisible(occupied and self.may_depart)
        self.release_button.setVisible(occupied and self.may_place)
        self.hold_button.setVisible(self.may_place and tile.state in (BedState.FREE,
                                                                      BedState.CLEANING))
        self.unhold_button.setVisible(self.may_place and tile.state == BedState.HELD)
        self.oos_button.setVisible(self.may_place and not occupied
                                   and tile.state != BedState.OUT_OF_SERVICE)
        self.in_service_button.setVisible(self.may_place
                                          and tile.state == BedState.OUT_OF_SERVICE)
        self.clean_button.setVisible(self.may_place and tile.state == BedState.CLEANING)

    def on_tile_activated(self, tile: BedTile) -> None:
        if tile.case_no:
            self.open_stay_requested.emit(tile.case_no)

    def on_open_stay(self) -> None:
        if self.current and self.current.case_no:
            self.open_stay_requested.emit(self.current.case_no)

    def bed_action(self, call) -> None:
        if self.current is None:
            return
        try:
            call(self.current.bed_id)
        except DeskError as error:
            self.warn(error)
        self.reload()

    def on_release(self) -> None:
        tile = self.current
        if tile is None or not tile.case_no:
            return
        if not self.confirm(self.tr("Free bed {bed}? {name} then has no bed until given "
                                    "another.").format(bed=f"{tile.room}-{tile.label}",
                                                       name=person_text(tile,
                                                                        self.model.privacy))):
            return
        try:
            self.beds.release(tile.case_no)
        except DeskError as error:
            self.warn(error)
        self.reload()

    def on_hold(self) -> None:
        if self.current is None:
            return
        from rescue_desk.services.settings import SettingsService

        dialog = HoldDialog(int(SettingsService(self.desk).get("bed_hold_hours")), self)
        bed = self.current.bed_id
        dialog.call = lambda who, hours: self.beds.hold(bed, held_for=who, hours=hours)
        if self.run_dialog(dialog):
            self.reload()

    def on_out_of_service(self) -> None:
        if self.current is None:
            return
        dialog = ReasonDialog(self.tr("Out of service"), self.tr("Reason"), self)
        bed = self.current.bed_id
        dialog.call = lambda reason: self.beds.set_out_of_service(bed, reason)
        if self.run_dialog(dialog):
            self.reload()

    # -- placing --------------------------------------------------------------------------
    def on_waiting_selected(self, item, _previous=None) -> None:
        if item is None or self.board is None:
            return
        case_no = item.data(Qt.ItemDataRole.UserRole)
        row = next((r for r in self.board.waiting if r.case_no == case_no), None)
        if row is not None and row.suggestion is not None:
            self.canvas.select(row.suggestion.bed_id)
            self.scroll_to(row.suggestion.bed_id)

    def on_give(self) -> None:
        item = self.waiting_list.currentItem() or self.waiting_list.item(0)
        if item is None or self.board is None:
            return
        case_no = item.data(Qt.ItemDataRole.UserRole)
        row = next((r for r in self.board.waiting if r.case_no == case_no), None)
        if row is None:
            return
        if row.suggestion is None:
            QMessageBox.information(self, self.title, self.tr(
                "No free bed is allowed for this person. Drag them onto a bed; a bed outside "
                "the rules needs the leader on duty's approval."))
            return
        self.place(case_no, row.suggestion.bed_id)

    def place(self, case_no: str, bed_id: int) -> bool:
        """Give (or move to) a bed; a bed outside the rules asks for the leader's approval."""
        if not self.may_place:
            self.status(self.tr("Your role may not give out beds."))
            return False
        try:
            place = self.beds.assign(case_no, bed_id)
        except PlacementNeedsApproval as error:
            dialog = ApprovalDialog(self.desk, tr_desk_error(error), self)
            result: dict[str, str] = {}

            def approve(approval: Approval) -> None:
                result["place"] = self.beds.assign(case_no, bed_id, approval)

            dialog.call = approve
            if not self.run_dialog(dialog) or "place" not in result:
                self.reload()
                return False
            place = result["place"]
        except DeskError as error:
            self.warn(error)
            self.reload()
            return False
        self.status(self.tr("{case} now sleeps in {place}.").format(case=case_no, place=place))
        self.reload()
        tile = self.board.tile(case_no) if self.board else None
        if tile is not None:
            self.show_tile(tile)
        return True

    # -- finding --------------------------------------------------------------------------
    def scroll_to(self, bed_id: int) -> None:
        rect = self.canvas.rect_of(bed_id)
        if rect is not None:
            self.scroll.ensureVisible(rect.center().x(), rect.center().y(), 60, 80)

    def highlight(self, case_no: str) -> bool:
        """Show where a person sleeps (a scanned slip or a search hit)."""
        if self.board is None:
            self.reload()
        tile = self.board.tile(case_no) if self.board else None
        if tile is None:
            waiting = next((r for r in self.board.waiting if r.case_no == case_no), None) \
                if self.board else None
            if waiting is not None:
                for i in range(self.waiting_list.count()):
                    if self.waiting_list.item(i).data(Qt.ItemDataRole.UserRole) == case_no:
                        self.waiting_list.setCurrentRow(i)
                self.status(self.tr("{case} has no bed yet.").format(case=case_no))
                return True
            self.status(self.tr("{case} is not in a bed.").format(case=case_no))
            return False
        if self.area_combo.currentData() not in (None, tile.area_id):
            self.area_combo.setCurrentIndex(0)
        self.state_combo.setCurrentIndex(0)
        self.flag_combo.setCurrentIndex(0)
        self.show_tile(tile)
        self.scroll_to(tile.bed_id)
        return True

    def on_find(self) -> None:
        text = self.find_edit.text().strip()
        if not text or self.board is None:
            return
        payload = parse_payload(text)
        if payload and payload[0] == "STAY":
            found = self.highlight(payload[1])
        else:
            tiles = [b for b in self.board.beds if b.case_no and (
                text.upper() == b.case_no or text in b.person_name
                or text.upper() == b.initials)]
            found = bool(tiles) and self.highlight(tiles[0].case_no)
            if not tiles:
                self.status(self.tr("Nobody in a bed matches “{text}”.").format(text=text))
        if found:
            self.find_edit.clear()

    # -- printing -------------------------------------------------------------------------
    def sheet_pdf(self, kind: str) -> bytes:
        from rescue_desk.printing import bed_sheets

        ctx = printing.print_context(self.desk)
        stream = io.BytesIO()
        board = self.beds.board()
        if kind == "roll":
            bed_sheets.presence_roll(board, ctx, stream)
        else:
            bed_sheets.board_sheet(board, ctx, stream, privacy=self.model.privacy)
        return stream.getvalue()

    def print_sheet(self, kind: str) -> bool:
        try:
            data = self.sheet_pdf(kind)
        except DeskError as error:
            self.warn(error)
            return False
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        if printing.print_pdf(self, data, f"{kind}-{stamp}.pdf"):
            self.beds.note_printed(kind)
            return True
        return False

