"""Bar and line charts for printed reports: Chinese text in the PDF, labels spaced and elided."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import SimpleDocTemplate, Spacer

from rescue_desk.printing import charts
from rescue_desk.printing.fonts import cjk_fonts

ARRIVALS = [("公安护送", 42), ("街面巡查", 17), ("自行求助", 8), ("热线求助", 3),
            ("其他部门护送", 0)]
OCCUPANCY = [(f"11-{day:02d}", float(day * 37 % 101)) for day in range(1, 31)]
LONG_LABEL = "一个非常非常非常长的来源名称，长到一行放不下也不该压住柱子"


@pytest.fixture
def font() -> str:
    return cjk_fonts().regular


def strings_of(drawing: Drawing) -> list[String]:
    return [shape for shape in drawing.contents if isinstance(shape, String)]


def text_of_pdf(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_both_charts_print_their_chinese_title_labels_and_reference(tmp_path, font):
    """GIVEN a bar chart of arrivals and a 30-day occupancy line with the beds as reference
    WHEN both are built into a PDF with the CJK font
    THEN the PDF's text holds the titles, the bar labels and values, the reference label, and at
    most ten x labels (every third day), in order.
    """
    path = tmp_path / "report.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build([
        charts.bar_chart("本月来站方式", ARRIVALS, font=font, width=doc.width / 2),
        Spacer(1, 12),
        charts.line_chart("床位占用率（近30天）", OCCUPANCY, font=font, width=doc.width,
                          height=200, y_max=100, suffix="%", reference=100,
                          reference_label="床位数"),
    ])

    text = text_of_pdf(path)
    flat = "".join(text.split())
    assert "本月来站方式" in flat
    assert "床位占用率（近30天）" in flat
    assert "公安护送42" in flat and "其他部门护送0" in flat
    assert "床位数" in flat
    assert "100%" in flat and "50%" in flat
    days = re.findall(r"11-\d\d", text)
    assert days == ["11-01", "11-04", "11-07", "11-10", "11-13", "11-16", "11-19", "11-22",
                    "11-25", "11-28"]


def test_bars_are_as_long_as_their_values_and_zero_has_none(font):
    """GIVEN bars 42, 17, 8, 3 and 0
    WHEN the bar chart is drawn
    THEN there is one grey rectangle per non-zero value, longest for 42, in proportion.
    """
    drawing = charts.bar_chart("本月来站方式", ARRIVALS, font=font, width=300)

    rects = [shape for shape in drawing.contents if isinstance(shape, Rect)]
    assert len(rects) == 4
    widths = [rect.width for rect in rects]
    assert widths == sorted(widths, reverse=True)
    assert widths[1] / widths[0] == pytest.approx(17 / 42)
    assert all(rect.x + rect.width <= 300 for rect in rects)
    assert drawing.height == pytest.approx(charts.TITLE_SIZE * 1.6 + 5 * charts.ROW_HEIGHT + 4)


def test_a_long_label_is_elided_and_nothing_leaves_the_drawing(font):
    """GIVEN a label far wider than the label column
    WHEN the bar chart is drawn 240 pt wide
    THEN the label ends with … and every string lies inside the drawing.
    """
    drawing = charts.bar_chart("来站方式", [(LONG_LABEL, 5), ("公安护送", 1234)], font=font,
                               width=240)

    texts = [s.text for s in strings_of(drawing)]
    assert LONG_LABEL not in texts
    assert any(t.endswith("…") and LONG_LABEL.startswith(t[:-1]) for t in texts)
    for s in strings_of(drawing):
        width = pdfmetrics.stringWidth(s.text, s.fontName, s.fontSize)
        left = {"start": s.x, "middle": s.x - width / 2, "end": s.x - width}[s.textAnchor]
        assert -0.01 <= left and left + width <= drawing.width + 0.01, s.text
        assert s.fontName == font


def test_x_labels_of_a_narrow_line_chart_never_overlap(font):
    """GIVEN 30 days in a chart only 200 pt wide
    WHEN the line chart is drawn
    THEN the x labels printed are evenly skipped and do not overlap one another.
    """
    drawing = charts.line_chart("在站人数", OCCUPANCY, font=font, width=200, height=120)

    labels = [s for s in strings_of(drawing) if re.fullmatch(r"11-\d\d", s.text)]
    assert 2 <= len(labels) <= 10
    days = [int(s.text[3:]) for s in labels]
    assert len({b - a for a, b in zip(days, days[1:], strict=False)}) == 1
    for a, b in zip(labels, labels[1:], strict=False):
        half = pdfmetrics.stringWidth(a.text, font, a.fontSize) / 2
        assert a.x + half < b.x - half


def test_empty_charts_print_only_the_title_and_the_sentence(font):
    """GIVEN no data
    WHEN both charts are drawn with an empty sentence
    THEN each holds the title and the sentence, nothing else.
    """
    bar = charts.bar_chart("本月来站方式", [], font=font, width=200, empty_text="本月没有人来站")
    line = charts.line_chart("在站人数", [], font=font, width=200, height=100,
                             empty_text="没有数据")

    assert [s.text for s in strings_of(bar)] == ["本月来站方式", "本月没有人来站"]
    assert [s.text for s in strings_of(line)] == ["在站人数", "没有数据"]


@pytest.mark.parametrize(
    ("values", "y_max", "ticks"),
    [
        ([37.5, 99.0], 100, [0, 25, 50, 75, 100]),
        ([2, 5, 14], None, [0, 5, 10, 15]),
        ([0, 0], None, [0, 1]),
        ([3, 7], 60, [0, 20, 40, 60]),
    ],
)
def test_the_y_axis_runs_to_a_round_top_in_a_few_steps(values, y_max, ticks):
    assert charts.axis_ticks(values, y_max)[0] == ticks
