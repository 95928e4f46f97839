"""Where a backup and a 2,000-person merge spend their time, phase by phase (issue 15).

    python benchmarks/backup_merge_phases.py WORKSPACE --work DIR [--backups 3] [--merge BUNDLE]
        [--merges 3] [--profile]

WORKSPACE is a benchmark workspace (``linkdesk bench --cache``'s, keyed with the bench's
passphrase); it is copied into DIR before every run (never opened in place), so a cached file
stays untouched. Backups: each run's seconds, the phases (the snapshot copy, the atomic copy
to the destination with its read-back, the check at the destination, the counts) and the
physical limit (copy + fsync + read back of the same file, ``bench_limits``). Merges: each
run's seconds on a fresh copy of WORKSPACE. ``--make-bundle N`` makes the N-person bundle of
another laptop (another seed, as ``linkdesk bench`` does) into DIR first. Min/median/max and
the load average are printed. Synthetic data only.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linkdesk.services import bench_cache, bench_limits
from linkdesk.services import exchange as exchange_service
from linkdesk.services.app_services import AppServices
from linkdesk.store import bundle as store_bundle
from linkdesk.store import merge as store_merge
from linkdesk.store.workspace import Workspace

PASSPHRASE = bench_cache.PASSPHRASE
PHASES: dict[str, float] = defaultdict(float)


def _timed(module: Any, name: str, label: str) -> None:
    """Wrap ``module.name`` so its seconds add up under ``label``."""
    original: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            PHASES[label] += time.perf_counter() - start

    raw = vars(module).get(name)
    setattr(module, name, staticmethod(wrapper) if isinstance(raw, staticmethod) else wrapper)


def _instrument() -> None:
    for module, name in (
        (exchange_service, "copy_checked_pages"),
        (exchange_service, "table_counts"),
        (exchange_service, "export_encrypted"),
        (exchange_service, "atomic_write"),
        (exchange_service, "atomic_write_bytes"),
        (exchange_service, "verified_copy"),
        (exchange_service, "merge_attached"),
        (exchange_service, "attached_bundle"),
        (exchange_service, "scrub"),
        (store_bundle, "table_counts"),
        (store_bundle, "open_bundle_readonly"),
    ):
        if hasattr(module, name):
            _timed(module, name, f"{module.__name__.rsplit('.', 1)[-1]}.{name}")
    _timed(exchange_service.ExchangeService, "_verify_at_destination", "verify_at_destination")
    plan_merge = store_merge._TablePlan.merge

    def per_table(plan: Any, conn: Any, report: Any) -> None:
        start = time.perf_counter()
        try:
            plan_merge(plan, conn, report)
        finally:
            PHASES[f"merge.{plan.table}"] += time.perf_counter() - start

    store_merge._TablePlan.merge = per_table  # type: ignore[method-assign]


def _fresh_copy(source: Path, work: Path) -> Path:
    target = work / "ws.linkdesk"
    for leftover in work.glob("ws.linkdesk*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()
    for old in work.glob(".ws.linkdesk*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    return target


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "min": round(min(values), 2),
        "median": round(statistics.median(values), 2),
        "max": round(max(values), 2),
    }


def _profile(call: Callable[[], Any], out: Path) -> Any:
    profiler = cProfile.Profile()
    result = profiler.runcall(call)
    profiler.dump_stats(str(out))
    pstats.Stats(str(out)).sort_stats("cumulative").print_stats(25)
    return result


def run_backups(workspace: Path, work: Path, runs: int, profile: bool) -> dict[str, Any]:
    path = _fresh_copy(workspace, work)
    dest = work / "backups"
    dest.mkdir(exist_ok=True)
    times, limits, phases, cpus, limit_cpus = [], [], [], [], []
    loads = [bench_limits.load_average()]
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        for i in range(runs):
            PHASES.clear()
            start, cpu = time.perf_counter(), time.process_time()
            if profile and i == 0:
                result = _profile(lambda: services.exchange.backup(dest), work / "backup.prof")
            else:
                result = services.exchange.backup(dest)
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            phases.append({k: round(v, 2) for k, v in PHASES.items()})
            result.bundle_path.unlink()
            result.manifest_path.unlink()
            cpu = time.process_time()
            limits.append(bench_limits.copy_fsync_verify_s(path, dest))
            limit_cpus.append(time.process_time() - cpu)
            loads.append(bench_limits.load_average())
    backup, limit = _spread(times), _spread(limits)
    return {
        "size_mb": round(path.stat().st_size / 2**20, 1),
        "backup_s": backup,
        "limit_s": limit,
        "ratio": round(backup["median"] / limit["median"], 2),
        "backup_cpu_s": _spread(cpus),  # user + system CPU of this process (all threads)
        "limit_cpu_s": _spread(limit_cpus),
        "runs_s": [round(t, 2) for t in times],
        "phases": phases,
        "load": loads,
    }


def make_bundle(work: Path, people: int) -> Path:
    other = work / "other-laptop.linkdesk"
    bench_cache.generate_in_child(other, people, 62, 1 + 1000)
    shared = work / "shared"
    shared.mkdir(exist_ok=True)
    with Workspace.open(other, PASSPHRASE) as ws:
        return AppServices(ws).exchange.backup(shared).bundle_path


def run_merges(workspace: Path, work: Path, bundle: Path, runs: int, profile: bool) -> dict:
    times, phases, loads = [], [], [bench_limits.load_average()]
    added = None
    for i in range(runs):
        path = _fresh_copy(workspace, work)
        with Workspace.open(path, PASSPHRASE) as ws:
            services = AppServices(ws)
            PHASES.clear()
            start = time.perf_counter()
            if profile and i == 0:
                report = _profile(
                    lambda: services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE),  # noqa: B023
                    work / "merge.prof",
                )
            else:
                report = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
            times.append(time.perf_counter() - start)
            added = report.added
        phases.append({k: round(v, 2) for k, v in PHASES.items()})
        loads.append(bench_limits.load_average())
    return {
        "merge_s": _spread(times),
        "runs_s": [round(t, 2) for t in times],
        "added": added,
        "phases": phases,
        "load": loads,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--backups", type=int, default=3)
    parser.add_argument("--merges", type=int, default=0)
    parser.add_argument("--merge", type=Path, help="the bundle to merge")
    parser.add_argument("--make-bundle", type=int, default=0, metavar="PEOPLE")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(mode=0o700, parents=True, exist_ok=True)
    _instrument()
    out: dict[str, Any] = {}
    if args.make_bundle:
        out["bundle"] = str(make_bundle(args.work, args.make_bundle))
        args.merge = Path(out["bundle"])
    if args.backups:
        out["backup"] = run_backups(args.workspace, args.work, args.backups, args.profile)
    if args.merges and args.merge:
        out["merge"] = run_merges(args.workspace, args.work, args.merge, args.merges, args.profile)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
