"""UI tier: pytest-qt offscreen, Chinese translations installed, QSettings in a temporary folder,
and a demo station database made once per session by the program's own services."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from rescue_desk.services.accounts import AccountService  # noqa: E402
from rescue_desk.services.demo import DEMO_PASSWORD, fill_demo  # noqa: E402
from rescue_desk.services.desk import Desk  # noqa: E402
from rescue_desk.services.maintenance import open_database  # noqa: E402

#: Where the UI tests' clock stands (and when their demo station was made).
NOW = dt.datetime(2026, 11, 28, 21, 5)


class MovableClock:
    """A clock tests can move forward."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture(scope="session")
def qapp_args():
    return ["rescue-desk-tests"]


@pytest.fixture(scope="session", autouse=True)
def _ui_session(qapp, tmp_path_factory):
    from rescue_desk.ui import i18n, theme

    settings_dir = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    QCoreApplication.setOrganizationName("RescueDeskTests")
    QCoreApplication.setApplicationName("Rescue Desk Tests")
    assert i18n.install("zh_CN")
    theme.apply(qapp)
    yield
    i18n.install("zh_CN")


@pytest.fixture(autouse=True)
def _fresh_settings():
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(scope="session")
def demo_template(databases, migrated_template):
    """The demo station of the UI tests (40 people, seed 7), made once."""

    def build(url: str) -> None:
        # Made at the moment the tests' clock stands, not at the machine's date, so that what
        # the demo wrote last (tonight's shift log) is tonight for the pages too.
        desk = Desk(open_database(url), clock=MovableClock(NOW))
        fill_demo(desk, people=40, seed=7)
        desk.db.dispose()

    return databases.template("ui_demo", build, base=migrated_template)


@pytest.fixture
def clock():
    return MovableClock(NOW)


@pytest.fixture
def demo_desk(demo_template, new_database, clock):
    """A desk on a copy of the demo station, logged in as its administrator."""
    desk = Desk(open_database(new_database(demo_template, "demo")), clock=clock)
    AccountService(desk).login("admin", DEMO_PASSWORD)
    yield desk
    desk.db.dispose()


@pytest.fixture
def empty_desk(migrated_template, new_database, clock):
    """A desk on a freshly migrated database with no station."""
    desk = Desk(open_database(new_database(migrated_template, "new")), clock=clock)
    yield desk
    desk.db.dispose()


@pytest.fixture(autouse=True)
def _no_modal_print_dialogs(monkeypatch):
    """A print preview or print dialog would wait for a click forever: fail instead."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    def refuse(self, *args):
        raise AssertionError("a modal print dialog was opened; monkeypatch print_pdf in the test")

    monkeypatch.setattr(QPrintPreviewDialog, "exec", refuse)
    monkeypatch.setattr(QPrintDialog, "exec", refuse)
