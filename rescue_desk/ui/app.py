"""Starting the desk: the application, language and font, the database (migrated, with a clear
message when it cannot be opened, and the newest sound backup offered when it is damaged),
first-start set-up, login, the main window, the idle lock, automatic backups (the day's first
start in the background, and at exit), re-opening after a restore, the log file, and one calm
dialog for anything unexpected."""

from __future__ import annotations

import datetime as dt
import faulthandler
import gc
import io
import logging
import logging.handlers
import os
import platform
import shutil
import sys
import tempfile
import threading
import time
import traceback
import weakref
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from rescue_desk import __version__
from rescue_desk.domain.backups import damaged_name
from rescue_desk.domain.errors import DeskError
from rescue_desk.paths import backup_dir, database_url, log_dir, sqlite_file
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import (
    AutoBackup,
    BackupFile,
    DatabaseNotOpened,
    auto_backup,
    newest_sound_backup,
    open_database,
    restore,
)
from rescue_desk.store.backup import BackupStopped
from rescue_desk.store.db import Database
from rescue_desk.ui import i18n, theme
from rescue_desk.ui.dialogs import LoginDialog
from rescue_desk.ui.hooks import hooks
from rescue_desk.ui.pages.backups_tab import kind_text, widen
from rescue_desk.ui.workers import Task, run_with_progress, wait_with_progress

log = logging.getLogger("rescue_desk")
#: The desk's icon (title bars, the task bar); installers carry their own copies.
APP_ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "rescue-desk.svg"
#: People registered on the throw-away demo station of ``--demo``.
DEMO_PEOPLE = 120


#: The log file: rotated at LOG_BYTES, with LOG_FILES older files kept beside it.
LOG_NAME = "rescue-desk.log"
LOG_BYTES = 2_000_000
LOG_FILES = 5
#: Where Python writes the stacks of every thread should the process crash hard (in Qt, say).
CRASH_NAME = "crash.log"
_log_handler: logging.Handler | None = None
_crash_stream = None


def setup_logging(home: str | None) -> Path:
    """Log to a rotating file in the data folder's ``logs`` (LOG_FILES × LOG_BYTES at most):
    Python's logging, Qt's warnings, exceptions in other threads and, for a hard crash, the
    stacks of every thread (``crash.log``). Calling it again replaces the handler."""
    global _log_handler, _crash_stream
    folder = log_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / LOG_NAME
    root = logging.getLogger()
    if _log_handler is not None:
        root.removeHandler(_log_handler)
        _log_handler.close()
    handler = logging.handlers.RotatingFileHandler(file, maxBytes=LOG_BYTES,
                                                   backupCount=LOG_FILES, encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _log_handler = handler
    qInstallMessageHandler(_qt_message)
    threading.excepthook = _thread_exception
    try:
        if _crash_stream is not None:
            _crash_stream.close()
        _crash_stream = (folder / CRASH_NAME).open("a", encoding="utf-8")
        faulthandler.enable(_crash_stream)
    except OSError:
        _crash_stream = None
    return file


def _qt_message(kind, context, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def _thread_exception(args) -> None:
    log.error("Unexpected error in thread %s:\n%s", getattr(args.thread, "name", "?"),
              "".join(traceback.format_exception(args.exc_type, args.exc_value,
                                                 args.exc_traceback)))


def startup_facts() -> str:
    """One log line with the versions a support call asks for first."""
    import PySide6
    from PySide6.QtCore import qVersion

    from rescue_desk.services.maintenance import versions

    parts = [f"{name} {version}" for name, version in versions()]
    parts[2:2] = [f"Qt {qVersion()}", f"PySide6 {PySide6.__version__}"]
    return ", ".join(parts) + f"; {platform.platform()}"


def _on_database_restored(desk: Desk, saved) -> None:
    for running in list(_running):
        running.on_database_restored(desk, saved)


#: The DeskApps that hear of a restore (held weakly: a DeskApp lives as long as its caller
#: keeps it).
_running: weakref.WeakSet[DeskApp] = weakref.WeakSet()
_running_hooked: list[bool] = []


class DeskApp:
    """The running desk: one database, one officer at a time, one main window."""

    #: Milliseconds between showing the main window and starting the day's first backup, so
    #: that the first page reads the database before the backup does.
    BACKUP_DELAY_MS = 5_000
    #: Milliseconds between two looks at whether today's automatic backup is made yet.
    BACKUP_CHECK_MS = 3_600_000

    def __init__(self, app: QApplication, desk: Desk, *, demo_login: str | None = None,
                 auto_backups: bool = False) -> None:
        self.app = app
        self.desk = desk
        self.demo_login = demo_login
        #: Back up at the day's first start (in the background) and at exit.
        self.auto_backups = auto_backups
        self.backup_delay_ms = self.BACKUP_DELAY_MS
        self.backup_task: Task | None = None
        # A station's desk may run for days: once an hour, make the day's backup if none is
        # dated today yet.
        self.backup_timer = QTimer()
        self.backup_timer.setInterval(self.BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.start_backup)
        self.window = None
        self.idle = None
        self.idle_timer = QTimer()
        self.idle_timer.setInterval(15_000)
        self.idle_timer.timeout.connect(self.check_idle)
        self.locked = False
        #: The folder of a throw-away demo database opened from the first-start set-up (removed
        #: when the desk closes).
        self.demo_folder: Path | None = None
        if not _running_hooked:
            hooks().database_restored.connect(_on_database_restored)
            _running_hooked.append(True)
        _running.add(self)

    def station_name(self) -> str:
        info = AccountService(self.desk).station()
        return info.name if info else ""

    def login_hint(self) -> str:
        station = AccountService(self.desk).station()
        if self.demo_login or (station is not None and station.is_demo):
            return QCoreApplication.translate(
                "DeskApp", "Demo station: every officer's password is demo1234 (e.g. admin).")
        return ""

    def start(self) -> bool:
        """Set up (first start), log in, and show the main window; False when the user quits."""
        accounts = AccountService(self.desk)
        if accounts.station() is None:
            from rescue_desk.ui.setup_wizard import SetupWizard

            wizard = SetupWizard(self.desk)
            # closed on its last page (the test print), the station is set up all the same
            if not wizard.exec() and wizard.officer is None:
                return False
            if wizard.demo_requested and not self.open_demo_instead():
                return False
        if self.demo_login and self.desk.officer is None:
            from rescue_desk.services.demo import DEMO_PASSWORD

            AccountService(self.desk).login(self.demo_login, DEMO_PASSWORD)
        if self.desk.officer is None:
            login = LoginDialog(self.desk, self.station_name(), hint=self.login_hint())
            if not login.exec():
                return False
        from rescue_desk.ui.main_window import IdleWatcher

        self.idle = IdleWatcher(self.desk.now)
        self.app.installEventFilter(self.idle)
        self.idle_timer.start()
        self.show_main()
        # What start-up made (modules, the window) lives as long as the desk: out of the
        # collector, so a full collection later does not walk it and stall a scroll.
        gc.freeze()
        if self.auto_backups:
            QTimer.singleShot(self.backup_delay_ms, self.start_backup)
            self.backup_timer.start()
        return True

    def open_demo_instead(self) -> bool:
        """The first-start set-up chose the demo station: the desk runs on a throw-away demo
        database instead, and the empty one is left as it is (the next start offers the set-up
        again). False when the demo database could not be made."""
        made = make_demo_desk(self.app)
        if made is None:
            return False
        self.desk.db.dispose()
        self.desk, self.demo_folder = made
        self.demo_login = "admin"
        self.auto_backups = False  # nothing of the demo is kept
        return True

    # -- automatic backups -------------------------------------------------------------------
    def _keep_rules(self) -> tuple[int, int]:
        from rescue_desk.services.settings import SettingsService

        rules = SettingsService(self.desk)
        return int(rules.get("backup_keep_daily")), int(rules.get("backup_keep_weekly"))

    def start_backup(self) -> Task | None:
        """The day's first backup and its full check, in the background (a database of a
        million people takes a minute or two); nothing when today's is made already (or one is
        under way)."""
        db = self.desk.db
        if db.file is None or (self.backup_task is not None and not self.backup_task.done):
            return None
        try:
            daily, weekly = self._keep_rules()
        except DeskError as error:
            log.warning("No start backup: %s", error.message())
            return None
        now = self.desk.now()
        task = Task(lambda stop: auto_backup(db, "start", now, keep_daily=daily,
                                             keep_weekly=weekly, stop=stop))
        task.succeeded.connect(self.on_start_backup_done)
        task.failed.connect(self.on_start_backup_failed)
        self.backup_task = task.start()
        return task

    def on_start_backup_done(self, result: AutoBackup) -> None:
        if result.made is not None and self.window is not None:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "DeskApp", "Today's backup is made and checked."), 8000)

    def on_start_backup_failed(self, error: BaseException) -> None:
        if isinstance(error, BackupStopped):
            return
        if not isinstance(error, DeskError):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        log.warning("The start backup failed: %s (%s)", error.message(),
                    error.facts.get("detail") or error.facts.get("reason"))
        box = widen(QMessageBox(QMessageBox.Icon.Warning,
                                QCoreApplication.translate("DeskApp", "Rescue Desk"),
                                i18n.tr_desk_error(error), parent=self.window))
        box.setObjectName("backup_warning")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)  # the clerk may be mid-intake
        box.show()
        self.backup_warning = box

    def finish(self) -> None:
        """At exit: stop the background backup (waiting for a copy under way), log out, and
        make the exit backup behind a short message."""
        self.backup_timer.stop()
        task = self.backup_task
        if task is not None and not task.done:
            task.stop()
            wait_with_progress(task, QCoreApplication.translate(
                "DeskApp", "Finishing the backup before the desk closes…"))
        try:
            AccountService(self.desk).logout()
        except DeskError as error:
            log.warning("Logout at exit failed: %s", error.message())
        db = self.desk.db
        if not self.auto_backups or db.file is None:
            return
        try:
            daily, weekly = self._keep_rules()
            now = self.desk.now()
            run_with_progress(
                lambda stop: auto_backup(db, "exit", now, keep_daily=daily,
                                         keep_weekly=weekly),
                QCoreApplication.translate("DeskApp", "Backing up the database before the "
                                                      "desk closes…"))
        except DeskError as error:
            log.error("The exit backup failed: %s", error.message())
            show_error(i18n.tr_desk_error(error))

    # -- restore -----------------------------------------------------------------------------
    def on_database_restored(self, desk: Desk, saved) -> None:
        """A backup was restored (Settings → Backups): open the database again and ask for a
        login, since the officers and their roles are those of the backup now."""
        if desk is not self.desk:
            return
        old = self.window
        if old is not None:
            old.hide_contents()
        url = self.desk.db.url
        self.desk.db.dispose()
        try:
            db = open_database(url)
        except DeskError as error:
            show_error(i18n.tr_desk_error(error))
            self._quit(old)
            return
        self.desk = Desk(db, clock=self.desk.clock)
        if self.idle is not None:
            self.idle.clock = self.desk.now
        message = QCoreApplication.translate(
            "DeskApp", "The backup is restored. Please log in again.")
        if saved is not None:
            message += "\n" + QCoreApplication.translate(
                "DeskApp", "The database as it was before is kept as {file}.").format(file=saved)
        QMessageBox.information(old, QCoreApplication.translate("DeskApp", "Rescue Desk"),
                                message)
        login = LoginDialog(self.desk, self.station_name(), old, hint=self.login_hint())
        if login.exec() != QDialog.DialogCode.Accepted:
            self._quit(old)
            return
        if self.idle is not None:
            self.idle.last_input = self.desk.now()
        self.show_main("settings")

    def _quit(self, window) -> None:
        if window is not None:
            window.close()
        self.app.quit()

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
    # the menu entry and the AppStream metainfo go by this id (the app id on Wayland)
    QApplication.setDesktopFileName("cn.rescuedesk.RescueDesk")
    if APP_ICON.exists():  # beside the package in a checkout and in the bundle
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(APP_ICON)))
    return app


def show_error(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("DeskApp", "Rescue Desk"), message)
    box.exec()


#: Seconds during which the same unexpected error is logged again but not shown again.
REPEAT_QUIET_SECONDS = 60


def install_excepthook(log_file: Path) -> None:
    """Unexpected errors: logged with their traceback, shown as one calm dialog. While that
    dialog is open, and for a minute after for the same error (a timer failing every second),
    further errors are only logged."""
    state = {"showing": False, "last": None, "at": 0.0}

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        key = (kind, str(value))
        if state["showing"] or (key == state["last"]
                                and time.monotonic() - state["at"] < REPEAT_QUIET_SECONDS):
            return
        state.update(showing=True, last=key, at=time.monotonic())
        try:
            if isinstance(value, DeskError):
                show_error(i18n.tr_desk_error(value))
            else:
                show_error(QCoreApplication.translate(
                    "DeskApp", "Something went wrong that the desk did not expect. It is "
                    "written in the log file {file}. What you were doing may not have been "
                    "saved: please check it and try again.").format(file=log_file))
        finally:
            state.update(showing=False, at=time.monotonic())

    sys.excepthook = hook


class DamagedDatabaseDialog(QMessageBox):
    """At start, a damaged database: one sentence, and the newest backup that passes its check
    offered (the damaged file is kept aside), or, with none, what to do."""

    def __init__(self, error: DatabaseNotOpened, candidate: BackupFile | None, aside: str,
                 folder: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("damaged_dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Rescue Desk"))
        self.setText(i18n.tr_desk_error(error))
        self.restore_button = None
        widen(self, 520)
        if candidate is None:
            self.setInformativeText(self.tr(
                "No backup in {folder} passes its check. The damaged file is left as it is; "
                "call support and keep the log file.").format(folder=folder))
        else:
            self.setInformativeText(self.tr(
                "The newest backup that passes its check was made at {made} ({kind}). If you "
                "restore it, what was entered after that time is lost.").format(
                    made=candidate.made.strftime("%Y-%m-%d %H:%M"),
                    kind=kind_text(candidate.kind))
                + "\n\n" + self.tr("The damaged file is kept beside it as {aside}.").format(
                    aside=aside))
            self.restore_button = self.addButton(self.tr("Restore this backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
            self.restore_button.setObjectName("restore_button")
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quit_button")
        self.setDefaultButton(self.restore_button or self.quit_button)

    def ask(self) -> bool:
        """Whether the person chose to restore the backup."""
        self.exec()
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def open_desk_database(url: str, *, now: dt.datetime | None = None) -> Database | None:
    """The database at ``url`` opened for the desk; None when it cannot be (the reason shown).

    A damaged SQLite file is not opened: the newest backup that passes its check is offered,
    and on acceptance the damaged file is set aside (never deleted) and the backup restored.
    """
    try:
        return open_database(url)
    except DatabaseNotOpened as error:
        log.error("Not opened: %s (%s)", error.message(), error.facts.get("detail"))
        return recover_damaged(url, error, now=now)
    except DeskError as error:
        log.error("Not opened: %s", error.message())
        show_error(i18n.tr_desk_error(error))
        return None


def recover_damaged(url: str, error: DatabaseNotOpened, *,
                    now: dt.datetime | None = None) -> Database | None:
    """Offer the newest sound backup of the damaged database at ``url``; restore it if the
    person accepts, and open it."""
    file = sqlite_file(url)
    now = now or dt.datetime.now().replace(microsecond=0)
    try:
        candidate = run_with_progress(
            lambda stop: newest_sound_backup(url, stop=stop),
            QCoreApplication.translate("DeskApp", "The database is damaged. Looking for the "
                                                  "newest backup that passes its check…"),
            cancel_text=QCoreApplication.translate("DeskApp", "Quit"), delay_ms=0)
    except BackupStopped:
        return None
    except DeskError as failure:
        show_error(i18n.tr_desk_error(failure))
        return None
    aside = damaged_name(file.name, now)
    if not DamagedDatabaseDialog(error, candidate, aside, backup_dir(url)).ask():
        return None
    try:
        run_with_progress(
            lambda _stop: restore(url, candidate.path, now=now, checked=True, damaged=True),
            QCoreApplication.translate("DeskApp", "Restoring the backup…"), delay_ms=0)
        db = open_database(url)
    except DeskError as failure:
        log.error("The restore at start failed: %s", failure.message())
        show_error(i18n.tr_desk_error(failure))
        return None
    log.info("Restored %s at start; the damaged file is kept as %s", candidate.path, aside)
    return db


def start_language(app: QApplication, requested: str | None) -> str:
    """Install the language asked for on the command line, else this PC's choice, else Chinese."""
    language = i18n.choose_language(requested or QSettings().value("language") or None)
    i18n.install(language)
    return language


def run(app: QApplication, args) -> int:
    """Open the desk (``rescue-desk`` with no command) with parsed command-line ``args``."""
    if args.home:  # one data folder for the log, the About dialog and the backups
        os.environ["RESCUE_DESK_HOME"] = str(Path(args.home).expanduser())
    settings = QSettings()
    theme.apply(app, float(settings.value("font_scale", 1.0)))
    log_file = setup_logging(args.home)
    install_excepthook(log_file)
    log.info("Rescue Desk starting: %s", startup_facts())

    if args.smoke:
        return smoke_start(app, database_url(args.db, args.home))
    demo_login = None
    folder = None
    if args.demo:
        made = make_demo_desk(app)
        if made is None:
            return 1
        desk, folder = made
        demo_login = "admin"
    else:
        db = open_desk_database(database_url(args.db, args.home))
        if db is None:
            return 1
        desk = Desk(db)
    log.info("Rescue Desk %s opened %s", __version__, desk.db.display_name())
    # The throw-away demo database is not backed up.
    controller = DeskApp(app, desk, demo_login=demo_login, auto_backups=not args.demo)
    controller.demo_folder = folder
    try:
        if not controller.start():
            return 0
        code = app.exec()
        controller.finish()
        return code
    finally:
        controller.desk.db.dispose()
        if controller.demo_folder is not None:  # the demo database is thrown away
            shutil.rmtree(controller.demo_folder, ignore_errors=True)


def make_demo_desk(app: QApplication) -> tuple[Desk, Path] | None:
    """A throw-away demo station in a folder of its own (``--demo``, or the demo chosen at the
    first start), made through the services while a progress note shows; no one logged in.
    None when it could not be opened (the reason was shown)."""
    from PySide6.QtWidgets import QProgressDialog

    from rescue_desk.services.demo import fill_demo

    folder = Path(tempfile.mkdtemp(prefix="rescue-desk-demo-"))
    db = open_desk_database("sqlite:///" + str(folder / "demo.db"))
    if db is None:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    desk = Desk(db)
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
    except BaseException:
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        wait.close()
    desk.officer = None
    return desk, folder


def smoke_start(app: QApplication, url: str) -> int:
    """``rescue-desk --smoke``: a check that this installation works. The database is opened as
    at every start (checked, migrated), the main window is shown for an officer who exists only
    in memory (nothing is written), a key press is answered, the translations and the Chinese
    font are looked for, and a printer test page is made as a PDF; then the desk exits. Prints
    one line per check; 0 when all passed."""
    from PySide6.QtGui import QKeyEvent

    from rescue_desk.domain.roles import Role
    from rescue_desk.printing.sample import test_page
    from rescue_desk.services.desk import Officer
    from rescue_desk.ui.main_window import MainWindow
    from rescue_desk.ui.printing import font_setting, print_context

    def say(text: str) -> None:
        print("smoke: " + text, flush=True)

    started = time.perf_counter()
    db = open_desk_database(url)
    if db is None:
        say("the database could not be opened")
        return 1
    try:
        desk = Desk(db)
        say(f"database {db.display_name()} opened and migrated")
        desk.officer = Officer(None, "smoke", QCoreApplication.translate(
            "DeskApp", "Start-up check"), "", frozenset(Role))
        window = MainWindow(desk)
        window.show()
        app.processEvents()
        if not window.isVisible():
            say("the main window was not shown")
            return 1
        # F1, as a clerk would press it: the shortcut opens the page's help panel
        QApplication.sendEvent(window, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_F1,
                                                 Qt.KeyboardModifier.NoModifier))
        app.processEvents()
        if not window.help_panel.isVisible():
            say("the main window did not answer F1")
            return 1
        say(f"main window shown and answering in {time.perf_counter() - started:.2f} s "
            f"({window.windowTitle()})")
        language = i18n.current_language()
        if language is None:
            say("the translations were not found")
            return 1
        say(f"language {language}: " + QCoreApplication.translate("IntakePage", "Intake"))
        family = theme.cjk_family()
        say(f"screen font: {family}" if family else "no Chinese screen font installed")
        stream = io.BytesIO()
        test_page(print_context(desk), stream)
        if not stream.getvalue().startswith(b"%PDF"):
            say("the test page was not made")
            return 1
        from rescue_desk.printing.fonts import find_cjk_font

        say(f"printer test page made ({len(stream.getvalue()):,} bytes of PDF), "
            f"printing font: {find_cjk_font(font_setting()).path}")
        window.hide()  # not closed: closing saves this PC's window size and page
        say("passed")
        return 0
    except DeskError as error:
        say(error.message(QCoreApplication.translate))
        return 1
    finally:
        db.dispose()
