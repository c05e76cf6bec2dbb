"""Pages whose work later versions add: each says honestly what it is for and that it is not
available yet, so nobody hunts for a button that does not exist."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rescue_desk.ui.widgets import EmptyState

#: key, icon, title, what the page is for (context ``PlannedPage``).
PLANNED_PAGES = (
    ("people", "mdi6.account-group",
     QT_TRANSLATE_NOOP("PlannedPage", "People"),
     QT_TRANSLATE_NOOP("PlannedPage",
                       "Everyone the station has helped, their stays, and the presence roll "
                       "of who is in the station now.")),
    ("beds", "mdi6.bed",
     QT_TRANSLATE_NOOP("PlannedPage", "Beds"),
     QT_TRANSLATE_NOOP("PlannedPage",
                       "Areas, rooms and the bed board: who sleeps where, free and held beds.")),
    ("departures", "mdi6.exit-run",
     QT_TRANSLATE_NOOP("PlannedPage", "Departures"),
     QT_TRANSLATE_NOOP("PlannedPage",
                       "Every way home: travel vouchers, collection by relatives, escorts, "
                       "and the follow-up call afterwards.")),
    ("duty", "mdi6.clipboard-clock",
     QT_TRANSLATE_NOOP("PlannedPage", "Duty"),
     QT_TRANSLATE_NOOP("PlannedPage",
                       "The duty roster, the shift log, the handover and the night board "
                       "with the stay clock.")),
    ("outreach", "mdi6.map-marker-path",
     QT_TRANSLATE_NOOP("PlannedPage", "Outreach"),
     QT_TRANSLATE_NOOP("PlannedPage",
                       "Hotline calls, street patrols and supplies handed out, especially "
                       "in the winter campaign.")),
    ("reports", "mdi6.chart-box",
     QT_TRANSLATE_NOOP("PlannedPage", "Reports"),
     QT_TRANSLATE_NOOP("PlannedPage",
                       "The monthly report and the weekly winter figures, counted from what "
                       "the desk already knows.")),
)


class PlannedPage(QWidget):
    """An honest empty state for a page whose work is not in this version yet."""

    def __init__(self, key: str, icon_name: str, title: str, purpose: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}_page")
        self.title = QCoreApplication.translate("PlannedPage", title)
        layout = QVBoxLayout(self)
        text = QCoreApplication.translate("PlannedPage", purpose) + "\n\n" + \
            QCoreApplication.translate(
                "PlannedPage", "This page is not available in this version of the desk yet; "
                "keep using the paper forms for this work until it is.")
        layout.addWidget(EmptyState(icon_name, self.title, text))
