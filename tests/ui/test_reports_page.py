"""The reports page: the month's figures, each traceable to its stays."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

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
    cases = ReportService(demo_desk).case_numbers(report.visits.stays)
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


def test_bars_days_and_campaign_figures_are_traceable(qtbot, demo_desk):
    page = ReportsPage(demo_desk)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    report = page.monthly_report
    # a bar of the arrivals chart lists the stays that arrived from that source
    name, figure = page.source_bars[0]
    with qtbot.waitSignal(page.source_chart.bar_clicked):
        qtbot.mouseClick(page.source_chart, Qt.MouseButton.LeftButton,
                         pos=page.source_chart.row_rect(0).center().toPoint())
    assert page.behind_list.count() == figure.value == report.by_source[
        next(k for k in report.by_source if report.by_source[k] is figure)].value
    assert name in page.behind_label.text()
    # a day of the occupancy sheet lists the stays in the station at its midnight
    page.tabs.setCurrentIndex(1)
    last = page.day_table.rowCount() - 1
    page.day_table.selectRow(last)
    assert page.behind_list.count() == page.days[last].at_end.value
    assert page.day_table.item(last, 4).text() == str(page.days[last].at_end.value)
    # the campaign's patrols list the patrols behind the figure
    page.tabs.setCurrentIndex(2)
    page.campaign_table.selectRow(0)
    patrols = page.campaign_reports.period.figures["patrols"]
    assert page.behind_list.count() == patrols.value == len(patrols.refs)
    assert page.campaign_table.item(0, 1).text() == str(patrols.value)


def test_the_export_of_each_tab(qtbot, demo_desk, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from rescue_desk.ui import printing

    page = ReportsPage(demo_desk)
    qtbot.addWidget(page)
    saved = {}

    def save_xlsx(_parent, data, name):
        path = tmp_path / name
        path.write_bytes(data)
        saved[name] = path
        return path

    monkeypatch.setattr(printing, "save_xlsx", save_xlsx)
    for tab, sheet in ((0, "月报表"), (1, "每日在站"), (2, "周报表")):
        page.tabs.setCurrentIndex(tab)
        assert page.export("xlsx")
        path = list(saved.values())[-1]
        assert load_workbook(path).sheetnames[0] == sheet
    assert len(saved) == 3
