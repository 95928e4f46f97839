"""Open Referral schedule objects (HSDS 3.0 ``schedules``, ORUK/HSDS 1.x-2.x
``regular_schedules`` with ``weekday``) as ServiceSchedule values.

Each odd part is dropped and said (a weekday that is not a day, an interval of 0, a date that
is not a date); the rest of the schedule is kept. The RRULE parts are checked by building the
rule with python-dateutil, so a combination it cannot run is reported, not guessed at.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from linkdesk.directory.dates import parse_date
from linkdesk.directory.normalise import clean, read_days
from linkdesk.domain.service_schedule import (
    DAY_CODES,
    FREQS,
    MAX_COUNT,
    ServiceSchedule,
    build_rule,
    last_day,
    split_byday,
)

Obj = dict[str, Any]
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?(?:[:.]\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?", re.I)


def clock(value: Any) -> tuple[str, str]:
    """('14:00', '') from '14:00:00', '2pm', '14.00', '09:00Z', '10:00+01:00'; ('', why)."""
    text = clean(value, 40)
    if not text:
        return "", ""
    match = _TIME.match(text)
    if not match or (match[2] is None and not match[3]):
        return "", f"the time {text!r} is not understood"
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3]:
        if not 1 <= hour <= 12:
            return "", f"the time {text!r} is not understood"
        hour = hour % 12 + (12 if match[3].lower().startswith("p") else 0)
    if hour == 24 and minute == 0:
        hour, minute = 23, 59
    if hour > 23 or minute > 59:
        return "", f"the time {text!r} is not a time of day"
    return f"{hour:02d}:{minute:02d}", ""


def _ints(value: Any, low: int, high: int) -> tuple[list[int], list[str]]:
    items = value if isinstance(value, list) else re.split(r"[,;\s]+", str(value or ""))
    found: list[int] = []
    bad: list[str] = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        try:
            number = int(float(text))
        except (ValueError, OverflowError):
            bad.append(text)
            continue
        if low <= number <= high and number != 0:
            found.append(number)
        else:
            bad.append(text)
    return sorted(set(found)), bad


def _byday(raw: Obj, notes: list[str]) -> list[str]:
    """RRULE day items from ``byday`` and the older ``weekday``/``day`` fields."""
    items: list[str] = []
    for key in ("byday", "weekday", "day", "days"):
        value = raw.get(key)
        if value in (None, ""):
            continue
        parts = value if isinstance(value, list) else [value]
        for part in parts:
            pieces = [part] if not isinstance(part, str) else re.split(r"[,;]+", part)
            for piece in pieces:
                text = str(piece).strip() if not isinstance(piece, int | float) else piece
                if text in ("", None):
                    continue
                if isinstance(text, str) and (parsed := split_byday(text)):
                    n, d = parsed
                    if n and not -5 <= n <= 5:
                        notes.append(f"the day {text!r} is not a week of the month")
                        continue
                    items.append(f"{n}{DAY_CODES[d]}" if n else DAY_CODES[d])
                    continue
                days, unknown = read_days(text)
                items.extend(DAY_CODES[d] for d in days)
                if unknown or not days:
                    notes.append(f"the day {str(text)[:30]!r} is not understood")
    return list(dict.fromkeys(items))


def parse_schedule(raw: Obj) -> tuple[ServiceSchedule | None, list[str]]:
    """One schedule object, and what was dropped from it. None when it says nothing usable."""
    notes: list[str] = []
    freq = clean(raw.get("freq") or raw.get("frequency"), 20).upper()
    if freq and freq not in FREQS:
        notes.append(f"the frequency {freq!r} is not understood")
        freq = ""
    interval = 1
    if raw.get("interval") not in (None, ""):
        values, bad = _ints(raw.get("interval"), 1, 52)
        if values and len(values) == 1 and not bad:
            interval = values[0]
        else:
            notes.append(f"the interval {clean(raw.get('interval'), 20)!r} is not understood")
    had_days = any(raw.get(k) not in (None, "", []) for k in ("byday", "weekday", "day", "days"))
    byday = _byday(raw, notes)
    if had_days and not byday and not freq and raw.get("bymonthday") in (None, ""):
        if notes:
            notes[-1] += ", so that schedule was left out"
        return None, notes
    if any((split_byday(b) or (0, 0))[0] for b in byday) and freq in ("", "WEEKLY", "DAILY"):
        if freq:
            notes.append(
                f"'{','.join(byday)}' counts weeks of the month, so it was read as monthly"
            )
        freq = "MONTHLY"  # '1MO' only means something month by month
    monthdays: list[int] = []
    if raw.get("bymonthday") not in (None, ""):
        monthdays, bad = _ints(raw.get("bymonthday"), -31, 31)
        if bad:
            notes.append(f"the day of the month {', '.join(bad)[:30]!r} is not understood")
        if monthdays and freq in ("WEEKLY", "DAILY") or monthdays and byday:
            notes.append("a day of the month does not fit a weekly pattern; left out")
            monthdays = []
    opens, problem = clock(raw.get("opens_at"))
    notes += [problem] if problem else []
    closes, problem = clock(raw.get("closes_at"))
    notes += [problem] if problem else []
    dates: dict[str, date | None] = {}
    for key in ("valid_from", "valid_to", "dtstart", "until"):
        dates[key], problem = parse_date(raw.get(key))
        if problem:
            notes.append(f"{key} {problem}")
    count = None
    if raw.get("count") not in (None, ""):
        values, bad = _ints(raw.get("count"), 1, 10**6)
        count = values[0] if values and not bad else None
        if count is None:
            notes.append(f"the count {clean(raw.get('count'), 20)!r} is not understood")
    note = "; ".join(
        dict.fromkeys(
            t for t in (clean(raw.get("description"), 300), clean(raw.get("notes"), 300)) if t
        )
    )
    days = sorted({(split_byday(b) or (0, 0))[1] for b in byday})
    schedule = ServiceSchedule(
        freq=freq,
        interval=interval,
        byday=byday,
        days=days,
        monthdays=monthdays,
        opens=opens,
        closes=closes,
        valid_from=dates["valid_from"],
        valid_to=dates["valid_to"],
        dtstart=dates["dtstart"],
        until=dates["until"],
        count=count if count and count <= MAX_COUNT else None,
        note=note,
        attending=clean(raw.get("attending_type"), 200),
    )
    if not schedule.days and freq in ("", "WEEKLY") and schedule.dtstart and (freq or byday):
        schedule.days = [schedule.dtstart.weekday()]  # RFC 5545: the start date's weekday
    try:  # dateutil checks the parts fit together (it raises on what it cannot run)
        build_rule(schedule, schedule.dtstart or date.today())
    except (ValueError, OverflowError, TypeError):
        notes.append("its repeat rule could not be read, so only its days and times are kept")
        schedule.freq, schedule.interval, schedule.monthdays, schedule.count = "", 1, [], None
    schedule.ends = last_day(schedule)
    if not (schedule.days or schedule.monthdays or schedule.freq or opens or note):
        return None, notes
    return schedule, notes
