"""Dates as publishers and spreadsheets write them, read day first (the UK way).

Understood: ISO 8601 (``2025-08-14``, with or without a time and zone), ``2025/08/14``,
day-first ``14/08/2025``, ``14.08.2025``, ``14-08-2025`` and two-digit years (``3/9/25``;
``00``–``29`` are 2000–2029 and ``30``–``99`` are 1930–1999, Excel's own rule), any of these
followed by a time, Excel serial day numbers (``45883``: days since 30 December 1899, the
1900 date system), and month names (``14 Aug 2025``, ``August 14, 2025``). A month-first date
is read only when it cannot be day-first (``12/25/2025``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil import parser as date_parser

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1 January 1900 (Excel's leap-year bug kept)
# Serial numbers LinkDesk accepts: 1 January 1960 to 31 December 2099. A bare number outside
# this is more likely a year or a typo than a date.
_SERIAL_MIN, _SERIAL_MAX = 21916, 73415
_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:$|[T\s,])")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_MONTH_WORD = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
HINT = "use a date such as 2025-10-01 or 01/10/2025"


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 30 else 1900
    return year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: object) -> tuple[date | None, str]:
    """(the date, '') or (None, why not) for a cell or JSON value; (None, '') when empty."""
    if value is None or isinstance(value, bool):
        return None, ""
    if isinstance(value, int | float):
        value = str(int(value)) if float(value).is_integer() else str(value)
    text = " ".join(str(value).split()).strip()
    if not text:
        return None, ""
    if match := _ISO.match(text):
        found = _make(int(match[1]), int(match[2]), int(match[3]))
        return (found, "") if found else (None, f"{text!r} is not a real date")
    if match := _DAY_FIRST.match(text):
        first, second, year = int(match[1]), int(match[2]), _year(match[3])
        found = _make(year, second, first) or (_make(year, first, second) if second > 12 else None)
        return (found, "") if found else (None, f"{text!r} is not a real date")
    if _SERIAL.match(text):
        serial = float(text)
        if _SERIAL_MIN <= serial <= _SERIAL_MAX:
            return _EXCEL_EPOCH + timedelta(days=int(serial)), ""
        return None, f"{text!r} is not a date LinkDesk understands ({HINT})"
    if _MONTH_WORD.search(text) and re.search(r"\b\d{4}\b", text):
        try:
            stamp = date_parser.parse(text, dayfirst=True, default=_default())
        except (ValueError, OverflowError):
            return None, f"{text!r} is not a date LinkDesk understands ({HINT})"
        return stamp.date(), ""
    return None, f"{text!r} is not a date LinkDesk understands ({HINT})"


def _default() -> datetime:
    return datetime(2000, 1, 1)  # a missing day means the 1st


def past_date(value: object, today: date) -> tuple[date | None, str]:
    """As ``parse_date``, but a date after ``today`` is refused (a check cannot be future)."""
    found, problem = parse_date(value)
    if found and found > today:
        return None, f"{found.isoformat()} is in the future"
    return found, problem
