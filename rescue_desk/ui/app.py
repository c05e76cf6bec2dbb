"""Starting the desk: the application, language and font, the database (migrated, with a clear
message when it cannot be opened), first-start set-up, login, the main window, the idle lock,
and one calm dialog for anything unexpected."""

from __future__ import annotations

import logging
import logging.handlers
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from rescue_desk import __version__
from rescue_desk.domain.errors import DeskError
from rescue_desk.paths import database_url, log_dir
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import open_database
from rescue_desk.ui import i18n, theme
from rescue_desk.ui.dialogs import LoginDialog, SetupDialog

log = logging.getLogger("rescue_desk")
#: People registered on the throw-away demo station of ``--demo``.
DEMO_PEOPLE = 120


def setup_logging(home: str | None) -> Path:
    folder = log_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "rescue-desk.log"
    handler = logging.handlers.RotatingFileHandler(file, maxBytes=2_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return file


class DeskApp:
    """The running desk: one database, one officer at a time, one main window."""

    def __init__(self, app: QApplication, desk: Desk, *, demo_login: str | None = None) -> None:
        self.app = app
        self.desk = desk
        self.demo_login = demo_login
        self.window = None
        self.idle = None
        self.idle_timer = QTimer()
        self.idle_timer.setInterval(15_000)
        self.idle_timer.timeout.connect(self.check_idle)
        self.locked = False

    def station_name(self) -> str:
        info = AccountService(self.desk).station()
        return info.name if info else ""

    def login_hint(self) -> str:
        if self.demo_login:
            return QCoreApplication.translate(
                "DeskApp", "Demo station: every officer's password is demo1234 (e.g. admin).")
        return ""

    def start(self) -> bool:
        """Set up (first start), log in, and show the main window; False when the user quits."""
        accounts = AccountService(self.desk)
        if accounts.station() is None:
            setup = SetupDialog(self.desk)
            if not setup.exec():
                return False
        elif self.demo_login:
            from rescue_desk.services.demo import DEMO_PASSWORD

            accounts.login(self.demo_login, DEMO_PASSWORD)
        if self.desk.officer is None:
            login = LoginDialog(self.desk, self.station_name(), hint=self.login_hint())
            if not login.exec():
                return False
        from rescue_desk.ui.main_window import IdleWatcher

        self.idle = IdleWatcher(self.desk.now)
        self.app.installEventFilter(self.idle)
        self.idle_timer.start()
        self.show_main()
        return True

    def show_main(self, page: str | None = None) -> None:
        from rescue_desk.ui.main_window import MainWindow

        old = self.window
        if old is not None:
            page = page or old.current_page_key()
            old.save_state()
        self.window = MainWindow(self.desk)
        self.window.language_changed.connect(self.on_language_changed)
        self.window.scale_changed.connect(self.on_scale_changed)
        self.window.lock_requested.connect(self.lock)
        self.window.logout_requested.connect(self.logout)
        if page:
            self.window.show_page(page)
        self.window.show()
        if old is not None:
            old.hide()
            old.deleteLater()

    def on_language_changed(self, language: str) -> None:
        i18n.install(language)
        self.show_main("settings")

    def on_scale_changed(self, scale: float) -> None:
        theme.apply(self.app, scale)

    def check_idle(self) -> None:
        if self.locked or self.window is None or self.idle is None:
            return
        minutes = self.window.idle_lock_minutes()
        if self.idle.idle_for().total_seconds() >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Hide the pages and ask for a login; another officer may take over."""
        if self.locked or self.window is None:
            return
        self.locked = True
        previous = self.desk.officer
        self.window.hide_contents()
        try:
            dialog = LoginDialog(self.desk, self.station_name(), self.window, locked_by=previous,
                                 hint=self.login_hint())
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.locked = False
        if not accepted:
            self.window.close()
            self.app.quit()
            return
        if self.idle is not None:
            self.idle.last_input = self.desk.now()
        if previous is None or dialog.officer is None or dialog.officer.id != previous.id:
            self.show_main()
        else:
            self.window.show_contents()

    def logout(self) -> None:
        AccountService(self.desk).logout()
        self.lock()


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName("RescueDesk")
    QCoreApplication.setApplicationName("Rescue Desk")
    QCoreApplication.setApplicationVersion(__version__)
    return app


def show_error(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("DeskApp", "Rescue Desk"), message)
    box.exec()


def install_excepthook(log_file: Path) -> None:
    def hook(kind, value, tb):
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if isinstance(value, DeskError):
            show_error(i18n.tr_desk_error(value))
            return
        show_error(QCoreApplication.translate(
            "DeskApp", "Something went wrong that the desk did not expect. It is written in "
            "the log file {file}. What you were doing may not have been saved: please check "
            "it and try again.").format(file=log_file))

    sys.excepthook = hook


def start_language(app: QApplication, requested: str | None) -> str:
    """Install the language asked for on the command line, else this PC's choice, else Chinese."""
    language = i18n.choose_language(requested or QSettings().value("language") or None)
    i18n.install(language)
    return language


def run(app: QApplication, args) -> int:
    """Open the desk (``rescue-desk`` with no command) with parsed command-line ``args``."""
    settings = QSettings()
    theme.apply(app, float(settings.value("font_scale", 1.0)))
    log_file = setup_logging(args.home)
    install_excepthook(log_file)

    demo_login = None
    folder = None
    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="rescue-desk-demo-"))
        url = "sqlite:///" + str(folder / "demo.db")
    else:
        url = database_url(args.db, args.home)
    try:
        db = open_database(url)
    except DeskError as error:
        show_error(i18n.tr_desk_error(error))
        return 1
    desk = Desk(db)
    if args.demo:
        from PySide6.QtWidgets import QProgressDialog

        from rescue_desk.services.demo import fill_demo

        wait = QProgressDialog(QCoreApplication.translate(
            "DeskApp", "Making the demo station: people, beds, departures and a month of "
                       "duty. This takes about half a minute…"), "", 0, 0)
        wait.setCancelButton(None)
        wait.setWindowTitle("Rescue Desk")
        wait.setMinimumDuration(0)
        wait.show()
        app.processEvents()
        try:
            fill_demo(desk, people=DEMO_PEOPLE)
        finally:
            wait.close()
        desk.officer = None
        demo_login = "admin"
    log.info("Rescue Desk %s opened %s", __version__, db.display_name())
    controller = DeskApp(app, desk, demo_login=demo_login)
    try:
        if not controller.start():
            return 0
        code = app.exec()
        AccountService(desk).logout()
        return code
    finally:
        db.dispose()
        if folder is not None:  # the demo database is thrown away
            shutil.rmtree(folder, ignore_errors=True)
