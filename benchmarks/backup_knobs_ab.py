"""Same-key backups with different settings of the copy's module constants, interleaved
(issue 15, session 8): A B A B on one workspace, the same process.

    python benchmarks/backup_knobs_ab.py WORKSPACE --work DIR [--pairs 3] \
        --mode base= --mode deep=atomic.READ_BACK_QUEUE=16777216,bundle._IN_FLIGHT=8

WORKSPACE is a bench workspace copy (written to). A mode is ``name=`` and comma-separated
``module.CONSTANT=integer`` settings (modules: ``atomic`` = linkdesk.fileio.atomic, ``bundle``
= linkdesk.store.bundle); each pair backs up once in every mode, the constants set before and
put back after. Per backup: wall seconds, this process's CPU, the load; then min / median /
max per mode. Synthetic data only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from linkdesk.fileio import atomic
from linkdesk.services import bench_cache, bench_limits
from linkdesk.services.app_services import AppServices
from linkdesk.store import bundle
from linkdesk.store.workspace import Workspace

MODULES: dict[str, Any] = {"atomic": atomic, "bundle": bundle}


def _parse(spec: str) -> tuple[str, list[tuple[Any, str, int]]]:
    name, _, rest = spec.partition("=")
    settings = []
    for part in filter(None, rest.split(",")):
        target, _, value = part.partition("=")
        module, _, const = target.partition(".")
        settings.append((MODULES[module], const, int(value)))
    return name, settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--mode", action="append", required=True)
    args = parser.parse_args()
    modes = [_parse(spec) for spec in args.mode]
    dest = args.work / "backups"
    dest.mkdir(mode=0o700, parents=True, exist_ok=True)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in modes}
    with Workspace.open(args.workspace, bench_cache.PASSPHRASE) as ws:
        services = AppServices(ws)
        for _ in range(args.pairs):
            for name, settings in modes:
                saved = [(mod, const, getattr(mod, const)) for mod, const, _ in settings]
                for mod, const, value in settings:
                    setattr(mod, const, value)
                try:
                    load = bench_limits.load_average()
                    start, cpu = time.perf_counter(), time.process_time()
                    result = services.exchange.backup(dest)
                    run = {
                        "mode": name,
                        "backup_s": round(time.perf_counter() - start, 3),
                        "cpu_s": round(time.process_time() - cpu, 3),
                        "load": load,
                    }
                finally:
                    for mod, const, value in saved:
                        setattr(mod, const, value)
                result.bundle_path.unlink()
                result.manifest_path.unlink()
                runs[name].append(run)
                print(json.dumps(run), flush=True)
    for name, got in runs.items():
        summary: dict[str, Any] = {"mode": name}
        for key in ("backup_s", "cpu_s"):
            values = [r[key] for r in got]
            summary[key] = [min(values), statistics.median(values), max(values)]
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
