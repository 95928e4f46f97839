"""Where one same-key backup spends its wall-clock and CPU time, phase by phase (issue 15).

    python benchmarks/backup_phases.py WORKSPACE --work DIR [--runs 3] [--limit]

WORKSPACE is a benchmark workspace (``linkdesk bench --cache``'s, keyed with the bench's
passphrase). It is opened in place (copy it first: ``cp --reflink=auto``), backed up into
DIR ``--runs`` times, each bundle removed after its run. For every run: the backup's wall
seconds and process CPU (user + system, all threads), and per phase the wall seconds and the
CPU of the thread that ran it (``thread_time``): the checkpoint and snapshot, the page copy
(read, write; SHA-256 there before session 5), the HMAC checks (second thread), the read back,
the check at the destination, the counts, the manifest. ``--limit``: copy + fsync + read
back of the same file after every run (``bench_limits``). Synthetic data only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from linkdesk.fileio import atomic
from linkdesk.services import bench_cache, bench_limits
from linkdesk.services import exchange as exchange_service
from linkdesk.services.app_services import AppServices
from linkdesk.store import bundle as store_bundle
from linkdesk.store import cipher_pages
from linkdesk.store.workspace import Workspace

WALL: dict[str, float] = defaultdict(float)
CPU: dict[str, float] = defaultdict(float)


def _timed(owner: Any, name: str, label: str) -> None:
    """Wrap ``owner.name`` so its wall seconds and its thread's CPU add up under ``label``
    (nothing when ``owner`` is None or has no ``name``: an older version)."""
    raw = vars(owner).get(name) if owner is not None else None
    if raw is None:
        return
    original: Callable[..., Any] = raw.__func__ if isinstance(raw, staticmethod) else raw

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            WALL[label] += time.perf_counter() - start
            CPU[label] += time.thread_time() - cpu

    setattr(owner, name, staticmethod(wrapper) if isinstance(raw, staticmethod) else wrapper)


def _instrument() -> None:
    for owner, name, label in (
        (exchange_service, "copy_checked_pages", "page copy (writing thread)"),
        (exchange_service, "table_counts", "counts"),
        (exchange_service, "atomic_write_bytes", "manifest"),
        (exchange_service, "page_format", "page_format"),
        (cipher_pages.PageFormat, "check", "hmac (thread)"),
        (atomic, "_fsync_and_read_back", "fsync+read back"),  # before session 5
        (atomic, "_read_back", "read back (thread)"),
        # On the read back's thread until session 7, then on a thread of their own.
        (atomic, "_flush_data", "early flushes (read back thread)"),
        (atomic, "_drop_cached", "cache drops (read back thread)"),  # session 6
        # The copy thread's writes, with its waits for the read back to catch up (session 7).
        (atomic._Written, "write", "writes (copy thread)"),
        # Session 7: the read back's waits for the flusher's thread (at most 2 flushes ahead).
        (getattr(atomic, "_Flusher", None), "submit", "flush requests (read back thread)"),
        (os, "fsync", "fsyncs (file, folder)"),
        (atomic, "_verify", "verify name"),
        (atomic, "fsync_dir", "fsync folder"),
        (atomic, "place_without_replacing", "rename"),
        (exchange_service.ExchangeService, "_verify_at_destination", "open at destination"),
        (store_bundle, "check_schema", "check_schema"),
    ):
        _timed(owner, name, label)
    original = exchange_service.held_snapshot

    @contextmanager
    def snapshot(conn: Any, source: Path) -> Iterator[Any]:
        start, cpu = time.perf_counter(), time.thread_time()
        with original(conn, source) as page_count:
            WALL["checkpoint+snapshot"] += time.perf_counter() - start
            CPU["checkpoint+snapshot"] += time.thread_time() - cpu
            yield page_count

    exchange_service.held_snapshot = snapshot  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", action="store_true")
    args = parser.parse_args()
    dest = args.work / "backups"
    dest.mkdir(mode=0o700, parents=True, exist_ok=True)
    _instrument()
    runs = []
    with Workspace.open(args.workspace, bench_cache.PASSPHRASE) as ws:
        services = AppServices(ws)
        for _ in range(args.runs):
            WALL.clear()
            CPU.clear()
            load = bench_limits.load_average()
            start, cpu = time.perf_counter(), time.process_time()
            result = services.exchange.backup(dest)
            run: dict[str, Any] = {
                "backup_s": round(time.perf_counter() - start, 3),
                "cpu_s": round(time.process_time() - cpu, 3),
                "load": load,
                "phases": {k: [round(WALL[k], 3), round(CPU[k], 3)] for k in WALL},
            }
            result.bundle_path.unlink()
            result.manifest_path.unlink()
            if args.limit:
                cpu = time.process_time()
                run["limit_s"] = bench_limits.copy_fsync_verify_s(args.workspace, dest)
                run["limit_cpu_s"] = round(time.process_time() - cpu, 3)
            runs.append(run)
            print(json.dumps(run), flush=True)
    times = [r["backup_s"] for r in runs]
    print(json.dumps({"min": min(times), "median": statistics.median(times), "max": max(times)}))


if __name__ == "__main__":
    main()
