"""Helpers for the printing tests: PDF bytes, page text and sizes, embedded fonts, QR decoding.

(A module with its own name rather than ``conftest``, so test modules can import it.)
"""

from __future__ import annotations

import io
from collections.abc import Callable

import zxingcpp
from PIL import Image
from pypdf import PdfReader


def pdf_of(write: Callable[[io.BytesIO], object]) -> bytes:
    """The bytes ``write(stream)`` puts into a fresh stream."""
    stream = io.BytesIO()
    write(stream)
    return stream.getvalue()


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) of each page's media box, in points."""
    return [
        (float(page.mediabox.width), float(page.mediabox.height))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def fonts_of(pdf: bytes) -> list[dict]:
    """Every font dictionary on every page, with its descriptor (``/FontFile2`` when embedded)."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            found.append(
                {
                    "name": str(font["/BaseFont"]),
                    "descriptor": descriptor.get_object() if descriptor is not None else {},
                }
            )
    return found


def decode_qr(image: Image.Image) -> list[str]:
    """The texts of all QR codes zxing-cpp finds on an image."""
    return sorted(
        result.text
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.QRCode
    )
