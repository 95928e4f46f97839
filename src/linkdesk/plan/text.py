"""Text that prints as typed, in any script: the one text API every PDF builder uses.

``paragraph(content, style, width=...)`` turns plain text (or ``Span``s, some bold) into a
ReportLab flowable: cleaned, escaped (user text is data, never markup), split into runs by the
font that prints each script (``scripts.runs``), shaped by HarfBuzz (ReportLab ``shaping=1``
through ``uharfbuzz``), and, when any of it is right to left, laid out line by line with the
Unicode Bidirectional Algorithm (``bidi.py``). ``draw_text`` puts one shaped line on a canvas
(page footers, headings drawn by hand). Titles, names inside fixed sentences, labels, the
worker's details and urgent-help lines all go through these two, so they are shaped exactly
like body text. ``spans(template, name=...)`` fills a translated sentence with user words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

import uharfbuzz
from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from linkdesk.domain.text import shown_text
from linkdesk.plan import bidi
from linkdesk.plan.fonts import (
    BASE,
    BY_FONT_NAME,
    SCRIPTS,
    Family,
    needs_shaping,
    register_fonts,
    shaping_memo_dict,
)
from linkdesk.plan.scripts import UNPRINTABLE, has, runs, script_family

_SENTENCE_END = re.compile(r"(?<=[.!?؟۔।])\s+(?=\S)")
_FIELD = re.compile(r"\{(\w+)\}")
MAX_BLOCK = 1500  # characters per Paragraph: long text flows as many short paragraphs
_COMPLEX = frozenset(f.key for f in SCRIPTS)  # shaping reorders glyphs: extraction needs help
_SLACK = 2.0  # points kept free on a line laid out here, so ReportLab never re-wraps it


@dataclass(frozen=True)
class Span:
    """Plain text (never markup), optionally bold.

    ``embed`` marks a value set into other text (a name in a sentence, the person's words after
    a label): it keeps its own direction, so an English address or a phone number inside an
    Urdu line stays in order (UAX #9 explicit embedding, LRE/RLE ... PDF).
    """

    text: str
    bold: bool = False
    embed: bool = False


Content = str | Span | Sequence[Span]


def clean(text: str) -> str:
    """NFC, Unix newlines, trimmed, and as ``domain.text.shown_text`` shows it: no control
    characters, noncharacters, lone surrogates (which no font prints and no encoder accepts: a
    QR code's event text crashed on one) or bidi overrides."""
    text = shown_text(unicodedata.normalize("NFC", text)).replace("\t", " ")
    return text.strip()


def blocks(text: str, *, one_idea_per_line: bool = False) -> list[str]:
    """Cleaned text as short blocks: one per line typed, long ones cut at a space."""
    out: list[str] = []
    for line in clean(text).split("\n"):
        line = line.strip()
        if not line:
            continue
        pieces = _SENTENCE_END.split(line) if one_idea_per_line else [line]
        for piece in pieces:
            while len(piece) > MAX_BLOCK:
                cut = piece.rfind(" ", MAX_BLOCK // 2, MAX_BLOCK)
                cut = cut if cut > 0 else MAX_BLOCK
                out.append(piece[:cut].strip())
                piece = piece[cut:].strip()
            if piece:
                out.append(piece)
    return out


def spans(
    template: str,
    fields: Mapping[str, str | Span] | None = None,
    *,
    weight: bool = False,
    **more: str | Span,
) -> list[Span]:
    """A (translated) sentence with ``{field}``s filled: fields given as Span keep their weight.

    ``spans("This plan belongs to {name}.", name=Span("Maryam", bold=True))``; ``weight``
    makes the template's own words bold.
    """
    values = {**(fields or {}), **more}
    out: list[Span] = []
    pos = 0
    for m in _FIELD.finditer(template):
        if m.start() > pos:
            out.append(Span(template[pos : m.start()], weight))
        value = values.get(m.group(1), m.group(0))
        if isinstance(value, Span):
            out.append(Span(value.text, value.bold, embed=True))
        else:
            out.append(Span(value, weight, embed=True))
        pos = m.end()
    if pos < len(template):
        out.append(Span(template[pos:], weight))
    return out


def _as_spans(content: Content) -> list[Span]:
    if isinstance(content, str):
        return [Span(content)]
    if isinstance(content, Span):
        return [content]
    return list(content)


# -- characters with their font ------------------------------------------------------------------


@dataclass(frozen=True)
class _Char:
    ch: str
    family: Family
    bold: bool


_LRE, _RLE, _PDF = "\u202a", "\u202b", "\u202c"
_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Digits in groups ("01873 555 123", "116 123"): one number, read left to right.
_NUMBER = re.compile(r"\d+(?: \d+)+")


def _chars(parts: list[Span], unprintable: str, *, rtl_base: bool, bidi_on: bool) -> list[_Char]:
    out: list[_Char] = []
    for span in parts:
        text = shown_text(unicodedata.normalize("NFC", span.text)).replace("\t", " ")
        if bidi_on:
            text = _NUMBER.sub(lambda m: f"{_LRE}{m.group(0)}{_PDF}", text)
            own_rtl = bidi.starts_rtl(text)
            if span.embed and "\n" not in text and own_rtl != rtl_base:
                text = f"{_RLE if own_rtl else _LRE}{text}{_PDF}"
        found = runs(text, unprintable=unprintable)
        if not any(r.text.strip() for r in found) and text.strip(" \n"):
            # Only zero-width or unprintable characters: a readable note, never nothing.
            found = runs(unprintable, unprintable=unprintable)
        for run in found:
            out += [_Char(ch, run.family, span.bold) for ch in run.text]
    return out


def _face(c: _Char) -> str:
    return c.family.face(c.bold)


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` shaped by HarfBuzz in one registered font."""
    if not text:
        return 0.0
    if not needs_shaping(text):
        return float(pdfmetrics.stringWidth(text, font, size))
    word = [pdfmetrics.stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)]
    # Through ReportLab's paragraph hook (fonts._fix_mixed_font_shaping): the same memo then
    # serves the paragraph that draws this word.
    return float(rl_paragraph.shapeFragWord(word)[0])


def _markup(pieces: Sequence[tuple[str, str]]) -> str:
    """(text, font) pieces as paragraph markup: escaped text, one <font> per run of a font.

    Spaces join the run before them, so a line of one script is one tag: fewer fragments
    for ReportLab to parse and break (the costly part of a right-to-left plan).
    """
    merged: list[list[str]] = []
    for text, face in pieces:
        # Only across a space: two pieces touching inside a word may run in opposite
        # directions ("ب2"), and HarfBuzz must lay each out on its own. A space joins a
        # neighbour only when that neighbour's font has a space (LinkDesk CJK has none).
        blank = not text.strip()
        if not merged:
            merged.append([text, face])
            continue
        at_space = merged[-1][0][-1:].isspace() or text[:1].isspace()
        joins = _has_space(merged[-1][1]) if blank else merged[-1][1] == face and at_space
        if joins:
            merged[-1][0] += text
        elif not merged[-1][0].strip() and _has_space(face):
            merged[-1] = [merged[-1][0] + text, face]
        else:
            merged.append([text, face])
    out = []
    for text, face in merged:
        body = escape(text).replace("\n", "<br/>")
        if not text.strip() and _has_space(face):
            out.append(body)  # the paragraph's own (base) font
        else:
            out.append(f'<font face="{face}">{body}</font>')
    return "".join(out)


@cache
def _has_space(face: str) -> bool:
    family = BY_FONT_NAME.get(face)
    return family is None or has(family, 0x20)


def _pieces(chars: Sequence[_Char], keys: Sequence[Any]) -> list[tuple[int, int]]:
    """(start, end) of each maximal stretch of equal keys."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or keys[i] != keys[start]:
            out.append((start, i))
            start = i
    return out


# -- paragraphs -----------------------------------------------------------------------------------


class ShapedParagraph(Paragraph):  # type: ignore[misc]  # ReportLab has no stubs
    """A Paragraph that tells PDF readers its real text when shaping reorders glyphs.

    Bengali, Devanagari and other Brahmic scripts draw some vowel signs before the consonant
    and print conjuncts as single glyphs, so text copied from the glyphs is scrambled; a
    marked-content ``/ActualText`` span carries the typed text (PDF 32000-1 §14.9.4). Parts of a
    paragraph split across pages drop it (ReportLab rebuilds them) and read from the glyphs.
    """

    actual_text = ""
    _wrapped_for: tuple[float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # ReportLab asks again and again (measuring, keeping blocks together, tables): the
        # lines only change with the width.
        cached = self._wrapped_for
        if cached is not None and cached[0] == availWidth and "blPara" in self.__dict__:
            return cached[1], self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_for = (availWidth, width)
        return width, height

    def draw(self) -> None:
        if not self.actual_text:
            super().draw()
            return
        code = self.canv._code
        code.append(f"/Span <</ActualText <FEFF{self.actual_text.encode('utf-16-be').hex()}>>> BDC")
        super().draw()
        code.append("EMC")


def _in_rtl_block(ch: str) -> bool:
    family = script_family(ord(ch))
    return family is not None and family.rtl


def _shaping_style(style: ParagraphStyle, rtl: bool) -> ParagraphStyle:
    changes: dict[str, Any] = {}
    if not getattr(style, "shaping", 0):
        changes["shaping"] = 1
    if rtl:
        changes.update(
            leftIndent=style.rightIndent,
            rightIndent=style.leftIndent,
            firstLineIndent=0,
            alignment=TA_CENTER if style.alignment == TA_CENTER else TA_RIGHT,
        )
    if not changes:
        return style
    return ParagraphStyle(f"{style.name}-{'rtl' if rtl else 'shaped'}", parent=style, **changes)


def paragraph(
    content: Content,
    style: ParagraphStyle,
    *,
    width: float | None = None,
    rtl: bool | None = None,
    bullet: str = "",
    unprintable: str = UNPRINTABLE,
) -> Paragraph:
    """One paragraph of shaped text (see the module doc).

    ``width`` (points) is the column it will be drawn in: needed for right-to-left text, which
    is broken into lines here. ``rtl`` sets the paragraph direction (a fixed sentence in an
    Urdu plan is right to left whatever the name inside it); None takes it from the first
    strong letter (UAX #9 rules P2-P3). ``bullet`` is drawn in the margin (left to right) or
    put before the text (right to left). ``unprintable`` is the stand-in for a script no
    shipped font has, in the document's language.
    """
    register_fonts()
    parts = [s for s in _as_spans(content) if s.text]
    plain = "".join(s.text for s in parts)
    rtl_base = bidi.starts_rtl(plain) if rtl is None else rtl
    if rtl_base and bullet:
        parts = [Span(bullet + " ", parts[0].bold if parts else False), *parts]
        bullet = ""
    needs_bidi = rtl_base or any(
        unicodedata.bidirectional(ch) in ("R", "AL", "AN") or _in_rtl_block(ch) for ch in plain
    )
    chars = _chars(parts, unprintable, rtl_base=rtl_base, bidi_on=needs_bidi)
    shaped_style = _shaping_style(style, rtl_base)
    if not needs_bidi:
        keys = [_face(c) for c in chars]
        markup = _markup(
            [("".join(c.ch for c in chars[a:b]), keys[a]) for a, b in _pieces(chars, keys)]
        )
        para = ShapedParagraph(markup, shaped_style, bulletText=bullet or None)
        if any(c.family.key in _COMPLEX for c in chars):
            para.actual_text = "".join(c.ch for c in chars)
        return para
    return BidiParagraph(
        None,
        shaped_style,
        bulletText=bullet or None,
        source=(chars, style.fontSize, rtl_base, width or 10_000),
    )


class BidiParagraph(ShapedParagraph):
    """Text with right-to-left parts: broken into lines here, each laid out in visual order.

    ReportLab lays out left to right, so it must never re-break these lines: when the
    paragraph is wrapped to another width than it was laid out for (a table cell, a column),
    it lays itself out again for that width. Parts made by ReportLab's ``split`` (a paragraph
    across a page break) keep their lines as they are.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # noqa: N803 - ReportLab's name
        frags: Any = None,
        caseSensitive: int = 1,  # noqa: N803 - ReportLab's name
        encoding: str = "utf8",
        *,
        source: tuple[list[_Char], float, bool, float] | None = None,
    ) -> None:
        self._source = source
        self._laid_out = -1.0
        if source is not None:
            chars, size, rtl_base, width = source
            text = self._layout(width, style)
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def _layout(self, width: float, style: ParagraphStyle) -> str:
        assert self._source is not None
        chars, size, rtl_base, _ = self._source
        avail = width - style.leftIndent - style.rightIndent - _SLACK
        self._laid_out = width
        return "<br/>".join(_bidi_lines(chars, size, avail, rtl_base=rtl_base))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._source is not None and abs(availWidth - self._laid_out) > 0.5:
            markup = self._layout(availWidth, self.style)
            Paragraph.__init__(self, markup, self.style, self.bulletText)
            self._wrapped_for = None
        return super().wrap(availWidth, availHeight)


def _bidi_lines(chars: list[_Char], size: float, avail: float, *, rtl_base: bool) -> list[str]:
    """Break into lines in logical order, then lay each out in visual order (markup lines)."""
    chars, levels = _resolved(tuple(chars), rtl_base)
    text = "".join(c.ch for c in chars)
    out: list[str] = []
    start = 0
    for source in text.split("\n"):
        end = start + len(source)
        for a, b in _wrap(chars, start, end, size, avail):
            out.append(_visual_line(chars, levels, a, b, rtl_base=rtl_base))
        start = end + 1
    return out


def _resolved(chars: tuple[_Char, ...], rtl_base: bool) -> tuple[list[_Char], list[int]]:
    """The characters that get a glyph and their bidi levels (remembered per document: a
    paragraph laid out again for another width does not run the algorithm again)."""
    memo = shaping_memo_dict()
    key = ("levels", chars, rtl_base)
    if memo is not None and key in memo:
        found: tuple[list[_Char], list[int]] = memo[key]
        return found
    all_levels = bidi.levels("".join(c.ch for c in chars), rtl_base=rtl_base)
    kept = [i for i, c in enumerate(chars) if c.ch not in _CONTROLS]  # rule X9: no glyph
    result = ([chars[i] for i in kept], [all_levels[i] for i in kept])
    if memo is not None:
        memo[key] = result
    return result


def _wrap(
    chars: list[_Char], start: int, end: int, size: float, avail: float
) -> list[tuple[int, int]]:
    """Greedy line breaks at spaces; a word wider than the line is cut between clusters."""
    words: list[tuple[int, int]] = []
    i = start
    while i < end:
        if chars[i].ch == " ":
            i += 1
            continue
        j = i
        while j < end and chars[j].ch != " ":
            j += 1
        words.append((i, j))
        i = j
    space = text_width(" ", BASE.regular, size)
    lines: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    current_width = 0.0
    for a, b in words:
        w = _width(chars, a, b, size)
        if current is not None and current_width + space + w <= avail:
            current, current_width = (current[0], b), current_width + space + w
            continue
        if current is not None:
            lines.append(current)
        pieces = [(a, b)] if w <= avail else _cut(chars, a, b, size, avail)
        lines += pieces[:-1]
        current = pieces[-1]
        current_width = _width(chars, *current, size)
    if current is not None:
        lines.append(current)
    return lines or [(start, start)]


def _hb_rtl(text: str) -> bool:
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    return bool(buf.direction == "rtl")


def _width(chars: list[_Char], a: int, b: int, size: float) -> float:
    keys = [_face(c) for c in chars[a:b]]
    return sum(
        text_width("".join(c.ch for c in chars[a + x : a + y]), keys[x], size)
        for x, y in _pieces(chars[a:b], keys)
    )


def _cut(chars: list[_Char], a: int, b: int, size: float, avail: float) -> list[tuple[int, int]]:
    """A word too long for a line, in line-sized pieces (never inside a cluster)."""
    out: list[tuple[int, int]] = []
    start = a
    last_ok = a
    i = a + 1
    while i <= b:
        at_boundary = i == b or not (
            unicodedata.category(chars[i].ch).startswith("M") or chars[i - 1].ch == "\u200d"
        )
        if at_boundary:
            if _width(chars, start, i, size) > avail and last_ok > start:
                out.append((start, last_ok))
                start = last_ok
            last_ok = i
        i += 1
    out.append((start, b))
    return out


def _visual_line(chars: list[_Char], levels: list[int], a: int, b: int, *, rtl_base: bool) -> str:
    line = chars[a:b]
    text = "".join(c.ch for c in line)
    lv = bidi.line_levels(text, levels[a:b], rtl_base=rtl_base)
    keys = [(_face(c), lv[i], c.ch == " ") for i, c in enumerate(line)]
    pieces = _pieces(line, keys)
    order = bidi.visual_order([lv[x] for x, _ in pieces])
    drawn: list[tuple[str, str]] = []
    for index in order:
        x, y = pieces[index]
        piece = text[x:y]
        face, level, _ = keys[x]
        # HarfBuzz lays a piece out right to left when its script is (it guesses from the
        # text); where that disagrees with the bidi level, hand it the characters turned round.
        hb_rtl = _hb_rtl(piece)
        if level % 2 and not hb_rtl:
            piece = bidi.mirrored(piece)  # neutral text inside right-to-left text
        elif not level % 2 and hb_rtl:
            piece = piece[::-1]  # Arabic-Indic digits: numbers read left to right
        drawn.append((piece, face))
    return _markup(drawn).strip()


# -- single lines on a canvas ---------------------------------------------------------------------

_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "centre": TA_CENTER}


def line_paragraph(
    content: Content,
    size: float,
    *,
    width: float,
    align: str = "left",
    rtl: bool | None = None,
    unprintable: str = UNPRINTABLE,
) -> tuple[Paragraph, int]:
    """A paragraph for one line of ``width`` points and the number of lines it takes there."""
    regular, _ = register_fonts()
    style = ParagraphStyle("line", fontName=regular, fontSize=size, leading=size * 1.25)
    para = paragraph(content, style, width=width, rtl=rtl, unprintable=unprintable)
    para.style = ParagraphStyle("line-aligned", parent=para.style, alignment=_ALIGN[align])
    para.wrap(width, size * 100)
    return para, len(para.blPara.lines)


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    content: Content,
    size: float,
    *,
    align: str = "left",
    width: float = 400,
    rtl: bool | None = None,
    unprintable: str = UNPRINTABLE,
) -> None:
    """Draw shaped text with its first baseline at ``y`` (footers, hand-drawn headings).

    ``align``: "left" (``x`` is the left edge), "right" (``x`` is the right edge) or "centre"
    (``x`` is the middle); ``width`` is the room it has, in points.
    """
    para, _ = line_paragraph(
        content, size, width=width, align=align, rtl=rtl, unprintable=unprintable
    )
    _, height = para.wrap(width, size * 100)
    left = x - width if align == "right" else x - width / 2 if align == "centre" else x
    ascent = pdfmetrics.getAscent(para.style.fontName, size)
    para.drawOn(canvas, left, y - (height - ascent))
