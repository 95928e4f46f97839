"""Dates and numbers kept in their own order inside right-to-left text.

A date such as ``12/03/2026`` or ``14 Nov 1966`` is weak or mixed text: in a right-to-left
paragraph (the ``-reverse`` layout, a table row holding Urdu, an Urdu name beside it) the
Unicode bidirectional algorithm (UAX #9) reorders its parts ("Nov 1966 14"). :func:`ltr`
wraps it in a LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE pair (UAX #9 §2.4), so it
is laid out left to right as one unit and does not affect the text around it. The two
characters are invisible and screen readers skip them.
"""

from __future__ import annotations

import re

LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
# Letters of the right-to-left scripts (Hebrew, Arabic and its supplements, presentation
# forms), as in ui/i18n.py: a date written with them (Urdu month names) reads right to left.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def ltr(text: str) -> str:
    """``text`` isolated left to right ("" stays ""; already isolated text is unchanged, and
    so is text with right-to-left letters: an Urdu date keeps its own direction)."""
    if not text or (text.startswith(LRI) and text.endswith(PDI)) or _RTL_LETTER.search(text):
        return text
    return f"{LRI}{text}{PDI}"


def plain(text: str) -> str:
    """``text`` without the isolates :func:`ltr` adds (for copying, comparing, file names)."""
    return text.replace(LRI, "").replace(PDI, "")
