"""The warm caseload keystroke figures alone (``caseload_keystroke_*`` of ``linkdesk bench``).

    python benchmarks/caseload_warm.py WORKSPACE PLAIN [--repeats N]

WORKSPACE is a working copy of a bench workspace (copy it and its ``.audit-anchor`` first: this
opens it for writing, and migrates it) and PLAIN a plaintext copy at the same schema. Times
the bench's typed keystrokes (seed 1) on the warm shared connection, encrypted and plain
interleaved, ``--repeats`` times, and prints the p50/p95, the worst kind's p95 and this
thread's CPU time for the encrypted pass (less sensitive to load than wall time). Run it
alternately on two branches (A B A B) against the same files.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from linkdesk.services.bench_cache import PASSPHRASE
from linkdesk.services.bench_queries import (
    _people,
    caseload_keystroke,
    caseload_sessions,
    percentile,
    time_interleaved,
)
from linkdesk.store.plain_copy import open_plaintext
from linkdesk.store.repositories import Repositories
from linkdesk.store.workspace import Workspace


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("plain", type=Path)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    ws = Workspace.open(args.workspace, PASSPHRASE)
    plain = open_plaintext(args.plain)
    try:
        rng = random.Random(1)
        people, plain_people = _people(ws), _people(plain)
        everyone = people.search("", limit=1_000_000)
        with_nhs = [p for p in Repositories(ws).people_with_nhs_numbers(2000) if p.nhs_number]
        typed = caseload_sessions(
            [r.name for r in everyone],
            [p.nhs_number or "" for p in with_nhs],
            [p.postcode for p in with_nhs if p.postcode],
            rng,
        )
        for n in range(args.repeats):
            cpu = time.thread_time()
            enc, pl = time_interleaved(
                [caseload_keystroke(people), caseload_keystroke(plain_people)], typed
            )
            cpu = time.thread_time() - cpu
            kinds: dict[str, list[float]] = {}
            for i, ms in enumerate(enc):
                text = typed[i % len(typed)].strip()
                kind = "empty" if not text else "digits" if text[:1].isdigit() else "letters"
                kinds.setdefault(f"{kind}_{min(len(text), 4)}", []).append(ms)
            worst = max(kinds, key=lambda k: percentile(kinds[k], 0.95))
            print(
                f"run {n + 1}: {len(enc)} keystrokes, encrypted p50"
                f" {percentile(enc, 0.5):.1f} p95 {percentile(enc, 0.95):.1f} ms, plain p95"
                f" {percentile(pl, 0.95):.1f} ms, worst kind {worst}"
                f" {percentile(kinds[worst], 0.95):.1f} ms; thread CPU (both) {cpu:.2f} s"
            )
    finally:
        ws.close()
        plain.close()


if __name__ == "__main__":
    main()
