"""One stay as registered, read-only (opened from the search box, a scanned intake slip, or a
candidate who is in the station now), with its forms to print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.intake import (
    ID_TYPE_LABELS,
    INSPECTION_LABELS,
    OUTCOME_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
    WELFARE_LABELS,
    AgeBasis,
    IdType,
    Inspection,
    Outcome,
    Source,
    StayStatus,
    Welfare,
)
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import IntakeService, StayRecord
from rescue_desk.ui.pages.intake_page import intake_label, photo_pixmap, sex_label
from rescue_desk.ui.printing import PrintButtons
from rescue_desk.ui.theme import ACCENT, STATE_COLOURS
from rescue_desk.ui.widgets import icon, right_aligned_form

STYLE = f"""
QLabel#stay_name {{ font-size: 17pt; font-weight: bold; }}
QLabel#stay_case {{ font-size: 12pt; color: {ACCENT}; font-weight: bold; }}
QLabel#status_badge {{ color: white; border-radius: 3px; padding: 2px 8px; }}
QLabel#photo_box {{ background: #eef1f4; border: 1px solid #d5dbe1; border-radius: 4px; }}
QGroupBox QLabel {{ font-weight: normal; }}
"""


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _label(enum_type, labels: dict, value: str) -> str:
    try:
        return intake_label(labels[enum_type(value)])
    except (ValueError, KeyError):
        return value


class StayDialog(QDialog):
    """A stay, its person's details as registered, and buttons to print its forms."""

    def __init__(self, desk: Desk, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stay_dialog")
        self.setStyleSheet(STYLE)
        self.desk = desk
        service = IntakeService(desk)
        self.record: StayRecord = service.record(case_no)
        r = self.record
        self.setWindowTitle(self.tr("Stay {case_no} — {name}").format(case_no=r.case_no,
                                                                       name=r.display_name))
        self.setMinimumWidth(820)
        layout = QVBoxLayout(self)
        layout.addLayout(self._head(service))

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(self._stay_box(), 0, 0)
        grid.addWidget(self._person_box(), 0, 1)
        grid.addWidget(self._features_box(), 1, 0, 1, 2)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        self.print_buttons = PrintButtons(desk)
        kinds = ["intake", "registration"]
        if r.outcome == Outcome.REFUSE.value:
            kinds.append("refusal")
        self.print_buttons.set_case(r.case_no, kinds)
        self.print_buttons.setMaximumWidth(420)
        bottom.addWidget(self.print_buttons, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setObjectName("close_button")
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        self.resize(880, 640)

    def _head(self, service: IntakeService) -> QHBoxLayout:
        r = self.record
        head = QHBoxLayout()
        head.setSpacing(14)
        picture = QLabel(objectName="photo_box")
        picture.setFixedSize(96, 128)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = photo_pixmap(service.photo(r.person_id), 96, 128) if r.has_photo else None
        picture.setPixmap(pixmap if pixmap else icon("mdi6.account", "#9aa8b5").pixmap(48, 48))
        head.addWidget(picture)
        text = QVBoxLayout()
        text.setSpacing(4)
        row = QHBoxLayout()
        self.name_label = QLabel(r.display_name, objectName="stay_name")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.name_label)
        status = _label(StayStatus, STATUS_LABELS, r.status)
        colour = {StayStatus.IN_STATION.value: STATE_COLOURS["occupied"],
                  StayStatus.IN_HOSPITAL.value: STATE_COLOURS["held"]}.get(
                      r.status, STATE_COLOURS["out_of_service"])
        self.status_label = QLabel(status, objectName="status_badge")
        self.status_label.setStyleSheet(f"background: {colour};")
        row.addWidget(self.status_label)
        if r.minor:
            minor = QLabel()
            minor.setPixmap(icon("mdi6.human-child", ACCENT).pixmap(22, 22))
            minor.setToolTip(self.tr("Minor"))
            row.addWidget(minor)
            row.addWidget(QLabel(self.tr("Minor")))
        row.addStretch(1)
        text.addLayout(row)
        case = QLabel(self.tr("Case no. {case_no} · arrived {time}").format(
            case_no=r.case_no, time=_when(r.arrived_at)), objectName="stay_case")
        case.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(case)
        facts = [sex_label(r.sex)]
        if r.age is not None:
            basis = {AgeBasis.STATED.value: self.tr("stated"),
                     AgeBasis.ESTIMATED.value: self.tr("estimated")}.get(r.age_basis, "")
            age = self.tr("{age} years").format(age=r.age)
            facts.append(f"{age}（{basis}）" if basis else age)
        if r.birth_date:
            facts.append(self.tr("born {date}").format(date=r.birth_date.isoformat()))
        facts.append(r.ethnicity)
        text.addWidget(QLabel(" · ".join(f for f in facts if f)))
        if r.id_number_shown:
            self.id_label = QLabel(f"{_label(IdType, ID_TYPE_LABELS, r.id_type)}："
                                   f"{r.id_number_shown}", objectName="id_label")
        else:
            self.id_label = QLabel(self.tr("No ID document"), objectName="id_label")
        text.addWidget(self.id_label)
        text.addStretch(1)
        head.addLayout(text, 1)
        return head

    def _box(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = right_aligned_form()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        box.setLayout(form)
        for label, value in rows:
            if not value:
                continue
            field = QLabel(value)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
        if form.rowCount() == 0:
            form.addRow(QLabel(self.tr("Nothing recorded.")))
        return box

    def _stay_box(self) -> QGroupBox:
        r = self.record
        flags = "、".join(intake_label(INSPECTION_LABELS[Inspection(f)])
                         for f in sorted(r.inspection)
                         if f in {i.value for i in Inspection})
        rows = [
            (self.tr("Source"), _label(Source, SOURCE_LABELS, r.source)),
            (self.tr("Escorting unit"), r.escort_unit),
            (self.tr("Escorting officers"), " ".join(x for x in (r.escort_officers,
                                                                r.escort_badges) if x)),
            (self.tr("Escort's phone"), r.escort_phone),
            (self.tr("Where found"), " ".join(x for x in (r.found_place, _when(r.found_at))
                                              if x)),
            (self.tr("Initial check"), flags or self.tr("nothing noted")),
            (self.tr("Notes"), r.inspection_note),
            (self.tr("Outcome"), _label(Outcome, OUTCOME_LABELS, r.outcome)),
            (self.tr("Reason"), r.outcome_reason),
        ]
        if r.readmission_days is not None:
            rows.append((self.tr("Came back"), self.tr(
                "after {days} days; decision: {decision}").format(
                    days=r.readmission_days, decision=r.readmission_decision)))
        rows.append((self.tr("Registered by"), r.registered_by_name or r.registered_by))
        return self._box(self.tr("This stay"), rows)

    def _person_box(self) -> QGroupBox:
        r = self.record
        rows = [
            (self.tr("Name"), r.name if r.unknown_no else ""),
            (self.tr("Alias"), r.alias),
            (self.tr("Household registration"), r.hukou_place),
            (self.tr("Residence"), r.residence),
            (self.tr("低保 / 五保"), "" if r.welfare == Welfare.UNKNOWN.value
             else _label(Welfare, WELFARE_LABELS, r.welfare)),
            (self.tr("Phone"), r.phone),
            (self.tr("ID kept because"), r.id_warning_reason),
        ]
        for contact in r.contacts:
            rows.append((contact.relation or self.tr("Contact"),
                         " ".join(x for x in (contact.name, contact.phone, contact.address)
                                  if x)))
        return self._box(self.tr("Person"), rows)

    def _features_box(self) -> QGroupBox:
        r = self.record
        rows = [
            (self.tr("Height"), self.tr("{cm} cm").format(cm=r.height_cm) if r.height_cm
             else ""),
            (self.tr("Build"), r.build),
            (self.tr("Marks"), r.marks),
            (self.tr("Clothing"), r.clothing),
            (self.tr("Accent or dialect"), r.dialect),
            (self.tr("Fingerprints"), self.tr("taken") if r.fingerprints_taken else ""),
            (self.tr("Seeking help because"), r.vagrancy_reason),
            (self.tr("Time away"), r.vagrancy_length),
            (self.tr("History"), r.vagrancy_history),
            (self.tr("Needs"), r.needs),
        ]
        return self._box(self.tr("Features and help sought"), rows)
