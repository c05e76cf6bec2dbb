"""Loading the translations (Chinese by default, English selectable) for the GUI and the CLI."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).with_name("translations")
#: Languages the desk speaks; the first is the default.
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []
#: The language installed last (None before the first install, or when it failed to load).
_language: list[str | None] = [None]


def current_language() -> str | None:
    """The language the running application speaks, once installed."""
    return _language[0]


def choose_language(requested: str | None = None) -> str:
    """``requested``, else ``RESCUE_DESK_LANG``, else Chinese."""
    lang = requested or os.environ.get("RESCUE_DESK_LANG") or LANGUAGES[0]
    return lang if lang in LANGUAGES else LANGUAGES[0]


def install(language: str) -> bool:
    """Install the translator for ``language`` on the running application (English needs none)."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    _language[0] = None
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        _language[0] = language
        return True
    translator = QTranslator(app)
    if not translator.load(f"rescue_desk_{language}", str(TRANSLATIONS)):
        return False
    _language[0] = language
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return True


def tr_desk_error(error) -> str:
    """A DeskError's message in the installed language."""
    return error.message(QCoreApplication.translate)
