"""Chart arithmetic shared by the screen's and the paper's charts: round axis ticks and how
many x labels fit. Pure rules, no drawing."""

from __future__ import annotations

import math

#: At most this many x labels under a line chart.
MAX_X_LABELS = 10


def axis_ticks(values: list[float], y_max: float | None = None) -> tuple[list[float], int]:
    """Tick values from 0 up to a round top (3–5 intervals), and the decimals to print them with.

    The top is at least the largest value and at least ``y_max``; integer data never gets
    fractional ticks.
    """
    top = max([0.0, *values, *([y_max] if y_max is not None else [])])
    integral = all(float(v).is_integer() for v in [*values, top])
    if top <= 0:
        top = 1.0
    raw = top / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(
        m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw - 1e-12
    )
    if integral and step < 1:
        step = 1.0
    if integral and not float(step).is_integer():  # 2.5 → 2 or 3 would not reach top evenly
        step = math.ceil(step)
    count = math.ceil(top / step - 1e-9)
    ticks = [round(i * step, 10) for i in range(count + 1)]
    return ticks, _decimals(step)


def _decimals(step: float) -> int:
    for decimals in range(4):
        if abs(round(step, decimals) - step) < 1e-9:
            return decimals
    return 4


def format_number(value: float, decimals: int = 0, suffix: str = "") -> str:
    """``value`` with ``decimals`` places and ``suffix`` (e.g. ``"%"``)."""
    return f"{value:.{decimals}f}{suffix}"


def label_stride(count: int, spacing: float, label_width: float, gap: float,
                 max_labels: int = MAX_X_LABELS) -> int:
    """Show every n-th x label: at most ``max_labels`` and never closer than the widest label."""
    if count <= 1:
        return 1
    by_count = math.ceil(count / max_labels)
    by_width = math.ceil((label_width + gap) / spacing) if spacing > 0 else count
    return max(1, by_count, by_width)
