"""Fixtures for the printing tests: print contexts and rendering PDFs to images."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from rescue_desk.printing.page import PrintContext

#: The clock of every test print.
PRINTED_AT = dt.datetime(2026, 11, 28, 21, 5)


@pytest.fixture
def ctx() -> PrintContext:
    """A real (non-demo) station printing as officer 王小明."""
    return PrintContext(
        station_name="北京市朝阳区救助管理站",
        station_hotline="010-12345678",
        printed_by="王小明",
        printed_at=PRINTED_AT,
    )


@pytest.fixture
def demo_ctx(ctx: PrintContext) -> PrintContext:
    """The same station on a demo database."""
    return PrintContext(**{**ctx.__dict__, "is_demo": True})


@pytest.fixture
def render(tmp_path: Path) -> Callable[..., list[Image.Image]]:
    """Render a PDF to one PIL image per page with ``pdftoppm``."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")

    def _render(pdf: bytes, dpi: int = 150) -> list[Image.Image]:
        source = tmp_path / "doc.pdf"
        source.write_bytes(pdf)
        prefix = tmp_path / "page"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(prefix)], check=True)
        return [Image.open(p).convert("L") for p in sorted(tmp_path.glob("page-*.png"))]

    return _render
