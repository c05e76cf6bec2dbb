"""Security & belongings (安检与物品): the security check of each stay, the bags held for the
person and every custody change, counting back, the store room by place and bag number, and
unclaimed items due for disposal by two officers. Receipts, bag tags and records are printed
from here. Officers without the security role see everything read-only."""

from __future__ import annotations

import enum
import io
import re
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.custody import ALLOWED_MOVES, HELD_STATES, ItemState, Movement
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.intake import STATUS_LABELS, StayStatus
from rescue_desk.domain.money import figures
from rescue_desk.domain.roles import ROLE_PERMISSIONS, Permission, Role
from rescue_desk.services.custody import (
    BagRow,
    CheckForm,
    CustodyRecord,
    CustodyService,
    DisposalRecord,
    DueItem,
    MovementRow,
    SeizedRow,
    StayCustodyRow,
    StoredItemRow,
    StoreRoomRow,
)
from rescue_desk.services.desk import Desk
from rescue_desk.services.search import parse_payload
from rescue_desk.services.settings import SettingsService
from rescue_desk.ui.custody_dialogs import (
    ITEM_FIELDS,
    AddBagDialog,
    ItemsEditor,
    MoveBagDialog,
    MovementDialog,
    disposition_text,
    hint_label,
    item_details,
    item_title,
    kind_text,
    make_table,
    movement_text,
    state_text,
)
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.models import ROW_ROLE, SORT_ROLE, SnapshotTableModel, fmt_time, role_names
from rescue_desk.ui.printing import print_context, print_pdf, print_stay_form, save_pdf
from rescue_desk.ui.theme import ACCENT, STATE_COLOURS
from rescue_desk.ui.widgets import (
    EmptyState,
    FieldMessages,
    icon,
    primary_button,
    right_aligned_form,
)

STYLE = f"""
QLabel#person_name {{ font-size: 16pt; font-weight: bold; }}
QLabel#person_case {{ font-size: 12pt; font-weight: bold; color: {ACCENT}; }}
QLabel#person_meta {{ color: #4a5a6a; }}
QGroupBox QLabel, QGroupBox QTableView, QGroupBox QHeaderView, QGroupBox QLineEdit,
QGroupBox QComboBox, QGroupBox QCheckBox, QGroupBox QPlainTextEdit,
QGroupBox QPushButton {{ font-weight: normal; }}
QPushButton[primary="true"] {{ font-weight: bold; }}
QLabel#signed_ok {{ color: #1e7d6f; }}
QLabel#unsigned {{ color: #8a5a00; }}
QLabel#bag_no {{ font-weight: bold; }}
QLabel#page_warning {{
    background: #fff4de; border: 1px solid #f0d29a; border-radius: 4px; padding: 6px 10px;
    color: #6b4500;
}}
QFrame#done_banner {{ background: #e8f4f1; border: 1px solid #b5dcd3; border-radius: 4px; }}
QScrollArea#details_scroll > QWidget > QWidget {{ background: transparent; }}
"""

#: The custody forms the page prints: title (also the file name) and button text
#: (context ``CustodyPrinting``). The refusal notice is an intake form (``ui.printing``).
CUSTODY_FORMS = {
    "receipt": (QT_TRANSLATE_NOOP("CustodyPrinting", "Belongings receipt"),
                QT_TRANSLATE_NOOP("CustodyPrinting", "Print the belongings receipt")),
    "bag-label": (QT_TRANSLATE_NOOP("CustodyPrinting", "Bag tags"),
                  QT_TRANSLATE_NOOP("CustodyPrinting", "Print the bag tags")),
    "check": (QT_TRANSLATE_NOOP("CustodyPrinting", "Security check record"),
              QT_TRANSLATE_NOOP("CustodyPrinting", "Print the security check record")),
    "refusal": (QT_TRANSLATE_NOOP("CustodyPrinting", "Refusal notice"),
                QT_TRANSLATE_NOOP("CustodyPrinting", "Print the refusal notice")),
    "disposal": (QT_TRANSLATE_NOOP("CustodyPrinting", "Disposal record"),
                 QT_TRANSLATE_NOOP("CustodyPrinting", "Print the disposal record")),
}
#: Item states as colours (never the only cue: the state is also written).
STATE_ICONS = {
    ItemState.IN_STORE: ("mdi6.package-variant-closed", STATE_COLOURS["occupied"]),
    ItemState.OUT_WITH_PERSON: ("mdi6.tray-arrow-up", STATE_COLOURS["held"]),
    ItemState.WITH_PERSON_TO_HOSPITAL: ("mdi6.hospital-box", STATE_COLOURS["out_of_service"]),
    ItemState.HANDED_TO_POLICE: ("mdi6.police-badge", STATE_COLOURS["out_of_service"]),
    ItemState.RETURNED: ("mdi6.check-circle", STATE_COLOURS["free"]),
    ItemState.MISSING: ("mdi6.alert-circle-outline", STATE_COLOURS["overdue"]),
    ItemState.DISPOSED: ("mdi6.delete-outline", STATE_COLOURS["out_of_service"]),
}
_HELD = {s.value for s in HELD_STATES}
#: Characters a file name cannot hold on Windows (and blanks).
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def roles_that_may(*permissions: Permission) -> str:
    """The names of the roles that grant any of ``permissions`` (for "only … may" tips)."""
    return role_names({role for role in Role
                       if any(p in ROLE_PERMISSIONS[role] for p in permissions)})


def status_text(status: str) -> str:
    try:
        return QCoreApplication.translate("Intake", STATUS_LABELS[StayStatus(status)])
    except (ValueError, KeyError):
        return status


def sex_text(sex: str) -> str:
    if sex == "M":
        return QCoreApplication.translate("Sex", "Male")
    if sex == "F":
        return QCoreApplication.translate("Sex", "Female")
    return QCoreApplication.translate("Sex", "Cannot be determined")


def bag_payload_key(text: str) -> str:
    """A bag number from what was typed or scanned (``RD:BAG:2026-B00012`` → ``2026-B00012``)."""
    text = (text or "").strip()
    parsed = parse_payload(text)
    if parsed is not None and parsed[0] == "BAG":
        return parsed[1]
    if text.upper().startswith("RD:BAG:"):
        return text[7:]
    return text


# -- printing -------------------------------------------------------------------------------


def form_title(form: str) -> str:
    return QCoreApplication.translate("CustodyPrinting", CUSTODY_FORMS[form][0]) \
        if form in CUSTODY_FORMS else form


def custody_pdf(desk: Desk, form: str, subject) -> bytes:
    """The PDF of one custody form of ``subject`` (a CustodyRecord; bags for tags; a
    DisposalRecord). Raises DeskError (e.g. no Chinese font)."""
    from rescue_desk.printing import custody_forms  # heavy (reportlab): load on first use

    writers = {"receipt": custody_forms.belongings_receipt,
               "bag-label": custody_forms.bag_labels,
               "check": custody_forms.check_record,
               "disposal": custody_forms.disposal_record}
    stream = io.BytesIO()
    writers[form](subject, print_context(desk), stream)
    return stream.getvalue()


def print_custody_form(parent: QWidget | None, desk: Desk, form: str, key: str, subject, *,
                       save: bool) -> bool:
    """Make one custody form, then save it as PDF (``save``) or print it, and log who printed
    it. Problems a person can act on (no Chinese font…) are shown in one calm dialog."""
    try:
        data = custody_pdf(desk, form, subject)
    except DeskError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("CustodyPrinting", "Printing"),
                            tr_desk_error(error))
        return False
    name = f"{key}-{_UNSAFE.sub('_', form_title(form))}.pdf"
    done = save_pdf(parent, data, name) is not None if save else print_pdf(parent, data, name)
    if done:
        CustodyService(desk).note_printed(key, form)
    return done


class CustodyPrintButtons(QWidget):
    """One row per form of a stay's custody: print it, or save it as PDF."""

    printed = Signal(str, bool)  #: form, saved as PDF (else printed)

    FORMS = ("receipt", "bag-label", "check", "refusal")

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.record: CustodyRecord | None = None
        self.print_buttons: dict[str, QPushButton] = {}
        self.pdf_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        for row, form in enumerate(self.FORMS):
            text = QCoreApplication.translate("CustodyPrinting", CUSTODY_FORMS[form][1])
            if form == "receipt":
                button = primary_button(text, "mdi6.printer")
                button.setToolTip(self.tr("Print the belongings receipt (Ctrl+P)"))
            else:
                button = QPushButton(icon("mdi6.printer"), text)
            key = form.replace("-", "_")
            button.setObjectName(f"print_{key}_button")
            button.clicked.connect(lambda _=False, f=form: self.run(f, save=False))
            pdf = QPushButton(icon("mdi6.file-pdf-box"), "PDF")
            pdf.setObjectName(f"pdf_{key}_button")
            pdf.setToolTip(self.tr("Save as PDF"))
            pdf.clicked.connect(lambda _=False, f=form: self.run(f, save=True))
            grid.addWidget(button, row, 0)
            grid.addWidget(pdf, row, 1)
            self.print_buttons[form] = button
            self.pdf_buttons[form] = pdf

    def set_record(self, record: CustodyRecord) -> None:
        self.record = record
        shown = {"check"} if record.checked else set()
        if record.bags:
            shown |= {"receipt", "bag-label"}
        if record.refused:
            shown.add("refusal")
        for form in self.FORMS:
            self.print_buttons[form].setVisible(form in shown)
            self.pdf_buttons[form].setVisible(form in shown)

    def run(self, form: str, *, save: bool) -> bool:
        record = self.record
        if record is None or not self.print_buttons[form].isVisibleTo(self):
            return False
        if form == "refusal":
            done = print_stay_form(self, self.desk, record.case_no, "refusal", save=save)
        else:
            subject = list(record.bags) if form == "bag-label" else record
            done = print_custody_form(self, self.desk, form, record.case_no, subject, save=save)
        if done:
            self.printed.emit(form, save)
        return done


# -- models ---------------------------------------------------------------------------------


class CustodyTableModel(SnapshotTableModel):
    """A snapshot table with tool tips (long cells are elided), icons and numbers aligned."""

    NUMERIC: frozenset[int] = frozenset()

    def decoration(self, row, column):
        return None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]
            column = self.Column(index.column())
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.display(row, column) or None
            if role == Qt.ItemDataRole.DecorationRole:
                return self.decoration(row, column)
            if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)


class CheckableTableModel(CustodyTableModel):
    """A table whose first column has a check box per row, to choose rows for an action."""

    checked_changed = Signal()

    def __init__(self, rows: Sequence = (), parent=None) -> None:
        super().__init__(rows, parent)
        self._checked: set = set()

    def row_key(self, row):
        raise NotImplementedError

    def checkable(self, row) -> bool:
        return True

    def set_rows(self, rows: Sequence) -> None:
        self._checked &= {self.row_key(r) for r in rows if self.checkable(r)}
        super().set_rows(rows)
        self.checked_changed.emit()

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and 0 <= index.row() < len(self._rows) \
                and self.checkable(self._rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole:
            if not index.isValid() or index.column() != 0 \
                    or not 0 <= index.row() < len(self._rows):
                return None
            row = self._rows[index.row()]
            if not self.checkable(row):
                return None
            return Qt.CheckState.Checked if self.row_key(row) in self._checked \
                else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() \
                or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if not self.checkable(row):
            return False
        try:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
        except ValueError:
            return False
        if checked:
            self._checked.add(self.row_key(row))
        else:
            self._checked.discard(self.row_key(row))
        self.dataChanged.emit(index, index, [role])
        self.checked_changed.emit()
        return True

    def checked_rows(self) -> list:
        return [r for r in self._rows if self.row_key(r) in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {self.row_key(r) for r in self._rows if self.checkable(r)} \
            if checked else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()


class StayCustodyTableModel(CustodyTableModel):
    """Stays in the station, unchecked first, with their bags and items held."""

    class Column(enum.IntEnum):
        NAME = 0
        CASE_NO = 1
        ARRIVED = 2
        CHECKED = 3
        BAGS = 4
        HELD = 5

    NUMERIC = frozenset({Column.BAGS, Column.HELD})

    def header(self, column) -> str:
        return {
            self.Column.NAME: QCoreApplication.translate("StayCustodyTableModel", "Name"),
            self.Column.CASE_NO: QCoreApplication.translate("StayCustodyTableModel",
                                                            "Case no."),
            self.Column.ARRIVED: QCoreApplication.translate("StayCustodyTableModel",
                                                            "Arrived"),
            self.Column.CHECKED: QCoreApplication.translate("StayCustodyTableModel",
                                                            "Check"),
            self.Column.BAGS: QCoreApplication.translate("StayCustodyTableModel", "Bags"),
            self.Column.HELD: QCoreApplication.translate("StayCustodyTableModel", "Held"),
        }[column]

    def display(self, row: StayCustodyRow, column) -> str:
        c = self.Column
        if column == c.NAME:
            return row.person_name
        if column == c.CASE_NO:
            return row.case_no
        if column == c.ARRIVED:
            return fmt_time(row.arrived_at)
        if column == c.CHECKED:
            return QCoreApplication.translate("StayCustodyTableModel", "Checked") \
                if row.checked else QCoreApplication.translate("StayCustodyTableModel",
                                                               "Not checked yet")
        if column == c.BAGS:
            return str(row.bags)
        return str(row.held)

    def decoration(self, row: StayCustodyRow, column):
        if column == self.Column.CHECKED:
            return icon("mdi6.check-circle", STATE_COLOURS["free"]) if row.checked \
                else icon("mdi6.alert-circle-outline", STATE_COLOURS["held"])
        if column == self.Column.NAME and row.status == StayStatus.IN_HOSPITAL.value:
            return icon("mdi6.hospital-box", STATE_COLOURS["overdue"])
        return None

    def sort_key(self, row: StayCustodyRow, column):
        c = self.Column
        if column == c.ARRIVED:
            return row.arrived_at.isoformat()
        if column == c.CHECKED:
            return int(row.checked)
        if column == c.BAGS:
            return row.bags
        if column == c.HELD:
            return row.held
        return self.display(row, column)


class SeizedTableModel(CustodyTableModel):
    """Items found at the check and what was done with each."""

    class Column(enum.IntEnum):
        KIND = 0
        DESCRIPTION = 1
        QUANTITY = 2
        DISPOSITION = 3
        DETAILS = 4

    NUMERIC = frozenset({Column.QUANTITY})

    def header(self, column) -> str:
        return {
            self.Column.KIND: QCoreApplication.translate("SeizedTableModel", "Kind"),
            self.Column.DESCRIPTION: QCoreApplication.translate("SeizedTableModel", "Item"),
            self.Column.QUANTITY: QCoreApplication.translate("SeizedTableModel", "Qty"),
            self.Column.DISPOSITION: QCoreApplication.translate("SeizedTableModel",
                                                                "What was done"),
            self.Column.DETAILS: QCoreApplication.translate("SeizedTableModel", "Notes"),
        }[column]

    def display(self, row: SeizedRow, column) -> str:
        c = self.Column
        if column == c.KIND:
            return kind_text(row.kind)
        if column == c.DESCRIPTION:
            return row.description
        if column == c.QUANTITY:
            return str(row.quantity)
        if column == c.DISPOSITION:
            return disposition_text(row.disposition)
        parts = []
        if row.police_unit or row.police_officer:
            parts.append(" ".join(p for p in (row.police_unit, row.police_officer) if p))
        if row.police_receipt_no:
            parts.append(QCoreApplication.translate("SeizedTableModel", "receipt {number}")
                         .format(number=row.police_receipt_no))
        if row.witness:
            parts.append(QCoreApplication.translate("SeizedTableModel", "witness {name}")
                         .format(name=row.witness))
        parts.append(row.note)
        return "；".join(p for p in parts if p)


class StoredItemTableModel(CheckableTableModel):
    """The items in a stay's bags, held ones with a check box to choose them."""

    class Column(enum.IntEnum):
        CHOSEN = 0
        BAG = 1
        ITEM = 2
        DETAILS = 3
        STATE = 4

    def __init__(self, names: dict[str, str] | None = None, parent=None) -> None:
        super().__init__((), parent)
        self.names = names or {}

    def row_key(self, row: StoredItemRow):
        return row.id

    def checkable(self, row: StoredItemRow) -> bool:
        return row.state in _HELD

    def header(self, column) -> str:
        return {
            self.Column.CHOSEN: "",
            self.Column.BAG: QCoreApplication.translate("StoredItemTableModel", "Bag"),
            self.Column.ITEM: QCoreApplication.translate("StoredItemTableModel", "Item"),
            self.Column.DETAILS: QCoreApplication.translate("StoredItemTableModel",
                                                            "Condition, serial, amount"),
            self.Column.STATE: QCoreApplication.translate("StoredItemTableModel", "Now"),
        }[column]

    def display(self, row: StoredItemRow, column) -> str:
        c = self.Column
        if column == c.CHOSEN:
            return ""
        if column == c.BAG:
            return row.bag_no
        if column == c.ITEM:
            return item_title(row)
        if column == c.DETAILS:
            return item_details(row, self.names)
        text = state_text(row.state)
        return f"{text}（{row.settled_note}）" if row.settled_note else text

    def decoration(self, row: StoredItemRow, column):
        if column == self.Column.STATE:
            try:
                name, colour = STATE_ICONS[ItemState(row.state)]
            except (ValueError, KeyError):
                return None
            return icon(name, colour)
        return None


class MovementTableModel(CustodyTableModel):
    """The custody log of a stay (物品出入记录), oldest first."""

    class Column(enum.IntEnum):
        AT = 0
        BAG = 1
        ITEM = 2
        MOVEMENT = 3
        OFFICER = 4
        NOTE = 5

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self.item_titles: dict[int, str] = {}

    def set_movements(self, rows: Sequence[MovementRow], item_titles: dict[int, str]) -> None:
        self.item_titles = dict(item_titles)
        self.set_rows(rows)

    def header(self, column) -> str:
        return {
            self.Column.AT: QCoreApplication.translate("MovementTableModel", "Time"),
            self.Column.BAG: QCoreApplication.translate("MovementTableModel", "Bag"),
            self.Column.ITEM: QCoreApplication.translate("MovementTableModel", "Item"),
            self.Column.MOVEMENT: QCoreApplication.translate("MovementTableModel", "What happened"),
            self.Column.OFFICER: QCoreApplication.translate("MovementTableModel", "Officer"),
            self.Column.NOTE: QCoreApplication.translate("MovementTableModel", "Note"),
        }[column]

    def display(self, row: MovementRow, column) -> str:
        c = self.Column
        if column == c.AT:
            return fmt_time(row.at)
        if column == c.BAG:
            return row.bag_no
        if column == c.ITEM:
            if row.item_id is None:
                return QCoreApplication.translate("MovementTableModel", "whole bag")
            return self.item_titles.get(row.item_id, "")
        if column == c.MOVEMENT:
            places = f"{row.from_location} → {row.to_location}".strip() \
                if row.to_location else ""
            return f"{movement_text(row.movement)} {places}".strip()
        if column == c.OFFICER:
            return " / ".join(n for n in (row.officer, row.second_officer) if n)
        parts = [row.reference, row.note]
        return "；".join(p for p in parts if p)

    def sort_key(self, row: MovementRow, column):
        if column == self.Column.AT:
            return row.at.isoformat()
        return self.display(row, column)


class StoreRoomTableModel(CustodyTableModel):
    """Bags in the store room, by place."""

    class Column(enum.IntEnum):
        BAG = 0
        PLACE = 1
        CASE_NO = 2
        NAME = 3
        STATUS = 4
        HELD = 5
        CASH = 6

    NUMERIC = frozenset({Column.HELD, Column.CASH})

    def header(self, column) -> str:
        return {
            self.Column.BAG: QCoreApplication.translate("StoreRoomTableModel", "Bag"),
            self.Column.PLACE: QCoreApplication.translate("StoreRoomTableModel", "Place"),
            self.Column.CASE_NO: QCoreApplication.translate("StoreRoomTableModel", "Case no."),
            self.Column.NAME: QCoreApplication.translate("StoreRoomTableModel", "Name"),
            self.Column.STATUS: QCoreApplication.translate("StoreRoomTableModel", "Stay"),
            self.Column.HELD: QCoreApplication.translate("StoreRoomTableModel", "Items held"),
            self.Column.CASH: QCoreApplication.translate("StoreRoomTableModel", "Cash"),
        }[column]

    def display(self, row: StoreRoomRow, column) -> str:
        c = self.Column
        if column == c.BAG:
            return row.bag_no
        if column == c.PLACE:
            return row.location
        if column == c.CASE_NO:
            return row.case_no
        if column == c.NAME:
            return row.person_name
        if column == c.STATUS:
            return status_text(row.stay_status)
        if column == c.HELD:
            return str(row.held)
        return figures(row.cash_fen) if row.cash_fen else ""

    def sort_key(self, row: StoreRoomRow, column):
        if column == self.Column.HELD:
            return row.held
        if column == self.Column.CASH:
            return row.cash_fen
        return self.display(row, column)


class DueItemTableModel(CheckableTableModel):
    """Unclaimed items past the retention period, each with a check box."""

    class Column(enum.IntEnum):
        CHOSEN = 0
        BAG = 1
        CASE_NO = 2
        NAME = 3
        ITEM = 4
        PLACE = 5
        ENDED = 6
        DUE = 7

    def row_key(self, row: DueItem):
        return row.item.id

    def header(self, column) -> str:
        return {
            self.Column.CHOSEN: "",
            self.Column.BAG: QCoreApplication.translate("DueItemTableModel", "Bag"),
            self.Column.CASE_NO: QCoreApplication.translate("DueItemTableModel", "Case no."),
            self.Column.NAME: QCoreApplication.translate("DueItemTableModel", "Name"),
            self.Column.ITEM: QCoreApplication.translate("DueItemTableModel", "Item"),
            self.Column.PLACE: QCoreApplication.translate("DueItemTableModel", "Place"),
            self.Column.ENDED: QCoreApplication.translate("DueItemTableModel", "Left on"),
            self.Column.DUE: QCoreApplication.translate("DueItemTableModel", "Kept until"),
        }[column]

    def display(self, row: DueItem, column) -> str:
        c = self.Column
        if column == c.CHOSEN:
            return ""
        if column == c.BAG:
            return row.item.bag_no
        if column == c.CASE_NO:
            return row.case_no
        if column == c.NAME:
            return row.person_name
        if column == c.ITEM:
            cash = f"（{figures(row.item.cash_fen)}）" if row.item.cash_fen else ""
            return item_title(row.item) + cash
        if column == c.PLACE:
            return row.location
        if column == c.ENDED:
            return row.ended_at.strftime("%Y-%m-%d")
        return row.due.strftime("%Y-%m-%d")


# -- the parts of a stay's details ----------------------------------------------------------


def fit_height(view: QTableView) -> None:
    """Make a table exactly as tall as its rows (it sits in a scrolling column), with room for
    its horizontal scroll bar when its columns are wider than it is."""
    rows = view.model().rowCount()
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth() + 2
    row_height = view.verticalHeader().defaultSectionSize()
    height += sum(view.rowHeight(r) or row_height for r in range(rows)) if rows else row_height
    if view.horizontalHeader().length() > view.viewport().width() + 1:
        height += view.horizontalScrollBar().sizeHint().height()
    if view.height() != height:
        view.setFixedHeight(height)


class _FitHeight(QObject):
    """Fits a table's height again once a change of its width has been laid out (columns may
    start or stop to overflow)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(watched, QTableView):
            QTimer.singleShot(0, watched, lambda: fit_height(watched))
        return False


def size_columns(view: QTableView, stretch: int, caps: dict[int, int] | None = None) -> None:
    """Each column as wide as its widest cell (at most its cap); ``stretch`` takes the rest."""
    model, metrics = view.model(), view.fontMetrics()
    header = view.horizontalHeader()
    caps = caps or {}
    for column in range(model.columnCount()):
        if column == stretch or view.isColumnHidden(column):
            continue
        width = header.sectionSizeHint(column)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            cell = metrics.horizontalAdvance(str(index.data() or "")) + 14
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                cell += 22
            if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
                cell += 22
            width = max(width, cell)
        view.setColumnWidth(column, min(width, caps.get(column, width)))


def fitted_table(model, name: str, stretch: int) -> QTableView:
    """A table as tall as its rows; ``stretch`` takes the width left, long cells are elided
    (their tool tip shows them whole)."""
    view = make_table(model, name=name)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(36)
    view.installEventFilter(_FitHeight(view))
    return view


def refresh_table(view: QTableView, stretch: int, caps: dict[int, int] | None = None) -> None:
    size_columns(view, stretch, caps)
    fit_height(view)


def align_labels(*forms: QFormLayout) -> None:
    """One label column for several boxes of a form."""
    labels = [item.widget() for form in forms for row in range(form.rowCount())
              if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
              and item.widget() is not None]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def scroll_column(name: str) -> tuple[QScrollArea, QVBoxLayout]:
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 8, 0)
    column.setSpacing(10)
    scroll = QScrollArea(objectName=name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll, column


class PersonHeader(QWidget):
    """Who is in front of the officer: name, case number, sex, state of the stay, arrival."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(12)
        self.name_label = QLabel(objectName="person_name")
        self.case_label = QLabel(objectName="person_case")
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line.addWidget(self.name_label)
        line.addWidget(self.case_label, 0, Qt.AlignmentFlag.AlignBaseline)
        line.addStretch(1)
        layout.addLayout(line)
        self.meta_label = QLabel(objectName="person_meta")
        self.meta_label.setWordWrap(True)
        layout.addWidget(self.meta_label)

    def set_record(self, record: CustodyRecord) -> None:
        self.name_label.setText(record.person_name)
        self.case_label.setText(record.case_no)
        parts = [sex_text(record.person_sex), status_text(record.stay_status),
                 self.tr("arrived {time}").format(time=fmt_time(record.arrived_at))]
        if record.id_number_shown:
            parts.append(record.id_number_shown)
        self.meta_label.setText(" · ".join(parts))


class CheckPanel(QWidget):
    """The security check of one stay, as the officer does it: who did the body check, the
    baggage, the temperature, the items found and what is done with each, and where the bag
    goes. Saved once; a refusal ends the intake."""

    saved = Signal(object)  #: the CustodyRecord after saving

    def __init__(self, desk: Desk, record: CustodyRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_panel")
        self.desk = desk
        self.case_no = record.case_no
        self.service = CustodyService(desk)
        self.editable = desk.require().may(Permission.SECURITY_CHECK)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.header = PersonHeader()
        self.header.set_record(record)
        layout.addWidget(self.header)
        self.readonly_note = hint_label(
            self.tr("Only an officer with the role {roles} may record the security check; you "
                    "can see the form.").format(roles=roles_that_may(Permission.SECURITY_CHECK)),
            "page_warning")
        self.readonly_note.setObjectName("readonly_note")
        self.readonly_note.setVisible(not self.editable)
        layout.addWidget(self.readonly_note)
        scroll, column = scroll_column("check_scroll")
        column.addWidget(self._build_check(record))
        column.addWidget(self._build_items())
        column.addStretch(1)
        layout.addWidget(scroll, 1)
        self.page_message = hint_label("", "field_error")
        self.page_message.setObjectName("check_message")
        self.page_message.hide()
        layout.addWidget(self.page_message)
        bar = QHBoxLayout()
        bar.addWidget(hint_label(self.tr("Ctrl+S saves the check. It is saved once and cannot "
                                         "be changed afterwards.")), 1)
        self.save_button = primary_button(self.tr("Save the check"), "mdi6.content-save")
        self.save_button.setObjectName("save_check_button")
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Save the security check (Ctrl+S)"))
        self.save_button.clicked.connect(self.on_save)
        bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bar)
        align_labels(self.fields.form, self.place_fields.form)
        if not self.editable:
            tip = self.readonly_note.text()
            for box in (self.check_box, self.items_box):
                box.setEnabled(False)
            self.items_editor.set_editable(False, tip)
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(tip)

    def _build_check(self, record: CustodyRecord) -> QGroupBox:
        self.check_box = QGroupBox(self.tr("Security check"))
        form = right_aligned_form()
        self.check_box.setLayout(form)
        self.fields = FieldMessages(form)
        sex = record.person_sex if record.person_sex in ("M", "F") else None
        officers = self.service.officers(sex)
        self.body_combo = QComboBox(objectName="body_checked_by_combo")
        for login, name in officers:
            self.body_combo.addItem(f"{name}（{login}）", login)
        self.body_combo.setPlaceholderText(self.tr("Choose the officer"))
        me = self.desk.require().login
        self.body_combo.setCurrentIndex(self.body_combo.findData(me))
        self.fields.add("body_checked_by", self.tr("Body check by"), self.body_combo,
                        required=True,
                        tooltip=self.tr("The body check is done by an officer of the same sex "
                                        "as the person; only they are listed."))
        self.baggage_check = QCheckBox(self.tr("Baggage checked"), objectName="baggage_check")
        self.baggage_check.setChecked(True)
        self.fields.add("baggage_checked", self.tr("Baggage"), self.baggage_check)
        self.temperature_edit = QLineEdit(objectName="temperature_edit")
        self.temperature_edit.setPlaceholderText(self.tr("e.g. 36.5"))
        self.temperature_edit.setMaximumWidth(140)
        self.fields.add("temperature", self.tr("Temperature (°C)"), self.temperature_edit)
        self.notes_edit = QPlainTextEdit(objectName="notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.fields.add("notes", self.tr("Notes"), self.notes_edit)
        self.refused_check = QCheckBox(self.tr("The person refuses the security check"),
                                       objectName="refused_check")
        self.refused_warning = hint_label(
            self.tr("Refusing the check ends the intake: the stay is closed, and the refusal "
                    "notice should be printed for the person."), "field_warning")
        self.refused_warning.setObjectName("refused_warning")
        self.refused_warning.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.refused_check)
        column.addWidget(self.refused_warning)
        self.fields.add("refused", self.tr("Refusal"), holder)
        self.refused_check.toggled.connect(self.on_refused_toggled)
        return self.check_box

    def _build_items(self) -> QGroupBox:
        self.items_box = QGroupBox(self.tr("Items found"))
        column = QVBoxLayout(self.items_box)
        self.items_editor = ItemsEditor(self.desk)
        column.addWidget(self.items_editor)
        self.items_message = hint_label("", "field_error")
        self.items_message.setObjectName("items_message")
        self.items_message.hide()
        column.addWidget(self.items_message)
        form = right_aligned_form()
        self.place_fields = FieldMessages(form)
        self.location_combo = QComboBox(objectName="location_combo")
        for place in self.service.locations():
            self.location_combo.addItem(place, place)
        self.location_combo.setPlaceholderText(self.tr("Choose where the bag goes"))
        self.location_combo.setCurrentIndex(-1)
        self.place_fields.add("location", self.tr("Storage place"), self.location_combo,
                              tooltip=self.tr("Items held for the person go into one bag, "
                                              "kept at this place."))
        column.addLayout(form)
        return self.items_box

    def on_refused_toggled(self, refused: bool) -> None:
        self.refused_warning.setVisible(refused)
        self.location_combo.setEnabled(not refused)

    def read(self) -> CheckForm:
        return CheckForm(
            body_checked_by=self.body_combo.currentData() or "",
            baggage_checked=self.baggage_check.isChecked(),
            temperature=self.temperature_edit.text(),
            notes=self.notes_edit.toPlainText(),
            refused=self.refused_check.isChecked(),
            items=self.items_editor.items(),
            location=self.location_combo.currentData() or "")

    def clear_messages(self) -> None:
        self.fields.clear()
        self.place_fields.clear()
        for label in (self.items_message, self.page_message):
            label.clear()
            label.hide()

    def on_save(self) -> None:
        if not self.editable:
            return
        self.clear_messages()
        try:
            record = self.service.record_check(self.case_no, self.read())
        except DeskError as error:
            self.show_error(error)
            return
        self.saved.emit(record)

    def show_error(self, error: DeskError) -> None:
        """The message under the field it concerns; item problems under the items."""
        if error.field in ITEM_FIELDS or error.field == "items":
            self.items_message.setText(tr_desk_error(error))
            self.items_message.show()
        elif not (self.fields.show_error(error) or self.place_fields.show_error(error)):
            self.page_message.setText(tr_desk_error(error))
            self.page_message.show()


class CustodyPanel(QWidget):
    """A checked stay: the check and the items found, the bags and what they hold with the
    custody actions, counting back, and the custody log."""

    changed = Signal(str)  #: case number whose custody changed
    status_message = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custody_panel")
        self.desk = desk
        self.service = CustodyService(desk)
        self.record: CustodyRecord | None = None
        self.counted_case = ""
        officer = desk.require()
        self.may_custody = officer.may(Permission.CUSTODY)
        self.may_count = officer.may(Permission.CUSTODY) or officer.may(Permission.DEPARTURE)
        self.custody_tip = self.tr("Only an officer with the role {roles} may change "
                                   "belongings in custody.").format(
                                       roles=roles_that_may(Permission.CUSTODY))
        self.count_tip = self.tr("Only an officer with the role {roles} may count belongings "
                                 "back.").format(roles=roles_that_may(Permission.CUSTODY,
                                                                      Permission.DEPARTURE))
        self.names = dict(self.service.officers())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.header = PersonHeader()
        top.addWidget(self.header, 1, Qt.AlignmentFlag.AlignTop)
        self.print_buttons = CustodyPrintButtons(desk)
        self.print_buttons.printed.connect(self.on_printed)
        top.addWidget(self.print_buttons, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        scroll, self.column = scroll_column("details_scroll")
        self.scroll = scroll
        self.refused_note = hint_label("", "page_warning")
        self.refused_note.setObjectName("refused_note")
        self.column.addWidget(self.refused_note)
        self.column.addWidget(self._build_check())
        self.column.addWidget(self._build_bags())
        self.column.addWidget(self._build_count())
        self.column.addWidget(self._build_log())
        self.column.addStretch(1)
        layout.addWidget(scroll, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.print_buttons.run("receipt", save=False))

    # -- building -------------------------------------------------------------------------
    def _build_check(self) -> QGroupBox:
        self.check_box = QGroupBox(self.tr("Security check"))
        column = QVBoxLayout(self.check_box)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.summary: dict[str, QLabel] = {}
        rows = (("checked_at", self.tr("Checked at")), ("body", self.tr("Body check by")),
                ("baggage", self.tr("Baggage")), ("temperature", self.tr("Temperature")),
                ("recorded_by", self.tr("Recorded by")), ("notes", self.tr("Notes")))
        for n, (key, text) in enumerate(rows):
            label = QLabel(text)
            label.setObjectName("hint")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = QLabel(objectName=f"summary_{key}")
            value.setWordWrap(True)
            self.summary[key] = value
            r, c = (n // 2, (n % 2) * 2) if key != "notes" else (3, 0)
            grid.addWidget(label, r, c)
            grid.addWidget(value, r, c + 1, 1, 3 if key == "notes" else 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        column.addLayout(grid)
        self.seized_model = SeizedTableModel()
        self.seized_view = fitted_table(self.seized_model, "seized_view",
                                        SeizedTableModel.Column.DETAILS)
        column.addWidget(self.seized_view)
        self.no_items_label = hint_label(self.tr("No items were found at the check."))
        column.addWidget(self.no_items_label)
        return self.check_box

    def _build_bags(self) -> QGroupBox:
        self.bags_box = QGroupBox(self.tr("Belongings held"))
        column = QVBoxLayout(self.bags_box)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.sign_button = QPushButton(icon("mdi6.draw-pen"), self.tr("Owner has signed"))
        self.sign_button.setObjectName("owner_signed_button")
        self.move_button = QPushButton(icon("mdi6.swap-horizontal"), self.tr("Move bag…"))
        self.move_button.setObjectName("move_bag_button")
        self.add_bag_button = QPushButton(icon("mdi6.bag-personal-plus-outline"),
                                          self.tr("New bag…"))
        self.add_bag_button.setObjectName("add_bag_button")
        for button in (self.sign_button, self.move_button, self.add_bag_button):
            bar.addWidget(button)
        column.addLayout(bar)
        self.bag_lines = QVBoxLayout()
        self.bag_lines.setSpacing(2)
        column.addLayout(self.bag_lines)
        self.no_bags_label = hint_label(self.tr("Nothing is held for this person. Things handed "
                                                "in later go into a new bag."))
        column.addWidget(self.no_bags_label)
        self.items_model = StoredItemTableModel(self.names)
        self.items_view = fitted_table(self.items_model, "stored_items_view",
                                       StoredItemTableModel.Column.DETAILS)
        column.addWidget(self.items_view)
        actions = QHBoxLayout()
        self.tick_all_button = QPushButton(icon("mdi6.checkbox-multiple-marked-outline"),
                                           self.tr("Tick all"))
        self.tick_all_button.setObjectName("tick_all_button")
        self.tick_all_button.setToolTip(self.tr("Tick the items, then choose what happens to "
                                                "them."))
        actions.addWidget(self.tick_all_button)
        actions.addSpacing(12)
        self.take_out_button = QPushButton(icon("mdi6.tray-arrow-up"), self.tr("Take out"))
        self.take_out_button.setObjectName("take_out_button")
        self.put_back_button = QPushButton(icon("mdi6.tray-arrow-down"), self.tr("Put back"))
        self.put_back_button.setObjectName("put_back_button")
        self.hospital_button = QPushButton(icon("mdi6.hospital-box"),
                                           self.tr("With them to hospital…"))
        self.hospital_button.setObjectName("to_hospital_button")
        self.police_button = QPushButton(icon("mdi6.police-badge"), self.tr("To the police…"))
        self.police_button.setObjectName("to_police_button")
        for button in (self.take_out_button, self.put_back_button, self.hospital_button,
                       self.police_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        self.sign_button.clicked.connect(self.on_owner_signed)
        self.move_button.clicked.connect(self.on_move)
        self.add_bag_button.clicked.connect(self.on_add_bag)
        self.take_out_button.clicked.connect(lambda: self.on_quick_move(Movement.TAKEN_OUT))
        self.put_back_button.clicked.connect(lambda: self.on_quick_move(Movement.PUT_BACK))
        self.hospital_button.clicked.connect(lambda: self.on_hand_on(Movement.TO_HOSPITAL))
        self.police_button.clicked.connect(lambda: self.on_hand_on(Movement.TO_POLICE))
        self.tick_all_button.clicked.connect(self.on_tick_all)
        self.items_model.checked_changed.connect(self._update_buttons)
        return self.bags_box

    def _build_count(self) -> QGroupBox:
        self.count_box = QGroupBox(self.tr("Counting back"))
        self.count_box.setObjectName("count_box")
        column = QVBoxLayout(self.count_box)
        column.addWidget(hint_label(self.tr(
            "When the person leaves, count every item back with them: returned, or missing "
            "with a note saying what is known.")))
        self.count_grid_holder = QWidget()
        self.count_grid = QGridLayout(self.count_grid_holder)
        self.count_grid.setContentsMargins(0, 0, 0, 0)
        self.count_grid.setHorizontalSpacing(8)
        self.count_grid.setColumnStretch(0, 1)
        column.addWidget(self.count_grid_holder)
        self.count_rows: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self.count_message = hint_label("", "field_error")
        self.count_message.setObjectName("count_message")
        self.count_message.hide()
        column.addWidget(self.count_message)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.all_returned_button = QPushButton(icon("mdi6.check-all"),
                                               self.tr("All returned"))
        self.all_returned_button.setObjectName("all_returned_button")
        self.count_save_button = primary_button(self.tr("Save the count"), "mdi6.content-save")
        self.count_save_button.setObjectName("count_save_button")
        bar.addWidget(self.all_returned_button)
        bar.addWidget(self.count_save_button)
        column.addLayout(bar)
        self.all_returned_button.clicked.connect(self.on_all_returned)
        self.count_save_button.clicked.connect(self.on_count_back)
        self.counted_banner = QFrame(objectName="done_banner")
        row = QHBoxLayout(self.counted_banner)
        row.setContentsMargins(10, 6, 6, 6)
        mark = QLabel()
        mark.setPixmap(icon("mdi6.check-circle", STATE_COLOURS["free"]).pixmap(20, 20))
        row.addWidget(mark)
        text = hint_label(self.tr("The count is saved. Print the receipt again: the person "
                                  "signs its return section."))
        text.setObjectName("counted_text")
        row.addWidget(text, 1)
        self.count_print_button = QPushButton(icon("mdi6.printer"), self.tr("Print receipt"))
        self.count_print_button.setObjectName("count_print_button")
        self.count_print_button.clicked.connect(
            lambda: self.print_buttons.run("receipt", save=False))
        row.addWidget(self.count_print_button)
        self.counted_banner.hide()
        column.addWidget(self.counted_banner)
        return self.count_box

    def _build_log(self) -> QGroupBox:
        self.log_box = QGroupBox(self.tr("Custody log"))
        column = QVBoxLayout(self.log_box)
        self.log_model = MovementTableModel()
        self.log_view = fitted_table(self.log_model, "movements_view",
                                     MovementTableModel.Column.NOTE)
        column.addWidget(self.log_view)
        return self.log_box

    # -- showing --------------------------------------------------------------------------
    def load(self, record: CustodyRecord) -> None:
        same = self.record is not None and self.record.case_no == record.case_no
        self.record = record
        self.header.set_record(record)
        self.print_buttons.set_record(record)
        if not same:
            self.counted_case = ""
        self._load_check(record)
        self._load_bags(record)
        self._load_count(record)
        titles = {i.id: item_title(i) for b in record.bags for i in b.items}
        self.log_model.set_movements(record.movements, titles)
        c = MovementTableModel.Column
        self.log_view.setColumnHidden(c.BAG, len(record.bags) < 2)
        refresh_table(self.log_view, c.NOTE, {c.ITEM: 130, c.MOVEMENT: 170, c.OFFICER: 110})
        self.log_box.setVisible(bool(record.movements))
        self._update_buttons()
        if not same:
            self.scroll.verticalScrollBar().setValue(0)

    def _load_check(self, record: CustodyRecord) -> None:
        if record.refused:
            self.refused_note.setText(self.tr(
                "The person refused the security check, so the intake ended. Print the refusal "
                "notice for them."))
        elif not record.checked:
            self.refused_note.setText(self.tr("No security check was recorded for this stay, "
                                              "and it has ended."))
        self.refused_note.setVisible(record.refused or not record.checked)
        self.check_box.setVisible(record.checked)
        yes, no = self.tr("checked"), self.tr("not checked")
        values = {
            "checked_at": fmt_time(record.checked_at), "body": record.body_checked_by,
            "baggage": yes if record.baggage_checked else no,
            "temperature": f"{record.temperature} ℃" if record.temperature else "—",
            "recorded_by": record.recorded_by, "notes": record.notes or "—",
        }
        for key, value in values.items():
            self.summary[key].setText(value)
        self.seized_model.set_rows(record.seized)
        c = SeizedTableModel.Column
        refresh_table(self.seized_view, c.DETAILS, {c.DESCRIPTION: 160})
        self.seized_view.setVisible(bool(record.seized))
        self.no_items_label.setVisible(not record.seized)

    def _load_bags(self, record: CustodyRecord) -> None:
        while self.bag_lines.count():
            item = self.bag_lines.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for bag in record.bags:
            self.bag_lines.addWidget(self._bag_line(bag))
        self.bags_box.setVisible(record.checked or bool(record.bags))
        self.no_bags_label.setVisible(not record.bags)
        items = [i for b in record.bags for i in b.items]
        self.items_model.set_rows(items)
        self.items_view.setVisible(bool(items))
        for widget in (self.take_out_button, self.put_back_button, self.hospital_button,
                       self.police_button, self.tick_all_button):
            widget.setVisible(bool(record.held_items))
        c = StoredItemTableModel.Column
        self.items_view.setColumnHidden(c.BAG, len(record.bags) < 2)
        refresh_table(self.items_view, c.DETAILS, {c.ITEM: 170, c.STATE: 150})

    def _bag_line(self, bag: BagRow) -> QWidget:
        line = QWidget()
        line.setObjectName(f"bag_line_{bag.bag_no}")
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        picture = QLabel()
        picture.setPixmap(icon("mdi6.bag-personal-outline", ACCENT).pixmap(18, 18))
        row.addWidget(picture)
        number = QLabel(bag.bag_no, objectName="bag_no")
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(number)
        row.addWidget(QLabel(bag.location))
        row.addWidget(QLabel(self.tr("{count} held").format(count=len(bag.held))))
        if bag.owner_signed:
            signed = QLabel("✔ " + self.tr("Signature confirmed"), objectName="signed_ok")
        else:
            signed = QLabel("✎ " + self.tr("Owner to sign the receipt"), objectName="unsigned")
        signed.setProperty("bag", bag.bag_no)
        row.addWidget(signed)
        row.addStretch(1)
        return line

    def _load_count(self, record: CustodyRecord) -> None:
        while self.count_grid.count():
            item = self.count_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.count_rows = {}
        held = record.held_items
        for r, item in enumerate(held):
            text = QLabel(f"{item.bag_no}　{item_title(item)}")
            text.setWordWrap(True)
            details = item_details(item, self.names)
            if details:
                text.setToolTip(details)
            choice = QComboBox(objectName=f"count_choice_{item.id}")
            choice.addItem(self.tr("Not counted yet"), None)
            choice.addItem(icon("mdi6.check-circle", STATE_COLOURS["free"]),
                           self.tr("Returned to the person"), True)
            choice.addItem(icon("mdi6.alert-circle-outline", STATE_COLOURS["overdue"]),
                           self.tr("Not found"), False)
            note = QLineEdit(objectName=f"count_note_{item.id}")
            note.setPlaceholderText(self.tr("Note (needed if missing)"))
            choice.setEnabled(self.may_count)
            note.setEnabled(self.may_count)
            self.count_grid.addWidget(text, r, 0)
            self.count_grid.addWidget(choice, r, 1)
            self.count_grid.addWidget(note, r, 2)
            self.count_rows[item.id] = (choice, note)
        self.count_grid.setColumnMinimumWidth(2, 200)
        self.count_message.hide()
        counted = self.counted_case == record.case_no
        self.count_box.setVisible(bool(held) or counted)
        self.count_grid_holder.setVisible(bool(held))
        for button in (self.all_returned_button, self.count_save_button):
            button.setVisible(bool(held))
            button.setEnabled(self.may_count)
            button.setToolTip("" if self.may_count else self.count_tip)
        self.counted_banner.setVisible(counted)

    def _update_buttons(self, *_args) -> None:
        record = self.record
        chosen = self.items_model.checked_rows()
        bags = record.bags if record else ()

        def can(button: QPushButton, enabled: bool, tip: str = "") -> None:
            button.setEnabled(self.may_custody and enabled)
            button.setToolTip(self.custody_tip if not self.may_custody else tip)

        open_stay = record is not None and record.stay_status != StayStatus.CLOSED.value
        can(self.sign_button, any(not b.owner_signed for b in bags),
            self.tr("The owner signed or put a fingerprint on the printed receipt."))
        can(self.move_button, any(b.held for b in bags),
            self.tr("Move a bag to another storage place."))
        can(self.add_bag_button, open_stay and record.checked if record else False,
            self.tr("Things handed in later go into a new bag with its own tag."))
        tick_first = self.tr("Tick the items first.")

        def allowed(movement: Movement) -> bool:
            return bool(chosen) and all(
                movement in ALLOWED_MOVES.get(ItemState(i.state), ()) for i in chosen)

        can(self.take_out_button, allowed(Movement.TAKEN_OUT),
            self.tr("Taken out for the person for a while, e.g. to make a call.")
            if chosen else tick_first)
        can(self.put_back_button, allowed(Movement.PUT_BACK),
            self.tr("Put back in the bag what was taken out.") if chosen else tick_first)
        can(self.hospital_button, allowed(Movement.TO_HOSPITAL),
            self.tr("The items go with the person to hospital.") if chosen else tick_first)
        can(self.police_button, allowed(Movement.TO_POLICE),
            self.tr("The items are handed to the police against a receipt.")
            if chosen else tick_first)
        self.tick_all_button.setEnabled(self.may_custody)

    # -- actions --------------------------------------------------------------------------
    def _done(self, message: str) -> None:
        self.status_message.emit(message)
        self.changed.emit(self.record.case_no)

    def _fail(self, error: DeskError) -> None:
        QMessageBox.warning(self, self.tr("Belongings"), tr_desk_error(error))

    def on_printed(self, form: str, saved: bool) -> None:
        text = form_title(form)
        self.status_message.emit(self.tr("Saved as PDF: {form}").format(form=text) if saved
                                 else self.tr("Sent to print: {form}").format(form=text))

    def on_owner_signed(self) -> None:
        record = self.record
        if record is None:
            return
        unsigned = [b.bag_no for b in record.bags if not b.owner_signed]
        try:
            for bag_no in unsigned:
                self.service.mark_owner_signed(bag_no)
        except DeskError as error:
            self._fail(error)
            self.changed.emit(record.case_no)
            return
        self._done(self.tr("Signature confirmed for {bags}.").format(bags="、".join(unsigned)))

    def chosen_bag(self) -> str | None:
        chosen = self.items_model.checked_rows()
        return chosen[0].bag_no if chosen else None

    def on_move(self) -> None:
        record = self.record
        bags = [b for b in record.bags if b.held] if record else []
        if not bags:
            return
        dialog = MoveBagDialog(self.desk, bags, self.chosen_bag(), self)
        if dialog.exec():
            self._done(self.tr("Bag {bag} moved to {place}.").format(
                bag=dialog.bag_combo.currentData(), place=dialog.location_combo.currentData()))

    def on_add_bag(self) -> None:
        if self.record is None:
            return
        dialog = AddBagDialog(self.desk, self.record.case_no, self)
        if dialog.exec():
            self._done(self.tr("Bag {bag} added. Print its tag and the receipt.").format(
                bag=dialog.bag_no))

    def on_quick_move(self, movement: Movement) -> None:
        chosen = self.items_model.checked_rows()
        if not chosen:
            return
        by_bag: dict[str, list[int]] = {}
        for item in chosen:
            by_bag.setdefault(item.bag_no, []).append(item.id)
        try:
            for bag_no, ids in by_bag.items():
                self.service.move(bag_no, movement, item_ids=tuple(ids))
        except DeskError as error:
            self._fail(error)
            self.changed.emit(self.record.case_no)
            return
        self.items_model.set_all_checked(False)
        self._done(self.tr("{change}: {count} items.").format(
            change=movement_text(movement), count=len(chosen)))

    def on_hand_on(self, movement: Movement) -> None:
        chosen = self.items_model.checked_rows()
        if not chosen:
            return
        dialog = MovementDialog(self.desk, movement, chosen, self)
        if dialog.exec():
            self.items_model.set_all_checked(False)
            self._done(self.tr("{change}: {count} items.").format(
                change=movement_text(movement), count=len(chosen)))

    def on_tick_all(self) -> None:
        everything = len(self.items_model.checked_rows()) == len(self.record.held_items) \
            if self.record else True
        self.items_model.set_all_checked(not everything)

    def on_all_returned(self) -> None:
        for choice, _note in self.count_rows.values():
            choice.setCurrentIndex(choice.findData(True))

    def count_results(self) -> dict[int, tuple[bool, str]]:
        return {item_id: (choice.currentData(), note.text())
                for item_id, (choice, note) in self.count_rows.items()
                if choice.currentData() is not None}

    def on_count_back(self) -> None:
        self.count_message.hide()
        for _choice, note in self.count_rows.values():
            FieldMessages._mark(note, False)
        results = self.count_results()
        if not results:
            self.count_message.setText(self.tr("For each item counted back, choose whether it "
                                               "was returned or not found."))
            self.count_message.show()
            return
        try:
            self.service.count_back(self.record.case_no, results)
        except DeskError as error:
            self.count_message.setText(tr_desk_error(error))
            self.count_message.show()
            if error.field == "note":
                for item_id, (returned, text) in results.items():
                    if not returned and not text.strip():
                        FieldMessages._mark(self.count_rows[item_id][1], True)
            return
        self.counted_case = self.record.case_no
        self._done(self.tr("Count saved for {count} items.").format(count=len(results)))

    def show_bag(self, bag_no: str) -> None:
        """Bring a bag's line into view (a scanned bag tag)."""
        line = self.findChild(QWidget, f"bag_line_{bag_no}")
        if line is not None:
            self.scroll.ensureWidgetVisible(line)


# -- the tabs -------------------------------------------------------------------------------


class StaysTab(QWidget):
    """Per stay: the list of stays on the left, the check form or the belongings on the
    right."""

    status_message = Signal(str)
    saved = Signal(str)  #: case number whose check or custody changed

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.service = CustodyService(desk)
        self.current_case = ""
        self.drafts: dict[str, CheckPanel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="security_splitter")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        self.filter_edit = QLineEdit(objectName="stay_filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or case no."))
        self.filter_edit.setClearButtonEnabled(True)
        column.addWidget(self.filter_edit)
        self.model = StayCustodyTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = make_table(self.proxy, name="stays_view")
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        column.addWidget(self.view, 1)
        self.count_label = hint_label()
        column.addWidget(self.count_label)
        self.splitter.addWidget(left)
        self.detail_stack = QStackedWidget(objectName="detail_stack")
        self.empty_state = EmptyState(
            "mdi6.bag-checked", self.tr("Security check and belongings"),
            self.tr("Choose a person on the left. New arrivals get their security check here; "
                    "for the others you keep, move and count back what is held for them, and "
                    "print the receipt and bag tags."))
        self.detail_stack.addWidget(self.empty_state)
        self.custody_panel = CustodyPanel(desk)
        self.custody_panel.status_message.connect(self.status_message)
        self.custody_panel.changed.connect(self.on_changed)
        self.detail_stack.addWidget(self.custody_panel)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(10, 0, 0, 0)
        right_layout.addWidget(self.detail_stack)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([490, 580])
        layout.addWidget(self.splitter)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.reload()

    def reload(self) -> None:
        keep = self.current_case
        self.model.set_rows(self.service.stays())
        self.view.resizeColumnsToContents()
        name = StayCustodyTableModel.Column.NAME
        self.view.setColumnWidth(name, min(self.view.columnWidth(name), 96))
        unchecked = sum(1 for r in self.model._rows if not r.checked)
        self.count_label.setText(self.tr("{count} in the station · {unchecked} not checked yet")
                                 .format(count=self.model.rowCount(), unchecked=unchecked))
        if keep:
            self._select(keep)

    def _row_of(self, case_no: str) -> int | None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).case_no == case_no:
                return row
        return None

    def _select(self, case_no: str) -> bool:
        row = self._row_of(case_no)
        if row is None:
            return False
        self.view.selectionModel().blockSignals(True)
        self.view.selectRow(row)
        self.view.selectionModel().blockSignals(False)
        self.view.scrollTo(self.proxy.index(row, 0))
        return True

    def on_selection_changed(self, *_args) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            case_no = rows[0].data(ROW_ROLE).case_no
            if case_no != self.current_case:
                self.show_case(case_no)

    def show_case(self, case_no: str) -> bool:
        """Show a stay's check form (not checked yet) or its belongings."""
        try:
            record = self.service.record(case_no)
        except DeskError as error:
            self.status_message.emit(tr_desk_error(error))
            return False
        self.current_case = record.case_no
        if not record.checked and record.stay_status != StayStatus.CLOSED.value:
            panel = self.drafts.get(record.case_no)
            if panel is None:
                panel = CheckPanel(self.desk, record)
                panel.saved.connect(self.on_check_saved)
                self.drafts[record.case_no] = panel
                self.detail_stack.addWidget(panel)
            self.detail_stack.setCurrentWidget(panel)
        else:
            self.custody_panel.load(record)
            self.detail_stack.setCurrentWidget(self.custody_panel)
        return True

    def open_case(self, case_no: str) -> bool:
        case_no = (case_no or "").strip()
        if self._row_of(case_no) is None and self.filter_edit.text():
            self.filter_edit.clear()
        if self._row_of(case_no) is None:
            self.reload()
        if not self._select(case_no):
            self.view.clearSelection()
        return self.show_case(case_no)

    def on_check_saved(self, record: CustodyRecord) -> None:
        panel = self.drafts.pop(record.case_no, None)
        self.custody_panel.load(record)
        self.detail_stack.setCurrentWidget(self.custody_panel)
        if panel is not None:
            self.detail_stack.removeWidget(panel)
            panel.deleteLater()
        if record.refused:
            message = self.tr("{case_no}: the person refused the check; the intake ended. Print "
                              "the refusal notice.").format(case_no=record.case_no)
        elif record.bags:
            bag = record.bags[-1]
            message = self.tr("{case_no}: check saved; bag {bag} at {place}. Print the receipt "
                              "and the bag tag.").format(case_no=record.case_no,
                                                         bag=bag.bag_no, place=bag.location)
        else:
            message = self.tr("{case_no}: check saved.").format(case_no=record.case_no)
        self.status_message.emit(message)
        self.reload()
        self.saved.emit(record.case_no)

    def on_changed(self, case_no: str) -> None:
        self.show_case(case_no)
        self.reload()
        self.saved.emit(case_no)


class StoreRoomTab(QWidget):
    """Bags by storage place; find one by its number or by scanning its tag."""

    open_bag_requested = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.service = CustodyService(desk)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Place")))
        self.location_combo = QComboBox(objectName="store_location_combo")
        self.location_combo.addItem(self.tr("All places"), "")
        for place in self.service.locations():
            self.location_combo.addItem(place, place)
        self.location_combo.setMinimumWidth(150)
        bar.addWidget(self.location_combo)
        bar.addSpacing(12)
        self.search_edit = QLineEdit(objectName="bag_search_edit")
        self.search_edit.setPlaceholderText(self.tr("Bag no., or scan the bag tag"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.barcode-scan"),
                                   QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(260)
        bar.addWidget(self.search_edit)
        bar.addStretch(1)
        self.count_label = hint_label()
        self.count_label.setWordWrap(False)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.stack = QStackedWidget()
        self.model = StoreRoomTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = make_table(self.proxy, name="store_room_view")
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self.on_open)
        self.view.doubleClicked.connect(self.on_open)
        self.stack.addWidget(self.view)
        self.empty_state = EmptyState(
            "mdi6.warehouse", self.tr("The store room"),
            self.tr("Every bag of belongings held for a person is listed here by its storage "
                    "place, so a bag is found by its number or by scanning its tag. Bags are "
                    "made at the security check."))
        self.stack.addWidget(self.empty_state)
        layout.addWidget(self.stack, 1)
        layout.addWidget(hint_label(self.tr("Double-click a bag (or press Enter) to open the "
                                            "person's belongings.")))
        self.location_combo.currentIndexChanged.connect(self.reload)
        self.search_edit.textChanged.connect(self.reload)
        self.search_edit.returnPressed.connect(self.on_return)
        self.reload()

    def query(self) -> str:
        return bag_payload_key(self.search_edit.text())

    def reload(self, *_args) -> None:
        location = self.location_combo.currentData() or ""
        query = self.query()
        try:
            rows = self.service.store_room(location=location, query=query)
        except DeskError as error:
            self.count_label.setText(tr_desk_error(error))
            rows = []
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        filtered = bool(location or query)
        self.stack.setCurrentWidget(self.view if rows or filtered else self.empty_state)
        if rows:
            self.count_label.setText(self.tr("{count} bags").format(count=len(rows)))
        else:
            self.count_label.setText(self.tr("No bag matches.") if filtered else "")

    def on_return(self) -> None:
        """A scanned tag (or a typed number) and Enter: keep the number, choose the bag."""
        key = self.query()
        if key != self.search_edit.text().strip():
            self.search_edit.setText(key)
        if self.proxy.rowCount() == 1:
            self.view.selectRow(0)
            self.view.setFocus()

    def on_open(self, index) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.open_bag_requested.emit(row.bag_no)


class DisposalTab(QWidget):
    """Unclaimed items past the retention period, disposed of by two officers with a printed
    record."""

    status_message = Signal(str)
    disposed = Signal(str)  #: disposal number

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.service = CustodyService(desk)
        self.last_record: DisposalRecord | None = None
        officer = desk.require()
        self.editable = officer.may(Permission.CUSTODY)
        self.tip = self.tr("Only an officer with the role {roles} may dispose of unclaimed "
                           "items.").format(roles=roles_that_may(Permission.CUSTODY))
        keep = SettingsService(desk).get("unclaimed_keep_days")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        bar = QHBoxLayout()
        intro = hint_label(self.tr(
            "Items still held for people who left more than {days} days ago (a local rule in "
            "Settings). Two officers dispose of them together; print the record and file "
            "it.").format(days=keep))
        bar.addWidget(intro, 1)
        self.tick_all_button = QPushButton(icon("mdi6.checkbox-multiple-marked-outline"),
                                           self.tr("Tick all"))
        self.tick_all_button.setObjectName("disposal_tick_all_button")
        bar.addWidget(self.tick_all_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.stack = QStackedWidget()
        self.model = DueItemTableModel()
        self.view = make_table(self.model, name="due_view")
        self.view.horizontalHeader().setSectionResizeMode(
            DueItemTableModel.Column.ITEM, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.stack.addWidget(self.view)
        text = self.tr("Nothing is due for disposal. Belongings left behind by people who have "
                       "gone are listed here once the {days}-day retention period has passed, "
                       "for two officers to dispose of with a printed record.").format(days=keep)
        if not self.editable:
            text += "\n\n" + self.tip
        self.empty_state = EmptyState("mdi6.timer-sand", self.tr("Due for disposal"), text)
        self.stack.addWidget(self.empty_state)
        layout.addWidget(self.stack, 1)
        self.items_message = hint_label("", "field_error")
        self.items_message.setObjectName("disposal_message")
        self.items_message.hide()
        layout.addWidget(self.items_message)
        self.form_box = QGroupBox(self.tr("Dispose of the ticked items"))
        bottom = QHBoxLayout(self.form_box)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        me = officer.login
        self.second_combo = QComboBox(objectName="disposal_second_combo")
        for login, name in self.service.officers():
            if login != me:
                self.second_combo.addItem(f"{name}（{login}）", login)
        self.second_combo.setPlaceholderText(self.tr("Choose the second officer"))
        self.second_combo.setCurrentIndex(-1)
        self.note_edit = QLineEdit(objectName="disposal_note_edit")
        self.note_edit.setPlaceholderText(self.tr("e.g. clothing to the laundry, cash paid in"))
        self.fields.add("second_officer", self.tr("Second officer"), self.second_combo,
                        required=True, tooltip=self.tr("Disposal is done by two officers."))
        self.fields.add("note", self.tr("How disposed of"), self.note_edit)
        bottom.addLayout(form, 1)
        self.dispose_button = primary_button(self.tr("Dispose…"), "mdi6.delete-forever")
        self.dispose_button.setObjectName("dispose_button")
        bottom.addWidget(self.dispose_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.form_box)
        self.done_banner = QFrame(objectName="done_banner")
        row = QHBoxLayout(self.done_banner)
        row.setContentsMargins(10, 6, 6, 6)
        mark = QLabel()
        mark.setPixmap(icon("mdi6.check-circle", STATE_COLOURS["free"]).pixmap(20, 20))
        row.addWidget(mark)
        self.done_label = QLabel(objectName="disposal_done_label")
        self.done_label.setWordWrap(True)
        row.addWidget(self.done_label, 1)
        self.print_button = primary_button(
            QCoreApplication.translate("CustodyPrinting", CUSTODY_FORMS["disposal"][1]),
            "mdi6.printer")
        self.print_button.setObjectName("print_disposal_button")
        self.pdf_button = QPushButton(icon("mdi6.file-pdf-box"), "PDF")
        self.pdf_button.setObjectName("pdf_disposal_button")
        self.pdf_button.setToolTip(self.tr("Save as PDF"))
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        self.done_banner.hide()
        layout.addWidget(self.done_banner)
        self.tick_all_button.clicked.connect(self.on_tick_all)
        self.dispose_button.clicked.connect(self.on_dispose)
        self.print_button.clicked.connect(lambda: self.print_record(save=False))
        self.pdf_button.clicked.connect(lambda: self.print_record(save=True))
        self.model.checked_changed.connect(self._update_buttons)
        if not self.editable:
            for widget in (self.second_combo, self.note_edit, self.dispose_button,
                           self.tick_all_button):
                widget.setEnabled(False)
                widget.setToolTip(self.tip)
        self.reload()

    def reload(self) -> None:
        rows: list[DueItem] = []
        if self.editable:
            try:
                rows = self.service.due_for_disposal()
            except DeskError as error:
                self.status_message.emit(tr_desk_error(error))
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.view if rows else self.empty_state)
        self.form_box.setVisible(bool(rows))
        self.tick_all_button.setVisible(bool(rows))
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.model.checked_rows())
        self.dispose_button.setEnabled(self.editable and count > 0)
        if self.editable:
            self.dispose_button.setText(self.tr("Dispose of {count} items…").format(count=count)
                                        if count else self.tr("Dispose…"))
            self.dispose_button.setToolTip("" if count else self.tr("Tick the items first."))

    def on_tick_all(self) -> None:
        everything = len(self.model.checked_rows()) == self.model.rowCount()
        self.model.set_all_checked(not everything)

    def confirm(self, count: int, second: str) -> bool:
        """Ask once, with the consequence in one sentence (tests replace QMessageBox)."""
        answer = QMessageBox.question(self, self.tr("Dispose of unclaimed items"), self.tr(
            "The {count} ticked items will be recorded as disposed of by you and {second}, and "
            "can never be returned to their owners. Dispose of them?").format(
                count=count, second=second))
        return answer == QMessageBox.StandardButton.Yes

    def on_dispose(self) -> None:
        self.fields.clear()
        self.items_message.hide()
        chosen = self.model.checked_rows()
        if not chosen or not self.editable:
            return
        second = self.second_combo.currentData() or ""
        if second and not self.confirm(len(chosen), self.second_combo.currentText()):
            return
        try:
            record = self.service.dispose(tuple(d.item.id for d in chosen),
                                          second_officer=second, note=self.note_edit.text())
        except DeskError as error:
            if not self.fields.show_error(error):
                self.items_message.setText(tr_desk_error(error))
                self.items_message.show()
            return
        self.last_record = record
        self.note_edit.clear()
        self.done_label.setText(self.tr("Disposal {number} recorded: {count} items. Print the "
                                        "record for both officers to sign.").format(
                                            number=record.disposal_no, count=len(record.items)))
        self.done_banner.show()
        self.reload()
        self.status_message.emit(self.tr("Disposal {number} recorded.").format(
            number=record.disposal_no))
        self.disposed.emit(record.disposal_no)

    def print_record(self, *, save: bool) -> bool:
        record = self.last_record
        if record is None:
            return False
        done = print_custody_form(self, self.desk, "disposal", record.disposal_no, record,
                                  save=save)
        if done:
            self.status_message.emit(self.tr("Disposal record {number} printed.").format(
                number=record.disposal_no) if not save else self.tr(
                "Disposal record {number} saved as PDF.").format(number=record.disposal_no))
        return done


class SecurityPage(QWidget):
    """The page 安检与物品: per stay, the store room, and items due for disposal."""

    status_message = Signal(str)  #: a quiet note for the status bar
    saved = Signal(str)  #: a stay's check or custody changed (case number)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("security_page")
        self.setStyleSheet(STYLE)
        self.desk = desk
        self.title = self.tr("Security & belongings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget(objectName="security_tabs")
        self.stays_tab = StaysTab(desk)
        self.store_tab = StoreRoomTab(desk)
        self.disposal_tab = DisposalTab(desk)
        self.tabs.addTab(self.stays_tab, icon("mdi6.account-details"), self.tr("By person"))
        self.tabs.addTab(self.store_tab, icon("mdi6.warehouse"), self.tr("Store room"))
        self.tabs.addTab(self.disposal_tab, icon("mdi6.timer-sand"),
                         self.tr("Due for disposal"))
        layout.addWidget(self.tabs)
        for tab in (self.stays_tab, self.disposal_tab):
            tab.status_message.connect(self.status_message)
        self.stays_tab.saved.connect(self.saved)
        self.store_tab.open_bag_requested.connect(self.open_bag)
        self.disposal_tab.disposed.connect(lambda _n: self.stays_tab.reload())
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self._shown_once = False
        state = QSettings().value("security_page/splitter")
        if state is not None:
            self.stays_tab.splitter.restoreState(state)

    def reload(self) -> None:
        """Fetch the lists again (other desks and pages change them)."""
        self.stays_tab.reload()
        self.store_tab.reload()
        self.disposal_tab.reload()

    def on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if hasattr(widget, "reload"):
            widget.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._shown_once:
            self.on_tab_changed(self.tabs.currentIndex())
        self._shown_once = True

    def hideEvent(self, event) -> None:  # noqa: N802
        QSettings().setValue("security_page/splitter", self.stays_tab.splitter.saveState())
        super().hideEvent(event)

    def open_case(self, case_no: str) -> bool:
        """Show a stay (a scanned ``RD:STAY`` code, a link from another page)."""
        self.tabs.setCurrentWidget(self.stays_tab)
        return self.stays_tab.open_case(case_no)

    def open_bag(self, bag_no: str) -> bool:
        """Show the stay a bag belongs to, with the bag in view (a scanned ``RD:BAG`` code)."""
        try:
            bag = CustodyService(self.desk).bag(bag_payload_key(bag_no))
        except DeskError as error:
            self.status_message.emit(tr_desk_error(error))
            return False
        if not self.open_case(bag.case_no):
            return False
        self.stays_tab.custody_panel.show_bag(bag.bag_no)
        return True
