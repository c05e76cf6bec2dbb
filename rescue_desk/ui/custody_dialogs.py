"""Dialogs of the security-check and belongings work: one item found (its kind decides what may
be done with it and which details are asked), the list of items on a form, moving a bag to
another place, handing items on (to hospital, to the police), and a new bag for things handed in
later. Every change goes through ``CustodyService``; its errors show under the field concerned."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.custody import (
    DISPOSITION_LABELS,
    KIND_LABELS,
    MOVEMENT_LABELS,
    STATE_LABELS,
    Disposition,
    ItemKind,
    ItemState,
    Movement,
    allowed_dispositions,
)
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.money import capitals, figures, parse_yuan
from rescue_desk.services.custody import BagRow, CustodyService, ItemForm, StoredItemRow
from rescue_desk.services.desk import Desk
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.models import SnapshotTableModel
from rescue_desk.ui.widgets import FieldMessages, icon, right_aligned_form

#: What is usually done with an item of each kind (DOMAIN step 4), offered first; the officer
#: may choose any disposition the domain allows for the kind.
SUGGESTED_DISPOSITION = {
    ItemKind.ID_DOCUMENT: Disposition.KEPT_BY_PERSON,
    ItemKind.WEAPON: Disposition.POLICE,
    ItemKind.DANGEROUS: Disposition.POLICE,
    ItemKind.PERISHABLE: Disposition.ON_THE_SPOT,
    ItemKind.MEDICINE: Disposition.MEDICINE_STAFF,
}
#: Fields of an item: an error about one of them belongs to the item list of a form.
ITEM_FIELDS = frozenset({
    "kind", "description", "quantity", "disposition", "condition", "serial", "cash",
    "second_officer", "counted_by", "seal_no", "police_unit", "police_officer",
    "police_receipt_no", "witness", "note",
})


# -- words ----------------------------------------------------------------------------------


def _custody(labels: dict, enum_type: type[enum.Enum], value: object) -> str:
    """A label of the domain's custody tables (context ``Custody``); unknown values as stored."""
    try:
        return QCoreApplication.translate("Custody", labels[enum_type(value)])
    except (ValueError, KeyError):
        return str(value)


def kind_text(kind: object) -> str:
    return _custody(KIND_LABELS, ItemKind, kind)


def disposition_text(disposition: object) -> str:
    return _custody(DISPOSITION_LABELS, Disposition, disposition)


def state_text(state: object) -> str:
    return _custody(STATE_LABELS, ItemState, state)


def movement_text(movement: object) -> str:
    return _custody(MOVEMENT_LABELS, Movement, movement)


def money_text(fen: int) -> str:
    """``¥123.50（壹佰贰拾叁元伍角整）``: figures and capitals, as receipts write money."""
    return f"{figures(fen)}（{capitals(fen)}）"


def item_title(item: ItemForm | StoredItemRow) -> str:
    """``Mobile phone: 华为手机 ×2``."""
    quantity = f" ×{item.quantity}" if item.quantity != 1 else ""
    return f"{kind_text(item.kind)}：{item.description}{quantity}"


def item_details(item: ItemForm | StoredItemRow, names: dict[str, str] | None = None) -> str:
    """The details of an item in one line: condition, serial, seal, cash and who counted it,
    police receipt, witness, note."""
    names = names or {}
    parts = [item.condition]
    if item.serial:
        parts.append(QCoreApplication.translate("CustodyDialogs", "serial {serial}")
                     .format(serial=item.serial))
    if item.seal_no:
        parts.append(QCoreApplication.translate("CustodyDialogs", "seal {seal}")
                     .format(seal=item.seal_no))
    if item.cash_fen is not None:
        parts.append(money_text(item.cash_fen))
    second = item.counted_by_second
    if second:
        parts.append(QCoreApplication.translate("CustodyDialogs", "counted with {name}")
                     .format(name=names.get(second, second)))
    if isinstance(item, ItemForm):
        if item.police_receipt_no:
            parts.append(QCoreApplication.translate("CustodyDialogs", "police receipt {number}")
                         .format(number=item.police_receipt_no))
        if item.witness:
            parts.append(QCoreApplication.translate("CustodyDialogs", "witness {name}")
                         .format(name=item.witness))
        parts.append(item.note)
    return "；".join(p for p in parts if p)


def locations_combo(desk: Desk, placeholder: str) -> QComboBox:
    """The station's storage places, none chosen yet (putting a bag somewhere is a choice)."""
    combo = QComboBox()
    for place in CustodyService(desk).locations():
        combo.addItem(place, place)
    combo.setPlaceholderText(placeholder)
    combo.setCurrentIndex(-1)
    return combo


def officers_combo(officers: Sequence[tuple[str, str]], placeholder: str) -> QComboBox:
    combo = QComboBox()
    for login, name in officers:
        combo.addItem(f"{name}（{login}）", login)
    combo.setPlaceholderText(placeholder)
    combo.setCurrentIndex(-1)
    return combo


def make_table(model, *, name: str = "") -> QTableView:
    """A read-only table of rows, one row selected at a time, the last column stretched."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def hint_label(text: str = "", name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def check_item(desk: Desk, form: ItemForm) -> None:
    """Raise the DeskError the service would raise for this item, without saving anything, so
    the dialog can say what is wrong while the officer is still in it.

    The rules stay in one place: the custody service's item check (same-sex, ID documents,
    two cash counters, police details, witness) is called in a read-only session.
    """
    service = CustodyService(desk)
    officer = desk.require()
    with desk.db.read() as s:
        service._clean_item(s, form, officer)  # noqa: SLF001 - see the docstring


# -- one item -------------------------------------------------------------------------------


class ItemDialog(QDialog):
    """One item found at the check (or handed in for a bag): its kind, what it is, how many,
    what is done with it, and the details that disposition needs."""

    def __init__(self, desk: Desk, *, for_bag: bool = False, item: ItemForm | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item_dialog")
        self.desk = desk
        self.for_bag = for_bag
        self.item: ItemForm | None = None
        self.setWindowTitle(self.tr("Item for the bag") if for_bag else self.tr("Item found"))
        self.setMinimumWidth(500)
        service = CustodyService(desk)
        me = desk.officer.login if desk.officer else ""
        others = [(login, name) for login, name in service.officers() if login != me]

        layout = QVBoxLayout(self)
        self.form = right_aligned_form()
        self.fields = FieldMessages(self.form)
        self.kind_combo = QComboBox(objectName="kind_combo")
        for kind in ItemKind:
            if for_bag and Disposition.HELD not in allowed_dispositions(kind):
                continue
            self.kind_combo.addItem(kind_text(kind), kind)
        self.description_edit = QLineEdit(objectName="description_edit")
        self.description_edit.setPlaceholderText(self.tr("e.g. black wallet, Huawei phone"))
        self.quantity_spin = QSpinBox(objectName="quantity_spin")
        self.quantity_spin.setRange(1, 9999)
        self.quantity_spin.setMaximumWidth(110)
        self.disposition_combo = QComboBox(objectName="disposition_combo")
        self.id_hint = hint_label(self.tr("ID documents are never withheld: they stay with the "
                                          "person."), "field_warning")
        self.id_hint.setObjectName("id_hint")
        self.cash_edit = QLineEdit(objectName="cash_edit")
        self.cash_edit.setPlaceholderText("123.50")
        self.cash_words = hint_label()
        self.cash_words.setObjectName("cash_words")
        self.second_combo = officers_combo(others, self.tr("Choose the second officer"))
        self.second_combo.setObjectName("second_officer_combo")
        self.serial_edit = QLineEdit(objectName="serial_edit")
        self.serial_edit.setPlaceholderText(self.tr("IMEI or serial number"))
        self.condition_edit = QLineEdit(objectName="condition_edit")
        self.condition_edit.setPlaceholderText(self.tr("e.g. screen cracked, worn"))
        self.seal_edit = QLineEdit(objectName="seal_edit")
        self.police_unit_edit = QLineEdit(objectName="police_unit_edit")
        self.police_officer_edit = QLineEdit(objectName="police_officer_edit")
        self.police_receipt_edit = QLineEdit(objectName="police_receipt_edit")
        self.witness_edit = QLineEdit(objectName="witness_edit")
        self.note_edit = QLineEdit(objectName="note_edit")

        add = self.fields.add
        add("kind", self.tr("Kind"), self.kind_combo, required=True)
        add("description", self.tr("What it is"), self.description_edit, required=True)
        add("quantity", self.tr("Quantity"), self.quantity_spin)
        add("disposition", self.tr("What is done with it"), self.disposition_combo,
            required=True)
        self.form.addRow("", self.id_hint)
        add("cash", self.tr("Amount (yuan)"), self.cash_edit, required=True,
            tooltip=self.tr("Count the cash together with a second officer and write the "
                            "amount in yuan, e.g. 123.50."))
        self.form.addRow("", self.cash_words)
        add("second_officer", self.tr("Counted with"), self.second_combo, required=True,
            tooltip=self.tr("Cash is counted by two officers: choose the officer who counted "
                            "it with you."))
        add("serial", self.tr("Serial number"), self.serial_edit)
        add("condition", self.tr("Condition"), self.condition_edit)
        add("seal_no", self.tr("Seal number"), self.seal_edit,
            tooltip=self.tr("Valuables are sealed in an envelope; write the seal's number."))
        add("police_unit", self.tr("Police unit"), self.police_unit_edit, required=True)
        add("police_officer", self.tr("Police officer"), self.police_officer_edit,
            required=True)
        add("police_receipt_no", self.tr("Receipt number"), self.police_receipt_edit,
            required=True, tooltip=self.tr("The number on the receipt the police gave."))
        add("witness", self.tr("Witness"), self.witness_edit, required=True,
            tooltip=self.tr("Destroying an item needs a witness."))
        add("note", self.tr("Note"), self.note_edit)
        layout.addLayout(self.form)
        self.message_label = hint_label("", "field_error")
        self.message_label.hide()
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add") if item is None else self.tr("Save"))
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setProperty("primary", True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._last_kind_label = ""
        self.kind_combo.currentIndexChanged.connect(self.on_kind_changed)
        self.disposition_combo.currentIndexChanged.connect(self.update_rows)
        self.cash_edit.textChanged.connect(self.update_cash_words)
        self.on_kind_changed()
        if item is not None:
            self.load(item)
        self.description_edit.setFocus()

    # -- state ----------------------------------------------------------------------------
    def kind(self) -> ItemKind:
        return ItemKind(self.kind_combo.currentData())

    def disposition(self) -> Disposition:
        if self.for_bag:
            return Disposition.HELD
        value = self.disposition_combo.currentData()
        return Disposition(value) if value else Disposition.HELD

    def set_kind(self, kind: ItemKind) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def set_disposition(self, disposition: Disposition) -> None:
        index = self.disposition_combo.findData(disposition)
        if index >= 0:
            self.disposition_combo.setCurrentIndex(index)

    def on_kind_changed(self, *_args) -> None:
        kind = self.kind()
        label = kind_text(kind)
        if self.description_edit.text().strip() in ("", self._last_kind_label):
            self.description_edit.setText(label if kind in (ItemKind.CASH,
                                                             ItemKind.ID_DOCUMENT) else "")
        self._last_kind_label = label
        self.disposition_combo.blockSignals(True)
        self.disposition_combo.clear()
        allowed = allowed_dispositions(kind)
        for disposition in allowed:
            self.disposition_combo.addItem(disposition_text(disposition), disposition)
        suggested = SUGGESTED_DISPOSITION.get(kind, Disposition.HELD)
        self.set_disposition(suggested if suggested in allowed else allowed[0])
        self.disposition_combo.setEnabled(len(allowed) > 1)
        self.disposition_combo.blockSignals(False)
        self.update_rows()

    def _show(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.fields.fields[key].parentWidget(), visible)

    def update_rows(self, *_args) -> None:
        """Ask only what this kind and disposition need."""
        kind, disposition = self.kind(), self.disposition()
        held = disposition == Disposition.HELD
        cash = kind == ItemKind.CASH and held
        self._show("disposition", not self.for_bag)
        self.form.setRowVisible(self.id_hint, kind == ItemKind.ID_DOCUMENT)
        self._show("cash", cash)
        self.form.setRowVisible(self.cash_words, cash)
        self._show("second_officer", cash)
        self._show("serial", kind == ItemKind.PHONE)
        self._show("condition", held and kind != ItemKind.CASH)
        self._show("seal_no", kind == ItemKind.VALUABLE and held)
        for key in ("police_unit", "police_officer", "police_receipt_no"):
            self._show(key, disposition == Disposition.POLICE)
        self._show("witness", disposition == Disposition.DESTROYED)
        self.adjustSize()

    def update_cash_words(self, text: str) -> None:
        """The amount as it will be written on the receipt, while it is typed."""
        try:
            fen = parse_yuan(text) if text.strip() else None
        except DeskError:
            fen = None
        self.cash_words.setText(money_text(fen) if fen is not None else "")

    def load(self, item: ItemForm) -> None:
        self.set_kind(ItemKind(item.kind))
        self.set_disposition(Disposition(item.disposition))
        self.description_edit.setText(item.description)
        self.quantity_spin.setValue(item.quantity)
        if item.cash_fen is not None:
            self.cash_edit.setText(f"{item.cash_fen // 100}.{item.cash_fen % 100:02d}")
        index = self.second_combo.findData(item.counted_by_second)
        self.second_combo.setCurrentIndex(index)
        self.serial_edit.setText(item.serial)
        self.condition_edit.setText(item.condition)
        self.seal_edit.setText(item.seal_no)
        self.police_unit_edit.setText(item.police_unit)
        self.police_officer_edit.setText(item.police_officer)
        self.police_receipt_edit.setText(item.police_receipt_no)
        self.witness_edit.setText(item.witness)
        self.note_edit.setText(item.note)

    def read(self) -> ItemForm:
        """The item as typed (only the details its kind and disposition use); a DeskError if
        the amount cannot be read."""
        kind, disposition = self.kind(), self.disposition()
        held = disposition == Disposition.HELD
        cash = kind == ItemKind.CASH and held
        police = disposition == Disposition.POLICE
        return ItemForm(
            kind=kind, description=self.description_edit.text(),
            quantity=self.quantity_spin.value(), disposition=disposition,
            condition=self.condition_edit.text() if held and not cash else "",
            serial=self.serial_edit.text() if kind == ItemKind.PHONE else "",
            cash_fen=parse_yuan(self.cash_edit.text(), field="cash") if cash else None,
            counted_by_second=(self.second_combo.currentData() or "") if cash else "",
            seal_no=self.seal_edit.text() if kind == ItemKind.VALUABLE and held else "",
            police_unit=self.police_unit_edit.text() if police else "",
            police_officer=self.police_officer_edit.text() if police else "",
            police_receipt_no=self.police_receipt_edit.text() if police else "",
            witness=self.witness_edit.text() if disposition == Disposition.DESTROYED else "",
            note=self.note_edit.text())

    def on_ok(self) -> None:
        self.fields.clear()
        self.message_label.hide()
        try:
            item = self.read()
            check_item(self.desk, item)
        except DeskError as error:
            if error.field == "counted_by":
                error.field = "second_officer"
            if not self.fields.show_error(error):
                self.message_label.setText(tr_desk_error(error))
                self.message_label.show()
            return
        self.item = item
        self.accept()


# -- a list of items ------------------------------------------------------------------------


class ItemFormTableModel(SnapshotTableModel):
    """Items typed on a form, not saved yet."""

    class Column(enum.IntEnum):
        KIND = 0
        DESCRIPTION = 1
        QUANTITY = 2
        DISPOSITION = 3
        DETAILS = 4

    def __init__(self, names: dict[str, str] | None = None, parent=None) -> None:
        super().__init__((), parent)
        self.names = names or {}

    def header(self, column) -> str:
        return {
            self.Column.KIND: QCoreApplication.translate("ItemFormTableModel", "Kind"),
            self.Column.DESCRIPTION: QCoreApplication.translate("ItemFormTableModel", "Item"),
            self.Column.QUANTITY: QCoreApplication.translate("ItemFormTableModel", "Qty"),
            self.Column.DISPOSITION: QCoreApplication.translate("ItemFormTableModel",
                                                                "What is done"),
            self.Column.DETAILS: QCoreApplication.translate("ItemFormTableModel",
                                                            "Condition, serial, amount"),
        }[column]

    def display(self, row: ItemForm, column) -> str:
        c = self.Column
        if column == c.KIND:
            return kind_text(row.kind)
        if column == c.DESCRIPTION:
            return row.description
        if column == c.QUANTITY:
            return str(row.quantity)
        if column == c.DISPOSITION:
            return disposition_text(row.disposition)
        return item_details(row, self.names)

    def sort_key(self, row: ItemForm, column):
        if column == self.Column.QUANTITY:
            return row.quantity
        return self.display(row, column)


class ItemsEditor(QWidget):
    """The items of a form: a table with Add, Change and Remove (each item in an ItemDialog)."""

    changed = Signal()

    def __init__(self, desk: Desk, *, for_bag: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.for_bag = for_bag
        names = dict(CustodyService(desk).officers())
        self.model = ItemFormTableModel(names)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.empty_label = hint_label(
            self.tr("Add what is handed in for the bag, one line per item.") if for_bag
            else self.tr("Add each item found, one line per kind. An ID document stays with "
                         "the person."))
        bar.addWidget(self.empty_label, 1)
        self.add_button = QPushButton(icon("mdi6.plus"), self.tr("Add item…"))
        self.add_button.setObjectName("add_item_button")
        self.edit_button = QPushButton(icon("mdi6.pencil"), self.tr("Change…"))
        self.edit_button.setObjectName("edit_item_button")
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Remove"))
        self.remove_button.setObjectName("remove_item_button")
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.view = make_table(self.model, name="items_view")
        self.view.setColumnHidden(ItemFormTableModel.Column.DISPOSITION, for_bag)
        self.view.setMinimumHeight(120)
        self.view.doubleClicked.connect(self.on_edit)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self.on_add)
        self.edit_button.clicked.connect(self.on_edit)
        self.remove_button.clicked.connect(self.on_remove)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def items(self) -> tuple[ItemForm, ...]:
        return tuple(self.model.row_at(r) for r in range(self.model.rowCount()))

    def set_items(self, items: Sequence[ItemForm]) -> None:
        self.model.set_rows(items)
        self._fit()
        self._update_buttons()
        self.changed.emit()

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def ask_item(self, item: ItemForm | None = None) -> ItemForm | None:
        """An ItemDialog for a new item or a change; None when cancelled."""
        dialog = ItemDialog(self.desk, for_bag=self.for_bag, item=item, parent=self)
        return dialog.item if dialog.exec() == QDialog.DialogCode.Accepted else None

    def on_add(self) -> None:
        item = self.ask_item()
        if item is not None:
            self.set_items([*self.items(), item])
            self.view.selectRow(self.model.rowCount() - 1)

    def on_edit(self, *_args) -> None:
        row = self.selected_row()
        if row is None:
            return
        items = list(self.items())
        item = self.ask_item(items[row])
        if item is not None:
            items[row] = item
            self.set_items(items)
            self.view.selectRow(row)

    def on_remove(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        items = list(self.items())
        del items[row]
        self.set_items(items)

    def _fit(self) -> None:
        self.view.resizeColumnToContents(ItemFormTableModel.Column.KIND)
        self.view.resizeColumnToContents(ItemFormTableModel.Column.QUANTITY)
        if not self.for_bag:
            self.view.resizeColumnToContents(ItemFormTableModel.Column.DISPOSITION)
        self.view.setColumnWidth(ItemFormTableModel.Column.DESCRIPTION, 130)

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen and self.add_button.isEnabled())
        self.remove_button.setEnabled(chosen and self.add_button.isEnabled())

    def set_editable(self, editable: bool, tooltip: str = "") -> None:
        self.add_button.setEnabled(editable)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setToolTip("" if editable else tooltip)
        self._update_buttons()


# -- custody changes ------------------------------------------------------------------------


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName("ok_button")
    ok.setProperty("primary", True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("CustodyDialogs", "Cancel"))
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


class MoveBagDialog(QDialog):
    """Move a bag to another storage place (logged as a custody movement)."""

    def __init__(self, desk: Desk, bags: Sequence[BagRow], current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_bag_dialog")
        self.desk = desk
        self.setWindowTitle(self.tr("Move a bag"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.bag_combo = QComboBox(objectName="bag_combo")
        for bag in bags:
            self.bag_combo.addItem(bag.bag_no, bag.bag_no)
        self.locations = {bag.bag_no: bag.location for bag in bags}
        self.from_label = QLabel(objectName="from_label")
        self.location_combo = locations_combo(desk, self.tr("Choose the new place"))
        self.location_combo.setObjectName("location_combo")
        self.note_edit = QLineEdit(objectName="note_edit")
        self.fields.add("bag_no", self.tr("Bag"), self.bag_combo, required=True)
        form.addRow(self.tr("Now at"), self.from_label)
        self.fields.add("location", self.tr("Move to"), self.location_combo, required=True)
        self.fields.add("note", self.tr("Note"), self.note_edit)
        layout.addLayout(form)
        buttons, self.ok_button = _buttons(self, self.tr("Move"))
        buttons.accepted.connect(self.on_ok)
        layout.addWidget(buttons)
        self.bag_combo.currentIndexChanged.connect(self.on_bag_changed)
        if current is not None and self.bag_combo.findData(current) >= 0:
            self.bag_combo.setCurrentIndex(self.bag_combo.findData(current))
        self.on_bag_changed()

    def on_bag_changed(self, *_args) -> None:
        self.from_label.setText(self.locations.get(self.bag_combo.currentData() or "", ""))

    def on_ok(self) -> None:
        self.fields.clear()
        try:
            CustodyService(self.desk).move(
                self.bag_combo.currentData() or "", Movement.MOVED,
                to_location=self.location_combo.currentData() or "",
                note=self.note_edit.text())
        except DeskError as error:
            self.fields.show_error(error, fallback="location")
            return
        self.accept()


class MovementDialog(QDialog):
    """Items leave the store with the person to hospital, or go to the police (with the number
    of the police receipt)."""

    def __init__(self, desk: Desk, movement: Movement, items: Sequence[StoredItemRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("movement_dialog")
        self.desk = desk
        self.movement = movement
        self.items = list(items)
        police = movement == Movement.TO_POLICE
        self.setWindowTitle(movement_text(movement))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(
            self.tr("These items are handed to the police and leave the station's custody.")
            if police else
            self.tr("These items go with the person to hospital and leave the station's "
                    "custody.")))
        listing = QLabel("\n".join(f"{i.bag_no}　{item_title(i)}" for i in self.items))
        listing.setObjectName("items_label")
        listing.setWordWrap(True)
        listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(listing)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.reference_edit = QLineEdit(objectName="reference_edit")
        self.note_edit = QLineEdit(objectName="note_edit")
        if police:
            self.fields.add("reference", self.tr("Police receipt number"), self.reference_edit,
                            required=True)
            self.note_edit.setPlaceholderText(self.tr("e.g. police unit and officer"))
        else:
            self.note_edit.setPlaceholderText(self.tr("e.g. which hospital, who took them"))
        self.fields.add("note", self.tr("Note"), self.note_edit)
        layout.addLayout(form)
        buttons, self.ok_button = _buttons(self, movement_text(movement))
        buttons.accepted.connect(self.on_ok)
        layout.addWidget(buttons)

    def on_ok(self) -> None:
        self.fields.clear()
        by_bag: dict[str, list[int]] = {}
        for item in self.items:
            by_bag.setdefault(item.bag_no, []).append(item.id)
        service = CustodyService(self.desk)
        try:
            for bag_no, ids in by_bag.items():
                service.move(bag_no, self.movement, item_ids=tuple(ids),
                             reference=self.reference_edit.text(), note=self.note_edit.text())
        except DeskError as error:
            self.fields.show_error(error, fallback="note")
            return
        self.accept()


class AddBagDialog(QDialog):
    """A new bag for a stay: things handed in after the check, each item listed, and where the
    bag goes."""

    def __init__(self, desk: Desk, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_bag_dialog")
        self.desk = desk
        self.case_no = case_no
        self.bag_no = ""
        self.setWindowTitle(self.tr("New bag for {case_no}").format(case_no=case_no))
        self.setMinimumSize(620, 420)
        layout = QVBoxLayout(self)
        self.items_editor = ItemsEditor(desk, for_bag=True)
        layout.addWidget(self.items_editor, 1)
        self.items_message = hint_label("", "field_error")
        self.items_message.hide()
        layout.addWidget(self.items_message)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.location_combo = locations_combo(desk, self.tr("Choose where the bag goes"))
        self.location_combo.setObjectName("location_combo")
        self.fields.add("location", self.tr("Storage place"), self.location_combo,
                        required=True)
        layout.addLayout(form)
        buttons, self.ok_button = _buttons(self, self.tr("Save the bag"))
        buttons.accepted.connect(self.on_save)
        layout.addWidget(buttons)

    def on_save(self) -> None:
        self.fields.clear()
        self.items_message.hide()
        try:
            self.bag_no = CustodyService(self.desk).add_bag(
                self.case_no, self.location_combo.currentData() or "",
                self.items_editor.items())
        except DeskError as error:
            if error.field in ITEM_FIELDS or error.field == "items" \
                    or not self.fields.show_error(error):
                self.items_message.setText(tr_desk_error(error))
                self.items_message.show()
            return
        self.accept()

