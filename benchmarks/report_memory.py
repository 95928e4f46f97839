"""What one commissioner report adds to a process's resident memory at its peak (issue 15).

    LINKDESK_PASSPHRASE=... python benchmarks/report_memory.py WORKSPACE [--runs 3]
        [--tracemalloc] [--export]

Unlocks WORKSPACE as the GUI does (``AppServices.open``), fills the shared connection's
cache as the caseload does, then for each run: resets the process's peak (``VmHWM``, by
writing 5 to ``/proc/self/clear_refs``, proc(5)), works the report out as the Reports page
does (``overview()`` then ``compute()`` on a worker thread, the collector paused) and prints
what the peak rose by over the resident memory before it, SQLite's own high-water mark
(``sqlite3_memory_highwater``), malloc's use after it, CPU time (thread and process) and the
wall time. ``--tracemalloc``: Python's own peak of traced blocks during the report (slower).
``--export``: the report's export (CSV and PDF) too. Works on a copy: it writes an audit
entry for each export.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from memory_probe import python_arenas, sqlite_library  # noqa: E402 (beside this file)


def _proc(*keys: str) -> dict[str, float]:
    out: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in keys:
                out[key] = int(rest.split()[0]) / 1024
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--export", action="store_true")
    parser.add_argument("--collect", action="store_true", help="gc.collect() after (trial)")
    args = parser.parse_args()

    from linkdesk.services.app_services import AppServices
    from linkdesk.support import collector
    from linkdesk.support.memory import limit_arenas, release_free_memory

    limit_arenas()  # as the GUI (app._configure_application)
    from linkdesk.services.app_services import preload

    preload()  # as the GUI does while the passphrase is typed (app.preload_modules)
    lib = sqlite_library()
    services = AppServices.open(args.workspace, os.environ.get("LINKDESK_PASSPHRASE", ""))
    services.people.search("", 500)  # the caseload's first page and count, as after unlock
    services.people.count()
    reports = services.reports
    release_free_memory()
    print(
        f"{'run':>4}{'before':>9}{'peak+':>8}{'after+':>8}{'sqlite hw':>10}"
        f"{'py peak':>9}{'thread cpu':>11}{'proc cpu':>9}{'wall':>7}"
        f"{'sqlite0':>8}{'arenas+':>8}{'pyused+':>8}{'arenas':>8}"
    )
    for n in range(args.runs):
        before = _proc("VmRSS")["VmRSS"]
        sqlite0 = lib.sqlite3_memory_used() / 2**20
        arenas0 = python_arenas()
        lib.sqlite3_memory_highwater(1)
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        result: dict[str, float] = {}

        def work(result: dict[str, float] = result) -> None:
            t0 = time.thread_time()
            if args.tracemalloc:
                tracemalloc.start()
            with collector.paused():
                reports.overview()
                reports.compute()
                if args.export:
                    with tempfile.TemporaryDirectory(prefix="linkdesk-repmem-") as tmp:
                        reports.write_report(Path(tmp))
            if args.tracemalloc:
                result["py"] = tracemalloc.get_traced_memory()[1] / 2**20
                tracemalloc.stop()
            if args.collect:
                import gc

                c0 = time.perf_counter()
                gc.collect()
                result["gc_ms"] = (time.perf_counter() - c0) * 1000
            result["cpu"] = time.thread_time() - t0
            release_free_memory()  # as ops._Job after a long job

        p0, w0 = time.process_time(), time.perf_counter()
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        wall, proc_cpu = time.perf_counter() - w0, time.process_time() - p0
        now = _proc("VmRSS", "VmHWM")
        arenas1 = python_arenas()
        print(
            f"{n:>4}{before:9.1f}{now['VmHWM'] - before:8.1f}{now['VmRSS'] - before:8.1f}"
            f"{lib.sqlite3_memory_highwater(0) / 2**20:10.1f}{result.get('py', 0):9.1f}"
            f"{result['cpu']:11.2f}{proc_cpu:9.2f}{wall:7.2f}"
            f"{sqlite0:8.1f}{arenas1[0] - arenas0[0]:8.1f}{arenas1[1] - arenas0[1]:8.1f}"
            f"{arenas1[0]:8.1f}  gc {result.get('gc_ms', 0):.0f} ms"
        )
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
