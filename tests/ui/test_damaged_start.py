"""Start and exit: a damaged database is not opened, the newest sound backup is offered and the
damaged file kept aside; the day's first backup runs in the background after the main window is
shown, and the desk backs up when it closes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from rescue_desk.domain.errors import BackupFailed
from rescue_desk.services.maintenance import AutoBackup, BackupFoundDamage, auto_backup
from rescue_desk.store.backup import BackupStopped
from rescue_desk.ui import app as desk_app
from rescue_desk.ui.app import DamagedDatabaseDialog, DeskApp, open_desk_database

pytestmark = pytest.mark.sqlite_only("backups and damage checks work on SQLite files")

NOW = dt.datetime(2026, 11, 28, 21, 5, 0)


def truncate(file: Path) -> None:
    with file.open("r+b") as f:
        f.truncate(file.stat().st_size // 2)


def overwrite_start(file: Path) -> None:
    with file.open("r+b") as f:
        f.write(b"\0" * 8192)


def station_logins(file: Path) -> list[str]:
    with sqlite3.connect(file) as conn:
        return [r[0] for r in conn.execute("SELECT login FROM user ORDER BY login")]


@pytest.fixture
def damaged(demo_desk):
    """The demo station's file with a sound automatic backup from yesterday, then damaged."""
    file = demo_desk.db.file
    auto_backup(demo_desk.db, "start", NOW - dt.timedelta(days=1))
    demo_desk.db.dispose()
    return file


@pytest.fixture
def answers(monkeypatch):
    """The damaged-database dialogs shown, answered by ``answers.restore``."""

    class Answers:
        restore = True
        shown: list[DamagedDatabaseDialog] = []

    def ask(dialog):
        Answers.shown.append((dialog.text(), dialog.informativeText(),
                              dialog.restore_button is not None))
        return Answers.restore and dialog.restore_button is not None

    monkeypatch.setattr(DamagedDatabaseDialog, "ask", ask)
    Answers.shown = []
    return Answers


@pytest.mark.parametrize("damage", [truncate, overwrite_start])
def test_accepting_restores_the_newest_sound_backup_and_keeps_the_damaged_file(
        qtbot, damaged, answers, damage):
    """GIVEN a truncated or overwritten database and yesterday's sound backup WHEN the desk
    starts and the offer is accepted THEN the damaged file is kept as <name>.damaged-<time>
    (unchanged), the backup is in place and open, with its officers."""
    damage(damaged)
    broken = damaged.read_bytes()
    db = open_desk_database("sqlite:///" + str(damaged), now=NOW)
    assert db is not None
    try:
        aside = damaged.with_name(damaged.name + ".damaged-20261128-210500")
        assert aside.read_bytes() == broken
        assert "admin" in station_logins(damaged)
        sentence, offer, offered = answers.shown[0]
        assert offered and str(damaged) in sentence
        assert "2026-11-27 21:05" in offer and aside.name in offer
    finally:
        db.dispose()


def test_declining_leaves_the_damaged_file_as_it_is(qtbot, damaged, answers):
    """GIVEN a damaged database WHEN the offer is declined THEN the desk does not open, and the
    file is exactly as it was, where it was."""
    truncate(damaged)
    broken = damaged.read_bytes()
    answers.restore = False
    assert open_desk_database("sqlite:///" + str(damaged), now=NOW) is None
    assert damaged.read_bytes() == broken
    assert not list(damaged.parent.glob("*.damaged-*"))


def test_without_a_sound_backup_the_desk_says_so_and_touches_nothing(qtbot, damaged, answers):
    """GIVEN a damaged database whose only backup is damaged too WHEN the desk starts THEN it
    offers no restore, says no backup passes, and leaves the file."""
    truncate(damaged)
    for backup_file in (damaged.parent / "backups").glob("*.db"):
        overwrite_start(backup_file)
    assert open_desk_database("sqlite:///" + str(damaged), now=NOW) is None
    _sentence, advice, offered = answers.shown[0]
    assert not offered and str(damaged.parent / "backups") in advice
    assert not list(damaged.parent.glob("*.damaged-*"))


def test_a_damaged_newest_backup_is_skipped(qtbot, demo_desk, answers):
    """GIVEN a sound backup from two days ago and a damaged one from yesterday WHEN the damaged
    database starts THEN the older, sound one is offered."""
    file = demo_desk.db.file
    auto_backup(demo_desk.db, "start", NOW - dt.timedelta(days=2))
    newest = auto_backup(demo_desk.db, "start", NOW - dt.timedelta(days=1)).made
    demo_desk.db.dispose()
    overwrite_start(newest)
    truncate(file)
    db = open_desk_database("sqlite:///" + str(file), now=NOW)
    assert db is not None
    db.dispose()
    assert "2026-11-26 21:05" in answers.shown[0][1]


def test_the_days_first_backup_runs_after_the_window_is_shown(qtbot, demo_desk):
    """GIVEN the desk starting with automatic backups WHEN the main window is shown THEN the
    backup has not begun; it runs in the background, is checked, and the status bar says so.
    A second start the same day makes none."""
    controller = DeskApp(QApplication.instance(), demo_desk, auto_backups=True)
    controller.backup_delay_ms = 50
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert controller.window.isVisible() and controller.backup_task is None
    qtbot.waitUntil(lambda: controller.backup_task is not None and controller.backup_task.done,
                    timeout=30_000)
    said = QCoreApplication.translate("DeskApp", "Today's backup is made and checked.")
    qtbot.waitUntil(lambda: controller.window.statusBar().currentMessage() == said, timeout=5000)
    folder = demo_desk.db.file.parent / "backups"
    assert [p.name for p in folder.glob("auto-*.db")] == ["auto-20261128-210500.db"]
    again = controller.start_backup()
    with qtbot.waitSignal(again.finished, timeout=30_000):
        pass
    assert again.result == AutoBackup(None, True)


def test_a_start_backup_that_finds_damage_warns_without_blocking(qtbot, demo_desk,
                                                                 monkeypatch):
    """GIVEN a database whose backup fails its check WHEN the start backup ends THEN a warning
    that is not modal says so and points to Settings → Backups."""
    monkeypatch.setattr("rescue_desk.services.maintenance.integrity_problems",
                        lambda file, **kw: ["row 3 missing from index ix_person_name"])
    controller = DeskApp(QApplication.instance(), demo_desk, auto_backups=True)
    controller.backup_delay_ms = 0
    assert controller.start()
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.backup_task is not None and controller.backup_task.done,
                    timeout=30_000)
    qtbot.waitUntil(lambda: hasattr(controller, "backup_warning"), timeout=5000)
    box = controller.backup_warning
    assert box.isVisible() and not box.isModal()
    assert box.text() == desk_app.i18n.tr_desk_error(BackupFoundDamage(detail=""))
    box.close()


def test_closing_stops_the_background_backup_then_backs_up(qtbot, demo_desk, monkeypatch):
    """GIVEN the day's backup still checking its copy WHEN the desk closes THEN that work is
    asked to stop and waited for, and the exit backup is made."""
    calls = []

    def fake_backup(db, reason, now, *, keep_daily, keep_weekly, stop=None):
        calls.append((reason, keep_daily, keep_weekly))
        if reason == "start":
            while not stop():
                pass
            raise BackupStopped()
        return AutoBackup(Path("auto.db"), False)

    monkeypatch.setattr(desk_app, "auto_backup", fake_backup)
    controller = DeskApp(QApplication.instance(), demo_desk, auto_backups=True)
    controller.backup_delay_ms = 0
    assert controller.start()
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.backup_task is not None, timeout=5000)
    controller.window.close()
    controller.finish()
    assert controller.backup_task.done
    assert calls == [("start", 7, 4), ("exit", 7, 4)]
    assert demo_desk.officer is None


def test_exit_backup_is_made_and_a_failure_is_said(qtbot, demo_desk, monkeypatch):
    """GIVEN the desk closing WHEN the exit backup runs THEN a checked automatic backup exists;
    when it fails, one sentence says why."""
    controller = DeskApp(QApplication.instance(), demo_desk, auto_backups=True)
    controller.finish()
    folder = demo_desk.db.file.parent / "backups"
    assert [p.name for p in folder.glob("auto-*.db")] == ["auto-20261128-210500.db"]
    said = []
    monkeypatch.setattr(desk_app, "show_error", said.append)
    monkeypatch.setattr(desk_app, "auto_backup",
                        lambda *a, **kw: (_ for _ in ()).throw(BackupFailed(reason="disk full")))
    controller.finish()
    assert len(said) == 1 and "disk full" in said[0]


def test_without_automatic_backups_nothing_is_backed_up(qtbot, demo_desk, monkeypatch):
    """GIVEN the throw-away demo (automatic backups off) WHEN the desk starts and closes THEN
    no backup is made."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    controller = DeskApp(QApplication.instance(), demo_desk)
    assert controller.start()
    qtbot.addWidget(controller.window)
    controller.finish()
    assert controller.backup_task is None
    assert not (demo_desk.db.file.parent / "backups").exists()


def test_a_desk_left_running_makes_the_next_days_backup(qtbot, demo_desk, clock):
    """GIVEN a desk started yesterday and never closed WHEN the hourly look finds no automatic
    backup dated today THEN it makes one in the background."""
    controller = DeskApp(QApplication.instance(), demo_desk, auto_backups=True)
    controller.backup_delay_ms = 3_600_000  # the start backup is not what this test is about
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert controller.backup_timer.isActive()
    assert controller.backup_timer.interval() == 3_600_000
    clock.advance(days=1)
    controller.backup_timer.timeout.emit()
    qtbot.waitUntil(lambda: controller.backup_task is not None and controller.backup_task.done,
                    timeout=30_000)
    folder = demo_desk.db.file.parent / "backups"
    assert [p.name for p in folder.glob("auto-*.db")] == ["auto-20261129-210500.db"]
    controller.backup_timer.stop()
