"""The outreach page: a hotline call, a patrol with a person met, supplies in and out."""

from __future__ import annotations

from rescue_desk.services.accounts import AccountService
from rescue_desk.services.demo import DEMO_PASSWORD
from rescue_desk.services.outreach import OutreachService
from rescue_desk.ui.outreach_page import OutreachPage


def make_page(qtbot, desk) -> OutreachPage:
    page = OutreachPage(desk)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_a_late_call_is_flagged(qtbot, demo_desk, monkeypatch, clock):
    AccountService(demo_desk).login("zhiban1", DEMO_PASSWORD)
    page = make_page(qtbot, demo_desk)
    assert "寒冬送温暖" in page.campaign_label.text()  # 28 November is in the campaign

    def new_call(dialog):
        dialog.place_edit.setText("人民桥桥洞")
        dialog.person_edit.setText("一名老人，衣着单薄")
        dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("team_sent"))
        dialog.called_edit.setDateTime(dialog.called_edit.dateTime().addSecs(-3600))
        dialog.arrived_check.setChecked(True)
        dialog.ok_button.click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", new_call)
    page.new_call_button.click()
    texts = [page.calls_table.item(0, c).text() for c in range(page.calls_table.columnCount())]
    assert "人民桥桥洞" in texts[1] and texts[5].startswith("60") and "超时" in texts[5]


def test_a_patrol_and_supplies(qtbot, demo_desk, monkeypatch):
    AccountService(demo_desk).login("zhiban1", DEMO_PASSWORD)
    page = make_page(qtbot, demo_desk)
    page.tabs.setCurrentIndex(1)

    def patrol(dialog):
        dialog.team_edit.setText("救助一组：孙强、赵军")
        dialog.places_list.item(0).setCheckState(dialog.places_list.item(0).checkState().Checked)
        dialog.add_contact()
        dialog.contacts.item(0, 1).setText("男，约 60 岁，拒绝入站")
        combo = dialog.contacts.cellWidget(0, 2)
        combo.setCurrentIndex(combo.findData("refused_helped"))
        dialog.ok_button.click()
        return True

    monkeypatch.setattr(page, "run_dialog", patrol)
    page.new_patrol_button.click()
    assert page.patrols_table.rowCount() >= 1
    row = [page.patrols_table.item(0, c).text() for c in range(6)]
    assert row[1] == "救助一组：孙强、赵军" and row[3] == "1"
    page.tabs.setCurrentIndex(2)
    service = OutreachService(demo_desk)
    coats = next(s for s in service.stock() if s.name == "棉大衣")
    errors = []

    def hand_out(dialog):
        dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(coats.id))
        dialog.count_spin.setValue(coats.stock + 1)
        dialog.point_edit.setText("火车站临时救助点")
        dialog.ok_button.click()
        errors.append(dialog.fields.labels["count"].text())
        return False

    monkeypatch.setattr(page, "run_dialog", hand_out)
    page.hand_out_button.click()
    assert errors and "库存" in errors[0]
    assert next(s for s in service.stock() if s.name == "棉大衣").stock == coats.stock
