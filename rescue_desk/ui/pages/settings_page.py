"""Settings: station details, officers and roles, local rules, language and display, the audit
trail, backups, and one's own password. Administrators change; others see what applies to them."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.errors import DeskError, PasswordsDiffer
from rescue_desk.domain.roles import ROLE_LABELS, Permission, Role
from rescue_desk.services.accounts import AccountService, NewUser, UserRow
from rescue_desk.services.audit import AuditService
from rescue_desk.services.custody import CustodyService
from rescue_desk.services.desk import Desk
from rescue_desk.services.settings import SettingsService
from rescue_desk.ui import printing
from rescue_desk.ui.dialogs import sex_combo
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.models import (
    ROW_ROLE,
    AuditTableModel,
    UserTableModel,
    snapshot_table_view,
)
from rescue_desk.ui.pages.areas_tab import AreasTab
from rescue_desk.ui.pages.backups_tab import BackupsTab
from rescue_desk.ui.widgets import (
    FieldMessages,
    dialog_buttons,
    icon,
    primary_button,
    right_aligned_form,
)


class StationTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.accounts = AccountService(desk)
        editable = desk.officer is not None and desk.officer.may(Permission.EDIT_STATION)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Station details"))
        form = right_aligned_form()
        box.setLayout(form)
        self.fields = FieldMessages(form)
        self.station_name_edit = QLineEdit(objectName="station_name_edit")
        self.hotline_edit = QLineEdit(objectName="hotline_edit")
        self.address_edit = QLineEdit(objectName="address_edit")
        self.region_edit = QLineEdit(objectName="region_code_edit")
        self.fields.add("station_name", self.tr("Station name"), self.station_name_edit,
                        required=True)
        self.fields.add("hotline", self.tr("Hotline"), self.hotline_edit)
        self.fields.add("address", self.tr("Address"), self.address_edit)
        self.fields.add("region_code", self.tr("Region code"), self.region_edit,
                        tooltip=self.tr("Six digits of the administrative region, "
                                        "e.g. 440100 for Guangzhou."))
        layout.addWidget(box)
        row = QHBoxLayout()
        row.addStretch()
        self.save_button = primary_button(self.tr("Save"), "mdi6.content-save")
        self.save_button.setObjectName("station_save_button")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.on_save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        if not editable:
            note = QLabel(self.tr("Only an administrator can change the station's details."))
            note.setObjectName("hint")
            layout.addWidget(note)
            for edit in (self.station_name_edit, self.hotline_edit, self.address_edit,
                         self.region_edit):
                edit.setReadOnly(True)
            self.save_button.hide()
        layout.addStretch()
        self.load()

    def load(self) -> None:
        info = self.accounts.station()
        if info is None:
            return
        self.station_name_edit.setText(info.name)
        self.hotline_edit.setText(info.hotline)
        self.address_edit.setText(info.address)
        self.region_edit.setText(info.region_code)

    def on_save(self) -> None:
        self.fields.clear()
        try:
            self.accounts.update_station(
                name=self.station_name_edit.text(), hotline=self.hotline_edit.text(),
                address=self.address_edit.text(), region_code=self.region_edit.text())
        except DeskError as error:
            self.fields.show_error(error, fallback="station_name")
            return
        self.window().statusBar().showMessage(self.tr("Station details saved."), 5000)


class UserDialog(QDialog):
    """Add an officer or change one (roles, contact, switched on or off)."""

    def __init__(self, desk: Desk, user: UserRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        self.setWindowTitle(self.tr("Add an officer") if user is None
                            else self.tr("Officer {login}").format(login=user.login))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.login_edit = QLineEdit(objectName="login_edit")
        self.name_edit = QLineEdit(objectName="name_edit")
        self.sex_combo = sex_combo()
        self.sex_combo.setObjectName("sex_combo")
        self.phone_edit = QLineEdit(objectName="phone_edit")
        self.password_edit = QLineEdit(objectName="password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields.add("login", self.tr("Login name"), self.login_edit, required=True,
                        tooltip=self.tr("Letters, digits, dot, dash or underscore."))
        self.fields.add("name", self.tr("Full name"), self.name_edit, required=True)
        self.fields.add("sex", self.tr("Sex"), self.sex_combo, required=True,
                        tooltip=self.tr("Needed because a body check is done by an officer "
                                        "of the same sex."))
        self.fields.add("phone", self.tr("Phone"), self.phone_edit)
        if user is None:
            self.fields.add("password", self.tr("Password"), self.password_edit, required=True,
                            tooltip=self.tr("At least 6 characters."))
        roles_box = QWidget()
        grid = QGridLayout(roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[Role, QCheckBox] = {}
        for i, role in enumerate(Role):
            check = QCheckBox(self.translate_role(role))
            check.setObjectName(f"role_{role.value}_check")
            self.role_checks[role] = check
            grid.addWidget(check, i // 2, i % 2)
        self.fields.add("roles", self.tr("Roles"), roles_box, required=True)
        self.active_check = QCheckBox(self.tr("Can log in"))
        self.active_check.setObjectName("active_check")
        self.active_check.setChecked(True)
        if user is not None:
            self.fields.add("active", self.tr("Account"), self.active_check)
            self.login_edit.setText(user.login)
            self.login_edit.setReadOnly(True)
            self.name_edit.setText(user.name)
            self.sex_combo.setCurrentIndex(0 if user.sex == "M" else 1)
            self.phone_edit.setText(user.phone)
            for role, check in self.role_checks.items():
                check.setChecked(role in user.roles)
            self.active_check.setChecked(user.active)
        layout.addLayout(form)
        buttons, self.save_button = dialog_buttons(
            self, self.tr("Save"), self.tr("Cancel"), self.on_save,
            object_name="save_button")
        layout.addWidget(buttons)

    @staticmethod
    def translate_role(role: Role) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Role", ROLE_LABELS[role])

    def chosen_roles(self) -> frozenset[Role]:
        return frozenset(r for r, check in self.role_checks.items() if check.isChecked())

    def on_save(self) -> None:
        self.fields.clear()
        accounts = AccountService(self.desk)
        try:
            if self.user is None:
                accounts.create_user(NewUser(
                    self.login_edit.text(), self.name_edit.text(), self.sex_combo.currentData(),
                    self.password_edit.text(), self.chosen_roles(), self.phone_edit.text()))
            else:
                accounts.update_user(
                    self.user.id, name=self.name_edit.text(), sex=self.sex_combo.currentData(),
                    phone=self.phone_edit.text(), roles=self.chosen_roles(),
                    active=self.active_check.isChecked())
        except DeskError as error:
            self.fields.show_error(error, fallback="login")
            return
        self.accept()


class PasswordDialog(QDialog):
    """A new password for an officer (administrator), or one's own (with the old one)."""

    def __init__(self, title: str, *, ask_old: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        self.fields = FieldMessages(form)
        self.old_edit = QLineEdit(objectName="old_password_edit")
        self.new_edit = QLineEdit(objectName="password_edit")
        self.again_edit = QLineEdit(objectName="password_again_edit")
        for edit in (self.old_edit, self.new_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if ask_old:
            self.fields.add("old_password", self.tr("Current password"), self.old_edit,
                            required=True)
        self.fields.add("password", self.tr("New password"), self.new_edit, required=True,
                        tooltip=self.tr("At least 6 characters."))
        self.fields.add("password_again", self.tr("New password again"), self.again_edit,
                        required=True, tooltip=self.tr("The same as the new password."))
        layout.addLayout(form)
        buttons, self.save_button = dialog_buttons(
            self, self.tr("Change password"), self.tr("Cancel"), self.on_save,
            object_name="save_button")
        layout.addWidget(buttons)
        self.action = None

    def on_save(self) -> None:
        self.fields.clear()
        try:
            if self.new_edit.text() != self.again_edit.text():
                raise PasswordsDiffer(field="password_again")
            if self.action is not None:
                self.action(self.old_edit.text(), self.new_edit.text())
        except DeskError as error:
            self.fields.show_error(error, fallback="password")
            return
        self.accept()


class OfficersTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.accounts = AccountService(desk)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        hint = QLabel(self.tr("One person may hold several roles. Services check the role for "
                              "every action."))
        hint.setObjectName("hint")
        bar.addWidget(hint, 1)
        self.add_button = primary_button(self.tr("Add officer"), "mdi6.account-plus")
        self.add_button.setObjectName("add_user_button")
        self.edit_button = QPushButton(icon("mdi6.account-edit"), self.tr("Change"))
        self.edit_button.setObjectName("edit_user_button")
        self.reset_button = QPushButton(icon("mdi6.key-change"), self.tr("Reset password"))
        self.reset_button.setObjectName("reset_password_button")
        self.unlock_button = QPushButton(icon("mdi6.lock-open-variant"), self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock_button")
        for button in (self.edit_button, self.reset_button, self.unlock_button, self.add_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.model = UserTableModel()
        self.view, self.proxy = snapshot_table_view(self.model)
        self.view.setObjectName("users_view")
        self.view.doubleClicked.connect(self.on_edit)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self.on_add)
        self.edit_button.clicked.connect(self.on_edit)
        self.reset_button.clicked.connect(self.on_reset)
        self.unlock_button.clicked.connect(self.on_unlock)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.accounts.users())
        self.view.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_login(self, login: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).login == login:
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.reset_button):
            button.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.locked_until is not None)

    def on_add(self) -> None:
        if UserDialog(self.desk, None, self).exec():
            self.reload()

    def on_edit(self) -> None:
        user = self.selected()
        if user is not None and UserDialog(self.desk, user, self).exec():
            self.reload()
            self.select_login(user.login)

    def on_reset(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(self.tr("New password for {name}").format(name=user.name),
                                ask_old=False, parent=self)
        dialog.action = lambda _old, new: self.accounts.reset_password(user.id, new)
        if dialog.exec():
            self.window().statusBar().showMessage(
                self.tr("Password of {name} reset.").format(name=user.name), 5000)
            self.reload()

    def on_unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.accounts.unlock(user.id)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Unlock"), tr_desk_error(error))
            return
        self.reload()
        self.select_login(user.login)


class RulesTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = SettingsService(desk)
        editable = desk.officer is not None and desk.officer.may(Permission.EDIT_RULES)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Rules that differ by province or city. Each shows its default; "
                               "change them to your station's practice."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(self.tr("Local rules"))
        form = right_aligned_form()
        box.setLayout(form)
        self.fields = FieldMessages(form)
        self.editors: dict[str, QWidget] = {}
        from PySide6.QtCore import QCoreApplication

        for value in self.settings.all():
            rule = value.rule
            if rule.kind == "int":
                editor = QSpinBox()
                editor.setRange(rule.minimum, rule.maximum)
                editor.setValue(int(value.value))
                editor.setSuffix(" " + QCoreApplication.translate("LocalRule", rule.unit))
                unit = QCoreApplication.translate("LocalRule", rule.unit)
                default = f"{rule.default} {unit}"
            elif rule.kind == "monthday":
                editor = QLineEdit(str(value.value))
                editor.setInputMask("99-99")
                editor.setFixedWidth(90)
                default = str(rule.default)
            else:
                editor = QTimeEdit()
                editor.setDisplayFormat("HH:mm")
                editor.setTime(QTime.fromString(str(value.value), "HH:mm"))
                default = str(rule.default)
            editor.setObjectName(f"{rule.key}_edit")
            editor.setToolTip(self.rule_range(rule))
            editor.setEnabled(editable)
            explanation = QCoreApplication.translate("LocalRule", rule.explanation) + "  " + \
                self.tr("(default: {default})").format(default=default)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor, 0, Qt.AlignmentFlag.AlignLeft)
            note = QLabel(explanation)
            note.setObjectName("hint")
            note.setWordWrap(True)
            column.addWidget(note)
            self.fields.add(rule.key, QCoreApplication.translate("LocalRule", rule.label), holder,
                            tooltip=editor.toolTip())
            self.editors[rule.key] = editor
        # The rules scroll, so that the window still fits a 768-pixel-high screen.
        scroll = QScrollArea(objectName="rules_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(box)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch()
        self.save_button = primary_button(self.tr("Save rules"), "mdi6.content-save")
        self.save_button.setObjectName("rules_save_button")
        self.save_button.clicked.connect(self.on_save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        if not editable:
            self.save_button.hide()
            note = QLabel(self.tr("Only an administrator can change local rules."))
            note.setObjectName("hint")
            layout.addWidget(note)

    def rule_range(self, rule) -> str:
        """The values a local rule accepts, in one line."""
        from PySide6.QtCore import QCoreApplication

        if rule.kind == "int":
            return self.tr("{minimum} to {maximum} {unit}.").format(
                minimum=rule.minimum, maximum=rule.maximum,
                unit=QCoreApplication.translate("LocalRule", rule.unit))
        if rule.kind == "monthday":
            return self.tr("Month and day, e.g. 11-15.")
        return self.tr("24-hour time, e.g. 09:00.")

    def value_of(self, key: str):
        editor = self.editors[key]
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QLineEdit):
            return editor.text()
        return editor.time().toString("HH:mm")

    def on_save(self) -> None:
        self.fields.clear()
        try:
            for key in self.editors:
                self.settings.set(key, self.value_of(key))
        except DeskError as error:
            self.fields.show_error(error)
            return
        self.window().statusBar().showMessage(self.tr("Local rules saved."), 5000)


class LocationsTab(QWidget):
    """The store room's places (shelves, lockers) that bags are put in."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.custody = CustodyService(desk)
        editable = desk.officer is not None and desk.officer.may(Permission.EDIT_RULES)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("One storage place per line, as written on the shelves and "
                              "lockers. Bags are put in these places."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.places_edit = QPlainTextEdit(objectName="places_edit")
        self.places_edit.setToolTip(self.tr("At least one place; at most 40 characters a "
                                            "line."))
        self.places_edit.setPlainText("\n".join(self.custody.locations()))
        self.places_edit.setReadOnly(not editable)
        layout.addWidget(self.places_edit)
        self.message = QLabel(objectName="field_error")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch()
        self.save_button = primary_button(self.tr("Save places"), "mdi6.content-save")
        self.save_button.setObjectName("places_save_button")
        self.save_button.clicked.connect(self.on_save)
        self.save_button.setVisible(editable)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def on_save(self) -> None:
        self.message.clear()
        try:
            self.custody.set_locations(self.places_edit.toPlainText().splitlines())
        except DeskError as error:
            self.message.setText(tr_desk_error(error))
            return
        self.places_edit.setPlainText("\n".join(self.custody.locations()))
        self.window().statusBar().showMessage(self.tr("Storage places saved."), 5000)


class PrintingTab(QWidget):
    """The font printed forms embed (a TrueType Chinese font of this PC), and a test page."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Printing on this PC"))
        form = right_aligned_form()
        box.setLayout(form)
        self.fields = FieldMessages(form)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.font_edit = QLineEdit(objectName="font_edit")
        self.font_edit.setPlaceholderText(self.tr("Empty: found on the system (e.g. SimHei, "
                                                  "Microsoft YaHei, WenQuanYi Micro Hei)"))
        self.font_edit.setText(printing.font_setting() or "")
        self.browse_button = QPushButton(icon("mdi6.folder-open"), self.tr("Choose…"))
        self.browse_button.setObjectName("font_browse_button")
        row_layout.addWidget(self.font_edit, 1)
        row_layout.addWidget(self.browse_button)
        self.fields.add("font", self.tr("Chinese font file"), row,
                        tooltip=self.tr("A TrueType font (.ttf or .ttc) with Chinese characters; "
                                        "it is embedded in every printed form."))
        self.font_label = QLabel(objectName="font_label")
        form.addRow(self.tr("Font in use"), self.font_label)
        layout.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.test_button = QPushButton(icon("mdi6.printer"), self.tr("Print a test page"))
        self.test_button.setObjectName("test_print_button")
        self.save_button = primary_button(self.tr("Save"), "mdi6.content-save")
        self.save_button.setObjectName("printing_save_button")
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch()
        self.browse_button.clicked.connect(self.on_browse)
        self.save_button.clicked.connect(self.on_save)
        self.test_button.clicked.connect(self.on_test_page)
        self.show_font()

    def show_font(self) -> None:
        from rescue_desk.printing.fonts import find_cjk_font

        try:
            found = find_cjk_font(printing.font_setting())
            self.font_label.setText(str(found.path))
        except DeskError as error:
            self.font_label.setText(tr_desk_error(error))

    def on_browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Chinese font"), "",
                                                self.tr("TrueType fonts (*.ttf *.ttc)"))
        if chosen:
            self.font_edit.setText(chosen)

    def on_save(self) -> bool:
        from rescue_desk.printing.fonts import check_font_file

        self.fields.clear()
        path = self.font_edit.text().strip()
        try:
            if path:
                check_font_file(path)
        except DeskError as error:
            error.field = "font"
            self.fields.show_error(error)
            return False
        QSettings().setValue(printing.FONT_KEY, path)
        self.show_font()
        self.window().statusBar().showMessage(self.tr("Printing settings saved."), 5000)
        return True

    def on_test_page(self) -> None:
        import io

        from rescue_desk.printing.sample import test_page

        stream = io.BytesIO()
        try:
            test_page(printing.print_context(self.desk), stream)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Print a test page"), tr_desk_error(error))
            return
        printing.print_pdf(self, stream.getvalue(), "test-page.pdf")


class DisplayTab(QWidget):
    """Language and text size: preferences of this PC, kept in QSettings."""

    language_changed = Signal(str)
    scale_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Language and display on this PC"))
        form = right_aligned_form()
        box.setLayout(form)
        settings = QSettings()
        self.language_combo = QComboBox(objectName="language_combo")
        self.language_combo.addItem("中文（简体）", "zh_CN")
        self.language_combo.addItem("English", "en")
        current = settings.value("language", "zh_CN")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        form.addRow(self.tr("Language"), self.language_combo)
        self.scale_spin = QDoubleSpinBox(objectName="scale_spin")
        self.scale_spin.setRange(0.8, 2.0)
        self.scale_spin.setSingleStep(0.1)
        self.scale_spin.setDecimals(1)
        self.scale_spin.setSuffix(" ×")
        self.scale_spin.setValue(float(settings.value("font_scale", 1.0)))
        self.scale_spin.setToolTip(self.tr("Makes all text larger or smaller, for older staff "
                                           "and high-resolution screens."))
        form.addRow(self.tr("Text size"), self.scale_spin)
        layout.addWidget(box)
        row = QHBoxLayout()
        row.addStretch()
        self.apply_button = primary_button(self.tr("Apply"), "mdi6.check")
        self.apply_button.setObjectName("display_apply_button")
        self.apply_button.clicked.connect(self.on_apply)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        layout.addStretch()

    def on_apply(self) -> None:
        settings = QSettings()
        language = self.language_combo.currentData()
        scale = round(self.scale_spin.value(), 1)
        old_scale = float(settings.value("font_scale", 1.0))
        if scale != old_scale:
            settings.setValue("font_scale", scale)
            self.scale_changed.emit(scale)
        if language != settings.value("language", "zh_CN"):
            settings.setValue("language", language)
            self.language_changed.emit(language)


class AuditTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = AuditService(desk)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        hint = QLabel(self.tr("Every change made at any desk, newest first. Records cannot be "
                              "edited; “rescue-desk check” proves none was changed."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        self.refresh_button = QPushButton(icon("mdi6.refresh"), self.tr("Refresh"))
        self.refresh_button.setObjectName("audit_refresh_button")
        self.refresh_button.clicked.connect(self.reload)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        self.model = AuditTableModel()
        self.view, _ = snapshot_table_view(self.model)
        self.view.setObjectName("audit_view")
        layout.addWidget(self.view)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.service.recent())
        self.view.resizeColumnsToContents()


class AccountTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        layout = QVBoxLayout(self)
        officer = desk.require()
        from rescue_desk.ui.models import role_names

        box = QGroupBox(self.tr("My account"))
        form = right_aligned_form()
        box.setLayout(form)
        form.addRow(self.tr("Login name"), QLabel(officer.login))
        form.addRow(self.tr("Full name"), QLabel(officer.name))
        form.addRow(self.tr("Roles"), QLabel(role_names(officer.roles)))
        layout.addWidget(box)
        row = QHBoxLayout()
        row.addStretch()
        self.password_button = QPushButton(icon("mdi6.key"), self.tr("Change my password"))
        self.password_button.setObjectName("own_password_button")
        self.password_button.clicked.connect(self.on_change_password)
        row.addWidget(self.password_button)
        layout.addLayout(row)
        layout.addStretch()

    def on_change_password(self) -> None:
        dialog = PasswordDialog(self.tr("Change my password"), ask_old=True, parent=self)
        dialog.action = AccountService(self.desk).change_own_password
        if dialog.exec():
            self.window().statusBar().showMessage(self.tr("Your password was changed."), 5000)


class SettingsPage(QWidget):
    """The settings page: tabs by subject; administrators' tabs only for administrators."""

    language_changed = Signal(str)
    scale_changed = Signal(float)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_page")
        self.desk = desk
        self.title = self.tr("Settings")
        officer = desk.require()
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="settings_tabs")
        self.station_tab = StationTab(desk)
        self.tabs.addTab(self.station_tab, icon("mdi6.home-city"), self.tr("Station"))
        self.officers_tab = None
        if officer.may(Permission.MANAGE_USERS):
            self.officers_tab = OfficersTab(desk)
            self.tabs.addTab(self.officers_tab, icon("mdi6.account-key"),
                             self.tr("Officers and roles"))
        self.rules_tab = RulesTab(desk)
        self.tabs.addTab(self.rules_tab, icon("mdi6.scale-balance"), self.tr("Local rules"))
        self.locations_tab = LocationsTab(desk)
        self.tabs.addTab(self.locations_tab, icon("mdi6.warehouse"), self.tr("Storage places"))
        self.areas_tab = AreasTab(desk)
        self.tabs.addTab(self.areas_tab, icon("mdi6.floor-plan"), self.tr("Areas and beds"))
        self.printing_tab = PrintingTab(desk)
        self.tabs.addTab(self.printing_tab, icon("mdi6.printer-settings"), self.tr("Printing"))
        self.display_tab = DisplayTab()
        self.display_tab.language_changed.connect(self.language_changed)
        self.display_tab.scale_changed.connect(self.scale_changed)
        self.tabs.addTab(self.display_tab, icon("mdi6.translate"), self.tr("Language and display"))
        self.audit_tab = None
        if officer.may(Permission.VIEW_AUDIT):
            self.audit_tab = AuditTab(desk)
            self.tabs.addTab(self.audit_tab, icon("mdi6.history"), self.tr("Audit trail"))
        self.backups_tab = None
        if officer.may(Permission.BACKUP):
            self.backups_tab = BackupsTab(desk)
            self.tabs.addTab(self.backups_tab, icon("mdi6.backup-restore"), self.tr("Backups"))
        self.account_tab = AccountTab(desk)
        self.tabs.addTab(self.account_tab, icon("mdi6.account-circle"), self.tr("My account"))
        layout.addWidget(self.tabs)
