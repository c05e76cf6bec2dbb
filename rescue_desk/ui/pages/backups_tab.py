"""Settings → Backups (administrators): the backups of this database with their time, kind and
size, "Back up now", and restoring one after a confirmation that says what is lost. The state
before a restore is kept first; afterwards the desk re-opens the database and asks for a login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.backups import BACKUP_KIND_LABELS, BackupKind
from rescue_desk.domain.errors import DeskError
from rescue_desk.paths import backup_dir
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import BackupFile, SqliteOnly, backup, list_backups, restore
from rescue_desk.ui.hooks import hooks
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.widgets import fill_table, icon, primary_button, read_only_table
from rescue_desk.ui.workers import run_with_progress


def size_text(size: int | None) -> str:
    """Bytes as people read them (``1.4 GB``)."""
    if size is None:
        return ""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def kind_text(kind: BackupKind) -> str:
    return QCoreApplication.translate("BackupKind", BACKUP_KIND_LABELS[kind])


def widen(box: QMessageBox, width: int = 480) -> QMessageBox:
    """Give a message box's text room, so that long paths and sentences wrap less."""
    box.setStyleSheet(f"QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel "
                      f"{{ min-width: {width}px; }}")
    return box


class BackupsTab(QWidget):
    """The backups of this database (Settings → Backups)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_tab")
        self.desk = desk
        self.backups: list[BackupFile] = []
        layout = QVBoxLayout(self)
        if desk.db.file is None:
            note = QLabel(tr_desk_error(SqliteOnly()), objectName="hint")
            note.setWordWrap(True)
            self.note = note
            layout.addWidget(note)
            layout.addStretch()
            self.table = None
            return
        self.folder = backup_dir(desk.db.url)
        intro = QLabel(self.tr(
            "The desk backs the database up by itself at the first start of each day and when "
            "it closes, and keeps as many automatic backups as the local rules say. Backups "
            "made by hand and those made before an upgrade or a restore are never deleted."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self.tr("Backup folder: {folder}").format(folder=self.folder))
        self.folder_label.setObjectName("backup_folder_label")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        folder_row.addWidget(self.folder_label, 1)
        self.open_folder_button = QPushButton(icon("mdi6.folder-open"), self.tr("Open folder"))
        self.open_folder_button.setObjectName("open_backup_folder_button")
        self.open_folder_button.clicked.connect(self.on_open_folder)
        folder_row.addWidget(self.open_folder_button)
        layout.addLayout(folder_row)
        bar = QHBoxLayout()
        self.count_label = QLabel(objectName="backup_count_label")
        bar.addWidget(self.count_label, 1)
        self.refresh_button = QPushButton(icon("mdi6.refresh"), self.tr("Refresh"))
        self.refresh_button.setObjectName("backups_refresh_button")
        self.restore_file_button = QPushButton(icon("mdi6.file-restore"),
                                               self.tr("Restore from a file…"))
        self.restore_file_button.setObjectName("restore_file_button")
        self.restore_button = QPushButton(icon("mdi6.backup-restore"), self.tr("Restore…"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setToolTip(self.tr("Put the chosen backup in place of the database"))
        self.backup_button = primary_button(self.tr("Back up now"), "mdi6.content-save-all")
        self.backup_button.setObjectName("backup_now_button")
        for button in (self.refresh_button, self.restore_file_button, self.restore_button,
                       self.backup_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.table = read_only_table(
            [self.tr("Made at"), self.tr("Kind"), self.tr("Size"), self.tr("File")],
            "backups_table")
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.reload)
        self.backup_button.clicked.connect(self.on_backup_now)
        self.restore_button.clicked.connect(self.on_restore)
        self.restore_file_button.clicked.connect(self.on_restore_file)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.on_restore)
        self.reload()

    # -- list --------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.table is None:
            return
        self.backups = list_backups(self.desk.db.url)
        rows = [[b.made.strftime("%Y-%m-%d %H:%M"), kind_text(b.kind), size_text(b.size),
                 b.path.name] for b in self.backups]
        fill_table(self.table, rows, [str(b.path) for b in self.backups], fit_rows=False)
        for r in range(len(rows)):
            self.table.item(r, 2).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.backups:
            self.count_label.setText(self.tr("{n} backups; the newest from {made}.").format(
                n=len(self.backups), made=self.backups[0].made.strftime("%Y-%m-%d %H:%M")))
        else:
            self.count_label.setText(self.tr("No backup yet. “Back up now” makes the first."))
        self._update_buttons()

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows() if self.table is not None else []
        return self.backups[rows[0].row()] if rows else None

    def select_path(self, path: Path) -> None:
        for row, item in enumerate(self.backups):
            if item.path == path:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    # -- actions -----------------------------------------------------------------------------
    def on_open_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def on_backup_now(self) -> None:
        db, now = self.desk.db, self.desk.now()
        try:
            made = run_with_progress(lambda _stop: backup(db, now=now),
                                     self.tr("Backing up the database…"), self)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Back up now"), tr_desk_error(error))
            return
        self.reload()
        self.select_path(made)
        self._status(self.tr("Backup written to {file}.").format(file=made))

    def on_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        made = chosen.made.strftime("%Y-%m-%d %H:%M")
        if self.ask_restore(self.tr("Restore the backup made at {made}?").format(made=made),
                            self.tr("Everything entered at any desk after {made} will be "
                                    "lost.").format(made=made)):
            self.restore_from(chosen.path)

    def on_restore_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup to restore"), str(self.folder),
            self.tr("Rescue Desk databases (*.db);;All files (*)"))
        if chosen and self.ask_restore(
                self.tr("Restore the backup {file}?").format(file=Path(chosen).name),
                self.tr("Everything entered at any desk after that backup was made will be "
                        "lost.")):
            self.restore_from(Path(chosen))

    def ask_restore(self, question: str, loss: str) -> bool:
        """The confirmation: what is lost, what is kept, what happens next; Cancel is default."""
        box = widen(QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"),
                                question, parent=self))
        box.setInformativeText(loss + "\n\n" + self.tr(
            "The database as it is now is backed up first. Other desks must be closed. After "
            "the restore everyone logs in again. Checking a large backup takes a few "
            "minutes."))
        restore_button = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore_button

    def restore_from(self, source: Path) -> None:
        """Check ``source`` and put it in place of the database (the state before is kept);
        then the desk re-opens the database."""
        db, now = self.desk.db, self.desk.now()
        db.dispose()  # this desk's connections are closed; the restore needs the file alone
        try:
            saved = run_with_progress(
                lambda _stop: restore(db.url, source, now=now),
                self.tr("Checking the backup and restoring it…"), self)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Restore a backup"), tr_desk_error(error))
            self.reload()
            return
        self.reload()
        hooks().database_restored.emit(self.desk, saved)
