"""Who prints, where and when: a light module, so a screen can name a print context without
loading reportlab."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rescue_desk.printing.fonts import CJKFonts


@dataclasses.dataclass(frozen=True)
class PrintContext:
    """Who prints, where and when: the facts every page shows besides the form's own content.

    ``font_path`` is the station's font setting (Settings → Printing); ``None`` searches the
    system (see :mod:`rescue_desk.printing.fonts`).
    """

    station_name: str
    station_hotline: str
    printed_by: str
    printed_at: dt.datetime
    is_demo: bool = False
    font_path: str | None = None

    def fonts(self) -> CJKFonts:
        """The registered CJK font (raises ``NoCJKFont`` when none is installed)."""
        from rescue_desk.printing.fonts import cjk_fonts

        return cjk_fonts(self.font_path)
