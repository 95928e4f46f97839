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

import random
import time

from query_pair import opened_pair

from linkdesk.services.bench_queries import (
    _people,
    caseload_keystroke,
    caseload_typing,
    keystroke_kinds,
    percentile,
    time_interleaved,
)


def main() -> None:
    with opened_pair(repeats=2) as (ws, plain, repeats):
        people, plain_people = _people(ws), _people(plain)
        _everyone, typed = caseload_typing(ws, random.Random(1))
        for n in range(repeats):
            cpu = time.thread_time()
            enc, pl = time_interleaved(
                [caseload_keystroke(people), caseload_keystroke(plain_people)], typed
            )
            cpu = time.thread_time() - cpu
            kinds = keystroke_kinds(enc, typed)
            worst = max(kinds, key=lambda k: percentile(kinds[k], 0.95))
            print(
                f"run {n + 1}: {len(enc)} keystrokes, encrypted p50"
                f" {percentile(enc, 0.5):.1f} p95 {percentile(enc, 0.95):.1f} ms, plain p95"
                f" {percentile(pl, 0.95):.1f} ms, worst kind {worst}"
                f" {percentile(kinds[worst], 0.95):.1f} ms; thread CPU (both) {cpu:.2f} s"
            )


if __name__ == "__main__":
    main()
