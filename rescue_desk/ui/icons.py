"""Material Design icons (``mdi6.*``) drawn straight from the icon font that ships with the
``qtawesome`` package, without importing ``qtawesome`` itself: that import loads qtpy and every
Qt module (about half a second at start), while the desk needs only the font and its charmap."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

#: The colour of an icon on a disabled button or item.
DISABLED = "#b8c2cc"


@cache
def _font_files() -> tuple[Path, Path]:
    spec = importlib.util.find_spec("qtawesome")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the qtawesome package (its icon fonts) is not installed")
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    ttf = sorted(fonts.glob("materialdesignicons6-webfont-*.ttf"))[-1]
    charmap = sorted(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))[-1]
    return ttf, charmap


@cache
def _mdi() -> tuple[str, dict[str, str]]:
    """The family of the loaded icon font and its glyphs by name."""
    ttf, charmap = _font_files()
    font_id = QFontDatabase.addApplicationFont(str(ttf))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"the icon font could not be loaded: {ttf}")
    glyphs = {name: chr(int(code, 16))
              for name, code in json.loads(charmap.read_text(encoding="utf-8")).items()}
    return families[0], glyphs


class GlyphIconEngine(QIconEngine):
    """Paints one glyph of the icon font in one colour, at any size, sharp on any screen."""

    def __init__(self, family: str, glyph: str, color: str) -> None:
        super().__init__()
        self.family = family
        self.glyph = glyph
        self.color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.save()
        painter.setPen(QColor(DISABLED if mode == QIcon.Mode.Disabled else self.color))
        font = QFont(self.family)
        # a glyph 7/8 of the icon's height leaves room for the font's bearings
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)  # Qt's default leaves the pixels undefined
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.family, self.glyph, self.color)


def mdi_icon(name: str, color: str) -> QIcon:
    """The icon ``mdi6.<name>`` in ``color``; an unknown name raises KeyError."""
    family, glyphs = _mdi()
    glyph = glyphs[name.removeprefix("mdi6.")]
    return QIcon(GlyphIconEngine(family, glyph, color))
