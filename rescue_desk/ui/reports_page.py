"""Reports (统计报表): the monthly report on screen, every figure traceable — choosing a figure
lists the stays behind it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.reports import Figure, MonthlyReport
from rescue_desk.domain.roles import Permission
from rescue_desk.services.reports import ReportService
from rescue_desk.ui.i18n import tr_desk_error

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1


#: Printed names of the report's rows (context ``ReportsPage``).
ROWS = {
    "M": QT_TRANSLATE_NOOP("ReportsPage", "Men"),
    "F": QT_TRANSLATE_NOOP("ReportsPage", "Women"),
    "unknown": QT_TRANSLATE_NOOP("ReportsPage", "Not known"),
    "healthy": QT_TRANSLATE_NOOP("ReportsPage", "Healthy"),
    "critical": QT_TRANSLATE_NOOP("ReportsPage", "Critically ill"),
    "mental": QT_TRANSLATE_NOOP("ReportsPage", "Mental disorder"),
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
    "hk_macao_taiwan": QT_TRANSLATE_NOOP("ReportsPage", "Hong Kong, Macao, Taiwan residents"),
    "foreigners": QT_TRANSLATE_NOOP("ReportsPage", "Foreigners"),
    "minors": QT_TRANSLATE_NOOP("ReportsPage", "Minors"),
}


def row_names() -> dict[str, str]:
    return {key: QCoreApplication.translate("ReportsPage", text) for key, text in ROWS.items()}


class ReportsPage(QWidget):
    """The monthly report with traceable figures."""

    open_stay_requested = Signal(str)

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self.desk = desk
        self.service = ReportService(desk)
        self.title = self.tr("Reports")
        self.allowed = desk.require().may(Permission.REPORTS)
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        self.month_edit = QDateEdit(objectName="month_edit")
        self.month_edit.setDisplayFormat("yyyy-MM")
        today = desk.now().date()
        self.month_edit.setDate(QDate(today.year, today.month, 1))
        bar.addWidget(self.month_edit)
        self.summary = QLabel(objectName="report_summary")
        self.summary.setWordWrap(True)
        bar.addWidget(self.summary, 1)
        outer.addLayout(bar)
        hint = QLabel(self.tr(
            "A stay counts in a month when the person was admitted and in the station at some "
            "moment of it; 人次 counts stays, 人数 people. Choose a figure to see the stays "
            "behind it. The monthly form, the winter campaign report, exports and charts come "
            "in the next version."), objectName="hint")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 3, objectName="report_table")
        self.table.setHorizontalHeaderLabels([self.tr("Breakdown"), self.tr("Row"),
                                              self.tr("人次")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        split.addWidget(self.table)
        right = QWidget()
        r_layout = QVBoxLayout(right)
        r_layout.setContentsMargins(0, 0, 0, 0)
        self.behind_label = QLabel(self.tr("Stays behind the figure"), objectName="hint")
        self.behind_list = QListWidget(objectName="behind_list")
        r_layout.addWidget(self.behind_label)
        r_layout.addWidget(self.behind_list)
        split.addWidget(right)
        split.setSizes([640, 360])
        outer.addWidget(split, 1)
        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        self.table.itemSelectionChanged.connect(self.on_figure)
        self.behind_list.itemDoubleClicked.connect(
            lambda item: self.open_stay_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.cases: dict[int, str] = {}
        self.reload()

    def reload(self) -> None:
        self.table.setRowCount(0)
        self.behind_list.clear()
        if not self.allowed:
            self.summary.setText(self.tr("Reports are for leaders on duty and administrators."))
            return
        day = self.month_edit.date().toPython()
        try:
            report = self.service.monthly(day.year, day.month)
            self.cases = self.service.case_numbers()
        except DeskError as error:
            self.summary.setText(tr_desk_error(error))
            return
        self.show_report(report)

    def show_report(self, report: MonthlyReport) -> None:
        average = "—" if report.average_days is None else f"{report.average_days:.1f}"
        self.summary.setText(self.tr(
            "{first} to {last}: {visits} stays (人次), {people} people (人数); average days "
            "in station of those who left: {days}.").format(
            first=report.first.isoformat(), last=report.last.isoformat(),
            visits=report.visits.value, people=report.people, days=average))
        names = row_names()
        rows: list[tuple[str, str, Figure]] = [(self.tr("Total"), self.tr("Stays (人次)"),
                                                report.visits)]
        for title, group in ((self.tr("Sex"), report.by_sex), (self.tr("Age"), report.by_age),
                             (self.tr("Health"), report.by_health),
                             (self.tr("Origin"), report.by_origin),
                             (self.tr("Departure"), report.by_departure),
                             (self.tr("Special groups"), report.special)):
            for key, figure in group.items():
                rows.append((title, names.get(key, key), figure))
        self.table.setRowCount(len(rows))
        for r, (title, name, figure) in enumerate(rows):
            for c, text in enumerate((title, name, str(figure.value))):
                item = QTableWidgetItem(text)
                item.setData(FIGURE_ROLE, figure)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def on_figure(self) -> None:
        self.behind_list.clear()
        items = self.table.selectedItems()
        if not items:
            return
        figure: Figure = items[0].data(FIGURE_ROLE)
        for stay_id in figure.stays:
            case_no = self.cases.get(stay_id, str(stay_id))
            self.behind_list.addItem(case_no)
            self.behind_list.item(self.behind_list.count() - 1).setData(
                Qt.ItemDataRole.UserRole, case_no)
        self.behind_label.setText(self.tr("Stays behind the figure: {n}").format(
            n=len(figure.stays)))
