"""The global search box (Ctrl+F): candidates drop down as one types; Enter opens. A USB
barcode/QR scanner types like a keyboard and ends with Enter, so a scanned ``RD:…`` code opens
its record directly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from rescue_desk.domain.errors import DeskError
from rescue_desk.services.search import SearchHit, SearchService
from rescue_desk.ui.widgets import icon


class SearchBox(QLineEdit):
    """Search as you type; ``open_requested`` carries the hit to open."""

    open_requested = Signal(object)
    not_found = Signal(str)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_edit")
        self.service = service
        self.hits: list[SearchHit] = []
        self.setClearButtonEnabled(True)
        self.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.setPlaceholderText(self.tr("Search: name, pinyin initials, case no., ID tail, "
                                        "phone — or scan a code (Ctrl+F)"))
        self.setMinimumWidth(500)
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setWidget(self)
        self.completer_.popup().clicked.connect(lambda index: self._open(index.row()))
        self.completer_.popup().activated.connect(lambda index: self._open(index.row()))
        self.textEdited.connect(self.on_text_edited)
        self.returnPressed.connect(self.on_return)

    def candidates(self) -> list[str]:
        return self._model.stringList()

    def on_text_edited(self, text: str) -> None:
        if text.strip().startswith("RD:"):
            return  # a scanner is typing a code: wait for its Enter
        self._run(text)
        if self.hits:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _run(self, text: str) -> None:
        try:
            self.hits = self.service.search(text)
        except DeskError:
            self.hits = []
        self._model.setStringList([f"{h.title}　{describe(h)}" for h in self.hits])

    def on_return(self) -> None:
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._open(popup.currentIndex().row())
            return
        text = self.text()
        self._run(text)
        if self.hits:
            self._open(0)
        elif text.strip():
            self.not_found.emit(text.strip())

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.completer_.popup().hide()
            self.clear()
            self.open_requested.emit(hit)


def describe(hit: SearchHit) -> str:
    """The second part of a candidate line: sex, age, ID, phone, latest case (or an officer's
    login and phone)."""
    if hit.kind == "USER":
        return QCoreApplication.translate("SearchBox", "officer · {detail}").format(
            detail=hit.detail)
    sex = {"M": QCoreApplication.translate("Sex", "Male"),
           "F": QCoreApplication.translate("Sex", "Female")}.get(hit.sex, "")
    parts = [sex]
    if hit.age is not None:
        parts.append(QCoreApplication.translate("SearchBox", "{age} years").format(age=hit.age))
    parts += [hit.id_shown, hit.phone]
    if hit.case_no:
        when = hit.when.strftime("%Y-%m-%d") if hit.when else ""
        parts.append(f"{hit.case_no} {when}".strip())
    return " · ".join(p for p in parts if p)
