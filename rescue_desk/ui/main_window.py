"""The main window: navigation on the left, the page on the right, search on top, and a status
bar with the officer, shift, database and clock. Locks itself when idle."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.intake import StayStatus
from rescue_desk.domain.roles import Permission
from rescue_desk.services.accounts import AccountService, StationInfo
from rescue_desk.services.beds import BedService
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import IntakeService, in_station_count
from rescue_desk.services.search import SearchHit, SearchService
from rescue_desk.services.settings import SettingsService
from rescue_desk.ui.help import HelpPanel, RoleGuideDialog
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.models import role_names
from rescue_desk.ui.search_box import SearchBox
from rescue_desk.ui.widgets import icon

if TYPE_CHECKING:
    from rescue_desk.ui.stay_dialog import StayDialog


class IdleWatcher(QObject):
    """Notes the time of the last key press or mouse action anywhere in the application."""

    INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                    QEvent.Type.MouseMove}

    def __init__(self, clock) -> None:
        super().__init__()
        self.clock = clock
        self.last_input = clock()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in self.INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def idle_for(self) -> dt.timedelta:
        return self.clock() - self.last_input


class MainWindow(QMainWindow):
    """One main window per logged-in officer; rebuilt when the officer or language changes."""

    language_changed = Signal(str)
    scale_changed = Signal(float)
    lock_requested = Signal()
    logout_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.desk = desk
        self.station: StationInfo | None = AccountService(desk).station()
        self.pages: dict[str, QWidget] = {}
        self.stay_dialog: StayDialog | None = None
        self._build()
        self._build_status_bar()
        self._build_actions()
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self.update_clock)
        self.clock_timer.start(1000)
        self.update_clock()
        self.occupancy_timer = QTimer(self)
        self.occupancy_timer.timeout.connect(self.update_occupancy)
        self.occupancy_timer.start(60_000)
        self.update_occupancy()
        self.restore_state()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        station_name = self.station.name if self.station else ""
        title = self.tr("{station} — Rescue Desk").format(station=station_name)
        if self.is_demo:
            title = "演示 DEMO · " + title
        self.setWindowTitle(title)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if self.is_demo:
            band = QLabel(self.tr("DEMO — a demo station with made-up people; "
                                  "nothing here is real"))
            band.setObjectName("demo_band")
            outer.addWidget(band)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        outer.addLayout(body, 1)

        self.nav_list = QListWidget(objectName="nav_list")
        self.nav_list.setFixedWidth(210)
        self.nav_list.setIconSize(QSize(22, 22))
        self.nav_list.setUniformItemSizes(True)
        body.addWidget(self.nav_list)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        body.addLayout(right, 1)
        top = QFrame(objectName="top_bar")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(16, 8, 16, 8)
        self.page_title = QLabel(objectName="page_title")
        top_layout.addWidget(self.page_title)
        top_layout.addStretch()
        self.search_box = SearchBox(SearchService(self.desk))
        self.search_box.open_requested.connect(self.on_open_hit)
        self.search_box.not_found.connect(self.on_not_found)
        self.help_button = QToolButton(objectName="help_button")
        self.help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        top_layout.addWidget(self.help_button)
        top_layout.addWidget(self.search_box)
        right.addWidget(top)
        self.stack = QStackedWidget(objectName="page_stack")
        page_row = QHBoxLayout()
        page_row.setContentsMargins(0, 0, 0, 0)
        page_row.setSpacing(0)
        page_row.addWidget(self.stack, 1)
        self.help_panel = HelpPanel()
        self.help_panel.hide()
        page_row.addWidget(self.help_panel)
        right.addLayout(page_row, 1)

        for key, icon_name, title in self._page_entries():
            self._add_page(key, icon_name, title)
        self.nav_list.currentRowChanged.connect(self.on_page_changed)
        self.setCentralWidget(central)
        self.nav_list.setCurrentRow(0)

    def _page_entries(self) -> list[tuple[str, str, str]]:
        """The navigation: key, icon and title of every page, in order. Pages are built the
        first time they are shown, so the desk starts with only the first one."""
        translate = QCoreApplication.translate
        return [
            ("intake", "mdi6.account-plus", translate("IntakePage", "Intake")),
            ("people", "mdi6.account-group", translate("PeoplePage", "People")),
            ("security", "mdi6.bag-checked", translate("CustodyPage", "Security & belongings")),
            ("beds", "mdi6.bed", translate("BedsPage", "Beds")),
            ("departures", "mdi6.exit-run", translate("DeparturesPage", "Departures")),
            ("duty", "mdi6.clipboard-clock", translate("DutyPage", "Duty")),
            ("outreach", "mdi6.map-marker-path", translate("OutreachPage", "Outreach")),
            ("reports", "mdi6.chart-box", translate("ReportsPage", "Reports")),
            ("settings", "mdi6.cog", translate("SettingsPage", "Settings")),
        ]

    def _add_page(self, key: str, icon_name: str, title: str) -> None:
        item = QListWidgetItem(icon(icon_name, "#e8eef2"), title)
        item.setSizeHint(QSize(0, 44))
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav_list.addItem(item)
        self.stack.addWidget(QWidget())  # stands in until the page is first shown

    def page(self, key: str) -> QWidget:
        """The page ``key``, built and put in its place in the stack on first use."""
        built = self.pages.get(key)
        if built is not None:
            return built
        row = next(r for r in range(self.nav_list.count())
                   if self.nav_list.item(r).data(Qt.ItemDataRole.UserRole) == key)
        page = self._make_page(key)
        stand_in = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        self.pages[key] = page
        return page

    def _make_page(self, key: str) -> QWidget:  # noqa: C901 - one branch per page
        if key == "intake":
            from rescue_desk.ui.pages.intake_page import IntakePage

            page = IntakePage(self.desk)
            page.status_message.connect(self.on_status_note)
            page.saved.connect(self.update_occupancy)
            page.open_stay_requested.connect(self.open_stay)
        elif key == "people":
            from rescue_desk.ui.people_page import PeoplePage

            page = PeoplePage(self.desk)
            page.open_person_requested.connect(self.open_person)
            page.status_message.connect(self.on_status_note)
        elif key == "security":
            from rescue_desk.ui.custody_page import CustodyPage

            page = CustodyPage(self.desk)
        elif key == "beds":
            from rescue_desk.ui.beds_page import BedsPage

            page = BedsPage(self.desk)
            page.open_stay_requested.connect(self.open_stay)
            page.changed.connect(self.update_occupancy)
            page.departure_requested.connect(self.open_departure)
        elif key == "departures":
            from rescue_desk.ui.departures_page import DeparturesPage

            page = DeparturesPage(self.desk)
            page.changed.connect(self.update_occupancy)
        elif key == "duty":
            from rescue_desk.ui.duty_page import DutyPage

            page = DutyPage(self.desk)
        elif key == "outreach":
            from rescue_desk.ui.outreach_page import OutreachPage

            page = OutreachPage(self.desk)
        elif key == "reports":
            from rescue_desk.ui.reports_page import ReportsPage

            page = ReportsPage(self.desk)
            page.open_stay_requested.connect(self.open_stay)
        elif key == "settings":
            from rescue_desk.ui.pages.settings_page import SettingsPage

            page = SettingsPage(self.desk)
            page.language_changed.connect(self.language_changed)
            page.scale_changed.connect(self.scale_changed)
            page.areas_tab.changed.connect(self.on_layout_changed)
        else:
            raise KeyError(key)
        return page

    def on_layout_changed(self) -> None:
        if "beds" in self.pages:
            self.pages["beds"].reload()

    @property
    def intake_page(self):
        return self.page("intake")

    @property
    def custody_page(self):
        return self.page("security")

    @property
    def beds_page(self):
        return self.page("beds")

    @property
    def departures_page(self):
        return self.page("departures")

    @property
    def duty_page(self):
        return self.page("duty")

    @property
    def outreach_page(self):
        return self.page("outreach")

    @property
    def reports_page(self):
        return self.page("reports")

    @property
    def settings_page(self):
        return self.page("settings")

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        officer = self.desk.require()
        self.officer_label = QLabel(objectName="officer_label")
        self.officer_label.setText(self.tr("Officer: {name} ({roles})").format(
            name=officer.name, roles=role_names(officer.roles)))
        self.shift_label = QLabel(objectName="shift_label")
        self.shift_label.setText(self.tr("Shift: no duty roster yet"))
        self.database_label = QLabel(objectName="database_label")
        file = self.desk.db.file
        self.database_label.setText(self.tr("Database: {db}").format(
            db=file.name if file is not None else self.desk.db.display_name()))
        self.database_label.setToolTip(self.desk.db.display_name())
        self.clock_label = QLabel(objectName="clock_label")
        self.occupancy_label = QLabel(objectName="occupancy_label")
        self.occupancy_label.setToolTip(self.tr("People in the station now (those in hospital "
                                                "or out-of-station care included) and the "
                                                "beds in service"))
        for label in (self.officer_label, self.shift_label, self.occupancy_label,
                      self.database_label):
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.clock_label)

    def _build_actions(self) -> None:
        self.search_action = QAction(self.tr("Search"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.on_focus_search)
        self.addAction(self.search_action)
        self.lock_action = QAction(icon("mdi6.lock"), self.tr("Lock the desk"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.logout_action = QAction(icon("mdi6.logout"), self.tr("Log out"), self)
        self.logout_action.triggered.connect(self.logout_requested)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("About Rescue Desk"), self)
        self.about_action.triggered.connect(self.on_about)
        self.merge_action = QAction(icon("mdi6.account-multiple-check"),
                                    self.tr("Merge two records of one person…"), self)
        self.merge_action.triggered.connect(self.on_merge)
        self.merge_action.setVisible(self.desk.require().may(Permission.MERGE_PEOPLE))
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        desk_menu.addAction(self.search_action)
        desk_menu.addAction(self.lock_action)
        desk_menu.addAction(self.logout_action)
        desk_menu.addSeparator()
        desk_menu.addAction(self.merge_action)
        desk_menu.addSeparator()
        desk_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = QAction(icon("mdi6.lightbulb-on-outline"),
                                   self.tr("What do I do now? (F1)"), self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.setToolTip(self.tr("Show what to do on this page, step by step (F1)"))
        self.help_action.triggered.connect(self.on_help)
        self.addAction(self.help_action)
        self.help_button.setDefaultAction(self.help_action)
        self.roles_action = QAction(self.tr("Guides for each role…"), self)
        self.roles_action.triggered.connect(self.on_role_guides)
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.roles_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    @property
    def is_demo(self) -> bool:
        return bool(self.station and self.station.is_demo)

    # -- state -------------------------------------------------------------------------------
    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = settings.value("main_window/page")
        if last:
            self.show_page(str(last))

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/page", self.current_page_key())

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)

    # -- navigation --------------------------------------------------------------------------
    def current_page_key(self) -> str:
        item = self.nav_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def show_page(self, key: str) -> bool:
        for row in range(self.nav_list.count()):
            if self.nav_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav_list.setCurrentRow(row)
                return True
        return False

    def on_page_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav_list.item(row).data(Qt.ItemDataRole.UserRole)
        built = key in self.pages
        page = self.page(key)
        if key == "people" and built:
            page.reload()  # people registered since it was last shown
        self.stack.setCurrentIndex(row)
        self.page_title.setText(self.nav_list.item(row).text())
        if self.help_panel.isVisible():
            self.help_panel.show_page(key)

    def on_help(self) -> None:
        """Show or hide what to do on the current page."""
        if self.help_panel.isVisible():
            self.help_panel.hide()
        else:
            self.help_panel.show_page(self.current_page_key())

    def on_role_guides(self) -> None:
        RoleGuideDialog(self.desk.require().roles, self).exec()

    def on_focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def on_open_hit(self, hit: SearchHit) -> None:
        if hit.kind == "USER" and self.settings_page.officers_tab is not None:
            self.show_page("settings")
            self.settings_page.tabs.setCurrentWidget(self.settings_page.officers_tab)
            self.settings_page.officers_tab.select_login(hit.key)
            return
        if hit.kind == "STAY":
            if self.current_page_key() == "beds" and self.beds_page.highlight(hit.key):
                return  # a slip scanned at the board shows the bed
            if self.current_page_key() == "departures" and any(
                    case == hit.key for case, _n, _s in self.departures_page.service.in_station()):
                self.departures_page.open_departure(hit.key)  # scanned at the departures desk
                return
            self.open_stay(hit.key)
            return
        if hit.kind == "BAG":
            self.show_page("security")
            self.custody_page.open_bag(hit.key)
            return
        if hit.kind == "PERSON" and hit.key.isdigit():
            self.open_person(int(hit.key))
            return
        self.statusBar().showMessage(f"{hit.title}　{hit.detail}", 8000)

    def on_merge(self) -> None:
        from rescue_desk.ui.merge_dialog import MergeDialog

        if MergeDialog(self.desk, self).exec():
            self.statusBar().showMessage(self.tr("The two records were merged."), 6000)

    def open_stay(self, case_no: str) -> StayDialog | None:
        """Show one stay, read-only, with its forms to print."""
        from rescue_desk.ui.stay_dialog import StayDialog

        try:
            dialog = StayDialog(self.desk, case_no, self)
        except DeskError as error:
            self.statusBar().showMessage(tr_desk_error(error), 8000)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.stay_dialog = dialog
        dialog.open()
        return dialog

    def open_departure(self, case_no: str) -> None:
        """The departure dialog of a stay, on the departures page."""
        self.show_page("departures")
        self.departures_page.open_departure(case_no)
        self.beds_page.reload()

    def open_person(self, person_id: int) -> None:
        """A person found by the search: their stay if they are in the station now, else the
        intake page with them picked, ready for a new stay."""
        intake = IntakeService(self.desk)
        try:
            case_no = intake.latest_case(person_id)
            if case_no and intake.record(case_no).status != StayStatus.CLOSED.value:
                self.open_stay(case_no)
                return
        except DeskError as error:
            self.statusBar().showMessage(tr_desk_error(error), 8000)
            return
        self.show_page("intake")
        self.intake_page.pick_person(person_id)

    def on_status_note(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def update_occupancy(self, *_args) -> None:
        try:
            count = in_station_count(self.desk)
            _occupied, beds = BedService(self.desk).occupancy()
        except DeskError:
            return
        self.occupancy_label.setText(self.tr("In station {n} / beds {beds}").format(
            n=count, beds=beds))

    def on_not_found(self, text: str) -> None:
        self.statusBar().showMessage(self.tr("Nothing found for “{text}”.").format(text=text),
                                     6000)

    def on_about(self) -> None:
        from rescue_desk.ui.about_dialog import AboutDialog

        AboutDialog.show_for(self.desk, self)

    def update_clock(self) -> None:
        now = self.desk.now()
        text = now.strftime("%Y-%m-%d %H:%M")
        if text != self.clock_label.text():
            self.clock_label.setText(text)
            self.update_shift()

    def update_shift(self) -> None:
        """The shift now and its leader on duty, from the roster."""
        from rescue_desk.domain.duty import Post, shift_at
        from rescue_desk.services.duty import DutyService

        duty = DutyService(self.desk)
        try:
            day, pattern = shift_at(duty.patterns(), self.desk.now())
            view = duty.roster(day, day)
        except DeskError:
            return
        leader = "、".join(name for _l, name, _p in view.slots.get(
            (day, pattern.code, Post.LEADER.value), []))
        self.shift_label.setText(self.tr("Shift: {name} {start}–{end} · leader on duty: "
                                         "{leader}").format(
            name=pattern.name, start=pattern.start, end=pattern.end,
            leader=leader or self.tr("not on the roster")))

    def idle_lock_minutes(self) -> int:
        return int(SettingsService(self.desk).get("idle_lock_minutes"))

    def hide_contents(self) -> None:
        """Hide every page (while the desk is locked, others can see the screen)."""
        self.centralWidget().setVisible(False)

    def show_contents(self) -> None:
        self.centralWidget().setVisible(True)

