"""User text made safe for ReportLab paragraphs.

Everything a person or worker typed is data: it is cleaned, escaped, split into runs by the font
that has its glyphs (DejaVu Sans, else the Symbola fallback for emoji), and characters no shipped
font covers are replaced by readable words, never printed as empty boxes. Right-to-left text
(Arabic, Hebrew) is shaped and wrapped here, line by line, because ReportLab lays out left to right.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from linkdesk.plan.fonts import covered, register_symbol_font

# Joiners, variation selectors, skin tones and tag characters only modify a neighbour: when the
# fonts lack them, leaving them out keeps the base emoji readable.
_INVISIBLE = frozenset({0x200B, 0x200C, 0x200D, 0x2060, 0xFE0E, 0xFE0F, 0x20E3, 0xFEFF})
_UNPRINTABLE_SCRIPT = "[text in a script this plan cannot print]"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
MAX_BLOCK = 1500  # characters per Paragraph: long text flows as many short paragraphs


def _is_modifier(cp: int) -> bool:
    return cp in _INVISIBLE or 0x1F3FB <= cp <= 0x1F3FF or 0xE0000 <= cp <= 0xE007F


def clean(text: str) -> str:
    """NFC, Unix newlines, no control characters, trimmed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ")
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    return text.strip()


def substitute(ch: str) -> str:
    """A readable stand-in for a character no shipped font can print."""
    if unicodedata.category(ch).startswith("L"):
        return _UNPRINTABLE_SCRIPT
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else ""


def font_runs(text: str, base_font: str) -> list[tuple[str, str | None]]:
    """Split text into (run, font) where font is None for the base font or the symbol font."""
    base = covered(base_font)
    symbols_name = register_symbol_font()
    symbols = covered(symbols_name)
    runs: list[tuple[str, str | None]] = []
    buf: list[str] = []
    current: str | None = None

    def put(piece: str, font: str | None) -> None:
        nonlocal current
        if font != current and buf:
            runs.append(("".join(buf), current))
            buf.clear()
        current = font
        buf.append(piece)

    for ch in text:
        cp = ord(ch)
        if cp in base or ch in "\n ":
            put(ch, None)
        elif _is_modifier(cp):
            continue
        elif cp in symbols:
            put(ch, symbols_name)
        else:
            stand_in = substitute(ch)
            if stand_in == _UNPRINTABLE_SCRIPT and "".join(buf).endswith(stand_in):
                continue  # one note per run of an unprintable script, not one per letter
            put(stand_in, None)
    if buf:
        runs.append(("".join(buf), current))
    return runs


def rich(text: str, base_font: str) -> str:
    """Paragraph markup for plain text: escaped, with font switches, newlines as breaks."""
    parts = []
    for run, font in font_runs(text, base_font):
        body = escape(run).replace("\n", "<br/>")
        parts.append(f'<font face="{font}">{body}</font>' if font else body)
    return "".join(parts)


# -- right to left -------------------------------------------------------------------------------


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def starts_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def visual_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Shape Arabic, wrap in logical order to ``width``, then reorder each line for display."""
    shaped = arabic_reshaper.reshape(text)
    base_dir = "R" if starts_rtl(text) else "L"
    lines: list[str] = []
    for source_line in shaped.split("\n"):
        line = ""
        for word in source_line.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and stringWidth(candidate, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return [str(get_display(line, base_dir=base_dir)) for line in lines]


# -- splitting -----------------------------------------------------------------------------------


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
