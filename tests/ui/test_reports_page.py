"""The reports page: the month's figures, each traceable to its stays."""

from __future__ import annotations

from PySide6.QtCore import QDate

from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.services.reports import ReportService
from rescue_desk.ui.reports_page import ReportsPage


def test_a_figure_lists_the_stays_behind_it(qtbot, demo_desk):
    page = ReportsPage(demo_desk)
    qtbot.addWidget(page)
    page.show()
    today = demo_desk.now().date()
    page.month_edit.setDate(QDate(today.year, today.month, 1))
    report = ReportService(demo_desk).monthly(today.year, today.month)
    assert page.table.item(0, 2).text() == str(report.visits.value) and report.visits.value
    assert "人次" in page.summary.text()
    page.table.selectRow(0)
    cases = ReportService(demo_desk).case_numbers()
    listed = [page.behind_list.item(i).text() for i in range(page.behind_list.count())]
    assert listed == [cases[i] for i in report.visits.stays]
    emitted = []
    page.open_stay_requested.connect(emitted.append)
    page.behind_list.itemDoubleClicked.emit(page.behind_list.item(0))
    assert emitted == [listed[0]]


def test_a_clerk_sees_no_figures(qtbot, demo_desk):
    AccountService(demo_desk).login("jiedai1", DEMO_PASSWORD)
    page = ReportsPage(demo_desk)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0 and "带班领导" in page.summary.text()
