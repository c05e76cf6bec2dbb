"""The desk's own help: a guide for every page and every role in both languages, numbered steps,
screen words that exist on the screen (so the guides cannot drift from it), local rules quoted
with their defaults; the "What do I do now?" panel and the role guides dialog."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from rescue_desk.domain.roles import Role
from rescue_desk.domain.rules import LOCAL_RULES
from rescue_desk.ui import help as desk_help
from rescue_desk.ui import i18n
from rescue_desk.ui.help import (
    PAGE_KEYS,
    ROLE_GUIDES,
    HelpPanel,
    RoleGuideDialog,
    first_role,
    guide_text,
)

TS = Path(__file__).parents[2] / "resources" / "translations" / "rescue_desk_zh_CN.ts"
GUIDES = tuple(PAGE_KEYS) + tuple(ROLE_GUIDES.values())
#: A numbered step: one line starting "1. ".
STEP = re.compile(r"^\d+\. \S", re.MULTILINE)
#: A rule under a page's steps: one line starting "- ".
RULE = re.compile(r"^- \S", re.MULTILINE)
#: How the guides quote what the screen shows: 「…」 in Chinese, "…" in English.
ZH_QUOTED = re.compile(r"「([^」]*)」")
EN_QUOTED = re.compile(r'"([^"]*)"')


def _shown(text: str) -> str:
    """A screen word as a guide quotes it: no accelerator (&D, (&D)), no trailing ellipsis."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "").strip()
    return text.rstrip("…").rstrip()


def _screen_words() -> tuple[set[str], set[str]]:
    """Everything the desk can show, from the translations file: (Chinese, English). A text
    with a count in brackets ("全部（{n}）") is also taken without it, as a button shows it."""
    zh: set[str] = set()
    en: set[str] = set()
    count = re.compile(r"\s*[（(][^（）()]*\{\w+\}[^（）()]*[）)]")
    for message in ET.parse(TS).getroot().iter("message"):
        for text, words in ((message.findtext("translation") or "", zh),
                            (message.findtext("source") or "", en)):
            if text.strip():
                words.add(_shown(text))
                words.add(_shown(count.sub("", text)))
    return zh, en


@pytest.fixture(scope="module")
def screen_words() -> tuple[set[str], set[str]]:
    return _screen_words()


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("name", GUIDES)
def test_every_guide_exists_in_both_languages_with_numbered_steps(name, language):
    """GIVEN a page key or a role WHEN its guide is read in either language THEN the file is
    there, starts with a heading, and has numbered steps: 4 to 8 for a page (with 2 or 3
    rules after them), at least 4 for a role in 10 to 20 lines."""
    path = desk_help.HELP_DIR / language / f"{name}.md"
    assert path.is_file(), path
    text = path.read_text(encoding="utf-8")
    assert text.startswith("## ")
    steps = len(STEP.findall(text))
    if name in PAGE_KEYS:
        assert 4 <= steps <= 8, (path, steps)
        assert 2 <= len(RULE.findall(text)) <= 3, path
    else:
        assert steps >= 4, path
        assert 10 <= len([line for line in text.splitlines() if line.strip()]) <= 20, path


@pytest.mark.parametrize("name", GUIDES)
def test_english_mirrors_chinese(name):
    """GIVEN a guide WHEN its two languages are compared THEN they have as many steps and as
    many rules."""
    zh = guide_text(name, "zh_CN")
    en = guide_text(name, "en")
    assert len(STEP.findall(zh)) == len(STEP.findall(en))
    assert len(RULE.findall(zh)) == len(RULE.findall(en))


def test_every_page_of_the_navigation_has_a_guide():
    """GIVEN the main window's navigation WHEN its keys are listed THEN they are the guides'
    page keys, so a new page comes with its guide."""
    from rescue_desk.ui.main_window import MainWindow

    keys = [key for key, _icon, _title in MainWindow._page_entries(None)]
    assert keys == list(PAGE_KEYS)


def test_every_role_has_a_guide():
    """GIVEN the station's roles THEN each has a guide."""
    assert set(ROLE_GUIDES) == set(Role)


@pytest.mark.parametrize("name", GUIDES)
def test_quoted_screen_words_are_on_the_screen(name, screen_words):
    """GIVEN a guide WHEN the words it quotes are looked up THEN each is a text the desk shows:
    「…」 among the Chinese translations, "…" among the English sources. The Chinese quotes
    screen words in 「」 only (no “” that would escape this check)."""
    zh_words, en_words = screen_words
    zh = guide_text(name, "zh_CN")
    en = guide_text(name, "en")
    assert not re.search(r'[“”"]', zh), name
    assert not re.search(r"[“”]", en), name
    missing = [q for q in ZH_QUOTED.findall(zh) if _shown(q) not in zh_words]
    missing += [q for q in EN_QUOTED.findall(en) if _shown(q) not in en_words]
    assert not missing, (name, missing)
    assert ZH_QUOTED.findall(zh) and EN_QUOTED.findall(en)


def test_defaults_quoted_are_the_local_rules_defaults():
    """GIVEN every guide WHEN it says what a local rule is by default THEN the number is a
    default of a local rule (so a changed default shows up here)."""
    defaults: set[str] = set()
    for rule in LOCAL_RULES:
        if rule.kind == "monthday":
            defaults |= {str(int(part)) for part in str(rule.default).split("-")}
        else:
            defaults.add(str(rule.default))
    said = []
    for name in GUIDES:
        said += re.findall(r"默认 ?(\d{1,2}:\d{2}|\d+)", guide_text(name, "zh_CN"))
        said += re.findall(r"(\d{1,2}:\d{2}|\d+)(?: \w+)? by default", guide_text(name, "en"))
    assert said
    assert set(said) <= defaults, set(said) - defaults


def test_guide_text_falls_back_to_chinese(tmp_path, monkeypatch):
    """GIVEN a guide that exists only in Chinese WHEN it is asked for in English THEN the
    Chinese comes back; an unknown or malformed name gives ""."""
    (tmp_path / "zh_CN").mkdir()
    (tmp_path / "zh_CN" / "intake.md").write_text("## 求助登记\n", encoding="utf-8")
    monkeypatch.setattr(desk_help, "HELP_DIR", tmp_path)
    assert guide_text("intake", "en") == "## 求助登记\n"
    assert guide_text("nothing", "en") == ""
    assert guide_text("../zh_CN/intake", "zh_CN") == ""


def test_guide_text_follows_the_installed_language():
    """GIVEN the desk in Chinese, then in English WHEN a guide is read without a language THEN
    it comes in the language the desk speaks."""
    assert desk_help.current_language() == "zh_CN"
    assert guide_text("intake").startswith("## 求助登记")
    try:
        i18n.install("en")
        assert desk_help.current_language() == "en"
        assert guide_text("intake").startswith("## Intake")
    finally:
        i18n.install("zh_CN")


def test_panel_shows_the_guide_of_a_page(qtbot):
    """GIVEN the help panel WHEN the departures page's guide is shown THEN the panel is visible
    with that guide's steps; a page without a guide says so."""
    panel = HelpPanel()
    qtbot.addWidget(panel)
    assert panel.show_page("departures")
    assert panel.isVisible() and panel.page_key == "departures"
    text = panel.browser.toPlainText()
    assert "离站" in text and "¥20.00" in text and "16 周岁" in text
    assert not panel.show_page("no_such_page")
    assert panel.browser.toPlainText()


def test_panel_close_button_hides_it(qtbot):
    """GIVEN a shown panel WHEN its close button is clicked THEN it hides and says so."""
    panel = HelpPanel()
    qtbot.addWidget(panel)
    panel.show_page("intake")
    with qtbot.waitSignal(panel.closed):
        panel.close_button.click()
    assert not panel.isVisible()


def test_panel_in_english(qtbot):
    """GIVEN a panel asked for English WHEN a page is shown THEN the English guide shows."""
    panel = HelpPanel(language="en")
    qtbot.addWidget(panel)
    panel.show_page("duty")
    assert "Shift log and handover" in panel.browser.toPlainText()


def test_role_dialog_opens_on_the_officers_first_role_and_switches(qtbot):
    """GIVEN an officer who is a leader on duty and security WHEN the role guides open THEN
    the five roles are listed in the desk's words, the officer's own in bold, and the guide of
    their first role (security) shows; choosing another role shows its guide."""
    dialog = RoleGuideDialog({Role.LEADER_ON_DUTY, Role.SECURITY})
    qtbot.addWidget(dialog)
    items = [dialog.role_list.item(row) for row in range(dialog.role_list.count())]
    assert [i.text() for i in items] == [
        QCoreApplication.translate("Role", label) for label in
        ("Front desk", "Security", "Duty officer", "Leader on duty", "Administrator")]
    assert items[1].text() == "安保"
    assert [i.font().bold() for i in items] == [False, True, False, True, False]
    assert dialog.current_guide() == "role_security"
    assert dialog.browser.toPlainText().startswith("安保")
    dialog.role_list.setCurrentRow(4)
    assert dialog.current_guide() == "role_admin"
    assert dialog.browser.toPlainText().startswith("管理员")
    dialog.show_role(Role.DUTY_OFFICER)
    assert "夜班" in dialog.browser.toPlainText()


def test_role_dialog_for_the_logged_in_officer(qtbot, demo_desk):
    """GIVEN the demo's "admin", who holds every role, WHEN the role guides open with the
    officer's roles THEN all five are in bold and the first, the front desk, shows; roles given
    by their values count too, unknown ones are skipped, and no role starts at the front
    desk."""
    dialog = RoleGuideDialog(demo_desk.officer.roles)
    qtbot.addWidget(dialog)
    assert all(dialog.role_list.item(row).font().bold() for row in range(5))
    assert dialog.current_guide() == "role_front_desk"
    assert first_role(["security", "nonsense"]) == Role.SECURITY
    assert first_role([]) == Role.FRONT_DESK


def test_panel_and_dialog_render_in_chinese(qtbot, tmp_path):
    """GIVEN the panel and the role guides in Chinese WHEN they are drawn offscreen THEN they
    make non-empty pictures (written to RESCUE_DESK_SCREENS when set, to look at)."""
    folder = Path(os.environ.get("RESCUE_DESK_SCREENS") or tmp_path / "screens")
    folder.mkdir(parents=True, exist_ok=True)
    panel = HelpPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 780)
    dialog = RoleGuideDialog({Role.DUTY_OFFICER})
    qtbot.addWidget(dialog)
    dialog.show()
    written = []
    for key in PAGE_KEYS:
        panel.show_page(key)
        written.append(folder / f"help_panel_{key}.png")
        assert panel.grab().save(str(written[-1]))
    written.append(folder / "help_role_guides.png")
    assert dialog.grab().save(str(written[-1]))
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 200
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 3, path  # text was drawn, not an empty frame
    assert dialog.role_list.currentItem().data(Qt.ItemDataRole.UserRole) == "role_night_duty"
