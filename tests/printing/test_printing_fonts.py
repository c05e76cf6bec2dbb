"""The CJK font: found on the system, embedded as TrueType, a clear error when there is none."""

from __future__ import annotations

from pathlib import Path

import pytest
from printcheck import fonts_of, pdf_of

from rescue_desk.printing import fonts, sample
from rescue_desk.printing.fonts import BadFontFile, NoCJKFont

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_a_system_cjk_font_is_found_and_registered():
    """GIVEN a system with a Chinese TrueType font installed
    WHEN the CJK font is asked for
    THEN a registered face is returned whose file passes the check.
    """
    found = fonts.cjk_fonts()

    assert found.regular.startswith(fonts.FONT_PREFIX)
    assert fonts.check_font_file(found.file.path, found.file.subfont_index) == found.face


@pytest.mark.skipif(not WQY.exists(), reason="fonts-wqy-microhei is not installed")
def test_wenquanyi_has_no_bold_face_so_bold_is_simulated():
    """GIVEN WenQuanYi Micro Hei (no bold face) is the font
    WHEN the fonts are registered
    THEN the bold name is the regular face and bold is drawn with a stroke.
    """
    found = fonts.cjk_fonts(WQY)

    assert found.face == "WenQuanYiMicroHei"
    assert found.fake_bold and found.bold == found.regular
    assert fonts.stroke_width(found, 18) > 0


def test_registering_twice_gives_the_same_names():
    """GIVEN the font was registered once
    WHEN it is asked for again
    THEN the same registration comes back (fonts are registered once).
    """
    assert fonts.cjk_fonts() is fonts.cjk_fonts()


def test_the_test_page_embeds_every_font_it_uses(ctx):
    """GIVEN the printer test page
    WHEN its font dictionaries are read
    THEN every font is an embedded TrueType subset (FontFile2), never an unembedded base font.
    """
    pdf = pdf_of(lambda s: sample.test_page(ctx, s))

    used = fonts_of(pdf)
    assert used
    for font in used:
        assert "/FontFile2" in font["descriptor"], font["name"]
        assert "+" in font["name"]  # a subset: AAAAAA+WenQuanYiMicroHei-0
    assert not any("STSong" in font["name"] or "Helvetica" in font["name"] for font in used)


def test_no_font_on_the_system_raises_no_cjk_font(ctx, monkeypatch):
    """GIVEN no known font file exists and no font is set
    WHEN the test page is printed
    THEN a DeskError with code no_cjk_font says what to install.
    """
    monkeypatch.setattr(fonts, "KNOWN_FONTS", [])

    with pytest.raises(NoCJKFont) as caught:
        pdf_of(lambda s: sample.test_page(ctx, s))

    assert caught.value.code == "no_cjk_font"
    assert "fonts-wqy-microhei" in caught.value.message()


def test_a_missing_explicit_font_falls_back_to_the_system_font(monkeypatch, tmp_path):
    """GIVEN the station's font setting names a file that is gone
    WHEN the font is looked for
    THEN the first usable system font is used instead.
    """
    system = fonts.find_cjk_font()

    assert fonts.find_cjk_font(tmp_path / "gone.ttf") == system


def test_an_explicit_font_comes_first(tmp_path, monkeypatch):
    """GIVEN the station set a font file and the system has none
    WHEN the font is looked for
    THEN the station's file is used.
    """
    system = fonts.find_cjk_font()
    monkeypatch.setattr(fonts, "KNOWN_FONTS", [])

    assert fonts.find_cjk_font(system.path).path == system.path


def test_a_font_file_that_does_not_exist_is_refused(tmp_path):
    """GIVEN a path with no file
    WHEN it is checked as the station's font
    THEN BadFontFile says the file does not exist.
    """
    with pytest.raises(BadFontFile) as caught:
        fonts.check_font_file(tmp_path / "simhei.ttf")

    assert caught.value.code == "bad_font_file"
    assert "does not exist" in caught.value.message()


def test_a_cff_font_is_refused(tmp_path):
    """GIVEN a font file with PostScript (CFF) outlines, like the usual Noto Sans CJK
    WHEN it is checked
    THEN it is refused: reportlab can only embed TrueType outlines.
    """
    fake = tmp_path / "NotoSansCJK-Regular.otf"
    fake.write_bytes(b"OTTO" + bytes(200))

    with pytest.raises(BadFontFile) as caught:
        fonts.check_font_file(fake)

    assert "CFF" in caught.value.message()


def test_a_cff_collection_is_refused(tmp_path):
    """GIVEN a .ttc collection whose faces are CFF
    WHEN it is checked
    THEN it is refused.
    """
    fake = tmp_path / "NotoSansCJK.ttc"
    fake.write_bytes(
        b"ttcf"
        + b"\x00\x01\x00\x00"
        + b"\x00\x00\x00\x01"
        + b"\x00\x00\x00\x10"
        + b"OTTO"
        + bytes(200)
    )

    with pytest.raises(BadFontFile):
        fonts.check_font_file(fake)


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
def test_a_font_without_chinese_is_refused():
    """GIVEN a TrueType font without Chinese characters (DejaVu Sans)
    WHEN it is checked
    THEN it is refused, since every form would print blank boxes.
    """
    with pytest.raises(BadFontFile) as caught:
        fonts.check_font_file(DEJAVU)

    assert "no Chinese" in caught.value.message()


def test_the_bundles_own_font_comes_before_the_systems(monkeypatch, tmp_path):
    """GIVEN the installed bundle carries a font in its fonts/ folder and the system has none
    WHEN the font is looked for (for printing, and for the screen)
    THEN the bundle's file is used."""
    import sys

    from rescue_desk import paths

    system = fonts.find_cjk_font()
    (tmp_path / "fonts").mkdir()
    carried = tmp_path / "fonts" / system.path.name
    carried.symlink_to(system.path)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(fonts, "KNOWN_FONTS", [])

    assert paths.bundled_font_files() == [carried]
    assert fonts.find_cjk_font().path == carried
    monkeypatch.delattr(sys, "_MEIPASS")
    assert paths.bundled_font_files() == []
