"""How long a thread that wants the GIL waits while a report is worked out (issue 15: the
"typing during a report" stall), without Qt.

    LINKDESK_PASSPHRASE=... python benchmarks/report_gil.py WORKSPACE [--runs 3]

Unlocks WORKSPACE, sets the GUI's switch interval (``app.UI_SWITCH_INTERVAL_S``), then for
each run works the report out as the Reports page does (``overview()`` then ``compute()``
on a worker thread, the collector paused) while the main thread, like the UI's event loop,
sleeps 1 ms and then does a few microseconds of Python, over and over. Prints, per run, the
worker's CPU seconds and wall seconds, and the main thread's waits beyond its 1 ms sleep
(each is mostly waiting for the GIL, or for a CPU on a loaded machine): the longest, the
99th percentile and the total, in ms, with its own CPU seconds (near zero on a quiet
machine). Run it alternately with two source trees on ``PYTHONPATH`` (A B A B ...).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from linkdesk.app import UI_SWITCH_INTERVAL_S
    from linkdesk.services.app_services import AppServices, preload
    from linkdesk.support import collector

    preload()
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    services = AppServices.open(args.workspace, os.environ.get("LINKDESK_PASSPHRASE", ""))
    services.people.search("", 500)
    reports = services.reports
    print(
        f"{'run':>4}{'worker cpu':>11}{'wall':>7}{'max wait':>9}{'p99':>7}{'waits':>8}"
        f"{'main cpu':>9}"
    )
    for n in range(args.runs):
        result: dict[str, float] = {}

        def work(result: dict[str, float] = result) -> None:
            t0 = time.thread_time()
            with collector.paused():
                reports.overview()
                reports.compute()
            result["cpu"] = time.thread_time() - t0

        worker = threading.Thread(target=work)
        waits: list[float] = []
        main_cpu, w0 = time.thread_time(), time.perf_counter()
        worker.start()
        while worker.is_alive():
            before = time.perf_counter()
            time.sleep(0.001)
            sum(range(50))  # a little Python, as an event loop's handler runs
            waits.append(max(0.0, (time.perf_counter() - before) * 1000 - 1.0))
        worker.join()
        wall, main_cpu = time.perf_counter() - w0, time.thread_time() - main_cpu
        waits.sort()
        p99 = waits[int(0.99 * (len(waits) - 1))] if waits else 0.0
        print(
            f"{n:>4}{result['cpu']:11.2f}{wall:7.2f}{waits[-1]:9.1f}{p99:7.1f}"
            f"{sum(waits):8.0f}{main_cpu:9.2f}"
        )
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
