"""Backup files: how each kind is named, and which automatic backups rotation keeps.

Automatic backups are named ``auto-YYYYMMDD-HHMMSS.db`` and are the only files rotation ever
deletes. Backups made by hand (``rescue-desk-…``), before a schema upgrade (``before-upgrade-…``)
and before a restore (``before-restore-…``) stay until a person deletes them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from collections.abc import Callable, Hashable, Iterable

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP


class BackupKind(enum.StrEnum):
    AUTOMATIC = "auto"  #: at the first start of a day and at exit; rotated
    MANUAL = "manual"  #: "Back up now", ``rescue-desk backup``, or a file put there by hand
    BEFORE_UPGRADE = "before_upgrade"  #: made before the schema is upgraded
    BEFORE_RESTORE = "before_restore"  #: the database as it was before a restore


#: Names shown on screen (context ``BackupKind``).
BACKUP_KIND_LABELS = {
    BackupKind.AUTOMATIC: QT_TRANSLATE_NOOP("BackupKind", "Automatic"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("BackupKind", "Made by hand"),
    BackupKind.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("BackupKind", "Before an upgrade"),
    BackupKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupKind", "Before a restore"),
}

_STAMP = "%Y%m%d-%H%M%S"
_NAMES = (
    (BackupKind.AUTOMATIC, re.compile(r"auto-(\d{8}-\d{6})\.db")),
    (BackupKind.MANUAL, re.compile(r"rescue-desk-(\d{8}-\d{6})\.db")),
    (BackupKind.BEFORE_UPGRADE, re.compile(r"before-upgrade-[^-]+-(\d{8}-\d{6})\.db")),
    (BackupKind.BEFORE_RESTORE, re.compile(r"before-restore-(\d{8}-\d{6})\.db")),
)


def automatic_name(moment: dt.datetime) -> str:
    """The file name of an automatic backup made at ``moment``."""
    return f"auto-{moment:{_STAMP}}.db"


def manual_name(moment: dt.datetime) -> str:
    """The file name of a backup made by hand at ``moment``."""
    return f"rescue-desk-{moment:{_STAMP}}.db"


def before_restore_name(moment: dt.datetime) -> str:
    """The file name of the copy of the database made just before a restore."""
    return f"before-restore-{moment:{_STAMP}}.db"


def damaged_name(name: str, moment: dt.datetime) -> str:
    """The name a damaged database file is kept under, beside where it was."""
    return f"{name}.damaged-{moment:{_STAMP}}"


@dataclasses.dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: its kind and when it was made (None: not in the name)."""

    kind: BackupKind
    made: dt.datetime | None


def read_name(name: str) -> BackupName | None:
    """The kind and time a backup file's name gives; None for a file that is not a backup
    (only ``.db`` files are). A ``.db`` file of another name counts as made by hand."""
    if not name.endswith(".db"):
        return None
    for kind, pattern in _NAMES:
        match = pattern.fullmatch(name)
        if match:
            try:
                return BackupName(kind, dt.datetime.strptime(match.group(1), _STAMP))
            except ValueError:  # e.g. 20261399: a name that only looks like ours
                break
    return BackupName(BackupKind.MANUAL, None)


def _newest_per(moments: list[dt.datetime], key: Callable[[dt.datetime], Hashable],
                count: int) -> set[dt.datetime]:
    kept: set[dt.datetime] = set()
    seen: set[Hashable] = set()
    for moment in moments:  # newest first
        period = key(moment)
        if period in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(period)
        kept.add(moment)
    return kept


def automatic_to_keep(moments: Iterable[dt.datetime], keep_daily: int,
                      keep_weekly: int) -> set[dt.datetime]:
    """Which automatic backups (given by the time each was made) rotation keeps.

    The newest backup of each of the ``keep_daily`` most recent days that have a backup, and the
    newest of each of the ``keep_weekly`` most recent ISO weeks (Monday to Sunday) that have one;
    a backup kept by either rule stays. Days and weeks without a backup do not count, so a desk
    that was off for a month still keeps its last ``keep_daily`` days (as restic's and borg's
    ``--keep-daily`` do).
    """
    ordered = sorted(set(moments), reverse=True)
    return _newest_per(ordered, lambda m: m.date(), keep_daily) | _newest_per(
        ordered, lambda m: m.isocalendar()[:2], keep_weekly
    )


def automatic_to_delete(moments: Iterable[dt.datetime], keep_daily: int,
                        keep_weekly: int) -> list[dt.datetime]:
    """The automatic backups rotation deletes, oldest first (all those it does not keep)."""
    moments = set(moments)
    return sorted(moments - automatic_to_keep(moments, keep_daily, keep_weekly))


def start_backup_due(moments: Iterable[dt.datetime], now: dt.datetime) -> bool:
    """Whether the desk starting at ``now`` makes an automatic backup: only at the first start
    of a day, i.e. when no automatic backup is dated that day yet."""
    return all(moment.date() != now.date() for moment in moments)
