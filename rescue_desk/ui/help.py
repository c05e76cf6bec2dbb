"""The desk's own help: a "What do I do now?" panel for each page, and a short first-shift guide
for each role. The texts are Markdown files shipped in the package (``ui/help/<language>/``),
Chinese first: a page's guide is ``<page key>.md``, a role's guide ``role_<name>.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.roles import ROLE_LABELS, Role
from rescue_desk.ui.i18n import LANGUAGES
from rescue_desk.ui.widgets import icon

#: Where the guides live: one folder per language, one Markdown file per guide.
HELP_DIR = Path(__file__).with_name("help")
#: The language a guide falls back to when it has no text in the desk's language.
FALLBACK = LANGUAGES[0]
#: The main window's pages that have a "What do I do now?" guide (its navigation keys).
PAGE_KEYS = ("intake", "people", "security", "beds", "departures", "duty", "outreach",
             "reports", "settings")
#: The guide of each role (``role_<name>.md``), in the order the role list shows them.
ROLE_GUIDES = {
    Role.FRONT_DESK: "role_front_desk",
    Role.SECURITY: "role_security",
    Role.DUTY_OFFICER: "role_night_duty",
    Role.LEADER_ON_DUTY: "role_leader",
    Role.ADMIN: "role_admin",
}

_NAME = re.compile(r"[a-z][a-z_]*")

PANEL_STYLE = """
QFrame#help_panel { background: #ffffff; border-left: 1px solid #d9dee3; }
QLabel#help_title { font-size: 12pt; font-weight: bold; color: #1d2733; }
QTextBrowser#help_browser { border: none; background: #ffffff; }
"""


def current_language() -> str:
    """The language the desk speaks now: ``i18n.install`` sets the default locale with the
    translator (Chinese for zh_CN, English for en)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def guide_text(name: str, language: str | None = None) -> str:
    """The Markdown of guide ``name`` (a page key, or ``role_<name>``) in ``language`` (the
    desk's current language if None), else in Chinese; "" when there is no such guide."""
    if not _NAME.fullmatch(name or ""):
        return ""
    wanted = language if language in LANGUAGES else current_language()
    for folder in dict.fromkeys((wanted, FALLBACK)):
        try:
            return (HELP_DIR / folder / f"{name}.md").read_text(encoding="utf-8")
        except OSError:
            continue
    return ""


def role_label(role: Role) -> str:
    """A role's name as the desk shows it (context ``Role``)."""
    return QCoreApplication.translate("Role", ROLE_LABELS[role])


def known_roles(roles: Iterable[Role | str] | None) -> frozenset[Role]:
    """The roles among ``roles`` (Role members or their values); unknown values are skipped."""
    held = set()
    for role in roles or ():
        try:
            held.add(Role(role))
        except ValueError:
            continue
    return frozenset(held)


def first_role(roles: Iterable[Role | str] | None) -> Role:
    """The officer's first role in the desk's order of roles (front desk first); the front
    desk for an officer with none."""
    held = known_roles(roles)
    return next((role for role in ROLE_GUIDES if role in held), Role.FRONT_DESK)


def _browser(name: str) -> QTextBrowser:
    browser = QTextBrowser(objectName=name)
    browser.setOpenLinks(False)
    browser.setReadOnly(True)
    browser.document().setDocumentMargin(10)
    browser.document().setIndentWidth(22)  # lists need less room than Qt's 40 px
    return browser


class HelpPanel(QFrame):
    """A narrow panel beside a page: "What do I do now?" for that page, in a few numbered
    steps and the rules that most often stop a clerk there."""

    closed = Signal()  #: the close button (or Esc) hid the panel

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_panel")
        self.setStyleSheet(PANEL_STYLE)
        self.setMinimumWidth(300)
        self.setMaximumWidth(460)
        self.language = language
        self.page_key = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(4)
        head = QHBoxLayout()
        mark = QLabel()
        mark.setPixmap(icon("mdi6.lightbulb-on-outline", "#1f6f8b").pixmap(20, 20))
        head.addWidget(mark)
        self.title_label = QLabel(self.tr("What do I do now?"), objectName="help_title")
        head.addWidget(self.title_label, 1)
        self.close_button = QToolButton(objectName="help_close_button")
        self.close_button.setIcon(icon("mdi6.close"))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this panel (Esc)"))
        self.close_button.clicked.connect(self.close_panel)
        head.addWidget(self.close_button)
        layout.addLayout(head)
        self.browser = _browser("help_browser")
        layout.addWidget(self.browser, 1)

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setWidth(360)
        return hint

    def show_page(self, key: str) -> bool:
        """Show the guide of page ``key`` and the panel itself; False (and a short note) when
        the page has no guide."""
        self.page_key = key
        text = guide_text(key, self.language)
        if text:
            self.browser.setMarkdown(text)
        else:
            self.browser.setPlainText(self.tr("There is no guide for this page yet."))
        self.browser.verticalScrollBar().setValue(0)
        self.show()
        return bool(text)

    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.close_panel()
            return
        super().keyPressEvent(event)


class RoleGuideDialog(QDialog):
    """The first-shift guide of each role: the roles on the left, the guide on the right,
    opening on the officer's own first role (their roles are shown in bold)."""

    def __init__(self, officer_roles: Iterable[Role | str] | None = (),
                 parent: QWidget | None = None,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("role_guide_dialog")
        self.setWindowTitle(self.tr("Guides for each role"))
        self.language = language
        held = known_roles(officer_roles)
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.role_list = QListWidget(objectName="role_list")
        for role, name in ROLE_GUIDES.items():
            item = QListWidgetItem(icon(_ROLE_ICONS[role]), role_label(role))
            item.setData(Qt.ItemDataRole.UserRole, name)
            if role in held:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.role_list.addItem(item)
        left_layout.addWidget(self.role_list, 1)
        hint = QLabel(self.tr("Your roles are in bold."), objectName="hint")
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        split.addWidget(left)
        self.browser = _browser("role_browser")
        split.addWidget(self.browser)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([190, 620])
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.role_list.currentRowChanged.connect(self.on_role_chosen)
        self.show_role(first_role(held))
        self.resize(860, 620)

    def current_guide(self) -> str:
        """The name of the guide shown (e.g. ``role_front_desk``)."""
        item = self.role_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def show_role(self, role: Role | str) -> None:
        self.role_list.setCurrentRow(list(ROLE_GUIDES).index(first_role([role])))

    def on_role_chosen(self, row: int) -> None:
        item = self.role_list.item(row)
        if item is None:
            return
        self.browser.setMarkdown(guide_text(item.data(Qt.ItemDataRole.UserRole),
                                            self.language))
        self.browser.verticalScrollBar().setValue(0)


_ROLE_ICONS = {
    Role.FRONT_DESK: "mdi6.account-plus",
    Role.SECURITY: "mdi6.bag-checked",
    Role.DUTY_OFFICER: "mdi6.weather-night",
    Role.LEADER_ON_DUTY: "mdi6.account-tie",
    Role.ADMIN: "mdi6.cog",
}
