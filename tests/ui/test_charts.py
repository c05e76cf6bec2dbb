"""The painted chart widgets: bars in the accent colour, clicks say which bar or point, labels
elided instead of clipped, and an empty chart shows its sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage

from rescue_desk.ui import charts
from rescue_desk.ui.charts import BarChart, LineChart
from rescue_desk.ui.theme import ACCENT

ARRIVALS = [("公安护送", 42), ("街面巡查", 17), ("自行求助", 8), ("热线求助", 3),
            ("其他部门护送", 0)]
OCCUPANCY = [(f"11-{day:02d}", float(day * 37 % 101)) for day in range(1, 31)]


def colour_count(image: QImage, rect: QRect, colour: str) -> int:
    """How many pixels inside ``rect`` (widget coordinates) have exactly ``colour``."""
    ratio = image.devicePixelRatio()
    wanted = QColor(colour).rgb()
    count = 0
    for y in range(int(rect.top() * ratio), int((rect.bottom() + 1) * ratio)):
        for x in range(int(rect.left() * ratio), int((rect.right() + 1) * ratio)):
            if 0 <= x < image.width() and 0 <= y < image.height() and image.pixel(x, y) == wanted:
                count += 1
    return count


@pytest.fixture
def bar_chart(qtbot):
    chart = BarChart(objectName="arrivals_chart")
    qtbot.addWidget(chart)
    chart.set_data("本月来站方式", ARRIVALS)
    chart.resize(chart.sizeHint())
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.fixture
def line_chart(qtbot):
    chart = LineChart(objectName="occupancy_chart")
    qtbot.addWidget(chart)
    chart.set_data("床位占用率（近30天）", OCCUPANCY, y_max=100, suffix="%", reference=100,
                   reference_label="床位数")
    chart.resize(600, 260)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_bars_are_painted_in_the_accent_colour_in_proportion(bar_chart):
    """GIVEN arrivals 42, 17, 8, 3, 0
    WHEN the chart is painted
    THEN each non-zero row has accent pixels, the 42 row the most, the zero row none.
    """
    image = bar_chart.grab().toImage()

    counts = [colour_count(image, bar_chart.row_rect(i).toRect(), ACCENT)
              for i in range(len(ARRIVALS))]
    assert bar_chart.objectName() == "arrivals_chart"
    assert all(count > 0 for count in counts[:4])
    assert counts[4] == 0
    assert counts == sorted(counts, reverse=True)
    assert counts[0] > 3 * counts[1] / 2


def test_clicking_a_bar_row_says_which_bar(qtbot, bar_chart):
    """GIVEN the arrivals chart
    WHEN the third row is clicked (even on its label, not only on the bar)
    THEN bar_clicked carries index 2; a click below the bars or on the title emits nothing.
    """
    row = bar_chart.row_rect(2).toRect()

    with qtbot.waitSignal(bar_chart.bar_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(bar_chart, Qt.MouseButton.LeftButton,
                         pos=QPoint(row.left() + 20, row.center().y()))
    assert blocker.args == [2]

    last = bar_chart.row_rect(len(ARRIVALS) - 1)
    below = QPoint(int(last.center().x()), int(last.bottom()) + 3)
    on_title = QPoint(int(last.center().x()), 4)
    assert below.y() < bar_chart.height()
    with qtbot.assertNotEmitted(bar_chart.bar_clicked, wait=50):
        qtbot.mouseClick(bar_chart, Qt.MouseButton.LeftButton, pos=below)
        qtbot.mouseClick(bar_chart, Qt.MouseButton.LeftButton, pos=on_title)


def test_hovering_a_bar_shows_a_pointing_hand(qtbot, bar_chart):
    qtbot.mouseMove(bar_chart, bar_chart.row_rect(0).center().toPoint())
    qtbot.waitUntil(
        lambda: bar_chart.cursor().shape() == Qt.CursorShape.PointingHandCursor, timeout=1000)


def test_the_minimum_height_follows_the_number_of_bars(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data("来站方式", ARRIVALS[:2])
    two = chart.minimumHeight()
    chart.set_data("来站方式", ARRIVALS)
    five = chart.minimumHeight()

    assert five - two == 3 * chart.row_rect(0).height()
    assert chart.sizeHint().height() == five
    assert chart.row_rect(4).bottom() <= five


def test_a_long_label_is_elided_not_clipped(qtbot):
    """GIVEN a label wider than its room
    WHEN it is elided to 80 px in the chart's font
    THEN it is shortened with … to fit; a label that fits is kept whole."""
    chart = BarChart()
    qtbot.addWidget(chart)
    label = "一个非常非常非常长的来源名称，长到一行放不下"
    shown = charts.elide(chart.font(), label, 80)

    assert shown.endswith("…") and label.startswith(shown[:-1])
    assert charts.text_width(chart.font(), shown) <= 80
    assert charts.elide(chart.font(), "公安护送", 200) == "公安护送"


def test_an_empty_bar_chart_shows_its_sentence_and_no_bars(qtbot):
    """GIVEN no data
    WHEN the chart is painted
    THEN no accent pixel appears, the sentence is painted, and clicks emit nothing."""
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_empty_text("本月还没有人来站。")
    chart.set_data("本月来站方式", [])
    chart.resize(chart.sizeHint())
    chart.show()
    qtbot.waitExposed(chart)

    image = chart.grab().toImage()
    assert colour_count(image, chart.rect(), ACCENT) == 0
    middle = QRect(0, chart.height() // 3, chart.width(), chart.height() // 2)
    background = QColor(charts.BACKGROUND).rgb()
    assert colour_count(image, middle, charts.BACKGROUND) < middle.width() * middle.height()
    assert image.pixel(2, chart.height() - 2) == background
    with qtbot.assertNotEmitted(chart.bar_clicked, wait=50):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.rect().center())


def test_the_line_goes_through_its_points_with_a_dashed_reference(line_chart):
    """GIVEN 30 days of occupancy and the beds (100 %) as reference
    WHEN the chart is painted
    THEN each point has accent pixels at its place, lower values lower, and the reference line
    is painted at the height of 100 %."""
    image = line_chart.grab().toImage()

    for index in (0, 9, 29):
        centre = line_chart.point_pos(index).toPoint()
        assert colour_count(image, QRect(centre - QPoint(2, 2), centre + QPoint(2, 2)),
                            ACCENT) > 0
    low = min(range(30), key=lambda i: OCCUPANCY[i][1])
    high = max(range(30), key=lambda i: OCCUPANCY[i][1])
    assert line_chart.point_pos(low).y() > line_chart.point_pos(high).y()
    top = line_chart._layout().y_of(100)
    assert line_chart.point_pos(high).y() >= top
    band = QRect(0, int(top) - 1, line_chart.width(), 3)
    assert colour_count(image, band, charts.REFERENCE) > line_chart.width() // 5


def test_x_labels_are_at_most_ten_and_never_overlap(line_chart):
    layout = line_chart._layout()
    shown = range(0, len(OCCUPANCY), layout.stride)

    assert 5 <= len(shown) <= 10
    spacing = layout.x_of(1) - layout.x_of(0)
    assert layout.stride * spacing > layout.label_w
    assert charts.elide(line_chart.font(), "11-01", layout.label_w) == "11-01"


def test_clicking_the_line_says_which_point_is_nearest(qtbot, line_chart):
    target = line_chart.point_pos(12).toPoint()

    with qtbot.waitSignal(line_chart.point_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(line_chart, Qt.MouseButton.LeftButton,
                         pos=QPoint(target.x() + 3, line_chart.height() // 2))
    assert blocker.args == [12]


def test_an_empty_line_chart_paints_without_points(qtbot):
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_empty_text("没有数据")
    chart.set_data("在站人数", [])
    chart.resize(400, 200)

    image = chart.grab().toImage()
    assert colour_count(image, chart.rect(), ACCENT) == 0
    assert chart.point_at(chart.rect().center().toPointF()) == -1


@pytest.mark.parametrize(
    ("values", "y_max", "ticks"),
    [([37.5, 99.0], 100, [0, 25, 50, 75, 100]), ([2, 5, 14], None, [0, 5, 10, 15]),
     ([0, 0], None, [0, 1]), ([3, 7], 60, [0, 20, 40, 60])],
)
def test_round_y_axis_ticks(values, y_max, ticks):
    """The screen and the paper share these rules (rescue_desk.domain.charts)."""
    assert charts.axis_ticks(values, y_max)[0] == ticks
