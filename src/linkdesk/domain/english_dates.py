"""Dates in English words for the worker's own texts (timeline, warnings, the letter, the CLI).

CLDR through Babel with the en_GB locale, never the C library's day and month names: those
follow the machine's locale, which the GUI sets (a Welsh desktop would print "Sul" inside
English text).
The person's plan has its own language and dates (plan/language.py).
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

_LOCALE = "en_GB"


def day_name(d: date) -> str:
    """Tuesday."""
    return str(format_date(d, "EEEE", locale=_LOCALE))


def short_day(d: date) -> str:
    """Tue 10 Nov 2026."""
    return str(format_date(d, "EEE d MMM y", locale=_LOCALE))


def long_day(d: date) -> str:
    """10 November 2026."""
    return str(format_date(d, "d MMMM y", locale=_LOCALE))


def full_day(d: date) -> str:
    """Tuesday 10 November 2026."""
    return str(format_date(d, "EEEE d MMMM y", locale=_LOCALE))
