"""The main window on a demo station: every page, the status bar, search and the scanner."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rescue_desk.ui.main_window import MainWindow


def make_window(qtbot, desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window


def test_visits_every_page(qtbot, demo_desk):
    """GIVEN the demo station WHEN each navigation entry is chosen THEN its page shows with its
    title; the people page lists the demo's people."""
    window = make_window(qtbot, demo_desk)
    keys = [window.nav_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(window.nav_list.count())]
    assert keys == ["intake", "people", "security", "beds", "departures", "duty", "outreach",
                    "reports", "settings"]
    for row, key in enumerate(keys):
        window.nav_list.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.page_title.text() == window.nav_list.item(row).text()
    assert window.page_title.text() == "设置"
    window.show_page("people")
    people = window.pages["people"]
    qtbot.waitUntil(lambda: people.model.rowCount() > 0)


def test_demo_station_is_marked(qtbot, demo_desk):
    """GIVEN a demo database WHEN the window opens THEN the title and a band say 演示 DEMO."""
    window = make_window(qtbot, demo_desk)
    assert "演示 DEMO" in window.windowTitle()
    band = window.findChild(type(window.page_title), "demo_band")
    assert band is not None and "演示" in band.text()


def test_status_bar_names_officer_database_and_clock(qtbot, demo_desk):
    """GIVEN an administrator logged in WHEN the window opens THEN the status bar shows who,
    the shift, the database and the desk's clock."""
    window = make_window(qtbot, demo_desk)
    assert "管理员" in window.officer_label.text()
    assert "夜班" in window.shift_label.text() and "带班领导" in window.shift_label.text()
    db = demo_desk.db
    assert (db.file.name if db.file else db.display_name()) in window.database_label.text()
    assert window.database_label.toolTip() == db.display_name()
    assert window.clock_label.text() == "2026-11-28 21:05"


def test_search_box_drops_down_candidates_and_opens_officer(qtbot, demo_desk):
    """GIVEN the demo staff WHEN a clerk types a login prefix and presses Enter THEN candidates
    appear and the first opens on the officers tab, selected."""
    window = make_window(qtbot, demo_desk)
    box = window.search_box
    qtbot.keyClicks(box, "anbao")
    assert len(box.candidates()) == 3
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_page_key() == "settings"
    tab = window.settings_page.officers_tab
    assert window.settings_page.tabs.currentWidget() is tab
    assert tab.selected() is not None and tab.selected().login.startswith("anbao")


def test_scanned_code_opens_its_record(qtbot, demo_desk):
    """GIVEN a scanner that types ``RD:USER:jiedai2`` and Enter WHEN it is scanned into the
    search box THEN exactly that officer opens."""
    window = make_window(qtbot, demo_desk)
    qtbot.keyClicks(window.search_box, "RD:USER:jiedai2")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.settings_page.officers_tab.selected().login == "jiedai2"


def test_search_not_found_says_so(qtbot, demo_desk):
    """GIVEN nothing matches WHEN Enter is pressed THEN the status bar says nothing was found."""
    window = make_window(qtbot, demo_desk)
    qtbot.keyClicks(window.search_box, "nobody-here")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert "没有找到" in window.statusBar().currentMessage()


def test_ctrl_f_focuses_search(qtbot, demo_desk):
    """GIVEN the window WHEN the search action (Ctrl+F) is triggered THEN the box has focus."""
    window = make_window(qtbot, demo_desk)
    window.activateWindow()
    window.search_action.trigger()
    qtbot.waitUntil(lambda: window.search_box.hasFocus() or not window.isActiveWindow())
    assert window.search_action.shortcut().toString() == "Ctrl+F"


def test_last_page_is_remembered(qtbot, demo_desk):
    """GIVEN a window left on the beds page WHEN a new window opens THEN it opens on beds."""
    window = make_window(qtbot, demo_desk)
    window.show_page("beds")
    window.close()
    again = make_window(qtbot, demo_desk)
    assert again.current_page_key() == "beds"


def test_front_desk_officer_sees_no_admin_tabs(qtbot, demo_desk):
    """GIVEN a front-desk officer WHEN the settings page opens THEN there is no officers tab and
    no audit tab, and station details are read-only."""
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.demo import DEMO_PASSWORD

    AccountService(demo_desk).login("jiedai1", DEMO_PASSWORD)
    window = make_window(qtbot, demo_desk)
    page = window.settings_page
    assert page.officers_tab is None and page.audit_tab is None
    assert page.station_tab.station_name_edit.isReadOnly()


def test_status_bar_counts_people_and_beds(qtbot, demo_desk):
    """GIVEN the demo station WHEN the window opens THEN the status bar says how many people
    are in the station and how many beds are in service."""
    from rescue_desk.services.beds import BedService
    from rescue_desk.services.intake import in_station_count

    window = make_window(qtbot, demo_desk)
    _occupied, beds = BedService(demo_desk).occupancy()
    assert window.occupancy_label.text() == f"在站 {in_station_count(demo_desk)} / 床位 {beds}"


def test_a_slip_scanned_on_the_board_or_the_departures_page(qtbot, demo_desk, monkeypatch):
    """GIVEN a person in a bed WHEN their slip is scanned on the bed board THEN their bed is
    shown; on the departures page THEN their departure dialog opens."""
    from rescue_desk.domain.beds import BedState

    window = make_window(qtbot, demo_desk)
    window.show_page("beds")
    tile = next(b for b in window.beds_page.board.beds if b.state == BedState.OCCUPIED)
    qtbot.keyClicks(window.search_box, f"RD:STAY:{tile.case_no}")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.beds_page.current.bed_id == tile.bed_id
    opened = []
    monkeypatch.setattr(window.departures_page, "run_dialog",
                        lambda dialog: opened.append(dialog.case_no) or False)
    window.show_page("departures")
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, f"RD:STAY:{tile.case_no}")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert opened == [tile.case_no]


def test_help_panel_follows_the_page(qtbot, demo_desk):
    """GIVEN the main window WHEN F1's action is triggered THEN the panel says what to do on the
    current page, follows the page chosen, and hides on a second press."""
    window = make_window(qtbot, demo_desk)
    window.show_page("beds")
    window.help_action.trigger()
    assert window.help_panel.isVisible() and window.help_panel.page_key == "beds"
    window.show_page("departures")
    assert window.help_panel.page_key == "departures"
    window.help_action.trigger()
    assert not window.help_panel.isVisible()
