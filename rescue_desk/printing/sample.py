"""Sample documents: the printer test page (first start, Settings → Printing) and sample slips.

The test page shows, on real paper, what every form relies on: Chinese in the embedded font, a
ruled grid with a long name that wraps, a QR code the scan box reads (``RD:TEST:1``), signature
lines, and a 100 mm scale bar that shows whether the printer scales the page.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from rescue_desk.printing.page import (
    COPY_PERSON,
    LEADER_SIGNATURE,
    OFFICER_SIGNATURE,
    PERSON_SIGNATURE,
    PORTRAIT,
    RECEIPT_CONTENT_WIDTH,
    FormHeader,
    Label,
    PrintContext,
    copy_label,
    form_grid,
    grid_table,
    plain_style,
    receipt_styles,
    signature_line,
    styles,
    timestamp,
    write_a4,
    write_labels,
    write_receipt,
)
from rescue_desk.printing.qr import QRCode, payload

#: The payload of the test page's QR code.
TEST_PAYLOAD = payload("TEST", 1)
#: A long name (a transliterated Uyghur name) that must wrap inside its grid cell.
LONG_NAME = "阿卜杜热合曼·买买提依明·艾合买提江·努尔麦麦提·阿不都热西提"


class _ScaleBar(Flowable):
    """A 100 mm bar with a tick every 10 mm: measure it to see whether the printer scales."""

    def __init__(self, length: float = 100 * mm) -> None:
        super().__init__()
        self.length = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.length, 4 * mm

    def draw(self) -> None:
        canv = self.canv
        canv.setLineWidth(0.6)
        canv.setStrokeColor(colors.black)
        canv.line(0, 0.5 * mm, self.length, 0.5 * mm)
        for i in range(11):
            x = self.length * i / 10
            canv.line(x, 0.5 * mm, x, (3.5 if i in (0, 5, 10) else 2) * mm)


def test_page(ctx: PrintContext, stream: BinaryIO) -> int:
    """Write the printer test page (打印测试页) to ``stream``; returns the page count (1)."""
    fonts = ctx.fonts()
    st = styles(fonts)
    width = PORTRAIT.content_width
    story: list[Flowable] = [
        st.para(
            "这是一张打印测试页。请检查：中文清晰完整，表格线整齐对齐，长姓名在格内自动换行，"
            "二维码可以用前台扫码枪读出，下方比例尺正好 100 毫米（打印时请选择“实际大小”，"
            "不要“适合页面”）。"
        ),
        Spacer(1, 3 * mm),
        st.bold("一、本站与字体"),
        form_grid(
            [
                ("救助站", ctx.station_name),
                ("救助热线", ctx.station_hotline),
                ("打印字体", fonts.face),
                ("字体文件", f"{fonts.file.path}（{fonts.file.subfont_index}）"),
                ("打印人", ctx.printed_by),
                ("打印时间", timestamp(ctx.printed_at)),
            ],
            width,
            st,
        ),
        Spacer(1, 3 * mm),
        st.bold("二、表格与换行"),
        grid_table(
            [
                ["序号", "姓名", "性别", "救助编号", "床位", "备注"],
                ["1", "张三", "男", "2026-000001", "A-101", None],
                ["2", LONG_NAME, "男", "2026-000002", "A-102", "长姓名应在格内换行，不压线"],
                ["3", "李小红", "女", "2026-000003", None, None],
                [None, None, None, None, None, None],
            ],
            [12 * mm, 52 * mm, 14 * mm, 30 * mm, 20 * mm, width - 128 * mm],
            st,
            center_cols=(0, 2, 3, 4),
        ),
        st.para("空白格保持空白，留有手写空间。", st.note),
        Spacer(1, 3 * mm),
        st.bold("三、二维码与比例尺"),
        _qr_and_scale(st),
        Spacer(1, 3 * mm),
        st.bold("四、签字栏"),
        copy_label(st, COPY_PERSON),
        signature_line(st, PERSON_SIGNATURE),
        signature_line(st, OFFICER_SIGNATURE, LEADER_SIGNATURE),
    ]
    header = FormHeader("打印测试页", key="1", key_label="测试编号", qr_payload=TEST_PAYLOAD)
    return write_a4(stream, ctx, header, story)


test_page.__test__ = False  # a document, not a pytest test


def _qr_and_scale(st) -> Table:
    left = [
        st.para(f"扫码应读出：{TEST_PAYLOAD}"),
        Spacer(1, 2 * mm),
        st.para("比例尺（应为 100 毫米）："),
        Spacer(1, 1 * mm),
        _ScaleBar(),
    ]
    table = Table(
        [[left, QRCode(TEST_PAYLOAD, 30 * mm)]], colWidths=[120 * mm, 32 * mm], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            plain_style(st)
            + [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def sample_receipt(ctx: PrintContext, stream: BinaryIO) -> float:
    """An 80 mm slip in the receipt layout (a test print for the receipt printer)."""
    st = receipt_styles(ctx)
    inner = RECEIPT_CONTENT_WIDTH
    story = [
        st.para("这是一张小票测试单。", st.body),
        grid_table(
            [
                ["物品", "数量"],
                ["手机（黑色，屏幕有裂痕）", "1"],
                ["身份证复印件", "1"],
                [LONG_NAME, None],
            ],
            [inner - 16 * mm, 16 * mm],
            st,
            min_row_height=6 * mm,
            center_cols=(1,),
        ),
        signature_line(st, (("本人签字：", 40 * mm),), style=st.body),
    ]
    header = FormHeader("小票测试", key="1", key_label="测试编号", qr_payload=TEST_PAYLOAD)
    return write_receipt(stream, ctx, header, story)


def sample_labels(ctx: PrintContext, stream: BinaryIO) -> None:
    """Two sample bag tags in the default label size."""
    write_labels(
        stream,
        ctx,
        [
            Label("物品袋", "B-0001", payload("BAG", "B-0001"), ("2026-000001", "张三")),
            Label("物品袋", "B-0002", payload("BAG", "B-0002"), ("2026-000002", LONG_NAME)),
        ],
    )
