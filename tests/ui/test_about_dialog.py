"""About Rescue Desk: versions, the database and the folders for a support call, copied as
plain text; the log folder opened."""

from __future__ import annotations

import platform
import sqlite3

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication

from rescue_desk import __version__
from rescue_desk.paths import log_dir
from rescue_desk.services.maintenance import backup
from rescue_desk.store import migrate
from rescue_desk.ui.about_dialog import AboutDialog

pytestmark = pytest.mark.sqlite_only("the facts name a SQLite file and its backups")


def test_dialog_shows_versions_database_and_folders(qtbot, demo_desk):
    """GIVEN a desk with one backup WHEN About is opened THEN it shows the versions of the
    desk, Python, Qt, SQLite, the database file, its schema revision, the folders and the
    newest backup."""
    saved = backup(demo_desk.db, now=demo_desk.now())
    dialog = AboutDialog(demo_desk)
    qtbot.addWidget(dialog)
    shown = {label: widget.text() for label, widget in dialog.value_labels.items()}
    text = "\n".join(shown.values())
    for expected in (__version__, platform.python_version(), qVersion(), sqlite3.sqlite_version,
                     str(demo_desk.db.file), migrate.HEAD, str(saved.parent), saved.name,
                     str(log_dir())):
        assert expected in text, expected
    assert any(value.endswith("B") for value in shown.values())  # the size, e.g. 1.2 MB


def test_copy_puts_every_fact_on_the_clipboard_as_plain_text(qtbot, demo_desk):
    """GIVEN the About dialog WHEN Copy is clicked THEN the clipboard holds every label and
    value, one per line, and the dialog says it was copied."""
    dialog = AboutDialog(demo_desk)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    for heading, lines in dialog.sections:
        assert f"[{heading}]" in copied
        for label, value in lines:
            assert f"{label}: {value}" in copied
    assert str(demo_desk.db.file) in copied and "<" not in copied
    assert dialog.copied_label.text()


def test_open_log_folder_opens_it(qtbot, demo_desk, monkeypatch, tmp_path):
    """GIVEN a log folder that does not exist yet WHEN "Open log folder" is clicked THEN it is
    made and opened with the system's file manager."""
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    folder = tmp_path / "logs"
    dialog = AboutDialog(demo_desk, log_folder=folder)
    qtbot.addWidget(dialog)
    dialog.open_log_button.click()
    assert folder.is_dir()
    assert [url.toLocalFile() for url in opened] == [str(folder)]


def test_a_database_without_backups_says_none_yet(qtbot, demo_desk):
    """GIVEN no backups WHEN About is opened THEN the newest backup says there is none yet."""
    dialog = AboutDialog(demo_desk)
    qtbot.addWidget(dialog)
    folders = dict(dialog.sections[2][1])
    assert folders[dialog.tr("Newest backup")] == dialog.tr("none yet")
