"""How the desk looks: the CJK font, Fusion with a calm light palette, one accent colour, and the
state colours used everywhere (never the only cue: always with an icon or a word)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from rescue_desk.paths import bundled_font_files

#: CJK families in order of preference (Simplified Chinese glyph forms first).
CJK_FAMILIES = (
    "Microsoft YaHei", "微软雅黑", "WenQuanYi Micro Hei", "文泉驿微米黑", "Noto Sans CJK SC",
    "Source Han Sans SC", "PingFang SC", "SimHei", "黑体", "WenQuanYi Zen Hei",
)
ACCENT = "#1f6f8b"
#: State colours (UI.md): free, occupied, held, out of service, cleaning, overdue.
STATE_COLOURS = {
    "free": "#2a9d8f", "occupied": "#3a6ea5", "held": "#e9a23b", "out_of_service": "#8d99a6",
    "cleaning": "#b79ad8", "overdue": "#c0392b",
}
BODY_POINT_SIZE = 10.5


def add_bundled_fonts() -> None:
    """Make the fonts the installed bundle carries available to the screen (once)."""
    if _bundled_added:
        return
    for path in bundled_font_files():
        QFontDatabase.addApplicationFont(str(path))
    _bundled_added.append(True)


_bundled_added: list[bool] = []


def cjk_family() -> str | None:
    """The first installed CJK family of CJK_FAMILIES (the bundle's own fonts included), or
    None."""
    add_bundled_fonts()
    installed = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    for family in installed:
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family):
            return family
    return None


def apply(app: QApplication, scale: float = 1.0) -> str | None:
    """Fusion, the palette, the style sheet and the CJK font at ``scale``; returns the family."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f8"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f0f3f6"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#eef1f4"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1d2733"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1d2733"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#1d2733"))
    app.setPalette(palette)
    family = cjk_family()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(BODY_POINT_SIZE * scale)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    return family


STYLE_SHEET = f"""
QListWidget#nav_list {{
    background: #1d3a4a; color: #e8eef2; border: none; padding-top: 6px; outline: 0;
}}
QListWidget#nav_list::item {{ padding: 0 12px; border-left: 4px solid transparent; }}
QListWidget#nav_list::item:selected {{
    background: #2b5467; color: #ffffff; border-left: 4px solid #7fd1e8;
}}
QListWidget#nav_list::item:hover:!selected {{ background: #24475a; }}
QFrame#top_bar {{ background: #ffffff; border-bottom: 1px solid #d9dee3; }}
QLabel#page_title {{ font-size: 16pt; font-weight: bold; color: #1d2733; }}
QLabel#demo_band {{
    background: #e9a23b; color: #2b1d00; font-weight: bold; padding: 3px;
    qproperty-alignment: AlignCenter;
}}
QLabel#field_error {{ color: #b3261e; }}
QLabel#field_warning {{ color: #8a5a00; }}
QLabel#empty_title {{ font-size: 15pt; font-weight: bold; color: #34495e; }}
QLabel#empty_text {{ color: #4a5a6a; }}
QLabel#hint {{ color: #5b6b7b; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] {{
    border: 1px solid #b3261e; border-radius: 3px; padding: 2px;
}}
QPushButton[primary="true"] {{
    background: {ACCENT}; color: white; border: 1px solid #185a71; border-radius: 4px;
    padding: 5px 16px; font-weight: bold;
}}
QPushButton[primary="true"]:hover {{ background: #247d9c; }}
QPushButton[primary="true"]:disabled {{ background: #9fb9c3; border-color: #9fb9c3; }}
QGroupBox {{
    font-weight: bold; border: 1px solid #d5dbe1; border-radius: 6px; margin-top: 12px;
    padding: 10px 8px 8px 8px; background: #ffffff;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QStatusBar QLabel {{ padding: 0 8px; color: #34495e; }}
"""
