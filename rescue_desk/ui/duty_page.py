"""Duty (值班): the night board (headcount by area, people to watch, deadlines due or
overdue, follow-up calls, the shift's log with a quick-entry box), the shift log and
handover, the duty roster, and the stay clock with its actions."""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.duty import (
    CLOCK_LABELS,
    CONFLICT_LABELS,
    ENTRY_LABELS,
    INCIDENT_LABELS,
    MANUAL_KINDS,
    Clock,
    EntryKind,
    IncidentKind,
    ShiftState,
    monday_of,
)
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.roles import Permission
from rescue_desk.services.beds import BedService
from rescue_desk.services.departures import DepartureService
from rescue_desk.services.duty import TOTAL, DutyService
from rescue_desk.services.settings import SettingsService
from rescue_desk.ui import printing
from rescue_desk.ui.beds_page import ApprovalDialog
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

WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")


def entry_text(kind: EntryKind) -> str:
    return QCoreApplication.translate("Duty", ENTRY_LABELS[kind])


def clock_text(clock: Clock) -> str:
    return QCoreApplication.translate("Duty", CLOCK_LABELS[clock])


class EntryDialog(QDialog):
    """A log entry: kind, area, what happened; an incident's kind, people, action, calls."""

    def __init__(self, areas: list[str], parent: QWidget | None = None,
                 kind: EntryKind = EntryKind.NOTE) -> None:
        super().__init__(parent)
        self.setObjectName("entry_dialog")
        self.setWindowTitle(self.tr("Shift log entry"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.kind_combo = QComboBox(objectName="entry_kind_combo")
        for k in MANUAL_KINDS:
            self.kind_combo.addItem(entry_text(k), k.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.area_combo = QComboBox(objectName="entry_area_combo")
        self.area_combo.addItem("", "")
        for name in areas:
            self.area_combo.addItem(name, name)
        self.all_well = QCheckBox(self.tr("All well"), objectName="all_well_check")
        self.incident_combo = QComboBox(objectName="incident_combo")
        for k in IncidentKind:
            self.incident_combo.addItem(QCoreApplication.translate("Duty", INCIDENT_LABELS[k]),
                                        k.value)
        self.text_edit = QPlainTextEdit(objectName="entry_text_edit")
        self.text_edit.setFixedHeight(80)
        self.people_edit = QLineEdit(objectName="people_edit")
        self.action_edit = QLineEdit(objectName="action_edit")
        self.police_check = QCheckBox(self.tr("Police called (110)"), objectName="police_check")
        self.ambulance_check = QCheckBox(self.tr("Ambulance called (120)"),
                                         objectName="ambulance_check")
        self.fields.add("kind", self.tr("Kind"), self.kind_combo, required=True)
        self.fields.add("area", self.tr("Area"), self.area_combo)
        self.fields.add("all_well", "", self.all_well)
        self.fields.add("incident", self.tr("Incident"), self.incident_combo)
        self.fields.add("text", self.tr("What happened"), self.text_edit,
                        tooltip=self.tr("Required, unless a patrol round is all well; an entry "
                                        "is never edited, only corrected later."))
        self.fields.add("people", self.tr("People involved"), self.people_edit)
        self.fields.add("action", self.tr("Action taken"), self.action_edit)
        self.fields.add("police", "", self.police_check)
        self.fields.add("ambulance", "", self.ambulance_check)
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Write in the log"),
                                             self.tr("Cancel"), self.on_accept)
        layout.addWidget(box)
        self.kind_combo.currentIndexChanged.connect(self.on_kind)
        self.on_kind()

    def on_kind(self) -> None:
        kind = EntryKind(self.kind_combo.currentData())
        incident = kind == EntryKind.INCIDENT
        for key in ("incident", "people", "action", "police", "ambulance"):
            self.fields.fields[key].parentWidget().setVisible(incident)
            label = self.fields.form.labelForField(self.fields.fields[key].parentWidget())
            if label is not None:
                label.setVisible(incident)
        patrol = kind == EntryKind.PATROL
        self.all_well.parentWidget().setVisible(patrol)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(self), "text")


class HandoverDialog(QDialog):
    """The outgoing officer signs the handover drafted from the log."""

    def __init__(self, draft: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_dialog")
        self.setWindowTitle(self.tr("Handover"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        lines = [self.tr("Headcount now: {text}").format(text="，".join(
            f"{k} {v}" for k, v in draft["headcount"].items() if v or k == TOTAL))]
        for key, title in (("admissions", self.tr("Admissions")),
                           ("departures", self.tr("Departures")),
                           ("incidents", self.tr("Incidents")),
                           ("tasks", self.tr("Open tasks"))):
            items = draft[key]
            lines.append(f"{title}（{len(items)}）" + ("：" + "；".join(items) if items else ""))
        summary = QPlainTextEdit(objectName="handover_summary")
        summary.setPlainText("\n".join(lines))
        summary.setReadOnly(True)
        summary.setMinimumHeight(150)
        layout.addWidget(summary)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.keys_edit = QLineEdit(objectName="keys_edit")
        self.keys_edit.setPlaceholderText(self.tr("e.g. 3 keys, 2 seals, cash box ¥500 counted"))
        self.notes_edit = QPlainTextEdit(objectName="handover_notes_edit")
        self.notes_edit.setFixedHeight(70)
        self.fields.add("keys", self.tr("Keys, seals, cash box"), self.keys_edit, required=True,
                        tooltip=self.tr("Required. The shift locks once the incoming officer "
                                        "acknowledges."))
        self.fields.add("notes", self.tr("Notes"), self.notes_edit)
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Sign the handover"),
                                             self.tr("Cancel"), self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(
            self.keys_edit.text(), self.notes_edit.toPlainText()), "keys")


class CredentialsDialog(QDialog):
    """Another officer's login and password (the incoming officer; a second officer)."""

    def __init__(self, title: str, text: str, officers: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credentials_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.login_combo = QComboBox(objectName="credentials_login_combo")
        for login, name in officers:
            self.login_combo.addItem(f"{name}（{login}）", login)
        self.password_edit = QLineEdit(objectName="credentials_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields.add("login", self.tr("Officer"), self.login_combo, required=True)
        self.fields.add("password", self.tr("Password"), self.password_edit, required=True)
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Confirm"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(
            self.login_combo.currentData() or "", self.password_edit.text()), "password")


class SlotDialog(QDialog):
    """Who works a post in a shift: tick the officers."""

    def __init__(self, title: str, officers: list[tuple[str, str]], chosen: set[str],
                 parent: QWidget | None = None, *, rest_hours: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slot_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        self.list = QListWidget(objectName="slot_list")
        for login, name in officers:
            item = QListWidgetItem(f"{name}（{login}）")
            item.setData(Qt.ItemDataRole.UserRole, login)
            item.setCheckState(Qt.CheckState.Checked if login in chosen
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if rest_hours is not None:
            self.list.setToolTip(self.tr(
                "Flagged: two posts in one shift, or under {hours} h rest between two shifts "
                "(local rule).").format(hours=rest_hours))
        layout.addWidget(self.list)
        self.message = QLabel(objectName="field_error")
        layout.addWidget(self.message)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def on_accept(self) -> None:
        try:
            if self.call is not None:
                self.call(self.chosen())
        except DeskError as error:
            self.message.setText(tr_desk_error(error))
            return
        self.accept()


class DutyPage(QWidget):
    """The duty page."""

    changed = Signal()

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duty_page")
        self.desk = desk
        self.duty = DutyService(desk)
        self.title = self.tr("Duty")
        officer = desk.require()
        self.may_log = officer.may(Permission.DUTY_LOG)
        self.may_plan = officer.may(Permission.EDIT_STATION) \
            or officer.may(Permission.APPROVE_EXCEPTION)
        self.shift_key = ""
        self.week = monday_of(desk.now().date())
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="duty_tabs")
        outer.addWidget(self.tabs)
        self._build_board()
        self._build_log()
        self._build_roster()
        self._build_clock()
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)  # deadlines fall due while the board is on screen
        self.timer.timeout.connect(self.on_tick)
        self.timer.start()
        self.reload()

    def on_tick(self) -> None:
        if self.isVisible() and self.tabs.currentIndex() == 0 \
                and not self.quick_edit.hasFocus():
            self.reload()

    # -- building -------------------------------------------------------------------------
    def _build_board(self) -> None:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        left = QVBoxLayout()
        box = QGroupBox(self.tr("Headcount by area"))
        QVBoxLayout(box).addWidget(table := read_only_table([self.tr("Area"), self.tr("People")],
                                                   "headcount_table"))
        self.headcount_table = table
        # The area takes the width the count leaves (wrapping a long name onto a second line,
        # the row growing with it); the count is as wide as its header. A stretched last
        # section gets no narrower than it was before it was stretched (the header's default
        # 100 px): in this narrow box, a horizontal scrollbar for two pixels.
        table.horizontalHeader().setStretchLastSection(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(box, 2)
        watch = QGroupBox(self.tr("People to watch"))
        self.watch_list = QListWidget(objectName="watch_list")
        self.watch_list.setWordWrap(True)
        QVBoxLayout(watch).addWidget(self.watch_list)
        left.addWidget(watch, 3)
        layout.addLayout(left, 3)
        middle = QVBoxLayout()
        due = QGroupBox(self.tr("Deadlines due or overdue"))
        self.due_table = read_only_table([self.tr("Name"), self.tr("Deadline"), self.tr("Due")],
                                "due_table")
        self.due_table.horizontalHeader().setStretchLastSection(False)  # its columns share
        QVBoxLayout(due).addWidget(self.due_table)
        middle.addWidget(due, 3)
        follow = QGroupBox(self.tr("Follow-up calls not yet made"))
        self.follow_list = QListWidget(objectName="follow_list")
        self.follow_list.setWordWrap(True)
        QVBoxLayout(follow).addWidget(self.follow_list)
        middle.addWidget(follow, 2)
        layout.addLayout(middle, 5)
        right = QGroupBox(objectName="board_log_box")
        self.board_log_box = right
        r_layout = QVBoxLayout(right)
        self.board_log = read_only_table([self.tr("Time"), self.tr("Kind"), self.tr("Entry")],
                                "board_log_table")
        r_layout.addWidget(self.board_log)
        quick = QHBoxLayout()
        self.quick_kind = QComboBox(objectName="quick_kind_combo")
        for k in (EntryKind.PATROL, EntryKind.NOTE, EntryKind.TASK, EntryKind.HOTLINE):
            self.quick_kind.addItem(entry_text(k), k.value)
        self.quick_edit = QLineEdit(objectName="quick_edit")
        self.quick_edit.setPlaceholderText(self.tr("Quick entry, Enter to write it in the log"))
        self.quick_edit.setToolTip(self.tr("An entry is never edited, only corrected by a later "
                                           "one."))
        self.quick_message = QLabel(objectName="field_error")
        quick.addWidget(self.quick_kind)
        quick.addWidget(self.quick_edit, 1)
        r_layout.addLayout(quick)
        r_layout.addWidget(self.quick_message)
        layout.addWidget(right, 5)
        self.quick_edit.returnPressed.connect(self.on_quick)
        self.quick_edit.setEnabled(self.may_log)
        self.tabs.addTab(tab, icon("mdi6.weather-night"), self.tr("Night board"))

    def _build_log(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.shift_combo = QComboBox(objectName="shift_combo")
        self.shift_combo.setMinimumWidth(300)
        self.shift_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shift_state = QLabel(objectName="shift_state")
        self.sign_in_button = QPushButton(icon("mdi6.login"), self.tr("Sign in to this shift"),
                                          objectName="sign_in_button")
        self.entry_button = primary_button(self.tr("New entry…"), "mdi6.pencil-plus")
        self.entry_button.setObjectName("entry_button")
        self.correct_button = QPushButton(icon("mdi6.pencil-circle"), self.tr("Correct…"),
                                          objectName="correct_button")
        self.handover_button = QPushButton(icon("mdi6.account-switch"),
                                           self.tr("Sign the handover…"),
                                           objectName="handover_button")
        self.ack_button = QPushButton(icon("mdi6.account-check"),
                                      self.tr("Incoming officer acknowledges…"),
                                      objectName="ack_button")
        self.close_button = QPushButton(icon("mdi6.lock"), self.tr("Leader closes…"),
                                        objectName="leader_close_button")
        self.print_shift_button = QPushButton(icon("mdi6.printer"), self.tr("Print"),
                                              objectName="print_shift_button")
        bar.addWidget(self.shift_combo)
        bar.addWidget(self.shift_state, 1)
        self.shift_state.setWordWrap(True)
        layout.addLayout(bar)
        actions = QHBoxLayout()
        for b in (self.sign_in_button, self.entry_button, self.correct_button,
                  self.handover_button, self.ack_button, self.close_button,
                  self.print_shift_button):
            actions.addWidget(b)
        actions.addStretch()
        layout.addLayout(actions)
        self.headcount_label = QLabel(objectName="shift_headcount")
        self.headcount_label.setWordWrap(True)
        layout.addWidget(self.headcount_label)
        self.log_table = read_only_table([self.tr("No."), self.tr("Time"), self.tr("Kind"),
                                 self.tr("Area"), self.tr("Entry"), self.tr("Officer")],
                                "log_table")
        layout.addWidget(self.log_table)
        self.shift_combo.currentIndexChanged.connect(self.on_shift_chosen)
        self.sign_in_button.clicked.connect(self.on_sign_in)
        self.entry_button.clicked.connect(self.on_entry)
        self.correct_button.clicked.connect(self.on_correct)
        self.handover_button.clicked.connect(self.on_handover)
        self.ack_button.clicked.connect(self.on_acknowledge)
        self.close_button.clicked.connect(self.on_leader_close)
        self.print_shift_button.clicked.connect(self.on_print_shift)
        self.tabs.addTab(tab, icon("mdi6.notebook"), self.tr("Shift log and handover"))

    def _build_roster(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.prev_week = QPushButton(icon("mdi6.chevron-left"), "", objectName="prev_week")
        self.next_week = QPushButton(icon("mdi6.chevron-right"), "", objectName="next_week")
        self.week_label = QLabel(objectName="week_label")
        self.repeat_spin = QSpinBox(objectName="repeat_spin")
        self.repeat_spin.setRange(1, 8)
        self.repeat_spin.setValue(3)
        self.repeat_spin.setSuffix(self.tr(" weeks"))
        self.repeat_button = QPushButton(icon("mdi6.repeat"), self.tr("Repeat this week for"),
                                         objectName="repeat_button")
        self.print_week_button = QPushButton(icon("mdi6.printer"), self.tr("Print the week"),
                                             objectName="print_week_button")
        self.swap_button = QPushButton(icon("mdi6.swap-horizontal"), self.tr("Swap…"),
                                       objectName="swap_button")
        self.swap_button.setToolTip(self.tr("One officer takes another's post in the chosen "
                                            "cell; the swap is recorded"))
        self.hours_button = QPushButton(icon("mdi6.clock-edit-outline"),
                                        self.tr("Shift hours…"), objectName="hours_button")
        self.print_month_button = QPushButton(icon("mdi6.calendar-month"),
                                              self.tr("Print the month"),
                                              objectName="print_month_button")
        for w in (self.prev_week, self.week_label, self.next_week):
            bar.addWidget(w)
        bar.addStretch()
        for w in (self.swap_button, self.hours_button, self.repeat_button, self.repeat_spin,
                  self.print_week_button, self.print_month_button):
            bar.addWidget(w)
        layout.addLayout(bar)
        hint = QLabel(self.tr("Double-click a cell to choose who works that post in that "
                              "shift."), objectName="hint")
        layout.addWidget(hint)
        self.roster_table = QTableWidget(objectName="roster_table")
        self.roster_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster_table.verticalHeader().hide()
        self.roster_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.roster_table, 1)
        self.conflict_list = QListWidget(objectName="conflict_list")
        self.conflict_list.setMaximumHeight(110)
        layout.addWidget(self.conflict_list)
        self.prev_week.clicked.connect(lambda: self.move_week(-7))
        self.next_week.clicked.connect(lambda: self.move_week(7))
        self.repeat_button.clicked.connect(self.on_repeat)
        self.roster_table.cellDoubleClicked.connect(self.on_roster_cell)
        self.print_week_button.clicked.connect(lambda: self.on_print_roster("week"))
        self.print_month_button.clicked.connect(lambda: self.on_print_roster("month"))
        self.swap_button.clicked.connect(self.on_swap)
        self.hours_button.clicked.connect(self.on_hours)
        self.repeat_button.setEnabled(self.may_plan)
        self.swap_button.setEnabled(self.may_plan or self.may_log)
        self.hours_button.setEnabled(self.desk.require().may(Permission.EDIT_RULES))
        self.tabs.addTab(tab, icon("mdi6.calendar-account"), self.tr("Duty roster"))

    def _build_clock(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.clock_table = read_only_table(
            [self.tr("Case no."), self.tr("Name"), self.tr("Arrived"), self.tr("Deadlines")],
            "clock_table")
        layout.addWidget(self.clock_table, 1)
        bar = QHBoxLayout()
        self.notice_button = primary_button(self.tr("Family-search notice…"), "mdi6.bullhorn")
        self.notice_button.setObjectName("notice_button")
        self.dna_button = QPushButton(icon("mdi6.dna"), self.tr("DNA request sent…"),
                                      objectName="dna_button")
        self.extend_button = QPushButton(icon("mdi6.calendar-plus"), self.tr("Extension…"),
                                         objectName="extend_button")
        self.placement_button = QPushButton(icon("mdi6.home-heart"),
                                            self.tr("Placement started"),
                                            objectName="placement_button")
        for b in (self.notice_button, self.dna_button, self.extend_button,
                  self.placement_button):
            bar.addWidget(b)
        bar.addStretch()
        layout.addLayout(bar)
        self.notice_button.clicked.connect(self.on_notice)
        self.dna_button.clicked.connect(self.on_dna)
        self.extend_button.clicked.connect(self.on_extend)
        self.placement_button.clicked.connect(self.on_placement)
        self.tabs.addTab(tab, icon("mdi6.timer-sand"), self.tr("Stay deadlines"))

    # -- helpers --------------------------------------------------------------------------
    def status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def warn(self, error: DeskError) -> None:
        QMessageBox.warning(self, self.title, tr_desk_error(error))

    def officers(self) -> list[tuple[str, str]]:
        from rescue_desk.services.custody import CustodyService

        return CustodyService(self.desk).officers()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        try:
            index = self.tabs.currentIndex()
            if index == 0:
                self.load_board()
            elif index == 1:
                self.load_log()
            elif index == 2:
                self.load_roster()
            else:
                self.load_clock()
        except DeskError as error:
            self.status(tr_desk_error(error))

    # -- night board ----------------------------------------------------------------------
    def load_board(self) -> None:
        now = self.desk.now()
        counts = self.duty.headcount()
        fill_table(self.headcount_table, [[k, str(v)] for k, v in counts.items()], share=True)
        header = self.headcount_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        board = BedService(self.desk).board()
        self.watch_list.clear()
        for tile in board.beds:
            if not tile.case_no or not (tile.minor or tile.medical or tile.new or tile.due):
                continue
            marks = [text for on, text in (
                (tile.minor, self.tr("minor")), (tile.medical, self.tr("medical watch")),
                (tile.new, self.tr("new in 24 h")), (tile.due, self.tr("due to leave"))) if on]
            item = QListWidgetItem(f"{tile.room}-{tile.label}　{tile.person_name}　"
                                   + "、".join(marks))
            item.setIcon(icon("mdi6.human-child", "#6a4c93") if tile.minor else
                         icon("mdi6.medical-bag", "#c0392b") if tile.medical else
                         icon("mdi6.eye"))
            self.watch_list.addItem(item)
        rows, data = [], []
        for row in self.duty.clock():
            for d in row.pending(now, dt.timedelta(hours=24)):
                late = d.overdue(now)
                rows.append([f"{row.person_name}\n{row.case_no}", clock_text(d.clock),
                             fmt_time(d.due) + ("\n" + self.tr("OVERDUE") if late else "")])
                data.append(row.case_no)
        fill_table(self.due_table, rows, data, share=True)
        for r, row in enumerate(rows):
            if self.tr("OVERDUE") in row[2]:
                for c in range(3):
                    self.due_table.item(r, c).setForeground(QColor(STATE_COLOURS["overdue"]))
        self.follow_list.clear()
        for r in DepartureService(self.desk).lists()["follow_up"]:
            text = self.tr("{name} {case}: call due {date}").format(
                name=r.person_name, case=r.case_no, date=r.follow_up_due.isoformat())
            item = QListWidgetItem(text + ("　" + self.tr("OVERDUE") if r.overdue else ""))
            if r.overdue:
                item.setForeground(QColor(STATE_COLOURS["overdue"]))
            self.follow_list.addItem(item)
        view = self.duty.current()
        self.shift_key = view.key
        self.board_log_box.setTitle(self.tr("Shift {name} {key}").format(name=view.name,
                                                                          key=view.key))
        fill_table(self.board_log, [[e.at.strftime("%H:%M"), entry_text(e.kind), e.text]
                               for e in view.entries])
        self.board_log.scrollToBottom()

    def on_quick(self) -> None:
        text = self.quick_edit.text().strip()
        self.quick_message.clear()
        kind = EntryKind(self.quick_kind.currentData())
        try:
            self.duty.add_entry(kind, text, all_well=kind == EntryKind.PATROL and not text)
        except DeskError as error:
            self.quick_message.setText(tr_desk_error(error))
            return
        self.quick_edit.clear()
        self.load_board()

    # -- shift log ------------------------------------------------------------------------
    def load_log(self) -> None:
        current = self.duty.current()
        keys = self.duty.shifts()
        chosen = self.shift_key or current.key
        self.shift_combo.blockSignals(True)
        self.shift_combo.clear()
        states = {"open": self.tr("open"), "signed": self.tr("handover signed"),
                  "locked": self.tr("locked")}
        names = {p.code: p.name for p in self.duty.patterns()}
        for key, state, start in keys:
            code = key.partition("-")[2]
            self.shift_combo.addItem(
                f"{start[:10]} {names.get(code, code)}（{states.get(state, state)}）", key)
        self.shift_combo.setCurrentIndex(max(self.shift_combo.findData(chosen), 0))
        self.shift_combo.blockSignals(False)
        self.show_shift(self.shift_combo.currentData() or current.key)

    def on_shift_chosen(self) -> None:
        key = self.shift_combo.currentData()
        if key:
            self.show_shift(key)

    def show_shift(self, key: str) -> None:
        view = self.duty.shift(key)
        self.shift_key = key
        self.view = view
        state = {ShiftState.OPEN: self.tr("Open"),
                 ShiftState.SIGNED: self.tr("Handover signed by {name} at {time}; waiting for "
                                            "the incoming officer").format(
                     name=view.outgoing, time=fmt_time(view.signed_at)),
                 ShiftState.LOCKED: self.tr("Locked")}[view.state]
        if view.state == ShiftState.LOCKED:
            state += "：" + (self.tr("received by {name} at {time}").format(
                name=view.incoming, time=fmt_time(view.acknowledged_at)) if view.incoming
                else self.tr("closed by the leader on duty {name}: {reason}").format(
                    name=view.closed_by, reason=view.close_reason))
        self.shift_state.setText(f"{view.name} {fmt_time(view.start_at)}–"
                                 f"{view.end_at:%H:%M}　{state}")
        start = "，".join(f"{k} {v}" for k, v in view.headcount_start.items() if v or k == TOTAL)
        end = "，".join(f"{k} {v}" for k, v in view.headcount_end.items() if v or k == TOTAL)
        self.headcount_label.setText(self.tr("Headcount at start: {start}").format(start=start)
                                     + ("　" + self.tr("at end: {end}").format(end=end)
                                        if end else ""))
        numbers = {e.id: n for n, e in enumerate(view.entries, start=1)}
        rows, data = [], []
        for n, e in enumerate(view.entries, start=1):
            text = e.text
            if e.kind == EntryKind.INCIDENT:
                d = e.details
                text = "【{kind}】{text}".format(kind=QCoreApplication.translate(
                    "Duty", INCIDENT_LABELS.get(IncidentKind(d.get("incident", "other")),
                                                "Other")), text=text)
                if d.get("people"):
                    text += "；" + self.tr("people: {p}").format(p=d["people"])
                if d.get("action"):
                    text += "；" + self.tr("action: {a}").format(a=d["action"])
                if d.get("police"):
                    text += "；" + self.tr("police called")
                if d.get("ambulance"):
                    text += "；" + self.tr("ambulance called")
            if e.kind == EntryKind.PATROL and e.details.get("all_well"):
                text = (self.tr("all well") + ("；" + text if text else ""))
            if e.refers_to:
                text = self.tr("(corrects no. {n}) ").format(n=numbers.get(e.refers_to, "?")) \
                    + text
            rows.append([str(n), e.at.strftime("%m-%d %H:%M"), entry_text(e.kind), e.area,
                         text, e.officer])
            data.append(e.id)
        fill_table(self.log_table, rows, data)
        locked = view.state == ShiftState.LOCKED
        for b in (self.sign_in_button, self.entry_button, self.correct_button):
            b.setEnabled(self.may_log and not locked)
        self.handover_button.setEnabled(self.may_log and view.state == ShiftState.OPEN)
        self.ack_button.setEnabled(view.state == ShiftState.SIGNED)
        self.close_button.setEnabled(self.may_log and view.state == ShiftState.SIGNED)

    def areas(self) -> list[str]:
        return [a.name for a in BedService(self.desk).board(waiting=False).areas]

    def on_sign_in(self) -> None:
        try:
            self.shift_key = self.duty.sign_in()
        except DeskError as error:
            self.warn(error)
        self.reload()

    def on_entry(self) -> None:
        dialog = EntryDialog(self.areas(), self)
        key = self.shift_key

        def write(d: EntryDialog) -> None:
            self.duty.add_entry(d.kind_combo.currentData(), d.text_edit.toPlainText(),
                                area=d.area_combo.currentData() or "",
                                incident=d.incident_combo.currentData(),
                                people=d.people_edit.text(), action=d.action_edit.text(),
                                police=d.police_check.isChecked(),
                                ambulance=d.ambulance_check.isChecked(),
                                all_well=d.all_well.isChecked(), key=key)

        dialog.call = write
        if self.run_dialog(dialog):
            self.reload()

    def on_correct(self) -> None:
        rows = self.log_table.selectionModel().selectedRows()
        if not rows:
            self.status(self.tr("Choose the entry to correct."))
            return
        entry_id = self.log_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        from rescue_desk.ui.beds_page import ReasonDialog

        dialog = ReasonDialog(self.tr("Correction"), self.tr("The right account"), self)
        dialog.call = lambda text: self.duty.correct(entry_id, text)
        if self.run_dialog(dialog):
            self.reload()

    def on_handover(self) -> None:
        key = self.shift_key
        dialog = HandoverDialog(self.duty.draft_handover(key), self)
        dialog.call = lambda keys, notes: self.duty.sign_handover(key, keys=keys, notes=notes)
        if self.run_dialog(dialog):
            self.reload()

    def on_acknowledge(self) -> None:
        key = self.shift_key
        officer = self.desk.require()
        others = [(login, name) for login, name in self.officers() if login != officer.login] \
            + [(officer.login, officer.name)]
        dialog = CredentialsDialog(
            self.tr("Take over the shift"),
            self.tr("The incoming officer acknowledges the handover with their own login. "
                    "The shift is then locked."), others, self)
        dialog.login_combo.setToolTip(self.tr("Another officer than the one who signed the "
                                              "handover."))
        dialog.password_edit.setToolTip(self.tr("The incoming officer's own login password."))
        dialog.call = lambda login, password: self.duty.acknowledge(key, login, password)
        if self.run_dialog(dialog):
            self.reload()

    def on_leader_close(self) -> None:
        key = self.shift_key
        dialog = ApprovalDialog(self.desk, self.tr(
            "No incoming officer has acknowledged. The leader on duty may close the shift "
            "with a reason."), self)
        dialog.call = lambda approval: self.duty.close_without_incoming(key, approval)
        if self.run_dialog(dialog):
            self.reload()

    def on_print_shift(self) -> bool:
        from rescue_desk.printing import duty_forms

        try:
            stream = io.BytesIO()
            duty_forms.shift_log(self.duty.shift(self.shift_key),
                                 printing.print_context(self.desk), stream)
        except DeskError as error:
            self.warn(error)
            return False
        if printing.print_pdf(self, stream.getvalue(), f"shift-{self.shift_key}.pdf"):
            self.duty.note_printed("shift", self.shift_key)
            return True
        return False

    # -- roster ---------------------------------------------------------------------------
    def move_week(self, days: int) -> None:
        self.week += dt.timedelta(days=days)
        self.load_roster()

    def load_roster(self) -> None:
        last = self.week + dt.timedelta(days=6)
        view = self.duty.roster(self.week, last)
        self.roster_view = view
        self.week_label.setText(self.tr("Week of {first} to {last}").format(
            first=self.week.isoformat(), last=last.isoformat()))
        rows = [(p, code, name) for p in view.patterns for code, name in view.posts]
        table = self.roster_table
        table.clear()
        table.setRowCount(len(rows))
        table.setColumnCount(8)
        table.setHorizontalHeaderLabels(
            [self.tr("Shift / post")] + [f"周{WEEKDAYS[d.weekday()]} {d:%m-%d}"
                                         for d in view.days])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        conflict_cells = {(c.day, c.shift) for c in view.conflicts}
        for r, (pattern, code, name) in enumerate(rows):
            head = QTableWidgetItem(f"{pattern.name} {pattern.start}–{pattern.end}　{name}")
            head.setData(Qt.ItemDataRole.UserRole, (pattern.code, code))
            table.setItem(r, 0, head)
            for c, day in enumerate(view.days, start=1):
                people = view.slots.get((day, pattern.code, code), [])
                item = QTableWidgetItem("、".join(n for _l, n, _p in people))
                if (day, pattern.code) in conflict_cells and people:
                    item.setBackground(QColor("#fdecea"))
                table.setItem(r, c, item)
        self.conflict_list.clear()
        names = view.names
        for c in view.conflicts:
            text = QCoreApplication.translate("Duty", CONFLICT_LABELS[c.kind])
            who = names.get(c.login, c.login)
            line = f"{c.day:%m-%d} {c.shift} {who} {text}"
            if c.hours is not None:
                line += self.tr("（{h} h）").format(h=c.hours)
            item = QListWidgetItem(icon("mdi6.alert", "#c0392b"), line)
            self.conflict_list.addItem(item)
        if not view.conflicts:
            self.conflict_list.addItem(QListWidgetItem(icon("mdi6.check", "#2a9d8f"),
                                                       self.tr("No conflicts this week.")))

    def on_roster_cell(self, row: int, column: int) -> None:
        if column == 0 or not self.may_plan:
            return
        pattern_code, post = self.roster_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        day = self.roster_view.days[column - 1]
        chosen = {login for login, _n, _p in self.roster_view.slots.get(
            (day, pattern_code, post), [])}
        title = f"{day.isoformat()} {self.roster_table.item(row, 0).text()}"
        dialog = SlotDialog(title, self.officers(), chosen, self,
                            rest_hours=self.duty.min_rest_hours())
        dialog.call = lambda logins: self.duty.set_slot(day, pattern_code, post, logins)
        if self.run_dialog(dialog):
            self.load_roster()

    def on_swap(self) -> None:
        cell = self.roster_table.currentItem()
        row, column = self.roster_table.currentRow(), self.roster_table.currentColumn()
        if cell is None or column < 1:
            self.status(self.tr("Choose the cell of the duty to swap."))
            return
        pattern_code, post = self.roster_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        day = self.roster_view.days[column - 1]
        people = self.roster_view.slots.get((day, pattern_code, post), [])
        if not people:
            self.status(self.tr("Nobody is on that duty yet."))
            return
        dialog = SwapDialog([(login, name) for login, name, _p in people], self.officers(),
                            self)
        dialog.call = lambda a, b, reason: self.duty.swap(day, pattern_code, post, a, b,
                                                          reason)
        if self.run_dialog(dialog):
            self.load_roster()

    def on_hours(self) -> None:
        dialog = PatternsDialog(self.duty.patterns(), self)
        dialog.call = self.duty.set_patterns
        if self.run_dialog(dialog):
            self.load_roster()

    def on_repeat(self) -> None:
        weeks = self.repeat_spin.value()
        answer = QMessageBox.question(self, self.title, self.tr(
            "Copy this week onto the next {n} weeks? What is planned there is replaced."
        ).format(n=weeks))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            count = self.duty.repeat(self.week, weeks)
        except DeskError as error:
            self.warn(error)
            return
        self.status(self.tr("{n} duties copied.").format(n=count))
        self.load_roster()

    def on_print_roster(self, kind: str) -> bool:
        from rescue_desk.printing import duty_forms

        try:
            stream = io.BytesIO()
            ctx = printing.print_context(self.desk)
            if kind == "week":
                view = self.duty.roster(self.week, self.week + dt.timedelta(days=6))
                duty_forms.roster_week(view, ctx, stream)
                key = self.week.isoformat()
            else:
                first = self.week.replace(day=1)
                last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                duty_forms.roster_month(self.duty.roster(first, last), ctx, stream)
                key = f"{first:%Y-%m}"
        except DeskError as error:
            self.warn(error)
            return False
        if printing.print_pdf(self, stream.getvalue(), f"roster-{key}.pdf"):
            self.duty.note_printed("roster", key)
            return True
        return False

    # -- the stay clock -------------------------------------------------------------------
    def load_clock(self) -> None:
        now = self.desk.now()
        rows, data = [], []
        self.clock_rows = {}
        for row in self.duty.clock():
            if not row.deadlines:
                continue
            parts = []
            for d in row.deadlines:
                if d.done:
                    parts.append(self.tr("{what}: done {time}").format(
                        what=clock_text(d.clock), time=fmt_time(d.done)))
                else:
                    parts.append(self.tr("{what}: {time}").format(
                        what=clock_text(d.clock), time=fmt_time(d.due))
                        + ("（" + self.tr("OVERDUE") + "）" if d.overdue(now) else ""))
            rows.append([row.case_no, row.person_name, fmt_time(row.arrived_at),
                         "；".join(parts)])
            data.append(row.case_no)
            self.clock_rows[row.case_no] = row
        fill_table(self.clock_table, rows, data)
        for r, row in enumerate(rows):
            if self.tr("OVERDUE") in row[3]:
                self.clock_table.item(r, 3).setForeground(QColor(STATE_COLOURS["overdue"]))

    def chosen_case(self) -> str:
        rows = self.clock_table.selectionModel().selectedRows()
        if not rows:
            self.status(self.tr("Choose a person in the list."))
            return ""
        return self.clock_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def on_notice(self) -> bool:
        case = self.chosen_case()
        if not case:
            return False
        row = self.clock_rows.get(case)
        dialog = NoticeDialog(minor=bool(row and row.minor), officers=[
            o for o in self.officers() if o[0] != self.desk.require().login], parent=self)
        result = {}

        def issue(health, mental, second, password):
            result["notice"] = self.duty.issue_notice(
                case, health=health, mental_state=mental, second=second,
                second_password=password)

        dialog.call = issue
        if not self.run_dialog(dialog) or "notice" not in result:
            return False
        from rescue_desk.printing import duty_forms

        stream = io.BytesIO()
        try:  # the notice is recorded; without a Chinese font it is printed later, not lost
            duty_forms.search_notice(result["notice"], printing.print_context(self.desk), stream)
        except DeskError as error:
            self.warn(error)
        else:
            if printing.print_pdf(self, stream.getvalue(), f"{case}-notice.pdf"):
                self.duty.note_printed("notice", case)
        self.reload()
        return True

    def on_dna(self) -> None:
        case = self.chosen_case()
        if not case:
            return
        from rescue_desk.ui.beds_page import ReasonDialog

        dialog = ReasonDialog(self.tr("DNA request sent to the police"),
                              self.tr("Reference"), self)
        dialog.call = lambda ref: self.duty.record_dna(case, ref)
        if self.run_dialog(dialog):
            self.reload()

    def on_extend(self) -> None:
        case = self.chosen_case()
        if not case:
            return
        dialog = ExtensionDialog(
            self, limit_days=int(SettingsService(self.desk).get("stay_limit_days")))
        dialog.call = lambda days, reason, by: self.duty.extend(case, days, reason, by)
        if self.run_dialog(dialog):
            self.reload()

    def on_placement(self) -> None:
        case = self.chosen_case()
        if not case:
            return
        try:
            self.duty.record_placement(case)
        except DeskError as error:
            self.warn(error)
        self.reload()


class NoticeDialog(QDialog):
    """Issue a family-search notice: health and mental state; a minor's needs a second
    officer's login and password."""

    def __init__(self, *, minor: bool, officers: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_dialog")
        self.setWindowTitle(self.tr("Family-search notice"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.health_edit = QLineEdit(objectName="health_edit")
        self.mental_edit = QLineEdit(objectName="mental_edit")
        self.fields.add("health", self.tr("Health"), self.health_edit)
        self.fields.add("mental_state", self.tr("Intellectual and mental state"),
                        self.mental_edit)
        self.second_combo = QComboBox(objectName="second_combo")
        self.second_password = QLineEdit(objectName="second_password_edit")
        self.second_password.setEchoMode(QLineEdit.EchoMode.Password)
        if minor:
            note = QLabel(self.tr("A minor's notice is approved by a second officer."),
                          objectName="field_warning")
            form.addRow("", note)
            for login, name in officers:
                self.second_combo.addItem(f"{name}（{login}）", login)
            self.fields.add("second", self.tr("Second officer"), self.second_combo,
                            required=True, tooltip=self.tr("Another officer than you."))
            self.fields.add("second_password", self.tr("Their password"),
                            self.second_password, required=True,
                            tooltip=self.tr("The second officer's own login password."))
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Issue and print"),
                                             self.tr("Cancel"), self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(
            self.health_edit.text(), self.mental_edit.text(),
            self.second_combo.currentData() or "", self.second_password.text()), "health")


class ExtensionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, limit_days: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extension_dialog")
        self.setWindowTitle(self.tr("Extension of the stay limit"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.days_spin = QSpinBox(objectName="extension_days_spin")
        self.days_spin.setRange(1, 90)
        self.days_spin.setValue(10)
        self.reason_edit = QLineEdit(objectName="extension_reason_edit")
        self.by_edit = QLineEdit(objectName="extension_by_edit")
        self.by_edit.setPlaceholderText(self.tr("e.g. the city civil-affairs bureau"))
        self.fields.add("days", self.tr("Days"), self.days_spin, required=True,
                        tooltip=self.tr("1 to 90 days.") if limit_days is None else self.tr(
                            "1 to 90 days; the normal stay limit is {days} days (local "
                            "rule).").format(days=limit_days))
        self.fields.add("reason", self.tr("Reason"), self.reason_edit, required=True)
        self.fields.add("approved_by", self.tr("Approved by"), self.by_edit, required=True)
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(
            self.days_spin.value(), self.reason_edit.text(), self.by_edit.text()), "reason")



class SwapDialog(QDialog):
    """A swap: who gives the duty, who takes it, and why."""

    def __init__(self, on_duty: list[tuple[str, str]], officers: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("swap_dialog")
        self.setWindowTitle(self.tr("Swap a duty"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.from_combo = QComboBox(objectName="swap_from_combo")
        for login, name in on_duty:
            self.from_combo.addItem(f"{name}（{login}）", login)
        self.to_combo = QComboBox(objectName="swap_to_combo")
        for login, name in officers:
            self.to_combo.addItem(f"{name}（{login}）", login)
        self.reason_edit = QLineEdit(objectName="swap_reason_edit")
        self.fields.add("from", self.tr("Gives the duty"), self.from_combo, required=True)
        self.fields.add("to", self.tr("Takes it"), self.to_combo, required=True)
        self.fields.add("reason", self.tr("Reason"), self.reason_edit, required=True)
        layout.addLayout(form)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Record the swap"),
                                             self.tr("Cancel"), self.on_accept)
        layout.addWidget(box)

    def on_accept(self) -> None:
        submit(self, self.fields, lambda: self.call and self.call(
            self.from_combo.currentData(), self.to_combo.currentData(),
            self.reason_edit.text()), "reason")


class PatternsDialog(QDialog):
    """The station's shifts: code, name and hours (a night shift ends the next morning)."""

    def __init__(self, patterns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patterns_dialog")
        self.setWindowTitle(self.tr("Shift hours"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, objectName="patterns_table")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"),
                                              self.tr("Starts"), self.tr("Ends")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for p in patterns:
            self.add_row(p.code, p.name, p.start, p.end)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(icon("mdi6.plus"), self.tr("Add a shift"), objectName="add_pattern")
        remove = QPushButton(icon("mdi6.minus"), self.tr("Remove the shift"),
                             objectName="remove_pattern")
        add.clicked.connect(lambda: self.add_row("", "", "08:00", "20:00"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout.addLayout(row)
        self.message = QLabel(objectName="field_error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.call = None
        box, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"),
                                             self.on_accept)
        layout.addWidget(box)

    def add_row(self, *values: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, value in enumerate(values):
            self.table.setItem(r, c, QTableWidgetItem(value))

    def patterns(self):
        from rescue_desk.domain.duty import ShiftPattern

        out = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text().strip() if self.table.item(r, c) else "")
                     for c in range(4)]
            out.append(ShiftPattern(*cells))
        return out

    def on_accept(self) -> None:
        self.message.clear()
        try:
            if self.call is not None:
                self.call(self.patterns())
        except DeskError as error:
            self.message.setText(tr_desk_error(error))
            return
        self.accept()
