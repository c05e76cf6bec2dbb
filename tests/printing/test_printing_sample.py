"""The printer test page: Chinese text, footer, embedded font, QR code, demo mark, same bytes."""

from __future__ import annotations

import subprocess
import sys

import pytest
from printcheck import decode_qr, page_sizes, page_texts, pdf_of
from reportlab.lib.units import mm

from rescue_desk.printing import sample
from rescue_desk.printing.page import DEMO_MARK


def test_the_test_page_shows_its_chinese_text(ctx):
    """GIVEN a station and an officer
    WHEN the test page is printed
    THEN its text holds the station, the title, the officer, the time and 第 1 / 1 页.
    """
    pdf = pdf_of(lambda s: sample.test_page(ctx, s))

    (text,) = page_texts(pdf)
    for expected in (
        "北京市朝阳区救助管理站",
        "打印测试页",
        "打印人：王小明",
        "打印时间：2026-11-28 21:05",
        "第 1 / 1 页",
        "救助热线：010-12345678",
        "本人签字（捺印）：",
        "经办人：",
        "带班领导：",
        "第一联 受助人留存",
        ctx.fonts().face,
    ):
        assert expected in text, expected


def test_the_test_page_is_one_a4_portrait_page(ctx):
    """GIVEN the test page
    WHEN it is printed
    THEN it is a single A4 portrait page.
    """
    pdf = pdf_of(lambda s: sample.test_page(ctx, s))

    assert page_sizes(pdf) == [pytest.approx((210 * mm, 297 * mm), abs=0.01)]


def test_the_long_name_wraps_inside_its_cell(ctx):
    """GIVEN the test grid holds a very long Chinese name
    WHEN the page is printed
    THEN the name is printed over several lines, not on one overflowing line.
    """
    pdf = pdf_of(lambda s: sample.test_page(ctx, s))

    lines = page_texts(pdf)[0].splitlines()
    assert not any(sample.LONG_NAME in line for line in lines)
    assert any(line.startswith(sample.LONG_NAME[:6]) for line in lines)


def test_the_qr_code_decodes_to_rd_test_1(ctx, render):
    """GIVEN the printed test page
    WHEN it is rendered at 150 dpi and scanned
    THEN its QR codes (header and body) read RD:TEST:1.
    """
    pdf = pdf_of(lambda s: sample.test_page(ctx, s))

    (image,) = render(pdf)

    assert decode_qr(image) == ["RD:TEST:1", "RD:TEST:1"]


def test_a_demo_database_marks_the_page(ctx, demo_ctx):
    """GIVEN a demo database
    WHEN the test page is printed
    THEN 演示数据 DEMO is on the page; a real station's page has no such mark.
    """
    demo = pdf_of(lambda s: sample.test_page(demo_ctx, s))
    real = pdf_of(lambda s: sample.test_page(ctx, s))

    assert DEMO_MARK in page_texts(demo)[0]
    assert DEMO_MARK not in page_texts(real)[0]


def test_the_same_input_gives_the_same_bytes(ctx):
    """GIVEN the same context and clock
    WHEN the test page is printed twice
    THEN the two PDFs are byte for byte the same.
    """
    first = pdf_of(lambda s: sample.test_page(ctx, s))
    second = pdf_of(lambda s: sample.test_page(ctx, s))

    assert first == second


def test_the_same_bytes_in_another_process(ctx):
    """GIVEN the test page printed here
    WHEN a fresh Python process prints it with the same context
    THEN the bytes are the same (no time stamp, no random ID, stable font subset names).
    """
    here = pdf_of(lambda s: sample.test_page(ctx, s))
    script = (
        "import datetime as dt, io, sys\n"
        "from rescue_desk.printing import sample\n"
        "from rescue_desk.printing.page import PrintContext\n"
        f"ctx = PrintContext({ctx.station_name!r}, {ctx.station_hotline!r}, "
        f"{ctx.printed_by!r}, dt.datetime(2026, 11, 28, 21, 5))\n"
        "s = io.BytesIO(); sample.test_page(ctx, s); sys.stdout.buffer.write(s.getvalue())\n"
    )

    there = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True).stdout

    assert there == here


def test_printing_imports_no_qt():
    """GIVEN a fresh process
    WHEN the printing package and its test page are imported
    THEN no Qt module is loaded.
    """
    script = (
        "import sys, rescue_desk.printing.sample\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )

    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True)

    assert out.stdout.strip() == b"[]"
