"""Outreach (外展救助): hotline calls with their response time, street patrols and the people
met, and supplies with their stock. The winter campaign and today's cold-wave flag are shown
at the top."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.outreach import (
    CALL_ACTION_LABELS,
    CONTACT_LABELS,
    CallAction,
    ContactOutcome,
)
from rescue_desk.domain.roles import Permission
from rescue_desk.services.outreach import CallForm, ContactForm, OutreachService, PatrolForm
from rescue_desk.services.settings import SettingsService
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.models import fmt_time
from rescue_desk.ui.theme import STATE_COLOURS
from rescue_desk.ui.widgets import (
    FieldMessages,
    dialog_buttons,
    fill_table,
    icon,
    primary_button,
    read_only_table,
    right_aligned_form,
    submit,
)


def action_text(action: CallAction) -> str:
    return QCoreApplication.translate("Outreach", CALL_ACTION_LABELS[action])


def outcome_text(value: str) -> str:
    if value in ContactOutcome._value2member_map_:
        return QCoreApplication.translate("Outreach", CONTACT_LABELS[ContactOutcome(value)])
    return value


def _when(edit: QDateTimeEdit) -> dt.datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0)


def _time_edit(name: str, value: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(objectName=name)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime(value))
    return edit


class CallDialog(QDialog):
    """A hotline call; opened again later for the team's arrival and the result."""

    def __init__(self, now: dt.datetime, row=None, parent: QWidget | None = None, *,
                 targets: tuple[int, int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotline_dialog")
        self.setWindowTitle(self.tr("Hotline call"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.called_edit = _time_edit("called_at_edit", row.called_at if row else now)
        self.caller_edit = QLineEdit(objectName="caller_edit")
        self.phone_edit = QLineEdit(objectName="caller_phone_edit")
        self.place_edit = QLineEdit(objectName="place_edit")
        self.far_check = QCheckBox(self.tr("Far place (longer arrival target)"),
                                   objectName="far_check")
        self.person_edit = QLineEdit(objectName="person_edit")
        self.person_edit.setPlaceholderText(self.tr("Who needs help and their state"))
        self.action_combo = QComboBox(objectName="action_combo")
        for action in CallAction:
            self.action_combo.addItem(action_text(action), action.value)
        self.team_edit = QLineEdit(objectName="team_edit")
        self.arrived_check = QCheckBox(self.tr("The team has arrived"),
                                       objectName="arrived_check")
        self.arrived_edit = _time_edit("arrived_at_edit", (row.arrived_at if row and
                                                           row.arrived_at else now))
        self.result_edit = QLineEdit(objectName="result_edit")
        self.fields.add("called_at", self.tr("Call came in"), self.called_edit, required=True,
                        tooltip=self.tr("Required; not in the future."))
        self.fields.add("caller", self.tr("Caller"), self.caller_edit)
        self.fields.add("caller_phone", self.tr("Caller's phone"), self.phone_edit)
        self.fields.add("place", self.tr("Place"), self.place_edit, required=True)
        self.fields.add("far", "", self.far_check)
        self.fields.add("person", self.tr("Who needs help"), self.person_edit)
        self.fields.add("action", self.tr("Action"), self.action_combo, required=True)
        self.fields.add("team", self.tr("Team"), self.team_edit)
        self.fields.add("arrived", "", self.arrived_check)
        self.fields.add("arrived_at", self.tr("Arrived at"), self.arrived_edit,
                        tooltip=self.tr("Not before the call came in, not in the future."))
        if targets is not None:
            target, far_target = targets
            self.arrived_edit.setToolTip(self.tr(
                "Not before the call, not in the future; later than {target} min after the "
                "call is flagged (local rule).").format(target=target))
            self.far_check.setToolTip(self.tr(
                "The arrival target is then {far} min instead of {target} min (local "
                "rule).").format(far=far_target, target=target))
        self.fields.add("result", self.tr("Result"), self.result_edit)
        layout.addLayout(form)
        if row is not None:
            self.caller_edit.setText(row.caller)
            self.phone_edit.setText(row.caller_phone)
            self.place_edit.setText(row.place)
            self.far_check.setChecked(row.far)
            self.person_edit.setText(row.person)
            self.action_combo.setCurrentIndex(self.action_combo.findData(row.action.value))
            self.team_edit.setText(row.team)
            self.arrived_check.setChecked(row.arrived_at is not None)
            self.result_edit.setText(row.result)
        self.arrived_check.toggled.connect(self.arrived_edit.setEnabled)
        self.arrived_edit.setEnabled(self.arrived_check.isChecked())
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def form(self) -> CallForm:
        return CallForm(
            _when(self.called_edit), self.place_edit.text(), self.action_combo.currentData(),
            caller=self.caller_edit.text(), caller_phone=self.phone_edit.text(),
            person=self.person_edit.text(), far=self.far_check.isChecked(),
            team=self.team_edit.text(),
            arrived_at=_when(self.arrived_edit) if self.arrived_check.isChecked() else None,
            result=self.result_edit.text())

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(self.form()), "place")


class PatrolDialog(QDialog):
    """A street patrol: team, vehicle, route, key places, and the people met."""

    def __init__(self, now: dt.datetime, places: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrol_dialog")
        self.setWindowTitle(self.tr("Street patrol"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.started_edit = _time_edit("patrol_started_edit", now)
        self.team_edit = QLineEdit(objectName="patrol_team_edit")
        self.team_edit.setPlaceholderText(self.tr("e.g. team 1: Sun Qiang, Zhao Jun"))
        self.staff_spin = QSpinBox(objectName="patrol_staff_spin")
        self.staff_spin.setRange(1, 50)
        self.staff_spin.setValue(2)
        self.vehicle_edit = QLineEdit(objectName="patrol_vehicle_edit")
        self.route_edit = QLineEdit(objectName="patrol_route_edit")
        self.places_list = QListWidget(objectName="patrol_places_list")
        self.places_list.setMaximumHeight(110)
        for place in places:
            item = QListWidgetItem(place)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.places_list.addItem(item)
        self.note_edit = QLineEdit(objectName="patrol_note_edit")
        self.fields.add("started_at", self.tr("Set out"), self.started_edit, required=True,
                        tooltip=self.tr("Required; not in the future."))
        self.fields.add("team", self.tr("Team"), self.team_edit, required=True)
        self.fields.add("staff_count", self.tr("Staff"), self.staff_spin)
        self.fields.add("vehicle", self.tr("Vehicle"), self.vehicle_edit)
        self.fields.add("route", self.tr("Route"), self.route_edit)
        self.fields.add("places", self.tr("Key places"), self.places_list)
        self.fields.add("note", self.tr("Note"), self.note_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("People met"), objectName="section_title"))
        self.contacts = QTableWidget(0, 5, objectName="contacts_table")
        self.contacts.setHorizontalHeaderLabels([
            self.tr("Place"), self.tr("Who (sex, age, state)"), self.tr("Outcome"),
            self.tr("Case no. if came in"), self.tr("Follow-up")])
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.contacts.verticalHeader().hide()
        layout.addWidget(self.contacts)
        row = QHBoxLayout()
        add = QPushButton(icon("mdi6.account-plus"), self.tr("Add a person met"),
                          objectName="add_contact_button")
        add.clicked.connect(self.add_contact)
        row.addWidget(add)
        row.addStretch()
        layout.addLayout(row)
        self.message = QLabel(objectName="field_error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def add_contact(self) -> None:
        r = self.contacts.rowCount()
        self.contacts.insertRow(r)
        combo = QComboBox()
        for outcome in ContactOutcome:
            combo.addItem(outcome_text(outcome.value), outcome.value)
        self.contacts.setCellWidget(r, 2, combo)
        for c in (0, 1, 3, 4):
            self.contacts.setItem(r, c, QTableWidgetItem(""))

    def form(self) -> PatrolForm:
        contacts = []
        for r in range(self.contacts.rowCount()):
            def text(c: int, row: int = r) -> str:
                item = self.contacts.item(row, c)
                return item.text() if item else ""
            contacts.append(ContactForm(text(1), self.contacts.cellWidget(r, 2).currentData(),
                                        text(0), text(3), text(4)))
        places = tuple(self.places_list.item(i).text() for i in range(self.places_list.count())
                       if self.places_list.item(i).checkState() == Qt.CheckState.Checked)
        return PatrolForm(_when(self.started_edit), self.team_edit.text(),
                          self.staff_spin.value(), self.vehicle_edit.text(),
                          self.route_edit.text(), places, self.note_edit.text(),
                          tuple(contacts))

    def on_accept(self) -> None:
        self.fields.clear()
        self.message.clear()
        try:
            if self.call is not None:
                self.call(self.form())
        except DeskError as error:
            if not self.fields.show_error(error):
                self.message.setText(tr_desk_error(error))
            return
        self.accept()


class StockDialog(QDialog):
    """Stock received, or a handout (to a stay, a person met, or a relief point)."""

    def __init__(self, items, *, handout: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stock_dialog")
        self.handout = handout
        self.setWindowTitle(self.tr("Hand out supplies") if handout
                            else self.tr("Supplies received"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.item_combo = QComboBox(objectName="supply_combo")
        stock_word = self.tr("stock")
        for row in items:
            self.item_combo.addItem(f"{row.name}（{stock_word} {row.stock} {row.unit}）", row.id)
        self.count_spin = QSpinBox(objectName="supply_count_spin")
        self.count_spin.setRange(1, 99999)
        self.case_edit = QLineEdit(objectName="supply_case_edit")
        self.point_edit = QLineEdit(objectName="supply_point_edit")
        self.source_edit = QLineEdit(objectName="supply_source_edit")
        self.fields.add("item", self.tr("Supplies"), self.item_combo, required=True)
        self.fields.add("count", self.tr("Number"), self.count_spin, required=True,
                        tooltip=self.tr("1 to 99999, and not more than the stock.") if handout
                        else self.tr("A whole number, 1 to 99999."))
        if handout:
            self.case_edit.setPlaceholderText(self.tr("Case no. of a person in the station"))
            self.point_edit.setPlaceholderText(self.tr("or a relief point outside"))
            who = self.tr("A handout goes to a case no. or a relief point: one is required.")
            self.fields.add("case_no", self.tr("To"), self.case_edit, tooltip=who)
            self.fields.add("relief_point", self.tr("Relief point"), self.point_edit,
                            tooltip=who)
        else:
            self.fields.add("source", self.tr("Received from"), self.source_edit)
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(self), "count")


class OutreachPage(QWidget):
    """The outreach page."""

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outreach_page")
        self.desk = desk
        self.service = OutreachService(desk)
        self.title = self.tr("Outreach")
        officer = desk.require()
        self.may_log = officer.may(Permission.DUTY_LOG)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.campaign_label = QLabel(objectName="campaign_label")
        self.cold_check = QCheckBox(self.tr("Cold-wave warning today (patrol daily)"),
                                    objectName="cold_check")
        top.addWidget(self.campaign_label, 1)
        top.addWidget(self.cold_check)
        outer.addLayout(top)
        self.tabs = QTabWidget(objectName="outreach_tabs")
        outer.addWidget(self.tabs, 1)
        # hotline
        calls = QWidget()
        c_layout = QVBoxLayout(calls)
        bar = QHBoxLayout()
        self.new_call_button = primary_button(self.tr("New call…"), "mdi6.phone-plus")
        self.new_call_button.setObjectName("new_call_button")
        self.edit_call_button = QPushButton(icon("mdi6.pencil"),
                                            self.tr("Arrival and result…"),
                                            objectName="edit_call_button")
        bar.addWidget(self.new_call_button)
        bar.addWidget(self.edit_call_button)
        bar.addStretch()
        c_layout.addLayout(bar)
        self.calls_table = read_only_table([
            self.tr("Call"), self.tr("Place"), self.tr("Who needs help"), self.tr("Action"),
            self.tr("Arrived"), self.tr("Minutes"), self.tr("Case no."), self.tr("Result")],
            "calls_table")
        c_layout.addWidget(self.calls_table)
        self.tabs.addTab(calls, icon("mdi6.phone-in-talk"), self.tr("Hotline (last 30 days)"))
        # patrols
        patrols = QWidget()
        p_layout = QVBoxLayout(patrols)
        bar = QHBoxLayout()
        self.new_patrol_button = primary_button(self.tr("New patrol…"), "mdi6.walk")
        self.new_patrol_button.setObjectName("new_patrol_button")
        bar.addWidget(self.new_patrol_button)
        bar.addStretch()
        p_layout.addLayout(bar)
        self.patrols_table = read_only_table([
            self.tr("Set out"), self.tr("Team"), self.tr("Places"), self.tr("People met"),
            self.tr("Came in"), self.tr("Note")], "patrols_table")
        self.patrols_table.setWordWrap(False)
        p_layout.addWidget(self.patrols_table)
        self.tabs.addTab(patrols, icon("mdi6.map-marker-path"),
                         self.tr("Street patrols (last 30 days)"))
        # supplies
        supplies = QWidget()
        s_layout = QVBoxLayout(supplies)
        bar = QHBoxLayout()
        self.receive_button = QPushButton(icon("mdi6.package-down"), self.tr("Received…"),
                                          objectName="receive_button")
        self.hand_out_button = primary_button(self.tr("Hand out…"), "mdi6.hand-heart")
        self.hand_out_button.setObjectName("hand_out_button")
        bar.addWidget(self.hand_out_button)
        bar.addWidget(self.receive_button)
        bar.addStretch()
        s_layout.addLayout(bar)
        self.stock_table = read_only_table([self.tr("Supplies"), self.tr("Stock"), self.tr("Unit"),
                                   self.tr("Low-stock level")], "stock_table")
        s_layout.addWidget(self.stock_table)
        self.tabs.addTab(supplies, icon("mdi6.package-variant"), self.tr("Supplies"))
        self.new_call_button.clicked.connect(self.on_new_call)
        self.edit_call_button.clicked.connect(self.on_edit_call)
        self.new_patrol_button.clicked.connect(self.on_new_patrol)
        self.receive_button.clicked.connect(lambda: self.on_stock(False))
        self.hand_out_button.clicked.connect(lambda: self.on_stock(True))
        self.cold_check.toggled.connect(self.on_cold)
        for b in (self.new_call_button, self.edit_call_button, self.new_patrol_button,
                  self.hand_out_button, self.cold_check):
            b.setEnabled(self.may_log)
        self.reload()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        try:
            self._reload()
        except DeskError as error:
            QMessageBox.warning(self, self.title, tr_desk_error(error))

    def _reload(self) -> None:
        now = self.desk.now()
        today = now.date()
        campaign = self.service.campaign(today)
        if campaign:
            day = (today - campaign[0]).days + 1
            self.campaign_label.setText(self.tr(
                "Winter campaign {first} to {last}: day {n}.").format(
                first=campaign[0].isoformat(), last=campaign[1].isoformat(), n=day))
        else:
            self.campaign_label.setText(self.tr("Outside the winter campaign."))
        self.cold_check.blockSignals(True)
        self.cold_check.setChecked(today in self.service.cold_wave_days())
        self.cold_check.blockSignals(False)
        first = today - dt.timedelta(days=30)
        self.call_rows = {r.id: r for r in self.service.calls(first, today)}
        rows = []
        for r in self.call_rows.values():
            rows.append([fmt_time(r.called_at), r.place + ("（" + self.tr("far") + "）"
                                                          if r.far else ""),
                         r.person, action_text(r.action), fmt_time(r.arrived_at),
                         "" if r.minutes is None else str(r.minutes)
                         + ("　" + self.tr("OVER TARGET") if r.late else ""),
                         r.case_no, r.result])
        fill_table(self.calls_table, rows, list(self.call_rows))
        for i, r in enumerate(self.call_rows.values()):
            if r.late:
                self.calls_table.item(i, 5).setForeground(QColor(STATE_COLOURS["overdue"]))
        patrols = self.service.patrols(first, today)
        fill_table(self.patrols_table, [[
            fmt_time(p.started_at) + ("　" + self.tr("cold wave") if p.cold_wave else ""),
            p.team, "、".join(p.places), str(len(p.contacts)),
            str(sum(1 for c in p.contacts if c[3] == ContactOutcome.CAME_IN.value)),
            "；".join(f"{c[2]}（{outcome_text(c[3])}）" for c in p.contacts)]
            for p in patrols], [p.id for p in patrols], fit_rows=False)
        stock = self.service.stock()
        self.stock_rows = stock
        fill_table(self.stock_table, [[s.name, str(s.stock) + ("　" + self.tr("LOW") if s.low
                                                          else ""), s.unit, str(s.low_level)]
                                 for s in stock], [s.id for s in stock])
        for i, s in enumerate(stock):
            if s.low:
                self.stock_table.item(i, 1).setForeground(QColor(STATE_COLOURS["overdue"]))

    def on_cold(self, on: bool) -> None:
        try:
            self.service.set_cold_wave(self.desk.now().date(), on)
        except DeskError as error:
            QMessageBox.warning(self, self.title, tr_desk_error(error))
        self.reload()

    def call_targets(self) -> tuple[int, int]:
        """The hotline arrival targets (local rules): near and far, in minutes."""
        settings = SettingsService(self.desk)
        return (int(settings.get("hotline_target_minutes")),
                int(settings.get("hotline_far_minutes")))

    def on_new_call(self) -> None:
        dialog = CallDialog(self.desk.now(), parent=self, targets=self.call_targets())
        dialog.call = self.service.record_call
        if self.run_dialog(dialog):
            self.reload()

    def on_edit_call(self) -> None:
        rows = self.calls_table.selectionModel().selectedRows()
        if not rows:
            return
        call_id = self.calls_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        dialog = CallDialog(self.desk.now(), self.call_rows[call_id], parent=self,
                            targets=self.call_targets())
        dialog.call = lambda form: self.service.update_call(call_id, form)
        if self.run_dialog(dialog):
            self.reload()

    def on_new_patrol(self) -> None:
        dialog = PatrolDialog(self.desk.now(), self.service.places(), self)
        dialog.call = self.service.record_patrol
        if self.run_dialog(dialog):
            self.reload()

    def on_stock(self, handout: bool) -> None:
        dialog = StockDialog(self.stock_rows, handout=handout, parent=self)

        def save(d: StockDialog) -> None:
            item = d.item_combo.currentData()
            if handout:
                self.service.hand_out(item, d.count_spin.value(), case_no=d.case_edit.text(),
                                      relief_point=d.point_edit.text())
            else:
                self.service.receive(item, d.count_spin.value(), source=d.source_edit.text())

        dialog.call = save
        if self.run_dialog(dialog):
            self.reload()
