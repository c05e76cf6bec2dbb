"""The README a station follows names only what exists: its pictures and links are files of the
repository, and every ``rescue-desk`` command line in it is one the program's parser knows."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from rescue_desk.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SCREENSHOTS = ROOT / "resources" / "screenshots"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Names the program is run by: the package's script and the bundle's command-line program.
PROGRAMS = ("rescue-desk", "rescue-desk-cli")
#: Top-level options that take a value (their value is not a command).
VALUE_OPTIONS = ("--db", "--home", "--lang")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def link_targets(text: str) -> list[str]:
    """Targets of the Markdown links and images in ``text`` that point inside the repository."""
    targets = re.findall(r"\]\(([^)\s]+)\)", text) + re.findall(r'<img[^>]*src="([^"]+)"', text)
    return [t.split("#", 1)[0] for t in targets if not re.match(r"[a-z]+:", t) and t[0] != "#"]


def image_targets(text: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text) + re.findall(
        r'<img[^>]*src="([^"]+)"', text)


def code_blocks(text: str) -> list[str]:
    return re.findall(r"^[ \t]*```[^\n]*\n(.*?)^[ \t]*```", text, flags=re.S | re.M)


def command_lines(text: str) -> list[list[str]]:
    """The words after the program's name in every command of a code block that runs it: lines
    are cut at a comment and split at ``&&``, ``||``, ``|`` and ``;``; the brackets of optional
    parts are dropped."""
    found = []
    for block in code_blocks(text):
        for line in block.splitlines():
            line = line.split(" #", 1)[0]
            for part in re.split(r" (?:&&|\|\||\||;) ", line):
                words = part.split()
                for i, word in enumerate(words):
                    if word.rsplit("/", 1)[-1] in PROGRAMS:
                        found.append([w.strip("[]") for w in words[i + 1:] if w.strip("[]")])
                        break
    return found


def command_problems(text: str, parser: argparse.ArgumentParser) -> list[str]:
    """What the README's command lines name that the parser does not know."""
    problems = []
    commands = _subparsers(parser)
    top_options = set(parser._option_string_actions)
    for words in command_lines(text):
        rest = iter(words)
        command = None
        for word in rest:
            if word in VALUE_OPTIONS:
                next(rest, None)
            elif word.startswith("-"):
                if word.split("=", 1)[0] not in top_options:
                    problems.append(f"unknown option {word}: {' '.join(words)}")
            elif word.isupper() or not re.fullmatch(r"[a-z][a-z-]*", word):
                break  # a placeholder such as COMMAND, or a value
            else:
                command = word
                break
        if command is None:
            continue
        sub = commands.get(command)
        if sub is None:
            problems.append(f"unknown command {command}: {' '.join(words)}")
            continue
        positionals = [a for a in sub._actions if not a.option_strings]
        first_choices = positionals[0].choices if positionals else None
        following = list(rest)
        for position, word in enumerate(following):
            if word.startswith("-"):
                if word.split("=", 1)[0] not in sub._option_string_actions:
                    problems.append(f"{command} has no option {word}: {' '.join(words)}")
            elif position == 0 and first_choices and re.fullmatch(r"[a-z][a-z-]*", word) \
                    and word not in first_choices:
                problems.append(f"{command} has no {word}: {' '.join(words)}")
    return problems


def test_every_picture_and_link_of_the_readme_exists():
    """GIVEN the README WHEN its links and pictures are read THEN each names a file of the
    repository, and each picture is a PNG file."""
    text = README.read_text(encoding="utf-8")
    missing = [t for t in link_targets(text) if not (ROOT / t).exists()]
    assert not missing, f"the README links to missing files: {missing}"
    images = image_targets(text)
    assert images, "the README shows no screenshots"
    for target in images:
        assert (ROOT / target).read_bytes()[:8] == PNG_SIGNATURE, f"{target} is not a PNG file"


def test_every_screenshot_is_shown_in_the_readme():
    """GIVEN resources/screenshots WHEN the README is read THEN it shows every picture there
    (none is left behind when a screen is dropped from the README)."""
    shown = {Path(t).name for t in image_targets(README.read_text(encoding="utf-8"))}
    unused = sorted(p.name for p in SCREENSHOTS.glob("*.png") if p.name not in shown)
    assert not unused, f"screenshots the README does not show: {unused}"


def test_every_command_in_the_readme_exists():
    """GIVEN the README's code blocks WHEN each rescue-desk line is read THEN its command, its
    options and its form or report name exist in the program's parser."""
    problems = command_problems(README.read_text(encoding="utf-8"), build_parser())
    assert not problems, "\n".join(problems)


def test_the_readme_describes_every_command():
    """GIVEN the program's parser THEN every command has a line of the README's command-line
    reference and every form of ``print`` and report of ``report`` is named in a command."""
    text = README.read_text(encoding="utf-8")
    commands = _subparsers(build_parser())
    reference = text.split("### Command line", 1)[1].split("\n### ", 1)[0]
    undescribed = [c for c in commands if f"| `{c}` |" not in reference]
    assert not undescribed, f"commands missing from the command-line reference: {undescribed}"
    named = {tuple(words[i:i + 2]) for words in command_lines(text) for i in range(len(words))}
    for command in ("print", "report"):
        positional = next(a for a in commands[command]._actions if not a.option_strings)
        missing = [k for k in positional.choices if (command, k) not in named]
        assert not missing, f"README names no “{command}” line for {missing}"


def test_the_checks_catch_a_wrong_readme(tmp_path):
    """GIVEN a README naming a missing picture, an unknown command, option and form WHEN it is
    checked THEN each is reported (the checks above can fail)."""
    text = (
        "![gone](resources/screenshots/no-such-screen.png)\n\n"
        "```\n"
        "rescue-desk --db x.db frobnicate\n"
        "rescue-desk --no-such-flag\n"
        "rescue-desk [--db DB] print intake CASE --colour -o FILE.pdf\n"
        "rescue-desk [--db DB] print passport CASE -o FILE.pdf\n"
        "rescue-desk [--db DB] backup   # fine\n"
        "echo x | rescue-desk init --station S --admin a && rescue-desk --db x.db chek\n"
        "```\n"
    )
    assert [t for t in link_targets(text) if not (ROOT / t).exists()] == [
        "resources/screenshots/no-such-screen.png"]
    problems = command_problems(text, build_parser())
    assert len(problems) == 5, problems
    assert any("frobnicate" in p for p in problems)
    assert any("--no-such-flag" in p for p in problems)
    assert any("--colour" in p for p in problems)
    assert any("passport" in p for p in problems)
    assert any("chek" in p for p in problems)
