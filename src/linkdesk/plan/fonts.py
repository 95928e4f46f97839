"""The shipped fonts, registered once per process, and which one prints which script.

DejaVu Sans is the base font (Latin, Greek, Cyrillic, Hebrew and more). Each of the UK's main
community scripts has its own OFL Noto font (``resources/fonts``, licences beside them):
Arabic and Urdu (Noto Naskh Arabic, which has the Urdu letters ٹ ڈ ڑ ں ہ ے), Bengali, Gurmukhi,
Gujarati, Devanagari, Tamil, and Chinese (a TrueType subset of Noto Sans CJK SC made by
``packaging/fonts/build_cjk_font.py``, because ReportLab reads only glyf outlines). Symbola
covers emoji and pictographs. ReportLab shapes every run with HarfBuzz (``uharfbuzz``).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedFragWord, ShapedStr, TTFont, makeShapedFragWord

from linkdesk.paths import resource

REGULAR = "LinkDeskSans"
BOLD = "LinkDeskSans-Bold"
# Emoji and pictographs DejaVu lacks (Symbola: "free for any use ... redistributed").
SYMBOLS = "LinkDeskSymbols"


@dataclass(frozen=True)
class Family:
    """One script's font: ReportLab names, files, and the code point ranges it is chosen for."""

    key: str
    regular: str
    bold: str
    regular_file: str
    bold_file: str
    ranges: tuple[tuple[int, int], ...] = ()
    rtl: bool = False

    def face(self, bold: bool) -> str:
        return self.bold if bold else self.regular


BASE = Family("base", REGULAR, BOLD, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
SYMBOL = Family("symbols", SYMBOLS, SYMBOLS, "Symbola.ttf", "Symbola.ttf")
SCRIPTS: tuple[Family, ...] = (
    Family(
        "arabic",
        "LinkDeskArabic",
        "LinkDeskArabic-Bold",
        "NotoNaskhArabic-Regular.ttf",
        "NotoNaskhArabic-Bold.ttf",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
        rtl=True,
    ),
    Family(
        "bengali",
        "LinkDeskBengali",
        "LinkDeskBengali-Bold",
        "NotoSansBengali-Regular.ttf",
        "NotoSansBengali-Bold.ttf",
        ((0x0980, 0x09FF),),
    ),
    Family(
        "devanagari",
        "LinkDeskDevanagari",
        "LinkDeskDevanagari-Bold",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
    ),
    Family(
        "gurmukhi",
        "LinkDeskGurmukhi",
        "LinkDeskGurmukhi-Bold",
        "NotoSansGurmukhi-Regular.ttf",
        "NotoSansGurmukhi-Bold.ttf",
        ((0x0A00, 0x0A7F),),
    ),
    Family(
        "gujarati",
        "LinkDeskGujarati",
        "LinkDeskGujarati-Bold",
        "NotoSansGujarati-Regular.ttf",
        "NotoSansGujarati-Bold.ttf",
        ((0x0A80, 0x0AFF),),
    ),
    Family(
        "tamil",
        "LinkDeskTamil",
        "LinkDeskTamil-Bold",
        "NotoSansTamil-Regular.ttf",
        "NotoSansTamil-Bold.ttf",
        ((0x0B80, 0x0BFF),),
    ),
    Family(
        "cjk",  # one weight only: bold Chinese prints regular rather than adding 3 MB
        "LinkDeskCJK",
        "LinkDeskCJK",
        "LinkDeskCJK-Regular.ttf",
        "LinkDeskCJK-Regular.ttf",
        (
            (0x2E80, 0x2FDF),
            (0x3000, 0x30FF),
            (0x3100, 0x312F),
            (0x31A0, 0x31BF),
            (0x3400, 0x4DBF),
            (0x4E00, 0x9FFF),
            (0xF900, 0xFAFF),
            (0xFF00, 0xFFEF),
            (0x20000, 0x2FFFF),
        ),
    ),
)
FAMILIES: tuple[Family, ...] = (BASE, *SCRIPTS, SYMBOL)
BY_FONT_NAME = {name: fam for fam in FAMILIES for name in (fam.regular, fam.bold)}

# OpenType features for every word. HarfBuzz keeps each script's required features on (Arabic
# joining and "rlig", Indic conjuncts, mark positioning); ReportLab's default adds "dlig", which
# in DejaVu Sans Bold joins s and t oddly, and Latin "liga" (ﬃ) would be copied out of the PDF
# as one odd character, so both are off.
SHAPING_FEATURES = {"kern": True, "liga": False, "dlig": False}


def font_files() -> list[str]:
    """Every shipped font file, as paths under resources/ ("fonts/DejaVuSans.ttf", ...)."""
    names = {f for fam in FAMILIES for f in (fam.regular_file, fam.bold_file)}
    return [f"fonts/{name}" for name in sorted(names)]


_lock = threading.Lock()  # plans may be built on a background thread while another registers
_registered: set[str] = set()  # keys of the families registered with ReportLab


def _register(family: Family) -> None:
    """Register one family's two weights with ReportLab (once per process).

    Families are registered when first asked for, not all at once: ReportLab parses a whole
    TrueType file into Python tables (cmap, widths, glyph offsets) and keeps its bytes, about
    3.5 MB of memory for each DejaVu weight, 7 MB for the CJK subset and 6.5 MB for Symbola
    (issue 15: the GUI's resident memory). A plan or report in Latin text needs DejaVu alone;
    a script's font is registered by :func:`covered` when text in it first appears.
    """
    if family.key in _registered:
        return
    with _lock:
        if family.key in _registered:
            return
        for name, file in ((family.regular, family.regular_file), (family.bold, family.bold_file)):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        addMapping(family.regular, 0, 0, family.regular)
        addMapping(family.regular, 1, 0, family.bold)
        addMapping(family.regular, 0, 1, family.regular)
        addMapping(family.regular, 1, 1, family.bold)
        _fix_mixed_font_shaping()
        _fix_to_unicode_cmap()
        _registered.add(family.key)


def register_fonts() -> tuple[str, str]:
    """Register the base font (once per process); return its (regular, bold) names.

    Script fonts are registered when :func:`covered` is first asked about them (every run of
    text reaches its font through ``plan.scripts``, which asks)."""
    _register(BASE)
    return REGULAR, BOLD


def register_symbol_font() -> str:
    """Register the emoji and symbol fallback font (once) and return its name."""
    _register(BASE)
    _register(SYMBOL)
    return SYMBOLS


def register_all_fonts() -> list[str]:
    """Register every shipped family (the self-test's check that each file loads); returns
    the ReportLab names registered."""
    for family in FAMILIES:
        _register(family)
    return sorted(BY_FONT_NAME)


@cache
def covered(font_name: str) -> frozenset[int]:
    """The code points a registered TTF font has glyphs for (from its cmap).

    Entries that map to glyph 0 (.notdef) do not count: a format 4 cmap ends with a segment
    for U+FFFF, which many Noto fonts map to glyph 0, so "\uffff" looked printable and drew
    a box. Noncharacters never count. Registers the font's family first (see ``_register``).
    """
    register_fonts()
    family = BY_FONT_NAME.get(font_name)
    if family is not None:
        _register(family)
    font = pdfmetrics.getFont(font_name)
    return frozenset(
        cp
        for cp, gid in font.face.charToGlyph.items()
        if gid and not (0xFDD0 <= cp <= 0xFDEF or cp & 0xFFFE == 0xFFFE)
    )


def glyph_ids(text: str, font_name: str, size: float = 12) -> list[int]:
    """The glyphs HarfBuzz picks for ``text`` in a registered font (0 is "missing")."""
    import uharfbuzz

    covered(font_name)  # registers its family
    font = pdfmetrics.getFont(font_name)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(font.hbFont(size), buf, {})
    return [info.codepoint for info in buf.glyph_infos]


_scope = threading.local()


@contextmanager
def shaping_memo() -> Iterator[None]:
    """Remember shaped words while one document is built (ReportLab wraps a paragraph several
    times); forgotten at the end, so no one's words stay in memory after their plan."""
    outer = getattr(_scope, "memo", None)
    _scope.memo = {} if outer is None else outer
    try:
        yield
    finally:
        if outer is None:
            _scope.memo = None


# Shaped words of the plan's own text (its catalogues' words: headings and sentences in Urdu,
# Welsh, ...), kept between documents: a plan in Urdu shapes the same headings every time, and
# HarfBuzz shaping through ReportLab costs about half a millisecond a word. Only words found in
# the catalogues are kept, so no one's words outlive their plan (issue 15). Bounded by the
# catalogues' words times the fonts and sizes in use.
_KEPT: dict[Any, Any] = {}
_KEPT_LOCK = threading.Lock()
_MISSING = object()


def _catalogue_word(text: str) -> bool:
    from linkdesk.plan.language import catalogue_words

    return text in catalogue_words()


def kept_shapes() -> int:
    """How many shaped catalogue words are kept between documents (for tests)."""
    return len(_KEPT)


def shaping_memo_dict() -> dict[Any, Any] | None:
    """The current document's memo of shaped words (None outside ``shaping_memo``)."""
    memo: dict[Any, Any] | None = getattr(_scope, "memo", None)
    return memo


def _rtl_text(text: str) -> bool:
    """Whether HarfBuzz will lay ``text`` out right to left (its script is Arabic or Hebrew)."""
    for ch in text:
        if unicodedata.bidirectional(ch) in ("R", "AL", "AN") or 0x0590 <= ord(ch) < 0x0900:
            return True
    return False


def needs_shaping(text: str) -> bool:
    """Whether HarfBuzz changes anything a reader would see in ``text``.

    Right-to-left text, the scripts from Hebrew to Myanmar (Arabic joining, Brahmic
    conjuncts and reordering), combining marks and joiners need it. Latin, Greek, Cyrillic and
    Chinese print the same unshaped (ReportLab's own path, kerning aside), and shaping them
    costs about half a millisecond a word in Python, which a plan's speed budget cannot pay.
    """
    for ch in text:
        cp = ord(ch)
        if 0x0590 <= cp < 0x1100 or 0x1780 <= cp < 0x1900 or 0xA800 <= cp < 0xABFF:
            return True
        if cp >= 0x0300 and unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf"):
            return True
        if 0xFB1D <= cp <= 0xFEFF and unicodedata.bidirectional(ch) in ("R", "AL"):
            return True
    return False


def _fix_mixed_font_shaping() -> None:
    """Shape each font's part of a word on its own, with ``SHAPING_FEATURES``; parts that run
    in opposite directions in one font (Arabic letters touching Latin digits) on their own too.

    ReportLab 4-5 shapes a whole word with the first fragment's font and then reads the glyph
    ids back in each fragment's font, so a word that mixes fonts (Urdu text with a Latin digit,
    an emoji stuck to a word) prints the wrong glyphs. This wraps its ``shapeFragWord`` so every
    run of one font is shaped by that font; words in one font are shaped exactly as before.
    """
    from reportlab.platypus import paragraph

    original: Callable[..., Any] = paragraph.shapeFragWord
    if getattr(original, "linkdesk_per_font", False):
        return

    def shape_per_font(word: list[Any], *args: Any, **kwargs: Any) -> Any:
        if isinstance(word, ShapedFragWord):
            return word  # already shaped (ReportLab re-wraps lines of shaped words)
        frags = word[1:]
        if not any(needs_shaping(s) for f, s in frags if not hasattr(f, "cbDefn")):
            return word
        if not args:
            kwargs["features"] = SHAPING_FEATURES
        names = {f.fontName for f, _ in frags if not hasattr(f, "cbDefn")}
        memo = getattr(_scope, "memo", None)
        if memo is not None and not args and len(frags) == 1 and not hasattr(frags[0][0], "cbDefn"):
            f, s = frags[0]
            key = (f.fontName, f.fontSize, s)
            found = _KEPT.get(key, _MISSING)
            if found is _MISSING:
                if key not in memo:
                    shaped = original(word, **kwargs)
                    memo[key] = None if shaped is word else (shaped[0], shaped[1][1])
                found = memo[key]
                if _catalogue_word(s):
                    with _KEPT_LOCK:
                        _KEPT[key] = found
            if found is None:
                return word
            return makeShapedFragWord(word)([found[0], (f, found[1])])
        directions = {_rtl_text(s) for f, s in frags if not hasattr(f, "cbDefn")}
        if len(names) <= 1 and len(directions) <= 1:
            return original(word, *args, **kwargs)
        groups: list[list[Any]] = []
        for f, s in frags:
            if (
                groups
                and not hasattr(f, "cbDefn")
                and not hasattr(groups[-1][0][0], "cbDefn")
                and groups[-1][0][0].fontName == f.fontName
                and _rtl_text(groups[-1][-1][1]) == _rtl_text(s)
            ):
                groups[-1].append((f, s))
            else:
                groups.append([(f, s)])
        parts: list[Any] = []
        total = 0.0
        for group in groups:
            if hasattr(group[0][0], "cbDefn"):
                parts += group
                total += sum(getattr(f, "width", 0) for f, _ in group)
                continue
            width = sum(pdfmetrics.stringWidth(s, f.fontName, f.fontSize) for f, s in group)
            if any(isinstance(s, ShapedStr) for _, s in group):
                parts += group  # shaped before
                total += width
                continue
            shaped = original([width, *group], *args, **kwargs)
            total += shaped[0]
            parts += shaped[1:]
        return makeShapedFragWord(word)([total, *parts])

    shape_per_font.linkdesk_per_font = True  # type: ignore[attr-defined]  # a marker attribute
    paragraph.shapeFragWord = shape_per_font


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """A ToUnicode CMap for one font subset, astral characters written as UTF-16 pairs.

    ``subset[i]`` is the code point drawn by byte ``i``. PDF 32000-1 §9.10.3 says the
    destination of a ``bfchar`` entry is UTF-16BE; ReportLab 4-5's ``makeToUnicodeCMap``
    writes ``<%04X>``, so an emoji (U+1F44D) became the odd-length ``<1F44D>``: pypdf warned
    "Odd-length string" and pdftotext read Greek letters. Here U+1F44D is ``<D83DDC4D>``.
    """
    entries = []
    for i, cp in enumerate(subset):
        dest = chr(cp).encode("utf-16-be", "surrogatepass").hex().upper() if cp <= 0x10FFFF else ""
        entries.append(f"<{i:02X}> <{dest or format(cp, '04X')}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _fix_to_unicode_cmap() -> None:
    """Make ReportLab embed ``to_unicode_cmap`` (astral characters as surrogate pairs).

    ``TTFont.addObjects`` looks the module-level ``makeToUnicodeCMap`` up when a PDF is
    written, so replacing that one function fixes every embedded TrueType subset. Its output
    is otherwise the same as ReportLab 5.1's. Remove when ReportLab writes UTF-16 itself.
    """
    from reportlab.pdfbase import ttfonts

    if ttfonts.makeToUnicodeCMap is not to_unicode_cmap:
        ttfonts.makeToUnicodeCMap = to_unicode_cmap
