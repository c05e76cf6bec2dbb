"""QR payloads ``RD:<KIND>:<KEY>`` and the QR drawing: they carry no personal data and decode."""

from __future__ import annotations

import pytest
from printcheck import decode_qr, pdf_of
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from rescue_desk.printing.qr import QRCode, draw_qr, payload
from rescue_desk.services.search import parse_payload


def test_payload_is_prefix_kind_and_key():
    """GIVEN a stay's case number
    WHEN its payload is made
    THEN it reads RD:STAY:<case number>.
    """
    assert payload("STAY", "2026-000123") == "RD:STAY:2026-000123"
    assert payload("TEST", 1) == "RD:TEST:1"


@pytest.mark.parametrize(
    "kind, key",
    [
        ("stay", "1"),  # kind must be upper case
        ("STAY", "张三"),  # a name is personal data
        ("STAY", "a:b"),  # a colon would make the payload ambiguous
        ("STAY", ""),
        ("STAY", "11010519491231002X"),  # an ID number
        ("STAY", "110105491231002"),  # an old 15-digit ID number
    ],
)
def test_payload_refuses_anything_but_a_short_code(kind, key):
    """GIVEN a kind or key that is not a short code, or a key that looks like an ID number
    WHEN a payload is made
    THEN ValueError: a QR code never carries personal data.
    """
    with pytest.raises(ValueError):
        payload(kind, key)


@pytest.mark.parametrize(("kind", "key"), [("STAY", "2026-000123"), ("BAG", "B-0001"), ("TEST", 1)])
def test_printed_payload_is_what_the_scan_box_reads(kind, key):
    """GIVEN a payload as the forms print it
    WHEN the desk's scan box parses it (the search service's parser, the desk's only one)
    THEN the same kind and key come back.
    """
    assert parse_payload(payload(kind, key)) == (kind, str(key))


def test_drawn_qr_code_decodes_to_its_payload(render):
    """GIVEN a QR code drawn on a page, both on the canvas and as a flowable
    WHEN the page is rendered at 150 dpi and scanned
    THEN both decode to their payloads.
    """

    def write(stream):
        canvas = Canvas(stream, invariant=1)
        draw_qr(canvas, "RD:STAY:2026-000123", 20 * mm, 200 * mm, 25 * mm)
        code = QRCode("RD:BAG:B-0001", 20 * mm)
        code.wrapOn(canvas, 20 * mm, 20 * mm)
        code.drawOn(canvas, 120 * mm, 200 * mm)
        canvas.showPage()
        canvas.save()

    (image,) = render(pdf_of(write))

    assert decode_qr(image) == ["RD:BAG:B-0001", "RD:STAY:2026-000123"]
