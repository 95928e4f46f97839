"""Dates as people write them, and the rules every date field shares.

A worker types a date the way it is written on the letter in front of them: ``12/03/1971``,
``12-3-71``, ``12.03.1971``, ``12 Mar 1971``, ``12th March 1971``, ``March 12, 1971``,
``1971-03-12`` or ``12031971``. Numbers are read day first, as in the UK (``03/12`` is
3 December); an ISO date starts with its four-digit year. :func:`read_date` reads them all and
says in one sentence what is wrong with anything else ("There is no 31 February 1980").

**Two-digit years** (``12-3-71``) are read by the field's :class:`DateRule`:

- a date that cannot be after today (``BIRTH``, ``PAST``: a date of birth, a referral
  received, consent given) takes the latest century that does not put it after today, so on
  4 June 2026 ``71`` is 1971 and ``05`` is 2005 (a date of birth is never in the future);
- any other date (``FUTURE``, ``ANY``: a booking, a target date) takes the year within 50
  years of today's, so ``27`` is 2027 and ``80`` is 1980.

"Today" is never read here: callers pass it from their injected clock (``domain/clock.py``).
Month and day names are English from the tables below, never the machine's locale.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import StrEnum

from linkdesk.domain import worker_text
from linkdesk.domain.english_dates import DAY_NAMES as DAYS
from linkdesk.domain.english_dates import MONTH_NAMES as MONTHS
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.worker_text import wt, wt_noop

# "mar", "march", "sept": every month by its full name and its first three (or four) letters.
_MONTH_WORDS = {
    **{name.lower(): n for n, name in enumerate(MONTHS, start=1)},
    **{name[:3].lower(): n for n, name in enumerate(MONTHS, start=1)},
    "sept": 9,
}

EXAMPLE = "12/03/1971"
# The sentences below are said in the worker's language (domain/worker_text) where used.
TYPE_A_DATE = wt_noop("Type the date as day/month/year, for example 31/12/2026.")
DATE_HAS_PASSED = wt_noop("That date has passed. Pick a date from today on.")
NEXT_MEETING_MISSING = wt_noop("Type the date of the next meeting, e.g. 31/12/2026.")
BIRTH_IN_FUTURE = wt_noop("A date of birth cannot be in the future: {when} is after today.")
BIRTH_TOO_EARLY = wt_noop("Please check the year of birth: {year} is more than 120 years ago.")
AFTER_TODAY = wt_noop("That date is after today: {when} has not happened yet.")


class DateRule(StrEnum):
    """What a date field holds: it decides two-digit years and which dates are refused."""

    BIRTH = "birth"  # a date of birth: not after today, not more than 120 years ago
    PAST = "past"  # something that has happened: not after today
    FUTURE = "future"  # something planned: not before today
    ANY = "any"


_SEPARATORS = re.compile(r"[\s/\\\-.,]+")
_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")


def date_in_words(value: date) -> str:
    """``Friday 12 March 1971``: the date spelled out (English, never the machine's locale)."""
    return f"{DAYS[value.weekday()]} {value.day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: date) -> str:
    """``12/03/1971``: how a date field shows a stored date."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def _tokens(text: str) -> list[str]:
    words = [w for w in _SEPARATORS.split(text.strip().lower()) if w]
    return [m.group(1) if (m := _ORDINAL.match(w)) else w for w in words]


def _full_year(digits: str, today: date | None, rule: DateRule) -> int:
    """A year as typed: four digits as they are; two digits by the rule's pivot (the date's
    day and month are weighed by :func:`_dated`)."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) != 2:
        raise ValidationError(
            wt("Type the year with four digits (or two), as in {example}.", example=EXAMPLE),
            "date",
        )
    reference = today or date(2000, 1, 1)
    year = reference.year - reference.year % 100 + int(digits)
    if rule in (DateRule.BIRTH, DateRule.PAST):
        return year  # _dated steps back a century if this puts the date after today
    if year > reference.year + 50:
        return year - 100
    if year <= reference.year - 50:
        return year + 100
    return year


def _dated(day: int, month: int, year_text: str, today: date | None, rule: DateRule) -> date:
    found = _build(day, month, _full_year(year_text, today, rule))
    past = rule in (DateRule.BIRTH, DateRule.PAST)
    if len(year_text) == 2 and past and found > (today or date(2000, 1, 1)):
        found = _build(day, month, found.year - 100)
    return found


def _build(day: int, month: int, year: int) -> date:
    """The date, or a sentence naming exactly what does not exist."""
    if not 1 <= month <= 12:
        raise ValidationError(
            wt(
                "There is no month {month}: type the day first, then the month "
                "(day/month/year), as in {example} for {written}.",
                month=month,
                example=EXAMPLE,
                written=worker_text.long_day(date(1971, 3, 12)),
            ),
            "date",
        )
    if not 1 <= year <= 9999:
        raise ValidationError(wt("Please check the year ({year}).", year=year), "date")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        name = worker_text.month_name(month)
        if day < 1:
            raise ValidationError(
                wt("There is no day {day}: a month starts on day 1.", day=day), "date"
            )
        fields = {"day": day, "month": name, "year": year, "days": days}
        raise ValidationError(
            wt("There is no {day} {month} {year}: {month} has {days} days that year.", **fields)
            if month == 2
            else wt("There is no {day} {month} {year}: {month} has {days} days.", **fields),
            "date",
        )
    return date(year, month, day)


def read_date(text: str, today: date | None = None, rule: DateRule = DateRule.ANY) -> date | None:
    """The date ``text`` stands for; None when it is blank.

    ``today`` (from the caller's clock) settles two-digit years by ``rule`` (see the module
    docstring); without it they are read as 2000-2049 or 1950-1999. Raises ValidationError
    (field ``date``) with one plain sentence when ``text`` is not a date that exists. The
    rule's range (a date of birth after today…) is checked by :func:`date_problem`.
    """
    words = _tokens(text)
    if not words:
        return None
    if len(words) == 1 and words[0].isdigit() and len(words[0]) in (6, 8):
        compact = words[0]  # 12031971 or 120371 (day, month, year), or 19710312 (ISO)
        if len(compact) == 8 and int(compact[:4]) > 1231 and int(compact[4:6]) <= 12:
            words = [compact[:4], compact[4:6], compact[6:]]
        else:
            words = [compact[:2], compact[2:4], compact[4:]]
    months = [i for i, w in enumerate(words) if w in _MONTH_WORDS]
    numbers = [w for w in words if w.isdigit()]
    if len(words) == 2 and (len(numbers) == 2 or (months and numbers)):
        raise ValidationError(wt("Add the year, as in {example}.", example=EXAMPLE), "date")
    if len(words) != 3 or len(months) + len(numbers) != 3 or len(months) > 1:
        raise ValidationError(wt(TYPE_A_DATE), "date")
    if months:
        month = _MONTH_WORDS[words[months[0]]]
        rest = [w for i, w in enumerate(words) if i != months[0]]
        if len(rest[0]) == 4:  # 1971 Mar 12
            year_text, day_text = rest
        else:  # 12 Mar 1971, Mar 12 1971
            day_text, year_text = rest
        if len(day_text) > 2:
            raise ValidationError(wt(TYPE_A_DATE), "date")
        return _dated(int(day_text), month, year_text, today, rule)
    first, second, third = words
    if len(first) == 4:  # 1971-03-12
        if len(second) > 2 or len(third) > 2:
            raise ValidationError(wt(TYPE_A_DATE), "date")
        return _build(int(third), int(second), int(first))
    if len(first) > 2 or len(second) > 2:
        raise ValidationError(wt(TYPE_A_DATE), "date")
    return _dated(int(first), int(second), third, today, rule)


def parse_date(text: str) -> date | None:
    """A typed date (``31/12/2026``, ``2026-12-31``, ``31 Dec 2026``); None when blank.

    The same as :func:`read_date` without a "today" (two-digit years are 1950-2049).
    """
    return read_date(text)


def date_problem(value: date | None, today: date, rule: DateRule) -> str:
    """Why ``value`` cannot stand in a field of ``rule`` ("" when it is fine or blank)."""
    if value is None:
        return ""
    if rule == DateRule.BIRTH:
        if value > today:
            return wt(BIRTH_IN_FUTURE, when=worker_text.full_day(value))
        if value.year < today.year - 120:
            return wt(BIRTH_TOO_EARLY, year=value.year)
    if rule == DateRule.PAST and value > today:
        return wt(AFTER_TODAY, when=worker_text.full_day(value))
    if rule == DateRule.FUTURE:
        return past_date_problem(value, today)
    return ""


def past_date_problem(value: date | None, today: date) -> str:
    """Guidance for a date that must be today or later ("" when it is fine or blank)."""
    return wt(DATE_HAS_PASSED) if value is not None and value < today else ""


def meeting_date_problem(value: date | None, today: date) -> str:
    """Guidance for the next meeting's date: it is needed, and not in the past."""
    if value is None:
        return wt(NEXT_MEETING_MISSING)
    return past_date_problem(value, today)
