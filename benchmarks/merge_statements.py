"""Where one merge spends its time, statement by statement (issue 15).

    python benchmarks/merge_statements.py WORKSPACE BUNDLE --work DIR [--top 25]

As ``merge_ab.py`` (WORKSPACE and its audit anchor are copied into DIR first, never opened in
place), but every statement the workspace's connection runs during
``ExchangeService.merge`` is timed: wall seconds, this thread's CPU seconds (the bundle's
integrity check runs on another thread and is not counted in them), and the bytes read from
files meanwhile (``/proc/self/io``: pages SQLite reads, whatever the load). Statements are
grouped by their text with literals left in (one line per table's statement). Prints the
slowest groups, then one JSON line with the totals. Synthetic data only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from merge_ab import PASSPHRASE, fresh_copy, io_counts  # noqa: E402

from linkdesk.services import bench_limits, bundles  # noqa: E402
from linkdesk.services import exchange as exchange_service  # noqa: E402
from linkdesk.services.app_services import AppServices  # noqa: E402
from linkdesk.store.workspace import Workspace  # noqa: E402

STATS: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])


class _Rows:
    """A statement's rows, fetched while it was timed."""

    def __init__(self, cur: Any) -> None:
        self.rowcount = cur.rowcount
        self.description = cur.description
        self.lastrowid = cur.lastrowid
        self._rows = cur.fetchall() if cur.description else []

    def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self) -> Any:
        return iter(self.fetchall())


class _TimedConnection:
    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, params: Any = ()) -> Any:
        start, cpu, io = time.perf_counter(), time.thread_time(), io_counts()
        try:
            return _Rows(self._conn.execute(sql, params))
        finally:
            s = STATS[_key(sql)]
            s[0] += time.perf_counter() - start
            s[1] += time.thread_time() - cpu
            s[2] += io_counts().get("rchar", 0) - io.get("rchar", 0)
            s[3] += 1


PHASES: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])


def _phase(owner: Any, name: str, label: str) -> None:
    """Time ``owner.name`` (wall, and CPU of all threads) under ``label``."""
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            PHASES[label][0] += time.perf_counter() - start
            PHASES[label][1] += time.process_time() - cpu

    setattr(owner, name, wrapper)


def _instrument() -> None:
    _phase(exchange_service, "verified_copy", "copy, hash, key, counts")
    _phase(bundles.VerifiedBundle, "checked", "wait for the integrity check")
    _phase(exchange_service, "merge_attached", "merge statements")


def _key(sql: str) -> str:
    text = re.sub(r"\s+", " ", sql).strip()
    return text[:150]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    args.work.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = fresh_copy(args.workspace, args.work)
    _instrument()
    with Workspace.open(path, PASSPHRASE) as ws:
        ws._conn = _TimedConnection(ws._conn)  # type: ignore[assignment]
        load = bench_limits.load_average()
        start, cpu = time.perf_counter(), time.process_time()
        AppServices(ws).exchange.merge(args.bundle, bundle_passphrase=PASSPHRASE)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        ws._conn = ws._conn._conn  # type: ignore[attr-defined]
    rows = sorted(STATS.items(), key=lambda kv: -kv[1][0])
    for sql, (w, c, rchar, n) in rows[: args.top]:
        print(f"{w:7.2f} s {c:6.2f} cpu {rchar / 2**20:6.0f} MB ×{int(n):<5} {sql}")
    for label, (w, c) in PHASES.items():
        print(f"{w:7.2f} s {c:6.2f} cpu (all threads)  {label}")
    commit = STATS["COMMIT"]
    print(f"{commit[0]:7.2f} s {commit[1]:6.2f} cpu (this thread) COMMIT")
    statements = sum(v[0] for v in STATS.values())
    print(
        json.dumps(
            {
                "merge_s": round(wall, 2),
                "cpu_s": round(cpu, 2),
                "phases": {k: [round(w, 2), round(c, 2)] for k, (w, c) in PHASES.items()},
                "commit": [round(commit[0], 2), round(commit[1], 2)],
                "statements_s": round(statements, 2),
                "statements_cpu_s": round(sum(v[1] for v in STATS.values()), 2),
                "load": [load, bench_limits.load_average()],
            }
        )
    )


if __name__ == "__main__":
    main()
