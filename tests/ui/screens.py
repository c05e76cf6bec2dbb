"""Render every page and dialog with demo data to PNG files, to look at after each UI change.

``RESCUE_DESK_SCREENS=/some/folder pytest tests/ui/test_screens.py`` writes them there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from rescue_desk.ui.dialogs import LoginDialog, SetupDialog
from rescue_desk.ui.main_window import MainWindow
from rescue_desk.ui.pages.settings_page import PasswordDialog, UserDialog


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def render_all(desk, empty_desk, folder: Path) -> list[Path]:
    """Every page of the main window, each settings tab, and each dialog, as PNG files."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow(desk)
    window.resize(1280, 800)
    window.show()
    for row in range(window.nav_list.count()):
        window.nav_list.setCurrentRow(row)
        key = window.nav_list.item(row).data(Qt.ItemDataRole.UserRole)
        written.append(_save(window, folder, f"page_{row + 1:02d}_{key}"))
    tabs = window.settings_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        written.append(_save(window, folder, f"settings_tab_{index + 1}"))
    window.search_box.setFocus()
    window.search_box.setText("z")
    window.search_box.on_text_edited("z")
    written.append(_save(window, folder, "search_candidates"))
    window.search_box.completer_.popup().hide()
    window.close()

    users = [u for u in __import__("rescue_desk.services.accounts", fromlist=["AccountService"])
             .AccountService(desk).users() if u.login == "zhiban3"]
    dialogs = {
        "dialog_setup": SetupDialog(empty_desk),
        "dialog_login": LoginDialog(desk, "演示市救助管理站",
                                    hint="演示站：所有工作人员的密码都是 demo1234（例如 admin）。"),
        "dialog_lock": LoginDialog(desk, "演示市救助管理站", locked_by=desk.officer),
        "dialog_user_new": UserDialog(desk),
        "dialog_user_edit": UserDialog(desk, users[0] if users else None),
        "dialog_password": PasswordDialog("修改我的密码", ask_old=True),
    }
    setup = dialogs["dialog_setup"]
    setup.show()
    setup.save_button.click()  # shows the messages under empty required fields
    for name, dialog in dialogs.items():
        dialog.show()
        written.append(_save(dialog, folder, name))
        dialog.close()
    return written
