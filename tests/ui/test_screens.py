"""Every page and dialog renders to a non-empty PNG (and into RESCUE_DESK_SCREENS when set)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage

from tests.ui.screens import render_all


def test_every_screen_renders(qtbot, demo_desk, empty_desk, tmp_path):
    """GIVEN the demo station WHEN every page and dialog is rendered THEN each PNG has content."""
    folder = Path(os.environ.get("RESCUE_DESK_SCREENS") or tmp_path / "screens")
    written = render_all(demo_desk, empty_desk, folder)
    assert len(written) >= 9 + 6 + 6
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 200 and image.height() > 100, path
