"""Dates as the worker types them, and the rules every date field shares.

"Today" is never read here: callers pass it from their injected clock (``domain/clock.py``).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.written_dates import ENGLISH_MONTHS

DATE_FORMATS = (
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y-%m-%d",
)
# "31 Dec 2026", "31 December 2026", "31 Sept 2026": month names read from a fixed English
# table, not strptime's %b/%B, which follow the machine's locale (the GUI sets it, so a Welsh
# desktop would refuse "12 Mar 1971" in the GUI and the command line would take it).
_NAMED_MONTH = re.compile(r"(\d{1,2}) ([^\W\d_]+)\.? (\d{4})")
_MONTHS = {name.casefold()[:3]: number for number, name in enumerate(ENGLISH_MONTHS, 1)}
TYPE_A_DATE = "Type the date as day/month/year, for example 31/12/2026."
DATE_HAS_PASSED = "That date has passed. Pick a date from today on."
NEXT_MEETING_MISSING = "Type the date of the next meeting, e.g. 31/12/2026."


def parse_date(text: str) -> date | None:
    """A typed date (``31/12/2026``, ``2026-12-31``, ``31 Dec 2026``); None when blank.

    ValidationError (field ``date``) when it is not a date in one of :data:`DATE_FORMATS`
    or a day, an English month name (or its first letters) and a year.
    """
    cleaned = re.sub(r"\s+", " ", text.strip())
    if not cleaned:
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    named = _NAMED_MONTH.fullmatch(cleaned)
    if named is not None:
        day, month_name, year = named.groups()
        month = _month_number(month_name)
        if month:
            try:
                return date(int(year), month, int(day))
            except ValueError:
                pass
    raise ValidationError(TYPE_A_DATE, "date")


def _month_number(name: str) -> int:
    """1-12 for an English month name or its abbreviation ("Mar", "March", "Sept"); else 0."""
    folded = name.casefold()
    number = _MONTHS.get(folded[:3], 0)
    if number and ENGLISH_MONTHS[number - 1].casefold().startswith(folded):
        return number
    return 0


def past_date_problem(value: date | None, today: date) -> str:
    """Guidance for a date that must be today or later ("" when it is fine or blank)."""
    return DATE_HAS_PASSED if value is not None and value < today else ""


def meeting_date_problem(value: date | None, today: date) -> str:
    """Guidance for the next meeting's date: it is needed, and not in the past."""
    if value is None:
        return NEXT_MEETING_MISSING
    return past_date_problem(value, today)
