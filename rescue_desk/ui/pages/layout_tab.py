"""Settings → Areas and beds: the administrator's editor of the station's areas, rooms and beds.

A tree of the layout on the left, the selected area, room or bed on the right. A station without
areas starts from a template. The service refuses what would leave someone without a bed or
outside the placement rules; its message is shown next to the form. Occupants are never named
here: a bed only says that it is occupied.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
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
    ADULT_KINDS,
    AREA_KIND_LABELS,
    BED_STATE_LABELS,
    KIND_SEX,
    LAYOUT_TEMPLATES,
    MINOR_KINDS,
    MIXED_KINDS,
    TEMPLATE_LABELS,
    AreaKind,
    BedState,
)
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.roles import Permission
from rescue_desk.services.beds import AreaView, BedService, BedTile, RoomView
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.theme import STATE_COLOURS
from rescue_desk.ui.widgets import (
    EmptyState,
    FieldMessages,
    icon,
    primary_button,
    right_aligned_form,
)

#: Item data: ("area" | "room" | "bed", id).
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, DETAILS, BEDS, PLACES, STATE = range(5)
STATE_ICONS = {
    BedState.FREE: "mdi6.bed-empty",
    BedState.OCCUPIED: "mdi6.bed",
    BedState.HELD: "mdi6.clock-outline",
    BedState.OUT_OF_SERVICE: "mdi6.wrench",
    BedState.CLEANING: "mdi6.spray-bottle",
}


def kind_label(kind: AreaKind) -> str:
    return QCoreApplication.translate("Beds", AREA_KIND_LABELS[AreaKind(kind)])


def state_label(state: BedState) -> str:
    return QCoreApplication.translate("Beds", BED_STATE_LABELS[BedState(state)])


def sex_label(sex: str) -> str:
    if sex == "M":
        return QCoreApplication.translate("LayoutTab", "Male")
    if sex == "F":
        return QCoreApplication.translate("LayoutTab", "Female")
    return QCoreApplication.translate("LayoutTab", "Mixed")


def area_details(area: AreaView) -> str:
    parts = [kind_label(area.kind), sex_label(area.sex)]
    if area.for_minors:
        parts.append(QCoreApplication.translate("LayoutTab", "for minors"))
    return " · ".join(parts)


def bed_features(bed: BedTile) -> str:
    parts = []
    if bed.lower_bunk:
        parts.append(QCoreApplication.translate("LayoutTab", "lower bunk"))
    if bed.accessible:
        parts.append(QCoreApplication.translate("LayoutTab", "accessible"))
    if bed.near_duty_room:
        parts.append(QCoreApplication.translate("LayoutTab", "near the duty room"))
    return " · ".join(parts)


def bed_state_text(bed: BedTile) -> str:
    """The bed's state in words; out of service with its reason. Never the occupant's name."""
    text = state_label(bed.state)
    if bed.state == BedState.OUT_OF_SERVICE and bed.out_of_service_reason:
        text = QCoreApplication.translate("LayoutTab", "{state}: {reason}").format(
            state=text, reason=bed.out_of_service_reason)
    return text


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch()
    return holder


def _column(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


class LayoutTab(QWidget):
    """The layout editor (Settings → Areas and beds). ``changed`` after every saved change."""

    changed = Signal()

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layout_tab")
        self.desk = desk
        self.beds = BedService(desk)
        self.editable = desk.require().may(Permission.EDIT_STATION)
        #: What the form shows: ("area"|"room"|"bed", id), ("new_area", 0),
        #: ("new_room", area id), or None.
        self.current: tuple[str, int] | None = None
        self.views: dict[tuple[str, int], object] = {}
        self.room_area: dict[int, int] = {}
        self._expanded: set[tuple[str, int]] | None = None
        self._back_to: tuple[str, int] | None = None
        self._sex_was_fixed = True

        outer = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "Areas hold rooms, rooms hold beds. Men and women sleep apart and minors apart from "
            "adults; only a family area is mixed."), objectName="hint")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        if not self.editable:
            note = QLabel(self.tr("Only an administrator can change the areas and beds."),
                          objectName="hint")
            outer.addWidget(note)
        self.pages = QStackedWidget(objectName="layout_pages")
        self.pages.addWidget(self._build_empty_state())
        self.pages.addWidget(self._build_editor())
        outer.addWidget(self.pages, 1)

        cancel = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self.on_cancel)
        if not self.editable:
            self._make_read_only()
        self.reload()

    # -- building -----------------------------------------------------------------------------
    def _build_empty_state(self) -> QWidget:
        self.template_combo = QComboBox(objectName="template_combo")
        for key in LAYOUT_TEMPLATES:
            self.template_combo.addItem(QCoreApplication.translate("Beds", TEMPLATE_LABELS[key]),
                                        key)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData("medium")))
        self.template_button = primary_button(self.tr("Create areas and beds"),
                                              "mdi6.floor-plan")
        self.template_button.setObjectName("template_button")
        self.template_button.setToolTip(self.tr(
            "Creates the areas, rooms and beds of the chosen template; you can change every "
            "one of them afterwards."))
        self.blank_button = QPushButton(icon("mdi6.plus"), self.tr("Add the first area by hand"),
                                        objectName="blank_button")
        self.blank_button.setFlat(True)
        self.template_message = QLabel(objectName="field_error")
        self.template_message.setWordWrap(True)
        self.template_message.hide()
        #: kept here too: a read-only officer is not offered it, and it must stay alive
        self.template_action = action = QWidget(objectName="template_action")
        column = QVBoxLayout(action)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(_row(QLabel(self.tr("Template")), self.template_combo,
                              self.template_button, stretch=False))
        column.addWidget(self.template_message)
        column.addWidget(self.blank_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.template_button.clicked.connect(self.on_template)
        self.blank_button.clicked.connect(self.on_add_area)
        if self.editable:
            text = self.tr("Areas hold rooms and rooms hold beds. Start from a template for a "
                           "station of your size and change it afterwards, or add the first "
                           "area by hand.")
        else:
            text = self.tr("An administrator sets up the station's areas, rooms and beds.")
        self.empty_state = EmptyState(
            "mdi6.floor-plan", self.tr("The station has no areas or beds yet"), text,
            action=action if self.editable else None)
        self.empty_state.setObjectName("layout_empty_state")
        return self.empty_state

    def _build_editor(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal, objectName="layout_splitter")
        split.setChildrenCollapsible(False)
        # left: the tree with its add buttons
        left = QWidget()
        l_layout = QVBoxLayout(left)
        l_layout.setContentsMargins(0, 0, 0, 0)
        self.add_area_button = QPushButton(icon("mdi6.floor-plan"), self.tr("Add area"),
                                           objectName="add_area_button")
        self.add_area_button.setToolTip(self.tr("A new area: fill in the form and save."))
        self.add_room_button = QPushButton(icon("mdi6.door"), self.tr("Add room"),
                                           objectName="add_room_button")
        self.add_room_button.setToolTip(self.tr("A new room in the selected area."))
        l_layout.addWidget(_row(self.add_area_button, self.add_room_button))
        self.tree = QTreeWidget(objectName="layout_tree")
        self.tree.setHeaderLabels([self.tr("Area / room / bed"), self.tr("Details"),
                                   self.tr("Beds"), self.tr("Places"), self.tr("State")])
        self.tree.headerItem().setToolTip(PLACES, self.tr("Approved places of the area"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((NAME, 150), (DETAILS, 190), (BEDS, 55), (PLACES, 55)):
            self.tree.setColumnWidth(column, width)
        l_layout.addWidget(self.tree, 1)
        split.addWidget(left)

        # right: title and actions, the form of the selected node, adding beds, messages
        right = QWidget()
        r_layout = QVBoxLayout(right)
        r_layout.setContentsMargins(8, 0, 0, 0)
        self.form_title = QLabel(objectName="layout_form_title")
        font = self.form_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.form_title.setFont(font)
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Remove"),
                                         objectName="layout_remove_button")
        self.save_button = primary_button(self.tr("Save"), "mdi6.content-save")
        self.save_button.setObjectName("layout_save_button")
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        top = QHBoxLayout()
        top.addWidget(self.form_title, 1)
        top.addWidget(self.remove_button)
        top.addWidget(self.save_button)
        r_layout.addLayout(top)
        self.forms = QStackedWidget(objectName="layout_forms")
        nothing = QLabel(self.tr("Choose an area, a room or a bed on the left, or add an area."),
                         objectName="hint")
        nothing.setWordWrap(True)
        nothing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.forms.addWidget(nothing)
        self.forms.addWidget(self._build_area_form())
        self.forms.addWidget(self._build_room_form())
        self.forms.addWidget(self._build_bed_form())
        r_layout.addWidget(self.forms)
        r_layout.addWidget(self._build_beds_box())
        self.message = QLabel(objectName="field_error")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_icon = QLabel()
        self.message_icon.setPixmap(icon("mdi6.alert-circle", "#b3261e").pixmap(20, 20))
        self.message_row = QWidget(objectName="layout_message_row")
        m_layout = QHBoxLayout(self.message_row)
        m_layout.setContentsMargins(0, 4, 0, 0)
        m_layout.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        m_layout.addWidget(self.message, 1)
        self.message_row.hide()
        r_layout.addWidget(self.message_row)
        r_layout.addStretch(1)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 440])

        self.tree.currentItemChanged.connect(lambda *_: self.on_selected())
        self.tree.itemClicked.connect(self._on_clicked)
        self.add_area_button.clicked.connect(self.on_add_area)
        self.add_room_button.clicked.connect(self.on_add_room)
        self.save_button.clicked.connect(self.on_save)
        self.remove_button.clicked.connect(self.on_remove)
        return split

    def _build_area_form(self) -> QWidget:
        box = QGroupBox(self.tr("Area"), objectName="area_box")
        form = right_aligned_form()
        box.setLayout(form)
        self.area_fields = FieldMessages(form)
        self.area_name = QLineEdit(objectName="area_name_edit")
        self.area_name.setMaxLength(40)
        self.area_kind = QComboBox(objectName="area_kind_combo")
        for kind in AreaKind:
            self.area_kind.addItem(kind_label(kind), kind.value)
        self.area_sex = QComboBox(objectName="area_sex_combo")
        for sex in ("M", "F", ""):
            self.area_sex.addItem(sex_label(sex), sex)
        self.area_sex.setPlaceholderText(self.tr("Choose male or female"))
        self.area_minors = QCheckBox(self.tr("For minors (under 18)"),
                                     objectName="area_minors_check")
        self.area_capacity = QSpinBox(objectName="area_capacity_spin")
        self.area_capacity.setRange(0, 2000)
        self.area_capacity.setSuffix(self.tr(" places"))
        self.area_fields.add("name", self.tr("Name"), self.area_name, required=True,
                             tooltip=self.tr("As the staff call it, e.g. 男宿一区."))
        self.area_fields.add("kind", self.tr("Kind"), self.area_kind, required=True)
        self.area_fields.add("sex", self.tr("Sex"), self.area_sex, required=True,
                             tooltip=self.tr("Men's, women's, boys' and girls' areas fix the "
                                             "sex; only a family area is mixed."))
        self.area_fields.add("for_minors", self.tr("Age"), self.area_minors)
        self.area_fields.add("capacity", self.tr("Approved places"), self.area_capacity,
                             tooltip=self.tr("The number of places approved for this area; "
                                             "the beds may differ."))
        self.area_kind.currentIndexChanged.connect(lambda _: self._apply_kind(chosen=True))
        self.area_name.returnPressed.connect(self.on_save)
        return box

    def _build_room_form(self) -> QWidget:
        box = QGroupBox(self.tr("Room"), objectName="room_box")
        form = right_aligned_form()
        box.setLayout(form)
        self.room_fields = FieldMessages(form)
        self.room_name = QLineEdit(objectName="room_name_edit")
        self.room_name.setMaxLength(40)
        self.room_area_label = QLabel(objectName="room_area_label")
        form.addRow(self.tr("Area"), self.room_area_label)
        self.room_fields.add("name", self.tr("Room name"), self.room_name, required=True,
                             tooltip=self.tr("A number or a name, e.g. 101 or 观察室."))
        self.room_name.returnPressed.connect(self.on_save)
        return box

    def _attribute_checks(self, prefix: str) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
        lower = QCheckBox(self.tr("Lower bunk"), objectName=f"{prefix}_lower_check")
        accessible = QCheckBox(self.tr("Accessible (wheelchair)"),
                               objectName=f"{prefix}_accessible_check")
        near = QCheckBox(self.tr("Near the duty room"), objectName=f"{prefix}_near_check")
        near.setToolTip(self.tr("Suggested first for minors and people who need watching."))
        return lower, accessible, near

    def _build_bed_form(self) -> QWidget:
        box = QGroupBox(self.tr("Bed"), objectName="bed_box")
        form = right_aligned_form()
        box.setLayout(form)
        self.bed_fields = FieldMessages(form)
        self.bed_label = QLineEdit(objectName="bed_label_edit")
        self.bed_label.setMaxLength(20)
        self.bed_fields.add("label", self.tr("Bed number"), self.bed_label, required=True)
        self.bed_lower, self.bed_accessible, self.bed_near = self._attribute_checks("bed")
        form.addRow(self.tr("Features"),
                    _column(self.bed_lower, self.bed_accessible, self.bed_near))
        self.bed_state_icon = QLabel()
        self.bed_state_label = QLabel(objectName="bed_state_label")
        self.bed_state_label.setWordWrap(True)
        form.addRow(self.tr("State"), _row(self.bed_state_icon, self.bed_state_label))
        self.oos_reason = QLineEdit(objectName="oos_reason_edit")
        self.oos_reason.setMaxLength(200)
        if self.editable:
            self.oos_reason.setPlaceholderText(self.tr("e.g. broken bed board"))
        self.bed_fields.add("reason", self.tr("Out of service because"), self.oos_reason,
                            tooltip=self.tr("Say why the bed cannot be used; the board shows "
                                            "it."))
        self.oos_button = QPushButton(icon("mdi6.wrench"), self.tr("Take out of service"),
                                      objectName="oos_button")
        self.in_service_button = QPushButton(icon("mdi6.check-circle-outline"),
                                             self.tr("Back in service"),
                                             objectName="in_service_button")
        form.addRow("", _row(self.oos_button, self.in_service_button))
        self.bed_label.returnPressed.connect(self.on_save)
        self.oos_reason.returnPressed.connect(self.on_out_of_service)
        self.oos_button.clicked.connect(self.on_out_of_service)
        self.in_service_button.clicked.connect(self.on_back_in_service)
        return box

    def _build_beds_box(self) -> QWidget:
        self.beds_box = QGroupBox(self.tr("Add beds to this room"), objectName="add_beds_box")
        form = right_aligned_form()
        self.beds_box.setLayout(form)
        self.beds_fields = FieldMessages(form)
        self.bed_count = QSpinBox(objectName="bed_count_spin")
        self.bed_count.setRange(1, 200)
        self.bed_count.setValue(4)
        self.bed_count.setToolTip(self.tr("Beds are numbered on from the room's last number."))
        self.beds_fields.add("count", self.tr("Number of beds"), self.bed_count)
        self.new_lower, self.new_accessible, self.new_near = self._attribute_checks("new")
        form.addRow(self.tr("Features"),
                    _column(self.new_lower, self.new_accessible, self.new_near))
        self.add_beds_button = QPushButton(icon("mdi6.bed"), self.tr("Add beds"),
                                           objectName="add_beds_button")
        form.addRow("", _row(self.add_beds_button))
        self.add_beds_button.clicked.connect(self.on_add_beds)
        return self.beds_box

    def _make_read_only(self) -> None:
        for edit in (self.area_name, self.room_name, self.bed_label, self.oos_reason):
            edit.setReadOnly(True)
        for widget in (self.area_kind, self.area_sex, self.area_minors, self.area_capacity,
                       self.bed_lower, self.bed_accessible, self.bed_near):
            widget.setEnabled(False)
        for widget in (self.add_area_button, self.add_room_button, self.save_button,
                       self.remove_button, self.oos_button, self.in_service_button,
                       self.beds_box):
            widget.hide()

    # -- loading ------------------------------------------------------------------------------
    def reload(self, select: tuple[str, int] | None = None) -> None:
        """Read the layout again; select ``select`` or else keep the present selection."""
        if select is None and self.current and self.current[0] in ("area", "room", "bed"):
            select = self.current
        if self._expanded is not None:
            self._expanded = self._expanded_keys()
        board = self.beds.board(waiting=False)
        self.views.clear()
        self.room_area.clear()
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for area in board.areas:
            a_item = self._item(("area", area.id), area, [
                area.name, area_details(area), str(len(area.beds)), str(area.capacity),
                self._area_state(area)], "mdi6.floor-plan")
            self.tree.addTopLevelItem(a_item)
            chosen = a_item if select == ("area", area.id) else chosen
            for room in area.rooms:
                self.room_area[room.id] = area.id
                r_item = self._item(("room", room.id), room, [
                    room.name, "", str(len(room.beds)), "", ""], "mdi6.door")
                a_item.addChild(r_item)
                chosen = r_item if select == ("room", room.id) else chosen
                for bed in room.beds:
                    b_item = self._item(("bed", bed.bed_id), bed, [
                        bed.label, bed_features(bed), "", "", bed_state_text(bed)],
                        "mdi6.bed-outline")
                    b_item.setIcon(STATE, icon(STATE_ICONS[bed.state],
                                               STATE_COLOURS[bed.state.value]))
                    r_item.addChild(b_item)
                    chosen = b_item if select == ("bed", bed.bed_id) else chosen
        self._restore_expansion(chosen)
        for column, least in ((NAME, 150), (DETAILS, 150)):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, max(least, self.tree.columnWidth(column) + 8))
        self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        if chosen is not None:
            self.current = select
            self.tree.scrollToItem(chosen)
        elif self.current is not None and self.current[0] in ("area", "room", "bed"):
            self.current = None
        new_area = self.current is not None and self.current[0] == "new_area"
        self.pages.setCurrentIndex(1 if board.areas or new_area else 0)
        self.show_current()

    def _item(self, key: tuple[str, int], view, texts: list[str],
              icon_name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        item.setData(NAME, NODE_ROLE, key)
        item.setIcon(NAME, icon(icon_name))
        for column in (BEDS, PLACES):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
        if texts[DETAILS]:
            item.setToolTip(DETAILS, texts[DETAILS])
        if texts[STATE]:
            item.setToolTip(STATE, texts[STATE])
        self.views[key] = view
        return item

    def _area_state(self, area: AreaView) -> str:
        parts = []
        for state in (BedState.OCCUPIED, BedState.OUT_OF_SERVICE):
            count = area.count(state)
            if count:
                parts.append(f"{state_label(state)} {count}")
        return " · ".join(parts)

    def _expanded_keys(self) -> set[tuple[str, int]]:
        keys = set()
        for i in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(i)
            if area.isExpanded():
                keys.add(area.data(NAME, NODE_ROLE))
            for j in range(area.childCount()):
                if area.child(j).isExpanded():
                    keys.add(area.child(j).data(NAME, NODE_ROLE))
        return keys

    def _restore_expansion(self, chosen: QTreeWidgetItem | None) -> None:
        first = self._expanded is None
        keys = self._expanded or set()
        for i in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(i)
            area.setExpanded(first or area.data(NAME, NODE_ROLE) in keys)
            for j in range(area.childCount()):
                room = area.child(j)
                room.setExpanded(room.data(NAME, NODE_ROLE) in keys)
        parent = chosen.parent() if chosen is not None else None
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        if self.tree.topLevelItemCount():
            self._expanded = self._expanded_keys()

    def item_for(self, key: tuple[str, int]) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            stack = [self.tree.topLevelItem(i)]
            while stack:
                item = stack.pop()
                if item.data(NAME, NODE_ROLE) == key:
                    return item
                stack += [item.child(j) for j in range(item.childCount())]
        return None

    def selected_area_id(self) -> int | None:
        """The area of the selected node (or of the new room being made)."""
        if self.current is None:
            return None
        kind, key = self.current
        if kind in ("area", "new_room"):
            return key
        if kind == "room":
            return self.room_area.get(key)
        if kind == "bed":
            return self.views[self.current].area_id
        return None

    def selected_room_id(self) -> int | None:
        if self.current is None:
            return None
        kind, key = self.current
        if kind == "room":
            return key
        if kind == "bed":
            return self.views[self.current].room_id
        return None

    # -- showing the selection ----------------------------------------------------------------
    def on_selected(self) -> None:
        """The tree's current item changed: show it (a half-made new area or room is dropped)."""
        item = self.tree.currentItem()
        self.current = item.data(NAME, NODE_ROLE) if item is not None else None
        self.show_current()

    def _on_clicked(self, item: QTreeWidgetItem) -> None:
        # clicking the area a new room was being added to goes back to that area
        if self.current is not None and self.current[0] == "new_room":
            self.current = item.data(NAME, NODE_ROLE)
            self.show_current()

    def show_current(self) -> None:
        self.clear_messages()
        kind = self.current[0] if self.current else None
        view = self.views.get(self.current) if self.current else None
        if kind == "area":
            self._show_area(view)
        elif kind == "new_area":
            self._show_area(None)
        elif kind == "room":
            self._show_room(view, self.views.get(("area", self.room_area.get(view.id))))
        elif kind == "new_room":
            self._show_room(None, self.views.get(("area", self.current[1])))
        elif kind == "bed":
            self._show_bed(view)
        else:
            self.form_title.setText("")
            self.forms.setCurrentIndex(0)
        room_id = self.selected_room_id()
        self.beds_box.setVisible(self.editable and room_id is not None)
        if room_id is not None:
            room = self.views[("room", room_id)]
            self.beds_box.setTitle(self.tr("Add beds to room {room}").format(room=room.name))
        self.add_room_button.setEnabled(self.selected_area_id() is not None)
        self.remove_button.setEnabled(kind in ("area", "room", "bed"))
        self.save_button.setEnabled(kind is not None)

    def _show_area(self, area: AreaView | None) -> None:
        self.forms.setCurrentIndex(1)
        self.form_title.setText(area.name if area else self.tr("New area"))
        self.area_kind.blockSignals(True)
        kind = area.kind if area else AreaKind.MEN
        self.area_kind.setCurrentIndex(self.area_kind.findData(kind.value))
        self.area_kind.blockSignals(False)
        self.area_name.setText(area.name if area else "")
        self.area_sex.setCurrentIndex(self.area_sex.findData(area.sex) if area else -1)
        self.area_minors.setChecked(area.for_minors if area else False)
        self.area_capacity.setValue(area.capacity if area else 0)
        self._apply_kind()
        if area is None:
            self.area_name.setFocus()

    def _apply_kind(self, chosen: bool = False) -> None:
        """The kind fixes the sex (men, women, boys, girls; family is mixed) and the age group
        (boys and girls are minors; men, women, elderly adults); the rest is set per area."""
        kind = AreaKind(self.area_kind.currentData())
        fixed = KIND_SEX.get(kind)
        mixed = kind in MIXED_KINDS
        mixed_index = self.area_sex.findData("")
        if fixed:
            self.area_sex.setCurrentIndex(self.area_sex.findData(fixed))
        elif mixed:
            self.area_sex.setCurrentIndex(mixed_index)
        elif (chosen and self._sex_was_fixed) or self.area_sex.currentIndex() == mixed_index:
            # coming from a kind that fixed the sex: the administrator chooses it now
            self.area_sex.setCurrentIndex(-1)
        self._sex_was_fixed = bool(fixed or mixed)
        self.area_sex.model().item(mixed_index).setEnabled(mixed)
        self.area_sex.setEnabled(self.editable and not fixed and not mixed)
        if kind in MINOR_KINDS:
            self.area_minors.setChecked(True)
        elif kind in ADULT_KINDS or mixed:
            self.area_minors.setChecked(False)
        free = kind not in MINOR_KINDS | ADULT_KINDS | MIXED_KINDS
        self.area_minors.setEnabled(self.editable and free)
        self.area_minors.setToolTip("" if free else self.tr(
            "Set by the kind of area; a family area takes all ages."))

    def _show_room(self, room: RoomView | None, area: AreaView | None) -> None:
        self.forms.setCurrentIndex(2)
        if room is None:
            self.form_title.setText(self.tr("New room"))
        else:
            self.form_title.setText(self.tr("Room {room}").format(room=room.name))
        self.room_area_label.setText(area.name if area else "")
        self.room_name.setText(room.name if room else "")
        if room is None:
            self.room_name.setFocus()

    def _show_bed(self, bed: BedTile) -> None:
        self.forms.setCurrentIndex(3)
        self.form_title.setText(self.tr("Bed {room}-{bed}").format(room=bed.room, bed=bed.label))
        self.bed_label.setText(bed.label)
        self.bed_lower.setChecked(bed.lower_bunk)
        self.bed_accessible.setChecked(bed.accessible)
        self.bed_near.setChecked(bed.near_duty_room)
        self.bed_state_icon.setPixmap(icon(STATE_ICONS[bed.state],
                                           STATE_COLOURS[bed.state.value]).pixmap(18, 18))
        self.bed_state_label.setText(state_label(bed.state))
        out = bed.state == BedState.OUT_OF_SERVICE
        occupied = bed.state == BedState.OCCUPIED
        self.oos_reason.setText(bed.out_of_service_reason if out else "")
        self.oos_reason.setReadOnly(out or not self.editable)
        self.oos_reason.setEnabled(not occupied)
        self.oos_button.setVisible(self.editable and not out)
        self.oos_button.setEnabled(not occupied)
        self.oos_button.setToolTip(self.tr("Someone sleeps in this bed; move them first.")
                                   if occupied else "")
        self.in_service_button.setVisible(self.editable and out)

    # -- acting -------------------------------------------------------------------------------
    def clear_messages(self) -> None:
        self.message.clear()
        self.message_row.hide()
        self.template_message.clear()
        self.template_message.hide()
        for fields in (self.area_fields, self.room_fields, self.bed_fields, self.beds_fields):
            fields.clear()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message_row.show()

    def act(self, call, fields: FieldMessages | None):
        """Run a service call; a refusal goes under its field or at the bottom. Returns
        (succeeded, result)."""
        self.clear_messages()
        try:
            result = call()
        except DeskError as error:
            if fields is None or not fields.show_error(error):
                self.show_message(tr_desk_error(error))
            return False, None
        return True, result

    def done(self, note: str, select: tuple[str, int] | None = None) -> None:
        self.reload(select)
        self.changed.emit()
        window = self.window()
        status_bar = getattr(window, "statusBar", None)
        if window is not self and callable(status_bar):
            status_bar().showMessage(note, 5000)

    def on_template(self) -> None:
        self.clear_messages()
        try:
            beds = self.beds.apply_template(self.template_combo.currentData())
        except DeskError as error:
            self.template_message.setText(tr_desk_error(error))
            self.template_message.show()
            return
        self.current = None
        self.done(self.tr("Areas and beds created from the template: %n bed(s).", "", beds))

    def on_add_area(self) -> None:
        self._back_to = self.current if self.current and self.current[0] != "new_area" \
            else self._back_to
        self.current = ("new_area", 0)
        self.pages.setCurrentIndex(1)
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(None)
        self.tree.clearSelection()
        self.tree.blockSignals(False)
        self.show_current()

    def on_add_room(self) -> None:
        area_id = self.selected_area_id()
        if area_id is None:
            return
        self._back_to = self.current
        self.current = ("new_room", area_id)
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(self.item_for(("area", area_id)))
        self.tree.blockSignals(False)
        self.show_current()

    def on_cancel(self) -> None:
        if self.current is None or self.current[0] not in ("new_area", "new_room"):
            return
        back, self.current, self._back_to = self._back_to, None, None
        self.reload(back)

    def on_save(self) -> None:
        if self.current is None or not self.editable:
            return
        kind, key = self.current
        if kind in ("area", "new_area"):
            values = dict(sex=self.area_sex.currentData() or "",
                          for_minors=self.area_minors.isChecked(),
                          capacity=self.area_capacity.value())
            name, area_kind = self.area_name.text(), self.area_kind.currentData()
            if kind == "new_area":
                ok, new_id = self.act(lambda: self.beds.add_area(name, area_kind, **values),
                                      self.area_fields)
                if ok:
                    self.current = None
                    self.done(self.tr("Area {name} added.").format(name=name.strip()),
                              ("area", new_id))
                return
            ok, _ = self.act(lambda: self.beds.update_area(key, name, area_kind, **values),
                             self.area_fields)
            if ok:
                self.done(self.tr("Area {name} saved.").format(name=name.strip()))
        elif kind in ("room", "new_room"):
            name = self.room_name.text()
            if kind == "new_room":
                ok, new_id = self.act(lambda: self.beds.add_room(key, name), self.room_fields)
                if ok:
                    self.current = None
                    self.done(self.tr("Room {name} added.").format(name=name.strip()),
                              ("room", new_id))
                return
            ok, _ = self.act(lambda: self.beds.rename_room(key, name), self.room_fields)
            if ok:
                self.done(self.tr("Room {name} saved.").format(name=name.strip()))
        elif kind == "bed":
            ok, _ = self.act(lambda: self.beds.update_bed(
                key, label=self.bed_label.text(), lower_bunk=self.bed_lower.isChecked(),
                accessible=self.bed_accessible.isChecked(),
                near_duty_room=self.bed_near.isChecked()), self.bed_fields)
            if ok:
                self.done(self.tr("Bed {name} saved.").format(name=self.bed_label.text().strip()))

    def on_add_beds(self) -> None:
        room_id = self.selected_room_id()
        if room_id is None or not self.editable:
            return
        count = self.bed_count.value()
        ok, _ = self.act(lambda: self.beds.add_beds(
            room_id, count, lower_bunk=self.new_lower.isChecked(),
            accessible=self.new_accessible.isChecked(),
            near_duty_room=self.new_near.isChecked()), self.beds_fields)
        if ok:
            room = self.item_for(("room", room_id))
            if room is not None:
                room.setExpanded(True)
            self.done(self.tr("%n bed(s) added.", "", count), ("room", room_id))

    def on_out_of_service(self) -> None:
        if self.current is None or self.current[0] != "bed" or not self.editable:
            return
        bed_id = self.current[1]
        reason = self.oos_reason.text()
        ok, _ = self.act(lambda: self.beds.set_out_of_service(bed_id, reason), self.bed_fields)
        if ok:
            self.done(self.tr("The bed is out of service."))

    def on_back_in_service(self) -> None:
        if self.current is None or self.current[0] != "bed" or not self.editable:
            return
        bed_id = self.current[1]
        ok, _ = self.act(lambda: self.beds.back_in_service(bed_id), self.bed_fields)
        if ok:
            self.done(self.tr("The bed is back in service."))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def on_remove(self) -> None:
        if self.current is None or self.current[0] not in ("area", "room", "bed") \
                or not self.editable:
            return
        kind, key = self.current
        view = self.views[self.current]
        if kind == "area":
            title = self.tr("Remove area")
            text = self.tr("Area {name} will be removed with its {rooms} room(s) and {beds} "
                           "bed(s).").format(name=view.name, rooms=len(view.rooms),
                                             beds=len(view.beds))
            call, after = (lambda: self.beds.remove_area(key)), None
        elif kind == "room":
            title = self.tr("Remove room")
            text = self.tr("Room {name} will be removed with its {beds} bed(s).").format(
                name=view.name, beds=len(view.beds))
            call, after = (lambda: self.beds.remove_room(key)), ("area", self.room_area[key])
        else:
            title = self.tr("Remove bed")
            text = self.tr("Bed {name} will be removed from the station's beds.").format(
                name=view.place)
            call, after = (lambda: self.beds.remove_bed(key)), ("room", view.room_id)
        if not self.confirm(title, text):
            return
        ok, _ = self.act(call, None)
        if ok:
            self.current = None
            self.done(self.tr("Removed."), after)
