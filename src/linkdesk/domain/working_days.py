"""Working days for suggested meeting dates: no weekends, no UK bank holidays.

Bank holidays come from the ``holidays`` package (computed offline for any year; it follows the
dates published on GOV.UK, https://www.gov.uk/bank-holidays, including substitute days and
one-off holidays such as coronations). Which UK nation's list applies is a workspace setting.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.worker_text import wpt, wt

# Setting value -> (label, subdivision code in ``holidays`` for the United Kingdom).
REGIONS: dict[str, tuple[str, str | None]] = {
    "england_wales": ("England and Wales", "ENG"),
    "scotland": ("Scotland", "SCT"),
    "northern_ireland": ("Northern Ireland", "NIR"),
    "none": ("No bank holidays (weekends only)", None),
}
DEFAULT_REGION = "england_wales"
SEARCH_DAYS = 31  # a working day is always found within this many days (a fortnight's leave)


def check_region(region: str) -> str:
    if region not in REGIONS:
        raise ValidationError(
            wt(
                "Choose which UK bank holidays apply: {regions}.",
                regions=", ".join(wpt("BankHolidayRegion", label) for label, _ in REGIONS.values()),
            ),
            field="bank_holiday_region",
        )
    return region


@cache
def _holidays(region: str, year: int) -> frozenset[date]:
    subdiv = REGIONS[region][1]
    if subdiv is None:
        return frozenset()
    # Imported when first needed: it and Babel cost ~150 ms, before the unlock screen otherwise.
    import holidays

    return frozenset(holidays.country_holidays("GB", subdiv=subdiv, years=year))


def bank_holiday(day: date, region: str = DEFAULT_REGION) -> bool:
    return day in _holidays(check_region(region), day.year)


def is_working_day(day: date, region: str = DEFAULT_REGION) -> bool:
    """Monday to Friday and not a bank holiday in ``region``."""
    return day.weekday() < 5 and not bank_holiday(day, region)


def next_working_day(day: date, region: str = DEFAULT_REGION) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    for offset in range(SEARCH_DAYS):
        candidate = day + timedelta(days=offset)
        if is_working_day(candidate, region):
            return candidate
    return day  # unreachable with real calendars; never loop for ever


def suggest_date(after: date, days: int, region: str = DEFAULT_REGION) -> date:
    """``days`` after ``after``, moved on to a working day."""
    return next_working_day(after + timedelta(days=max(1, days)), region)
