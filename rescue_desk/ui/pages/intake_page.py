"""The intake page (求助登记), the front desk's main job: search before create (people who may
have come before appear as the clerk types), the registration form in the order a clerk asks,
the initial check and its outcome, warnings decided with a reason, and the slips after saving."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QEvent,
    QIODevice,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain import idnumber
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.intake import (
    ESCORTED_SOURCES,
    ETHNICITIES,
    GB11643_TYPES,
    ID_TYPE_LABELS,
    INSPECTION_LABELS,
    OUTCOME_LABELS,
    SOURCE_LABELS,
    STATUS_AFTER,
    STATUS_LABELS,
    WELFARE_LABELS,
    AgeBasis,
    IdType,
    Inspection,
    Outcome,
    Source,
    Welfare,
    age_on,
    is_minor,
)
from rescue_desk.domain.roles import Permission
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import (
    Candidate,
    Contact,
    Decisions,
    IntakeResult,
    IntakeService,
    NeedsDecision,
    PersonForm,
    StayForm,
)
from rescue_desk.services.settings import SettingsService
from rescue_desk.ui.busy import BusyRetry
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.printing import PrintButtons, print_stay_form
from rescue_desk.ui.theme import ACCENT
from rescue_desk.ui.widgets import FieldMessages, icon, primary_button, right_aligned_form

#: How long typing must pause before the candidates are looked up again (ms).
CANDIDATE_DELAY_MS = 150
#: Longest side of a photo as stored (px).
PHOTO_SIDE = 480
#: Rows of relatives and contacts on the form.
CONTACT_ROWS = 3

#: Sexes as the form offers them (context ``Sex``).
SEX_LABELS = {
    "M": QT_TRANSLATE_NOOP("Sex", "Male"),
    "F": QT_TRANSLATE_NOOP("Sex", "Female"),
    "U": QT_TRANSLATE_NOOP("Sex", "Cannot be determined"),
}
#: Why a person is offered as a candidate (context ``IntakePage``).
REASON_LABELS = {
    "id": QT_TRANSLATE_NOOP("IntakePage", "same ID number"),
    "case": QT_TRANSLATE_NOOP("IntakePage", "same case no."),
    "phone": QT_TRANSLATE_NOOP("IntakePage", "same phone"),
    "name": QT_TRANSLATE_NOOP("IntakePage", "same name"),
    "pinyin": QT_TRANSLATE_NOOP("IntakePage", "same pinyin"),
    "similar": QT_TRANSLATE_NOOP("IntakePage", "similar name"),
}
REASON_ORDER = ("id", "case", "phone", "name", "pinyin", "similar")


def intake_label(text: str) -> str:
    """A label of the domain's intake tables (context ``Intake``)."""
    return QCoreApplication.translate("Intake", text)


def sex_label(sex: str) -> str:
    return QCoreApplication.translate("Sex", SEX_LABELS[sex]) if sex in SEX_LABELS else ""


# -- what the clerk typed that cannot be read -------------------------------------------------


class DateFormat(DeskError):
    code = "date_format"
    template = QT_TRANSLATE_NOOP("DeskError", "Write the date as 1980-05-03.")


class DateTimeFormat(DeskError):
    code = "datetime_format"
    template = QT_TRANSLATE_NOOP("DeskError", "Write the date and time as 2026-11-28 20:30.")


class WholeNumber(DeskError):
    code = "whole_number"
    template = QT_TRANSLATE_NOOP("DeskError", "Write a whole number, e.g. {example}.")


class NotAPicture(DeskError):
    code = "not_a_picture"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "This file is not a picture the desk can read; choose a JPEG or PNG file.")


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DATETIME = re.compile(r"^(.+?)[\sT]+(\d{1,2})\s*[:：点时]\s*(\d{1,2})\s*分?$")


def _plain(text: str) -> str:
    """Full-width digits and punctuation (typed with a Chinese IME) made ASCII; trimmed."""
    return unicodedata.normalize("NFKC", text or "").strip()


def parse_date(text: str, field: str) -> dt.date | None:
    """``1980-05-03``, ``1980/5/3``, ``19800503`` or ``1980年5月3日``; None if empty."""
    text = _plain(text)
    if not text:
        return None
    if re.fullmatch(r"\d{8}", text):
        parts = (text[:4], text[4:6], text[6:])
    else:
        match = _DATE.match(text)
        if match is None:
            raise DateFormat(field=field)
        parts = match.groups()
    try:
        return dt.date(*(int(p) for p in parts))
    except ValueError:
        raise DateFormat(field=field) from None


def parse_datetime(text: str, field: str) -> dt.datetime | None:
    """``2026-11-28 20:30`` (date as :func:`parse_date`); None if empty."""
    text = _plain(text)
    if not text:
        return None
    match = _DATETIME.match(text)
    if match is None:
        raise DateTimeFormat(field=field)
    try:
        day = parse_date(match.group(1), field)
        return dt.datetime.combine(day, dt.time(int(match.group(2)), int(match.group(3))))
    except (DateFormat, ValueError, TypeError):
        raise DateTimeFormat(field=field) from None


def parse_whole(text: str, field: str, example: int, units: tuple[str, ...] = ()) -> int | None:
    """A whole number, allowing a trailing unit (``45岁``, ``170cm``); None if empty."""
    text = _plain(text)
    for unit in units:
        if text.lower().endswith(unit):
            text = text[: -len(unit)].strip()
            break
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise WholeNumber(field=field, example=example)
    return int(text)


def jpeg_photo(path: str) -> bytes:
    """The picture at ``path`` scaled to at most PHOTO_SIDE px, as JPEG bytes."""
    image = QImage(path)
    if image.isNull():
        raise NotAPicture(field="photo")
    if max(image.width(), image.height()) > PHOTO_SIDE:
        image = image.scaled(PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())


def photo_pixmap(jpeg: bytes | None, width: int, height: int) -> QPixmap | None:
    if not jpeg:
        return None
    image = QImage.fromData(jpeg)
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)


# -- messages under fields, over several group boxes -------------------------------------------


class _FitHeight(QObject):
    """Keeps a word-wrapped label as tall as its text needs at its current width (nested
    layouts in a scroll area do not always ask a label for its height-for-width again)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            height = watched.heightForWidth(watched.width())
            if height > 0 and watched.minimumHeight() != height:
                watched.setMinimumHeight(height)
        return False


class IntakeFields(FieldMessages):
    """FieldMessages spread over the page's group boxes. Marks the editor itself (red border for
    an error, amber for a warning), joins several warnings of one field, and moves the focus
    only when asked (never while the clerk is leaving a field)."""

    def __init__(self) -> None:
        super().__init__(None)  # type: ignore[arg-type]
        self.editors: dict[str, QWidget] = {}
        self.holders: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._fit = _FitHeight()

    def add_row(self, form: QFormLayout, key: str, label: str, widget: QWidget, *,
                editor: QWidget | None = None, required: bool = False,
                tooltip: str = "") -> QWidget:
        self.form = form
        self.add(key, label, widget, required=required, tooltip=tooltip)
        target = editor or widget
        if tooltip and editor is not None:
            editor.setToolTip(tooltip)
        self.editors[key] = target
        self.holders[key] = (form, widget.parentWidget())
        self.labels[key].installEventFilter(self._fit)
        return widget

    def set_row_visible(self, key: str, visible: bool) -> None:
        form, holder = self.holders[key]
        form.setRowVisible(holder, visible)

    def row_label(self, key: str) -> QLabel:
        form, holder = self.holders[key]
        return form.labelForField(holder)

    def clear(self) -> None:
        for key in self.labels:
            self.clear_key(key)

    def clear_key(self, key: str) -> None:
        self.labels[key].hide()
        self.labels[key].clear()
        self._mark_editor(key, "")

    def message(self, key: str) -> str:
        """The message shown under ``key`` ("" when none): for tests and screen readers."""
        label = self.labels[key]
        return label.text() if not label.isHidden() else ""

    def is_warning(self, key: str) -> bool:
        return self.labels[key].objectName() == "field_warning" and bool(self.message(key))

    def show_error(self, error, fallback: str | None = None, *, focus: bool = True,
                   append: bool = False) -> bool:
        key = error.field if error.field in self.labels else fallback
        if key not in self.labels:
            return False
        warning = bool(getattr(error, "warning", False))
        label = self.labels[key]
        text = tr_desk_error(error)
        if append and self.message(key) and self.is_warning(key) and warning:
            text = self.message(key) + "\n" + text
        label.setObjectName("field_warning" if warning else "field_error")
        label.setStyleSheet("")  # the object name changed: polish again
        label.setText(text)
        label.show()
        label.setMinimumHeight(label.heightForWidth(max(label.width(),
                                                        self.editors[key].width())))
        self._mark_editor(key, "warning" if warning else "error")
        if focus:
            self.editors[key].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _mark_editor(self, key: str, state: str) -> None:
        widget = self.editors[key]
        widget.setProperty("invalid", state == "error")
        widget.setProperty("warning", state == "warning")
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _boxed(*widgets: QWidget | QHBoxLayout, vertical: bool = False,
           stretch: bool = True) -> QWidget:
    """Widgets side by side (or one under the other) in a margin-less holder."""
    holder = QWidget()
    layout = QVBoxLayout(holder) if vertical else QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4 if vertical else 12)
    for widget in widgets:
        if isinstance(widget, QHBoxLayout):
            layout.addLayout(widget)
        else:
            layout.addWidget(widget)
    if stretch and not vertical:
        layout.addStretch(1)
    return holder


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _text_box(lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


PAGE_STYLE = f"""
QLineEdit[warning="true"], QComboBox[warning="true"], QPlainTextEdit[warning="true"] {{
    border: 1px solid #c98a00; border-radius: 3px; padding: 2px; background: #fffaf0;
}}
QPlainTextEdit[invalid="true"] {{ border: 1px solid #b3261e; border-radius: 3px; }}
QLabel#page_error {{
    background: #fdecea; border: 1px solid #f0b8b3; border-radius: 4px; padding: 6px 10px;
    color: #8c1d18;
}}
QLabel#page_warning {{
    background: #fff4de; border: 1px solid #f0d29a; border-radius: 4px; padding: 6px 10px;
    color: #6b4500;
}}
QFrame#picked_banner {{
    background: #e6f2f6; border: 1px solid #b7d7e3; border-radius: 6px;
}}
QFrame#side_panel {{ background: #ffffff; border-left: 1px solid #d9dee3; }}
QScrollArea#candidates_scroll, QWidget#cards_widget {{ background: transparent; }}
QFrame#candidate_card {{
    background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px;
}}
QFrame#candidate_card[picked="true"] {{ border: 2px solid {ACCENT}; background: #f3f9fb; }}
QLabel#candidate_name {{ font-size: 12pt; font-weight: bold; }}
QLabel#in_station_badge {{
    background: #3a6ea5; color: white; border-radius: 3px; padding: 1px 6px;
}}
QLabel#flags_line {{ color: #8a5a00; }}
QLabel#side_title {{ font-size: 12pt; font-weight: bold; color: #1d2733; }}
QLabel#case_number {{ font-size: 22pt; font-weight: bold; color: {ACCENT}; }}
QLabel#result_name {{ font-size: 13pt; font-weight: bold; }}
QLabel#photo_box {{ background: #eef1f4; border: 1px solid #d5dbe1; border-radius: 4px; }}
QGroupBox#readmission_box {{ border: 1px solid #e0b45a; background: #fffaf0; }}
"""


class CandidateCard(QFrame):
    """One person who may be the one at the desk, with the reason and the choice."""

    picked = Signal(object)  #: Candidate
    open_requested = Signal(str)  #: case number of the stay they are in now
    unpicked = Signal()

    def __init__(self, candidate: Candidate, photo: bytes | None, number: int, *,
                 chosen: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.setObjectName("candidate_card")
        self.setProperty("picked", chosen)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(10)
        picture = QLabel(objectName="photo_box")
        picture.setFixedSize(54, 72)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = photo_pixmap(photo, 54, 72)
        picture.setPixmap(pixmap if pixmap else icon("mdi6.account", "#9aa8b5").pixmap(36, 36))
        top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        name_row = QHBoxLayout()
        name = QLabel(candidate.display_name, objectName="candidate_name")
        name_row.addWidget(name)
        if candidate.alias:
            name_row.addWidget(_hint(self.tr("alias {alias}").format(alias=candidate.alias)))
        name_row.addStretch(1)
        if candidate.in_station:
            badge = QLabel(self.tr("In station"), objectName="in_station_badge")
            name_row.addWidget(badge)
        text.addLayout(name_row)
        facts = [sex_label(candidate.sex)]
        if candidate.age is not None:
            facts.append(self.tr("{age} years").format(age=candidate.age))
        facts += [candidate.id_shown, candidate.phone]
        text.addWidget(QLabel(" · ".join(f for f in facts if f)))
        if candidate.last_case_no:
            when = candidate.last_arrived_at.strftime("%Y-%m-%d") \
                if candidate.last_arrived_at else ""
            status = STATUS_LABELS.get(candidate.last_status) if candidate.last_status else None
            last = self.tr("Last: {case_no} {date}").format(case_no=candidate.last_case_no,
                                                            date=when)
            if status:
                last += " · " + intake_label(status)
            last += " · " + self.tr("stays: {n}").format(n=candidate.stays)
            text.addWidget(_hint(last))
        if candidate.flags:
            flags = "、".join(intake_label(INSPECTION_LABELS[Inspection(f)])
                             for f in sorted(candidate.flags)
                             if f in {i.value for i in Inspection})
            label = QLabel(self.tr("Seen before: {flags}").format(flags=flags),
                           objectName="flags_line")
            label.setWordWrap(True)
            text.addWidget(label)
        reasons = [QCoreApplication.translate("IntakePage", REASON_LABELS[r])
                   for r in REASON_ORDER if r in candidate.reasons]
        if reasons:
            text.addWidget(_hint(self.tr("Found by: {reasons}").format(
                reasons="、".join(reasons))))
        top.addLayout(text, 1)
        outer.addLayout(top)
        if chosen:
            self.action_button = QPushButton(icon("mdi6.account-remove"),
                                             self.tr("Not this person: register a new person"))
            self.action_button.setObjectName("unpick_button")
            self.action_button.clicked.connect(self.unpicked)
        elif candidate.in_station:
            self.action_button = QPushButton(icon("mdi6.folder-open"),
                                             self.tr("In station now: open the stay"))
            self.action_button.setObjectName("open_stay_button")
            self.action_button.clicked.connect(
                lambda: self.open_requested.emit(candidate.last_case_no))
        else:
            self.action_button = QPushButton(icon("mdi6.account-check"),
                                             self.tr("This is the person: start a new stay"))
            self.action_button.setObjectName("pick_button")
            self.action_button.clicked.connect(lambda: self.picked.emit(candidate))
        if number <= 9 and not chosen:
            self.action_button.setToolTip(self.tr("Alt+{n}").format(n=number))
        outer.addWidget(self.action_button)


class IntakePage(QWidget):
    """Register a person who arrives: one stay, saved in one go (the service's transaction)."""

    saved = Signal(object)  #: IntakeResult
    status_message = Signal(str)  #: a quiet note for the status bar
    open_stay_requested = Signal(str)  #: case number to show in the stay dialog

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake_page")
        self.setStyleSheet(PAGE_STYLE)
        self.desk = desk
        self.service = IntakeService(desk)
        self.title = self.tr("Intake")
        self.person_id: int | None = None
        self.picked: Candidate | None = None
        self.last_result: IntakeResult | None = None
        self.last_case_no = ""
        self.new_photo: bytes | None = None
        self.cards: list[CandidateCard] = []
        self._typed_before_pick: PersonForm | None = None
        self._photos: dict[int, bytes | None] = {}
        self._touched: set[str] = set()
        self._warnings: list[DeskError] = []
        self._error: DeskError | None = None
        self._loading = False
        self._dirty = False
        self.saving: BusyRetry | None = None  #: the save under way (tried again while busy)
        self.fields = IntakeFields()
        self.candidate_timer = QTimer(self)
        self.candidate_timer.setSingleShot(True)
        self.candidate_timer.setInterval(CANDIDATE_DELAY_MS)
        self.candidate_timer.timeout.connect(self.refresh_candidates)
        self.validate_timer = QTimer(self)  # checks after the focus has moved on
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(0)
        self.validate_timer.timeout.connect(self.validate)
        self._build()
        self._build_actions()
        self.reset()

    # == layout ===================================================================================
    def _build(self) -> None:
        page = QHBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        left = QVBoxLayout()
        left.setContentsMargins(16, 12, 12, 12)
        left.setSpacing(8)
        page.addLayout(left, 1)
        left.addWidget(self._build_banner())
        self.page_message = QLabel(objectName="page_error")
        self.page_message.setWordWrap(True)
        self.page_message.hide()
        left.addWidget(self.page_message)

        self.form_area = QWidget(objectName="intake_form")
        column = QVBoxLayout(self.form_area)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        column.addWidget(self._build_readmission_box())
        column.addWidget(self._build_identity())
        column.addWidget(self._build_source())
        column.addWidget(self._build_inspection())
        column.addWidget(self._build_features())
        column.addWidget(self._build_help())
        column.addWidget(self._build_contacts())
        column.addStretch(1)
        self.scroll = QScrollArea(objectName="intake_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form_area)
        left.addWidget(self.scroll, 1)

        bar = QHBoxLayout()
        keys = _hint(self.tr("Ctrl+S save · Esc clear · Ctrl+P print the last slip"))
        keys.setWordWrap(False)
        bar.addWidget(keys)
        bar.addStretch(1)
        self.clear_button = QPushButton(icon("mdi6.eraser"), self.tr("Clear"))
        self.clear_button.setObjectName("clear_button")
        self.clear_button.setToolTip(self.tr("Clear the form (Esc)"))
        self.clear_button.clicked.connect(self.on_escape)
        self.save_button = primary_button(self.tr("Save the intake"), "mdi6.content-save")
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Save the person and this stay (Ctrl+S)"))
        self.save_button.clicked.connect(self.on_save)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.save_button)
        left.addLayout(bar)

        side = QFrame(objectName="side_panel")
        side.setFixedWidth(380)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 12, 12, 12)
        self.side_stack = QStackedWidget(objectName="side_stack")
        self.side_stack.addWidget(self._build_candidates())
        self.side_stack.addWidget(self._build_result())
        side_layout.addWidget(self.side_stack)
        page.addWidget(side)
        self._align_labels()

    def _align_labels(self) -> None:
        """One label column for every group box, wide enough for the longest label (and the
        star a label gets when its field becomes required)."""
        labels = []
        for box in self.form_area.findChildren(QGroupBox):
            form = box.layout()
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
        if not labels:
            return
        width = max(label.sizeHint().width() for label in labels) + \
            labels[0].fontMetrics().horizontalAdvance(" *")
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if self.last_result is None and (focused is None or not self.isAncestorOf(focused)):
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._align_labels()
        super().changeEvent(event)

    def _build_banner(self) -> QFrame:
        self.picked_banner = QFrame(objectName="picked_banner")
        row = QHBoxLayout(self.picked_banner)
        row.setContentsMargins(12, 6, 8, 6)
        mark = QLabel()
        mark.setPixmap(icon("mdi6.account-check", ACCENT).pixmap(22, 22))
        row.addWidget(mark)
        self.picked_label = QLabel(objectName="picked_label")
        self.picked_label.setWordWrap(True)
        row.addWidget(self.picked_label, 1)
        self.unpick_button = QPushButton(self.tr("Not this person"))
        self.unpick_button.setObjectName("banner_unpick_button")
        self.unpick_button.setToolTip(self.tr("Register a new person instead; what you typed "
                                              "before comes back"))
        self.unpick_button.clicked.connect(self.unpick)
        row.addWidget(self.unpick_button)
        self.picked_banner.hide()
        return self.picked_banner

    def _group(self, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = right_aligned_form()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        box.setLayout(form)
        return box, form

    def _build_readmission_box(self) -> QGroupBox:
        self.readmission_box, form = self._group(self.tr("Came back soon"), "readmission_box")
        self.readmission_edit = QLineEdit(objectName="readmission_decision_edit")
        self.readmission_edit.setPlaceholderText(
            self.tr("e.g. admitted with the leader on duty's consent"))
        self.readmission_edit.returnPressed.connect(self.on_save)
        self.fields.add_row(form, "readmission_decision", self.tr("Decision"),
                            self.readmission_edit, required=True)
        self.readmission_box.hide()
        return self.readmission_box

    def _build_identity(self) -> QGroupBox:
        box, form = self._group(self.tr("Identity"), "identity_box")
        f = self.fields
        self.name_edit = QLineEdit(objectName="name_edit")
        self.name_edit.setPlaceholderText(self.tr("Name, or pinyin initials to search"))
        self.unknown_check = QCheckBox(self.tr("Name unknown (无名氏)"))
        self.unknown_check.setObjectName("unknown_check")
        self.unknown_check.setToolTip(self.tr("Registered as 无名氏 with a station number, "
                                              "e.g. 无名氏2026-007"))
        self.unknown_check.toggled.connect(self.on_unknown_toggled)
        f.add_row(form, "name", self.tr("Name"), _boxed(self.name_edit, self.unknown_check,
                                                         stretch=False),
                  editor=self.name_edit, required=True,
                  tooltip=self.tr("Required, unless “Name unknown” is ticked."))
        self.alias_edit = QLineEdit(objectName="alias_edit")
        f.add_row(form, "alias", self.tr("Alias"), self.alias_edit)

        self.sex_group = QButtonGroup(self)
        self.sex_buttons: dict[str, QRadioButton] = {}
        for code in ("M", "F", "U"):
            button = QRadioButton(sex_label(code))
            button.setObjectName(f"sex_{code}_radio")
            self.sex_group.addButton(button)
            self.sex_buttons[code] = button
        sex_row = _boxed(*self.sex_buttons.values())
        sex_row.setFocusProxy(self.sex_buttons["M"])
        f.add_row(form, "sex", self.tr("Sex"), sex_row, required=True,
                  tooltip=self.tr("“Cannot be determined” takes the sex from the ID number "
                                  "when there is one."))

        self.ethnicity_combo = QComboBox(objectName="ethnicity_combo")
        self.ethnicity_combo.setEditable(True)
        self.ethnicity_combo.addItems(ETHNICITIES)
        self.ethnicity_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ethnicity_combo.setMaximumWidth(200)
        f.add_row(form, "ethnicity", self.tr("Ethnicity"), self.ethnicity_combo)

        self.birth_edit = QLineEdit(objectName="birth_date_edit")
        self.birth_edit.setPlaceholderText("1980-05-03")
        self.birth_edit.setMaximumWidth(200)
        f.add_row(form, "birth_date", self.tr("Date of birth"),
                  _boxed(self.birth_edit, _hint(self.tr("or the age below"))),
                  editor=self.birth_edit,
                  tooltip=self.tr("Date of birth (e.g. 1980-05-03, not in the future), "
                                  "or the age: at least one."))
        self.age_edit = QLineEdit(objectName="age_edit")
        self.age_edit.setMaximumWidth(80)
        self.age_stated_radio = QRadioButton(self.tr("stated by the person"))
        self.age_stated_radio.setObjectName("age_stated_radio")
        self.age_estimated_radio = QRadioButton(self.tr("estimated (目测)"))
        self.age_estimated_radio.setObjectName("age_estimated_radio")
        self.age_basis_group = QButtonGroup(self)
        self.age_basis_group.addButton(self.age_stated_radio)
        self.age_basis_group.addButton(self.age_estimated_radio)
        self.age_hint = _hint()
        self.age_hint.setObjectName("age_hint")
        self.age_hint.hide()
        years = QLabel(self.tr("years"))
        f.add_row(form, "age", self.tr("Age"),
                  _boxed(_boxed(self.age_edit, years, self.age_stated_radio,
                                self.age_estimated_radio), self.age_hint, vertical=True),
                  editor=self.age_edit,
                  tooltip=self.tr("Whole years, 0 to 120; under 18 is a minor, placed apart "
                                  "from adults."))

        self.id_type_combo = QComboBox(objectName="id_type_combo")
        for id_type, label in ID_TYPE_LABELS.items():
            self.id_type_combo.addItem(intake_label(label), id_type.value)
        self.id_type_combo.setMaximumWidth(260)
        f.add_row(form, "id_type", self.tr("ID document"), self.id_type_combo,
                  tooltip=self.tr("An ID number needs a document type other than “No "
                                  "document”."))
        self.id_edit = QLineEdit(objectName="id_number_edit")
        self.id_edit.setPlaceholderText(self.tr("18 characters; a 15-digit old number is "
                                                "upgraded"))
        self.id_hint = _hint()
        self.id_hint.setObjectName("id_hint")
        f.add_row(form, "id_number", self.tr("ID number"),
                  _boxed(self.id_edit, self.id_hint, vertical=True), editor=self.id_edit,
                  tooltip=self.tr("Resident ID: 18 characters, the last may be X; checked "
                                  "against date of birth and sex; saved with a reason if it "
                                  "fails."))
        self.id_reason_edit = QLineEdit(objectName="id_reason_edit")
        self.id_reason_edit.setPlaceholderText(self.tr("e.g. the number as the person "
                                                       "gives it; no document"))
        self.id_reason_edit.returnPressed.connect(self.on_save)
        f.add_row(form, "id_reason", self.tr("Save anyway, reason"), self.id_reason_edit,
                  tooltip=self.tr("Why the number is kept although it looks wrong. Enter "
                                  "saves."))
        f.set_row_visible("id_reason", False)

        self.hukou_edit = QLineEdit(objectName="hukou_place_edit")
        f.add_row(form, "hukou_place", self.tr("Household registration"), self.hukou_edit)
        self.residence_edit = QLineEdit(objectName="residence_edit")
        f.add_row(form, "residence", self.tr("Residence"), self.residence_edit)
        self.welfare_combo = QComboBox(objectName="welfare_combo")
        for welfare, label in WELFARE_LABELS.items():
            self.welfare_combo.addItem(intake_label(label), welfare.value)
        self.welfare_combo.setMaximumWidth(300)
        f.add_row(form, "welfare", self.tr("低保 / 五保"), self.welfare_combo)
        self.phone_edit = QLineEdit(objectName="phone_edit")
        self.phone_edit.setMaximumWidth(260)
        f.add_row(form, "phone", self.tr("Phone"), self.phone_edit)
        return box

    def _build_source(self) -> QGroupBox:
        box, form = self._group(self.tr("Arrival and source"), "source_box")
        f = self.fields
        self.source_combo = QComboBox(objectName="source_combo")
        for source, label in SOURCE_LABELS.items():
            self.source_combo.addItem(intake_label(label), source.value)
        self.source_combo.setMaximumWidth(260)
        self.source_combo.currentIndexChanged.connect(self.on_source_changed)
        f.add_row(form, "source", self.tr("Source"), self.source_combo, required=True,
                  tooltip=self.tr("Required. A police escort needs the escorting unit."))
        self.arrived_edit = QDateTimeEdit(objectName="arrived_at_edit")
        self.arrived_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.arrived_edit.setCalendarPopup(True)
        self.arrived_edit.setMaximumWidth(200)
        f.add_row(form, "arrived_at", self.tr("Arrived at"), self.arrived_edit, required=True,
                  tooltip=self.tr("Required; not in the future."))
        self.escort_unit_edit = QLineEdit(objectName="escort_unit_edit")
        self.escort_unit_edit.setPlaceholderText(self.tr("e.g. 某某派出所"))
        f.add_row(form, "escort_unit", self.tr("Escorting unit"), self.escort_unit_edit,
                  tooltip=self.tr("Required for a police escort: the unit on the police "
                                  "handover form."))
        self.escort_officers_edit = QLineEdit(objectName="escort_officers_edit")
        f.add_row(form, "escort_officers", self.tr("Escorting officers"),
                  self.escort_officers_edit)
        self.escort_badges_edit = QLineEdit(objectName="escort_badges_edit")
        f.add_row(form, "escort_badges", self.tr("Badge numbers"), self.escort_badges_edit)
        self.escort_phone_edit = QLineEdit(objectName="escort_phone_edit")
        self.escort_phone_edit.setMaximumWidth(260)
        f.add_row(form, "escort_phone", self.tr("Escort's phone"), self.escort_phone_edit)
        self.found_place_edit = QLineEdit(objectName="found_place_edit")
        f.add_row(form, "found_place", self.tr("Where found"), self.found_place_edit)
        self.found_at_edit = QLineEdit(objectName="found_at_edit")
        self.found_at_edit.setPlaceholderText("2026-11-28 20:30")
        self.found_at_edit.setMaximumWidth(200)
        f.add_row(form, "found_at", self.tr("When found"), self.found_at_edit,
                  tooltip=self.tr("Date and time, e.g. 2026-11-28 20:30; not in the future."))
        return box

    def _build_inspection(self) -> QGroupBox:
        box, form = self._group(self.tr("Initial check"), "inspection_box")
        f = self.fields
        flags = QWidget()
        grid = QGridLayout(flags)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.inspection_checks: dict[Inspection, QCheckBox] = {}
        flag_rules = {
            Inspection.MINOR: self.tr("Counts as a minor while the age is not known."),
            Inspection.MENTAL: self.tr("Rules out leaving on own request; an exception to the "
                                       "re-admission warning."),
        }
        for i, (flag, label) in enumerate(INSPECTION_LABELS.items()):
            check = QCheckBox(intake_label(label))
            check.setObjectName(f"inspection_{flag.value}_check")
            if flag in flag_rules:
                check.setToolTip(flag_rules[flag])
            self.inspection_checks[flag] = check
            grid.addWidget(check, i // 3, i % 3)
        grid.setColumnStretch(3, 1)
        flags.setFocusProxy(self.inspection_checks[Inspection.INJURY])
        f.add_row(form, "inspection", self.tr("Seen"), flags)
        self.inspection_note_edit = QLineEdit(objectName="inspection_note_edit")
        f.add_row(form, "inspection_note", self.tr("Notes"), self.inspection_note_edit)
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        for outcome, label in OUTCOME_LABELS.items():
            button = QRadioButton(intake_label(label))
            button.setObjectName(f"outcome_{outcome.value}_radio")
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
        self.outcome_group.buttonToggled.connect(self.on_outcome_changed)
        outcome_row = _boxed(*self.outcome_buttons.values())
        outcome_row.setFocusProxy(self.outcome_buttons[Outcome.ADMIT])
        f.add_row(form, "outcome", self.tr("Outcome"), outcome_row, required=True,
                  tooltip=self.tr("Required. Any outcome but Admit needs a reason."))
        self.outcome_reason_edit = QLineEdit(objectName="outcome_reason_edit")
        f.add_row(form, "outcome_reason", self.tr("Reason"), self.outcome_reason_edit,
                  required=True,
                  tooltip=self.tr("Required unless admitted; a refusal notice prints it."))
        return box

    def _build_features(self) -> QGroupBox:
        box, form = self._group(self.tr("Physical features"), "features_box")
        f = self.fields
        self.height_edit = QLineEdit(objectName="height_cm_edit")
        self.height_edit.setMaximumWidth(80)
        f.add_row(form, "height_cm", self.tr("Height"),
                  _boxed(self.height_edit, QLabel(self.tr("cm"))), editor=self.height_edit,
                  tooltip=self.tr("Whole centimetres, 30 to 250."))
        self.build_edit = QLineEdit(objectName="build_edit")
        self.build_edit.setPlaceholderText(self.tr("e.g. thin, medium, stout"))
        f.add_row(form, "build", self.tr("Build"), self.build_edit)
        self.marks_edit = QLineEdit(objectName="marks_edit")
        self.marks_edit.setPlaceholderText(self.tr("scars, tattoos, birthmarks…"))
        f.add_row(form, "marks", self.tr("Marks"), self.marks_edit)
        self.clothing_edit = QLineEdit(objectName="clothing_edit")
        f.add_row(form, "clothing", self.tr("Clothing"), self.clothing_edit)
        self.dialect_edit = QLineEdit(objectName="dialect_edit")
        f.add_row(form, "dialect", self.tr("Accent or dialect"), self.dialect_edit)
        self.fingerprints_check = QCheckBox(self.tr("Fingerprints taken"))
        self.fingerprints_check.setObjectName("fingerprints_check")
        f.add_row(form, "fingerprints_taken", self.tr("Fingerprints"), self.fingerprints_check)
        self.photo_label = QLabel(objectName="photo_box")
        self.photo_label.setFixedSize(90, 120)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_button = QPushButton(icon("mdi6.camera"), self.tr("Choose a photo…"))
        self.photo_button.setObjectName("photo_button")
        self.photo_button.clicked.connect(self.on_choose_photo)
        self.photo_remove_button = QPushButton(self.tr("Remove"))
        self.photo_remove_button.setObjectName("photo_remove_button")
        self.photo_remove_button.clicked.connect(self.on_remove_photo)
        buttons = _boxed(self.photo_button, self.photo_remove_button, vertical=True)
        buttons.layout().addStretch(1)
        f.add_row(form, "photo", self.tr("Photo"), _boxed(self.photo_label, buttons),
                  editor=self.photo_button)
        return box

    def _build_help(self) -> QGroupBox:
        box, form = self._group(self.tr("Seeking help"), "help_box")
        f = self.fields
        self.reason_edit = _text_box(2)
        self.reason_edit.setObjectName("vagrancy_reason_edit")
        f.add_row(form, "vagrancy_reason", self.tr("Reason"), self.reason_edit)
        self.length_edit = QLineEdit(objectName="vagrancy_length_edit")
        self.length_edit.setPlaceholderText(self.tr("e.g. about a month"))
        self.length_edit.setMaximumWidth(260)
        f.add_row(form, "vagrancy_length", self.tr("Time away"), self.length_edit)
        self.history_edit = _text_box(2)
        self.history_edit.setObjectName("vagrancy_history_edit")
        f.add_row(form, "vagrancy_history", self.tr("History"), self.history_edit)
        self.needs_edit = QLineEdit(objectName="needs_edit")
        self.needs_edit.setPlaceholderText(self.tr("e.g. go home, a bed tonight, a doctor"))
        f.add_row(form, "needs", self.tr("Needs"), self.needs_edit)
        return box

    def _build_contacts(self) -> QGroupBox:
        box, form = self._group(self.tr("Relatives and contacts"), "contacts_box")
        table = QWidget()
        grid = QGridLayout(table)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for column, head in enumerate((self.tr("Name"), self.tr("Relation"), self.tr("Phone"),
                                       self.tr("Address"))):
            grid.addWidget(_hint(head), 0, column)
        self.contact_edits: list[tuple[QLineEdit, QLineEdit, QLineEdit, QLineEdit]] = []
        for row in range(CONTACT_ROWS):
            edits = tuple(QLineEdit(objectName=f"contact_{row}_{part}_edit")
                          for part in ("name", "relation", "phone", "address"))
            for column, edit in enumerate(edits):
                grid.addWidget(edit, row + 1, column)
            self.contact_edits.append(edits)  # type: ignore[arg-type]
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 4)
        table.setFocusProxy(self.contact_edits[0][0])
        self.fields.add_row(form, "contacts", "", table, editor=self.contact_edits[0][0])
        return box

    def _build_candidates(self) -> QWidget:
        panel = QWidget(objectName="candidates_panel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("May have been here before"), objectName="side_title")
        layout.addWidget(title)
        self.candidates_hint = _hint()
        self.candidates_hint.setObjectName("candidates_hint")
        layout.addWidget(self.candidates_hint)
        self.cards_widget = QWidget(objectName="cards_widget")
        self.cards_layout = QVBoxLayout(self.cards_widget)
        self.cards_layout.setContentsMargins(0, 0, 4, 0)
        self.cards_layout.setSpacing(8)
        self.cards_layout.addStretch(1)
        scroll = QScrollArea(objectName="candidates_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_widget)
        scroll.viewport().setAutoFillBackground(False)
        self.cards_widget.setAutoFillBackground(False)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        return panel

    def _build_result(self) -> QWidget:
        panel = QWidget(objectName="result_panel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        head = QHBoxLayout()
        mark = QLabel()
        mark.setPixmap(icon("mdi6.check-circle", "#2a9d8f").pixmap(28, 28))
        head.addWidget(mark)
        head.addWidget(QLabel(self.tr("Registered"), objectName="side_title"), 1)
        layout.addLayout(head)
        layout.addWidget(_hint(self.tr("Case no.")))
        self.case_label = QLabel(objectName="case_number")
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.case_label)
        self.result_name_label = QLabel(objectName="result_name")
        self.result_name_label.setWordWrap(True)
        layout.addWidget(self.result_name_label)
        self.result_outcome_label = QLabel(objectName="result_outcome")
        self.result_outcome_label.setWordWrap(True)
        layout.addWidget(self.result_outcome_label)
        layout.addSpacing(8)
        self.print_buttons = PrintButtons(self.desk)
        self.print_buttons.printed.connect(self.on_printed)
        layout.addWidget(self.print_buttons)
        layout.addSpacing(8)
        self.next_hint = _hint(self.tr("Next: the security check and belongings, on the "
                                       "“Security & belongings” page."))
        layout.addWidget(self.next_hint)
        layout.addStretch(1)
        self.next_button = primary_button(self.tr("Register the next person"),
                                          "mdi6.account-plus")
        self.next_button.setObjectName("next_button")
        self.next_button.setToolTip(self.tr("Clear the form for the next person (Esc)"))
        self.next_button.clicked.connect(self.reset)
        layout.addWidget(self.next_button)
        return panel

    def _build_actions(self) -> None:
        self.save_action = QAction(self.tr("Save the intake"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(self.on_save)
        self.clear_action = QAction(self.tr("Clear the form"), self)
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_action.triggered.connect(self.on_escape)
        self.print_action = QAction(self.tr("Print the last intake slip"), self)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self.on_print_last)
        for action in (self.save_action, self.clear_action, self.print_action):
            self.addAction(action)
        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=n: self.on_card_shortcut(n))
        # Leaving a field checks it; typing marks the form as having something to lose.
        self._watch_keys: dict[QObject, str] = {}
        for key, editor in self.fields.editors.items():
            self._watch_keys[editor] = key
            editor.installEventFilter(self)
        for key, buttons in (("sex", self.sex_buttons.values()),
                             ("outcome", self.outcome_buttons.values()),
                             ("age", (self.age_stated_radio, self.age_estimated_radio)),
                             ("inspection", self.inspection_checks.values())):
            for button in buttons:
                self._watch_keys[button] = key
                button.installEventFilter(self)
        for edits in self.contact_edits:
            for edit in edits:
                self._watch_keys[edit] = "contacts"
                edit.installEventFilter(self)
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._mark_dirty)
        for box in self.findChildren(QPlainTextEdit):
            box.textChanged.connect(self._mark_dirty)
        for button in self.findChildren(QAbstractButton):
            if button.isCheckable():
                button.toggled.connect(self._mark_dirty)
        for edit in (self.name_edit, self.id_edit, self.phone_edit, self.birth_edit,
                     self.age_edit):
            edit.textEdited.connect(self.candidate_timer.start)
        self.sex_group.buttonToggled.connect(lambda *_: self._schedule_candidates())
        self.id_edit.textChanged.connect(self.update_id_hint)
        self.id_type_combo.currentIndexChanged.connect(self.update_id_hint)
        self.birth_edit.textChanged.connect(self.update_age_hint)
        self.age_edit.textChanged.connect(self.update_age_hint)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and watched in self._watch_keys \
                and not self._loading and self.last_result is None:
            key = self._watch_keys[watched]
            if key == "id_number":
                self._guess_id_type()
            self._touched.add(key)
            self.validate_timer.start()
        return False

    # == reading and filling the form ===========================================================
    def sex_value(self) -> str:
        return next((code for code, b in self.sex_buttons.items() if b.isChecked()), "")

    def outcome_value(self) -> Outcome:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), Outcome.ADMIT)

    def source_value(self) -> Source:
        return Source(self.source_combo.currentData())

    def read_forms(self, *, lenient: bool = False) -> tuple[PersonForm, StayForm]:
        """The form as the service takes it. Raises DeskError for what cannot be read.

        ``lenient`` stands in harmless values for required fields the clerk has not reached
        yet, so that leaving one field checks that field without nagging about the others.
        """
        def stand_in(key: str, value, placeholder):
            return placeholder if lenient and not value and key not in self._touched else value

        birth_date = parse_date(self.birth_edit.text(), "birth_date")
        age = parse_whole(self.age_edit.text(), "age", 45, ("岁", "周岁"))
        if lenient and birth_date is None and age is None \
                and not {"birth_date", "age"} & self._touched:
            age = 40
        contacts = tuple(
            Contact(*(edit.text() for edit in edits)) for edits in self.contact_edits
            if any(edit.text().strip() for edit in edits))
        person = PersonForm(
            name=stand_in("name", self.name_edit.text(), "?"),
            unknown=self.unknown_check.isChecked(),
            alias=self.alias_edit.text(),
            sex=stand_in("sex", self.sex_value(), "U"),
            ethnicity=self.ethnicity_combo.currentText(),
            birth_date=birth_date,
            age=age,
            age_basis=AgeBasis.STATED if self.age_stated_radio.isChecked()
            else AgeBasis.ESTIMATED,
            id_type=IdType(self.id_type_combo.currentData()),
            id_number=self.id_edit.text(),
            hukou_place=self.hukou_edit.text(),
            residence=self.residence_edit.text(),
            welfare=Welfare(self.welfare_combo.currentData()),
            phone=self.phone_edit.text(),
            height_cm=parse_whole(self.height_edit.text(), "height_cm", 170, ("cm", "厘米")),
            build=self.build_edit.text(),
            marks=self.marks_edit.text(),
            clothing=self.clothing_edit.text(),
            dialect=self.dialect_edit.text(),
            vagrancy_reason=self.reason_edit.toPlainText(),
            vagrancy_length=self.length_edit.text(),
            vagrancy_history=self.history_edit.toPlainText(),
            contacts=contacts,
            needs=self.needs_edit.text(),
            fingerprints_taken=self.fingerprints_check.isChecked(),
            photo_jpeg=self.new_photo,
        )
        source = self.source_value()
        escorted = source in ESCORTED_SOURCES
        stay = StayForm(
            source=source,
            arrived_at=self.arrived_edit.dateTime().toPython().replace(second=0, microsecond=0),
            escort_unit=stand_in("escort_unit", self.escort_unit_edit.text(), "?")
            if escorted else "",
            escort_officers=self.escort_officers_edit.text() if escorted else "",
            escort_badges=self.escort_badges_edit.text() if escorted else "",
            escort_phone=self.escort_phone_edit.text() if escorted else "",
            found_place=self.found_place_edit.text() if escorted else "",
            found_at=parse_datetime(self.found_at_edit.text(), "found_at") if escorted else None,
            inspection=frozenset(f for f, check in self.inspection_checks.items()
                                 if check.isChecked()),
            inspection_note=self.inspection_note_edit.text(),
            outcome=self.outcome_value(),
            outcome_reason=stand_in("outcome_reason", self.outcome_reason_edit.text(), "?"),
        )
        return person, stay

    def decisions(self) -> Decisions:
        return Decisions(id_reason=self.id_reason_edit.text(),
                         readmission_decision=self.readmission_edit.text())

    def load_person(self, form: PersonForm) -> None:
        """Fill the person's part of the form (a returning person, or what was typed before)."""
        self._loading = True
        try:
            self.unknown_check.setChecked(form.unknown)
            self.name_edit.setText(form.name)
            self.alias_edit.setText(form.alias)
            self._set_sex(form.sex)
            self.ethnicity_combo.setCurrentText(form.ethnicity)
            self.birth_edit.setText(form.birth_date.isoformat() if form.birth_date else "")
            self.age_edit.setText("" if form.age is None or form.birth_date else str(form.age))
            (self.age_stated_radio if form.age_basis == AgeBasis.STATED
             else self.age_estimated_radio).setChecked(True)
            self.id_type_combo.setCurrentIndex(
                max(self.id_type_combo.findData(IdType(form.id_type).value), 0))
            self.id_edit.setText(form.id_number)
            self.hukou_edit.setText(form.hukou_place)
            self.residence_edit.setText(form.residence)
            self.welfare_combo.setCurrentIndex(
                max(self.welfare_combo.findData(Welfare(form.welfare).value), 0))
            self.phone_edit.setText(form.phone)
            self.height_edit.setText(str(form.height_cm) if form.height_cm else "")
            self.build_edit.setText(form.build)
            self.marks_edit.setText(form.marks)
            self.clothing_edit.setText(form.clothing)
            self.dialect_edit.setText(form.dialect)
            self.reason_edit.setPlainText(form.vagrancy_reason)
            self.length_edit.setText(form.vagrancy_length)
            self.history_edit.setPlainText(form.vagrancy_history)
            self.needs_edit.setText(form.needs)
            for row, edits in enumerate(self.contact_edits):
                contact = form.contacts[row] if row < len(form.contacts) else Contact()
                for edit, value in zip(edits, (contact.name, contact.relation, contact.phone,
                                               contact.address), strict=True):
                    edit.setText(value)
            self.fingerprints_check.setChecked(form.fingerprints_taken)
            self.new_photo = form.photo_jpeg
        finally:
            self._loading = False
        self.update_id_hint()
        self.update_age_hint()
        self._show_photo()

    def _set_sex(self, sex: str) -> None:
        self.sex_group.setExclusive(False)
        for code, button in self.sex_buttons.items():
            button.setChecked(code == sex)
        self.sex_group.setExclusive(True)

    def _lenient_person(self) -> PersonForm:
        """What the clerk typed, as far as it can be read (to bring it back after un-picking)."""
        try:
            return self.read_forms(lenient=True)[0]
        except DeskError:
            return PersonForm(name=self.name_edit.text(), unknown=self.unknown_check.isChecked(),
                              sex=self.sex_value(), id_number=self.id_edit.text(),
                              phone=self.phone_edit.text())

    # == states ===================================================================================
    def reset(self) -> None:
        """An empty form for the next person (arrival now, walk-in, admit)."""
        if self.saving is not None:
            self.saving.cancel()
            self.saving = None
        self._loading = True
        try:
            for edit in self.form_area.findChildren(QLineEdit):
                edit.clear()
            for box in self.form_area.findChildren(QPlainTextEdit):
                box.clear()
            for check in self.form_area.findChildren(QCheckBox):
                check.setChecked(False)
            self._set_sex("")
            self.age_estimated_radio.setChecked(True)
            self.ethnicity_combo.setCurrentIndex(-1)
            self.ethnicity_combo.setEditText("")
            self.id_type_combo.setCurrentIndex(0)
            self.welfare_combo.setCurrentIndex(
                self.welfare_combo.findData(Welfare.UNKNOWN.value))
            self.source_combo.setCurrentIndex(0)
            self.outcome_buttons[Outcome.ADMIT].setChecked(True)
            self.arrived_edit.setDateTime(QDateTime(self.desk.now()))
        finally:
            self._loading = False
        self.person_id = None
        self.picked = None
        self.last_result = None
        self.new_photo = None
        self._typed_before_pick = None
        self._photos.clear()
        self._touched.clear()
        self._warnings = []
        self._error = None
        self._dirty = False
        self.picked_banner.hide()
        self.form_area.setEnabled(True)
        self.save_button.setEnabled(self.may_register())
        self.clear_button.setEnabled(True)
        self.say("" if self.may_register() else self.tr(
            "Your role does not register people (front desk and duty officers do); you can "
            "still search who has been here before."), warning=True)
        self.side_stack.setCurrentIndex(0)
        self.on_source_changed()
        self.on_outcome_changed()
        self.on_unknown_toggled(False)
        self.update_rule_tooltips()
        self.update_id_hint()
        self.update_age_hint()
        self._show_photo()
        self.render_messages()
        self.show_candidates([])
        self.scroll.verticalScrollBar().setValue(0)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_rule_tooltips(self) -> None:
        """Tooltips that quote a local rule, with the station's current value."""
        days = SettingsService(self.desk).get("readmission_days")
        self.readmission_edit.setToolTip(self.tr(
            "Required when the person left less than {days} days ago (local rule); minors and "
            "people with mental or intellectual disability are exceptions.").format(days=days))

    def may_register(self) -> bool:
        officer = self.desk.officer
        return officer is not None and officer.may(Permission.REGISTER)

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty or self.person_id is not None

    def on_escape(self) -> None:
        if self.last_result is None and self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Clear the form"),
                self.tr("Clear the form? What you typed for this person is lost."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.reset()

    def on_unknown_toggled(self, unknown: bool) -> None:
        self.name_edit.setEnabled(not unknown)
        if unknown:
            self.fields.clear_key("name")
        self.name_edit.setPlaceholderText(
            self.tr("Registered as 无名氏 with a station number") if unknown
            else self.tr("Name, or pinyin initials to search"))

    def on_source_changed(self, *_args) -> None:
        source = self.source_value()
        escorted = source in ESCORTED_SOURCES
        for key in ("escort_unit", "escort_officers", "escort_badges", "escort_phone",
                    "found_place", "found_at"):
            self.fields.set_row_visible(key, escorted)
        label = self.fields.row_label("escort_unit")
        if label is not None:
            text = self.tr("Escorting unit")
            label.setText(text + " *" if source == Source.POLICE else text)
        if not self._loading and self.last_result is None:
            self._touched.discard("escort_unit")
            self.validate_timer.start()

    def on_outcome_changed(self, *_args) -> None:
        admit = self.outcome_value() == Outcome.ADMIT
        self.fields.set_row_visible("outcome_reason", not admit)
        label = self.fields.row_label("outcome_reason")
        if label is not None:
            label.setText(self.tr("Refusal reason *") if self.outcome_value() == Outcome.REFUSE
                          else self.tr("Reason *"))
        if not self._loading and self.last_result is None:
            self._touched.discard("outcome_reason")
            self.validate_timer.start()

    def _guess_id_type(self) -> None:
        """A number that looks like a resident ID with no document chosen: resident ID card."""
        text = idnumber.normalize(self.id_edit.text())
        if self.id_type_combo.currentData() == IdType.NONE.value and len(text) in (15, 18) \
                and text[:15].isdigit():
            self.id_type_combo.setCurrentIndex(
                self.id_type_combo.findData(IdType.RESIDENT_ID.value))

    # == hints under fields =======================================================================
    def update_id_hint(self, *_args) -> None:
        text = self.id_edit.text().strip()
        hint = ""
        id_type = self.id_type_combo.currentData()
        if "*" in text:
            hint = self.tr("Number on record, partly hidden; to correct it, type it again in "
                           "full.")
        elif text and id_type in {t.value for t in GB11643_TYPES | {IdType.NONE}}:
            number = idnumber.normalize(text)
            if len(number) < 15:
                hint = self.tr("{n} of 18 characters typed").format(n=len(number))
            else:
                analysis = idnumber.analyse(number, today=self.desk.now().date())
                parts = []
                if analysis.birth_date:
                    parts.append(self.tr("born {date}").format(
                        date=analysis.birth_date.isoformat()))
                if analysis.sex:
                    parts.append(sex_label(analysis.sex))
                if analysis.region_name:
                    parts.append(analysis.region_name)
                if analysis.upgraded_from_15:
                    parts.append(self.tr("old number, stored as {number}").format(
                        number=analysis.number))
                hint = self.tr("From the number: {facts}").format(facts=" · ".join(parts)) \
                    if parts else ""
        self.id_hint.setText(hint)
        self.id_hint.setVisible(bool(hint))

    def derived_age(self) -> int | None:
        """The age at arrival as the form says it now (birth date, age, or ID number)."""
        arrival = self.arrived_edit.dateTime().toPython().date()
        try:
            birth = parse_date(self.birth_edit.text(), "birth_date")
            age = parse_whole(self.age_edit.text(), "age", 45, ("岁", "周岁"))
        except DeskError:
            return None
        if birth is None and self.id_type_combo.currentData() in {t.value for t in
                                                                  GB11643_TYPES}:
            analysis = idnumber.analyse(self.id_edit.text(), today=arrival)
            birth = analysis.birth_date if analysis.birth_date and \
                analysis.birth_date <= arrival else None
        if birth is not None and birth <= arrival:
            return age_on(arrival, birth_date=birth)
        return age

    def update_age_hint(self, *_args) -> None:
        age = self.derived_age()
        hint = ""
        if age is not None and is_minor(age):
            hint = self.tr("{age} years: a minor. Civil affairs is the temporary guardian; "
                           "placed apart from adults.").format(age=age)
        elif age is not None and self.birth_edit.text().strip() and not self.age_edit.text():
            hint = self.tr("{age} years on arrival").format(age=age)
        self.age_hint.setText(hint)
        self.age_hint.setVisible(bool(hint))

    # == checking and messages ====================================================================
    def validate(self) -> None:
        """Check what the clerk has touched (the service's own rules, nothing written) and show
        errors and warnings under their fields, without moving the focus."""
        if self.last_result is not None:
            return
        try:
            person, stay = self.read_forms(lenient=True)
            self._warnings = self.service.check(person, stay, person_id=self.person_id)
            self._error = None
        except NeedsDecision:
            self._error = None
        except DeskError as error:
            # Only what the clerk has reached; problems of the whole form are said on saving.
            touched = error.field in self._touched and error.field in self.fields.labels
            self._error = error if touched else None
        self.render_messages()

    def render_messages(self, *, focus: str | None = None) -> None:
        """Show the current warnings (amber) and error (red) under their fields."""
        self.fields.clear()
        id_warning = False
        readmission = False
        for warning in self._warnings:
            if warning.field == "readmission_decision":
                readmission = True
            else:
                id_warning = True  # every other warning is about the ID number
            self.fields.show_error(warning, fallback="id_number", focus=False, append=True)
        if self._error is not None:
            self.fields.show_error(self._error, focus=False)
        self.fields.set_row_visible("id_reason", id_warning or bool(self.id_reason_edit.text()))
        self.readmission_box.setVisible(readmission)
        if focus and focus in self.fields.editors:
            editor = self.fields.editors[focus]
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            # Rows shown a moment ago have no place yet: lay them out before scrolling.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.scroll.ensureWidgetVisible(editor, 0, 80)

    def say(self, text: str, *, warning: bool = False) -> None:
        """A message about the whole form above it ("" hides it)."""
        self.page_message.setObjectName("page_warning" if warning else "page_error")
        self.page_message.setStyleSheet("")
        self.page_message.setText(text)
        self.page_message.setVisible(bool(text))

    # == saving ===================================================================================
    def on_save(self) -> None:
        """Save the intake. While another desk holds the database the save is tried again a
        few times (a note says so), then the message says to try again."""
        if self.last_result is not None or not self.save_button.isEnabled() \
                or (self.saving is not None and self.saving.running):
            return
        self.say("")
        self._touched = set(self.fields.labels)
        try:
            person, stay = self.read_forms()
        except DeskError as error:
            self.on_save_failed(error, None, None)
            return
        decisions, person_id = self.decisions(), self.person_id
        self.saving = BusyRetry(
            lambda: self.service.register(person, stay, person_id=person_id,
                                          decisions=decisions),
            done=lambda result: self.on_saved(result, stay.outcome),
            failed=lambda error: self.on_save_failed(error, person, stay), parent=self)
        self.saving.waiting.connect(self.on_save_waiting)
        self.saving.finished.connect(self.on_save_finished)
        self.save_button.setEnabled(False)
        self.clear_button.setEnabled(False)
        self.saving.start()

    def on_save_waiting(self, attempt: int, attempts: int) -> None:
        """Another desk is saving: say that this one waits and tries again."""
        text = self.tr("Another desk is saving at this moment. Waiting to try again "
                       "({attempt} of {attempts})…").format(attempt=attempt, attempts=attempts)
        self.say(text, warning=True)
        self.status_message.emit(text)

    def on_save_finished(self) -> None:
        if self.last_result is None:
            self.save_button.setEnabled(self.may_register())
            self.clear_button.setEnabled(True)

    def on_save_failed(self, error: DeskError, person: PersonForm | None,
                       stay: StayForm | None) -> None:
        """Show why the intake was not saved: warnings to decide, or the error at its field."""
        if isinstance(error, NeedsDecision):
            self._error = None
            try:
                self._warnings = self.service.check(person, stay, person_id=self.person_id)
            except DeskError:
                self._warnings = list(error.warnings)
            first = error.warnings[0]
            target = "readmission_decision" if first.field == "readmission_decision" \
                else "id_reason"
            self.render_messages(focus=target)
            self.say(tr_desk_error(error), warning=True)
            return
        self._error = error
        self.render_messages(focus=error.field)
        if error.field not in self.fields.labels:
            self.say(tr_desk_error(error))
        else:
            self.say(self.tr("Not saved yet: see the red note in the form."))

    def on_saved(self, result: IntakeResult, outcome: Outcome) -> None:
        self.last_result = result
        self.last_case_no = result.case_no
        self._warnings = []
        self._error = None
        self.fields.clear()
        self.form_area.setEnabled(False)
        self.save_button.setEnabled(False)
        self.clear_button.setEnabled(False)
        self.case_label.setText(result.case_no)
        self.result_name_label.setText(result.display_name)
        status = STATUS_AFTER[outcome]
        self.result_outcome_label.setText(" · ".join((intake_label(OUTCOME_LABELS[outcome]),
                                                      intake_label(STATUS_LABELS[status]))))
        kinds = ["intake", "registration"]
        if outcome == Outcome.REFUSE:
            kinds.append("refusal")
        self.print_buttons.set_case(result.case_no, kinds)
        self.next_hint.setVisible(outcome == Outcome.ADMIT)
        self.side_stack.setCurrentIndex(1)
        self.print_buttons.print_buttons["intake"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.status_message.emit(self.tr("Registered {case_no} {name}").format(
            case_no=result.case_no, name=result.display_name))
        self.saved.emit(result)

    def on_printed(self, kind: str, saved: bool) -> None:
        self.status_message.emit(self.tr("Printed: {form}").format(
            form=self.print_buttons.print_buttons[kind].text()) if not saved
            else self.tr("Saved as PDF."))

    def on_print_last(self) -> None:
        if not self.last_case_no:
            self.status_message.emit(self.tr("Nothing registered at this desk yet to print."))
            return
        if print_stay_form(self, self.desk, self.last_case_no, "intake"):
            self.status_message.emit(self.tr("Intake slip {case_no} sent to print.").format(
                case_no=self.last_case_no))

    # == photo ====================================================================================
    def on_choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)"))
        if not path:
            return
        try:
            self.new_photo = jpeg_photo(path)
        except DeskError as error:
            self.fields.show_error(error)
            return
        self.fields.clear_key("photo")
        self._dirty = True
        self._show_photo()

    def on_remove_photo(self) -> None:
        self.new_photo = None
        self._show_photo()

    def _show_photo(self) -> None:
        jpeg = self.new_photo
        if jpeg is None and self.person_id is not None:
            jpeg = self._photo_of(self.person_id)
        pixmap = photo_pixmap(jpeg, 90, 120)
        if pixmap is None:
            self.photo_label.setPixmap(icon("mdi6.account", "#9aa8b5").pixmap(48, 48))
        else:
            self.photo_label.setPixmap(pixmap)
        self.photo_remove_button.setVisible(self.new_photo is not None)

    def _photo_of(self, person_id: int) -> bytes | None:
        if person_id not in self._photos:
            try:
                self._photos[person_id] = self.service.photo(person_id)
            except DeskError:
                self._photos[person_id] = None
        return self._photos[person_id]

    # == candidates ===============================================================================
    def _schedule_candidates(self) -> None:
        if not self._loading:
            self.candidate_timer.start()

    def refresh_candidates(self) -> None:
        """Look up people who may be the one at the desk from what is typed so far."""
        if self.person_id is not None or self.last_result is not None:
            return
        name = "" if self.unknown_check.isChecked() else self.name_edit.text().strip()
        number = self.id_edit.text().strip()
        phone = self.phone_edit.text().strip()
        if not (name or len(idnumber.normalize(number)) >= 15 or len(phone) >= 5):
            self.show_candidates([])
            return
        try:
            birth = parse_date(self.birth_edit.text(), "birth_date")
            age = parse_whole(self.age_edit.text(), "age", 45, ("岁", "周岁"))
        except DeskError:
            birth, age = None, None
        birth_year = birth.year if birth else (self.desk.now().year - age if age else None)
        try:
            found = self.service.candidates(name=name, id_number=number, phone=phone,
                                            sex=self.sex_value(), birth_year=birth_year)
        except DeskError:
            found = []
        self.show_candidates(found, searched=True)

    def show_candidates(self, candidates: list[Candidate], *, searched: bool = False) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        if self.picked is not None:
            candidates = [self.picked]
        for number, candidate in enumerate(candidates, start=1):
            photo = self._photo_of(candidate.person_id) if candidate.has_photo else None
            card = CandidateCard(candidate, photo, number,
                                 chosen=candidate.person_id == self.person_id)
            card.picked.connect(self.pick)
            card.unpicked.connect(self.unpick)
            card.open_requested.connect(self.open_stay_requested)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
        if self.picked is not None:
            text = self.tr("A new stay for this person is being registered.")
        elif candidates:
            text = self.tr("Ask and compare; if one of them is the person, choose them so "
                           "their stays stay together (Alt+1, Alt+2…).")
        elif searched:
            text = self.tr("Nobody found who may have been here before: a new person will be "
                           "registered.")
        else:
            text = self.tr("Type the name (or pinyin initials), the ID number or the phone: "
                           "people who may have been here before appear here.")
        self.candidates_hint.setText(text)

    def on_card_shortcut(self, number: int) -> None:
        if 0 < number <= len(self.cards) and self.picked is None:
            self.cards[number - 1].action_button.click()

    def pick(self, candidate: Candidate) -> None:
        """Start a new stay for a person who has been here before."""
        if candidate.in_station:
            self.open_stay_requested.emit(candidate.last_case_no)
            return
        self.pick_person(candidate.person_id, candidate)

    def pick_person(self, person_id: int, candidate: Candidate | None = None) -> bool:
        """Load a returning person into the form (also from the search box)."""
        if self.last_result is not None:
            self.reset()
        try:
            form = self.service.person_form(person_id)
        except DeskError as error:
            self.say(tr_desk_error(error))
            return False
        if self.person_id is None:
            self._typed_before_pick = self._lenient_person()
        self.candidate_timer.stop()
        self.person_id = person_id
        self.picked = candidate
        self.load_person(form)
        self.new_photo = None
        self._show_photo()
        name = candidate.display_name if candidate else (form.name or "")
        if candidate is not None and candidate.last_case_no:
            text = self.tr("Returning person: {name} (earlier stays: {n}, the last "
                           "{case_no}). Check the details with them; saving starts a new "
                           "stay.").format(name=name, n=candidate.stays,
                                           case_no=candidate.last_case_no)
        else:
            text = self.tr("Returning person: {name}. Check the details with them; saving "
                           "starts a new stay.").format(name=name)
        self.picked_label.setText(text)
        self.picked_banner.show()
        if candidate is not None:
            self.show_candidates([candidate])
        else:
            self.show_candidates([])
        self._touched |= {"name", "sex", "birth_date", "age", "id_number"}
        self.validate()
        self.scroll.verticalScrollBar().setValue(0)
        self.source_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def unpick(self) -> None:
        """Not this person after all: a new person, with what was typed before back."""
        typed = self._typed_before_pick or PersonForm()
        self.person_id = None
        self.picked = None
        self._typed_before_pick = None
        self.load_person(typed)
        self.picked_banner.hide()
        self._touched -= {"name", "sex", "birth_date", "age", "id_number"}
        self._warnings = []
        self.validate()
        self.refresh_candidates()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
