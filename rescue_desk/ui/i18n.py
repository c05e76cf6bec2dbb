"""Loading the translations (Chinese by default, English selectable) for the GUI and the CLI."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).with_name("translations")
#: Languages the desk speaks; the first is the default.
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []


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
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    translator = QTranslator(app)
    if not translator.load(f"rescue_desk_{language}", str(TRANSLATIONS)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return True


def tr_desk_error(error) -> str:
    """A DeskError's message in the installed language."""
    return error.message(QCoreApplication.translate)
