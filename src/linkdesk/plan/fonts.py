"""Registers the shipped TTF fonts once, so any script a person writes in prints."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from linkdesk.paths import resource

REGULAR = "LinkDeskSans"
BOLD = "LinkDeskSans-Bold"
# Emoji and pictographs DejaVu lacks (Symbola: "free for any use ... redistributed").
SYMBOLS = "LinkDeskSymbols"


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (wide Unicode coverage) and return (regular, bold) names."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


@cache
def register_symbol_font() -> str:
    """Register the fallback font for emoji and symbols; return its name."""
    pdfmetrics.registerFont(TTFont(SYMBOLS, str(resource("fonts", "Symbola.ttf"))))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SYMBOLS, bold, italic, SYMBOLS)
    return SYMBOLS


@cache
def covered(font_name: str) -> frozenset[int]:
    """The code points a registered TTF font has glyphs for (from its cmap)."""
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)
