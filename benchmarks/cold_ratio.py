"""The cold encrypted/plain ratios alone (``cold_ratio_*`` of ``linkdesk bench``), with CPU time.

    python benchmarks/cold_ratio.py WORKSPACE PLAIN [--repeats N]

WORKSPACE is a working copy of a bench workspace (``linkdesk bench --cache``: copy it and its
``.audit-anchor`` first; this opens it for writing) and PLAIN its ``-plain.sqlite`` copy. Runs
``bench_queries.measure_cold`` on the same typed keystrokes, directory words and people as the
bench (seed 1), ``--repeats`` times, and prints each kind's encrypted and plain medians and
ratio, plus the thread CPU time of one cold query of each kind (less sensitive to load).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linkdesk.services.bench_cache import PASSPHRASE
from linkdesk.services.bench_queries import (
    DIRECTORY_LIMIT,
    _directory,
    _people,
    caseload_keystroke,
    caseload_sessions,
    directory_sessions,
    measure_cold,
    open_plaintext_reader,
)
from linkdesk.store.plain_copy import open_plaintext
from linkdesk.store.repositories import Repositories
from linkdesk.store.workspace import Workspace


def cpu_ratios(ws: Workspace, plain: Workspace, typed: list[str], ids: list[str]) -> str:
    """Thread CPU time of the same cold queries (median of seven), encrypted and plain."""
    broad = [t for t in typed if len(t.strip()) == 1][:7]
    narrow = [t for t in typed if len(t.strip()) >= 4 and not t[:1].isdigit()][:7]
    words = [t for t in directory_sessions() if " " in t][:7]
    kinds: dict[str, tuple[list[str], Callable[[Any, str], object]]] = {
        "caseload_broad": (broad, lambda w, t: caseload_keystroke(_people(w))(t)),
        "caseload_narrow": (narrow, lambda w, t: caseload_keystroke(_people(w))(t)),
        "open_person": (ids[:7], lambda w, pid: _people(w).record(pid, audit=False)),
        "directory_search": (words, lambda w, t: _directory(w).search(t, DIRECTORY_LIMIT)),
    }
    out = []
    for kind, (items, call) in kinds.items():
        enc, pl = [], []
        for item in items:
            with ws.reader() as reader:
                c = time.thread_time()
                call(reader, item)
                enc.append((time.thread_time() - c) * 1000)
            other = open_plaintext_reader(plain)
            try:
                c = time.thread_time()
                call(other, item)
                pl.append((time.thread_time() - c) * 1000)
            finally:
                other.close()
        e, p = statistics.median(enc), statistics.median(pl)
        out.append(f"{kind} {e:.1f}/{p:.1f} ms = {e / p:.2f}x")
    return "thread CPU, encrypted/plain: " + "; ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("plain", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    ws = Workspace.open(args.workspace, PASSPHRASE)
    plain = open_plaintext(args.plain)
    try:
        rng = random.Random(1)
        people = _people(ws)
        everyone = people.search("", limit=1_000_000)
        with_nhs = [p for p in Repositories(ws).people_with_nhs_numbers(2000) if p.nhs_number]
        typed = caseload_sessions(
            [r.name for r in everyone],
            [p.nhs_number or "" for p in with_nhs],
            [p.postcode for p in with_nhs if p.postcode],
            rng,
        )
        ids = [r.person_id for r in rng.sample(everyone, min(200, len(everyone)))]
        ws.prepare_readers()
        for n in range(args.repeats):
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
    finally:
        ws.close()
        plain.close()


if __name__ == "__main__":
    main()
