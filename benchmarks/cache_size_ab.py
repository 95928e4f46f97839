"""The shared connection's page cache size against the caseload and person figures (issue 15).

    LINKDESK_PASSPHRASE=... python benchmarks/cache_size_ab.py WORKSPACE --cache-mib 64

Unlocks WORKSPACE as the GUI does, sets the shared connection's cache to ``--cache-mib``,
then uses it as a worker's session does at 50,000 people: the Today view, a pass over
every caseload keystroke of ``linkdesk bench`` (untimed), a scan of everyone (a caseload
sort reads every person), the directory's searches, then times (wall and thread CPU) every
caseload keystroke again and 40 people opened, and prints the p50/p95 of each with the
SQLite memory used. Run it alternately with two sizes (A B A B) on the same workspace.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from memory_probe import sqlite_library  # noqa: E402 (beside this file)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--cache-mib", type=int, required=True)
    args = parser.parse_args()

    import sqlcipher3.dbapi2  # noqa: F401

    from linkdesk.services.app_services import AppServices
    from linkdesk.services.bench_queries import (
        DIRECTORY_LIMIT,
        caseload_keystroke,
        caseload_sessions,
        directory_sessions,
        percentile,
    )

    lib = sqlite_library()

    services = AppServices.open(args.workspace, os.environ.get("LINKDESK_PASSPHRASE", ""))
    ws = services._workspace  # noqa: SLF001 (a benchmark)
    ws.execute(f"PRAGMA main.cache_size = -{args.cache_mib * 1024}")
    services.today.view()
    everyone = services.people.search("", limit=1_000_000)
    rng = random.Random(5)
    sample = rng.sample(everyone, 300)
    from linkdesk.store.repositories import Repositories

    with_nhs = [p for p in Repositories(ws).people_with_nhs_numbers(300) if p.nhs_number]
    typed = caseload_sessions(
        [r.name for r in sample],
        [p.nhs_number or "" for p in with_nhs],
        [p.postcode or "" for p in with_nhs if p.postcode],
        rng,
    )
    people = [r.person_id for r in rng.sample(everyone, 40)]
    del everyone, sample
    keystroke = caseload_keystroke(services.people)
    for text in typed:
        keystroke(text)
    services.people.search("", limit=1_000_000)  # a sort's pass over everyone
    for text in directory_sessions():
        services.directory.search(text, DIRECTORY_LIMIT)
    out: dict[str, float] = {"cache_mib": args.cache_mib}
    for name, calls in (
        ("keystroke", [lambda t=t: keystroke(t) for t in typed]),
        ("person", [lambda p=p: services.people.record(p) for p in people]),
    ):
        wall: list[float] = []
        cpu: list[float] = []
        for call in calls:
            w, c = time.perf_counter(), time.thread_time()
            call()
            cpu.append((time.thread_time() - c) * 1000)
            wall.append((time.perf_counter() - w) * 1000)
        for label, values in (("wall", wall), ("cpu", cpu)):
            out[f"{name}_{label}_p50"] = round(percentile(values, 0.5), 2)
            out[f"{name}_{label}_p95"] = round(percentile(values, 0.95), 2)
        out[f"{name}_cpu_total_s"] = round(sum(cpu) / 1000, 2)
    out["sqlite_mb"] = round(lib.sqlite3_memory_used() / 2**20, 1)
    out["load"] = os.getloadavg()[0]
    print(json.dumps(out))
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
