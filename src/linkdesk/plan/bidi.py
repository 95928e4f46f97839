"""The Unicode Bidirectional Algorithm (UAX #9) for lines of mixed-direction text.

Levels come from python-bidi's implementation (``bidi.algorithm``, the rules up to I2); this
module applies rule L1 per line and reorders *pieces* of text (rule L2) rather than characters,
because each right-to-left piece is handed to HarfBuzz in logical order and HarfBuzz lays its
glyphs out right to left itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from bidi import algorithm as uba

_REMOVED = frozenset(uba.X9_REMOVED)  # RLE, LRE, RLO, LRO, PDF, BN: no level of their own


def has_rtl(text: str) -> bool:
    """True when ``text`` holds any right-to-left letter (Arabic, Hebrew, Thaana, ...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def starts_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (rules P2, P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def levels(text: str, *, rtl_base: bool) -> list[int]:
    """The resolved embedding level of each character of one paragraph (odd = right to left)."""
    if not text:
        return []
    storage: dict[str, Any] = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    uba.get_embedding_levels(text, storage)
    for index, entry in enumerate(storage["chars"]):
        entry["index"] = index
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    out: list[int | None] = [None] * len(text)
    for entry in storage["chars"]:
        out[entry["index"]] = entry["level"]
    base = storage["base_level"]
    resolved: list[int] = []
    for value in out:  # characters removed by rule X9 take their neighbour's level
        resolved.append(value if value is not None else (resolved[-1] if resolved else base))
    return resolved


def line_levels(text: str, line_levels_in: Sequence[int], *, rtl_base: bool) -> list[int]:
    """Rule L1 for one line: trailing spaces (and tabs) go back to the paragraph's level."""
    base = 1 if rtl_base else 0
    out = list(line_levels_in)
    i = len(text) - 1
    while i >= 0 and (text[i].isspace() or ord(text[i]) in (0x200B, 0xFEFF)):
        out[i] = base
        i -= 1
    return out


def visual_order(piece_levels: Sequence[int]) -> list[int]:
    """Rule L2 on pieces: indices of the pieces of one line from left to right."""
    order = list(range(len(piece_levels)))
    if not order:
        return order
    highest = max(piece_levels)
    lowest_odd = min((lv for lv in piece_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if piece_levels[order[i]] >= level:
                j = i
                while j < len(order) and piece_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def mirrored(text: str) -> str:
    """Right-to-left neutral text HarfBuzz will not turn round: reversed, brackets mirrored."""
    return "".join(_MIRROR.get(ch, ch) for ch in reversed(text))


_MIRROR = {a: b for a, b in ("()", ")(", "[]", "][", "{}", "}{", "<>", "><", "«»", "»«")}
