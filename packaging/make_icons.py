"""Render the application icon (resources/icons/rescue-desk.svg) to the PNG sizes of the Linux
icon theme and to a Windows .ico, into the folder given (default: packaging/build/icons)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QGuiApplication, QIcon, QImageWriter  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main(out: Path) -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs it
    icon = QIcon(str(ROOT / "resources" / "icons" / "rescue-desk.svg"))
    if icon.isNull():
        raise SystemExit("the SVG icon could not be read")
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        icon.pixmap(QSize(size, size)).save(str(out / f"rescue-desk-{size}.png"))
    writer = QImageWriter(str(out / "rescue-desk.ico"), b"ico")
    if not writer.write(icon.pixmap(QSize(256, 256)).toImage()):
        raise SystemExit(f"the .ico could not be written: {writer.errorString()}")
    print(f"icons written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "packaging" / "build" / "icons")
