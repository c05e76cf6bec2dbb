"""The project's own promises: the README's two commands, CI running the README's test command,
and a complete, current Chinese translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "rescue_desk_zh_CN.ts"
QM = ROOT / "rescue_desk" / "ui" / "translations" / "rescue_desk_zh_CN.qm"


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)\n```", section, flags=re.S)
    return [b.strip() for b in blocks]


def test_readme_quick_start_has_two_commands():
    """GIVEN the README WHEN its Quick start is read THEN it holds exactly two commands: one that
    opens the demo desk and one that runs the tests."""
    commands = quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert "rescue-desk --demo" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    """GIVEN .ci/run WHEN it is read THEN it runs the README's test command word for word."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in script.splitlines()


def test_every_string_is_translated_to_chinese():
    """GIVEN the zh_CN translation source THEN no message is unfinished or empty."""
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished",) or not (translation.text or "").strip():
                missing.append(f"{name}: {message.findtext('source')}")
    assert missing == []


def test_every_translatable_string_in_the_code_is_in_the_ts(tmp_path):
    """GIVEN the code WHEN lupdate extracts its strings THEN the .ts already has them all."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "rescue_desk").rglob("*.py"))
    copy = tmp_path / "check.ts"
    copy.write_bytes(TS.read_bytes())
    result = subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete"],
                            capture_output=True, text=True, check=True)
    tree = ET.parse(copy)
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], result.stdout


def test_compiled_translation_is_current(tmp_path):
    """GIVEN the .ts WHEN it is compiled again THEN the shipped .qm is byte for byte the same."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes()
