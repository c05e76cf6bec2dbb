"""The first-start set-up of the station and the login (also used to unlock an idle desk)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.errors import DeskError, PasswordsDiffer
from rescue_desk.domain.passwords import LOCK_DURATION, MAX_FAILED_LOGINS
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.desk import Desk, Officer
from rescue_desk.ui.widgets import FieldMessages, dialog_buttons, right_aligned_form


def sex_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("Sex", "Male"), "M")
    combo.addItem(QCoreApplication.translate("Sex", "Female"), "F")
    return combo


class SetupDialog(QDialog):
    """First start: the station's details and its first administrator."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.officer: Officer | None = None
        self.setWindowTitle(self.tr("Set up the station"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This database is new. Enter the station's details and create "
                               "the administrator, who can then add the other officers."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        station_box = QGroupBox(self.tr("Station"))
        station_form = right_aligned_form()
        station_box.setLayout(station_form)
        self.station_fields = FieldMessages(station_form)
        self.station_name_edit = QLineEdit(objectName="station_name_edit")
        self.station_name_edit.setPlaceholderText(self.tr("e.g. 某某市救助管理站"))
        self.hotline_edit = QLineEdit(objectName="hotline_edit")
        self.address_edit = QLineEdit(objectName="address_edit")
        self.region_edit = QLineEdit(objectName="region_code_edit")
        self.region_edit.setPlaceholderText("440100")
        self.station_fields.add("station_name", self.tr("Station name"), self.station_name_edit,
                                required=True)
        self.station_fields.add("hotline", self.tr("Hotline"), self.hotline_edit)
        self.station_fields.add("address", self.tr("Address"), self.address_edit)
        self.station_fields.add("region_code", self.tr("Region code"), self.region_edit,
                                tooltip=self.tr("Six digits of the administrative region, "
                                                "e.g. 440100 for Guangzhou."))
        layout.addWidget(station_box)

        admin_box = QGroupBox(self.tr("Administrator"))
        admin_form = right_aligned_form()
        admin_box.setLayout(admin_form)
        self.admin_fields = FieldMessages(admin_form)
        self.login_edit = QLineEdit(objectName="login_edit")
        self.name_edit = QLineEdit(objectName="name_edit")
        self.sex_combo = sex_combo()
        self.sex_combo.setObjectName("sex_combo")
        self.password_edit = QLineEdit(objectName="password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again_edit = QLineEdit(objectName="password_again_edit")
        self.password_again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_fields.add("login", self.tr("Login name"), self.login_edit, required=True,
                              tooltip=self.tr("Letters, digits, dot, dash or underscore."))
        self.admin_fields.add("name", self.tr("Full name"), self.name_edit, required=True)
        self.admin_fields.add("sex", self.tr("Sex"), self.sex_combo, required=True)
        self.admin_fields.add("password", self.tr("Password"), self.password_edit,
                              required=True, tooltip=self.tr("At least 6 characters."))
        self.admin_fields.add("password_again", self.tr("Password again"),
                              self.password_again_edit, required=True,
                              tooltip=self.tr("The same as the password."))
        layout.addWidget(admin_box)

        buttons, self.save_button = dialog_buttons(
            self, self.tr("Set up"), self.tr("Cancel"), self.on_save,
            object_name="save_button")
        layout.addWidget(buttons)

    def on_save(self) -> None:
        self.station_fields.clear()
        self.admin_fields.clear()
        try:
            if self.password_edit.text() != self.password_again_edit.text():
                raise PasswordsDiffer(field="password_again")
            self.officer = AccountService(self.desk).set_up_station(
                name=self.station_name_edit.text(), hotline=self.hotline_edit.text(),
                address=self.address_edit.text(), region_code=self.region_edit.text(),
                admin=NewUser(self.login_edit.text(), self.name_edit.text(),
                              self.sex_combo.currentData(), self.password_edit.text(),
                              frozenset({Role.ADMIN})),
            )
        except DeskError as error:
            if not self.station_fields.show_error(error):
                self.admin_fields.show_error(error, fallback="login")
            return
        self.desk.officer = self.officer
        self.accept()


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
