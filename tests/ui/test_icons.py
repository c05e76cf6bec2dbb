"""Icons come from the icon font without qtawesome's import: every name the desk uses exists
and paints something."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon

from rescue_desk.ui.icons import mdi_icon

SOURCE = Path(__file__).resolve().parents[2] / "rescue_desk"
NAMES = sorted({name for file in SOURCE.rglob("*.py")
                for name in re.findall(r"[\"'](mdi6\.[a-z0-9-]+)[\"']", file.read_text("utf-8"))})


def test_the_desk_uses_icons():
    assert len(NAMES) > 20


@pytest.mark.parametrize("name", NAMES)
def test_icon_paints(qapp, name):
    image = mdi_icon(name, "#000000").pixmap(32, 32).toImage()
    inked = sum(1 for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 128)
    assert inked > 10, name


def test_disabled_icon_is_lighter(qapp):
    icon = mdi_icon("mdi6.bed", "#000000")
    normal = icon.pixmap(32, 32, QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(32, 32, QIcon.Mode.Disabled).toImage()
    darkest = min(normal.pixelColor(x, y).lightness() for x in range(32) for y in range(32)
                  if normal.pixelColor(x, y).alpha() == 255)
    dark_disabled = min(disabled.pixelColor(x, y).lightness() for x in range(32)
                        for y in range(32) if disabled.pixelColor(x, y).alpha() == 255)
    assert darkest < 20 < dark_disabled


def test_unknown_icon_is_an_error(qapp):
    with pytest.raises(KeyError):
        mdi_icon("mdi6.no-such-icon-here", "#000000")
