"""Dates as the worker types them, and the rules every date field shares.

"Today" is never read here: callers pass it from their injected clock (``domain/clock.py``).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from linkdesk.domain.errors import ValidationError

DATE_FORMATS = (
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y-%m-%d",
    "%d %b %Y",
    "%d %B %Y",
)
TYPE_A_DATE = "Type the date as day/month/year, for example 31/12/2026."
DATE_HAS_PASSED = "That date has passed. Pick a date from today on."
NEXT_MEETING_MISSING = "Type the date of the next meeting, e.g. 31/12/2026."


def parse_date(text: str) -> date | None:
    """A typed date (``31/12/2026``, ``2026-12-31``, ``31 Dec 2026``); None when blank.

    ValidationError (field ``date``) when it is not a date in one of :data:`DATE_FORMATS`.
    """
    cleaned = re.sub(r"\s+", " ", text.strip())
    if not cleaned:
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise ValidationError(TYPE_A_DATE, "date")


def past_date_problem(value: date | None, today: date) -> str:
    """Guidance for a date that must be today or later ("" when it is fine or blank)."""
    return DATE_HAS_PASSED if value is not None and value < today else ""


def meeting_date_problem(value: date | None, today: date) -> str:
    """Guidance for the next meeting's date: it is needed, and not in the past."""
    if value is None:
        return NEXT_MEETING_MISSING
    return past_date_problem(value, today)
