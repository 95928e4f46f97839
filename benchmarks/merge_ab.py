"""One timed merge of a bundle into a fresh copy of a benchmark workspace (issue 15).

    python benchmarks/merge_ab.py WORKSPACE BUNDLE --work DIR [--phases]
    python benchmarks/merge_ab.py WORKSPACE --make-bundle 2000 --work DIR

WORKSPACE is a cached ``linkdesk bench`` workspace (the bench's passphrase); it and its audit
anchor are copied into DIR first (never opened in place). Prints one JSON line: wall seconds
of ``ExchangeService.merge`` (all the worker waits for), the process's CPU seconds over the
same call (all threads: far less sensitive to other jobs on the machine than wall time), the
load average before and after, and the records added. Run it alternately with two source
trees on ``PYTHONPATH`` (A B A B ...) to compare code on the same input. ``--phases`` adds
seconds per step (copy and checks, attach, each table, the commit). Synthetic data only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import linkdesk
from linkdesk.services import bench_cache, bench_limits
from linkdesk.services import exchange as exchange_service
from linkdesk.services.app_services import AppServices
from linkdesk.store import merge as store_merge
from linkdesk.store.audit_guard import anchor_path
from linkdesk.store.workspace import Workspace
from linkdesk.support import memory

PASSPHRASE = bench_cache.PASSPHRASE
PHASES: dict[str, float] = defaultdict(float)


def _timed(module: Any, name: str, label: str) -> None:
    original = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start, io, cpu = time.perf_counter(), io_counts(), time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            PHASES[label] += time.perf_counter() - start
            PHASES[f"{label}.cpu"] += time.process_time() - cpu
            for k, v in io_counts().items():
                PHASES[f"{label}.{k}"] += v - io[k]

    setattr(module, name, wrapper)


def _instrument() -> None:
    for name in ("verified_copy", "attached_bundle", "merge_attached", "scrub"):
        if hasattr(exchange_service, name):
            _timed(exchange_service, name, name)
    plan_merge = store_merge._TablePlan.merge

    def per_table(plan: Any, conn: Any, report: Any) -> None:
        start = time.perf_counter()
        try:
            plan_merge(plan, conn, report)
        finally:
            PHASES[f"table.{plan.table}"] += time.perf_counter() - start

    store_merge._TablePlan.merge = per_table  # type: ignore[method-assign]


def fresh_copy(source: Path, work: Path) -> Path:
    """``source`` and its audit anchor copied into ``work`` as ``ws.linkdesk`` (0600)."""
    target = work / "ws.linkdesk"
    for old in list(work.glob("ws.linkdesk*")) + list(work.glob(".ws.linkdesk*")):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    anchor = anchor_path(source)
    if anchor.exists():
        shutil.copyfile(anchor, anchor_path(target))
        os.chmod(anchor_path(target), 0o600)
    return target


def io_counts() -> dict[str, int]:
    """This process's read/write system calls and bytes so far (Linux ``/proc/self/io``):
    pages SQLite reads and writes are counted exactly, whatever the load."""
    try:
        text = Path("/proc/self/io").read_text()
    except OSError:
        return {}
    pairs = (line.split(": ") for line in text.splitlines())
    return {k: int(v) for k, v in pairs if k in ("syscr", "syscw", "rchar", "wchar")}


def _rss_mb() -> int | None:
    """This process's resident memory now (Linux ``/proc/self/status``), MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    return None


def make_bundle(work: Path, people: int) -> Path:
    other = work / "other-laptop.linkdesk"
    bench_cache.generate_in_child(other, people, 62, 1 + 1000)
    shared = work / "shared"
    shared.mkdir(exist_ok=True)
    with Workspace.open(other, PASSPHRASE) as ws:
        return AppServices(ws).exchange.backup(shared).bundle_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("bundle", type=Path, nargs="?")
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--make-bundle", type=int, default=0, metavar="PEOPLE")
    parser.add_argument("--phases", action="store_true")
    parser.add_argument("--label", default="")
    parser.add_argument(
        "--merge-cache-mib", type=int, default=0, help="the merge's page cache (a trial)"
    )
    args = parser.parse_args()
    args.work.mkdir(mode=0o700, parents=True, exist_ok=True)
    if args.make_bundle:
        print(json.dumps({"bundle": str(make_bundle(args.work, args.make_bundle))}))
        return
    if args.phases:
        _instrument()
    if args.merge_cache_mib:
        store_merge.MERGE_CACHE_KIB = args.merge_cache_mib * 1024
    path = fresh_copy(args.workspace, args.work)
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        load_start = bench_limits.load_average()
        io = io_counts()
        rss_before = _rss_mb()
        cpu, start = time.process_time(), time.perf_counter()
        report = services.exchange.merge(args.bundle, bundle_passphrase=PASSPHRASE)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        load_end = bench_limits.load_average()
        rss_after = _rss_mb()
        finish = getattr(services.exchange, "finish_merge", None)
        if finish is not None:  # the checkpoint left for after the report (not waited for)
            wal_before = Path(f"{path}-wal").stat().st_size
            after = time.perf_counter()
            finish()
            checkpoint_s: float | None = round(time.perf_counter() - after, 2)
        else:
            wal_before, checkpoint_s = 0, None
        io = {k: v - io[k] for k, v in io_counts().items()}
        wal = Path(f"{path}-wal")
        wal_mb = round(wal.stat().st_size / 2**20) if wal.exists() else 0
    out = {
        "label": args.label,
        "src": str(Path(linkdesk.__file__).parent),
        "merge_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "load": [load_start, load_end],
        "added": report.added,
        "reads": io.get("syscr"),
        "writes": io.get("syscw"),
        "read_mb": round(io.get("rchar", 0) / 2**20),
        "written_mb": round(io.get("wchar", 0) / 2**20),
        "wal_mb": wal_mb,
        "wal_at_return_mb": round(wal_before / 2**20),
        "checkpoint_s": checkpoint_s,
        "rss_before_mb": rss_before,
        "rss_after_mb": rss_after,
        "peak_rss_mb": round(memory.peak_rss_mb()),
        "merge_cache_mib": store_merge.MERGE_CACHE_KIB // 1024,
    }
    if args.phases:
        out["phases"] = {k: round(v, 2) for k, v in PHASES.items()}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
