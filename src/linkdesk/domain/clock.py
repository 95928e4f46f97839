"""Identifiers, timestamps and the one injected source of time.

Every use case reads the time through a :class:`Clock` it was given (``AppServices`` holds
one), so tests can fix "today" and the GUI and CLI agree on it. ``SystemClock`` reads the
machine's clock; ``FixedClock`` is set by hand (tests, demos, benchmarks).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol, runtime_checkable

# The uuid6 module, imported when the first id is made: it reads its own version through
# importlib.metadata (which imports email), too slow for start-up before the unlock screen
# (tests/ui/test_start_imports.py). Tests set it to make ids as older versions did.
uuid6: Any = None

STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def new_id() -> str:
    """A new record id: a time-ordered UUID, version 7 (RFC 9562 §5.7), as canonical
    lower-case 36-character text (``0193a1b2-...``).

    The first 48 bits are the Unix time in milliseconds when the id is made (the machine's
    clock, not the injected :class:`Clock`: an id says when the record was written), then the
    version and variant bits and 74 random bits, so records from several laptops still merge
    without clashes. Ids made one after another sort in the order they were made (monotonic
    within a millisecond, RFC 9562 §6.2: ``uuid6`` moves the timestamp on by one millisecond
    rather than repeat it), so new rows append at the right-hand edge of every index led by
    an id instead of landing on a random leaf. Version 4 (random) ids made before this change
    stay valid: ids are only ever compared for equality, never read for a time or an order
    that means something.
    """
    global uuid6
    if uuid6 is None:
        import uuid6 as module

        uuid6 = module
    return str(uuid6.uuid7())


def short_id(record_id: str, length: int = 8) -> str:
    """The last ``length`` letters and digits of an id, for file names (``4b39a823``).

    The END of the id, never its start: a version-7 id begins with its timestamp, so ids
    made in the same weeks share their first 8 characters (two laptops, two people's files
    would get the same name) and the start says when the record was made; the last 48 bits
    are random in version 4 and version 7 alike. ``""`` when the id has none.
    """
    return "".join(c for c in record_id if c.isalnum())[-length:]


def stamp(moment: datetime) -> str:
    """ISO-8601 UTC with microseconds (``2026-03-02T09:15:00.000000Z``): text order is time
    order. A naive ``moment`` is taken to be UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime(STAMP_FORMAT)


@runtime_checkable
class Clock(Protocol):
    """Where "now" and "today" come from.

    ``now()`` is timezone-aware UTC (stored timestamps, audit entries); ``today()`` is the
    calendar date where the worker is (due dates, ages, "that date has passed").
    """

    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return date.today()

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that shows what it is told (tests): ``FixedClock(date(2026, 3, 2))``.

    ``now()`` is noon UTC on that day unless a datetime is given; :meth:`advance` moves both.
    """

    def __init__(self, at: date | datetime) -> None:
        self.set(at)

    def set(self, at: date | datetime) -> None:
        if isinstance(at, datetime):
            self._now = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
            self._today = self._now.date()
        else:
            self._now = datetime.combine(at, time(12), tzinfo=UTC)
            self._today = at

    def advance(self, delta: timedelta) -> None:
        self._now += delta
        self._today = (datetime.combine(self._today, time(12)) + delta).date()

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._today

    def __repr__(self) -> str:
        return f"FixedClock({self._now.isoformat()})"


SYSTEM_CLOCK = SystemClock()


def utc_now(clock: Clock = SYSTEM_CLOCK) -> str:
    """Now (from ``clock``), as a stored timestamp (see :func:`stamp`)."""
    return stamp(clock.now())
