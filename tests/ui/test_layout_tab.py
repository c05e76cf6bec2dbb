"""Settings → Areas and beds (LayoutTab): a template from the empty state, then an area, a room
and beds made through the widgets; a bed out of service; the service's refusals next to the
form; read-only for officers who may not change the station."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from rescue_desk.domain.beds import AreaKind, BedState
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.beds import BedService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.ui.pages.layout_tab import NODE_ROLE, LayoutTab, state_label


@pytest.fixture
def confirm(monkeypatch):
    """Answer Yes to every confirmation; records the questions asked."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def all_items(tab: LayoutTab):
    out = []
    stack = [tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        out.append(item)
        stack = [item.child(j) for j in range(item.childCount())] + stack
    return out


def find(tab: LayoutTab, kind: str, text: str, parent=None):
    items = all_items(tab) if parent is None else [parent.child(j)
                                                    for j in range(parent.childCount())]
    return next(i for i in items if i.data(0, NODE_ROLE)[0] == kind and i.text(0) == text)


def make_tab(qtbot, desk) -> LayoutTab:
    tab = LayoutTab(desk)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def test_a_new_station_is_laid_out_through_the_widgets(qtbot, station_desk, confirm):
    tab = make_tab(qtbot, station_desk)
    changes = []
    tab.changed.connect(lambda: changes.append(1))
    # empty: the empty state offers the templates
    assert tab.pages.currentWidget() is tab.empty_state and tab.empty_state.isVisible()
    assert tab.template_combo.count() == 3
    tab.template_combo.setCurrentIndex(tab.template_combo.findData("small"))
    tab.template_button.click()
    service = BedService(station_desk)
    assert len(service.board().beds) == 22
    assert tab.pages.currentIndex() == 1 and tab.tree.topLevelItemCount() == 5
    assert len(changes) == 1
    # area rows: name, kind, sex, minors, beds and approved places
    girls = find(tab, "area", "未成年人区（女）")
    assert "女" in girls.text(1) and "minors" in girls.text(1)
    assert (girls.text(2), girls.text(3)) == ("2", "2")  # beds, approved places
    # a new area through the form: the kind fixes the sex, and minors for a men's area
    tab.add_area_button.click()
    assert tab.forms.currentIndex() == 1 and tab.area_name.text() == ""
    tab.area_name.setText("二楼女宿区")
    tab.area_kind.setCurrentIndex(tab.area_kind.findData(AreaKind.WOMEN.value))
    assert tab.area_sex.currentData() == "F" and not tab.area_sex.isEnabled()
    assert not tab.area_minors.isEnabled()
    tab.area_capacity.setValue(6)
    tab.save_button.click()
    area = find(tab, "area", "二楼女宿区")
    assert tab.tree.currentItem() is area
    assert (area.text(2), area.text(3)) == ("0", "6")
    # a medical area leaves sex and age to the administrator; family is mixed
    tab.area_kind.setCurrentIndex(tab.area_kind.findData(AreaKind.MEDICAL.value))
    assert tab.area_sex.isEnabled() and tab.area_minors.isEnabled()
    assert tab.area_sex.currentIndex() == -1
    tab.save_button.click()  # the sex is asked for under its field
    assert tab.area_fields.labels["sex"].isVisible()
    assert BedService(station_desk).board().areas[-1].kind == AreaKind.WOMEN
    tab.area_kind.setCurrentIndex(tab.area_kind.findData(AreaKind.FAMILY.value))
    assert tab.area_sex.currentData() == "" and not tab.area_sex.isEnabled()
    tab.area_kind.setCurrentIndex(tab.area_kind.findData(AreaKind.WOMEN.value))
    # a room in it
    tab.add_room_button.click()
    assert tab.forms.currentIndex() == 2 and tab.room_area_label.text() == "二楼女宿区"
    tab.save_button.click()  # no name: said under the field
    assert tab.room_fields.labels["name"].isVisible()
    tab.room_name.setText("201")
    tab.save_button.click()
    room = find(tab, "room", "201", parent=find(tab, "area", "二楼女宿区"))
    assert tab.tree.currentItem() is room
    # three lower-bunk beds
    assert tab.beds_box.isVisible()
    tab.bed_count.setValue(3)
    tab.new_lower.setChecked(True)
    tab.add_beds_button.click()
    new = [b for b in service.board().beds if b.area == "二楼女宿区"]
    assert [b.label for b in new] == ["01", "02", "03"] and all(b.lower_bunk for b in new)
    room = tab.tree.currentItem()
    assert room.text(0) == "201" and room.childCount() == 3 and room.isExpanded()
    # bed 02 out of service: an empty reason is refused under the field
    tab.tree.setCurrentItem(room.child(1))
    assert tab.forms.currentIndex() == 3 and tab.bed_label.text() == "02"
    tab.oos_button.click()
    assert tab.bed_fields.labels["reason"].isVisible()
    tab.oos_reason.setText("床板断裂")
    tab.oos_button.click()
    tile = next(b for b in service.board().beds if b.area == "二楼女宿区" and b.label == "02")
    assert tile.state == BedState.OUT_OF_SERVICE and tile.out_of_service_reason == "床板断裂"
    bed = tab.tree.currentItem()
    assert bed.text(0) == "02" and "床板断裂" in bed.text(4)  # selection kept
    assert "lower bunk" in bed.text(1)
    assert tab.in_service_button.isVisible() and not tab.oos_button.isVisible()
    # bed 03 removed after a confirmation that says what happens
    tab.tree.setCurrentItem(find(tab, "bed", "03", parent=bed.parent()))
    tab.remove_button.click()
    assert confirm and "will be removed" in confirm[-1]
    assert [b.label for b in service.board().beds if b.area == "二楼女宿区"] == ["01", "02"]
    assert tab.tree.currentItem().text(0) == "201"  # back on the room
    assert len(changes) == 6


def test_a_bed_with_someone_in_it_cannot_be_removed(qtbot, station_desk, add_officer, admin,
                                                     confirm):
    beds = BedService(station_desk)
    beds.apply_template("small")
    clerk = add_officer("jiedai", {Role.FRONT_DESK})
    accounts = AccountService(station_desk)
    accounts.login(clerk.login, clerk.password)
    case = IntakeService(station_desk).register(PersonForm(name="张三", sex="M", age=40),
                                                StayForm()).case_no
    accounts.login(admin.login, admin.password)
    tile = beds.suggestion(case)
    beds.assign(case, tile.bed_id)
    tab = make_tab(qtbot, station_desk)
    area = find(tab, "area", tile.area)
    room = find(tab, "room", tile.room, parent=area)
    bed = find(tab, "bed", tile.label, parent=room)
    assert "张三" not in "".join(bed.text(c) for c in range(5))  # never the name here
    assert bed.text(4) == state_label(BedState.OCCUPIED)
    tab.tree.setCurrentItem(bed)
    assert not tab.oos_button.isEnabled()
    tab.remove_button.click()
    assert tab.message_row.isVisible() and "有人在住" in tab.message.text()
    assert beds.place_of(case) == tile.place
    assert tab.tree.currentItem() is bed  # nothing reloaded, nothing lost
    tab.tree.setCurrentItem(area)
    tab.remove_button.click()
    assert "还有人在住" in tab.message.text()
    assert tab.item_for(("area", tile.area_id)) is not None


def test_an_officer_who_may_not_change_the_station_only_looks(qtbot, station_desk,
                                                              add_officer):
    BedService(station_desk).apply_template("small")
    clerk = add_officer("jiedai", {Role.FRONT_DESK})
    AccountService(station_desk).login(clerk.login, clerk.password)
    tab = make_tab(qtbot, station_desk)
    assert tab.tree.topLevelItemCount() == 5
    assert not tab.add_area_button.isVisible() and not tab.save_button.isVisible()
    tab.tree.setCurrentItem(find(tab, "area", "男宿区"))
    assert tab.area_name.isReadOnly() and not tab.area_kind.isEnabled()
    assert not tab.beds_box.isVisible()
