"""Departures (离站): today's planned departures, those in preparation, follow-up calls due or
overdue, who left recently, the register; and the departure dialog that shows only the fields
of the chosen type and explains a refused rule in one sentence."""

from __future__ import annotations

import enum
import io

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.departure import (
    CALL_OUTCOME_LABELS,
    CASH_CAP_FEN,
    FOLLOW_UP_LABELS,
    LEAVING_TYPES,
    PROVINCES,
    REQUIRED_TO_COMPLETE,
    STATE_LABELS,
    TYPE_FIELDS,
    TYPE_LABELS,
    CallOutcome,
    DepartureState,
    DepartureType,
    FollowUpOutcome,
)
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.money import figures
from rescue_desk.domain.roles import Permission
from rescue_desk.services.custody import ItemsUnaccounted
from rescue_desk.services.departures import (
    BOOL_FIELDS,
    LABELS,
    TIME_FIELDS,
    DepartureForm,
    DepartureRecord,
    DepartureRow,
    DepartureService,
)
from rescue_desk.ui import printing
from rescue_desk.ui.beds_page import ApprovalDialog
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.models import ROW_ROLE, SnapshotTableModel, fmt_time, snapshot_table_view
from rescue_desk.ui.widgets import (
    FieldMessages,
    dialog_buttons,
    icon,
    primary_button,
    right_aligned_form,
    submit,
)


def type_text(kind) -> str:
    return QCoreApplication.translate("Departure", TYPE_LABELS[DepartureType(kind)])


def field_text(key: str) -> str:
    text = QCoreApplication.translate("Field", LABELS[key])
    return text[:1].upper() + text[1:]


class DepartureTableModel(SnapshotTableModel):
    class Column(enum.IntEnum):
        NAME = 0
        CASE = 1
        KIND = 2
        WHEN = 3
        DESTINATION = 4
        NOTE = 5

    def header(self, column) -> str:
        return {
            self.Column.NAME: QCoreApplication.translate("DeparturesPage", "Name"),
            self.Column.CASE: QCoreApplication.translate("DeparturesPage", "Case no."),
            self.Column.KIND: QCoreApplication.translate("DeparturesPage", "Way"),
            self.Column.WHEN: QCoreApplication.translate("DeparturesPage", "When"),
            self.Column.DESTINATION: QCoreApplication.translate("DeparturesPage", "Destination"),
            self.Column.NOTE: QCoreApplication.translate("DeparturesPage", "Note"),
        }[column]

    def display(self, row: DepartureRow, column) -> str:
        c = self.Column
        if column == c.NAME:
            return row.person_name
        if column == c.CASE:
            return row.case_no
        if column == c.KIND:
            return type_text(row.kind)
        if column == c.WHEN:
            return fmt_time(row.completed_at or row.planned_at)
        if column == c.DESTINATION:
            return row.destination
        notes = []
        if row.follow_up_due and not row.follow_up_outcome and row.state == "completed":
            notes.append(QCoreApplication.translate("DeparturesPage", "call due {date}").format(
                date=row.follow_up_due.isoformat()))
        if row.overdue:
            notes.append(QCoreApplication.translate("DeparturesPage", "OVERDUE"))
        if row.cross_province:
            notes.append(QCoreApplication.translate("DeparturesPage", "cross-province"))
        if row.exceptions:
            notes.append(QCoreApplication.translate("DeparturesPage", "leader approved"))
        return "，".join(notes)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            if row.overdue:
                from PySide6.QtGui import QColor

                return QColor("#c0392b")
        return super().data(index, role)


class DepartureDialog(QDialog):
    """Prepare or complete one departure. Only the chosen type's fields show."""

    def __init__(self, desk, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("departure_dialog")
        self.setWindowTitle(self.tr("Departure"))
        self.setMinimumWidth(640)
        self.desk = desk
        self.service = DepartureService(desk)
        self.plan = self.service.plan(case_no)
        self.case_no = case_no
        self.departure_id = self.plan.open_departure
        existing = self.service.record(self.departure_id) if self.departure_id else None
        outer = QVBoxLayout(self)
        who = QLabel(objectName="person_title")
        age = self.tr("{n} yrs").format(n=self.plan.age) if self.plan.age is not None else ""
        sex = {"M": self.tr("male"), "F": self.tr("female")}.get(self.plan.sex, "")
        who.setText(f"<b>{self.plan.person_name}</b>　{self.plan.case_no}　{sex} {age}")
        outer.addWidget(who)
        if self.plan.held_items:
            held = QLabel(self.tr(
                "{n} items are still held for this person: count them back on the Security & "
                "belongings page before completing (or the leader on duty decides)."
            ).format(n=self.plan.held_items), objectName="warning_text")
            held.setWordWrap(True)
            outer.addWidget(held)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        # -- type and plan
        top = right_aligned_form()
        self.fields = FieldMessages(top)
        self.kind_combo = QComboBox(objectName="kind_combo")
        for kind in DepartureType:
            self.kind_combo.addItem(type_text(kind), kind.value)
        self.fields.add("kind", self.tr("Way of leaving"), self.kind_combo, required=True,
                        tooltip=self.tr("On own request only from 16 and without signs of "
                                        "mental disorder; an exception needs the leader on "
                                        "duty's approval."))
        self.rule_label = QLabel(objectName="rule_text")
        self.rule_label.setWordWrap(True)
        top.addRow("", self.rule_label)
        self.planned_edit = QDateTimeEdit(objectName="planned_edit")
        self.planned_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.planned_edit.setCalendarPopup(True)
        self.planned_edit.setDateTime(QDateTime(desk.now()))
        self.fields.add("planned_at", self.tr("Planned for"), self.planned_edit,
                        tooltip=self.tr("At most 90 days ahead."))
        self.alone_check = QCheckBox(self.tr("Cannot travel alone (e.g. intellectual "
                                             "disability, frail)"), objectName="alone_check")
        self.fields.add("cannot_travel_alone", "", self.alone_check,
                        tooltip=self.tr("Then collected or escorted; another way needs the "
                                        "leader on duty's approval."))
        layout.addLayout(top)
        # -- destination
        self.dest_box = QGroupBox(self.tr("Destination"), objectName="destination_box")
        dest = right_aligned_form()
        self.dest_box.setLayout(dest)
        self.dest_fields = FieldMessages(dest)
        self.province_combo = QComboBox(objectName="province_combo")
        self.province_combo.addItem("", "")
        for name in PROVINCES.values():
            self.province_combo.addItem(name, name)
        self.city_edit = QLineEdit(objectName="city_edit")
        self.county_edit = QLineEdit(objectName="county_edit")
        self.address_edit = QLineEdit(objectName="address_edit")
        self.dest_fields.add("dest_province", field_text("dest_province"), self.province_combo)
        self.dest_fields.add("dest_city", field_text("dest_city"), self.city_edit)
        self.dest_fields.add("dest_county", field_text("dest_county"), self.county_edit)
        self.dest_fields.add("dest_address", field_text("dest_address"), self.address_edit)
        if self.plan.hukou_place:
            hint = QLabel(self.tr("Household registration: {place}").format(
                place=self.plan.hukou_place), objectName="hint")
            dest.addRow("", hint)
        layout.addWidget(self.dest_box)
        # -- the type's own fields
        self.type_box = QGroupBox(objectName="type_box")
        type_layout = QVBoxLayout(self.type_box)
        self.type_stack = QStackedWidget(objectName="type_stack")
        type_layout.addWidget(self.type_stack)
        self.type_fields: dict[DepartureType, FieldMessages] = {}
        self.widgets: dict[DepartureType, dict[str, QWidget]] = {}
        for kind in DepartureType:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            page_layout.addLayout(form)
            page_layout.addStretch(1)
            fields = FieldMessages(form)
            widgets: dict[str, QWidget] = {}
            for key in TYPE_FIELDS[kind]:
                if key in BOOL_FIELDS:
                    widget = QCheckBox(objectName=f"{kind.value}_{key}")
                elif key in ("search_made", "grounds", "reason"):
                    widget = QPlainTextEdit(objectName=f"{kind.value}_{key}")
                    widget.setFixedHeight(60)
                else:
                    widget = QLineEdit(objectName=f"{kind.value}_{key}")
                    if key in TIME_FIELDS:
                        widget.setPlaceholderText("2026-11-28 21:05")
                    elif key in ("fare", "cash"):
                        widget.setPlaceholderText("¥")
                fields.add(key, field_text(key) if key in LABELS else key, widget,
                           required=key in REQUIRED_TO_COMPLETE[kind],
                           tooltip=self._field_rule(key, key in REQUIRED_TO_COMPLETE[kind]))
                widgets[key] = widget
            self.type_fields[kind] = fields
            self.widgets[kind] = widgets
            self.type_stack.addWidget(page)
        if DepartureType.VOUCHER in self.widgets:
            self.widgets[DepartureType.VOUCHER]["cash"].setToolTip(self.tr(
                "Only as an exception, at most {cap}, with a reason.").format(
                    cap=figures(CASH_CAP_FEN)))
        layout.addWidget(self.type_box)
        note_form = right_aligned_form()
        self.note_fields = FieldMessages(note_form)
        self.note_edit = QLineEdit(objectName="note_edit")
        self.note_fields.add("note", field_text("note"), self.note_edit)
        layout.addLayout(note_form)
        self.message = QLabel(objectName="field_error")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        # -- buttons
        buttons = QHBoxLayout()
        self.prepare_button = QPushButton(icon("mdi6.content-save-outline"),
                                          self.tr("Save as in preparation"),
                                          objectName="prepare_button")
        self.complete_button = primary_button(self.tr("Complete the departure"),
                                              "mdi6.exit-run")
        self.complete_button.setObjectName("complete_button")
        self.cancel_button = QPushButton(self.tr("Close"), objectName="close_button")
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.prepare_button)
        buttons.addWidget(self.complete_button)
        outer.addLayout(buttons)
        self.kind_combo.currentIndexChanged.connect(self.on_kind)
        self.alone_check.toggled.connect(self.on_kind)
        self.prepare_button.clicked.connect(self.on_prepare)
        self.complete_button.clicked.connect(self.on_complete)
        self.cancel_button.clicked.connect(self.reject)
        self.record: DepartureRecord | None = None
        may = desk.require().may(Permission.DEPARTURE)
        self.prepare_button.setEnabled(may)
        self.complete_button.setEnabled(may)
        if existing is not None:
            self.load(existing)
        else:
            index = self.province_combo.findData(self.plan.suggested_province)
            self.province_combo.setCurrentIndex(max(index, 0))
            default = DepartureType.COLLECTED if DepartureType.VOUCHER in self.plan.exceptions \
                else DepartureType.VOUCHER
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(default.value))
        self.on_kind()
        self.resize(700, 760)

    def _field_rule(self, key: str, required: bool) -> str:
        """The one-line rule of a departure type's own field ("" when it has none)."""
        if key in TIME_FIELDS:
            return self.tr("Required to complete; e.g. 2026-11-28 21:05, not in the future.") \
                if required else self.tr("e.g. 2026-11-28 21:05, not in the future.")
        if key == "fare":
            return self.tr("In yuan, at most two decimals; not negative.")
        if key == "cash_reason":
            return self.tr("Required when cash is given.")
        return self.tr("Required to complete the departure.") if required else ""

    # -- form ---------------------------------------------------------------------------------
    def kind(self) -> DepartureType:
        return DepartureType(self.kind_combo.currentData())

    def on_kind(self, *_args) -> None:
        kind = self.kind()
        index = list(DepartureType).index(kind)
        for i in range(self.type_stack.count()):  # the stack is as tall as the page shown
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.type_stack.widget(i).setSizePolicy(policy, policy)
        self.type_stack.setCurrentIndex(index)
        self.type_stack.adjustSize()
        self.type_box.setTitle(type_text(kind))
        self.dest_box.setVisible(kind in LEAVING_TYPES)
        self.alone_check.setVisible(kind in LEAVING_TYPES)
        self.planned_edit.setEnabled(True)
        refused = self.plan.refused.get(kind)
        alone = self.alone_check.isChecked() and kind in LEAVING_TYPES - {
            DepartureType.COLLECTED, DepartureType.ESCORTED}
        exception = self.plan.exceptions.get(kind)
        if refused:
            self.rule_label.setObjectName("field_error")
            self.rule_label.setText(self._tr_message(refused))
        elif exception or alone:
            self.rule_label.setObjectName("field_warning")
            self.rule_label.setText(self._tr_message(exception) if exception else self.tr(
                "A person who cannot travel alone must be collected or escorted; another way "
                "needs the leader on duty's approval."))
        else:
            self.rule_label.setObjectName("hint")
            self.rule_label.setText(self.tr("This way of leaving follows the rules."))
        self.rule_label.style().unpolish(self.rule_label)
        self.rule_label.style().polish(self.rule_label)
        self.complete_button.setEnabled(not refused
                                        and self.desk.require().may(Permission.DEPARTURE))

    @staticmethod
    def _tr_message(error: DeskError | None) -> str:
        return tr_desk_error(error) if error is not None else ""

    def load(self, record: DepartureRecord) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind.value))
        if record.planned_at:
            self.planned_edit.setDateTime(QDateTime(record.planned_at))
        self.alone_check.setChecked(record.cannot_travel_alone)
        self.province_combo.setCurrentIndex(max(self.province_combo.findData(
            record.dest_province), 0))
        self.city_edit.setText(record.dest_city)
        self.county_edit.setText(record.dest_county)
        self.address_edit.setText(record.dest_address)
        self.note_edit.setText(record.note)
        for key, widget in self.widgets[record.kind].items():
            value = record.details.get(key, "")
            if key == "cash":
                value = record.cash_fen
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif key in ("fare", "cash"):
                widget.setText(f"{value / 100:.2f}" if value else "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            else:
                widget.setText(str(value or ""))

    def form(self) -> DepartureForm:
        kind = self.kind()
        details: dict[str, object] = {}
        for key, widget in self.widgets[kind].items():
            if isinstance(widget, QCheckBox):
                details[key] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                details[key] = widget.toPlainText()
            else:
                details[key] = widget.text()
        leaving = kind in LEAVING_TYPES
        return DepartureForm(
            kind, planned_at=self.planned_edit.dateTime().toPython().replace(
                second=0, microsecond=0),
            dest_province=self.province_combo.currentData() or "" if leaving else "",
            dest_city=self.city_edit.text() if leaving else "",
            dest_county=self.county_edit.text() if leaving else "",
            dest_address=self.address_edit.text() if leaving else "",
            cannot_travel_alone=self.alone_check.isChecked() and leaving,
            details=details, note=self.note_edit.text())

    def show_error(self, error: DeskError) -> None:
        for fields in (self.type_fields[self.kind()], self.dest_fields, self.note_fields,
                       self.fields):
            if fields.show_error(error):
                return
        self.message.setText(tr_desk_error(error))
        self.message.show()

    def clear_errors(self) -> None:
        self.message.hide()
        for fields in (self.type_fields[self.kind()], self.dest_fields, self.note_fields,
                       self.fields):
            fields.clear()

    # -- actions ------------------------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), text) \
            == QMessageBox.StandardButton.Yes

    def on_prepare(self) -> None:
        self.clear_errors()
        try:
            if self.departure_id:
                self.service.update(self.departure_id, self.form())
            else:
                self.departure_id = self.service.prepare(self.case_no, self.form())
        except DeskError as error:
            self.show_error(error)
            return
        self.accept()

    def on_complete(self) -> None:
        self.clear_errors()
        kind = self.kind()
        if kind in (DepartureType.DEATH, DepartureType.TERMINATED, DepartureType.ABSCONDED):
            if not self.confirm(self.tr(
                    "Complete “{way}” for {name}? The stay ends now and cannot be reopened."
            ).format(way=type_text(kind), name=self.plan.person_name)):
                return
        form = self.form()
        try:
            self.record = self.service.complete(self.case_no, form)
        except (ItemsUnaccounted,) + _EXCEPTIONS as error:
            dialog = ApprovalDialog(self.desk, tr_desk_error(error), self)

            def approve(approval) -> None:
                self.record = self.service.complete(self.case_no, form, approval)

            dialog.call = approve
            if not self.run_dialog(dialog) or self.record is None:
                return
        except DeskError as error:
            self.show_error(error)
            return
        self.accept()


def _exceptions() -> tuple[type[DeskError], ...]:
    from rescue_desk.domain.departure import MinorException, MustBeAccompanied

    return (MinorException, MustBeAccompanied)


_EXCEPTIONS = _exceptions()


class FollowUpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_dialog")
        self.setWindowTitle(self.tr("Follow-up call"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.outcome_combo = QComboBox(objectName="follow_up_outcome_combo")
        for outcome in FollowUpOutcome:
            self.outcome_combo.addItem(
                QCoreApplication.translate("Departure", FOLLOW_UP_LABELS[outcome]),
                outcome.value)
        self.note_edit = QLineEdit(objectName="follow_up_note_edit")
        self.fields.add("outcome", self.tr("Result"), self.outcome_combo, required=True)
        self.fields.add("note", self.tr("Note"), self.note_edit)
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(
            self.outcome_combo.currentData(), self.note_edit.text()), "note")


class CallDialog(QDialog):
    def __init__(self, contacts: tuple[dict, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_dialog")
        self.setWindowTitle(self.tr("Log a call"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.contact_combo = QComboBox(objectName="contact_combo")
        self.contact_combo.setEditable(True)
        for c in contacts:
            self.contact_combo.addItem(f"{c.get('name', '')}（{c.get('relation', '')}）",
                                       c.get("phone", ""))
        self.phone_edit = QLineEdit(objectName="phone_edit")
        self.phone_edit.setText(self.contact_combo.currentData() or "")
        self.contact_combo.currentIndexChanged.connect(
            lambda _i: self.phone_edit.setText(self.contact_combo.currentData() or ""))
        self.outcome_combo = QComboBox(objectName="call_outcome_combo")
        for outcome in CallOutcome:
            self.outcome_combo.addItem(
                QCoreApplication.translate("Departure", CALL_OUTCOME_LABELS[outcome]),
                outcome.value)
        self.note_edit = QLineEdit(objectName="call_note_edit")
        self.fields.add("contact", self.tr("Who"), self.contact_combo, required=True)
        self.fields.add("phone", self.tr("Phone"), self.phone_edit)
        self.fields.add("outcome", self.tr("Result"), self.outcome_combo, required=True)
        self.fields.add("note", self.tr("Note"), self.note_edit)
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(
            self.contact_combo.currentText(), self.phone_edit.text(),
            self.outcome_combo.currentData(), self.note_edit.text()), "note")


class DeparturesPage(QWidget):
    """The departures page."""

    changed = Signal()

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("departures_page")
        self.desk = desk
        self.service = DepartureService(desk)
        self.title = self.tr("Departures")
        officer = desk.require()
        self.may_depart = officer.may(Permission.DEPARTURE)
        self.current: DepartureRecord | None = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Person in the station")))
        self.person_combo = QComboBox(objectName="person_combo")
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setMinimumWidth(280)
        bar.addWidget(self.person_combo, 1)
        self.new_button = primary_button(self.tr("Departure…"), "mdi6.exit-run")
        self.new_button.setObjectName("new_departure_button")
        self.call_button = QPushButton(icon("mdi6.phone"), self.tr("Log a call…"),
                                       objectName="log_call_button")
        self.back_button = QPushButton(icon("mdi6.home-import-outline"),
                                       self.tr("Back in the station"),
                                       objectName="back_button")
        self.back_button.setToolTip(self.tr("Back from hospital or out-of-station care"))
        for b in (self.new_button, self.call_button, self.back_button):
            bar.addWidget(b)
        outer.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget(objectName="departure_tabs")
        self.models: dict[str, DepartureTableModel] = {}
        self.views = {}
        for key, title, icon_name in (
                ("today", self.tr("Today"), "mdi6.calendar-today"),
                ("preparing", self.tr("In preparation"), "mdi6.progress-clock"),
                ("follow_up", self.tr("Follow-up calls"), "mdi6.phone-check"),
                ("recent", self.tr("Left in the last 7 days"), "mdi6.history")):
            model = DepartureTableModel()
            view, _proxy = snapshot_table_view(model)
            view.setObjectName(f"{key}_view")
            view.selectionModel().selectionChanged.connect(
                lambda *_a, v=view: self.on_selected(v))
            view.doubleClicked.connect(lambda _i: self.on_open())
            self.models[key] = model
            self.views[key] = view
            self.tabs.addTab(view, icon(icon_name), title)
        self.tab_titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        register = QWidget()
        reg_layout = QVBoxLayout(register)
        reg_form = right_aligned_form()
        today = desk.now().date()
        self.reg_from = QDateEdit(objectName="register_from_edit")
        self.reg_to = QDateEdit(objectName="register_to_edit")
        for edit, day in ((self.reg_from, today.replace(day=1)), (self.reg_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
        reg_form.addRow(self.tr("From"), self.reg_from)
        reg_form.addRow(self.tr("To"), self.reg_to)
        reg_layout.addLayout(reg_form)
        self.register_button = primary_button(self.tr("Print the register"), "mdi6.printer")
        self.register_button.setObjectName("print_register_button")
        reg_layout.addWidget(self.register_button)
        reg_hint = QLabel(self.tr("The stay-and-departure register lists every departure "
                                  "completed in these days, with belongings and the officer."),
                          objectName="hint")
        reg_hint.setWordWrap(True)
        reg_layout.addWidget(reg_hint)
        reg_layout.addStretch()
        self.tabs.addTab(register, icon("mdi6.book-open-variant"), self.tr("Register"))
        split.addWidget(self.tabs)
        details = QWidget()
        d_layout = QVBoxLayout(details)
        d_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(objectName="detail_title")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel(objectName="detail_text")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        self.open_button = QPushButton(icon("mdi6.pencil"), self.tr("Open…"),
                                       objectName="open_departure_button")
        self.print_button = QPushButton(icon("mdi6.printer"), self.tr("Print form"),
                                        objectName="print_departure_button")
        self.follow_button = primary_button(self.tr("Record the call…"), "mdi6.phone-check")
        self.follow_button.setObjectName("follow_up_button")
        self.cancel_departure_button = QPushButton(icon("mdi6.cancel"), self.tr("Cancel…"),
                                                   objectName="cancel_departure_button")
        for b in (self.open_button, self.print_button, self.follow_button,
                  self.cancel_departure_button):
            actions.addWidget(b)
        actions.addStretch()
        d_layout.addLayout(actions)
        d_layout.addWidget(self.detail_title)
        d_layout.addWidget(self.detail_text, 1)
        split.addWidget(details)
        split.setSizes([720, 420])
        outer.addWidget(split, 1)
        self.new_button.clicked.connect(self.on_new)
        self.call_button.clicked.connect(self.on_call)
        self.back_button.clicked.connect(self.on_back)
        self.open_button.clicked.connect(self.on_open)
        self.print_button.clicked.connect(self.on_print)
        self.follow_button.clicked.connect(self.on_follow_up)
        self.cancel_departure_button.clicked.connect(self.on_cancel)
        self.register_button.clicked.connect(self.on_register)
        for b in (self.new_button, self.call_button, self.back_button):
            b.setEnabled(self.may_depart)
        self.reload()

    # -- helpers ------------------------------------------------------------------------------
    def status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def warn(self, error: DeskError) -> None:
        QMessageBox.warning(self, self.title, tr_desk_error(error))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        try:
            lists = self.service.lists()
            people = self.service.in_station()
        except DeskError as error:
            self.status(tr_desk_error(error))
            return
        for key, model in self.models.items():
            model.set_rows(lists[key])
            self.views[key].resizeColumnsToContents()
        overdue = sum(1 for r in lists["follow_up"] if r.overdue)
        counts = [len(lists["today"]), len(lists["preparing"]), len(lists["follow_up"]),
                  len(lists["recent"])]
        for i, count in enumerate(counts):
            text = f"{self.tab_titles[i]} ({count})"
            if i == 2 and overdue:
                text = self.tr("{title} ({n}, {late} overdue)").format(
                    title=self.tab_titles[i], n=count, late=overdue)
            self.tabs.setTabText(i, text)
        self.tabs.tabBar().setTabTextColor(2, Qt.GlobalColor.red if overdue else
                                           self.tabs.tabBar().tabTextColor(0))
        chosen = self.person_combo.currentData()
        self.person_combo.clear()
        for case_no, name, status in people:
            suffix = "" if status == "in_station" else "（" + QCoreApplication.translate(
                "Intake", {"in_hospital": "In hospital",
                           "in_care": "In out-of-station care"}.get(status, status)) + "）"
            self.person_combo.addItem(f"{name}　{case_no}{suffix}", case_no)
        if chosen:
            self.person_combo.setCurrentIndex(max(self.person_combo.findData(chosen), 0))
        self.show_record(self.current.id if self.current else None)
        self.changed.emit()

    def chosen_case(self) -> str:
        """The case of the person picked (or typed: a name or a case number) above."""
        index = self.person_combo.currentIndex()
        text = self.person_combo.currentText().strip()
        if index >= 0 and text == self.person_combo.itemText(index):
            return self.person_combo.itemData(index)
        for i in range(self.person_combo.count()):
            if text and text in self.person_combo.itemText(i):
                return self.person_combo.itemData(i)
        return ""

    # -- the selected departure ---------------------------------------------------------------
    def on_selected(self, view) -> None:
        rows = view.selectionModel().selectedRows()
        if rows:
            self.show_record(rows[0].data(ROW_ROLE).id)

    def show_record(self, departure_id: int | None) -> None:
        record = None
        if departure_id is not None:
            try:
                record = self.service.record(departure_id)
            except DeskError:
                record = None
        self.current = record
        for b in (self.open_button, self.print_button, self.follow_button,
                  self.cancel_departure_button):
            b.setVisible(False)
        if record is None:
            self.detail_title.setText(self.tr("Choose a departure on the left, or a person "
                                              "above to start one."))
            self.detail_text.setText(self.tr(
                "Every way home has its own rule and its own paper. A departure can be "
                "prepared (tickets bought, relatives called) and completed when the person "
                "leaves; after a journey home the desk reminds you to call and confirm they "
                "arrived."))
            return
        state = QCoreApplication.translate("Departure", STATE_LABELS[record.state])
        self.detail_title.setText(f"<b>{record.person_name}</b>　{record.case_no}　"
                                  f"{type_text(record.kind)} · {state}")
        lines = []
        if record.planned_at and record.state == DepartureState.PREPARED:
            lines.append(self.tr("Planned for {time}").format(time=fmt_time(record.planned_at)))
        if record.completed_at:
            lines.append(self.tr("Left {time} (officer {name})").format(
                time=fmt_time(record.completed_at), name=record.completed_by))
        if record.destination:
            cross = "　" + self.tr("cross-province escort") if record.cross_province else ""
            lines.append(self.tr("Destination: {place}").format(place=record.destination)
                         + cross)
        for key in TYPE_FIELDS[record.kind]:
            value = record.details.get(key)
            if key == "cash":
                value = figures(record.cash_fen) if record.cash_fen else ""
            elif key == "fare" and value:
                value = figures(value)
            elif key == "collector_id_number" and value:
                from rescue_desk.domain import idnumber

                value = idnumber.mask(value)
            elif isinstance(value, bool):
                value = self.tr("yes") if value else self.tr("no")
            if value not in ("", None):
                lines.append(f"{field_text(key)}: {value}")
        if record.exceptions:
            lines.append(self.tr("Approved by the leader on duty {name}: {reason}").format(
                name=record.approved_by, reason=record.approval_reason))
        if record.follow_up_due:
            if record.follow_up_outcome:
                outcome = QCoreApplication.translate(
                    "Departure", FOLLOW_UP_LABELS[FollowUpOutcome(record.follow_up_outcome)])
                lines.append(self.tr("Follow-up call {time}: {outcome} {note}").format(
                    time=fmt_time(record.follow_up_at), outcome=outcome,
                    note=record.follow_up_note))
            else:
                lines.append(self.tr("Follow-up call due {date}").format(
                    date=record.follow_up_due.isoformat()))
        for call in record.calls:
            outcome = QCoreApplication.translate(
                "Departure", CALL_OUTCOME_LABELS.get(CallOutcome(call.outcome), call.outcome))
            lines.append(self.tr("Call {time} {who}: {outcome} {note}").format(
                time=fmt_time(call.at), who=call.contact, outcome=outcome, note=call.note))
        if record.cancel_reason:
            lines.append(self.tr("Cancelled: {reason}").format(reason=record.cancel_reason))
        self.detail_text.setText("\n".join(lines))
        prepared = record.state == DepartureState.PREPARED
        self.open_button.setVisible(prepared and self.may_depart)
        self.cancel_departure_button.setVisible(prepared and self.may_depart)
        self.print_button.setVisible(record.state == DepartureState.COMPLETED)
        self.follow_button.setVisible(bool(record.follow_up_due) and not record.follow_up_at
                                      and self.may_depart)

    # -- actions ------------------------------------------------------------------------------
    def open_departure(self, case_no: str) -> bool:
        """The departure dialog for a stay (from this page, the board or a search hit)."""
        try:
            dialog = DepartureDialog(self.desk, case_no, self)
        except DeskError as error:
            self.warn(error)
            return False
        done = self.run_dialog(dialog)
        if done:
            if dialog.record is not None:
                self.status(self.tr("{name} has left: {way}.").format(
                    name=dialog.plan.person_name, way=type_text(dialog.record.kind)))
                self.current = dialog.record
            else:
                self.status(self.tr("The departure is saved as in preparation."))
        self.reload()
        if done and dialog.record is not None and dialog.record.state == "completed":
            self.show_record(dialog.record.id)
        return done

    def on_new(self) -> None:
        case = self.chosen_case()
        if case:
            self.open_departure(case)

    def on_open(self) -> None:
        if self.current is not None and self.current.state == DepartureState.PREPARED:
            self.open_departure(self.current.case_no)

    def on_call(self) -> None:
        case = self.chosen_case()
        if not case:
            return
        try:
            plan = self.service.plan(case)
        except DeskError as error:
            self.warn(error)
            return
        dialog = CallDialog(plan.contacts, self)
        dialog.call = lambda who, phone, outcome, note: self.service.log_call(
            case, contact=who, phone=phone, outcome=outcome, note=note)
        if self.run_dialog(dialog):
            self.status(self.tr("The call is logged."))
            self.reload()

    def on_back(self) -> None:
        case = self.chosen_case()
        try:
            self.service.back_to_station(case)
        except DeskError as error:
            self.warn(error)
            return
        self.status(self.tr("{case} is back in the station; give a bed on the Beds page."
                            ).format(case=case))
        self.reload()

    def on_follow_up(self) -> None:
        if self.current is None:
            return
        dialog = FollowUpDialog(self)
        departure = self.current.id
        dialog.call = lambda outcome, note: self.service.record_follow_up(departure, outcome,
                                                                          note)
        if self.run_dialog(dialog):
            self.reload()

    def on_cancel(self) -> None:
        if self.current is None:
            return
        from rescue_desk.ui.beds_page import ReasonDialog

        dialog = ReasonDialog(self.tr("Cancel the departure"), self.tr("Reason"), self)
        departure = self.current.id
        dialog.call = lambda reason: self.service.cancel(departure, reason)
        if self.run_dialog(dialog):
            self.reload()

    def form_pdf(self, record: DepartureRecord) -> bytes:
        from rescue_desk.printing import departure_forms

        stream = io.BytesIO()
        departure_forms.departure_form(record, printing.print_context(self.desk), stream)
        return stream.getvalue()

    def on_print(self) -> bool:
        if self.current is None:
            return False
        try:
            data = self.form_pdf(self.current)
        except DeskError as error:
            self.warn(error)
            return False
        if printing.print_pdf(self, data, f"{self.current.case_no}-departure.pdf"):
            self.service.note_printed(self.current.case_no, "departure")
            return True
        return False

    def on_register(self) -> bool:
        from rescue_desk.printing import departure_forms

        first = self.reg_from.date().toPython()
        last = self.reg_to.date().toPython()
        try:
            rows = self.service.register(first, last)
            stream = io.BytesIO()
            departure_forms.departure_register(
                rows, printing.print_context(self.desk), stream,
                title_period=f"{first.isoformat()} — {last.isoformat()}")
        except DeskError as error:
            self.warn(error)
            return False
        if printing.print_pdf(self, stream.getvalue(),
                              f"register-{first:%Y%m%d}-{last:%Y%m%d}.pdf"):
            self.service.note_printed_register(first, last)
            return True
        return False

