"""QR codes on printed forms: the payload ``RD:<KIND>:<KEY>`` and a reportlab drawing of it.

The desk's scan box reads the payload back (a USB scanner types it like a keyboard) and opens the
record. A payload names a kind of record and its key (``RD:STAY:2026-000123``), never personal
data: no name, no ID number, no address (PIPL; UI.md "Printed forms"). Keys are therefore limited
to short codes of letters, digits and ``-._``, and an 18- or 15-digit key that looks like an ID
number is refused.
"""

from __future__ import annotations

import re

import qrcode
import qrcode.constants
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

#: Every payload starts with this.
PREFIX = "RD"

_KIND = re.compile(r"[A-Z][A-Z0-9_]{0,15}")
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_ID_NUMBER = re.compile(r"\d{17}[\dXx]|\d{15}")


def payload(kind: str, key: str | int) -> str:
    """The QR payload for a record: ``payload("STAY", "2026-000123") == "RD:STAY:2026-000123"``.

    ``kind`` is upper-case letters, digits and ``_``; ``key`` a short code. Raises ``ValueError``
    for anything else, and for a key shaped like an ID number (a payload carries no personal data).
    """
    key = str(key)
    if not _KIND.fullmatch(kind):
        raise ValueError(f"QR kind must be an upper-case code, not {kind!r}")
    if not _KEY.fullmatch(key):
        raise ValueError(f"QR key must be a short code of letters, digits and -._, not {key!r}")
    if _ID_NUMBER.fullmatch(key):
        raise ValueError("QR key looks like an ID number; a QR code carries no personal data")
    return f"{PREFIX}:{kind}:{key}"


def matrix(data: str, border: int = 4) -> list[list[bool]]:
    """The module matrix (``True`` = dark) with ``border`` light modules of quiet zone around it.

    Error correction level M (15 %): survives a smudge or a staple hole.
    """
    code = qrcode.QRCode(
        version=None, error_correction=qrcode.constants.ERROR_CORRECT_M, border=border
    )
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float, border: int = 4) -> None:
    """Draw the QR code of ``data`` as a ``size`` square with its lower-left corner at (x, y).

    Dark modules are drawn as horizontal runs of filled rectangles, so there are no hairline
    seams between neighbouring modules when the page is rasterised.
    """
    rows = matrix(data, border)
    module = size / len(rows)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(colors.black)
    path = canvas.beginPath()
    for r, row in enumerate(rows):
        top = y + size - r * module
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect(x + start * module, top - module, (c - start) * module, module)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QRCode(Flowable):
    """A QR code as a flowable: a square of side ``size`` points, quiet zone included."""

    def __init__(self, data: str, size: float, border: int = 4) -> None:
        super().__init__()
        self.data = data
        self.size = size
        self.border = border
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.data, 0, 0, self.size, self.border)

    def __repr__(self) -> str:
        return f"QRCode({self.data!r}, {self.size!r})"
