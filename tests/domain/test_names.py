"""Pinyin search keys of names, and the rule for names similar enough to be duplicates."""

from __future__ import annotations

import pytest

from rescue_desk.domain.names import (
    MAX_ALTERNATIVES,
    NameKeys,
    looks_like_pinyin,
    name_keys,
    search_keys,
    similar_names,
)


def test_plain_name_full_and_initials():
    """GIVEN 张三
    WHEN its keys are made
    THEN full is zhangsan, initials zs, and there are no alternatives."""
    assert name_keys("张三") == NameKeys("zhangsan", "zs", ())


def test_surname_reading_of_shan_is_found():
    """GIVEN 单雄信, whose surname is read Shàn
    WHEN its search keys are made
    THEN they hold shanxiongxin and sxx (what a clerk hears) as full and initials."""
    keys = name_keys("单雄信")
    assert keys.full == "shanxiongxin"
    assert keys.initials == "sxx"


def test_everyday_reading_of_dan_is_found_too():
    """GIVEN 单雄信
    WHEN its search keys are made
    THEN they also hold danxiongxin and dxx (what a clerk reading the characters types)."""
    keys = search_keys("单雄信")
    assert "danxiongxin" in keys
    assert "dxx" in keys


def test_surname_zeng_has_both_readings():
    """GIVEN 曾国藩
    WHEN its search keys are made
    THEN zengguofan comes first, and cengguofan is among the keys."""
    keys = search_keys("曾国藩")
    assert keys[0] == "zengguofan"
    assert {"zgf", "cengguofan", "cgf"} <= set(keys)


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("解缙", "xiejin"),
        ("仇英", "qiuying"),
        ("查良镛", "zhaliangyong"),
        ("区永", "ouyong"),
        ("朴槿惠", "piaojinhui"),
        ("盖聂", "genie"),
        ("乐毅", "yueyi"),
        ("覃明", "qinming"),
    ],
)
def test_surname_readings(name, full):
    """GIVEN a name whose surname has a reading of its own
    WHEN its keys are made
    THEN the full key uses the surname reading."""
    assert name_keys(name).full == full


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("欧阳修", "ouyangxiu", "oyx"),
        ("司马光", "simaguang", "smg"),
        ("诸葛亮", "zhugeliang", "zgl"),
        ("上官婉儿", "shangguanwaner", "sgwe"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
    ],
)
def test_compound_surnames(name, full, initials):
    """GIVEN a name with a two-character surname
    WHEN its keys are made
    THEN full and initials read the surname as a surname."""
    keys = name_keys(name)
    assert (keys.full, keys.initials) == (full, initials)


def test_surname_reading_applies_only_at_the_start():
    """GIVEN 王单, where 单 is not the surname
    WHEN its keys are made
    THEN 单 keeps its everyday reading dan."""
    assert name_keys("王单").full == "wangdan"


def test_latin_letters_and_digits_pass_through_lower_cased():
    """GIVEN a name mixing Latin letters, Chinese and digits
    WHEN its keys are made
    THEN letters and digits are kept lower-cased; a Latin word adds its first letter to the
    initials and a digit run all its digits."""
    keys = name_keys("Tom李2号")
    assert keys.full == "tomli2hao"
    assert keys.initials == "tl2h"


def test_separators_and_punctuation_are_dropped():
    """GIVEN a transliterated name with a middle dot and spaces
    WHEN its keys are made
    THEN the separators leave no trace."""
    assert name_keys("阿依 · 古丽").full == "ayiguli"
    assert name_keys("John  Smith!").full == "johnsmith"
    assert name_keys("John  Smith!").initials == "js"


def test_full_width_latin_is_made_ascii():
    """GIVEN a name typed with full-width Latin letters and digits
    WHEN its keys are made
    THEN they are ASCII."""
    assert name_keys("ＴＯＭ１２").full == "tom12"


def test_empty_and_punctuation_only_names_have_no_keys():
    """GIVEN an empty name, None, or only punctuation
    WHEN keys are made
    THEN they are empty, and search_keys gives nothing."""
    for name in ("", None, "·—·"):
        assert name_keys(name) == NameKeys("", "", ())
        assert search_keys(name) == ()


def test_umlaut_v_also_spelled_u():
    """GIVEN 吕布 (ü, typed v on pinyin keyboards)
    WHEN its search keys are made
    THEN both lvbu and lubu are keys."""
    assert {"lvbu", "lubu", "lb"} <= set(search_keys("吕布"))


def test_alternatives_are_bounded():
    """GIVEN a long name of characters with several readings each
    WHEN its keys are made
    THEN there are at most MAX_ALTERNATIVES alternatives, and the everyday reading is one."""
    keys = name_keys("单行行行行行行行行")
    assert len(keys.alternatives) <= MAX_ALTERNATIVES == 8
    assert keys.alternatives[0] == "dan" + "xing" * 8


def test_search_keys_are_deduplicated_and_start_with_full_and_initials():
    """GIVEN a name with alternatives
    WHEN its search keys are made
    THEN full and initials come first and no key appears twice."""
    keys = search_keys("单雄信")
    assert keys[:2] == ("shanxiongxin", "sxx")
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sxx", True),
        ("ZhangSan", True),
        ("张三", False),
        ("zhang san", False),
        ("a1", False),
        ("", False),
        ("ü", False),
    ],
)
def test_looks_like_pinyin(text, expected):
    """GIVEN search text
    WHEN checked for pinyin
    THEN only ASCII letters count."""
    assert looks_like_pinyin(text) is expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("张三", "张三"),
        ("张三", "章三"),  # same pinyin
        ("单雄信", "善雄信"),  # same pinyin with the surname reading
        ("张三丰", "张山丰"),  # one character differs
        ("张三", "张三丰"),  # one character more
        ("欧阳修", "欧修"),  # one character less
        ("张三", "张 三"),  # separators do not count
    ],
)
def test_similar_names(a, b):
    """GIVEN two names a clerk could mean for the same person
    WHEN compared
    THEN they are similar."""
    assert similar_names(a, b)
    assert similar_names(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("张三", "李四"),
        ("张", "王"),  # one character each: a substitution is everything
        ("张三丰", "张丰三"),  # two characters differ
        ("张三", "张三丰子"),  # two characters more
        ("无名氏001", "无名氏002"),  # station numbers for unknown people differ
        ("Tom", "Tim"),  # Latin names compare by key only
        ("", ""),
        (None, "张三"),
    ],
)
def test_dissimilar_names(a, b):
    """GIVEN two names that are not close
    WHEN compared
    THEN they are not similar."""
    assert not similar_names(a, b)
