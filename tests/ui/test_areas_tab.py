"""Settings → Areas and beds: a template for a new station, then areas, rooms and beds edited
through the widgets; the service's refusals shown next to the form."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from rescue_desk.domain.beds import BedState
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.beds import BedService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from rescue_desk.ui.pages.areas_tab import AreasTab


def items(tab: AreasTab):
    tree = tab.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        area = tree.topLevelItem(i)
        out.append(area)
        for j in range(area.childCount()):
            room = area.child(j)
            out.append(room)
            out += [room.child(k) for k in range(room.childCount())]
    return out


def find(tab: AreasTab, kind: str, text: str):
    return next(i for i in items(tab) if i.data(0, 0x0101)[0] == kind and i.text(0) == text)


def test_a_new_station_starts_from_a_template_and_is_edited(qtbot, station_desk, monkeypatch):
    tab = AreasTab(station_desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.template_box.isVisible() and tab.tree.topLevelItemCount() == 0
    tab.template_combo.setCurrentIndex(tab.template_combo.findData("small"))
    tab.template_button.click()
    assert not tab.template_box.isVisible()
    assert len(BedService(station_desk).board().beds) == 22
    # a new area, a room in it, three beds
    tab.add_area_button.click()
    area = find(tab, "area", "新区域 1")
    tab.tree.setCurrentItem(area)
    tab.area_name.setText("二楼女宿区")
    tab.area_kind.setCurrentIndex(tab.area_kind.findData("women"))
    tab.area_capacity.setValue(6)
    tab.save_button.click()
    area = find(tab, "area", "二楼女宿区")
    assert "女宿区" in area.text(1)
    tab.add_room_button.click()
    room = find(tab, "room", "1")
    tab.tree.setCurrentItem(room)
    tab.bed_count.setValue(3)
    tab.new_lower.setChecked(True)
    tab.add_beds_button.click()
    board = BedService(station_desk).board()
    new = [b for b in board.beds if b.area == "二楼女宿区"]
    assert [b.label for b in new] == ["01", "02", "03"] and all(b.lower_bunk for b in new)
    # out of service with a reason: empty reason is refused next to the field
    area = find(tab, "area", "二楼女宿区")
    tab.tree.setCurrentItem(area.child(0).child(1))  # room 1, bed 02
    assert tab.bed_label.text() == "02"
    tab.oos_button.click()
    assert tab.bed_fields.labels["reason"].isVisible()
    tab.oos_reason.setText("床板断裂")
    tab.oos_button.click()
    tile = next(b for b in BedService(station_desk).board().beds
                if b.area == "二楼女宿区" and b.label == "02")
    assert tile.state == BedState.OUT_OF_SERVICE and tile.out_of_service_reason == "床板断裂"


def test_a_bed_with_someone_in_it_cannot_be_removed(qtbot, station_desk, add_officer, admin,
                                                     monkeypatch):
    beds = BedService(station_desk)
    beds.apply_template("small")
    clerk = add_officer("jiedai", {__import__("rescue_desk.domain.roles",
                                              fromlist=["Role"]).Role.FRONT_DESK})
    AccountService(station_desk).login(clerk.login, clerk.password)
    case = IntakeService(station_desk).register(PersonForm(name="张三", sex="M", age=40),
                                                StayForm()).case_no
    tile = beds.suggestion(case)
    beds.assign(case, tile.bed_id)
    AccountService(station_desk).login(admin.login, admin.password)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab = AreasTab(station_desk)
    qtbot.addWidget(tab)
    tab.show()
    area = find(tab, "area", tile.area)
    room = next(area.child(j) for j in range(area.childCount())
                if area.child(j).text(0) == tile.room)
    bed = next(room.child(k) for k in range(room.childCount())
               if room.child(k).text(0) == tile.label)
    tab.tree.setCurrentItem(bed)
    tab.remove_button.click()
    assert "有人在住" in tab.message.text() or "有人在住" in "".join(
        label.text() for label in tab.bed_fields.labels.values())
    assert beds.place_of(case) == tile.place
    tab.tree.setCurrentItem(find(tab, "area", tile.area))
    tab.remove_button.click()
    assert "还有人在住" in tab.message.text()


def test_a_clerk_sees_the_layout_read_only(qtbot, demo_desk):
    AccountService(demo_desk).login("jiedai1", "demo1234")
    tab = AreasTab(demo_desk)
    qtbot.addWidget(tab)
    assert tab.tree.topLevelItemCount() > 3
    assert not tab.add_area_button.isEnabled() and not tab.save_button.isEnabled()
