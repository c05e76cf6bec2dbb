"""About Rescue Desk: what the program is, and what a support call asks for — versions, the
database (its address without a password, size and schema revision), the data, backup and log
folders and the newest backup — copied to the clipboard as plain text in one click."""

from __future__ import annotations

import datetime as dt
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rescue_desk import __version__
from rescue_desk.domain.errors import DeskError
from rescue_desk.paths import data_home, log_dir
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.desk import Desk
from rescue_desk.services.maintenance import SqliteOnly, database_facts, versions
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.pages.backups_tab import kind_text, size_text
from rescue_desk.ui.widgets import icon, primary_button, right_aligned_form

#: One section of the facts: its title and its (label, value) lines.
Section = tuple[str, list[tuple[str, str]]]


class AboutDialog(QDialog):
    """About the desk, with the facts for a support call and a button that copies them."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 log_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.desk = desk
        self.log_folder = Path(log_folder) if log_folder is not None else log_dir()
        self.setWindowTitle(self.tr("About Rescue Desk"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Rescue Desk {version}").format(version=__version__))
        title.setObjectName("page_title")
        layout.addWidget(title)
        blurb = QLabel(self.tr(
            "The front desk of a rescue station: intake, belongings, beds, departures and "
            "duty, on this PC, in Chinese, with everything on paper too."))
        blurb.setObjectName("hint")
        blurb.setWordWrap(True)
        layout.addWidget(blurb)
        self.sections = self.collect()
        self.value_labels: dict[str, QLabel] = {}
        for heading, lines in self.sections:
            box = QGroupBox(heading)
            form = right_aligned_form()
            box.setLayout(form)
            for label, value in lines:
                shown = QLabel(value)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, shown)
                self.value_labels[label] = shown
            layout.addWidget(box)
        self.copied_label = QLabel(objectName="hint")
        layout.addWidget(self.copied_label)
        row = QHBoxLayout()
        self.open_log_button = QPushButton(icon("mdi6.folder-text"), self.tr("Open log folder"))
        self.open_log_button.setObjectName("open_log_button")
        self.open_log_button.clicked.connect(self.on_open_log_folder)
        row.addWidget(self.open_log_button)
        row.addStretch()
        self.copy_button = primary_button(self.tr("Copy for a support call"), "mdi6.content-copy")
        self.copy_button.setObjectName("copy_button")
        self.copy_button.setToolTip(self.tr("Puts all of the above on the clipboard as plain "
                                            "text, to paste into a message or e-mail."))
        self.copy_button.clicked.connect(self.on_copy)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.copy_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def collect(self) -> list[Section]:
        """The facts, by section, in the language on screen."""
        program = versions()
        program[0] = (self.tr("Rescue Desk"), program[0][1])
        program[2:2] = [("Qt", qVersion()), ("PySide6", PySide6.__version__)]
        program.append((self.tr("Operating system"), platform.platform()))
        station = AccountService(self.desk).station()
        facts = database_facts(self.desk.db)
        database = [
            (self.tr("Station"), station.name if station else self.tr("not set up yet")),
            (self.tr("Location"), facts.address),
            (self.tr("Size"), size_text(facts.size) if facts.size is not None
             else self.tr("unknown")),
            (self.tr("Schema revision"), facts.revision or self.tr("none")),
        ]
        pg_dump = tr_desk_error(SqliteOnly())
        if facts.backup_folder is None:
            newest = pg_dump
        elif facts.newest_backup is None:
            newest = self.tr("none yet")
        else:
            b = facts.newest_backup
            newest = f"{b.made:%Y-%m-%d %H:%M} · {kind_text(b.kind)} · {b.path.name}"
        folders = [
            (self.tr("Data folder"), str(data_home())),
            (self.tr("Backup folder"), str(facts.backup_folder) if facts.backup_folder
             else pg_dump),
            (self.tr("Newest backup"), newest),
            (self.tr("Log folder"), str(self.log_folder)),
        ]
        return [(self.tr("Program"), program), (self.tr("Database"), database),
                (self.tr("Folders and backups"), folders)]

    def plain_text(self) -> str:
        """All the facts as plain text, for a support call."""
        lines = [self.tr("Rescue Desk — facts for support, {time}").format(
            time=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))]
        for heading, section in self.sections:
            lines.append("")
            lines.append(f"[{heading}]")
            lines.extend(f"{label}: {value}" for label, value in section)
        return "\n".join(lines) + "\n"

    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())
        self.copied_label.setText(self.tr("Copied. Paste it into the message to support."))

    def on_open_log_folder(self) -> None:
        try:
            self.log_folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))

    @classmethod
    def show_for(cls, desk: Desk, parent: QWidget | None = None) -> None:
        """Show the dialog (for the Help menu); a database that cannot be read is said so."""
        try:
            dialog = cls(desk, parent)
        except DeskError as error:
            QMessageBox.warning(parent, QCoreApplication.translate(
                "AboutDialog", "About Rescue Desk"), tr_desk_error(error))
            return
        dialog.exec()
