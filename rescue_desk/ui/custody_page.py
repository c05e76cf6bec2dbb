"""Security & belongings (安检与物品): the security check of a stay, its bags and custody log,
counting back, the store room by place and bag number, and unclaimed items due for disposal."""

from __future__ import annotations

import enum
import io

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
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
from rescue_desk.domain.intake import STATUS_LABELS
from rescue_desk.domain.money import capitals, figures, parse_yuan
from rescue_desk.domain.roles import Permission
from rescue_desk.services.custody import (
    CheckForm,
    CustodyRecord,
    CustodyService,
    ItemForm,
    StayCustodyRow,
    StoreRoomRow,
)
from rescue_desk.services.search import parse_payload
from rescue_desk.ui import printing
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.models import (
    ROW_ROLE,
    SnapshotTableModel,
    fmt_time,
    snapshot_table_view,
)
from rescue_desk.ui.widgets import (
    FieldMessages,
    dialog_buttons,
    icon,
    primary_button,
    right_aligned_form,
)


def kind_text(kind: str) -> str:
    return (
        QCoreApplication.translate("Custody", KIND_LABELS[ItemKind(kind)])
        if kind in ItemKind._value2member_map_
        else kind
    )


def state_text(state: str) -> str:
    return (
        QCoreApplication.translate("Custody", STATE_LABELS[ItemState(state)])
        if state in ItemState._value2member_map_
        else state
    )


def disposition_text(value: str) -> str:
    return (
        QCoreApplication.translate("Custody", DISPOSITION_LABELS[Disposition(value)])
        if value in Disposition._value2member_map_
        else value
    )


class StayCustodyTableModel(SnapshotTableModel):
    """Stays in the station with their check and custody state."""

    class Column(enum.IntEnum):
        NAME = 0
        CASE = 1
        ARRIVED = 2
        CHECKED = 3
        HELD = 4

    def header(self, column) -> str:
        return {
            self.Column.NAME: QCoreApplication.translate("CustodyPage", "Name"),
            self.Column.CASE: QCoreApplication.translate("CustodyPage", "Case no."),
            self.Column.ARRIVED: QCoreApplication.translate("CustodyPage", "Arrived"),
            self.Column.CHECKED: QCoreApplication.translate("CustodyPage", "Check"),
            self.Column.HELD: QCoreApplication.translate("CustodyPage", "Items held"),
        }[column]

    def display(self, row: StayCustodyRow, column) -> str:
        c = self.Column
        if column == c.NAME:
            return row.person_name
        if column == c.CASE:
            return row.case_no
        if column == c.ARRIVED:
            return fmt_time(row.arrived_at)
        if column == c.CHECKED:
            return (
                QCoreApplication.translate("CustodyPage", "done")
                if row.checked
                else QCoreApplication.translate("CustodyPage", "to do")
            )
        return str(row.held) if row.held else ""

    def sort_key(self, row: StayCustodyRow, column):
        if column == self.Column.HELD:
            return row.held
        return self.display(row, column)


class StoreRoomTableModel(SnapshotTableModel):
    """Bags in the store room."""

    class Column(enum.IntEnum):
        BAG = 0
        PLACE = 1
        CASE = 2
        NAME = 3
        HELD = 4
        CASH = 5
        STATUS = 6

    def header(self, column) -> str:
        return {
            self.Column.BAG: QCoreApplication.translate("CustodyPage", "Bag no."),
            self.Column.PLACE: QCoreApplication.translate("CustodyPage", "Place"),
            self.Column.CASE: QCoreApplication.translate("CustodyPage", "Case no."),
            self.Column.NAME: QCoreApplication.translate("CustodyPage", "Name"),
            self.Column.HELD: QCoreApplication.translate("CustodyPage", "Items held"),
            self.Column.CASH: QCoreApplication.translate("CustodyPage", "Cash"),
            self.Column.STATUS: QCoreApplication.translate("CustodyPage", "Stay"),
        }[column]

    def display(self, row: StoreRoomRow, column) -> str:
        c = self.Column
        values = {
            c.BAG: row.bag_no,
            c.PLACE: row.location,
            c.CASE: row.case_no,
            c.NAME: row.person_name,
            c.HELD: str(row.held),
            c.CASH: figures(row.cash_fen) if row.cash_fen else "",
        }
        if column == c.STATUS:
            from rescue_desk.domain.intake import StayStatus

            return QCoreApplication.translate("Intake", STATUS_LABELS[StayStatus(row.stay_status)])
        return values[column]

    def sort_key(self, row: StoreRoomRow, column):
        if column == self.Column.HELD:
            return row.held
        if column == self.Column.CASH:
            return row.cash_fen
        return self.display(row, column)


class ItemDialog(QDialog):
    """One item found at the check (or put in a bag): kind, what it is, and what is done."""

    def __init__(self, desk, custody: CustodyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Item found"))
        self.setMinimumWidth(480)
        self.officer = desk.require()
        self.item: ItemForm | None = None
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.kind_combo = QComboBox(objectName="kind_combo")
        for kind in ItemKind:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.description_edit = QLineEdit(objectName="description_edit")
        self.quantity_spin = QSpinBox(objectName="quantity_spin")
        self.quantity_spin.setRange(1, 9999)
        self.disposition_combo = QComboBox(objectName="disposition_combo")
        self.id_hint = QLabel(
            self.tr("ID documents are never withheld: they stay with their owner.")
        )
        self.id_hint.setObjectName("hint")
        self.cash_edit = QLineEdit(objectName="cash_edit")
        self.cash_edit.setPlaceholderText("123.50")
        self.second_combo = QComboBox(objectName="second_combo")
        for login, name in custody.officers():
            if login != self.officer.login:
                self.second_combo.addItem(name, login)
        self.second_combo.setCurrentIndex(-1)
        self.condition_edit = QLineEdit(objectName="condition_edit")
        self.serial_edit = QLineEdit(objectName="serial_edit")
        self.seal_edit = QLineEdit(objectName="seal_edit")
        self.police_unit_edit = QLineEdit(objectName="police_unit_edit")
        self.police_officer_edit = QLineEdit(objectName="police_officer_edit")
        self.police_receipt_edit = QLineEdit(objectName="police_receipt_edit")
        self.witness_edit = QLineEdit(objectName="witness_edit")
        self.note_edit = QLineEdit(objectName="note_edit")
        add = self.fields.add
        add("kind", self.tr("Kind"), self.kind_combo, required=True)
        add("description", self.tr("Item"), self.description_edit, required=True)
        add("quantity", self.tr("Quantity"), self.quantity_spin,
            tooltip=self.tr("A whole number, 1 to 9999."))
        add(
            "disposition",
            self.tr("What is done"),
            self.disposition_combo,
            required=True,
            tooltip=self.tr("ID documents may only be kept by their owner."),
        )
        form.addRow("", self.id_hint)
        add(
            "cash",
            self.tr("Amount (yuan)"),
            self.cash_edit,
            tooltip=self.tr("In yuan, at most two decimals (e.g. 123.50); counted by two "
                            "officers."),
        )
        self.capitals_label = QLabel(objectName="capitals_label")
        form.addRow("", self.capitals_label)
        add(
            "second_officer",
            self.tr("Counted with"),
            self.second_combo,
            tooltip=self.tr("Required for cash held: another officer than you."),
        )
        add("condition", self.tr("Condition"), self.condition_edit)
        add("serial", self.tr("Serial / IMEI"), self.serial_edit)
        add("seal_no", self.tr("Seal number"), self.seal_edit)
        police_rule = self.tr("Required when the item is handed to the police.")
        add("police_unit", self.tr("Police unit"), self.police_unit_edit, tooltip=police_rule)
        add("police_officer", self.tr("Police officer"), self.police_officer_edit,
            tooltip=police_rule)
        add("police_receipt_no", self.tr("Receipt number"), self.police_receipt_edit,
            tooltip=police_rule)
        add(
            "witness",
            self.tr("Witness"),
            self.witness_edit,
            tooltip=self.tr("Destroying an item needs a witness."),
        )
        add("note", self.tr("Note"), self.note_edit)
        layout.addLayout(form)
        buttons, self.ok_button = dialog_buttons(
            self, self.tr("Add"), self.tr("Cancel"), self.on_accept,
            object_name="ok_button")
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self.on_kind)
        self.disposition_combo.currentIndexChanged.connect(self.on_disposition)
        self.cash_edit.textEdited.connect(self.on_cash)
        self.on_kind()

    def _show(self, key: str, visible: bool) -> None:
        widget = self.fields.fields[key]
        holder = widget.parentWidget()
        holder.setVisible(visible)
        label = self.fields.form.labelForField(holder)
        if label is not None:
            label.setVisible(visible)

    def on_kind(self) -> None:
        kind = ItemKind(self.kind_combo.currentData())
        self.disposition_combo.clear()
        for disposition in allowed_dispositions(kind):
            self.disposition_combo.addItem(disposition_text(disposition), disposition)
        self.id_hint.setVisible(kind == ItemKind.ID_DOCUMENT)
        self._show("serial", kind == ItemKind.PHONE)
        self._show("seal_no", kind == ItemKind.VALUABLE)
        self.on_disposition()

    def on_disposition(self) -> None:
        kind = ItemKind(self.kind_combo.currentData())
        disposition = self.disposition_combo.currentData()
        cash = kind == ItemKind.CASH and disposition == Disposition.HELD
        self._show("cash", cash)
        self._show("second_officer", cash)
        self.capitals_label.setVisible(cash)
        for key in ("police_unit", "police_officer", "police_receipt_no"):
            self._show(key, disposition == Disposition.POLICE)
        self._show("witness", disposition == Disposition.DESTROYED)

    def on_cash(self, text: str) -> None:
        try:
            self.capitals_label.setText(capitals(parse_yuan(text)) if text.strip() else "")
        except DeskError:
            self.capitals_label.setText("")

    def on_accept(self) -> None:
        self.fields.clear()
        kind = ItemKind(self.kind_combo.currentData())
        disposition = Disposition(self.disposition_combo.currentData())
        cash = None
        try:
            if kind == ItemKind.CASH and disposition == Disposition.HELD:
                cash = parse_yuan(self.cash_edit.text(), field="cash")
            if not self.description_edit.text().strip():
                from rescue_desk.domain.errors import RequiredField

                raise RequiredField(field="description", label="description")
        except DeskError as error:
            self.fields.show_error(error, fallback="description")
            return
        self.item = ItemForm(
            kind,
            self.description_edit.text(),
            self.quantity_spin.value(),
            disposition,
            self.condition_edit.text(),
            self.serial_edit.text(),
            cash,
            self.second_combo.currentData() or "",
            self.seal_edit.text(),
            self.police_unit_edit.text(),
            self.police_officer_edit.text(),
            self.police_receipt_edit.text(),
            self.witness_edit.text(),
            self.note_edit.text(),
        )
        self.accept()


def item_line(item: ItemForm) -> str:
    text = (
        f"{kind_text(item.kind)}：{item.description} ×{item.quantity} · "
        f"{disposition_text(item.disposition)}"
    )
    if item.cash_fen is not None:
        text += f" · {figures(item.cash_fen)}（{capitals(item.cash_fen)}）"
    return text


class CheckPanel(QWidget):
    """The security check form for one stay."""

    def __init__(self, page: CustodyPage) -> None:
        super().__init__()
        self.page = page
        self.case_no = ""
        self.items: list[ItemForm] = []
        layout = QVBoxLayout(self)
        self.title_label = QLabel(objectName="page_title")
        layout.addWidget(self.title_label)
        box = QGroupBox(self.tr("Security check"))
        form = right_aligned_form()
        box.setLayout(form)
        self.fields = FieldMessages(form)
        self.body_combo = QComboBox(objectName="body_combo")
        self.baggage_check = QCheckBox(self.tr("Baggage checked"), objectName="baggage_check")
        self.baggage_check.setChecked(True)
        self.temperature_edit = QLineEdit(objectName="temperature_edit")
        self.temperature_edit.setPlaceholderText("36.5")
        self.notes_edit = QLineEdit(objectName="notes_edit")
        self.refused_check = QCheckBox(
            self.tr("Refuses the check (this ends the intake; print the refusal notice)"),
            objectName="refused_check",
        )
        self.fields.add(
            "body_checked_by",
            self.tr("Body check by"),
            self.body_combo,
            required=True,
            tooltip=self.tr(
                "Only officers of the person's sex are offered: a body check is same-sex."
            ),
        )
        self.fields.add("baggage", self.tr("Baggage"), self.baggage_check)
        self.fields.add("temperature", self.tr("Temperature (°C)"), self.temperature_edit,
                        tooltip=self.tr("30.0 to 45.0 °C, or left empty."))
        self.fields.add("notes", self.tr("Notes"), self.notes_edit)
        self.fields.add("refused", self.tr("Refusal"), self.refused_check)
        layout.addWidget(box)
        items_box = QGroupBox(self.tr("Items found"))
        items_layout = QVBoxLayout(items_box)
        self.items_table = QTableWidget(0, 1, objectName="items_table")
        self.items_table.horizontalHeader().hide()
        self.items_table.horizontalHeader().setStretchLastSection(True)
        self.items_table.verticalHeader().hide()
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setMinimumHeight(120)
        items_layout.addWidget(self.items_table)
        row = QHBoxLayout()
        self.add_item_button = QPushButton(icon("mdi6.plus"), self.tr("Add item"))
        self.add_item_button.setObjectName("add_item_button")
        self.remove_item_button = QPushButton(icon("mdi6.minus"), self.tr("Remove"))
        self.remove_item_button.setObjectName("remove_item_button")
        row.addWidget(self.add_item_button)
        row.addWidget(self.remove_item_button)
        row.addStretch()
        items_layout.addLayout(row)
        place_form = right_aligned_form()
        self.place_fields = FieldMessages(place_form)
        self.location_combo = QComboBox(objectName="location_combo")
        self.place_fields.add(
            "location",
            self.tr("Bag goes to"),
            self.location_combo,
            tooltip=self.tr("Where the bag of held items is stored."),
        )
        self.items_message = QLabel(objectName="field_error")
        self.items_message.setWordWrap(True)
        self.items_message.hide()
        items_layout.addLayout(place_form)
        items_layout.addWidget(self.items_message)
        layout.addWidget(items_box)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.save_button = primary_button(self.tr("Save the check"), "mdi6.content-save")
        self.save_button.setObjectName("save_check_button")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch()
        self.add_item_button.clicked.connect(self.on_add_item)
        self.remove_item_button.clicked.connect(self.on_remove_item)
        self.save_button.clicked.connect(self.on_save)

    def load(self, row: StayCustodyRow) -> None:
        self.case_no = row.case_no
        self.items = []
        self._refresh_items()
        self.fields.clear()
        self.items_message.hide()
        self.title_label.setText(f"{row.person_name}　{row.case_no}")
        self.body_combo.clear()
        for login, name in self.page.custody.officers(row.sex):
            self.body_combo.addItem(name, login)
        me = self.page.desk.require().login
        index = self.body_combo.findData(me)
        self.body_combo.setCurrentIndex(index if index >= 0 else -1)
        self.location_combo.clear()
        self.location_combo.addItems(list(self.page.custody.locations()))
        self.temperature_edit.clear()
        self.notes_edit.clear()
        self.refused_check.setChecked(False)

    def _refresh_items(self) -> None:
        self.items_table.setRowCount(len(self.items))
        for n, item in enumerate(self.items):
            self.items_table.setItem(n, 0, QTableWidgetItem(item_line(item)))

    def on_add_item(self) -> None:
        dialog = ItemDialog(self.page.desk, self.page.custody, self)
        if self.page.run_dialog(dialog) and dialog.item is not None:
            self.items.append(dialog.item)
            self._refresh_items()

    def on_remove_item(self) -> None:
        row = self.items_table.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._refresh_items()

    def on_save(self) -> None:
        self.fields.clear()
        self.place_fields.clear()
        self.items_message.hide()
        form = CheckForm(
            self.body_combo.currentData() or "",
            self.baggage_check.isChecked(),
            self.temperature_edit.text(),
            self.notes_edit.text(),
            self.refused_check.isChecked(),
            tuple(self.items),
            self.location_combo.currentText(),
        )
        try:
            self.page.custody.record_check(self.case_no, form)
        except DeskError as error:
            if not (self.fields.show_error(error) or self.place_fields.show_error(error)):
                self.items_message.setText(tr_desk_error(error))
                self.items_message.show()
            return
        self.page.status(self.tr("Security check of {case} saved.").format(case=self.case_no))
        self.page.reload_stays(select=self.case_no)


class DetailsPanel(QWidget):
    """A checked stay: the check, bags, custody log, and counting back."""

    def __init__(self, page: CustodyPage) -> None:
        super().__init__()
        self.page = page
        self.record: CustodyRecord | None = None
        layout = QVBoxLayout(self)
        self.title_label = QLabel(objectName="page_title")
        layout.addWidget(self.title_label)
        self.check_label = QLabel(objectName="check_label")
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        actions = QHBoxLayout()
        self.receipt_button = QPushButton(icon("mdi6.printer"), self.tr("Receipt"))
        self.receipt_button.setObjectName("print_receipt_button")
        self.label_button = QPushButton(icon("mdi6.tag"), self.tr("Bag tags"))
        self.label_button.setObjectName("print_labels_button")
        self.check_button = QPushButton(icon("mdi6.printer"), self.tr("Check record"))
        self.check_button.setObjectName("print_check_button")
        self.signed_button = QPushButton(icon("mdi6.draw"), self.tr("Owner signed"))
        self.signed_button.setObjectName("signed_button")
        self.move_button = QPushButton(icon("mdi6.swap-horizontal"), self.tr("Move bag"))
        self.move_button.setObjectName("move_button")
        for button in (
            self.receipt_button,
            self.label_button,
            self.check_button,
            self.signed_button,
            self.move_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        layout.addLayout(actions)
        self.items_table = QTableWidget(0, 6, objectName="held_table")
        self.items_table.setHorizontalHeaderLabels(
            [
                self.tr("Bag"),
                self.tr("Item"),
                self.tr("Details"),
                self.tr("State"),
                self.tr("Count back"),
                self.tr("Note"),
            ]
        )
        self.items_table.verticalHeader().hide()
        # bag, state and the count-back choice whole; item, details and note share the rest
        # (elided, item and details whole in their tooltips); no stretched last section (see
        # CustodyPage)
        header = self.items_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.items_table, 2)
        back = QHBoxLayout()
        self.back_message = QLabel(objectName="field_error")
        self.back_message.setWordWrap(True)
        back.addWidget(self.back_message, 1)
        self.count_back_button = primary_button(self.tr("Save counting back"), "mdi6.check-all")
        self.count_back_button.setObjectName("count_back_button")
        back.addWidget(self.count_back_button)
        layout.addLayout(back)
        layout.addWidget(QLabel(self.tr("Custody log")))
        self.log_table = QTableWidget(0, 5, objectName="log_table")
        self.log_table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Bag"),
                self.tr("Change"),
                self.tr("Officers"),
                self.tr("Place / note"),
            ]
        )
        self.log_table.verticalHeader().hide()
        header = self.log_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.log_table, 1)
        self.receipt_button.clicked.connect(lambda: self.page.print_form("receipt"))
        self.label_button.clicked.connect(lambda: self.page.print_form("bag-label"))
        self.check_button.clicked.connect(lambda: self.page.print_form("check"))
        self.signed_button.clicked.connect(self.on_signed)
        self.move_button.clicked.connect(self.on_move)
        self.count_back_button.clicked.connect(self.on_count_back)

    def load(self, record: CustodyRecord) -> None:
        self.record = record
        self.back_message.clear()
        self.title_label.setText(f"{record.person_name}　{record.case_no}")
        check = self.tr(
            "Checked {time} by {officer}; temperature {temp} °C; baggage {bag}."
        ).format(
            time=fmt_time(record.checked_at),
            officer=record.body_checked_by,
            temp=record.temperature or "—",
            bag=self.tr("checked") if record.baggage_checked else self.tr("not checked"),
        )
        found = "；".join(
            f"{kind_text(i.kind)}：{i.description} · {disposition_text(i.disposition)}"
            for i in record.seized
        )
        cash = record.cash_fen
        text = check
        if found:
            text += "\n" + self.tr("Found: {items}").format(items=found)
        if cash:
            text += "\n" + self.tr("Cash held: {figures} ({capitals})").format(
                figures=figures(cash), capitals=capitals(cash)
            )
        for bag in record.bags:
            signed = self.tr("owner signed") if bag.owner_signed else self.tr("not yet signed")
            text += "\n" + self.tr("Bag {bag} at {place}, {signed}").format(
                bag=bag.bag_no, place=bag.location, signed=signed
            )
        self.check_label.setText(text)
        has_bags = bool(record.bags)
        for button in (
            self.receipt_button,
            self.label_button,
            self.signed_button,
            self.move_button,
        ):
            button.setEnabled(has_bags and self.page.may_custody)
        self.check_button.setEnabled(True)
        self.receipt_button.setEnabled(has_bags)
        self.label_button.setEnabled(has_bags)
        items = [i for bag in record.bags for i in bag.items]
        self.items_table.setRowCount(len(items))
        self.rows = []
        for n, item in enumerate(items):
            detail = "；".join(
                x
                for x in (
                    item.condition,
                    item.serial,
                    item.seal_no,
                    f"{figures(item.cash_fen)}" if item.cash_fen is not None else "",
                )
                if x
            )
            for col, value in enumerate(
                (
                    item.bag_no,
                    f"{kind_text(item.kind)}：{item.description} ×{item.quantity}",
                    detail,
                    state_text(item.state),
                )
            ):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setToolTip(value)
                self.items_table.setItem(n, col, cell)
            combo = QComboBox()
            held = item.state in (ItemState.IN_STORE, ItemState.OUT_WITH_PERSON)
            if held:
                combo.addItem(self.tr("still held"), None)
                combo.addItem(self.tr("returned"), True)
                combo.addItem(self.tr("missing"), False)
            combo.setEnabled(held and self.page.may_count_back)
            self.items_table.setCellWidget(n, 4, combo)
            note = QTableWidgetItem(item.settled_note)
            self.items_table.setItem(n, 5, note)
            self.rows.append((item, combo, note))
        self.count_back_button.setEnabled(any(r[1].isEnabled() for r in self.rows))
        self.log_table.setRowCount(len(record.movements))
        for n, move in enumerate(record.movements):
            officers = move.officer + (f"、{move.second_officer}" if move.second_officer else "")
            place = (
                f"{move.from_location} → {move.to_location}"
                if move.to_location and move.from_location
                else move.to_location or move.from_location
            )
            if move.reference:
                place += f" · {move.reference}"
            if move.note:
                place += f" · {move.note}"
            label = (
                MOVEMENT_LABELS.get(Movement(move.movement))
                if move.movement in Movement._value2member_map_
                else None
            )
            for col, value in enumerate(
                (
                    fmt_time(move.at),
                    move.bag_no,
                    QCoreApplication.translate("Custody", label) if label else move.movement,
                    officers,
                    place,
                )
            ):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.log_table.setItem(n, col, cell)

    def on_signed(self) -> None:
        for bag in self.record.bags:
            if not bag.owner_signed:
                self.page.act(lambda b=bag: self.page.custody.mark_owner_signed(b.bag_no))
        self.page.reopen()

    def on_move(self) -> None:
        if not self.record or not self.record.bags:
            return
        dialog = MoveDialog(self.page.custody.locations(), self.record.bags[0].location, self)
        if self.page.run_dialog(dialog):
            for bag in self.record.bags:
                self.page.act(
                    lambda b=bag: self.page.custody.move(
                        b.bag_no, Movement.MOVED, to_location=dialog.location_combo.currentText()
                    )
                )
            self.page.reopen()

    def on_count_back(self) -> None:
        results = {}
        for item, combo, note in self.rows:
            choice = combo.currentData() if combo.isEnabled() else None
            if choice is not None:
                results[item.id] = (bool(choice), note.text())
        if not results:
            self.back_message.setText(
                self.tr("Choose returned or missing for the items counted back.")
            )
            return
        try:
            self.page.custody.count_back(self.record.case_no, results)
        except DeskError as error:
            self.back_message.setText(tr_desk_error(error))
            return
        self.page.status(
            self.tr(
                "Counting back saved; print the receipt for the owner to sign the return section."
            )
        )
        self.page.reopen()


class MoveDialog(QDialog):
    """Choose the new storage place of a bag."""

    def __init__(self, places, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move bag"))
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.location_combo = QComboBox(objectName="location_combo")
        self.location_combo.addItems(list(places))
        self.location_combo.setCurrentText(current)
        form.addRow(self.tr("New place"), self.location_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CustodyPage(QWidget):
    """The security & belongings page."""

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("security_page")
        self.desk = desk
        self.custody = CustodyService(desk)
        officer = desk.require()
        self.title = self.tr("Security & belongings")
        self.may_check = officer.may(Permission.SECURITY_CHECK)
        self.may_custody = officer.may(Permission.CUSTODY)
        self.may_count_back = self.may_custody or officer.may(Permission.DEPARTURE)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="custody_tabs")
        layout.addWidget(self.tabs)
        # -- per stay
        stays_tab = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal)
        QVBoxLayout(stays_tab).addWidget(split)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit(objectName="stay_filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or case no."))
        left_layout.addWidget(self.filter_edit)
        self.stays_model = StayCustodyTableModel()
        self.stays_view, self.stays_proxy = snapshot_table_view(self.stays_model)
        self.stays_view.setObjectName("stays_view")
        # Every column as wide as its longest text, so nothing is cut; the list is given that
        # width (fit_list). No stretched column: a stretched one keeps a stale width when the
        # list is narrower than its columns, and a stretched last section gets no narrower than
        # it was before it was stretched; either way a scrollbar where none is needed.
        header = self.stays_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        left_layout.addWidget(self.stays_view)
        split.addWidget(left)
        self.detail_stack = QStackedWidget()
        empty = QLabel(
            self.tr(
                "Choose a person on the left: an unchecked stay opens the security "
                "check; a checked one shows its bags, custody log and counting "
                "back. A scanned bag tag or slip opens its stay here."
            )
        )
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setObjectName("empty_text")
        self.check_panel = CheckPanel(self)
        self.details_panel = DetailsPanel(self)
        for widget in (empty, self.check_panel, self.details_panel):
            self.detail_stack.addWidget(widget)
        split.addWidget(self.detail_stack)
        # The list keeps the width that shows all its columns (see fit_list); the details
        # take what the window gives besides.
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 720])
        self.stays_split = split
        self.list_width_chosen = False  # the officer dragged the splitter: keep their width
        split.splitterMoved.connect(self.on_split_moved)
        self.stays_view.sortByColumn(
            StayCustodyTableModel.Column.ARRIVED, Qt.SortOrder.DescendingOrder
        )
        self.tabs.addTab(stays_tab, icon("mdi6.account-search"), self.tr("By person"))
        # -- store room
        store_tab = QWidget()
        store_layout = QVBoxLayout(store_tab)
        bar = QHBoxLayout()
        self.place_combo = QComboBox(objectName="place_combo")
        self.bag_search_edit = QLineEdit(objectName="bag_search_edit")
        self.bag_search_edit.setPlaceholderText(self.tr("Bag number, or scan a bag tag"))
        bar.addWidget(QLabel(self.tr("Place")))
        bar.addWidget(self.place_combo)
        bar.addWidget(self.bag_search_edit, 1)
        store_layout.addLayout(bar)
        self.store_model = StoreRoomTableModel()
        self.store_view, _ = snapshot_table_view(self.store_model)
        self.store_view.setObjectName("store_view")
        store_layout.addWidget(self.store_view)
        self.tabs.addTab(store_tab, icon("mdi6.warehouse"), self.tr("Store room"))
        # -- due for disposal
        due_tab = QWidget()
        due_layout = QVBoxLayout(due_tab)
        self.due_hint = QLabel(objectName="hint")
        self.due_hint.setWordWrap(True)
        due_layout.addWidget(self.due_hint)
        self.due_table = QTableWidget(0, 6, objectName="due_table")
        self.due_table.setHorizontalHeaderLabels(
            [
                self.tr("Dispose"),
                self.tr("Bag"),
                self.tr("Case no."),
                self.tr("Name"),
                self.tr("Item"),
                self.tr("Due since"),
            ]
        )
        self.due_table.verticalHeader().hide()
        self.due_table.horizontalHeader().setStretchLastSection(True)
        due_layout.addWidget(self.due_table)
        dispose_bar = QHBoxLayout()
        self.due_second_combo = QComboBox(objectName="due_second_combo")
        self.due_second_combo.setMinimumWidth(140)
        self.due_second_combo.setToolTip(self.tr("Required: another officer than you; two "
                                                 "officers dispose of unclaimed items."))
        self.due_note_edit = QLineEdit(objectName="due_note_edit")
        self.due_note_edit.setPlaceholderText(self.tr("How it was disposed of"))
        self.dispose_button = primary_button(self.tr("Dispose"), "mdi6.delete-sweep")
        self.dispose_button.setObjectName("dispose_button")
        self.due_message = QLabel(objectName="field_error")
        dispose_bar.addWidget(QLabel(self.tr("Second officer")))
        dispose_bar.addWidget(self.due_second_combo)
        dispose_bar.addWidget(self.due_note_edit, 1)
        dispose_bar.addWidget(self.dispose_button)
        due_layout.addLayout(dispose_bar)
        due_layout.addWidget(self.due_message)
        self.due_tab = due_tab
        self.tabs.addTab(due_tab, icon("mdi6.timer-sand-complete"), self.tr("Due for disposal"))
        # -- wiring
        self.filter_edit.textChanged.connect(self.stays_proxy.setFilterFixedString)
        self.stays_view.selectionModel().selectionChanged.connect(self.on_stay_selected)
        self.place_combo.currentIndexChanged.connect(self.reload_store)
        self.bag_search_edit.textEdited.connect(lambda _t: self.reload_store())
        self.bag_search_edit.returnPressed.connect(self.on_bag_enter)
        self.store_view.doubleClicked.connect(self.on_store_open)
        self.dispose_button.clicked.connect(self.on_dispose)
        self.tabs.currentChanged.connect(self.on_tab)
        self.check_panel.setEnabled(self.may_check)
        if not self.may_check:
            self.check_panel.setToolTip(self.tr("Only security staff record the check."))
        self.dispose_button.setEnabled(self.may_custody)
        self.reload_stays()

    # -- helpers --------------------------------------------------------------------------
    def list_width(self) -> int:
        """The person list's width that shows every column whole, with room for its frame and
        a vertical scrollbar (measured in the current text size and language)."""
        view = self.stays_view
        header = view.horizontalHeader()
        columns = sum(
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(header.count())
        )
        scrollbar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return columns + 2 * view.frameWidth() + scrollbar

    def fit_list(self) -> None:
        """Give the person list the width of its columns, the rest to the details (unless the
        officer has set the splitter by hand)."""
        if self.list_width_chosen:
            return
        sizes = self.stays_split.sizes()
        total = sum(sizes) or 1060
        wanted = self.list_width()
        self.stays_split.setSizes([wanted, max(total - wanted, 0)])

    def on_split_moved(self, _pos: int, _index: int) -> None:
        self.list_width_chosen = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_list()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        # a new text size: measured once the list has taken the new font too
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and hasattr(self, "stays_split"):
            QTimer.singleShot(0, self, self.fit_list)

    def status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.title, text)
        return answer == QMessageBox.StandardButton.Yes

    def act(self, call) -> bool:
        try:
            call()
        except DeskError as error:
            QMessageBox.warning(self, self.title, tr_desk_error(error))
            return False
        return True

    # -- per stay -------------------------------------------------------------------------
    def reload_stays(self, select: str | None = None) -> None:
        self.stays_model.set_rows(self.custody.stays())
        if select:
            self.open_case(select)

    def selected_row(self) -> StayCustodyRow | None:
        rows = self.stays_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def on_stay_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.show_stay(row.case_no)

    def show_stay(self, case_no: str) -> None:
        try:
            record = self.custody.record(case_no)
        except DeskError as error:
            self.status(tr_desk_error(error))
            return
        self.current_case = case_no
        if record.checked:
            self.details_panel.load(record)
            self.detail_stack.setCurrentWidget(self.details_panel)
        else:
            row = next((r for r in self.stays_model._rows if r.case_no == case_no), None)
            if row is None:
                row = StayCustodyRow(
                    record.case_no,
                    record.person_name,
                    record.person_sex,
                    record.arrived_at,
                    record.stay_status,
                    False,
                    0,
                    0,
                )
            self.check_panel.load(row)
            self.detail_stack.setCurrentWidget(self.check_panel)

    def reopen(self) -> None:
        case = getattr(self, "current_case", "")
        self.reload_stays()
        if case:
            self.open_case(case)

    def open_case(self, case_no: str) -> None:
        """Show one stay (a scanned slip or a search hit)."""
        self.tabs.setCurrentIndex(0)
        for r in range(self.stays_proxy.rowCount()):
            index = self.stays_proxy.index(r, 0)
            if index.data(ROW_ROLE).case_no == case_no:
                self.stays_view.selectRow(r)
                self.stays_view.scrollTo(index)
                return
        self.stays_view.clearSelection()
        self.show_stay(case_no)

    def open_bag(self, bag_no: str) -> None:
        """Show the stay a bag belongs to (a scanned bag tag)."""
        try:
            bag = self.custody.bag(bag_no)
        except DeskError as error:
            self.status(tr_desk_error(error))
            return
        self.open_case(bag.case_no)

    def print_form(self, kind: str) -> bool:
        """Print a custody form of the current stay through the print preview; logged."""
        from rescue_desk.printing import custody_forms

        case = getattr(self, "current_case", "")
        try:
            record = self.custody.record(case)
            ctx = printing.print_context(self.desk)
            stream = io.BytesIO()
            if kind == "receipt":
                custody_forms.belongings_receipt(record, ctx, stream)
            elif kind == "check":
                custody_forms.check_record(record, ctx, stream)
            else:
                custody_forms.bag_labels(record.bags, ctx, stream)
        except DeskError as error:
            QMessageBox.warning(self, self.title, tr_desk_error(error))
            return False
        if printing.print_pdf(self, stream.getvalue(), f"{case}-{kind}.pdf"):
            self.custody.note_printed(case, kind)
            return True
        return False

    # -- store room -----------------------------------------------------------------------
    def on_tab(self, index: int) -> None:
        if index == 1:
            if self.place_combo.count() == 0:
                self.place_combo.addItem(self.tr("All places"), "")
                for place in self.custody.locations():
                    self.place_combo.addItem(place, place)
            self.reload_store()
        elif index == 2:
            self.reload_due()

    def bag_query(self) -> str:
        text = self.bag_search_edit.text().strip()
        payload = parse_payload(text)
        if payload and payload[0] == "BAG":
            return payload[1]
        return text

    def reload_store(self) -> None:
        self.store_model.set_rows(
            self.custody.store_room(
                location=self.place_combo.currentData() or "", query=self.bag_query()
            )
        )
        self.store_view.resizeColumnsToContents()

    def on_bag_enter(self) -> None:
        query = self.bag_query()
        self.bag_search_edit.setText(query)
        self.reload_store()
        if self.store_model.rowCount() == 1:
            self.open_case(self.store_model.row_at(0).case_no)

    def on_store_open(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_case(row.case_no)

    # -- disposal -------------------------------------------------------------------------
    def reload_due(self) -> None:
        from rescue_desk.services.settings import SettingsService

        keep = SettingsService(self.desk).get("unclaimed_keep_days")
        self.due_hint.setText(
            self.tr(
                "Items still held {days} days after their stay ended "
                "(local rule). Two officers dispose of them and print "
                "the record."
            ).format(days=keep)
        )
        self.due_table.setToolTip(self.tr(
            "Local rule: items may be disposed of {days} days after their stay ended."
        ).format(days=keep))
        self.due_items = self.custody.due_for_disposal() if self.may_custody else []
        if not self.due_items:
            self.due_hint.setText(
                self.due_hint.text() + "\n" + self.tr("Nothing is due for disposal now.")
            )
        self.due_table.setRowCount(len(self.due_items))
        for n, due in enumerate(self.due_items):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            self.due_table.setItem(n, 0, check)
            for col, value in enumerate(
                (
                    due.item.bag_no,
                    due.case_no,
                    due.person_name,
                    f"{kind_text(due.item.kind)}：{due.item.description}",
                    due.due.isoformat(),
                ),
                start=1,
            ):
                self.due_table.setItem(n, col, QTableWidgetItem(value))
        self.due_table.resizeColumnsToContents()
        me = self.desk.require().login
        self.due_second_combo.clear()
        for login, name in self.custody.officers():
            if login != me:
                self.due_second_combo.addItem(name, login)
        self.due_second_combo.setCurrentIndex(-1)

    def on_dispose(self) -> None:
        self.due_message.clear()
        chosen = [
            self.due_items[n].item.id
            for n in range(self.due_table.rowCount())
            if self.due_table.item(n, 0).checkState() == Qt.CheckState.Checked
        ]
        if not chosen:
            self.due_message.setText(self.tr("Tick the items to dispose of."))
            return
        if not self.confirm(
            self.tr(
                "{count} items will be recorded as disposed of and can no "
                "longer be returned to anyone. Dispose?"
            ).format(count=len(chosen))
        ):
            return
        try:
            record = self.custody.dispose(
                tuple(chosen),
                second_officer=self.due_second_combo.currentData() or "",
                note=self.due_note_edit.text(),
            )
        except DeskError as error:
            self.due_message.setText(tr_desk_error(error))
            return
        self.reload_due()
        self.status(self.tr("Disposal {number} recorded.").format(number=record.disposal_no))
        from rescue_desk.printing import custody_forms

        try:
            stream = io.BytesIO()
            custody_forms.disposal_record(record, printing.print_context(self.desk), stream)
        except DeskError as error:
            QMessageBox.warning(self, self.title, tr_desk_error(error))
            return
        if printing.print_pdf(self, stream.getvalue(), f"{record.disposal_no}.pdf"):
            self.custody.note_printed(record.disposal_no, "disposal")
