"""Dates in English words for the worker's own texts (timeline, warnings, the letter, the CLI).

CLDR through Babel with the en_GB locale, never the C library's day and month names: those
follow the machine's locale, which the GUI sets (a Welsh desktop would print "Sul" inside
English text).
The person's plan has its own language and dates (plan/language.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

_LOCALE = "en_GB"

# English day and month names written out, not strftime's %A/%B, which follow the machine's
# locale (the GUI sets it): a Welsh desktop would otherwise mix two languages in one sentence.
# For text that is always English (service schedules, dates the worker types or reads back).
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(d: date, pattern: str, locale: str) -> Any:
    """Babel's format_date, imported when first needed (Babel costs ~75 ms before the unlock
    screen otherwise; services.app_services.preload imports it in the background)."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(d, pattern, locale=locale)


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
