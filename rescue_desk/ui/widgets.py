"""Small widgets shared by pages: a form with messages under fields, empty states, icons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.errors import DeskError
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.icons import mdi_icon


def icon(name: str, color: str = "#34495e") -> QIcon:
    """A Material Design icon (``mdi6.*``)."""
    return mdi_icon(name, color)


class FieldMessages:
    """A form layout whose fields show a one-sentence message under them (red error, amber
    warning) instead of a modal box."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget, *, required: bool = False,
            tooltip: str = "") -> QWidget:
        text = f"{label} *" if required else label
        widget.setObjectName(widget.objectName() or f"{key}_edit")
        if tooltip:
            widget.setToolTip(tooltip)
        message = QLabel()
        message.setObjectName("field_error")
        message.setWordWrap(True)
        message.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        self.form.addRow(text, holder)
        self.fields[key] = widget
        self.labels[key] = message
        return widget

    def clear(self) -> None:
        for key, label in self.labels.items():
            label.hide()
            label.clear()
            self._mark(self.fields[key], False)

    def show_error(self, error, fallback: str | None = None) -> bool:
        """Put a DeskError's message under its field; False when no field of this form fits."""
        key = error.field if error.field in self.labels else fallback
        if key not in self.labels:
            return False
        label = self.labels[key]
        label.setObjectName("field_warning" if getattr(error, "warning", False)
                            else "field_error")
        label.setStyleSheet("")
        label.setText(tr_desk_error(error))
        label.show()
        self._mark(self.fields[key], True)
        self.fields[key].setFocus()
        return True

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def right_aligned_form() -> QFormLayout:
    """A form with labels right-aligned to the left of fields (reads best in Chinese)."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def dialog_buttons(dialog, ok_text: str, cancel_text: str, on_accept, *,
                   object_name: str = "save_button", primary: bool = True):
    """The OK/Cancel row of a dialog: OK named ``object_name`` runs ``on_accept`` (which
    accepts the dialog when it succeeds), Cancel rejects. Returns (box, ok button)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName(object_name)
    ok.setProperty("primary", primary)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    box.accepted.connect(on_accept)
    box.rejected.connect(dialog.reject)
    return box, ok


def primary_button(text: str, icon_name: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("primary", True)
    if icon_name:
        button.setIcon(icon(icon_name, "white"))
    return button


class EmptyState(QWidget):
    """What a page is for, shown while it has nothing to show."""

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None,
                 action: QPushButton | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon(icon_name, "#7f93a5").pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        column = QWidget()
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setObjectName("empty_title")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(heading)
        body = QLabel(text)
        body.setObjectName("empty_text")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(body)
        self._body = body
        self._fit_body()
        if action is not None:
            inner.addWidget(action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def _fit_body(self) -> None:
        # A wrapped label inside nested layouts is not given its height-for-width; ask for it.
        self._body.setMinimumHeight(self._body.heightForWidth(self._body.parentWidget().width()))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fit_body()
        super().changeEvent(event)


def submit(dialog: QDialog, fields: FieldMessages, action, fallback: str | None = None,
           message: QLabel | None = None) -> bool:
    """Run a dialog's save ``action``: a DeskError goes under its field (else ``fallback``'s,
    else into ``message``) and the dialog stays open; success accepts the dialog."""
    fields.clear()
    if message is not None:
        message.clear()
    try:
        action()
    except DeskError as error:
        if not fields.show_error(error, fallback) and message is not None:
            message.setText(tr_desk_error(error))
        return False
    dialog.accept()
    return True


def read_only_table(columns: list[str], name: str) -> QTableWidget:
    """A table of whole-row selection that nobody edits in place; long texts wrap."""
    table = QTableWidget(0, len(columns), objectName=name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], keys: list | None = None, *,
               share: bool = False, fit_rows: bool = True) -> None:
    """Put ``rows`` of text in a read-only table; ``keys[r]`` goes with the row's first cell
    (UserRole). The last column takes the rest of the width; ``share``: all columns share it
    (narrow boxes); ``fit_rows``: rows grow to their wrapped text."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    for c in range(last):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if share
                                    else QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    if fit_rows:
        table.resizeRowsToContents()
