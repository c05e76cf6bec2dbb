"""Screenshots of the real screens for the README, made on a demo station.

The demo station is made by the program's own services (``fill_demo``) in a temporary SQLite
file, at a fixed moment, so that the pictures change only when the screens do. Each officer
logs in with the demo password and the main window (1280×800) is grabbed with the page that
officer works on; the intake slip is the real PDF, drawn as an image.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [--out DIR]

The default folder is ``resources/screenshots``; existing PNG files there are replaced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

#: Where the demo station's clock stands (a winter night, as in the UI tests).
NOW = dt.datetime(2026, 11, 28, 21, 5)
#: The main window's size in the pictures.
WIDTH, HEIGHT = 1280, 800
#: The demo station: people registered and random seed (small, so it is made in seconds).
PEOPLE, SEED = 40, 7
#: The person registered in the walk-through.
NEW_PERSON = "韩志国"


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def save(app: QApplication, widget: QWidget, folder: Path, name: str) -> Path:
    """``widget`` as it is on screen, as ``folder/name.png``, colours reduced to keep it small."""
    _settle(app)
    return save_image(widget.grab().toImage(), folder, name)


def save_image(image: QImage, folder: Path, name: str) -> Path:
    from PIL import Image

    path = folder / f"{name}.png"
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    picture = Image.frombuffer("RGB", (image.width(), image.height()),
                               bytes(image.constBits()), "raw", "RGB", image.bytesPerLine(), 1)
    # Screens are flat colours and text: 256 colours keep them sharp at a third of the size.
    picture.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    return path


def window(desk, page: str):
    from rescue_desk.ui.main_window import MainWindow

    main = MainWindow(desk)
    main.resize(WIDTH, HEIGHT)
    main.show()
    main.show_page(page)
    return main


def log_in(desk, login: str) -> None:
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.demo import DEMO_PASSWORD

    AccountService(desk).login(login, DEMO_PASSWORD)


def wait_until(app: QApplication, done, seconds: float = 30) -> None:
    import time

    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise RuntimeError("the screen did not finish in time")
        app.processEvents()
        time.sleep(0.02)


def shoot(desk, app: QApplication, folder: Path) -> list[Path]:
    """Every picture of the README, in the order the README shows them."""
    from rescue_desk.services.accounts import AccountService
    from rescue_desk.services.custody import CustodyService
    from rescue_desk.ui.dialogs import LoginDialog
    from rescue_desk.ui.help import RoleGuideDialog
    from rescue_desk.ui.printing import pdf_page_images, stay_form_pdf

    written: list[Path] = []
    station = AccountService(desk).station().name

    # Logging in (the hint is the one the desk shows on a demo station).
    desk.officer = None
    login = LoginDialog(desk, station, hint=QCoreApplication.translate(
        "DeskApp", "Demo station: every officer's password is demo1234 (e.g. admin)."))
    login.login_edit.setText("jiedai1")
    login.password_edit.setText("demo1234")
    login.show()
    written.append(save(app, login, folder, "login"))
    login.close()

    # Front desk: the intake form filled in, then saved with its print buttons.
    log_in(desk, "jiedai1")
    main = window(desk, "intake")
    page = main.intake_page
    page.name_edit.setText(NEW_PERSON)
    page.refresh_candidates()
    page.sex_buttons["M"].setChecked(True)
    page.age_edit.setText("58")
    page.age_estimated_radio.setChecked(True)
    page.hukou_edit.setText("河南省 南阳市")
    page.dialect_edit.setText("河南口音")
    written.append(save(app, main, folder, "intake_form"))
    page.save_button.click()
    wait_until(app, lambda: page.last_result is not None)
    written.append(save(app, main, folder, "intake_saved"))
    case_no = page.last_case_no
    main.close()

    # The intake slip as it prints (80 mm roll).
    slip = pdf_page_images(stay_form_pdf(desk, case_no, "intake"), 130)[0]
    written.append(save_image(slip, folder, "intake_slip"))

    # Security: a person checked, with their bag and the items kept.
    log_in(desk, "anbao1")
    main = window(desk, "security")
    checked = next((r for r in CustodyService(desk).stays() if r.checked and r.held), None)
    if checked is not None:
        main.custody_page.open_case(checked.case_no)
    written.append(save(app, main, folder, "security"))
    main.close()

    # Duty officer: the night board, then the shift log.
    log_in(desk, "zhiban1")
    main = window(desk, "duty")
    main.duty_page.tabs.setCurrentIndex(0)
    written.append(save(app, main, folder, "duty_night_board"))
    main.duty_page.tabs.setCurrentIndex(1)
    written.append(save(app, main, folder, "duty_shift_log"))
    main.close()

    # Leader on duty: the duty roster, and the bed board.
    log_in(desk, "daiban1")
    main = window(desk, "duty")
    main.duty_page.tabs.setCurrentIndex(2)
    written.append(save(app, main, folder, "duty_roster"))
    main.show_page("beds")
    written.append(save(app, main, folder, "beds"))
    main.close()

    # Administrator: officers and roles, and the Help menu's guides for each role.
    log_in(desk, "zhanzhang")
    main = window(desk, "settings")
    settings = main.settings_page
    settings.tabs.setCurrentWidget(settings.officers_tab)
    written.append(save(app, main, folder, "settings_officers"))
    guides = RoleGuideDialog(desk.officer.roles, main)
    guides.show_role("front_desk")
    guides.show()
    written.append(save(app, guides, folder, "help_role_guides"))
    guides.close()
    main.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots",
                        help="folder for the PNG files (default: resources/screenshots)")
    args = parser.parse_args(argv)

    from rescue_desk.services.demo import fill_demo
    from rescue_desk.services.desk import Desk
    from rescue_desk.services.maintenance import open_database
    from rescue_desk.ui import i18n, theme

    with tempfile.TemporaryDirectory(prefix="rescue-desk-screens-") as temp:
        # This PC's own desk settings (text size, last page, printing font) stay untouched.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, temp)
        QCoreApplication.setOrganizationName("RescueDeskScreenshots")
        QCoreApplication.setApplicationName("Rescue Desk Screenshots")
        app = QApplication(["rescue-desk-screenshots"])
        if not i18n.install("zh_CN"):
            print("The Chinese translation could not be loaded.", file=sys.stderr)
            return 1
        if theme.apply(app) is None:
            print("No Chinese font is installed (e.g. fonts-wqy-microhei).", file=sys.stderr)
            return 1
        desk = Desk(open_database("sqlite:///" + str(Path(temp) / "demo.db")),
                    clock=lambda: NOW)
        try:
            fill_demo(desk, people=PEOPLE, seed=SEED)
            args.out.mkdir(parents=True, exist_ok=True)
            written = shoot(desk, app, args.out)
        finally:
            desk.db.dispose()
    for path in written:
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
