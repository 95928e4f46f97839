"""How much a Today computation on a worker slows a person's opening on the UI thread, and
how much of that is the interpreter lock rather than a busy core.

    LINKDESK_PASSPHRASE=... QT_QPA_PLATFORM=offscreen \\
        python benchmarks/today_gil.py WORKSPACE [--people 60] [--json]

Person opens (as ``linkdesk bench`` times them: the view built and painted) in turn with: an
idle worker; a worker computing ``services.today.view()`` over and over (SQLite, which
releases the lock while it steps, and Python building the rows, which holds it); a worker
keeping a core busy without the lock (SHA-256 of 32 MiB, which releases it). busy minus
cpu_only is, roughly, the wait for the lock. Wall and UI-thread CPU, min/median/max in ms.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from gui_script import finish, opened

from linkdesk.ui.bench_gui import sample_people
from linkdesk.ui.bench_support import ms_until_painted, spin, spin_until

MODES = ("idle", "today_view", "cpu_only")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    controller, _ops, window, services = opened(args.workspace)
    spin_until(lambda: window.today.view is not None)
    spin(500)
    people = sample_people(services, args.people)
    stop = threading.Event()
    blob = b"x" * (32 << 20)

    def today_view() -> None:
        while not stop.is_set():
            services.today.view()

    def cpu_only() -> None:
        while not stop.is_set():
            hashlib.sha256(blob).digest()

    loops: dict[str, Callable[[], None] | None] = {
        "idle": None,
        "today_view": today_view,
        "cpu_only": cpu_only,
    }
    found: dict[str, dict[str, list[float]]] = {m: {"wall": [], "cpu": []} for m in MODES}
    out: dict[str, object] = {"load_start": os.getloadavg(), "switch_s": sys.getswitchinterval()}
    for i, pid in enumerate(people):
        mode = MODES[i % len(MODES)]
        window.show_caseload()
        spin(50)
        loop = loops[mode]
        worker = threading.Thread(target=loop) if loop is not None else None
        if worker is not None:
            stop.clear()
            worker.start()
            time.sleep(0.03)  # the worker under way
        cpu = time.thread_time()
        ms, _shown = ms_until_painted(partial(window.show_person, pid))
        found[mode]["cpu"].append((time.thread_time() - cpu) * 1000)
        found[mode]["wall"].append(ms)
        if worker is not None:
            stop.set()
            worker.join()
    for mode, values in found.items():
        for kind, times in values.items():
            ordered = sorted(times)
            out[f"{mode}_{kind}_ms"] = [
                round(ordered[0], 1),
                round(statistics.median(ordered), 1),
                round(ordered[-1], 1),
            ]
    out["load_end"] = os.getloadavg()
    finish(out, controller, as_json=args.json, width=22)


if __name__ == "__main__":
    raise SystemExit(main())
