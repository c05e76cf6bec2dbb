"""People (人员): everyone the station has helped, newest registered first, with where their latest
stay stands; filters for who is in the station now and who is unidentified; the presence roll.

The list is a table over a block cache (``PeopleTableModel``): it knows its length from one
count and reads only the blocks of rows the view paints, so it opens and scrolls as fast on a
million people as on forty.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
from collections import OrderedDict
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.departure import TYPE_LABELS, DepartureType
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.intake import STATUS_LABELS, Outcome, StayStatus
from rescue_desk.services.people import (
    BLOCK_SIZE,
    PeopleFilter,
    PeopleList,
    PeopleService,
    PersonFlag,
    PersonRow,
)
from rescue_desk.ui import printing
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.models import ROW_ROLE
from rescue_desk.ui.theme import ACCENT, STATE_COLOURS
from rescue_desk.ui.widgets import EmptyState, icon

_Index = QModelIndex | QPersistentModelIndex

#: Blocks the model keeps (the rest are read again when scrolled back to).
MAX_BLOCKS = 20

#: Status colours (never the only cue: the cell says it in words).
STATUS_COLOURS = {
    StayStatus.IN_STATION.value: STATE_COLOURS["occupied"],
    StayStatus.IN_HOSPITAL.value: "#9a6400",
    StayStatus.IN_CARE.value: "#9a6400",
    StayStatus.CLOSED.value: "#5f6b78",
}
#: Icons of the flags (UI.md: minor = a child icon, medical watch = a cross).
FLAG_ICONS = {
    PersonFlag.MINOR: ("mdi6.human-child", "#7b4fb0"),
    PersonFlag.MEDICAL: ("mdi6.medical-bag", "#c0392b"),
    PersonFlag.UNIDENTIFIED: ("mdi6.account-question", "#5f6b78"),
    PersonFlag.ID_WARNING: ("mdi6.card-account-details-outline", "#9a6400"),
}
_FLAG_ORDER = (PersonFlag.MINOR, PersonFlag.MEDICAL, PersonFlag.UNIDENTIFIED,
               PersonFlag.ID_WARNING)

#: The filter buttons as one segmented control (set on the buttons alone: a style sheet on
#: the page would also be matched for every cell the table paints).
SEGMENT_STYLE = f"""
QPushButton {{ border: 1px solid #c5ced6; background: #ffffff; padding: 5px 14px; margin: 0; }}
QPushButton:checked {{
    background: {ACCENT}; color: white; border-color: #185a71; font-weight: bold;
}}
QPushButton:hover:!checked {{ background: #eef4f7; }}
"""


def sex_text(sex: str) -> str:
    labels = {"M": "Male", "F": "Female", "U": "Cannot be determined"}
    return QCoreApplication.translate("Sex", labels[sex]) if sex in labels else ""


def _date(value: dt.datetime | None) -> str:
    """``2026-11-28`` (by hand: strftime costs more, for every row of every block)."""
    return "" if value is None else f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def _minute(value: dt.datetime | None) -> str:
    """``2026-11-28 21:05``, as ``fmt_time`` writes it."""
    if value is None:
        return ""
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
            f"{value.hour:02d}:{value.minute:02d}")


class _Entry(NamedTuple):
    """A row with what its cells show, worked out once when its block is read."""

    row: PersonRow
    texts: tuple[str, ...]
    #: per text, its full-width (CJK) and its other characters, for a quick guess of its width
    #: (one flat tuple of numbers: the garbage collector need not track it)
    sizes: tuple[int, ...]
    status_colour: QColor | None
    flag_icon: QIcon | None


def _sizes(texts: tuple[str, ...]) -> tuple[int, ...]:
    sizes = []
    for text in texts:
        wide = sum(1 for c in text if c > "\u2e7f")
        sizes += (wide, len(text) - wide)
    return tuple(sizes)


#: Alignment of each column's text (name … flags).
_CENTRE = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN = (_LEFT, _CENTRE, _CENTRE, _LEFT, _LEFT, _LEFT, _LEFT, _CENTRE, _LEFT, _LEFT)


class PeopleTableModel(QAbstractTableModel):
    """The people list: one row per person, newest registered first.

    The order is fixed (registration, newest first) so the model has no sort role: sorting a
    million rows by another column would need every row, which is what this model avoids.
    ``ROW_ROLE`` gives the row's ``PersonRow``.

    Rows come in blocks of ``block_size`` read when ``data()`` first asks for a row of the
    block; at most ``max_blocks`` blocks are kept (least recently used dropped), so memory
    stays flat however far one scrolls. This is the stronger form of the house rule "large
    lists fetch lazily (canFetchMore/fetchMore)": fetchMore only appends, so the scroll bar
    would show the rows read so far instead of the real length, dragging it to the end would
    read (and keep) every row on the way, and nothing read could be let go. A known count
    from one cheap query gives a true scroll bar, any offset in one block read, and a bounded
    cache; ``canFetchMore`` stays False because every row already "exists".

    A block's cell texts are worked out once when it is read; ``PeopleDelegate`` paints from
    them, and ``data()`` answers from them.
    """

    class Column(enum.IntEnum):
        """Who first, then where they stand and what to glance at, then the numbers that
        identify them (which a narrow window may leave to the right)."""

        NAME = 0
        SEX = 1
        AGE = 2
        STATUS = 3
        FLAGS = 4
        CASE_NO = 5
        ARRIVED = 6
        STAYS = 7
        ID_NUMBER = 8
        PHONE = 9

    #: A block could not be read (a DeskError, e.g. the database is busy).
    load_failed = Signal(object)

    def __init__(self, service: PeopleService, *, block_size: int = BLOCK_SIZE,
                 max_blocks: int = MAX_BLOCKS, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.block_size = block_size
        self.max_blocks = max(max_blocks, 2)
        self.people: PeopleList | None = None
        self._blocks: OrderedDict[int, list[_Entry]] = OrderedDict()
        self._failed: set[int] = set()
        self._icons: dict[PersonFlag, QIcon] = {}
        self._colours = {status: QColor(colour) for status, colour in STATUS_COLOURS.items()}
        self._headers = tuple(self.header(c) for c in self.Column)
        #: The translated words of the cells, looked up once.
        self.words = self._words()
        #: Blocks read since the list was set (tests and the benchmark look at it).
        self.reads = 0

    # -- the list -----------------------------------------------------------------------------
    def set_list(self, people: PeopleList | None) -> None:
        """Show ``people`` (as opened by the service); nothing is read until a row is asked."""
        self.beginResetModel()
        self.people = people
        self._blocks.clear()
        self._failed.clear()
        self.reads = 0
        self.endResetModel()

    def cached_blocks(self) -> int:
        return len(self._blocks)

    def row_at(self, row: int) -> PersonRow | None:
        """The row at ``row``, reading its block if needed; None outside the list."""
        entry = self.entry(row)
        return entry.row if entry is not None else None

    def entry(self, row: int) -> _Entry | None:
        """The row at ``row`` with its cell texts, reading its block if needed."""
        if self.people is None or not (0 <= row < self.people.count):
            return None
        number, at = divmod(row, self.block_size)
        block = self._blocks.get(number)
        if block is None:
            block = self._read(number)
            if block is None:
                return None
        else:
            self._blocks.move_to_end(number)
        return block[at] if at < len(block) else None

    def _read(self, number: int) -> list[_Entry] | None:
        if number in self._failed or self.people is None:
            return None
        offset = number * self.block_size
        near = None
        before, after = self._blocks.get(number - 1), self._blocks.get(number + 1)
        if before:
            near = (offset - 1, before[-1].row.person_id)
        elif after:
            near = (offset + self.block_size, after[0].row.person_id)
        try:
            rows = self.service.rows(self.people, offset, self.block_size, near=near)
        except DeskError as error:
            self._failed.add(number)
            self.load_failed.emit(error)
            return None
        self.reads += 1
        block = [self._entry(row) for row in rows]
        self._blocks[number] = block
        while len(self._blocks) > self.max_blocks:
            self._blocks.popitem(last=False)
        return block

    def _entry(self, row: PersonRow) -> _Entry:
        texts = (row.name, self.words["sex"].get(row.sex, ""),
                 "" if row.age is None else str(row.age), self.status_text(row),
                 self.flags_text(row), row.case_no, _minute(row.arrived_at), str(row.stays),
                 row.id_shown, row.phone)  # in Column order
        colour = self._colours.get(row.status)
        first = next((f for f in _FLAG_ORDER if f in row.flags), None)
        return _Entry(row, texts, _sizes(texts), colour,
                      self._icon(first) if first is not None else None)

    def _icon(self, flag: PersonFlag) -> QIcon:
        if flag not in self._icons:
            name, colour = FLAG_ICONS[flag]
            self._icons[flag] = icon(name, colour)
        return self._icons[flag]

    # -- the model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.people is None:
            return 0
        return self.people.count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def header(self, column: Column) -> str:
        c = self.Column
        return {
            c.NAME: self.tr("Name"),
            c.SEX: self.tr("Sex"),
            c.AGE: self.tr("Age"),
            c.ID_NUMBER: self.tr("ID number"),
            c.PHONE: self.tr("Phone"),
            c.STAYS: self.tr("Stays"),
            c.CASE_NO: self.tr("Latest case no."),
            c.ARRIVED: self.tr("Arrived"),
            c.STATUS: self.tr("Where now"),
            c.FLAGS: self.tr("Flags"),
        }[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.texts[column]
        if role == ROW_ROLE:
            return entry.row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_ALIGN[column])
        if role == Qt.ItemDataRole.ForegroundRole:
            return entry.status_colour if column == self.Column.STATUS else None
        if role == Qt.ItemDataRole.DecorationRole:
            return entry.flag_icon if column == self.Column.FLAGS else None
        # the tool tip: what an elided cell says in full
        if column == self.Column.STATUS:
            return f"{entry.row.case_no}　{entry.texts[column]}".strip()
        return (entry.texts[column] or None) if column == self.Column.FLAGS else None

    def _words(self) -> dict:
        """Every translated word and template the cells use, looked up once per model."""
        return {
            "no_stay": self.tr("No stay"),
            "placed": self.tr("In station · {place}"),
            "waiting": self.tr("In station · waiting for a bed"),
            "refused": self.tr("Refused {day}"),
            "police": self.tr("Handed to the police {day}"),
            "died": self.tr("Died {day}"),
            "left_how": self.tr("Left {day} · {how}"),
            "left": self.tr("Left {day}"),
            "off_site": {status.value: QCoreApplication.translate("Intake", label)
                         for status, label in STATUS_LABELS.items()},
            "how": {kind.value: QCoreApplication.translate("Departure", label)
                    for kind, label in TYPE_LABELS.items()},
            "sex": {sex: sex_text(sex) for sex in "MFU"},
            "flags": {
                PersonFlag.MINOR: self.tr("Minor"),
                PersonFlag.MEDICAL: self.tr("Medical watch"),
                PersonFlag.UNIDENTIFIED: self.tr("Unidentified"),
                PersonFlag.ID_WARNING: self.tr("ID number unchecked"),
            },
        }

    def status_text(self, row: PersonRow) -> str:
        """Where the latest stay stands, in words."""
        words = self.words
        if not row.status:
            return words["no_stay"]
        if row.status == _IN_STATION:
            return words["placed"].format(place=row.place) if row.place else words["waiting"]
        if row.status != _CLOSED:
            return words["off_site"].get(row.status, row.status)
        day = _date(row.ended_at)
        if row.outcome == _REFUSE:
            text = words["refused"].format(day=day)
        elif row.outcome == _POLICE:
            text = words["police"].format(day=day)
        elif row.departure == _DEATH:
            text = words["died"].format(day=day)
        elif row.departure in words["how"]:
            text = words["left_how"].format(day=day, how=words["how"][row.departure])
        else:
            text = words["left"].format(day=day)
        return text.strip()

    def flags_text(self, row: PersonRow) -> str:
        if not row.flags:
            return ""
        words = self.words["flags"]
        return " · ".join(words[f] for f in _FLAG_ORDER if f in row.flags)


_IN_STATION = StayStatus.IN_STATION.value
_CLOSED = StayStatus.CLOSED.value
_REFUSE = Outcome.REFUSE.value
_POLICE = Outcome.POLICE.value
_DEATH = DepartureType.DEATH.value

#: The roles the model answers.
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.DecorationRole, ROW_ROLE})


class PeopleDelegate(QStyledItemDelegate):
    """Paints a people cell itself, from the texts its block worked out: background (selected
    or alternate row), the flag's icon, and the text in the status colour, elided when too long.

    With the application's style sheet every cell painted through the style is matched
    against the sheet's rules; painting here skips that, and a screenful of new rows paints in
    about two thirds of the time (measured offscreen on this page: 15-17 ms against 24-26 ms
    of CPU for a full repaint)."""

    #: Space left and right of a cell's text, and between the icon and the text.
    PAD = 4

    def __init__(self, model: PeopleTableModel, view: QTableView) -> None:
        super().__init__(view)
        self.model = model
        self.view = view
        self.fm: QFontMetrics | None = None
        self._wide = self._narrow = 0
        self._text = self._selected_text = QColor()

    def font_changed(self) -> None:
        """Measure the font and take the colours again (the page calls this when the text
        size changes)."""
        self.fm = QFontMetrics(self.view.font())
        #: a full-width (CJK) character, and a generous width for any other character
        self._wide = self.fm.horizontalAdvance("中")
        self._narrow = max(self.fm.horizontalAdvance(c) for c in "0WMX*-:") + 1
        palette = self.view.palette()
        self._text = palette.color(QPalette.ColorRole.Text)
        self._selected_text = palette.color(QPalette.ColorRole.HighlightedText)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        rect = option.rect
        selected = option.state & _SELECTED
        if selected:
            painter.fillRect(rect, option.palette.highlight())
        elif option.features & _ALTERNATE:
            painter.fillRect(rect, option.palette.alternateBase())
        entry = self.model.entry(index.row())
        if entry is None:
            return
        if self.fm is None:
            self.font_changed()
        column = index.column()
        text = entry.texts[column]
        x, y, width, height = rect.getRect()
        left = x + self.PAD
        if column == _FLAGS and entry.flag_icon is not None:
            size = min(16, height - 2)
            entry.flag_icon.paint(painter, left, y + (height - size) // 2, size, size)
            left += size + self.PAD
        if not text:
            return
        room = x + width - self.PAD - left
        wide, narrow = entry.sizes[2 * column], entry.sizes[2 * column + 1]
        if wide * self._wide + narrow * self._narrow > room \
                and self.fm.horizontalAdvance(text) > room:
            text = self.fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
        if selected:
            painter.setPen(self._selected_text)
        elif column == _STATUS and entry.status_colour is not None:
            painter.setPen(entry.status_colour)
        else:
            painter.setPen(self._text)
        painter.drawText(left, y, room, height, _ALIGN[column], text)


_SELECTED = QStyle.StateFlag.State_Selected
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate
_STATUS = PeopleTableModel.Column.STATUS.value
_FLAGS = PeopleTableModel.Column.FLAGS.value


class PeoplePage(QWidget):
    """The people page: the list with its filters, the count, and the presence roll."""

    #: A row was double-clicked or Enter pressed on it: the person's id.
    open_person_requested = Signal(int)
    #: A short note for the status bar (a block that could not be read, for one).
    status_message = Signal(str)

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_page")
        self.desk = desk
        self.service = PeopleService(desk)
        self.title = self.tr("People")
        self.counts: dict[PeopleFilter, int] = {}
        outer = QVBoxLayout(self)
        # -- header line: how many, and the presence roll on the right
        head = QHBoxLayout()
        self.count_label = QLabel(objectName="people_count_label")
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.count_label.setFont(font)
        head.addWidget(self.count_label)
        head.addStretch()
        self.roll_button = QPushButton(icon("mdi6.clipboard-list"), self.tr("Print presence roll"),
                                       objectName="print_roll_button")
        self.roll_button.setToolTip(self.tr("Print everyone in the station now, by area and "
                                            "bed (fire drill, outage)"))
        head.addWidget(self.roll_button)
        outer.addLayout(head)
        # -- filters as one segmented control, with counts
        bar = QHBoxLayout()
        bar.setSpacing(0)
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[PeopleFilter, QPushButton] = {}
        for key, icon_name in ((PeopleFilter.ALL, "mdi6.account-group"),
                               (PeopleFilter.IN_STATION, "mdi6.home-account"),
                               (PeopleFilter.UNIDENTIFIED, "mdi6.account-question")):
            button = QPushButton(icon(icon_name), "", objectName=f"filter_{key.value}_button")
            button.setCheckable(True)
            button.setStyleSheet(SEGMENT_STYLE)
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            bar.addWidget(button)
            button.clicked.connect(lambda _c=False, k=key: self.set_filter(k))
        self.filter_buttons[PeopleFilter.ALL].setChecked(True)
        bar.addSpacing(16)
        self.hint_label = QLabel(self.tr("Newest registered first. Double-click a person, or "
                                         "press Enter, to open them."), objectName="hint")
        bar.addWidget(self.hint_label, 1)
        outer.addLayout(bar)
        # -- the list, or what the page is for while it is empty
        self.model = PeopleTableModel(self.service, parent=self)
        self.model.load_failed.connect(lambda error: self.note(tr_desk_error(error)))
        self.table = self._make_table()
        self.table.installEventFilter(self)
        self.stack = QStackedWidget(objectName="people_stack")
        self.stack.addWidget(self.table)
        #: What the page is for, per filter, while that list is empty (made when first needed).
        self.empty_states: dict[PeopleFilter, EmptyState] = {}
        outer.addWidget(self.stack, 1)
        self.table.activated.connect(self.on_activated)
        self.roll_button.clicked.connect(self.print_roll)
        #: Whether the list has been read (the page reads nothing until reloaded or shown).
        self.loaded = False

    def _make_table(self) -> QTableView:
        view = QTableView(objectName="people_table")
        view.setModel(self.model)
        self.delegate = PeopleDelegate(self.model, view)
        view.setItemDelegate(self.delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setSortingEnabled(False)  # fixed order: newest registered first
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Uniform rows: a fixed section size, so the view never measures a row's contents.
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self._fit_to_font(view)
        return view

    def _fit_to_font(self, view: QTableView) -> None:
        """Row height and column widths for the text size (set again when it changes)."""
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        self._fit_columns(view)
        self.delegate.font_changed()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        # the text size reaches the page as a font change or, through the style sheet being set
        # again, as a style change, depending on which comes last
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and hasattr(self, "table"):
            self._fit_to_font(self.table)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # the page may hear of a new text size before the table has taken it: the table's own
        # font change is the one that counts
        if watched is getattr(self, "table", None) \
                and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_to_font(watched)
        return super().eventFilter(watched, event)

    def _fit_columns(self, view: QTableView) -> None:
        """Column widths from what the cells say at their longest (in the language shown),
        never from the rows: measuring rows would read the whole list."""
        fm = view.fontMetrics()
        c = PeopleTableModel.Column
        model = self.model
        words = model.words
        samples = {
            c.NAME: ["无名氏2026-0001"],
            c.SEX: [sex_text("M"), sex_text("F")],  # "cannot be determined" may elide
            c.AGE: ["100"],
            c.STATUS: [words["placed"].format(place="男宿一区 104-05"),  # longer ones elide
                       words["left_how"].format(day="2026-11-28",
                                                how=words["how"][DepartureType.VOUCHER])],
            c.FLAGS: ["\u3000" + word for word in words["flags"].values()],  # and an icon
            c.CASE_NO: ["2026-000000"],
            c.ARRIVED: ["2026-11-28 21:05"],
            c.STAYS: ["100"],
            c.ID_NUMBER: ["110105********002X"],
        }
        for column, texts in samples.items():
            widest = max(fm.horizontalAdvance(text) for text in [*texts, model.header(column)])
            view.setColumnWidth(column, min(widest + 24, 420))

    # -- reading --------------------------------------------------------------------------------
    def current_filter(self) -> PeopleFilter:
        return next((k for k, b in self.filter_buttons.items() if b.isChecked()),
                    PeopleFilter.ALL)

    def reload(self) -> None:
        """Count again and show the current filter from its first row. The main window calls
        it when the page is shown; a page shown without it reads once by itself."""
        self.show_list(self.current_filter())

    def set_filter(self, people_filter: PeopleFilter) -> None:
        """Show ``people_filter``'s list (the buttons call this)."""
        self.filter_buttons[people_filter].setChecked(True)
        self.show_list(people_filter)

    def show_list(self, people_filter: PeopleFilter) -> None:
        """Read the counts and ``people_filter``'s list (one read) and show them."""
        try:
            self.counts, people = self.service.overview(people_filter)
        except DeskError as error:
            self.note(tr_desk_error(error))
            return
        self.loaded = True
        self.model.set_list(people)
        locale = QLocale()
        labels = {
            PeopleFilter.ALL: self.tr("Everyone ({n})"),
            PeopleFilter.IN_STATION: self.tr("In the station now ({n})"),
            PeopleFilter.UNIDENTIFIED: self.tr("Unidentified ({n})"),
        }
        for key, button in self.filter_buttons.items():
            button.setText(labels[key].format(n=locale.toString(self.counts.get(key, 0))))
        text = {
            PeopleFilter.ALL: self.tr("{n} people"),
            PeopleFilter.IN_STATION: self.tr("{n} people in the station now"),
            PeopleFilter.UNIDENTIFIED: self.tr("{n} unidentified people"),
        }[people_filter]
        self.count_label.setText(text.format(n=locale.toString(people.count)))
        self.hint_label.setVisible(people.count > 0)
        if people.count:
            self.stack.setCurrentWidget(self.table)
            self.table.scrollToTop()
        else:
            self.stack.setCurrentWidget(self.empty_state(people_filter))

    def empty_state(self, people_filter: PeopleFilter) -> EmptyState:
        """The empty state of ``people_filter``'s list."""
        if people_filter not in self.empty_states:
            icon_name, title, text = {
                PeopleFilter.ALL: (
                    "mdi6.account-group", self.tr("Nobody registered yet"),
                    self.tr("Everyone the station helps appears here once registered at the "
                            "intake, newest first, with where their latest stay stands.")),
                PeopleFilter.IN_STATION: (
                    "mdi6.bed-empty", self.tr("Nobody is in the station now"),
                    self.tr("People counted as in the station appear here: in a bed, waiting "
                            "for one, in hospital or in out-of-station care.")),
                PeopleFilter.UNIDENTIFIED: (
                    "mdi6.account-question", self.tr("No unidentified people"),
                    self.tr("People registered with a station number because their name is "
                            "not known appear here.")),
            }[people_filter]
            self.empty_states[people_filter] = EmptyState(icon_name, title, text)
            self.stack.addWidget(self.empty_states[people_filter])
        return self.empty_states[people_filter]

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded:  # shown before anyone called reload(): read once, after the show
            QTimer.singleShot(0, self, self._load_once)

    def _load_once(self) -> None:
        if not self.loaded:
            self.reload()

    # -- actions --------------------------------------------------------------------------------
    def on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_person_requested.emit(row.person_id)

    def note(self, text: str) -> None:
        """A short note for the main window's status bar (``status_message``)."""
        self.status_message.emit(text)

    def roll_pdf(self) -> bytes:
        """The presence roll as printed from the bed board."""
        from rescue_desk.printing import bed_sheets
        from rescue_desk.services.beds import BedService

        stream = io.BytesIO()
        bed_sheets.presence_roll(BedService(self.desk).board(), printing.print_context(self.desk),
                                 stream)
        return stream.getvalue()

    def print_roll(self) -> bool:
        from rescue_desk.services.beds import BedService

        try:
            data = self.roll_pdf()
        except DeskError as error:
            self.note(tr_desk_error(error))
            return False
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        if printing.print_pdf(self, data, f"roll-{stamp}.pdf"):
            BedService(self.desk).note_printed("roll")
            return True
        return False
