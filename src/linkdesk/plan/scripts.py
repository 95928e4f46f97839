"""Which shipped font prints each character: runs of text, one font family each.

A letter goes to its script's font (``fonts.SCRIPTS``), else to DejaVu Sans, else to any shipped
font that has it, else to Symbola. Spaces, digits, punctuation, joiners and combining marks stay
with the run they are in only when its font has them (so a word is shaped in one font);
otherwise they go to the first font that has them, the base font for a space. Characters no
shipped font has become one readable stand-in per run, never a box per letter.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from linkdesk.plan.fonts import BASE, FAMILIES, SCRIPTS, SYMBOL, Family, covered

UNPRINTABLE = "[text in a script this plan cannot print]"
# Joiners, variation selectors, skin tones and tag characters only modify a neighbour: when the
# run's font lacks them, leaving them out keeps the base emoji readable.
_INVISIBLE = frozenset({0x200B, 0x200C, 0x200D, 0x2060, 0xFE0E, 0xFE0F, 0x20E3, 0xFEFF})


@dataclass(frozen=True)
class Run:
    """Text printed in one font family; ``stand_in`` when it replaces unprintable text."""

    text: str
    family: Family
    stand_in: bool = False


@cache
def _script_table() -> tuple[list[int], list[tuple[int, Family]]]:
    spans = sorted((lo, hi, fam) for fam in SCRIPTS for lo, hi in fam.ranges)
    return [lo for lo, _, _ in spans], [(hi, fam) for _, hi, fam in spans]


def script_family(cp: int) -> Family | None:
    """The script font chosen for this code point by its Unicode block, if any."""
    starts, ends = _script_table()
    i = bisect.bisect_right(starts, cp) - 1
    if i >= 0 and cp <= ends[i][0]:
        return ends[i][1]
    return None


def _is_modifier(cp: int) -> bool:
    return cp in _INVISIBLE or 0x1F3FB <= cp <= 0x1F3FF or 0xE0000 <= cp <= 0xE007F


def _sticky(ch: str) -> bool:
    """Characters that belong to no one script: they follow the run they are in."""
    cat = unicodedata.category(ch)
    return cat[0] in "MNPSZ" or cat in ("Cf", "Lm") or ch == "\n"


def has(family: Family, cp: int) -> bool:
    """The family prints ``cp`` in both its weights (any text may be a bold heading: DejaVu
    Sans has U+1EE00 ARABIC MATHEMATICAL ALEF in regular only, and bold printed a box)."""
    return cp in covered(family.regular) and cp in covered(family.bold)


def _family_for(cp: int) -> Family | None:
    fam = script_family(cp)
    if fam is not None and has(fam, cp):
        return fam
    for candidate in FAMILIES:
        if has(candidate, cp):
            return candidate
    return None


def substitute(ch: str) -> str:
    """A readable stand-in for a character no shipped font can print: letters, private-use and
    unassigned characters share one note per run; a symbol is named."""
    cp = ord(ch)
    if 0xFDD0 <= cp <= 0xFDEF or cp & 0xFFFE == 0xFFFE:
        return ""  # a noncharacter is never text
    if unicodedata.category(ch)[0] == "L" or unicodedata.category(ch) in ("Co", "Cn"):
        return UNPRINTABLE
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else ""


# Emoji sequences no shipped font draws as one picture (Symbola has no ligatures): a flag of
# two regional indicators (U+1F1E6-1F1FF) or a black flag with tag letters (U+E0020-E007E,
# ended by U+E007F) becomes its region code; a skin tone (Fitzpatrick U+1F3FB-1F3FF), which
# Symbola draws as a separate swatch, is dropped; the joiner of a ZWJ sequence is dropped
# later (no font joins it), so a family prints as its people side by side.
_EMOJI_SEQUENCE = re.compile(
    "([\U0001f1e6-\U0001f1ff]+)"
    "|\U0001f3f4([\U000e0020-\U000e007e]+)\U000e007f?"
    "|[\U0001f3fb-\U0001f3ff\U000e0000-\U000e007f]"
)


def _emoji_stand_in(m: re.Match[str]) -> str:
    if m.group(1):
        letters = "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in m.group(1))
        return " ".join(letters[i : i + 2] for i in range(0, len(letters), 2))  # "GB PL BD"
    if m.group(2):
        tags = "".join(chr(ord(ch) - 0xE0000) for ch in m.group(2)).upper()
        return f"{tags[:2]}-{tags[2:]}" if len(tags) > 2 else tags  # ISO 3166-2: GB-WLS
    return ""


def plain_emoji(text: str) -> str:
    """``text`` with emoji sequences the shipped fonts cannot draw as one picture spelt out:
    flags as their region code ("🇵🇰" -> "PK", the Welsh flag -> "GB-WLS"), skin tones and
    stray tag characters dropped (see ``_EMOJI_SEQUENCE``)."""
    return _EMOJI_SEQUENCE.sub(_emoji_stand_in, text)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def runs(text: str, *, unprintable: str = UNPRINTABLE) -> list[Run]:
    """Split ``text`` into runs, each printable by one font family (see the module doc)."""
    if _ASTRAL.search(text):
        text = plain_emoji(text)
    out: list[Run] = []
    buf: list[str] = []
    current: Family | None = None

    def flush() -> None:
        if buf and current is not None:
            out.append(Run("".join(buf), current))
        buf.clear()

    for ch in text:
        cp = ord(ch)
        if ch == "\n" or (current is not None and _sticky(ch) and has(current, cp)):
            # A character common to scripts stays with its run only when that run's font has
            # it: LinkDesk CJK has no space, and a space kept in a Chinese run printed a box.
            if current is None:
                current = BASE
            buf.append(ch)
            continue
        if _is_modifier(cp):
            continue  # the run's font lacks it (checked above): drop the modifier only
        fam = _family_for(cp)
        if fam is None:
            if out and out[-1].stand_in and not buf and unicodedata.category(ch)[0] in "MC":
                continue  # a mark on a letter already replaced belongs to that stand-in
            stand_in = substitute(ch)
            if not stand_in:
                continue
            if stand_in == UNPRINTABLE:
                if out and out[-1].stand_in and not buf:
                    continue  # one note per run of an unprintable script, not one per letter
                stand_in = unprintable
            flush()
            out.append(Run(stand_in, BASE, stand_in=True))
            current = None
            continue
        if fam is not current:
            flush()
            current = fam
        buf.append(ch)
    flush()
    return _merge_spaces(out)


def _merge_spaces(found: list[Run]) -> list[Run]:
    """Join runs of the same family split only by stand-ins' neighbours (keeps runs few)."""
    merged: list[Run] = []
    for run in found:
        if (
            merged
            and not run.stand_in
            and not merged[-1].stand_in
            and merged[-1].family is run.family
        ):
            merged[-1] = Run(merged[-1].text + run.text, run.family)
        else:
            merged.append(run)
    return merged


def is_symbol(run: Run) -> bool:
    return run.family is SYMBOL
