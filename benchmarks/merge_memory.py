"""Where a merge's memory goes (issue 15): ``benchmarks/merge_ab.py`` with a sampler.

    python benchmarks/merge_memory.py WORKSPACE BUNDLE --work DIR [--merge-cache-mib N]

Runs merge_ab.py's one merge (a fresh copy of WORKSPACE) while a thread samples, every
20 ms, the process's resident memory (``VmRSS``) and SQLite's own (``sqlite3_memory_used``
of every connection: page caches, in-memory statement journals and temporary b-trees);
prints merge_ab's JSON line, then the largest of each and SQLite's share at the peak.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import merge_ab  # noqa: E402 (beside this file)
from memory_probe import sqlite_library  # noqa: E402 (beside this file)


def main() -> None:
    lib = sqlite_library()
    samples: list[tuple[float, float]] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            with open("/proc/self/statm", encoding="ascii") as fh:
                rss = int(fh.read().split()[1]) * 4096 / 2**20
            samples.append((rss, lib.sqlite3_memory_used() / 2**20))
            time.sleep(0.02)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        merge_ab.main()
    finally:
        stop.set()
        thread.join()
    rss, sqlite = max(samples)
    print(
        json.dumps(
            {
                "rss_max_mb": round(rss),
                "sqlite_at_rss_max_mb": round(sqlite),
                "sqlite_max_mb": round(max(s for _, s in samples)),
            }
        )
    )


if __name__ == "__main__":
    main()
