"""Backup names and the rotation rule: which automatic backups are kept."""

from __future__ import annotations

import datetime as dt

import pytest

from rescue_desk.domain.backups import (
    BackupKind,
    automatic_name,
    automatic_to_delete,
    automatic_to_keep,
    before_restore_name,
    damaged_name,
    manual_name,
    read_name,
    start_backup_due,
)

T = dt.datetime(2026, 11, 28, 21, 5, 0)  # a Saturday


def at(day: int, hour: int = 8, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, 0)


def test_automatic_names_read_back_as_automatic_with_their_time():
    """GIVEN the name of an automatic backup WHEN it is read THEN kind and time come back."""
    assert automatic_name(T) == "auto-20261128-210500.db"
    assert read_name(automatic_name(T)) == read_name("auto-20261128-210500.db")
    name = read_name(automatic_name(T))
    assert (name.kind, name.made) == (BackupKind.AUTOMATIC, T)


@pytest.mark.parametrize(("file", "kind"), [
    (manual_name(T), BackupKind.MANUAL),
    ("before-upgrade-0006-20261128-210500.db", BackupKind.BEFORE_UPGRADE),
    ("before-upgrade-none-20261128-210500.db", BackupKind.BEFORE_UPGRADE),
    (before_restore_name(T), BackupKind.BEFORE_RESTORE),
])
def test_other_kinds_are_told_apart_by_name(file, kind):
    """GIVEN a backup made by hand, before an upgrade or before a restore WHEN its name is read
    THEN its kind and time are known."""
    name = read_name(file)
    assert (name.kind, name.made) == (kind, T)


@pytest.mark.parametrize("file", ["station-copy.db", "auto-2026-11-28.db",
                                  "auto-20261399-000000.db"])
def test_any_other_db_file_counts_as_made_by_hand_without_a_time(file):
    """GIVEN a .db file named otherwise (copied in by hand, or a name that only looks like an
    automatic one) WHEN it is read THEN it is a manual backup, never one rotation may delete."""
    name = read_name(file)
    assert (name.kind, name.made) == (BackupKind.MANUAL, None)


@pytest.mark.parametrize("file", ["auto-20261128-210500.db.part", "notes.txt",
                                  damaged_name("rescue-desk.db", T)])
def test_files_that_are_not_db_files_are_not_backups(file):
    """GIVEN a half-written copy, a text file or a damaged database set aside WHEN read THEN it
    is no backup at all."""
    assert read_name(file) is None


def test_damaged_name_keeps_the_file_name_and_adds_the_time():
    """GIVEN a damaged database WHEN it is set aside THEN its new name says when."""
    assert damaged_name("rescue-desk.db", T) == "rescue-desk.db.damaged-20261128-210500"


def test_newest_of_each_day_is_kept_for_the_last_days():
    """GIVEN two backups a day for ten days (keep 7 daily, no weekly) WHEN rotating THEN the
    evening backup of each of the last 7 days is kept and everything else goes."""
    moments = [at(d, h) for d in range(19, 29) for h in (8, 20)]
    kept = automatic_to_keep(moments, 7, 0)
    assert kept == {at(d, 20) for d in range(22, 29)}
    assert automatic_to_delete(moments, 7, 0) == sorted(set(moments) - kept)


def test_newest_of_each_week_is_kept_for_the_last_weeks():
    """GIVEN one backup a day for six weeks (keep 1 daily and 4 weekly) WHEN rotating THEN the
    newest of each of the last 4 ISO weeks (Monday to Sunday) stays: the Sundays before, and
    today's backup for this week."""
    start = dt.datetime(2026, 10, 19, 8)  # a Monday
    moments = [start + dt.timedelta(days=i) for i in range(41)]  # to Saturday 28 Nov
    kept = automatic_to_keep(moments, 1, 4)
    assert kept == {at(28), at(22), at(15), at(8)}
    assert all(m.weekday() == 6 for m in kept - {at(28)})


def test_days_and_weeks_without_backups_do_not_count():
    """GIVEN a desk that was switched off for a month after a week of daily backups WHEN the
    first backup after the break is rotated THEN the 7 days kept are the last days that have a
    backup, not the empty calendar days of the break."""
    before_break = [at(d, month=10) for d in range(1, 8)]
    moments = [*before_break, at(28)]
    kept = automatic_to_keep(moments, 7, 0)
    assert kept == {at(28), *before_break[1:]}


def test_daily_and_weekly_rules_add_up():
    """GIVEN 3 daily and 2 weekly WHEN a backup is both the newest of its day and of its week
    THEN it is kept once, and the other week's newest is kept too."""
    moments = [at(d) for d in range(16, 29)]  # Mon 16 to Sat 28
    assert automatic_to_keep(moments, 3, 2) == {at(28), at(27), at(26), at(22)}


def test_nothing_to_rotate_keeps_nothing_and_deletes_nothing():
    """GIVEN no automatic backups WHEN rotating THEN nothing is kept or deleted."""
    assert automatic_to_keep([], 7, 4) == set()
    assert automatic_to_delete([], 7, 4) == []


def test_the_newest_backup_is_always_kept():
    """GIVEN the smallest setting (1 daily, 0 weekly) WHEN rotating THEN the newest stays."""
    moments = [at(d, h) for d in (26, 27, 28) for h in (8, 20)]
    assert automatic_to_keep(moments, 1, 0) == {at(28, 20)}


def test_start_backup_is_due_only_when_none_is_dated_today():
    """GIVEN automatic backups from yesterday (even late at night) WHEN the desk starts today
    THEN a backup is due; once one is dated today, later starts that day make none."""
    yesterday = [at(27, 8), dt.datetime(2026, 11, 27, 23, 59, 59)]
    assert start_backup_due(yesterday, T)
    assert start_backup_due([], T)
    assert not start_backup_due([*yesterday, at(28, 0)], T)
