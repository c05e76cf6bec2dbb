"""Reports (统计报表): the monthly report, the daily occupancy sheet and the winter campaign
report on screen, with charts; every figure traceable — choosing a figure, a bar or a day lists
the stays (or patrols, calls, handouts) behind it. Exports to PDF and XLSX carry figures only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.intake import SOURCE_LABELS, Source
from rescue_desk.domain.reports import (
    CAMPAIGN_ROWS,
    UNKNOWN,
    Figure,
    MonthlyReport,
    OccupancyDay,
    arrivals_by_source,
    campaign_lines,
    departures_by_type,
    month_bounds,
    monthly_lines,
    week_of,
)
from rescue_desk.domain.roles import Permission
from rescue_desk.services.reports import CampaignReports, ReportService
from rescue_desk.ui import printing
from rescue_desk.ui.charts import BarChart, LineChart
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.widgets import read_only_table

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1


#: Names of the report's sections and rows (context ``ReportsPage``).
SECTIONS = {
    "total": QT_TRANSLATE_NOOP("ReportsPage", "Total"),
    "sex": QT_TRANSLATE_NOOP("ReportsPage", "Sex"),
    "age": QT_TRANSLATE_NOOP("ReportsPage", "Age"),
    "health": QT_TRANSLATE_NOOP("ReportsPage", "Health"),
    "origin": QT_TRANSLATE_NOOP("ReportsPage", "Origin"),
    "departure": QT_TRANSLATE_NOOP("ReportsPage", "Departure"),
    "relief": QT_TRANSLATE_NOOP("ReportsPage", "Relief type"),
    "special": QT_TRANSLATE_NOOP("ReportsPage", "Special groups"),
}
ROWS = {
    "visits": QT_TRANSLATE_NOOP("ReportsPage", "Stays (人次)"),
    "people": QT_TRANSLATE_NOOP("ReportsPage", "People (人数)"),
    "M": QT_TRANSLATE_NOOP("ReportsPage", "Men"),
    "F": QT_TRANSLATE_NOOP("ReportsPage", "Women"),
    "unknown": QT_TRANSLATE_NOOP("ReportsPage", "Not known"),
    "healthy": QT_TRANSLATE_NOOP("ReportsPage", "Healthy"),
    "critical": QT_TRANSLATE_NOOP("ReportsPage", "Critically ill"),
    "mental": QT_TRANSLATE_NOOP("ReportsPage", "Mental disorder"),
    "dementia": QT_TRANSLATE_NOOP("ReportsPage", "Dementia or intellectual disability"),
    "disability": QT_TRANSLATE_NOOP("ReportsPage", "Disability"),
    "ill": QT_TRANSLATE_NOOP("ReportsPage", "Injured or ill"),
    "this": QT_TRANSLATE_NOOP("ReportsPage", "This province"),
    "other": QT_TRANSLATE_NOOP("ReportsPage", "Other province"),
    "placed": QT_TRANSLATE_NOOP("ReportsPage", "Placed"),
    "voucher": QT_TRANSLATE_NOOP("ReportsPage", "Travel voucher"),
    "went_home": QT_TRANSLATE_NOOP("ReportsPage", "Left on own request"),
    "collected": QT_TRANSLATE_NOOP("ReportsPage", "Collected"),
    "escorted": QT_TRANSLATE_NOOP("ReportsPage", "Escorted"),
    "ended": QT_TRANSLATE_NOOP("ReportsPage", "Relief ended"),
    "absconded": QT_TRANSLATE_NOOP("ReportsPage", "Left without formalities"),
    "death": QT_TRANSLATE_NOOP("ReportsPage", "Death"),
    "still_in_station": QT_TRANSLATE_NOOP("ReportsPage", "Still in station"),
    "escorted_cross_province": QT_TRANSLATE_NOOP("ReportsPage",
                                                 "Escorted, of which cross-province"),
    "collected_cross_province": QT_TRANSLATE_NOOP("ReportsPage",
                                                  "Collected, of which cross-province"),
    "living": QT_TRANSLATE_NOOP("ReportsPage", "Living support"),
    "medical": QT_TRANSLATE_NOOP("ReportsPage", "Medical"),
    "return_home": QT_TRANSLATE_NOOP("ReportsPage", "Return home"),
    "placement": QT_TRANSLATE_NOOP("ReportsPage", "Temporary placement"),
    "other_relief": QT_TRANSLATE_NOOP("ReportsPage", "Other (supplies)"),
    "trafficking": QT_TRANSLATE_NOOP("ReportsPage", "Trafficking victims"),
    "domestic_violence": QT_TRANSLATE_NOOP("ReportsPage", "Domestic-violence victims"),
    "left_behind": QT_TRANSLATE_NOOP("ReportsPage", "Left-behind children"),
    "hk_macao_taiwan": QT_TRANSLATE_NOOP("ReportsPage", "Hong Kong, Macao, Taiwan residents"),
    "foreigners": QT_TRANSLATE_NOOP("ReportsPage", "Foreigners"),
    "minors": QT_TRANSLATE_NOOP("ReportsPage", "Minors"),
    # the same key in another section means something else
    "departure.other": QT_TRANSLATE_NOOP("ReportsPage", "Other departure"),
}
CAMPAIGN_NAMES = {
    "patrols": QT_TRANSLATE_NOOP("ReportsPage", "Street patrols"),
    "staff_trips": QT_TRANSLATE_NOOP("ReportsPage", "Staff trips"),
    "vehicle_trips": QT_TRANSLATE_NOOP("ReportsPage", "Vehicle trips"),
    "places": QT_TRANSLATE_NOOP("ReportsPage", "Key places covered"),
    "cold_days": QT_TRANSLATE_NOOP("ReportsPage", "Cold-wave days"),
    "people_found": QT_TRANSLATE_NOOP("ReportsPage", "People found"),
    "brought_in": QT_TRANSLATE_NOOP("ReportsPage", "Brought in"),
    "helped_outside": QT_TRANSLATE_NOOP("ReportsPage", "Refused, helped where they were"),
    "referred": QT_TRANSLATE_NOOP("ReportsPage", "Referred elsewhere"),
    "calls": QT_TRANSLATE_NOOP("ReportsPage", "Hotline calls"),
    "calls_late": QT_TRANSLATE_NOOP("ReportsPage", "of which the team came late"),
    "admitted": QT_TRANSLATE_NOOP("ReportsPage", "Admitted to the station"),
    "escorted_home": QT_TRANSLATE_NOOP("ReportsPage", "Escorted home"),
    "families_found": QT_TRANSLATE_NOOP("ReportsPage", "Families found"),
}

def row_names() -> dict[str, str]:
    return {key: QCoreApplication.translate("ReportsPage", text) for key, text in ROWS.items()}


def row_name(names: dict[str, str], section: str, row: str) -> str:
    """The screen name of a row of ``section`` (a key may mean different things)."""
    return names.get(f"{section}.{row}") or names.get(row, row)


def _right(item: QTableWidgetItem) -> QTableWidgetItem:
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: list[str], name: str) -> QTableWidget:
    """A read-only table of one selected row, the second column (or the only) stretching."""
    table = read_only_table(columns, name)
    table.horizontalHeader().setStretchLastSection(False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for c in range(len(columns)):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1 if len(columns) > 2 else 0, QHeaderView.ResizeMode.Stretch)
    return table


class ReportsPage(QWidget):
    """The monthly report, the daily occupancy sheet and the winter campaign report."""

    open_stay_requested = Signal(str)

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self.desk = desk
        self.service = ReportService(desk)
        self.title = self.tr("Reports")
        self.allowed = desk.require().may(Permission.REPORTS)
        self.monthly_report: MonthlyReport | None = None
        self.days: list[OccupancyDay] = []
        self.campaign_reports: CampaignReports | None = None
        self.beds = 0
        outer = QVBoxLayout(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        self.month_edit = QDateEdit(objectName="month_edit")
        self.month_edit.setDisplayFormat("yyyy-MM")
        today = desk.now().date()
        self.month_edit.setDate(QDate(today.year, today.month, 1))
        bar.addWidget(self.month_edit)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Campaign report")))
        self.weekly_radio = QRadioButton(self.tr("Week of"), objectName="weekly_radio")
        self.monthly_radio = QRadioButton(self.tr("The month"), objectName="campaign_month_radio")
        self.weekly_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.weekly_radio)
        group.addButton(self.monthly_radio)
        self.week_edit = QDateEdit(objectName="week_edit")
        self.week_edit.setDisplayFormat("yyyy-MM-dd")
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setDate(QDate(today.year, today.month, today.day))
        for w in (self.weekly_radio, self.week_edit, self.monthly_radio):
            bar.addWidget(w)
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("Print…"), objectName="report_print_button")
        self.pdf_button = QPushButton(self.tr("Save PDF…"), objectName="report_pdf_button")
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"),
                                       objectName="report_xlsx_button")
        for b in (self.print_button, self.pdf_button, self.xlsx_button):
            bar.addWidget(b)
        outer.addLayout(bar)

        self.summary = QLabel(objectName="report_summary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget(objectName="report_tabs")
        self.tabs.addTab(self._build_monthly(), self.tr("Monthly report"))
        self.tabs.addTab(self._build_occupancy(), self.tr("Daily occupancy"))
        self.tabs.addTab(self._build_campaign(), self.tr("Winter campaign"))
        split.addWidget(self.tabs)
        right = QWidget()
        r_layout = QVBoxLayout(right)
        r_layout.setContentsMargins(0, 0, 0, 0)
        self.behind_label = QLabel(self.tr("Behind the figure"), objectName="hint")
        self.behind_label.setWordWrap(True)
        self.behind_list = QListWidget(objectName="behind_list")
        hint = QLabel(self.tr("Choose a figure, a bar or a day to see what is behind it; "
                              "double-click a case number to open the stay."),
                      objectName="hint")
        hint.setWordWrap(True)
        r_layout.addWidget(self.behind_label)
        r_layout.addWidget(self.behind_list, 1)
        r_layout.addWidget(hint)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 260])
        outer.addWidget(split, 1)

        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        self.week_edit.dateChanged.connect(lambda _d: self.reload_campaign())
        self.weekly_radio.toggled.connect(lambda _on: self.reload_campaign())
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.behind_list.itemDoubleClicked.connect(self._open_behind)
        self.print_button.clicked.connect(lambda: self.export("print"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.reload()

    # -- building -------------------------------------------------------------------------------
    def _build_monthly(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal, objectName="monthly_tab")
        self.table = _table([self.tr("Breakdown"), self.tr("Row"), self.tr("人次")],
                            "report_table")
        self.table.itemSelectionChanged.connect(
            lambda: self._on_table(self.table, self.tr("Stays behind the figure")))
        page.addWidget(self.table)
        charts = QWidget()
        layout = QVBoxLayout(charts)
        layout.setContentsMargins(0, 0, 0, 0)
        self.source_chart = BarChart(objectName="source_chart")
        self.departure_chart = BarChart(objectName="departure_chart")
        for chart in (self.source_chart, self.departure_chart):
            chart.set_empty_text(self.tr("Nothing this month."))
            layout.addWidget(chart)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        page.addWidget(scroll)
        page.setSizes([480, 420])
        self.source_chart.bar_clicked.connect(lambda i: self._on_bar(self.source_bars, i))
        self.departure_chart.bar_clicked.connect(lambda i: self._on_bar(self.departure_bars, i))
        self.source_bars: list[tuple[str, Figure]] = []
        self.departure_bars: list[tuple[str, Figure]] = []
        return page

    def _build_occupancy(self) -> QWidget:
        page = QWidget(objectName="occupancy_tab")
        layout = QVBoxLayout(page)
        self.occupancy_chart = LineChart(objectName="occupancy_chart")
        self.occupancy_chart.setMinimumHeight(220)
        layout.addWidget(self.occupancy_chart)
        self.day_table = _table([self.tr("Day"), self.tr("At 00:00"), self.tr("Arrived"),
                                 self.tr("Left"), self.tr("At 24:00"), self.tr("Beds used")],
                                "day_table")
        self.day_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(1, 6):
            self.day_table.horizontalHeader().setSectionResizeMode(
                c, QHeaderView.ResizeMode.Stretch)
        self.day_table.itemSelectionChanged.connect(self._on_day)
        self.occupancy_chart.point_clicked.connect(self.day_table.selectRow)
        layout.addWidget(self.day_table, 1)
        return page

    def _build_campaign(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal, objectName="campaign_tab")
        self.campaign_table = _table([self.tr("Figure"), self.tr("This period"),
                                      self.tr("Campaign so far")], "campaign_table")
        self.campaign_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.campaign_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.campaign_table.itemSelectionChanged.connect(
            lambda: self._on_table(self.campaign_table, self.tr("Behind the figure")))
        page.addWidget(self.campaign_table)
        self.supply_chart = BarChart(objectName="supply_chart")
        self.supply_chart.set_empty_text(self.tr("No supplies handed out in this period."))
        self.supply_chart.bar_clicked.connect(lambda i: self._on_bar(self.supply_bars, i))
        self.supply_bars: list[tuple[str, Figure]] = []
        holder = QWidget()
        h_layout = QVBoxLayout(holder)
        h_layout.setContentsMargins(0, 0, 0, 0)
        h_layout.addWidget(self.supply_chart)
        h_layout.addStretch(1)
        page.addWidget(holder)
        page.setSizes([520, 380])
        return page

    # -- loading --------------------------------------------------------------------------------
    def _month(self) -> tuple[int, int]:
        day = self.month_edit.date().toPython()
        return day.year, day.month

    def _campaign_period(self) -> tuple[dt.date, dt.date, bool]:
        if self.weekly_radio.isChecked():
            return (*week_of(self.week_edit.date().toPython()), True)
        return (*month_bounds(*self._month()), False)

    def reload(self) -> None:
        self.behind_list.clear()
        for table in (self.table, self.day_table, self.campaign_table):
            table.setRowCount(0)
        for b in (self.print_button, self.pdf_button, self.xlsx_button):
            b.setEnabled(self.allowed)
        if not self.allowed:
            self.summary.setText(self.tr("Reports are for leaders on duty and administrators."))
            return
        year, month = self._month()
        try:
            self.monthly_report = self.service.monthly(year, month)
            self.days = self.service.occupancy(year, month)
            self.beds = self.service.header().beds
        except DeskError as error:
            self.summary.setText(tr_desk_error(error))
            return
        self.show_report(self.monthly_report)
        self.show_occupancy(self.days)
        self.reload_campaign()
        self._tab_changed()

    def reload_campaign(self) -> None:
        if not self.allowed:
            return
        first, last, _weekly = self._campaign_period()
        self.week_edit.setEnabled(self.weekly_radio.isChecked())
        try:
            self.campaign_reports = self.service.campaign(first, last)
        except DeskError as error:
            self.summary.setText(tr_desk_error(error))
            return
        self.show_campaign(self.campaign_reports)
        self._tab_changed()

    def _tab_changed(self) -> None:
        self.behind_list.clear()
        self.behind_label.setText(self.tr("Behind the figure"))
        report = self.monthly_report
        if not self.allowed or report is None:
            return
        tab = self.tabs.currentIndex()
        if tab == 2 and self.campaign_reports is not None:
            first, last, weekly = self._campaign_period()
            season = self.campaign_reports.campaign_first
            text = self.tr("Winter campaign, the week {first} to {last}; “so far” counts from "
                           "{start}.") if weekly else self.tr(
                "Winter campaign, the month {first} to {last}; “so far” counts from {start}.")
            self.summary.setText(text.format(first=first.isoformat(), last=last.isoformat(),
                                             start=(season or first).isoformat()))
        elif tab == 1:
            peak = max((d.at_end.value for d in self.days), default=0)
            self.summary.setText(self.tr(
                "{first} to {last}: at most {peak} in the station at midnight; {beds} beds in "
                "service.").format(first=report.first.isoformat(),
                                   last=self.days[-1].day.isoformat() if self.days
                                   else report.last.isoformat(), peak=peak, beds=self.beds))
        else:
            average = "—" if report.average_days is None else f"{report.average_days:.1f}"
            self.summary.setText(self.tr(
                "{first} to {last}: {visits} stays (人次), {people} people (人数); average days "
                "in station of those who left: {days}. A stay counts when the person was "
                "admitted and in the station at some moment of the month.").format(
                first=report.first.isoformat(), last=report.last.isoformat(),
                visits=report.visits.value, people=report.people, days=average))

    # -- showing --------------------------------------------------------------------------------
    def show_report(self, report: MonthlyReport) -> None:
        names = row_names()
        lines = monthly_lines(report)
        self.table.setRowCount(len(lines) + 1)
        average = "—" if report.average_days is None else f"{report.average_days:.1f}"
        r = 0
        for section, row, figure in lines:
            self._set_row(self.table, r, (
                QCoreApplication.translate("ReportsPage", SECTIONS[section]),
                row_name(names, section, row), str(figure.value)), figure)
            r += 1
            if row == "people":
                self._set_row(self.table, r, (
                    QCoreApplication.translate("ReportsPage", SECTIONS["total"]),
                    self.tr("Average days in station (of those who left)"), average),
                    Figure(0, ()))
                r += 1
        source_names = {s.value: QCoreApplication.translate("Intake", SOURCE_LABELS[s])
                        for s in Source}
        source_names[UNKNOWN] = names["unknown"]
        self.source_bars = [(source_names.get(k, k), figure)
                            for k, figure in arrivals_by_source(report)]
        self.source_chart.set_data(self.tr("Arrivals by source (人次)"),
                                   [(n, f.value) for n, f in self.source_bars])
        self.departure_bars = [(row_name(names, "departure", k), figure)
                               for k, figure in departures_by_type(report)]
        self.departure_chart.set_data(self.tr("Departures by type (人次)"),
                                      [(n, f.value) for n, f in self.departure_bars])

    def show_occupancy(self, days: list[OccupancyDay]) -> None:
        beds = self.beds
        self.occupancy_chart.set_data(
            self.tr("In the station at midnight"),
            [(d.day.strftime("%m-%d"), float(d.at_end.value)) for d in days],
            reference=float(beds) if beds else None,
            reference_label=self.tr("Beds: {n}").format(n=beds))
        self.day_table.setRowCount(len(days))
        for r, d in enumerate(days):
            used = f"{d.at_end.value * 100 / beds:.0f}%" if beds else "—"
            values = (d.day.isoformat(), str(d.at_start), str(d.arrivals.value),
                      str(d.departures.value), str(d.at_end.value), used)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(FIGURE_ROLE, d)
                self.day_table.setItem(r, c, _right(item) if c else item)

    def show_campaign(self, reports: CampaignReports) -> None:
        lines = campaign_lines(reports.period, reports.to_date)
        self.campaign_table.setRowCount(len(lines))
        for r, (row, this, so_far) in enumerate(lines):
            if row.startswith("supply:"):
                name = self.tr("Handed out: {item}").format(item=row.split(":", 1)[1])
            else:
                name = QCoreApplication.translate("ReportsPage", CAMPAIGN_NAMES[row])
            self._set_row(self.campaign_table, r, (name, str(this.value), str(so_far.value)),
                          this)
        assert len(CAMPAIGN_NAMES) == len(CAMPAIGN_ROWS)
        self.supply_bars = list(reports.period.supplies.items())
        self.supply_chart.set_data(self.tr("Supplies handed out in the period"),
                                   [(n, f.value) for n, f in self.supply_bars])

    def _set_row(self, table: QTableWidget, r: int, texts: tuple[str, ...],
                 figure: Figure) -> None:
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(FIGURE_ROLE, figure)
            table.setItem(r, c, _right(item) if c == len(texts) - 1 or (
                table is self.campaign_table and c) else item)

    # -- what is behind a figure ------------------------------------------------------------------
    def _on_table(self, table: QTableWidget, title: str) -> None:
        items = table.selectedItems()
        if items:
            self.show_behind(items[0].data(FIGURE_ROLE), title)

    def _on_bar(self, bars: list[tuple[str, Figure]], index: int) -> None:
        if 0 <= index < len(bars):
            name, figure = bars[index]
            self.show_behind(figure, name)

    def _on_day(self) -> None:
        items = self.day_table.selectedItems()
        if items:
            day: OccupancyDay = items[0].data(FIGURE_ROLE)
            self.show_behind(day.at_end, self.tr("In the station at midnight, {day}").format(
                day=day.day.isoformat()))

    def show_behind(self, figure: Figure, title: str) -> None:
        self.behind_list.clear()
        try:
            cases = self.service.case_numbers(figure.stays)
        except DeskError as error:
            self.behind_label.setText(tr_desk_error(error))
            return
        for stay_id in figure.stays:
            case_no = cases.get(stay_id, str(stay_id))
            item = QListWidgetItem(case_no)
            item.setData(Qt.ItemDataRole.UserRole, case_no)
            self.behind_list.addItem(item)
        for ref in figure.refs:
            self.behind_list.addItem(QListWidgetItem(ref))
        count = len(figure.stays) or len(figure.refs)
        self.behind_label.setText(self.tr("{title}: {n}").format(title=title, n=count))

    def _open_behind(self, item: QListWidgetItem) -> None:
        case_no = item.data(Qt.ItemDataRole.UserRole)
        if case_no:
            self.open_stay_requested.emit(case_no)

    # -- exports ------------------------------------------------------------------------------
    def export_data(self, kind: str):
        """The report of the current tab as ``kind`` (pdf or xlsx): a report_forms.Export.
        Raises DeskError (e.g. no CJK font for the PDF)."""
        from rescue_desk.printing import report_forms

        tab = self.tabs.currentIndex()
        report = ("monthly", "occupancy", "campaign")[tab]
        first, _last, weekly = self._campaign_period()
        return report_forms.export(self.service, printing.print_context(self.desk), report,
                                   kind, month=self._month(),
                                   week=first if tab == 2 and weekly else None)

    def export(self, how: str) -> bool:
        """Print, save as PDF or export to Excel the report on the current tab."""
        try:
            result = self.export_data("xlsx" if how == "xlsx" else "pdf")
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Not exported"), tr_desk_error(error))
            return False
        if how == "print":
            done = printing.print_pdf(self, result.data, result.name)
        elif how == "pdf":
            done = printing.save_pdf(self, result.data, result.name) is not None
        else:
            done = printing.save_xlsx(self, result.data, result.name) is not None
        if done:
            self.service.note_exported(result.report, result.period, how)
        return done
