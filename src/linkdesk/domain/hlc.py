"""A hybrid logical clock: the order of changes made on laptops whose clocks disagree.

The algorithm is Kulkarni, Demirbas, Madappa, Avva and Leone, "Logical Physical Clocks"
(OPODIS 2014, LNCS 8878; https://cse.buffalo.edu/tech-reports/2014-04.pdf), figure 5. A
reading is ``(l, c)``: ``l`` the largest wall-clock time (milliseconds) this laptop has seen,
its own or another's, and ``c`` a counter that orders events sharing the same ``l``. Its
guarantee is the one merges need: if a change could have been known when another was made
(it happened before it, on this laptop or through a bundle merged in), the later change has
the larger reading, however wrong either laptop's wall clock was. Readings of changes made
independently are ordered by their wall clocks, within their skew.

A reading is carried as fixed-width text whose text order is the clock's order::

    2026-11-24T10:32:15.123Z-00000-9f86d081
    └── l (UTC, ms) ───────┘ └ c ┘ └ node ┘

``node`` is a random id per open workspace; it only breaks ties (two laptops that derived
the same ``l`` and ``c``), so both laptops pick the same winner. Records written before
readings existed are read as :func:`from_timestamp` of their ``updated_at``.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

MAX_COUNTER = 99_999  # five digits; past it the reading moves on one millisecond (l + 1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Readings past this are not clock readings at all (a damaged or hostile value).
LATEST_SANE = datetime(9000, 1, 1, tzinfo=UTC)
_TEXT = re.compile(
    r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})Z-(\d{5})-([0-9a-f]{8})\Z", re.ASCII
)
_LEGACY = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\Z", re.ASCII)
LEGACY_NODE = "00000"  # + the timestamp's microseconds: legacy readings keep their old order

Wall = Callable[[], datetime]


def system_wall() -> datetime:
    """The laptop's clock, in UTC (the default; tests inject their own)."""
    return datetime.now(UTC)


def to_ms(when: datetime) -> int:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - _EPOCH) // timedelta(milliseconds=1)


def from_ms(ms: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=ms)


@dataclass(frozen=True, order=True)
class Hlc:
    """One reading; ``order=True`` compares (wall_ms, counter, node), the clock's order."""

    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        d = from_ms(self.wall_ms)
        return (
            f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:"
            f"{d.second:02d}.{d.microsecond // 1000:03d}Z-{self.counter:05d}-{self.node}"
        )

    @property
    def wall(self) -> datetime:
        return from_ms(self.wall_ms)

    @classmethod
    def parse(cls, text: str) -> Hlc:
        """A reading from its text; ValueError when it is not one (or is not a sane time)."""
        match = _TEXT.match(text)
        if match is None:
            raise ValueError("not a clock reading")
        when = datetime.fromisoformat(match[1]).replace(tzinfo=UTC)
        if when >= LATEST_SANE:
            raise ValueError("a clock reading beyond any real date")
        return cls(to_ms(when), int(match[2]), match[3])


def from_timestamp(stamp: str) -> str:
    """The reading a record written before clocks existed gets from its ``updated_at``.

    ``2026-01-02T03:04:05.123456Z`` reads as ``2026-01-02T03:04:05.123Z-00000-00000456``
    (the microseconds go into the tie-break, so old records keep exactly their old order).
    Anything else that parses as a time reads at its millisecond; "" if it does not parse.
    ``store.merge.effective_hlc_sql`` is the same rule in SQL (a test keeps them equal).
    """
    if _LEGACY.match(stamp):
        return f"{stamp[:23]}Z-00000-{LEGACY_NODE}{stamp[23:26]}"
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    when = when.astimezone(UTC)
    return Hlc(to_ms(when), 0, "0" * 8).encode()


def effective(text: str | None) -> Hlc | None:
    """A stored value (a reading, or a legacy ``updated_at``) as a reading; None if neither."""
    if not text:
        return None
    try:
        return Hlc.parse(text)
    except ValueError:
        pass
    derived = from_timestamp(text)
    try:
        return Hlc.parse(derived) if derived else None
    except ValueError:
        return None


def new_node() -> str:
    return secrets.token_hex(4)


class HybridClock:
    """The clock of one open workspace (Kulkarni et al., fig. 5). Not thread-safe by itself:
    the workspace calls it under its own lock."""

    def __init__(self, wall: Wall = system_wall, node: str | None = None) -> None:
        self.wall = wall
        self.node = node or new_node()
        self._l = 0
        self._c = 0

    @property
    def last(self) -> Hlc:
        return Hlc(self._l, self._c, self.node)

    def now(self) -> Hlc:
        """A reading for a change made here (a "send or local event")."""
        pt = to_ms(self.wall())
        if pt > self._l:
            self._l, self._c = pt, 0
        else:
            self._bump()
        return self.last

    def observe(self, seen: Hlc | None) -> None:
        """Take in a reading seen here (a "receive event"): later readings come after it."""
        if seen is None:
            return
        pt = to_ms(self.wall())
        l_old = self._l
        self._l = max(l_old, seen.wall_ms, pt)
        if self._l == l_old and self._l == seen.wall_ms:
            self._c = max(self._c, seen.counter)
            self._bump()
        elif self._l == l_old:
            self._bump()
        elif self._l == seen.wall_ms:
            self._c = seen.counter
            self._bump()
        else:
            self._c = 0

    def _bump(self) -> None:
        if self._c >= MAX_COUNTER:  # five digits are spent: move l on by one millisecond
            self._l, self._c = self._l + 1, 0
        else:
            self._c += 1

    def ahead_of_wall(self) -> timedelta:
        """How far this clock's ``l`` runs ahead of the wall clock (zero when it does not)."""
        ahead = self._l - to_ms(self.wall())
        return timedelta(milliseconds=max(ahead, 0))
