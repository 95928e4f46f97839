"""The hybrid logical clock (Kulkarni et al. 2014): readings, their order, their text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3

from linkdesk.domain.hlc import MAX_COUNTER, Hlc, HybridClock, effective, from_timestamp
from linkdesk.store.merge import effective_hlc_sql

T0 = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)


class FakeWall:
    def __init__(self, when: datetime) -> None:
        self.when = when

    def __call__(self) -> datetime:
        return self.when


def test_local_events_are_strictly_increasing_even_when_the_wall_stands_still() -> None:
    wall = FakeWall(T0)
    clock = HybridClock(wall, node="0000000a")
    readings = [clock.now() for _ in range(5)]
    assert readings == sorted(readings)
    assert len(set(readings)) == 5
    assert readings[0] == Hlc(int(T0.timestamp() * 1000), 0, "0000000a")
    assert [r.counter for r in readings] == [0, 1, 2, 3, 4]
    wall.when = T0 - timedelta(hours=1)  # the clock is put back an hour (or was fast)
    later = clock.now()
    assert later > readings[-1]
    assert later.wall_ms == readings[-1].wall_ms  # l holds; c counts on


def test_receiving_a_reading_from_a_fast_laptop_orders_later_events_after_it() -> None:
    here = HybridClock(FakeWall(T0), node="00000001")
    there = HybridClock(FakeWall(T0 + timedelta(days=365)), node="00000002")
    sent = there.now()
    here.observe(sent)
    mine = here.now()
    assert mine > sent
    assert mine.wall_ms == sent.wall_ms
    assert mine.counter == sent.counter + 2
    assert here.ahead_of_wall() >= timedelta(days=364)


def test_receive_rules_follow_the_paper() -> None:
    wall = FakeWall(T0)
    clock = HybridClock(wall, node="00000001")
    clock.now()  # (T0, 0)
    # remote l == local l: c = max(c, c_m) + 1
    clock.observe(Hlc(clock.last.wall_ms, 7, "00000009"))
    assert clock.last.counter == 8
    # remote behind, wall behind: l stays, c + 1
    clock.observe(Hlc(clock.last.wall_ms - 10, 99, "00000009"))
    assert clock.last.counter == 9
    # wall ahead of both: l = wall, c = 0
    wall.when = T0 + timedelta(seconds=1)
    clock.observe(Hlc(clock.last.wall_ms, 50, "00000009"))
    assert clock.last == Hlc(int(wall.when.timestamp() * 1000), 0, "00000001")


def test_counter_overflow_moves_on_a_millisecond() -> None:
    clock = HybridClock(FakeWall(T0), node="00000001")
    seen = Hlc(int(T0.timestamp() * 1000), MAX_COUNTER, "00000002")
    clock.observe(seen)
    assert (clock.last.wall_ms, clock.last.counter) == (seen.wall_ms + 1, 0)
    assert clock.now() > Hlc(seen.wall_ms + 1, 0, "00000000") > seen


def test_text_order_is_clock_order_and_round_trips() -> None:
    readings = [
        Hlc(int(T0.timestamp() * 1000) + ms, c, node)
        for ms in (0, 1, 999, 1000, 86_400_000 * 400)
        for c in (0, 1, 12345)
        for node in ("00000000", "ffffffff")
    ]
    texts = [r.encode() for r in readings]
    assert sorted(texts) == [r.encode() for r in sorted(readings)]
    assert [Hlc.parse(t) for t in texts] == readings
    assert texts[0] == "2026-03-29T00:30:00.000Z-00000-00000000"


@pytest.mark.parametrize(
    "bad",
    ["", "2026-03-29T00:30:00.000Z", "2026-03-29T00:30:00.000Z-1-00000000",
     "9999-01-01T00:00:00.000Z-00000-00000000", "2026-03-29T00:30:00.000Z-00000-XYZ00000"],
)  # fmt: skip
def test_parse_refuses_what_is_not_a_reading(bad: str) -> None:
    with pytest.raises(ValueError, match="reading|real date"):
        Hlc.parse(bad)


STAMPS = [
    "2026-01-02T03:04:05.123456Z",
    "2026-01-02T03:04:05.123999Z",
    "2026-01-02T03:04:05.124000Z",
    "2026-01-02T03:04:05Z",
    "2026-01-02T03:04:05.5Z",
    "2026-01-02 03:04:05",
    "2026-01-02T04:04:05.123+01:00",
    "not a time",
]


def test_legacy_timestamps_read_the_same_in_python_and_sql_and_keep_their_order() -> None:
    conn = sqlcipher3.connect(":memory:")
    conn.execute("CREATE TABLE t (hlc TEXT, updated_at TEXT)")
    conn.executemany("INSERT INTO t VALUES (NULL, ?)", [(s,) for s in STAMPS])
    in_sql = [r[0] for r in conn.execute(f"SELECT {effective_hlc_sql('t')} FROM t ORDER BY rowid")]
    assert in_sql == [from_timestamp(s) for s in STAMPS]
    assert in_sql[0] == "2026-01-02T03:04:05.123Z-00000-00000456"
    assert in_sql[0] < in_sql[1] < in_sql[2]  # microseconds keep the old order
    assert in_sql[-1] == ""  # unreadable: the earliest of all
    assert effective(STAMPS[0]) == Hlc.parse(in_sql[0])
    assert effective(in_sql[0]) == Hlc.parse(in_sql[0])
    assert effective("not a time") is None
