"""Settings → Areas and beds: the administrator edits the station's areas, rooms and beds; a new
station starts from a template. The service refuses any change that would leave an occupant
without a bed or outside the placement rules, and says so next to the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rescue_desk.domain.beds import (
    KIND_SEX,
    LAYOUT_TEMPLATES,
    MIXED_KINDS,
    TEMPLATE_LABELS,
    AreaKind,
    BedState,
)
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.roles import Permission
from rescue_desk.services.beds import AreaView, BedService, BedTile, RoomView
from rescue_desk.ui.beds_page import kind_text, state_text
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.widgets import FieldMessages, icon, primary_button, right_aligned_form

NODE_ROLE = Qt.ItemDataRole.UserRole + 1


def sex_text(sex: str) -> str:
    return {"M": QCoreApplication.translate("AreasTab", "men"),
            "F": QCoreApplication.translate("AreasTab", "women")}.get(
        sex, QCoreApplication.translate("AreasTab", "mixed"))


class AreasTab(QWidget):
    """The layout editor (Settings → Areas and beds)."""

    changed = Signal()

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areas_tab")
        self.desk = desk
        self.beds = BedService(desk)
        self.editable = desk.require().may(Permission.EDIT_STATION)
        outer = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "Areas hold rooms, rooms hold beds. Men and women are apart, minors apart from "
            "adults; only a family area is mixed. A bed with someone in it cannot be removed, "
            "and a bed that has been slept in stays in the records (mark it out of service)."),
            objectName="hint")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        if not self.editable:
            note = QLabel(self.tr("Only an administrator changes the layout."),
                          objectName="hint")
            outer.addWidget(note)
        # -- template (empty station)
        self.template_box = QGroupBox(self.tr("Start from a template"),
                                      objectName="template_box")
        t_layout = QHBoxLayout(self.template_box)
        self.template_combo = QComboBox(objectName="template_combo")
        for key in LAYOUT_TEMPLATES:
            self.template_combo.addItem(QCoreApplication.translate("Beds", TEMPLATE_LABELS[key]),
                                        key)
        self.template_combo.setCurrentIndex(1)
        self.template_button = primary_button(self.tr("Create the areas and beds"),
                                              "mdi6.floor-plan")
        self.template_button.setObjectName("template_button")
        t_layout.addWidget(QLabel(self.tr("The station has no areas yet.")))
        t_layout.addWidget(self.template_combo, 1)
        t_layout.addWidget(self.template_button)
        outer.addWidget(self.template_box)
        # -- tree | form
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget(objectName="layout_tree")
        self.tree.setHeaderLabels([self.tr("Area / room / bed"), self.tr("Kind"),
                                   self.tr("State")])
        self.tree.setColumnWidth(0, 190)
        self.tree.setColumnWidth(1, 190)
        split.addWidget(self.tree)
        right = QWidget()
        r_layout = QVBoxLayout(right)
        r_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(objectName="layout_form_stack")
        # area form
        area_page = QGroupBox(self.tr("Area"))
        area_form = right_aligned_form()
        area_page.setLayout(area_form)
        self.area_fields = FieldMessages(area_form)
        self.area_name = QLineEdit(objectName="area_name_edit")
        self.area_kind = QComboBox(objectName="area_kind_combo")
        for kind in AreaKind:
            self.area_kind.addItem(kind_text(kind), kind.value)
        self.area_sex = QComboBox(objectName="area_sex_combo")
        self.area_sex.addItem(sex_text("M"), "M")
        self.area_sex.addItem(sex_text("F"), "F")
        self.area_minors = QCheckBox(self.tr("For minors"), objectName="area_minors_check")
        self.area_capacity = QSpinBox(objectName="area_capacity_spin")
        self.area_capacity.setRange(0, 2000)
        self.area_fields.add("name", self.tr("Name"), self.area_name, required=True,
                             tooltip=self.tr("Required; no two areas with the same name."))
        self.area_fields.add("kind", self.tr("Kind"), self.area_kind, required=True,
                             tooltip=self.tr("Men, women, boys and girls fix sex and age group; "
                                             "only a family area takes both sexes."))
        self.area_fields.add("sex", self.tr("For"), self.area_sex,
                             tooltip=self.tr("Needed unless the kind fixes it; a family area "
                                             "takes both."))
        self.area_fields.add("for_minors", "", self.area_minors,
                             tooltip=self.tr("Minors and adults are placed apart; boys' and "
                                             "girls' areas are always for minors."))
        self.area_fields.add("capacity", self.tr("Approved places"), self.area_capacity,
                             tooltip=self.tr("0 to 2000."))
        # room form
        room_page = QGroupBox(self.tr("Room"))
        room_form = right_aligned_form()
        room_page.setLayout(room_form)
        self.room_fields = FieldMessages(room_form)
        self.room_name = QLineEdit(objectName="room_name_edit")
        self.room_fields.add("name", self.tr("Name"), self.room_name, required=True,
                             tooltip=self.tr("Required; no two rooms of an area with the same "
                                             "name."))
        self.bed_count = QSpinBox(objectName="bed_count_spin")
        self.bed_count.setRange(1, 200)
        self.bed_count.setValue(4)
        self.new_lower = QCheckBox(self.tr("Lower bunks"), objectName="new_lower_check")
        self.new_accessible = QCheckBox(self.tr("Accessible"), objectName="new_accessible_check")
        self.new_near = QCheckBox(self.tr("Near the duty room"), objectName="new_near_check")
        self.room_fields.add("count", self.tr("Beds to add"), self.bed_count,
                             tooltip=self.tr("1 to 200 at a time, numbered on from the room's "
                                             "last bed."))
        for check in (self.new_lower, self.new_accessible, self.new_near):
            room_form.addRow("", check)
        self.add_beds_button = QPushButton(icon("mdi6.bed"), self.tr("Add beds"),
                                           objectName="add_beds_button")
        room_form.addRow("", self.add_beds_button)
        # bed form
        bed_page = QGroupBox(self.tr("Bed"))
        bed_form = right_aligned_form()
        bed_page.setLayout(bed_form)
        self.bed_fields = FieldMessages(bed_form)
        self.bed_label = QLineEdit(objectName="bed_label_edit")
        self.bed_lower = QCheckBox(self.tr("Lower bunk"), objectName="bed_lower_check")
        self.bed_accessible = QCheckBox(self.tr("Accessible"), objectName="bed_accessible_check")
        self.bed_near = QCheckBox(self.tr("Near the duty room"), objectName="bed_near_check")
        self.bed_fields.add("label", self.tr("Bed number"), self.bed_label, required=True,
                            tooltip=self.tr("Required; no two beds of a room with the same "
                                            "number."))
        for check in (self.bed_lower, self.bed_accessible, self.bed_near):
            bed_form.addRow("", check)
        self.oos_reason = QLineEdit(objectName="oos_reason_edit")
        self.oos_reason.setPlaceholderText(self.tr("Why it cannot be used"))
        self.bed_fields.add("reason", self.tr("Out of service"), self.oos_reason,
                            tooltip=self.tr("Required to take the bed out of service."))
        oos_row = QHBoxLayout()
        self.oos_button = QPushButton(icon("mdi6.wrench"), self.tr("Take out of service"),
                                      objectName="layout_oos_button")
        self.in_service_button = QPushButton(icon("mdi6.check"), self.tr("Back in service"),
                                             objectName="layout_in_service_button")
        oos_row.addWidget(self.oos_button)
        oos_row.addWidget(self.in_service_button)
        bed_form.addRow("", _row_widget(oos_row))
        empty = QLabel(self.tr("Choose an area, a room or a bed on the left."),
                       objectName="hint")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for page in (empty, area_page, room_page, bed_page):
            self.stack.addWidget(page)
        self.message = QLabel(objectName="field_error")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_area_button = QPushButton(icon("mdi6.plus"), self.tr("Add area"),
                                           objectName="add_area_button")
        self.add_room_button = QPushButton(icon("mdi6.door"), self.tr("Add room"),
                                           objectName="add_room_button")
        self.remove_button = QPushButton(icon("mdi6.delete"), self.tr("Remove"),
                                         objectName="layout_remove_button")
        self.save_button = primary_button(self.tr("Save"), "mdi6.content-save")
        self.save_button.setObjectName("layout_save_button")
        for b in (self.add_area_button, self.add_room_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        r_layout.addLayout(buttons)
        r_layout.addWidget(self.stack)
        r_layout.addWidget(self.message)
        r_layout.addStretch(1)
        split.addWidget(right)
        split.setSizes([640, 420])
        outer.addWidget(split, 1)
        # wiring
        self.template_button.clicked.connect(self.on_template)
        self.tree.currentItemChanged.connect(lambda *_: self.on_selected())
        self.area_kind.currentIndexChanged.connect(self.on_kind)
        self.add_area_button.clicked.connect(self.on_add_area)
        self.add_room_button.clicked.connect(self.on_add_room)
        self.add_beds_button.clicked.connect(self.on_add_beds)
        self.remove_button.clicked.connect(self.on_remove)
        self.save_button.clicked.connect(self.on_save)
        self.oos_button.clicked.connect(self.on_out_of_service)
        self.in_service_button.clicked.connect(
            lambda: self.act(lambda: self.beds.back_in_service(self.node()[1].bed_id)))
        for widget in (self.template_button, self.add_area_button, self.add_room_button,
                       self.remove_button, self.save_button, self.add_beds_button,
                       self.oos_button, self.in_service_button):
            widget.setEnabled(self.editable)
        self.reload()

    # -- loading ------------------------------------------------------------------------------
    def node(self) -> tuple[str, object] | tuple[None, None]:
        item = self.tree.currentItem()
        return item.data(0, NODE_ROLE) if item is not None else (None, None)

    def reload(self, keep: tuple[str, int] | None = None) -> None:
        if keep is None:
            kind, obj = self.node()
            keep = (kind, _id(kind, obj)) if kind else None
        board = self.beds.board(waiting=False)
        self.template_box.setVisible(not board.areas)
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for area in board.areas:
            a_item = QTreeWidgetItem([
                area.name, kind_text(area.kind) + "，" + sex_text(area.sex)
                + (("，" + self.tr("minors")) if area.for_minors else ""),
                self.tr("{beds} beds, {people} in them, approved {cap}").format(
                    beds=len(area.beds), people=area.count(BedState.OCCUPIED),
                    cap=area.capacity)])
            a_item.setData(0, NODE_ROLE, ("area", area))
            a_item.setIcon(0, icon("mdi6.floor-plan"))
            self.tree.addTopLevelItem(a_item)
            if keep == ("area", area.id):
                chosen = a_item
            for room in area.rooms:
                r_item = QTreeWidgetItem([room.name, "", self.tr("{n} beds").format(
                    n=len(room.beds))])
                r_item.setData(0, NODE_ROLE, ("room", room))
                r_item.setIcon(0, icon("mdi6.door"))
                a_item.addChild(r_item)
                if keep == ("room", room.id):
                    chosen = r_item
                for bed in room.beds:
                    features = "、".join(text for on, text in (
                        (bed.lower_bunk, self.tr("lower bunk")),
                        (bed.accessible, self.tr("accessible")),
                        (bed.near_duty_room, self.tr("near the duty room"))) if on)
                    state = state_text(bed.state)
                    if bed.out_of_service_reason:
                        state += f"（{bed.out_of_service_reason}）"
                    b_item = QTreeWidgetItem([bed.label, features, state])
                    b_item.setData(0, NODE_ROLE, ("bed", bed))
                    r_item.addChild(b_item)
                    if keep == ("bed", bed.bed_id):
                        chosen = b_item
            a_item.setExpanded(True)
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
            self.tree.scrollToItem(chosen)
        self.on_selected()

    def on_selected(self) -> None:
        self.clear_messages()
        kind, obj = self.node()
        self.add_room_button.setEnabled(self.editable and kind in ("area", "room", "bed"))
        self.remove_button.setEnabled(self.editable and kind is not None)
        self.save_button.setEnabled(self.editable and kind is not None)
        if kind == "area":
            area: AreaView = obj
            self.area_name.setText(area.name)
            self.area_kind.setCurrentIndex(self.area_kind.findData(area.kind.value))
            if area.sex:
                self.area_sex.setCurrentIndex(self.area_sex.findData(area.sex))
            self.area_minors.setChecked(area.for_minors)
            self.area_capacity.setValue(area.capacity)
            self.on_kind()
            self.stack.setCurrentIndex(1)
        elif kind == "room":
            self.room_name.setText(obj.name)
            self.stack.setCurrentIndex(2)
        elif kind == "bed":
            bed: BedTile = obj
            self.bed_label.setText(bed.label)
            self.bed_lower.setChecked(bed.lower_bunk)
            self.bed_accessible.setChecked(bed.accessible)
            self.bed_near.setChecked(bed.near_duty_room)
            self.oos_reason.setText(bed.out_of_service_reason)
            out = bed.state == BedState.OUT_OF_SERVICE
            self.oos_button.setVisible(not out)
            self.in_service_button.setVisible(out)
            self.stack.setCurrentIndex(3)
        else:
            self.stack.setCurrentIndex(0)

    def on_kind(self) -> None:
        kind = AreaKind(self.area_kind.currentData())
        fixed = KIND_SEX.get(kind)
        if fixed:
            self.area_sex.setCurrentIndex(self.area_sex.findData(fixed))
        self.area_sex.setEnabled(self.editable and not fixed and kind not in MIXED_KINDS)
        self.area_sex.setVisible(kind not in MIXED_KINDS)
        if kind in (AreaKind.BOYS, AreaKind.GIRLS):
            self.area_minors.setChecked(True)
        elif kind in (AreaKind.MEN, AreaKind.WOMEN, AreaKind.ELDERLY):
            self.area_minors.setChecked(False)
        self.area_minors.setEnabled(self.editable and kind in (
            AreaKind.MEDICAL, AreaKind.MENTAL, AreaKind.OVERFLOW))

    # -- actions ------------------------------------------------------------------------------
    def clear_messages(self) -> None:
        self.message.clear()
        for fields in (self.area_fields, self.room_fields, self.bed_fields):
            fields.clear()

    def act(self, call, keep: tuple[str, int] | None = None) -> bool:
        self.clear_messages()
        try:
            result = call()
        except DeskError as error:
            fields = {1: self.area_fields, 2: self.room_fields, 3: self.bed_fields}.get(
                self.stack.currentIndex())
            if fields is None or not fields.show_error(error):
                self.message.setText(tr_desk_error(error))
            return False
        self.reload(keep if keep is not None else (
            (result[0], result[1]) if isinstance(result, tuple) else None))
        self.changed.emit()
        return True

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("Areas and beds"), text) \
            == QMessageBox.StandardButton.Yes

    def on_template(self) -> None:
        self.act(lambda: self.beds.apply_template(self.template_combo.currentData()))

    def on_add_area(self) -> None:
        name = self.tr("New area")
        existing = {a.name for a in self.beds.board(waiting=False).areas}
        n = 1
        while f"{name} {n}" in existing:
            n += 1
        self.act(lambda: ("area", self.beds.add_area(f"{name} {n}", AreaKind.MEN)))

    def on_add_room(self) -> None:
        kind, obj = self.node()
        area_id = {"area": lambda: obj.id, "room": lambda: _area_of_room(self.tree),
                   "bed": lambda: obj.area_id}.get(kind, lambda: None)()
        if area_id is None:
            return
        names = {r.name for a in self.beds.board(waiting=False).areas if a.id == area_id
                 for r in a.rooms}
        n = 1
        while str(n) in names:
            n += 1
        self.act(lambda: ("room", self.beds.add_room(area_id, str(n))))

    def on_add_beds(self) -> None:
        kind, obj = self.node()
        if kind != "room":
            return
        room: RoomView = obj
        self.act(lambda: self.beds.add_beds(
            room.id, self.bed_count.value(), lower_bunk=self.new_lower.isChecked(),
            accessible=self.new_accessible.isChecked(),
            near_duty_room=self.new_near.isChecked()), keep=("room", room.id))

    def on_save(self) -> None:
        kind, obj = self.node()
        if kind == "area":
            self.act(lambda: self.beds.update_area(
                obj.id, self.area_name.text(), self.area_kind.currentData(),
                sex=self.area_sex.currentData() or "", for_minors=self.area_minors.isChecked(),
                capacity=self.area_capacity.value()), keep=("area", obj.id))
        elif kind == "room":
            self.act(lambda: self.beds.rename_room(obj.id, self.room_name.text()),
                     keep=("room", obj.id))
        elif kind == "bed":
            self.act(lambda: self.beds.update_bed(
                obj.bed_id, label=self.bed_label.text(), lower_bunk=self.bed_lower.isChecked(),
                accessible=self.bed_accessible.isChecked(),
                near_duty_room=self.bed_near.isChecked()), keep=("bed", obj.bed_id))

    def on_out_of_service(self) -> None:
        kind, obj = self.node()
        if kind == "bed":
            self.act(lambda: self.beds.set_out_of_service(obj.bed_id, self.oos_reason.text()),
                     keep=("bed", obj.bed_id))

    def on_remove(self) -> None:
        kind, obj = self.node()
        if kind is None:
            return
        if kind == "area":
            text = self.tr("Remove area {name} with its rooms and beds?").format(name=obj.name)
            call = lambda: self.beds.remove_area(obj.id)  # noqa: E731
        elif kind == "room":
            text = self.tr("Remove room {name} with its beds?").format(name=obj.name)
            call = lambda: self.beds.remove_room(obj.id)  # noqa: E731
        else:
            text = self.tr("Remove bed {name}?").format(name=f"{obj.room}-{obj.label}")
            call = lambda: self.beds.remove_bed(obj.bed_id)  # noqa: E731
        if self.confirm(text):
            self.act(call, keep=("", 0))


def _id(kind: str | None, obj) -> int:
    if kind == "bed":
        return obj.bed_id
    return getattr(obj, "id", 0)


def _area_of_room(tree: QTreeWidget) -> int | None:
    item = tree.currentItem()
    parent = item.parent() if item is not None else None
    if parent is None:
        return None
    kind, area = parent.data(0, NODE_ROLE)
    return area.id if kind == "area" else None


def _row_widget(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
