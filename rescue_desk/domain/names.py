"""Pinyin keys of a person's name, so a clerk typing what they hear finds the person.

A name gets its full pinyin (``zhangsan``), its initials (``zs``) and a few other readings: the
everyday reading of surnames that have a surname reading of their own (单 is Shàn as a surname, Dān
elsewhere), ü written u as well as v, and other readings of heteronyms. Pinyin from ``pypinyin``.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata

#: At most this many alternative keys per name.
MAX_ALTERNATIVES = 8

#: Surnames read differently from the character's everyday reading (the name starts with them).
SURNAME_READINGS: dict[str, str] = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "查": "zha",
    "区": "ou",
    "朴": "piao",
    "盖": "ge",
    "乐": "yue",
    "覃": "qin",
    "缪": "miao",
    "翟": "zhai",
    "召": "shao",
    "种": "chong",
    "秘": "bi",
    "冼": "xian",
    "隗": "wei",
    "员": "yun",
    "繁": "po",
    "逄": "pang",
    "阚": "kan",
    "折": "she",
    "黑": "he",
    "牟": "mou",
    "纪": "ji",
    "任": "ren",
    "宁": "ning",
    "燕": "yan",
    "华": "hua",
    "句": "gou",
    "谌": "chen",
    "恽": "yun",
    "藏": "zang",
    "尉": "wei",
}

#: Two-character surnames (复姓), with the reading of each character where it is not obvious.
COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"),
    "长孙": ("zhang", "sun"),
    "澹台": ("tan", "tai"),
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "夏侯": ("xia", "hou"),
    "令狐": ("ling", "hu"),
    "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"),
    "宇文": ("yu", "wen"),
    "司徒": ("si", "tu"),
    "司空": ("si", "kong"),
    "西门": ("xi", "men"),
    "南宫": ("nan", "gong"),
    "独孤": ("du", "gu"),
    "端木": ("duan", "mu"),
    "轩辕": ("xuan", "yuan"),
    "呼延": ("hu", "yan"),
    "闻人": ("wen", "ren"),
    "赫连": ("he", "lian"),
    "钟离": ("zhong", "li"),
    "淳于": ("chun", "yu"),
    "申屠": ("shen", "tu"),
    "太史": ("tai", "shi"),
    "公冶": ("gong", "ye"),
    "亓官": ("qi", "guan"),
    "拓跋": ("tuo", "ba"),
}

_WORD = re.compile(r"[a-z]+|[0-9]+")


@dataclasses.dataclass(frozen=True)
class NameKeys:
    """Search keys of one name: lower-case ASCII, no spaces.

    ``full`` and ``initials`` use the surname reading (单雄信 → ``shanxiongxin``, ``sxx``);
    ``alternatives`` (at most ``MAX_ALTERNATIVES``) hold other full readings and initials,
    starting with the everyday reading (``danxiongxin``, ``dxx``).
    """

    full: str
    initials: str
    alternatives: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class _Part:
    """One syllable (a Chinese character) or one Latin word or digit run of a name."""

    text: str
    readings: tuple[str, ...]  # first: the reading to use; then the other readings
    chinese: bool
    everyday: str  # the reading pypinyin gives in context, not knowing it is a name

    def initial(self, reading: str) -> str:
        """What this part adds to the initials: first letter, or a whole digit run."""
        return reading if reading.isdigit() else reading[:1]


def name_keys(name: str | None) -> NameKeys:
    """The pinyin keys of ``name`` (张三 → ``zhangsan``, ``zs``), with bounded alternatives.

    Latin letters and digits pass through lower-cased (a Latin word adds its first letter to the
    initials, a digit run all of it); spaces, separators (·) and punctuation are dropped.
    """
    parts = _parts(name or "")
    if not parts:
        return NameKeys("", "")
    chosen = [part.readings[0] for part in parts]
    full = "".join(chosen)
    initials = _initials(parts, chosen)
    keys: dict[str, None] = {full: None, initials: None}

    def add(readings: list[str]) -> None:
        keys.setdefault("".join(readings))
        keys.setdefault(_initials(parts, readings))

    add(_everyday(parts))
    if "v" in full:  # ü: IMEs type v, passports and many clerks write u
        keys.setdefault("".join(reading.replace("v", "u") for reading in chosen))
    # Other readings of one character at a time, surname first, until there are enough.
    substitutions = (
        (index, other) for index, part in enumerate(parts) for other in part.readings[1:]
    )
    for index, other in substitutions:
        if len(keys) >= MAX_ALTERNATIVES + 2:
            break
        add(chosen[:index] + [other] + chosen[index + 1 :])
    alternatives = [key for key in keys if key not in (full, initials)]
    return NameKeys(full, initials, tuple(alternatives[:MAX_ALTERNATIVES]))


def search_keys(name: str | None) -> tuple[str, ...]:
    """Every key of ``name`` once (full, initials, alternatives), for indexed search columns."""
    keys = name_keys(name)
    return tuple(k for k in dict.fromkeys((keys.full, keys.initials, *keys.alternatives)) if k)


def looks_like_pinyin(text: str | None) -> bool:
    """True when ``text`` is ASCII letters only (so a search should use the pinyin keys)."""
    return bool(text) and text.isascii() and text.isalpha()


def similar_names(a: str | None, b: str | None) -> bool:
    """Whether two names are close enough to show as a possible duplicate person.

    Similar when they share the full pinyin key (张三 / 章三), or, for names written in Chinese
    characters only, when one character differs and both have at least two (张三丰 / 张山丰),
    or when one is the other with one character more or less (张三 / 张三丰).
    """
    keys_a, keys_b = name_keys(a), name_keys(b)
    if not keys_a.full or not keys_b.full:
        return False
    if keys_a.full == keys_b.full:
        return True
    chars_a, chars_b = _chinese_only(a or ""), _chinese_only(b or "")
    if not chars_a or not chars_b:
        return False
    if len(chars_a) == len(chars_b):
        return len(chars_a) >= 2 and sum(x != y for x, y in zip(chars_a, chars_b, strict=True)) <= 1
    shorter, longer = sorted((chars_a, chars_b), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _parts(name: str) -> list[_Part]:
    """The syllables and words of ``name``, with the surname reading first where there is one."""
    text = unicodedata.normalize("NFKC", name)
    parts: list[_Part] = []
    for chinese, run in itertools.groupby(text, key=_is_chinese):
        run_text = "".join(run)
        if chinese:
            parts.extend(_chinese_parts(run_text))
        else:
            folded = "".join(
                ch
                for ch in unicodedata.normalize("NFKD", run_text.lower())
                if not unicodedata.combining(ch)
            )
            parts.extend(_Part(word, (word,), False, word) for word in _WORD.findall(folded))
    _apply_surname(parts)
    return parts


def _chinese_parts(run: str) -> list[_Part]:
    """One part per character; readings in context first, then the other readings."""
    # pypinyin's dictionaries take half a second to load: only when a name is first read
    from pypinyin import Style, lazy_pinyin, pinyin

    everyday = lazy_pinyin(run, style=Style.NORMAL)
    if len(everyday) != len(run):  # a character pypinyin does not know: read one by one
        everyday = [(lazy_pinyin(ch, style=Style.NORMAL) or [""])[0] for ch in run]
    parts = []
    for ch, first in zip(run, everyday, strict=True):
        readings = pinyin(ch, style=Style.NORMAL, heteronym=True)[0]
        ascii_readings = [_ascii(r) for r in (first, *readings)]
        kept = tuple(r for r in dict.fromkeys(ascii_readings) if r)
        if kept:
            parts.append(_Part(ch, kept, True, kept[0]))
    return parts


def _apply_surname(parts: list[_Part]) -> None:
    """Put the surname reading first for a known surname at the start of the name."""
    if not parts or not parts[0].chinese:
        return
    pair = "".join(p.text for p in parts[:2] if p.chinese)
    if len(pair) == 2 and pair in COMPOUND_SURNAMES:
        for index, reading in enumerate(COMPOUND_SURNAMES[pair]):
            parts[index] = _with_first(parts[index], reading)
    elif parts[0].text in SURNAME_READINGS:
        parts[0] = _with_first(parts[0], SURNAME_READINGS[parts[0].text])


def _with_first(part: _Part, reading: str) -> _Part:
    readings = (reading, *(r for r in part.readings if r != reading))
    return dataclasses.replace(part, readings=readings)


def _everyday(parts: list[_Part]) -> list[str]:
    """The readings pypinyin gives without knowing it is a name (单 → dan)."""
    return [part.everyday for part in parts]


def _initials(parts: list[_Part], readings: list[str]) -> str:
    return "".join(part.initial(reading) for part, reading in zip(parts, readings, strict=True))


#: Chinese characters, as pypinyin counts them (its ``RE_HANS``), without loading pypinyin.
_HANS = re.compile(
    "^(?:[\u3007\ue815-\ue864\ufa18\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002A6DF\U0002A703-\U0002B73F\U0002B740-\U0002B81D"
    "\U0002B825-\U0002BF6E\U0002C029-\U0002CE93\U0002D016\U0002D11B-\U0002EBD9"
    "\U0002F80A-\U0002FA1F\U00030000-\U0003134A\U000300F7-\U00031288"
    "\U00030EDD\U00030EDE\U00031350-\U00032389])+$")


def _is_chinese(ch: str) -> bool:
    return _HANS.match(ch) is not None


def _ascii(reading: str) -> str:
    return "".join(ch for ch in reading.lower() if ch.isascii() and ch.isalnum())


def _chinese_only(name: str) -> str:
    """The Chinese characters of ``name`` if it has nothing else but separators, else ""."""
    text = unicodedata.normalize("NFKC", name)
    chars = [ch for ch in text if ch.isalnum()]
    return "".join(chars) if chars and all(_is_chinese(ch) for ch in chars) else ""
