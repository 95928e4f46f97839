"""When a directory service runs: one recurring session pattern, said in plain English.

The fields follow the Open Referral (HSDS 3.0) ``schedule`` object, which borrows iCalendar's
RRULE parts (RFC 5545 §3.3.10): ``freq``, ``interval``, ``byday`` (``MO``; ``1MO`` the first
Monday, ``-1FR`` the last Friday), ``bymonthday``, ``dtstart``, ``until`` and ``count``, plus
HSDS's own ``valid_from`` / ``valid_to``, ``opens_at`` / ``closes_at`` and free text.

The recurrence itself (the next session, the last one of a counted series) is worked out by
python-dateutil's ``rrule``, a complete RFC 5545 implementation, rather than by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, weekday

# The English names a schedule is described in (other modules import them from here too).
from linkdesk.domain.english_dates import DAY_NAMES as DAY_NAMES
from linkdesk.domain.english_dates import MONTH_NAMES as MONTH_NAMES

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_RRULE_FREQ: dict[str, int] = {
    "DAILY": DAILY,
    "WEEKLY": WEEKLY,
    "MONTHLY": MONTHLY,
    "YEARLY": YEARLY,
}
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
_EVERY = {2: "other", 3: "third", 4: "fourth"}
MAX_COUNT = 1000  # a counted series longer than this is treated as open-ended


@dataclass(slots=True)
class ServiceSchedule:
    """One pattern of sessions. ``days`` are 0 = Monday .. 6 = Sunday (what the day filter
    uses); ``byday`` keeps the RRULE items as written (``["1MO"]``); ``ends`` is the last day
    it runs, worked out on import from ``valid_to``, ``until`` and ``count``."""

    freq: str = ""  # DAILY, WEEKLY, MONTHLY, YEARLY or "" (not said: weekly)
    interval: int = 1
    byday: list[str] = field(default_factory=list)
    days: list[int] = field(default_factory=list)
    monthdays: list[int] = field(default_factory=list)
    opens: str = ""  # "14:00"
    closes: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    dtstart: date | None = None
    until: date | None = None
    count: int | None = None
    ends: date | None = None
    note: str = ""  # the publisher's description and notes
    attending: str = ""  # the publisher's words on how to attend

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            out[name] = value.isoformat() if isinstance(value, date) else value
        return out

    @classmethod
    def from_dict(cls, data: Any) -> ServiceSchedule:
        """Tolerant of missing and unknown keys (a row written by another version)."""
        if not isinstance(data, dict):
            return cls()
        kwargs: dict[str, Any] = {}
        for name in cls.__slots__:
            if name not in data:
                continue
            value = data[name]
            if name in ("valid_from", "valid_to", "dtstart", "until", "ends"):
                value = _iso(value)
            kwargs[name] = value
        return cls(**kwargs)


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# -- words ---------------------------------------------------------------------------------


def clock_words(value: str) -> str:
    """'09:30' -> '9:30am', '14:00' -> '2pm', '12:00' -> '12pm'; '' when not a time."""
    match = re.match(r"^\s*(\d{1,2})[:.](\d{2})", value or "")
    if not match:
        return ""
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return ""
    suffix = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    return f"{shown}{'' if minute == 0 else f':{minute:02d}'}{suffix}"


def day_list_words(days: Sequence[int]) -> str:
    """[0, 2] -> 'Monday and Wednesday'; Monday to Friday; every day."""
    days = sorted(set(days))
    if days == [0, 1, 2, 3, 4]:
        return "Monday to Friday"
    if days == list(range(7)):
        return "every day"
    return _and([DAY_NAMES[d] for d in days])


def _and(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _ordinal(n: int) -> str:
    if n > 0:
        return _ORDINALS.get(n, f"{n}th")
    if n == -1:
        return "last"
    return f"{_ORDINALS.get(-n, f'{-n}th')} to last"


def _nth(n: int) -> str:
    """1 -> '1st', 22 -> '22nd', -1 -> 'last day'."""
    if n < 0:
        return "last day" if n == -1 else f"{_ordinal(-n)} to last day"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def split_byday(item: str) -> tuple[int, int] | None:
    """'1MO' -> (1, 0); 'FR' -> (0, 4); '-1FR' -> (-1, 4); None when not an RRULE day."""
    match = re.fullmatch(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)", item.strip().upper())
    if not match:
        return None
    return int(match[1] or 0), DAY_CODES.index(match[2])


def _monthly_days(byday: Sequence[str]) -> str:
    items = [p for p in (split_byday(b) for b in byday) if p]
    weekdays = {d for _, d in items}
    if all(n == 0 for n, _ in items):
        return day_list_words(sorted(weekdays))
    if len(weekdays) == 1:  # first and third Monday
        (day,) = weekdays
        ordinals = sorted({n for n, _ in items}, key=lambda n: (n < 0, abs(n)))
        return f"{_and([_ordinal(n) for n in ordinals if n])} {DAY_NAMES[day]}"
    return _and([f"{_ordinal(n)} {DAY_NAMES[d]}" if n else DAY_NAMES[d] for n, d in items])


def pattern_words(s: ServiceSchedule) -> str:
    """How often, without times: 'first Monday of the month', 'every other Wednesday'."""
    every = s.interval if s.interval > 1 else 1
    days = s.days or ([s.dtstart.weekday()] if s.dtstart and s.freq in ("", "WEEKLY") else [])
    if s.freq in ("", "WEEKLY"):
        if every == 1:
            return day_list_words(days) if days else ("every week" if s.freq else "")
        if every in _EVERY and days:
            return f"every {_EVERY[every]} {day_list_words(days)}"
        return f"every {every} weeks" + (f" on {day_list_words(days)}" if days else "")
    if s.freq == "MONTHLY":
        of = "of the month" if every == 1 else "of every other month"
        if every > 2:
            of = f"of every {every} months"
        if s.byday:
            words = _monthly_days(s.byday)
            has_ordinal = any((split_byday(b) or (0, 0))[0] for b in s.byday)
            if has_ordinal:
                return f"{words} {of}"
            return words if every == 1 else f"{words}, {of.removeprefix('of ')}"
        if s.monthdays:
            return f"the {_and([_nth(n) for n in s.monthdays])} {of}"
        if s.dtstart:
            return f"the {_nth(s.dtstart.day)} {of}"
        return "once a month" if every == 1 else f"once every {every} months"
    if s.freq == "DAILY":
        if days:
            return day_list_words(days)
        return (
            "every day"
            if every == 1
            else f"every {_EVERY.get(every, str(every))} day" + ("s" if every > 4 else "")
        )
    if s.freq == "YEARLY":
        if s.dtstart:
            return f"every year on {s.dtstart.day} {MONTH_NAMES[s.dtstart.month - 1]}"
        return "once a year"
    return day_list_words(days)


def words(s: ServiceSchedule) -> str:
    """The whole pattern: 'First Monday of the month, 2pm to 4pm (Bring a packed lunch)'."""
    opens, closes = clock_words(s.opens), clock_words(s.closes)
    times = f"{opens} to {closes}" if opens and closes else (f"from {opens}" if opens else "")
    sentence = ", ".join(p for p in (pattern_words(s), times) if p)
    if s.note and s.note.lower() not in sentence.lower():
        sentence = f"{sentence} ({s.note})" if sentence else s.note
    return sentence[:1].upper() + sentence[1:]


def long_date(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


# -- when it runs --------------------------------------------------------------------------


def build_rule(s: ServiceSchedule, anchor: date) -> rrule:
    """The dateutil rule; ``anchor`` stands in for a missing ``dtstart``."""
    start = s.dtstart or anchor
    byweekday: list[weekday] = []
    for item in s.byday:
        parts = split_byday(item)
        if parts:
            n, d = parts
            monthly = s.freq in ("MONTHLY", "YEARLY")
            byweekday.append(weekday(d, n or None) if monthly and n else weekday(d))
    if not byweekday and s.days:
        byweekday = [weekday(d) for d in s.days]
    return rrule(
        # The stubs type the frequency as a Literal of rrule's constants; ours are those ints.
        _RRULE_FREQ.get(s.freq, WEEKLY),  # type: ignore[arg-type]
        dtstart=datetime(start.year, start.month, start.day),
        interval=max(1, s.interval),
        byweekday=byweekday or None,
        bymonthday=s.monthdays or None,
        until=datetime(s.until.year, s.until.month, s.until.day) if s.until else None,
        count=s.count if s.count and s.count <= MAX_COUNT and not s.until else None,
        cache=False,
    )


def last_day(s: ServiceSchedule) -> date | None:
    """The last day this pattern runs: the earliest of valid_to, until and a counted end."""
    ends = [d for d in (s.valid_to, s.until) if d]
    if s.count and s.dtstart and s.count <= MAX_COUNT and not s.until:
        try:
            occurrences = list(build_rule(s, s.dtstart))
        except (ValueError, OverflowError):
            occurrences = []
        if occurrences:
            ends.append(occurrences[-1].date())
    return min(ends) if ends else None


def has_ended(s: ServiceSchedule, today: date) -> bool:
    return s.ends is not None and s.ends < today


def not_started(s: ServiceSchedule, today: date) -> bool:
    start = max((d for d in (s.valid_from, s.dtstart) if d), default=None)
    return start is not None and start > today


def phase_known(s: ServiceSchedule) -> bool:
    """Whether the dates are known: every other week needs a first date to count from."""
    return s.dtstart is not None or s.interval <= 1


def next_date(s: ServiceSchedule, today: date) -> date | None:
    """The next day it runs on or after ``today`` (None when it cannot be known)."""
    if has_ended(s, today) or not phase_known(s):
        return None
    if not (s.days or s.byday or s.monthdays or s.dtstart):
        return None
    start = max(d for d in (today, s.valid_from or today) if d)
    try:  # a week before the month starts; year 1 has no such week (OverflowError)
        anchor = date(start.year, start.month, 1) - timedelta(days=7)
        found = build_rule(s, anchor).after(datetime(start.year, start.month, start.day), inc=True)
    except (ValueError, OverflowError):
        return None
    if found is None or (s.ends and found.date() > s.ends):
        return None
    day: date = found.date()  # typed here: without dateutil's stubs rrule.after is Any
    return day


def runs_on(schedules: Iterable[ServiceSchedule], day: int, today: date) -> bool:
    """Whether any schedule that has not ended runs on weekday ``day`` (0 = Monday)."""
    return any(day in s.days and not has_ended(s, today) for s in schedules)


def describe(schedules: Sequence[ServiceSchedule], today: date) -> list[str]:
    """Lines for the service card: current patterns, then ones that start later.

    Ended patterns are not shown as current; when every pattern has ended, one line says so.
    """
    lines: list[str] = []
    later: list[str] = []
    ended: list[date] = []
    for s in schedules:
        if has_ended(s, today):
            if s.ends:
                ended.append(s.ends)
            continue
        text = words(s)
        if not text:
            continue
        if not_started(s, today):
            start = max(d for d in (s.valid_from, s.dtstart) if d)
            if text.split(" ", 1)[0].rstrip(",") not in DAY_NAMES:  # 'every ...', not 'Monday'
                text = text[:1].lower() + text[1:]
            later.append(f"From {long_date(start)}: {text}")
            continue
        if s.ends:
            text += f", until {long_date(s.ends)}"
        upcoming = next_date(s, today)
        if upcoming and (s.interval > 1 or s.freq in ("MONTHLY", "YEARLY")):
            name, month = DAY_NAMES[upcoming.weekday()], MONTH_NAMES[upcoming.month - 1]
            text += f"; next {name} {upcoming.day} {month}"
        lines.append(text)
    lines.extend(later)
    if not lines and ended:
        lines.append(
            f"No current times: the times listed ended on {long_date(max(ended))}. "
            "Please check it still runs."
        )
    return list(dict.fromkeys(lines))
