"""The CJK font every printed form embeds: find a TrueType file, check it, register it once.

reportlab embeds only TrueType outlines (``glyf``); CFF/OpenType CJK fonts such as the usual Noto
Sans CJK are refused, and its built-in ``STSong-Light`` is never embedded (it prints blank on a
viewer without the Adobe-GB1 pack), so it is never used here. The search order is: the file the
station set (Settings → Printing), then well-known files on Linux and Windows.

Bold: the common Chinese system fonts (WenQuanYi, SimHei, SimSun) have no bold face. When a real
bold file is known (Microsoft YaHei → ``msyhbd.ttc``) it is registered as ``<name>-Bold``;
otherwise :attr:`CJKFonts.bold` is the regular name itself (one embedded font, not two copies) and
:attr:`CJKFonts.fake_bold` is true, so titles are drawn with a thin outline stroke as well as the
fill (text render mode 2, see :func:`stroke_width`), which reads as bold on paper.
"""

from __future__ import annotations

import dataclasses
import functools
import glob
import hashlib
import os
import struct
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError
from rescue_desk.paths import bundled_font_files


class NoCJKFont(DeskError):
    """No usable Chinese TrueType font was found on this computer."""

    code = "no_cjk_font"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "No Chinese font for printing was found. Install WenQuanYi Micro Hei "
        "(fonts-wqy-microhei) or set the font file in Settings → Printing.",
    )


class BadFontFile(DeskError):
    """The font file chosen in Settings cannot be used (missing, CFF outlines, no Chinese)."""

    code = "bad_font_file"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The font file {path} cannot be used for printing: {reason}. "
        "Choose a TrueType (.ttf or .ttc) Chinese font such as SimHei or WenQuanYi Micro Hei.",
    )


#: Characters a usable font must have: a form's fixed words and the digits/Latin of numbers.
REQUIRED_CHARACTERS = "救助管理站签字日期第页打印人时间经办带班领导演示数据0123456789AZ：（）"

#: Prefix of the names fonts are registered under (``DeskCJK-<hash>`` and ``…-Bold``).
FONT_PREFIX = "DeskCJK"


@dataclasses.dataclass(frozen=True)
class FontFile:
    """One face in a font file; ``subfont_index`` picks the face inside a ``.ttc`` collection."""

    path: Path
    subfont_index: int = 0


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


#: Known font files in search order, each ``(glob pattern, subfont index)``. Globs are expanded and
#: sorted, so the choice is the same on every run. Tests monkeypatch this list.
KNOWN_FONTS: list[tuple[str, int]] = [
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),  # Fedora
    ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),  # Fedora
    ("/usr/share/fonts/truetype/arphic/*.ttc", 0),
    ("/usr/share/fonts/truetype/arphic*/*.ttf", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    # Noto Sans CJK is usually CFF (refused by the check); a TrueType build is accepted.
    ("/usr/share/fonts/truetype/noto/NotoSansCJK*.tt[cf]", 0),
    ("/usr/share/fonts/**/NotoSansCJK*.tt[cf]", 0),
    ("/usr/share/fonts/**/NotoSansSC*.tt[cf]", 0),
    (str(_windows_fonts() / "simhei.ttf"), 0),
    (str(_windows_fonts() / "msyh.ttc"), 0),
    (str(_windows_fonts() / "simsun.ttc"), 0),
]

#: Real bold faces for known regular files (file name → bold file name in the same folder).
KNOWN_BOLD: dict[str, tuple[str, int]] = {
    "msyh.ttc": ("msyhbd.ttc", 0),
    "msyh.ttf": ("msyhbd.ttf", 0),
    "NotoSansCJK-Regular.ttc": ("NotoSansCJK-Bold.ttc", 0),
}


@dataclasses.dataclass(frozen=True)
class CJKFonts:
    """The registered CJK font names for one font file.

    ``regular`` and ``bold`` are reportlab font names (also a registered family, so ``<b>`` in a
    paragraph picks ``bold``); without a bold file they are the same name and ``fake_bold`` is
    true. ``face`` is the font's own name, e.g. ``WenQuanYiMicroHei``.
    """

    regular: str
    bold: str
    face: str
    file: FontFile
    bold_file: FontFile | None
    fake_bold: bool


def stroke_width(fonts: CJKFonts, size: float) -> float:
    """The outline stroke that makes a regular face look bold at ``size`` (0 for a real bold)."""
    return round(size * 0.035, 3) if fonts.fake_bold else 0.0


def _has_truetype_outlines(path: Path, subfont_index: int) -> bool:
    """True when the face's sfnt version is TrueType (not ``OTTO``, i.e. CFF)."""
    with path.open("rb") as f:
        head = f.read(12 + 4 * (subfont_index + 1))
        if head[:4] == b"ttcf":
            count = struct.unpack(">I", head[8:12])[0]
            if subfont_index >= count:
                return False
            offset = struct.unpack(">I", head[12 + 4 * subfont_index : 16 + 4 * subfont_index])[0]
            f.seek(offset)
            head = f.read(4)
        return head[:4] in (b"\x00\x01\x00\x00", b"true")


def check_font_file(path: str | os.PathLike[str], subfont_index: int = 0) -> str:
    """Check that a file is a TrueType face with Chinese characters; return the face name.

    Settings → Printing calls this on the file an officer picks. Raises :class:`BadFontFile`.
    The answer is remembered per file, size and modification time (parsing takes ~0.1 s).
    """
    font_path = Path(path)
    try:
        stat = font_path.stat()
    except OSError:
        stat = None
    if stat is None or not font_path.is_file():
        raise BadFontFile(path=str(font_path), reason="the file does not exist")
    result = _check(str(font_path), subfont_index, stat.st_size, stat.st_mtime_ns)
    if isinstance(result, BadFontFile):
        raise result
    return result


@functools.lru_cache(maxsize=64)
def _check(path: str, subfont_index: int, size: int, mtime_ns: int) -> str | BadFontFile:
    font_path = Path(path)
    try:
        if not _has_truetype_outlines(font_path, subfont_index):
            return BadFontFile(path=path, reason="it has PostScript (CFF) outlines, not TrueType")
        font = TTFont("DeskCJK-probe", path, subfontIndex=subfont_index)
    except (OSError, TTFError, struct.error) as exc:
        return BadFontFile(path=path, reason=str(exc))
    missing = [ch for ch in REQUIRED_CHARACTERS if ord(ch) not in font.face.charToGlyph]
    if missing:
        return BadFontFile(
            path=path, reason="it has no Chinese characters (" + "".join(missing) + ")"
        )
    return _face_name(font)


def _face_name(font: TTFont) -> str:
    name = font.face.name
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def candidate_files(explicit: str | os.PathLike[str] | None = None) -> list[FontFile]:
    """The files to try, in order: the explicit one, the bundle's own, then
    :data:`KNOWN_FONTS` that exist."""
    found: list[FontFile] = []
    if explicit:
        found.append(FontFile(Path(explicit), 0))
    found += [FontFile(path, 0) for path in bundled_font_files()]
    for pattern, index in KNOWN_FONTS:
        if any(ch in pattern for ch in "*?["):
            paths = sorted(glob.glob(pattern, recursive=True))
        else:
            paths = [pattern] if os.path.isfile(pattern) else []
        for p in paths:
            candidate = FontFile(Path(p), index)
            if candidate not in found:
                found.append(candidate)
    return found


def find_cjk_font(explicit: str | os.PathLike[str] | None = None) -> FontFile:
    """The first usable candidate (see :func:`candidate_files`), or raise :class:`NoCJKFont`.

    An explicit file that fails the check is skipped, so a wrong setting still prints with a
    system font; Settings validates the file with :func:`check_font_file` when it is chosen.
    """
    for candidate in candidate_files(explicit):
        try:
            check_font_file(candidate.path, candidate.subfont_index)
        except BadFontFile:
            continue
        return candidate
    raise NoCJKFont()


def _bold_file_for(regular: FontFile) -> FontFile | None:
    known = KNOWN_BOLD.get(regular.path.name)
    if known is None:
        return None
    bold = FontFile(regular.path.with_name(known[0]), known[1])
    try:
        check_font_file(bold.path, bold.subfont_index)
    except BadFontFile:
        return None
    return bold


_lock = threading.Lock()
_registered: dict[FontFile, CJKFonts] = {}


def _font_name(file: FontFile) -> str:
    digest = hashlib.sha1(f"{file.path}|{file.subfont_index}".encode()).hexdigest()[:8]
    return f"{FONT_PREFIX}-{digest}"


def cjk_fonts(explicit: str | os.PathLike[str] | None = None) -> CJKFonts:
    """Find the CJK font and register it with reportlab (once per file; thread-safe).

    Raises :class:`NoCJKFont` when no usable file exists.
    """
    file = find_cjk_font(explicit)
    with _lock:
        fonts = _registered.get(file)
        if fonts is not None:
            return fonts
        regular = _font_name(file)
        face = TTFont(regular, str(file.path), subfontIndex=file.subfont_index)
        pdfmetrics.registerFont(face)
        bold_file = _bold_file_for(file)
        bold = regular
        if bold_file is not None:
            bold = regular + "-Bold"
            pdfmetrics.registerFont(
                TTFont(bold, str(bold_file.path), subfontIndex=bold_file.subfont_index)
            )
        pdfmetrics.registerFontFamily(
            regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
        )
        fonts = CJKFonts(
            regular=regular,
            bold=bold,
            face=_face_name(face),
            file=file,
            bold_file=bold_file,
            fake_bold=bold_file is None,
        )
        _registered[file] = fonts
        return fonts
