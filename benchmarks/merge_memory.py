"""Where a merge's memory goes (issue 15): ``benchmarks/merge_ab.py`` with a sampler.

    python benchmarks/merge_memory.py WORKSPACE BUNDLE --work DIR [--merge-cache-mib N]
        [--resident-mb MB]

Runs merge_ab.py's one merge (a fresh copy of WORKSPACE) while a thread samples, every
20 ms, the process's resident memory (``VmRSS``) and SQLite's own (``sqlite3_memory_used``
of every connection: page caches, in-memory statement journals and temporary b-trees);
prints merge_ab's JSON line, then the largest of each and SQLite's share at the peak.

``--resident-mb MB`` makes the process GUI-like first: just before the merge, the shared
connection's page cache is filled (every record table scanned, as a worker's browsing fills
it) and the process then holds MB of resident memory in all (the GUI at 50,000 people holds
~250-275 MB between actions: ``gui_memory.py``), so the merge sizes its cache as it would in
the GUI and ``rise_mb`` is what the merge adds on top. The bundle may be the bench's
(``merge_ab.py --make-bundle``) or the worst case (``merge_interleaved.py``).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import merge_ab  # noqa: E402 (beside this file)
from memory_probe import sqlite_library  # noqa: E402 (beside this file)

BALLAST: list[bytes] = []


def _resident_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20


def _gui_like(resident_mb: float) -> dict[str, float]:
    """Wrap merge_ab's ``AppServices`` (made just before the timed merge): fill the shared
    cache, then hold ``resident_mb`` (outside the merge's time)."""
    from linkdesk.store.merge import MERGE_TABLES

    original = merge_ab.AppServices
    seen: dict[str, float] = {}

    def services(ws: Any) -> Any:
        for table in MERGE_TABLES:  # every page of every record table, through the cache
            ws.query(f"SELECT count(*) FROM {table} NOT INDEXED WHERE id IS NOT NULL")
        seen["after_cache_mb"] = round(_resident_mb())
        short = int((resident_mb - _resident_mb()) * 2**20)
        if short > 0:
            BALLAST.append(b"\x01" * short)  # touched, so resident
        seen["before_merge_mb"] = round(_resident_mb())
        return original(ws)

    merge_ab.AppServices = services  # type: ignore[misc]
    return seen


def main() -> None:
    resident = None
    if "--resident-mb" in sys.argv:
        at = sys.argv.index("--resident-mb")
        resident = float(sys.argv[at + 1])
        del sys.argv[at : at + 2]
    seen = _gui_like(resident) if resident else {}
    lib = sqlite_library()
    samples: list[tuple[float, float]] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append((_resident_mb(), lib.sqlite3_memory_used() / 2**20))
            time.sleep(0.02)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        merge_ab.main()
    finally:
        stop.set()
        thread.join()
    rss, sqlite = max(samples)
    out = {
        "rss_max_mb": round(rss),
        "sqlite_at_rss_max_mb": round(sqlite),
        "sqlite_max_mb": round(max(s for _, s in samples)),
    }
    if seen:
        out |= seen
        out["rise_mb"] = round(rss - seen["before_merge_mb"])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
