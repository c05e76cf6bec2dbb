"""The login (also used to unlock an idle desk), and the sex choice that the first-start set-up
shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.passwords import LOCK_DURATION, MAX_FAILED_LOGINS
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.desk import Desk, Officer
from rescue_desk.ui.widgets import FieldMessages, right_aligned_form


def sex_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("Sex", "Male"), "M")
    combo.addItem(QCoreApplication.translate("Sex", "Female"), "F")
    return combo


class LoginDialog(QDialog):
    """Log in at the start, or take over a locked desk with one's own login."""

    def __init__(self, desk: Desk, station_name: str, parent: QWidget | None = None, *,
                 locked_by: Officer | None = None, hint: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.officer: Officer | None = None
        self.setWindowTitle(self.tr("Log in — {station}").format(station=station_name))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        title = QLabel(station_name)
        title.setObjectName("page_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        if locked_by is not None:
            note = QLabel(self.tr("The desk was locked while idle. {name} can continue, or "
                                  "another officer can take over with their own login.")
                          .format(name=locked_by.name))
            note.setWordWrap(True)
            note.setObjectName("hint")
            layout.addWidget(note)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.login_edit = QLineEdit(objectName="login_edit")
        self.password_edit = QLineEdit(objectName="password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields.add("login", self.tr("Login name"), self.login_edit)
        self.fields.add("password", self.tr("Password"), self.password_edit,
                        tooltip=self.tr("{n} wrong passwords in a row lock the account for "
                                        "{minutes} minutes.").format(
                            n=MAX_FAILED_LOGINS,
                            minutes=int(LOCK_DURATION.total_seconds() // 60)))
        layout.addLayout(form)
        if locked_by is not None:
            self.login_edit.setText(locked_by.login)
            self.password_edit.setFocus()
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("hint")
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Log in"))
        self.login_button.setObjectName("login_button")
        self.login_button.setProperty("primary", True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit") if locked_by is None else self.tr("Close the desk"))
        buttons.accepted.connect(self.on_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def on_login(self) -> None:
        self.fields.clear()
        try:
            self.officer = AccountService(self.desk).login(self.login_edit.text(),
                                                           self.password_edit.text())
        except DeskError as error:
            self.fields.show_error(error, fallback="password")
            self.password_edit.clear()
            return
        self.accept()
