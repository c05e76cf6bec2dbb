"""The page templates: A4 header and footer, page x / y, 80 mm rolls, labels, grids, signatures."""

from __future__ import annotations

import io

import pytest
from printcheck import decode_qr, page_sizes, page_texts, pdf_of
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from rescue_desk.printing.page import (
    COPY_ARCHIVE,
    COPY_PERSON,
    DEMO_MARK,
    LANDSCAPE,
    LEADER_SIGNATURE,
    OFFICER_SIGNATURE,
    PERSON_SIGNATURE,
    PORTRAIT,
    FormHeader,
    Label,
    copy_label,
    form_grid,
    grid_table,
    signature_line,
    styles,
    write_a4,
    write_labels,
    write_receipt,
)
from rescue_desk.printing.qr import payload

HEADER = FormHeader(
    "受助人员登记表",
    key="2026-000123",
    key_label="救助编号",
    qr_payload=payload("STAY", "2026-000123"),
)


def long_story(ctx, rows: int = 80):
    st = styles(ctx.fonts())
    body = [[str(i), f"姓名{i}", None] for i in range(1, rows + 1)]
    return [grid_table([["序号", "姓名", "备注"]] + body, [20 * mm, 60 * mm, 100 * mm], st)]


def test_a4_pages_count_x_of_y_and_repeat_the_header(ctx):
    """GIVEN a form whose table runs over several A4 pages
    WHEN it is printed
    THEN every page has the station, title, key and 第 x / y 页 with the right total.
    """
    pdf = pdf_of(lambda s: write_a4(s, ctx, HEADER, long_story(ctx)))

    texts = page_texts(pdf)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} / {len(texts)} 页" in text
        assert "受助人员登记表" in text
        assert "救助编号：2026-000123" in text
        assert "北京市朝阳区救助管理站" in text
        assert "序号" in text  # the grid's header row repeats


def test_write_a4_returns_the_page_count(ctx):
    """GIVEN a story with two explicit page breaks
    WHEN it is printed
    THEN write_a4 says 3 pages and the PDF has 3.
    """
    st = styles(ctx.fonts())
    story = [st.para("一"), PageBreak(), st.para("二"), PageBreak(), st.para("三")]

    stream = io.BytesIO()

    pages = write_a4(stream, ctx, HEADER, story)

    assert pages == 3
    assert len(page_texts(stream.getvalue())) == 3


def test_demo_mark_is_on_every_page(demo_ctx):
    """GIVEN a demo database and a multi-page form
    WHEN it is printed
    THEN 演示数据 DEMO is on every page.
    """
    pdf = pdf_of(lambda s: write_a4(s, demo_ctx, HEADER, long_story(demo_ctx)))

    texts = page_texts(pdf)
    assert len(texts) >= 2
    assert all(DEMO_MARK in text for text in texts)


@pytest.mark.parametrize("layout, size", [(PORTRAIT, (210, 297)), (LANDSCAPE, (297, 210))])
def test_a4_portrait_and_landscape_sizes(ctx, layout, size):
    """GIVEN the portrait and landscape layouts
    WHEN a form is printed in each
    THEN the media box is A4 in that orientation.
    """
    st = styles(ctx.fonts())

    pdf = pdf_of(lambda s: write_a4(s, ctx, HEADER, [st.para("内容")], layout=layout))

    assert page_sizes(pdf) == [pytest.approx((size[0] * mm, size[1] * mm), abs=0.01)]


def test_a4_header_qr_decodes(ctx, render):
    """GIVEN a form with a stay's QR payload
    WHEN its page is rendered at 150 dpi
    THEN the header QR code reads RD:STAY:<case number>.
    """
    st = styles(ctx.fonts())
    pdf = pdf_of(lambda s: write_a4(s, ctx, HEADER, [st.para("内容")]))

    (image,) = render(pdf)

    assert decode_qr(image) == ["RD:STAY:2026-000123"]


def test_text_with_markup_characters_prints_as_typed(ctx):
    """GIVEN a name containing < & > (typed by a clerk)
    WHEN it is printed in a paragraph and a grid cell
    THEN it appears literally, not as markup or an error.
    """
    st = styles(ctx.fonts())
    story = [st.para("备注：<b>A&B</b>"), grid_table([["姓名"], ["王<五>&"]], [50 * mm], st)]

    pdf = pdf_of(lambda s: write_a4(s, ctx, HEADER, story))

    text = page_texts(pdf)[0]
    assert "备注：<b>A&B</b>" in text
    assert "王<五>&" in text


def test_blank_grid_cells_stay_blank_and_tall_enough_to_write_in(ctx):
    """GIVEN a grid with None and "" cells
    WHEN the table is built
    THEN those cells are empty (no dash, no 'None') and rows are at least the minimum height.
    """
    st = styles(ctx.fonts())

    table = grid_table([["姓名", "备注"], ["张三", None], ["", ""]], [40 * mm, 60 * mm], st)
    table.wrap(100 * mm, 200 * mm)

    assert table._cellvalues[1][1] == "" and table._cellvalues[2] == ["", ""]
    assert all(h >= 7 * mm - 0.01 for h in table._rowHeights)


def test_form_grid_pairs_labels_and_values(ctx):
    """GIVEN four fields and one odd field
    WHEN a two-per-row form grid is printed
    THEN labels and values print, blanks stay blank, and the odd field spans its row.
    """
    st = styles(ctx.fonts())
    fields = [("姓名", "张三"), ("性别", "男"), ("籍贯", None), ("民族", "汉"), ("住址", "不详")]
    grid = form_grid(fields, PORTRAIT.content_width, st)

    pdf = pdf_of(lambda s: write_a4(s, ctx, HEADER, [grid]))

    text = page_texts(pdf)[0]
    for word in ("姓名", "张三", "籍贯", "民族", "汉", "住址", "不详"):
        assert word in text
    assert len(grid._cellvalues) == 3 and len(grid._cellvalues[0]) == 4


def test_signature_lines_and_copy_labels_print(ctx):
    """GIVEN a two-copy form with the person's, officer's and leader's signature lines
    WHEN it is printed
    THEN each copy says which copy it is and the signature labels are there.
    """
    st = styles(ctx.fonts())
    story = []
    for copy in (COPY_PERSON, COPY_ARCHIVE):
        story += [
            copy_label(st, copy),
            signature_line(st, PERSON_SIGNATURE),
            signature_line(st, OFFICER_SIGNATURE, LEADER_SIGNATURE),
            PageBreak(),
        ]

    pdf = pdf_of(lambda s: write_a4(s, ctx, HEADER, story[:-1]))

    first, second = page_texts(pdf)
    assert "第一联 受助人留存" in first and "第二联 站内存档" in second
    for text in (first, second):
        for label in ("本人签字（捺印）：", "日期：", "经办人：", "带班领导："):
            assert label in text


def test_receipt_is_80_mm_wide_and_grows_with_its_content(ctx):
    """GIVEN a short and a long slip for the 80 mm receipt printer
    WHEN they are printed
    THEN each is one page 80 mm (226.77 pt) wide, the long one taller.
    """
    st = styles(ctx.fonts(), size=9)
    short = [st.para("一行")]
    long = [st.para(f"第{i}行") for i in range(40)]

    short_pdf = pdf_of(lambda s: write_receipt(s, ctx, HEADER, short))
    long_pdf = pdf_of(lambda s: write_receipt(s, ctx, HEADER, long))

    ((w1, h1),) = page_sizes(short_pdf)
    ((w2, h2),) = page_sizes(long_pdf)
    assert w1 == pytest.approx(226.77, abs=0.01) and w2 == pytest.approx(226.77, abs=0.01)
    assert h2 > h1
    text = page_texts(long_pdf)[0]
    assert "第0行" in text and "第39行" in text and "打印人：王小明" in text


def test_receipt_with_fixed_height_uses_pages_of_that_height(ctx):
    """GIVEN a fixed roll height of 100 mm and a long slip
    WHEN it is printed
    THEN every page is 80×100 mm.
    """
    st = styles(ctx.fonts(), size=9)
    story = [st.para(f"第{i}行") for i in range(40)]

    pdf = pdf_of(lambda s: write_receipt(s, ctx, HEADER, story, height=100 * mm))

    sizes = page_sizes(pdf)
    assert len(sizes) > 1
    assert all(size == pytest.approx((80 * mm, 100 * mm), abs=0.01) for size in sizes)


def test_receipt_qr_decodes_and_demo_mark_shows(demo_ctx, render):
    """GIVEN a receipt printed from a demo database
    WHEN it is rendered and scanned
    THEN its QR code reads the payload and the demo mark is on it.
    """
    st = styles(demo_ctx.fonts(), size=9)
    pdf = pdf_of(lambda s: write_receipt(s, demo_ctx, HEADER, [st.para("物品：手机 1 部")]))

    (image,) = render(pdf)

    assert decode_qr(image) == ["RD:STAY:2026-000123"]
    assert DEMO_MARK in page_texts(pdf)[0]


def test_labels_are_60_by_40_mm_one_per_page(ctx):
    """GIVEN two bag tags
    WHEN they are printed with the default size
    THEN there are two 60×40 mm pages with the keys on them.
    """
    labels = [
        Label("物品袋", "B-0001", payload("BAG", "B-0001"), ("张三",)),
        Label("物品袋", "B-0002", payload("BAG", "B-0002")),
    ]

    pdf = pdf_of(lambda s: write_labels(s, ctx, labels))

    assert page_sizes(pdf) == [pytest.approx((60 * mm, 40 * mm), abs=0.01)] * 2
    first, second = page_texts(pdf)
    assert "B-0001" in first and "张三" in first and "B-0002" in second


def test_label_size_is_a_parameter_and_its_qr_decodes(ctx, render):
    """GIVEN a 50×30 mm label
    WHEN it is printed and rendered at 300 dpi
    THEN the page is 50×30 mm and the QR code reads the bag's payload.
    """
    label = Label("物品袋", "B-0001", payload("BAG", "B-0001"))

    pdf = pdf_of(lambda s: write_labels(s, ctx, [label], size=(50 * mm, 30 * mm)))

    assert page_sizes(pdf) == [pytest.approx((50 * mm, 30 * mm), abs=0.01)]
    (image,) = render(pdf, dpi=300)
    assert decode_qr(image) == ["RD:BAG:B-0001"]
