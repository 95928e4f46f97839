"""Small text rules shared by exports and printouts."""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> str:
    """Neutralise spreadsheet formulas: a cell starting = + - @ tab or CR gets a leading '."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


# -- the person's words on screen and on paper ---------------------------------------------------

# UAX #9 explicit embeddings, overrides and isolates: LRE RLE PDF LRO RLO, LRI RLI FSI PDI.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# C0 and C1 controls but tab and newline, lone surrogates, and the noncharacters (U+FDD0-FDEF
# and the last two code points of every plane): no font prints them and no reader expects them.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(p << 16 | 0xFFFE)}{chr(p << 16 | 0xFFFF)}" for p in range(17))
    + "\u202a-\u202e\u2066-\u2069]"
)


def shown_text(text: str) -> str:
    """The person's words as every screen and printout shows them: bidi controls and
    unprintable characters removed (one rule for both, issue 12).

    Removed: C0/C1 control characters except tab and newline (a carriage return becomes a
    newline first), lone surrogates, noncharacters, and the UAX #9 explicit embeddings,
    overrides and isolates (U+202A-202E, U+2066-2069), which would let typed text reorder what
    is around it ("\\u202eevil" showed "live" on screen but "evil" on paper). Display code adds
    its own isolates around the result. Letters, marks, joiners (ZWJ/ZWNJ) and the implicit
    marks LRM/RLM are kept.
    """
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNPRINTABLE.sub("", text)
