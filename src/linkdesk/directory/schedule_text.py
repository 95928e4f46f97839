"""Schedules in one spreadsheet cell: one pattern per line, written like an iCalendar RRULE.

    FREQ=MONTHLY;BYDAY=1MO;OPENS=14:00;CLOSES=16:00
    FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;DTSTART=2026-01-07;OPENS=10:00;CLOSES=11:30;NOTE=Bring a mug

Parts: FREQ, INTERVAL, BYDAY, BYMONTHDAY, DTSTART, UNTIL, COUNT (RFC 5545 §3.3.10), and
HSDS's VALID_FROM, VALID_TO, OPENS, CLOSES, ATTENDING and NOTE. In NOTE and ATTENDING a
``;`` is written ``\\;`` and a backslash ``\\\\`` (RFC 5545 §3.3.11 text escaping).
"""

from __future__ import annotations

import copy
import functools
import re

from linkdesk.directory.schedules import parse_schedule
from linkdesk.domain.service_schedule import ServiceSchedule

_KEYS = {
    "FREQ": "freq", "INTERVAL": "interval", "BYDAY": "byday", "BYMONTHDAY": "bymonthday",
    "DTSTART": "dtstart", "UNTIL": "until", "COUNT": "count", "VALID_FROM": "valid_from",
    "VALID_TO": "valid_to", "OPENS": "opens_at", "OPENS_AT": "opens_at", "CLOSES": "closes_at",
    "CLOSES_AT": "closes_at", "NOTE": "description", "DESCRIPTION": "description",
    "ATTENDING": "attending_type", "WEEKDAY": "weekday",
}  # fmt: skip


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace("\n", " ")


def rule_line(s: ServiceSchedule) -> str:
    """One schedule as a line of the ``schedule_rules`` column."""
    parts: list[tuple[str, object]] = [
        ("FREQ", s.freq),
        ("INTERVAL", s.interval if s.interval > 1 else ""),
        ("BYDAY", ",".join(s.byday)),
        ("BYMONTHDAY", ",".join(str(d) for d in s.monthdays)),
        ("DTSTART", s.dtstart.isoformat() if s.dtstart else ""),
        ("UNTIL", s.until.isoformat() if s.until else ""),
        ("COUNT", s.count or ""),
        ("VALID_FROM", s.valid_from.isoformat() if s.valid_from else ""),
        ("VALID_TO", s.valid_to.isoformat() if s.valid_to else ""),
        ("OPENS", s.opens),
        ("CLOSES", s.closes),
        ("ATTENDING", _escape(s.attending)),
        ("NOTE", _escape(s.note)),
    ]  # fmt: skip
    return ";".join(f"{key}={value}" for key, value in parts if value not in ("", None))


def rules_text(schedules: list[ServiceSchedule]) -> str:
    return "\n".join(line for line in (rule_line(s) for s in schedules) if line)


def read_rules(text: str) -> tuple[list[ServiceSchedule], list[str]]:
    """Schedules from a ``schedule_rules`` cell, and what in it was not understood."""
    if not text.strip():
        return [], []
    schedules, notes = _read_rules(text)
    return [copy.copy(s) for s in schedules], list(notes)


@functools.lru_cache(maxsize=256)  # a coordinator's sheet repeats the same few rules
def _read_rules(text: str) -> tuple[tuple[ServiceSchedule, ...], tuple[str, ...]]:
    schedules: list[ServiceSchedule] = []
    notes: list[str] = []
    for number, line in enumerate(text.replace("\r", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        raw: dict[str, str] = {}
        for part in re.split(r"(?<!\\);", line):
            key, sep, value = part.partition("=")
            name = _KEYS.get(key.strip().upper())
            if not sep or name is None:
                notes.append(f"schedule_rules line {number}: {part.strip()[:30]!r} not understood")
                continue
            raw[name] = re.sub(r"\\(.)", r"\1", value.strip())
        schedule, problems = parse_schedule(raw)
        notes += [f"schedule_rules line {number}: {p}" for p in problems]
        if schedule is not None:
            schedules.append(schedule)
    return tuple(schedules), tuple(notes)
