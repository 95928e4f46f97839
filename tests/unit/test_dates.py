"""Dates as people write them: a table of what is typed and what is understood or said."""

from __future__ import annotations

from datetime import date

import pytest

from linkdesk.domain.dates import (
    DateRule,
    date_in_words,
    date_problem,
    read_date,
    short_date,
)
from linkdesk.domain.errors import ValidationError

TODAY = date(2026, 6, 4)


@pytest.mark.parametrize(
    ("typed", "rule", "understood"),
    [
        ("12/03/1971", DateRule.BIRTH, date(1971, 3, 12)),
        ("12-3-71", DateRule.BIRTH, date(1971, 3, 12)),
        ("12.03.1971", DateRule.ANY, date(1971, 3, 12)),
        ("12 3 1971", DateRule.ANY, date(1971, 3, 12)),
        ("12 Mar 1971", DateRule.BIRTH, date(1971, 3, 12)),
        ("12 march 1971", DateRule.BIRTH, date(1971, 3, 12)),
        ("12th March 1971", DateRule.BIRTH, date(1971, 3, 12)),
        ("March 12, 1971", DateRule.BIRTH, date(1971, 3, 12)),
        ("1971 Mar 12", DateRule.BIRTH, date(1971, 3, 12)),
        ("1971-03-12", DateRule.BIRTH, date(1971, 3, 12)),
        ("1971/3/12", DateRule.BIRTH, date(1971, 3, 12)),
        ("12031971", DateRule.BIRTH, date(1971, 3, 12)),
        ("120371", DateRule.BIRTH, date(1971, 3, 12)),
        ("19710312", DateRule.BIRTH, date(1971, 3, 12)),
        ("  12 / 03 / 1971  ", DateRule.BIRTH, date(1971, 3, 12)),
        ("3 Sept 2026", DateRule.FUTURE, date(2026, 9, 3)),
        ("29/02/2024", DateRule.PAST, date(2024, 2, 29)),
        # Two-digit years: a date of birth is never in the future ...
        ("1/1/05", DateRule.BIRTH, date(2005, 1, 1)),
        ("1/1/26", DateRule.BIRTH, date(2026, 1, 1)),
        ("1/12/26", DateRule.BIRTH, date(1926, 12, 1)),  # 1 Dec 2026 is after today
        ("1/1/30", DateRule.BIRTH, date(1930, 1, 1)),
        ("1/1/30", DateRule.PAST, date(1930, 1, 1)),
        # ... and a planned date is within 50 years of today.
        ("1/2/27", DateRule.FUTURE, date(2027, 2, 1)),
        ("1/2/75", DateRule.FUTURE, date(2075, 2, 1)),
        ("1/2/77", DateRule.ANY, date(1977, 2, 1)),
        ("", DateRule.BIRTH, None),
        ("   ", DateRule.FUTURE, None),
    ],
)
def test_dates_typed_as_people_write_them(typed: str, rule: DateRule, understood: date) -> None:
    assert read_date(typed, TODAY, rule) == understood


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/1980", "There is no 31 February 1980: February has 29 days that year."),
        ("29/02/2025", "There is no 29 February 2025: February has 28 days that year."),
        ("31/04/2026", "There is no 31 April 2026: April has 30 days."),
        ("12/31/2026", "There is no month 31: type the day first, then the month"),
        ("0/3/2026", "There is no day 0"),
        ("12/03", "Add the year, as in 12/03/1971."),
        ("12 March", "Add the year"),
        ("12/03/971", "Type the year with four digits (or two)"),
        ("tomorrow", "Type the date as day/month/year"),
        ("12 Smarch 1971", "Type the date as day/month/year"),
        ("1/2/3/4", "Type the date as day/month/year"),
        ("12 Mar Apr 1971", "Type the date as day/month/year"),
    ],
)
def test_what_is_not_a_date_is_said_in_one_sentence(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_date(typed, TODAY, DateRule.BIRTH)
    assert str(caught.value).startswith(message)
    assert caught.value.field == "date"
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("value", "rule", "problem"),
    [
        (date(2071, 3, 12), DateRule.BIRTH, "A date of birth cannot be in the future"),
        (date(1890, 1, 1), DateRule.BIRTH, "Please check the year of birth: 1890"),
        (date(1971, 3, 12), DateRule.BIRTH, ""),
        (TODAY, DateRule.BIRTH, ""),
        (date(2026, 6, 5), DateRule.PAST, "That date is after today"),
        (date(2026, 6, 3), DateRule.FUTURE, "That date has passed"),
        (TODAY, DateRule.FUTURE, ""),
        (date(1900, 1, 1), DateRule.ANY, ""),
        (None, DateRule.BIRTH, ""),
    ],
)
def test_each_kind_of_date_refuses_its_impossible_dates(
    value: date | None, rule: DateRule, problem: str
) -> None:
    found = date_problem(value, TODAY, rule)
    assert found.startswith(problem)
    assert bool(found) == bool(problem)


def test_dates_in_words_never_come_from_the_machines_locale() -> None:
    assert date_in_words(date(1971, 3, 12)) == "Friday 12 March 1971"
    assert date_in_words(date(2026, 6, 4)) == "Thursday 4 June 2026"
    assert short_date(date(1971, 3, 2)) == "02/03/1971"
    assert read_date(short_date(date(1971, 3, 2)), TODAY, DateRule.BIRTH) == date(1971, 3, 2)
