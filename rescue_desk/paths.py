"""Where the desk keeps its database, backups and logs.

Order of precedence: command-line flag, then environment (``RESCUE_DESK_DB``, ``RESCUE_DESK_HOME``),
then the per-user data folder. Backups live in a ``backups`` folder beside a SQLite file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "rescue-desk"
DB_FILE = "rescue-desk.db"


def data_home(home: str | os.PathLike | None = None) -> Path:
    """The data folder: ``home`` if given, else ``RESCUE_DESK_HOME``, else the per-user default."""
    if home:
        return Path(home).expanduser()
    env = os.environ.get("RESCUE_DESK_HOME")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "RescueDesk"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "RescueDesk"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_FOLDER


def is_url(value: str) -> bool:
    """Whether a --db value is a SQLAlchemy URL rather than a file path."""
    return "://" in value


def database_url(db: str | None = None, home: str | os.PathLike | None = None) -> str:
    """The SQLAlchemy URL of the database: ``db`` (path or URL), ``RESCUE_DESK_DB``, or default.

    A PostgreSQL URL without a driver (``postgresql://`` or ``postgres://``, as other tools write
    it) is given psycopg 3, the driver the desk ships with.
    """
    value = db or os.environ.get("RESCUE_DESK_DB")
    if not value:
        value = str(data_home(home) / DB_FILE)
    if is_url(value):
        scheme, rest = value.split("://", 1)
        if scheme in ("postgresql", "postgres"):
            return "postgresql+psycopg://" + rest
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    path = path.split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path)


def backup_dir(url: str, home: str | os.PathLike | None = None) -> Path:
    """Where backups of this database go: beside a SQLite file, else in the data folder."""
    file = sqlite_file(url)
    if file is not None:
        return file.parent / "backups"
    return data_home(home) / "backups"


def log_dir(home: str | os.PathLike | None = None) -> Path:
    """Where the desk writes its log file."""
    return data_home(home) / "logs"


def bundled_font_files() -> list[Path]:
    """The fonts the installed bundle carries (``fonts/`` in its folder of files), for the
    screen and for printing; none when running from the sources or a pip install, which use
    the system's fonts."""
    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return []
    return sorted(Path(base, "fonts").glob("*.tt[cf]"))
