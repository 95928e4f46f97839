"""The cold encrypted/plain ratios alone (``cold_ratio_*`` of ``linkdesk bench``), with CPU time.

    python benchmarks/cold_ratio.py WORKSPACE PLAIN [--repeats N]

WORKSPACE is a working copy of a bench workspace (``linkdesk bench --cache``: copy it and its
``.audit-anchor`` first; this opens it for writing) and PLAIN its ``-plain.sqlite`` copy. Runs
``bench_queries.measure_cold`` on the same typed keystrokes, directory words and people as the
bench (seed 1), ``--repeats`` times, and prints each kind's encrypted and plain medians and
ratio, plus the thread CPU time of one cold query of each kind (less sensitive to load).
"""

from __future__ import annotations

import random
import statistics
import time

from query_pair import opened_pair

from linkdesk.services.bench_queries import (
    caseload_typing,
    cold_samples,
    directory_sessions,
    measure_cold,
)
from linkdesk.store.workspace import Workspace


def cpu_ratios(ws: Workspace, plain: Workspace, typed: list[str], ids: list[str]) -> str:
    """Thread CPU time of the same cold queries (median of seven), encrypted and plain."""
    samples = cold_samples(ws, plain, typed, directory_sessions(), ids, timer=time.thread_time)
    out = []
    for kind, (enc, pl) in samples.items():
        e, p = statistics.median(enc), statistics.median(pl)
        out.append(f"{kind} {e:.1f}/{p:.1f} ms = {e / p:.2f}x")
    return "thread CPU, encrypted/plain: " + "; ".join(out)


def main() -> None:
    with opened_pair(repeats=3) as (ws, plain, repeats):
        rng = random.Random(1)
        everyone, typed = caseload_typing(ws, rng)
        ids = [r.person_id for r in rng.sample(everyone, min(200, len(everyone)))]
        ws.prepare_readers()
        for n in range(repeats):
            figures = measure_cold(ws, plain, typed, directory_sessions(), ids)
            print(
                f"run {n + 1}: "
                + ", ".join(
                    f"{k.removeprefix('cold_ratio_')} {v}"
                    for k, v in figures.items()
                    if k.startswith("cold_ratio_")
                )
            )
            print("   ", {k: v for k, v in figures.items() if k.endswith("_ms")})
        print(cpu_ratios(ws, plain, typed, ids))


if __name__ == "__main__":
    main()
