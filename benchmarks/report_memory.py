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
import ctypes
import os
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any


def _proc(*keys: str) -> dict[str, float]:
    out: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in keys:
                out[key] = int(rest.split()[0]) / 1024
    return out


def _sqlite() -> Any:
    import sqlcipher3.dbapi2  # noqa: F401 (loads the extension)

    so = next(
        m.__file__
        for m in list(sys.modules.values())
        if "sqlcipher3/_sqlite3" in (getattr(m, "__file__", "") or "")
    )
    lib = ctypes.CDLL(so)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    return lib


def _arenas() -> tuple[float, float]:
    """Python's object allocator: (arenas mapped, bytes in blocks in use), MiB, from
    ``sys._debugmallocstats`` (it writes to the C stderr: read back from a temporary file
    of counts only)."""
    arenas = used = 0.0
    with tempfile.TemporaryFile() as tmp:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        for line in tmp.read().decode("ascii", "replace").splitlines():
            if line.startswith("# arenas allocated current"):
                arenas = float(line.split("=")[1].replace(",", ""))  # 1 MiB each
            elif line.startswith("# bytes in allocated blocks"):
                used = int(line.split("=")[1].replace(",", "")) / 2**20
    return arenas, used


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
    lib = _sqlite()
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
        arenas0 = _arenas()
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
        arenas1 = _arenas()
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
