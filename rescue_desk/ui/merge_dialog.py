"""Merging two records of the same person (administrator): every stay moves to the record kept;
the other record stops appearing in searches. Audited by the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.errors import DeskError
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import IntakeService
from rescue_desk.services.search import SearchHit, SearchService
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.search_box import describe
from rescue_desk.ui.widgets import dialog_buttons


class PersonPicker(QGroupBox):
    """Find one person by what a clerk would type."""

    def __init__(self, title: str, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.service = service
        layout = QVBoxLayout(self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name, pinyin, ID number, phone or case no."))
        self.results_list = QListWidget()
        self.results_list.setMinimumHeight(160)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results_list)
        self.search_edit.textEdited.connect(self.on_search)

    def on_search(self, text: str) -> None:
        self.results_list.clear()
        try:
            hits = self.service.search(text)
        except DeskError:
            hits = []
        for hit in hits:
            if hit.kind != "PERSON":
                continue
            item = QListWidgetItem(f"{hit.title}　{describe(hit)}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results_list.addItem(item)
        if self.results_list.count():
            self.results_list.setCurrentRow(0)

    def chosen(self) -> SearchHit | None:
        item = self.results_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class MergeDialog(QDialog):
    """Pick the two records, say which to keep, confirm the consequence, merge."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Merge two records of the same person"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Use this when one person was registered twice, e.g. under a "
                               "different name. All stays move to the record you keep."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)
        search = SearchService(desk)
        row = QHBoxLayout()
        self.keep_picker = PersonPicker(self.tr("Record to keep"), search)
        self.keep_picker.setObjectName("keep_picker")
        self.merge_picker = PersonPicker(self.tr("Record to merge into it"), search)
        self.merge_picker.setObjectName("merge_picker")
        rule = self.tr("Two different records; at most one of them may be in the station "
                       "now.")
        for name, picker in (("keep", self.keep_picker), ("merge", self.merge_picker)):
            picker.results_list.setObjectName(f"{name}_results_list")
            picker.results_list.setToolTip(rule)
        row.addWidget(self.keep_picker)
        row.addWidget(self.merge_picker)
        layout.addLayout(row)
        self.swap_check = QCheckBox(self.tr("Keep the right-hand record instead"))
        layout.addWidget(self.swap_check)
        self.message_label = QLabel()
        self.message_label.setObjectName("field_error")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        buttons, self.merge_button = dialog_buttons(
            self, self.tr("Merge"), self.tr("Cancel"), self.on_merge,
            object_name="merge_button")
        layout.addWidget(buttons)

    def confirm(self, keep: SearchHit, gone: SearchHit) -> bool:
        """Ask once, stating the consequence (tests replace this)."""
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "All stays of {gone} will belong to {keep}, and {gone} will no longer be found as a "
            "separate person. This cannot be undone. Merge?").format(
                gone=gone.title, keep=keep.title))
        return answer == QMessageBox.StandardButton.Yes

    def on_merge(self) -> None:
        self.message_label.clear()
        keep, gone = self.keep_picker.chosen(), self.merge_picker.chosen()
        if keep is None or gone is None:
            self.message_label.setText(self.tr("Find and choose both records first."))
            return
        if self.swap_check.isChecked():
            keep, gone = gone, keep
        if not self.confirm(keep, gone):
            return
        try:
            IntakeService(self.desk).merge(int(keep.key), int(gone.key))
        except DeskError as error:
            self.message_label.setText(tr_desk_error(error))
            return
        self.accept()
