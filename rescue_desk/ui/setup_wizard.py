"""The guided first start: with no station in the database, the desk walks the administrator
through the station's details, their own account, the areas and beds (from a template), the
local rules and their defaults, and a test print. The demo station can be opened instead."""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rescue_desk.domain.beds import LAYOUT_TEMPLATES, TEMPLATE_LABELS, template_bed_count
from rescue_desk.domain.errors import DeskError, PasswordsDiffer, RequiredField
from rescue_desk.domain.roles import Role
from rescue_desk.domain.rules import LOCAL_RULES
from rescue_desk.services.accounts import F_LOGIN, F_NAME, F_STATION, AccountService, NewUser
from rescue_desk.services.desk import Desk, Officer
from rescue_desk.ui.dialogs import sex_combo
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.widgets import FieldMessages, right_aligned_form

#: Fields of the station page and of the administrator page (where a refusal is shown).
STATION_FIELDS = ("station_name", "hotline", "address", "region_code")
ADMIN_FIELDS = ("login", "name", "sex", "password", "password_again", "phone")


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


class StartPage(QWizardPage):
    """Set up this station, or look around the demo station first."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Rescue Desk"))
        self.setSubTitle(self.tr("This database holds no station yet."))
        layout = QVBoxLayout(self)
        self.set_up_radio = QRadioButton(self.tr("Set up our station now"),
                                         objectName="set_up_radio")
        self.demo_radio = QRadioButton(self.tr("Try the demo station first"),
                                       objectName="demo_radio")
        group = QButtonGroup(self)
        for radio in (self.set_up_radio, self.demo_radio):
            group.addButton(radio)
        self.set_up_radio.setChecked(True)
        # Next or Finish follows the choice
        self.demo_radio.toggled.connect(self.setFinalPage)
        layout.addWidget(self.set_up_radio)
        layout.addWidget(_hint(self.tr(
            "About five minutes: the station's details, your administrator account, the areas "
            "and beds, the local rules, and a test print.")))
        layout.addSpacing(12)
        layout.addWidget(self.demo_radio)
        layout.addWidget(_hint(self.tr(
            "A throw-away station full of made-up people, to learn the desk. Its title bar and "
            "every printout say DEMO, and nothing is kept: the next start offers this set-up "
            "again.")))
        layout.addStretch()

    def nextId(self) -> int:  # noqa: N802
        return -1 if self.demo_radio.isChecked() else SetupWizard.STATION


class StationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The station"))
        self.setSubTitle(self.tr("Printed at the top of every form and report."))
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        layout.addLayout(form)
        self.fields = FieldMessages(form)
        self.station_name_edit = QLineEdit(objectName="station_name_edit")
        self.station_name_edit.setPlaceholderText(self.tr("e.g. 某某市救助管理站"))
        self.hotline_edit = QLineEdit(objectName="hotline_edit")
        self.address_edit = QLineEdit(objectName="address_edit")
        self.region_edit = QLineEdit(objectName="region_code_edit")
        self.region_edit.setPlaceholderText("440100")
        self.fields.add("station_name", self.tr("Station name"), self.station_name_edit,
                        required=True)
        self.fields.add("hotline", self.tr("Hotline"), self.hotline_edit,
                        tooltip=self.tr("The 24-hour rescue hotline, printed on slips."))
        self.fields.add("address", self.tr("Address"), self.address_edit)
        self.fields.add("region_code", self.tr("Region code"), self.region_edit,
                        tooltip=self.tr("Six digits of the administrative region, "
                                        "e.g. 440100 for Guangzhou."))
        layout.addStretch()

    def validatePage(self) -> bool:  # noqa: N802
        self.fields.clear()
        if not self.station_name_edit.text().strip():
            self.fields.show_error(RequiredField(field="station_name", label=F_STATION))
            return False
        return True


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your administrator account"))
        self.setSubTitle(self.tr("The administrator adds the other officers and their roles "
                                 "afterwards (Settings → Officers)."))
        layout = QVBoxLayout(self)
        form = right_aligned_form()
        layout.addLayout(form)
        self.fields = FieldMessages(form)
        self.login_edit = QLineEdit(objectName="login_edit")
        self.name_edit = QLineEdit(objectName="name_edit")
        self.sex_combo = sex_combo()
        self.sex_combo.setObjectName("sex_combo")
        self.phone_edit = QLineEdit(objectName="phone_edit")
        self.password_edit = QLineEdit(objectName="password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again_edit = QLineEdit(objectName="password_again_edit")
        self.password_again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields.add("login", self.tr("Login name"), self.login_edit, required=True,
                        tooltip=self.tr("Letters, digits, dot, dash or underscore."))
        self.fields.add("name", self.tr("Full name"), self.name_edit, required=True)
        self.fields.add("sex", self.tr("Sex"), self.sex_combo, required=True,
                        tooltip=self.tr("A body check is done by an officer of the same sex."))
        self.fields.add("phone", self.tr("Phone"), self.phone_edit)
        self.fields.add("password", self.tr("Password"), self.password_edit, required=True,
                        tooltip=self.tr("At least 6 characters."))
        self.fields.add("password_again", self.tr("Password again"), self.password_again_edit,
                        required=True, tooltip=self.tr("The same as the password."))
        layout.addStretch()

    def validatePage(self) -> bool:  # noqa: N802
        self.fields.clear()
        for key, edit, label in (("login", self.login_edit, F_LOGIN),
                                 ("name", self.name_edit, F_NAME)):
            if not edit.text().strip():
                self.fields.show_error(RequiredField(field=key, label=label))
                return False
        if self.password_edit.text() != self.password_again_edit.text():
            self.fields.show_error(PasswordsDiffer(field="password_again"))
            return False
        return True


class BedsPage(QWizardPage):
    """The areas and beds, from a template the station adjusts later."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Areas and beds"))
        self.setSubTitle(self.tr("Start from the template nearest your station; rename, add or "
                                 "remove areas, rooms and beds later in Settings → Areas and "
                                 "beds."))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for name in LAYOUT_TEMPLATES:
            radio = QRadioButton(QCoreApplication.translate("Beds", TEMPLATE_LABELS[name]),
                                 objectName=f"template_{name}")
            self.group.addButton(radio)
            self.radios[name] = radio
            layout.addWidget(radio)
            areas = "、".join(area for area, *_ in LAYOUT_TEMPLATES[name])
            layout.addWidget(_hint(self.tr("{beds} beds: {areas}").format(
                beds=template_bed_count(name), areas=areas)))
        self.none_radio = QRadioButton(self.tr("No beds yet: I will lay them out myself"),
                                       objectName="template_none")
        self.group.addButton(self.none_radio)
        layout.addWidget(self.none_radio)
        self.radios["medium"].setChecked(True)
        layout.addStretch()

    def template(self) -> str:
        return next((name for name, radio in self.radios.items() if radio.isChecked()), "")


class RulesPage(QWizardPage):
    """The local rules and their defaults, explained; the station is set up on Next."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Local rules"))
        self.setSubTitle(self.tr("The numbers that differ by province or city start at these "
                                 "defaults. Change them any time in Settings → Local rules."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Set up the station"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(LOCAL_RULES), 2, objectName="rules_table")
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Default")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, rule in enumerate(LOCAL_RULES):
            label = QCoreApplication.translate("LocalRule", rule.label)
            explanation = QCoreApplication.translate("LocalRule", rule.explanation)
            item = QTableWidgetItem(f"{label}\n{explanation}")
            item.setToolTip(explanation)
            self.table.setItem(row, 0, item)
            unit = QCoreApplication.translate("LocalRule", rule.unit) if rule.unit else ""
            self.table.setItem(row, 1, QTableWidgetItem(f"{rule.default} {unit}".strip()))
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        self.error_label = QLabel(objectName="error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

    def validatePage(self) -> bool:  # noqa: N802 - the commit: station, administrator, beds
        wizard: SetupWizard = self.wizard()
        return wizard.set_up()


class PrintPage(QWizardPage):
    """The station is set up: a test print checks the printer and the Chinese font."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.setTitle(self.tr("A test print"))
        self.setSubTitle(self.tr("The station is set up and you are logged in. Print a test "
                                 "page to check the printer, the Chinese font and the scale."))
        layout = QVBoxLayout(self)
        self.print_button = QPushButton(self.tr("Print a test page…"), objectName="print_button")
        self.print_button.clicked.connect(self.on_print)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result_label = QLabel(objectName="result_label")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        layout.addWidget(_hint(self.tr(
            "On the test page, the ruler must measure 100 mm and the Chinese text must be "
            "clear. If the font is missing, install WenQuanYi Micro Hei or choose a font file "
            "in Settings → Printing. You can print the test page again there.")))
        layout.addStretch()

    def test_page_pdf(self) -> bytes:
        from rescue_desk.printing.sample import test_page
        from rescue_desk.ui.printing import print_context

        stream = io.BytesIO()
        test_page(print_context(self.desk), stream)
        return stream.getvalue()

    def on_print(self) -> None:
        from rescue_desk.ui.printing import print_pdf

        try:
            data = self.test_page_pdf()
        except DeskError as error:
            self.result_label.setText(tr_desk_error(error))
            return
        if print_pdf(self, data, "test-page.pdf"):
            self.result_label.setText(self.tr("The test page was sent to the printer."))


class SetupWizard(QWizard):
    """First start. After ``exec()``, ``demo_requested`` says the demo station was chosen;
    otherwise ``officer`` is the administrator, logged in."""

    START, STATION, ADMIN, BEDS, RULES, PRINT = range(6)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_wizard")
        self.desk = desk
        self.officer: Officer | None = None
        self.demo_requested = False
        self.setWindowTitle(self.tr("Set up the station"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # set up by then
        self.setMinimumSize(720, 600)
        self.start_page = StartPage()
        self.station_page = StationPage()
        self.admin_page = AdminPage()
        self.beds_page = BedsPage()
        self.rules_page = RulesPage()
        self.print_page = PrintPage(desk)
        for key, page in ((self.START, self.start_page), (self.STATION, self.station_page),
                          (self.ADMIN, self.admin_page), (self.BEDS, self.beds_page),
                          (self.RULES, self.rules_page), (self.PRINT, self.print_page)):
            self.setPage(key, page)
        self.setStartId(self.START)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def accept(self) -> None:
        self.demo_requested = self.currentId() == self.START and \
            self.start_page.demo_radio.isChecked()
        super().accept()

    def set_up(self) -> bool:
        """The station and its administrator (one transaction), then the beds of the chosen
        template. A refusal is shown next to its field, on its page."""
        station, admin = self.station_page, self.admin_page
        self.rules_page.error_label.hide()
        try:
            officer = AccountService(self.desk).set_up_station(
                name=station.station_name_edit.text(), hotline=station.hotline_edit.text(),
                address=station.address_edit.text(), region_code=station.region_edit.text(),
                admin=NewUser(admin.login_edit.text(), admin.name_edit.text(),
                              admin.sex_combo.currentData(), admin.password_edit.text(),
                              frozenset({Role.ADMIN}), admin.phone_edit.text()))
        except DeskError as error:
            field = error.field
            target = (self.STATION, station.fields) if field in STATION_FIELDS else \
                (self.ADMIN, admin.fields) if field in ADMIN_FIELDS else (None, None)
            if target[0] is None:
                self.rules_page.error_label.setText(tr_desk_error(error))
                self.rules_page.error_label.show()
                return False
            while self.currentId() != target[0] and self.currentId() != self.START:
                self.back()
            target[1].show_error(error)
            return False
        self.officer = officer
        self.desk.officer = officer
        template = self.beds_page.template()
        if template:
            from rescue_desk.services.beds import BedService

            try:
                BedService(self.desk).apply_template(template)
            except DeskError as error:  # the station stands; beds can be laid out in Settings
                # said on the next page (the test print), where the wizard goes now
                self.print_page.result_label.setText(tr_desk_error(error))
        return True
