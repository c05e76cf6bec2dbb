"""The people page: its lazy model (model tester, a bounded block cache), the count, the
filters, opening a person, and the presence roll."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from sqlalchemy import text

from rescue_desk.domain.intake import StayStatus
from rescue_desk.services.people import PeopleFilter, PeopleService
from rescue_desk.ui.models import ROW_ROLE
from rescue_desk.ui.people_page import PeoplePage, PeopleTableModel


def make_page(qtbot, desk) -> PeoplePage:
    """The page as the main window shows it: built, shown, and reloaded."""
    page = PeoplePage(desk)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.reload()
    return page


def add_people(db, n: int) -> None:
    """``n`` more people written straight into the database (quick; no stays)."""
    at = dt.datetime(2026, 1, 1)
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO person (name, alias, sex, ethnicity, birth_year, age_basis, id_type, "
            "id_number, id_tail, id_warning_reason, hukou_place, residence, welfare, phone, "
            "build, marks, clothing, dialect, vagrancy_reason, vagrancy_length, "
            "vagrancy_history, contacts, needs, fingerprints_taken, created_at, updated_at) "
            "VALUES (:name, '', 'M', '', 1980, 'estimated', 'none', '', '', '', '', '', "
            "'unknown', '', '', '', '', '', '', '', '', '[]', '', :no, :at, :at)"),
            [{"name": f"测试{i}", "no": False, "at": at} for i in range(n)])


def test_model_passes_the_model_tester(qtmodeltester, demo_desk):
    service = PeopleService(demo_desk)
    model = PeopleTableModel(service, block_size=7, max_blocks=3)
    model.set_list(service.open())
    qtmodeltester.check(model)
    assert model.rowCount() == service.count() > 20
    row = model.index(0, 0).data(ROW_ROLE)
    assert row.name == model.index(0, PeopleTableModel.Column.NAME).data()


def test_every_row_of_a_few_thousand_is_read_with_a_bounded_cache(demo_desk):
    """GIVEN 3,000 more people WHEN every row is read top to bottom THEN no more than the
    allowed blocks are ever kept, each block is read once, and the rows are newest first."""
    add_people(demo_desk.db, 3000)
    service = PeopleService(demo_desk)
    model = PeopleTableModel(service, block_size=100, max_blocks=4)
    model.set_list(service.open())
    total = model.rowCount()
    assert total > 3000
    previous = None
    for row in range(total):
        person = model.index(row, 0).data(ROW_ROLE)
        assert person is not None and model.cached_blocks() <= 4
        assert previous is None or person.person_id < previous
        previous = person.person_id
    assert model.reads == -(-total // 100)
    model.index(0, 0).data()  # back to the top: read again, the cache still bounded
    assert model.reads == -(-total // 100) + 1 and model.cached_blocks() <= 4


def test_the_page_shows_the_count(qtbot, demo_desk):
    page = make_page(qtbot, demo_desk)
    counts = PeopleService(demo_desk).counts()
    assert page.title == "受助人员" or page.title == "People"
    assert QLocale().toString(counts[PeopleFilter.ALL]) in page.count_label.text()
    assert page.model.rowCount() == counts[PeopleFilter.ALL]
    for key, button in page.filter_buttons.items():
        assert f"{counts[key]}" in button.text()


def test_a_page_reads_nothing_until_shown_and_then_once(qtbot, demo_desk):
    page = PeoplePage(demo_desk)
    qtbot.addWidget(page)
    assert not page.loaded and page.model.rowCount() == 0
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    assert page.model.rowCount() == PeopleService(demo_desk).count() > 0


def test_the_filter_changes_the_rows(qtbot, demo_desk):
    page = make_page(qtbot, demo_desk)
    counts = PeopleService(demo_desk).counts()
    page.filter_buttons[PeopleFilter.IN_STATION].click()
    assert page.current_filter() == PeopleFilter.IN_STATION
    assert page.model.rowCount() == counts[PeopleFilter.IN_STATION] > 0
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert all(r.status != StayStatus.CLOSED.value for r in rows)
    page.filter_buttons[PeopleFilter.UNIDENTIFIED].click()
    assert page.model.rowCount() == counts[PeopleFilter.UNIDENTIFIED]
    assert all(page.model.row_at(r).name.startswith("无名氏")
               for r in range(page.model.rowCount()))
    page.reload()  # the filter stays as chosen
    assert page.current_filter() == PeopleFilter.UNIDENTIFIED


def test_double_click_or_enter_asks_to_open_the_person(qtbot, demo_desk):
    page = make_page(qtbot, demo_desk)
    view = page.table
    first = page.model.row_at(0).person_id
    rect = view.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_person_requested) as signal:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [first]
    view.setFocus()
    view.setCurrentIndex(page.model.index(1, 0))
    with qtbot.waitSignal(page.open_person_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [page.model.row_at(1).person_id]


def test_status_is_said_in_words(qtbot, demo_desk):
    page = make_page(qtbot, demo_desk)
    column = PeopleTableModel.Column.STATUS
    texts = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert all(texts) and any(t.startswith("在站") or t.startswith("In station") for t in texts)


def test_an_empty_station_says_what_the_page_is_for(qtbot, station_desk):
    page = make_page(qtbot, station_desk)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty_state(PeopleFilter.ALL)


def test_presence_roll_in_one_click(qtbot, demo_desk, monkeypatch):
    from rescue_desk.ui import printing

    printed = []
    monkeypatch.setattr(printing, "print_pdf",
                        lambda parent, data, name: printed.append((data, name)) or True)
    page = make_page(qtbot, demo_desk)
    page.roll_button.click()
    assert len(printed) == 1 and printed[0][0].startswith(b"%PDF")
    assert printed[0][1].startswith("roll-")


def test_a_larger_text_size_makes_rows_taller(qtbot, qapp, demo_desk):
    """GIVEN the page WHEN the desk's text size setting grows THEN rows grow with it."""
    from rescue_desk.ui import theme

    theme.apply(qapp)  # the usual size, whatever an earlier test left
    page = make_page(qtbot, demo_desk)
    qapp.processEvents()
    before = page.table.verticalHeader().defaultSectionSize()
    try:
        theme.apply(qapp, 1.5)
        qapp.processEvents()
        assert page.table.verticalHeader().defaultSectionSize() > before
        assert page.delegate.fm.height() == page.table.fontMetrics().height()
    finally:
        theme.apply(qapp)


def test_a_block_that_cannot_be_read_shows_blank_and_says_so(qtbot, demo_desk, monkeypatch):
    """GIVEN the database busy WHEN a row is asked for THEN the cell is blank, the failure is
    signalled once, and the block is tried again when the list is read again."""
    from rescue_desk.domain.errors import DatabaseBusy

    service = PeopleService(demo_desk)
    model = PeopleTableModel(service)
    model.set_list(service.open())
    real = service.rows

    def busy(*args, **kwargs):
        raise DatabaseBusy()

    monkeypatch.setattr(service, "rows", busy)
    with qtbot.waitSignal(model.load_failed) as failed:
        assert model.index(0, 0).data() is None
    assert isinstance(failed.args[0], DatabaseBusy)
    assert model.index(1, 0).data() is None and model.reads == 0
    monkeypatch.setattr(service, "rows", real)
    model.set_list(service.open())
    assert model.index(0, 0).data() and model.reads == 1


def test_a_failed_read_is_a_note_for_the_status_bar(qtbot, demo_desk, monkeypatch):
    from rescue_desk.domain.errors import DatabaseBusy

    page = make_page(qtbot, demo_desk)

    def busy(*args, **kwargs):
        raise DatabaseBusy()

    monkeypatch.setattr(page.service, "overview", busy)
    with qtbot.waitSignal(page.status_message) as note:
        page.reload()
    assert note.args[0]
