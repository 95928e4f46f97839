"""Dates written out in a language, from CLDR through Babel: never from the machine's locale.

The C library's names of days and months (time formatting and parsing) follow the process's
``LC_TIME``, which the GUI takes from the desktop (Qt calls ``setlocale(LC_ALL, "")``): a
Welsh or Polish desktop would write "Sul 29 Tachwedd" into English text, and the command line
(no Qt) would not. Everything that names a day or a month goes through here instead, with the
language it is written in.

``code`` is a CLDR / BCP 47 language code ("en", "cy", "pl", "ur"; "cy_GB" and "cy-GB" work
too). English is written the British way. An unknown code is written in English.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

# Babel is imported when a date is first written, not at start-up (the unlock screen must
# not wait for it: tests/ui/test_start_imports.py).

ENGLISH = "en"
# "Tuesday 8 December 2026": no comma, easy to read aloud (the plan's English long date).
_ENGLISH_LONG = "EEEE d MMMM y"
# English month names for reading typed dates ("12 Mar 1971", "12 March 1971", "12 Sept").
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@cache
def _locale(code: str) -> Locale:
    """The CLDR locale for a language code; British English for "en", unknown or bad codes."""
    from babel import Locale, UnknownLocaleError

    head = re.split(r"[-_]", code.strip(), maxsplit=1)[0].casefold()
    if not head or head == ENGLISH:
        return Locale.parse("en_GB")
    try:
        return Locale.parse(head)
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en_GB")


def long_date(d: date, code: str = ENGLISH) -> str:
    """The day written out in full: "Tuesday 8 December 2026", "Dydd Mawrth, 8 Rhagfyr 2026"."""
    from babel.dates import format_date

    locale = _locale(code)
    if locale.language == ENGLISH:
        return str(format_date(d, _ENGLISH_LONG, locale=locale))

    return str(format_date(d, "full", locale=locale))


def day_month_year(d: date, code: str = ENGLISH) -> str:
    """The date with the month's name, CLDR "long" style: "8 December 2026", "8 Rhagfyr 2026"."""
    from babel.dates import format_date

    return str(format_date(d, "long", locale=_locale(code)))


@lru_cache(maxsize=8192)
def short_date(d: date, code: str = ENGLISH) -> str:
    """The date with the month's short name ("8 Dec 2026", "8 Rhag 2026", "8 gru 2026"): for
    tables and lists. Always day, month name and year, never an ambiguous all-digit form.

    Remembered (a pure function of its arguments): Babel takes ~0.1-0.5 ms a date, and lists
    and tables ask for the same few hundred dates thousands of times (Today's 12,000 rows at
    50,000 people, every painted caseload cell; issue 15)."""
    from babel.dates import format_date

    return str(format_date(d, "d MMM y", locale=_locale(code)))


def day_short_month(d: date, code: str = ENGLISH) -> str:
    """The day and the month's short name, no year ("8 Dec", "8 Rhag"): for a run of dates in
    one chart or list whose years are said elsewhere."""
    from babel.dates import format_date

    return str(format_date(d, "d MMM", locale=_locale(code)))


def weekday_name(number: int, code: str = ENGLISH, *, short: bool = False) -> str:
    """A day's name, ``number`` 0 for Monday to 6 for Sunday (ISO order, as
    ``date.weekday()``): "Monday" / "Dydd Llun"; ``short``: "Mon" / "Llun"."""
    from babel.dates import get_day_names

    names = get_day_names("abbreviated" if short else "wide", locale=_locale(code))
    return str(names[number])


def is_right_to_left(code: str) -> bool:
    """True for a language written right to left (CLDR character order): "ur", "ar", "fa"."""
    if re.split(r"[-_]", code.strip(), maxsplit=1)[0].casefold() in ("", ENGLISH):
        return False  # English: known without loading CLDR (start-up)
    return bool(_locale(code).character_order == "right-to-left")


def native_name(code: str) -> str:
    """A language's own name for itself ("Cymraeg", "اردو"); "English" for unknown codes."""
    from babel import Locale

    return str(Locale(_locale(code).language).display_name)


def english_name(code: str) -> str:
    """A language's English name ("Welsh", "Urdu")."""
    from babel import Locale

    return str(Locale(_locale(code).language).english_name)
