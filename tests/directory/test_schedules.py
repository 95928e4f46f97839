"""Schedules: RRULE parts read, said in plain English, current or not, and the day filter."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from linkdesk.directory.dates import parse_date
from linkdesk.directory.normalise import read_days
from linkdesk.directory.schedule_text import read_rules, rules_text
from linkdesk.directory.schedules import clock, parse_schedule
from linkdesk.domain.models import Service
from linkdesk.domain.service_schedule import describe, next_date, runs_on, words
from linkdesk.services.app_services import AppServices

TODAY = date(2026, 3, 2)  # a Monday

WORDS: list[tuple[dict[str, Any], str]] = [
    ({"freq": "MONTHLY", "byday": "1MO", "opens_at": "14:00", "closes_at": "16:00"},
     "First Monday of the month, 2pm to 4pm"),
    ({"freq": "WEEKLY", "interval": 2, "byday": "WE", "opens_at": "10:00", "closes_at": "11:30"},
     "Every other Wednesday, 10am to 11:30am"),
    ({"freq": "MONTHLY", "byday": "-1FR"}, "Last Friday of the month"),
    ({"freq": "MONTHLY", "byday": "-2TH"}, "Second to last Thursday of the month"),
    ({"freq": "MONTHLY", "byday": "1TU,3TU"}, "First and third Tuesday of the month"),
    ({"freq": "MONTHLY", "byday": "1MO,3WE"}, "First Monday and third Wednesday of the month"),
    ({"freq": "MONTHLY", "interval": 2, "byday": "2SA"}, "Second Saturday of every other month"),
    ({"freq": "MONTHLY", "bymonthday": "15"}, "The 15th of the month"),
    ({"freq": "MONTHLY", "bymonthday": "-1"}, "The last day of the month"),
    ({"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00:00", "closes_at": "17:00:00"},
     "Monday to Friday, 9am to 5pm"),
    ({"freq": "WEEKLY", "interval": 3, "byday": "TH"}, "Every third Thursday"),
    ({"freq": "WEEKLY", "interval": 6, "byday": "TH"}, "Every 6 weeks on Thursday"),
    ({"freq": "DAILY"}, "Every day"),
    ({"weekday": 1, "opens_at": "9am", "closes_at": "12.30pm"}, "Monday, 9am to 12:30pm"),
    ({"weekday": "7"}, "Sunday"),
    ({"byday": "1SU", "opens_at": "10:00"}, "First Sunday of the month, from 10am"),
    ({"freq": "YEARLY", "dtstart": "2026-07-04"}, "Every year on 4 July"),
    ({"byday": "TU", "description": "Term time only"}, "Tuesday (Term time only)"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), WORDS)
def test_schedule_words(raw: dict[str, Any], expected: str) -> None:
    schedule, notes = parse_schedule(raw)
    assert schedule is not None
    assert words(schedule) == expected
    assert notes == []


NEXT: list[tuple[dict[str, Any], date | None]] = [
    ({"freq": "MONTHLY", "byday": "1MO"}, date(2026, 3, 2)),
    ({"freq": "MONTHLY", "byday": "-1FR"}, date(2026, 3, 27)),
    ({"freq": "WEEKLY", "interval": 2, "byday": "WE", "dtstart": "2026-01-07"}, date(2026, 3, 4)),
    ({"freq": "WEEKLY", "interval": 2, "byday": "WE", "dtstart": "2026-01-14"}, date(2026, 3, 11)),
    ({"freq": "WEEKLY", "interval": 2, "byday": "WE"}, None),  # which weeks: not known
    ({"freq": "WEEKLY", "byday": "FR", "valid_to": "2019-12-31"}, None),  # ended
    ({"freq": "WEEKLY", "byday": "TH", "valid_from": "2026-04-01"}, date(2026, 4, 2)),
    ({"freq": "MONTHLY", "bymonthday": "15"}, date(2026, 3, 15)),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), NEXT)
def test_next_session(raw: dict[str, Any], expected: date | None) -> None:
    schedule, _ = parse_schedule(raw)
    assert schedule is not None
    assert next_date(schedule, TODAY) == expected


def test_counted_series_ends_on_its_last_session() -> None:
    schedule, _ = parse_schedule(
        {"freq": "WEEKLY", "byday": "MO,TH", "dtstart": "2026-01-05", "count": 6}
    )
    assert schedule is not None
    assert schedule.ends == date(2026, 1, 22)  # 5, 8, 12, 15, 19, 22 January
    assert describe([schedule], TODAY) == [
        "No current times: the times listed ended on 22 January 2026. Please check it still runs."
    ]


def test_current_coming_and_ended_lines() -> None:
    current, _ = parse_schedule({"byday": "TU", "valid_to": "2026-07-31", "opens_at": "10:00"})
    later, _ = parse_schedule({"byday": "TH", "valid_from": "2026-04-01"})
    ended, _ = parse_schedule({"byday": "FR", "valid_to": "2020-01-31"})
    assert current
    assert later
    assert ended
    assert describe([ended, later, current], TODAY) == [
        "Tuesday, from 10am, until 31 July 2026",
        "From 1 April 2026: Thursday",
    ]


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"freq": "FORTNIGHTLY", "byday": "MO"}, "frequency 'FORTNIGHTLY' is not understood"),
        ({"byday": "MO", "interval": 0}, "interval '0' is not understood"),
        ({"byday": "MO", "opens_at": "half nine"}, "time 'half nine' is not understood"),
        ({"byday": "MO", "valid_to": "soon"}, "valid_to 'soon' is not a date"),
        ({"byday": "9MO", "freq": "MONTHLY"}, "is not a week of the month"),
        ({"freq": "WEEKLY", "byday": "TH", "bymonthday": "2"}, "does not fit a weekly pattern"),
        ({"freq": "WEEKLY", "byday": "1MO"}, "read as monthly"),
    ],
)
def test_odd_parts_are_dropped_and_said(raw: dict[str, Any], problem: str) -> None:
    _, notes = parse_schedule(raw)
    assert any(problem in note for note in notes), notes


def test_a_schedule_with_only_unreadable_days_is_left_out() -> None:
    schedule, notes = parse_schedule({"weekday": "9", "opens_at": "10:00"})
    assert schedule is None
    assert notes == ["the day '9' is not understood, so that schedule was left out"]


@pytest.mark.parametrize(
    ("value", "days", "unknown"),
    [
        ("1", [0], []),
        (7, [6], []),
        ("MO,WE", [0, 2], []),
        ("1MO", [0], []),
        ("Mon-Fri", [0, 1, 2, 3, 4], []),
        ("Monday to Friday", [0, 1, 2, 3, 4], []),
        ("Fri-Mon", [0, 4, 5, 6], []),
        ("Tues & Thurs", [1, 3], []),
        ("weekends", [5, 6], []),
        ("Mondays and Thursdays", [0, 3], []),
        ("dydd Sadwrn", [5], []),
        ("fortnightly", [], ["fortnightly"]),
        ("8", [], ["8"]),
    ],
)
def test_days_in_any_spelling(value: object, days: list[int], unknown: list[str]) -> None:
    assert read_days(value) == (days, unknown)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14/08/2025", date(2025, 8, 14)),
        ("3/9/25", date(2025, 9, 3)),
        ("03/02/2026", date(2026, 2, 3)),
        ("45883", date(2025, 8, 14)),
        ("45883.75", date(2025, 8, 14)),
        ("2025-08-14 00:00:00", date(2025, 8, 14)),
        ("2025-08-14T23:30:00+01:00", date(2025, 8, 14)),
        ("14.08.2025", date(2025, 8, 14)),
        ("14 Aug 2025", date(2025, 8, 14)),
        ("August 14, 2025", date(2025, 8, 14)),
        ("12/25/2025", date(2025, 12, 25)),  # cannot be day first
        ("1/1/29", date(2029, 1, 1)),
        ("1/1/30", date(1930, 1, 1)),  # Excel's two-digit year rule
    ],
)
def test_dates_as_spreadsheets_write_them(text: str, expected: date) -> None:
    assert parse_date(text) == (expected, "")


@pytest.mark.parametrize("text", ["31/02/2025", "next week", "2025", "Monday 2025", "99999"])
def test_dates_not_understood_say_so(text: str) -> None:
    found, problem = parse_date(text)
    assert found is None
    assert repr(text) in problem


@pytest.mark.parametrize(
    ("value", "expected"),
    [("14:00:00", "14:00"), ("2pm", "14:00"), ("9.30am", "09:30"), ("09:00Z", "09:00"),
     ("10:00+01:00", "10:00"), ("24:00", "23:59"), ("12am", "00:00"), ("12pm", "12:00")],
)  # fmt: skip
def test_clock_times(value: str, expected: str) -> None:
    assert clock(value) == (expected, "")


def test_schedule_rules_cell_round_trips() -> None:
    raws = [
        {"freq": "MONTHLY", "byday": "1MO", "opens_at": "14:00", "closes_at": "16:00"},
        {"freq": "WEEKLY", "interval": 2, "byday": "WE", "dtstart": "2026-01-07",
         "description": "Bring a mug; and a friend\\", "attending_type": "online"},
        {"byday": "FR", "valid_to": "2019-12-31", "count": 3, "dtstart": "2019-01-04"},
    ]  # fmt: skip
    schedules = [s for s in (parse_schedule(r)[0] for r in raws) if s]
    back, notes = read_rules(rules_text(schedules))
    assert notes == []
    assert back == schedules


def test_day_filter_follows_current_schedules(services: AppServices) -> None:
    weekly, _ = parse_schedule({"byday": "WE"})
    ended, _ = parse_schedule({"byday": "FR", "valid_to": "2019-12-31"})
    assert weekly
    assert ended
    both = Service(name="Both", days=[2, 4], schedules=[weekly, ended])
    worker_added = Service(name="Added by hand", days=[1, 2], schedules=[weekly])
    plain = Service(name="No schedules", days=[4])
    for service in (both, worker_added, plain):
        services.directory.save(service, new=True)

    def names(day: int) -> set[str]:
        return {s.name for s in services.directory.search(day=day)}

    assert names(2) == {"Both", "Added by hand"}
    assert names(4) == {"No schedules"}  # Both's Friday ended in 2019
    assert names(1) == {"Added by hand"}  # a day the worker ticked, no schedule says otherwise
    assert runs_on(both.schedules, 4, TODAY) is False
