"""Where the GUI's resident memory goes, step by step (issue 15: ``gui_peak_rss_mb``).

    LINKDESK_PASSPHRASE=... QT_QPA_PLATFORM=offscreen \\
        python benchmarks/gui_memory.py WORKSPACE [--no-stalls] [--repeats 3]

Runs the bench's own GUI child (``linkdesk.ui.bench_gui.run``: pages, views, Reports, the
report's export, a backup, then the stall runs) and prints, after every step, the process's
resident memory (VmRSS), its peak so far (VmHWM) and the resident split: anonymous (heaps,
page caches, Python objects), file-backed (mapped libraries and fonts) and shared memory, all
from ``/proc/self/status``, with the CPU time used so far. The step whose line first shows
the final VmHWM is the one that set the peak. Nothing here changes what is measured.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from memory_probe import python_arenas, sqlite_library  # noqa: E402 (beside this file)

PROC = ("VmRSS", "VmHWM", "RssAnon", "RssFile")
FIELDS = (
    *PROC,
    *("sqlite", "malloc_used", "malloc_free", "py_blocks", "py_arenas", "brk_heap", "py_used"),
)
STALL_STEPS = (
    "one_letter_search",
    "search_typing",
    "open_person",
    "open_conversation",
    "open_plan_preview",
    "open_reports",
    "directory",
    "typing_during_report",
    "backup",
    "typing_during_import",
)


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _libs() -> tuple[object, object]:
    sqlite = sqlite_library()
    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = _MallInfo2
    return sqlite, libc


def status() -> dict[str, float]:
    out: dict[str, float] = {}
    sqlite, libc = _libs()
    out["sqlite"] = sqlite.sqlite3_memory_used() / 2**20  # type: ignore[attr-defined]
    info = libc.mallinfo2()  # type: ignore[attr-defined]
    out["malloc_used"] = (info.uordblks + info.hblkhd) / 2**20
    out["malloc_free"] = info.fordblks / 2**20
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in PROC:
                out[key] = int(rest.split()[0]) / 1024
    out["py_blocks"] = sys.getallocatedblocks() / 1e4
    out.update(_smaps())
    return out


def _smaps() -> dict[str, float]:
    """Python's object allocator, MiB: its arenas (mapped, each 1 MiB on 64-bit CPython
    3.10+) and the bytes of the blocks in use in them (``sys._debugmallocstats``, which
    writes to the C stderr: read back through a temporary file of counts only); and
    malloc's main heap (``[heap]`` in ``/proc/self/smaps``, resident)."""
    arenas, used = python_arenas()
    out = {"py_arenas": arenas, "brk_heap": 0.0, "py_used": used}
    heap = False
    with open("/proc/self/smaps", encoding="ascii", errors="replace") as fh:
        for line in fh:
            if line[0] in "0123456789abcdef" and "-" in line.split(maxsplit=1)[0]:
                heap = line.rstrip().endswith("[heap]")
            elif heap and line.startswith("Rss:"):
                out["brk_heap"] += int(line.split()[1]) / 1024
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--no-stalls", action="store_true")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--step-peaks", action="store_true", help="VmHWM per step (the peak since the last)"
    )
    args = parser.parse_args()

    from linkdesk.ui import bench_gui, bench_stalls, bench_support

    rows: list[tuple[str, dict[str, float], float, float]] = []
    t0 = time.perf_counter()

    def note(label: str) -> None:
        rows.append((label, status(), time.process_time(), time.perf_counter() - t0))
        if args.step_peaks:  # each row's VmHWM: the peak since the row before (proc(5))
            with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
                fh.write("5")

    original_rss = bench_gui.rss_mb
    labels = iter(
        [
            "gui_start",
            "caseload",
            "person",
            "conversation",
            "directory",
            "settings",
            "reports",
            "report_export",
            "backup",
            "stall_backup",
        ]
    )

    def rss_and_note() -> float | None:
        note("views:" + next(labels, "stall_backup"))
        return original_rss()

    bench_gui.rss_mb = rss_and_note  # type: ignore[assignment]
    stops = [0]
    original_stop = bench_support.StallDetector.stop

    def stop_and_note(self: bench_support.StallDetector) -> float:
        value = original_stop(self)
        n = stops[0]
        stops[0] += 1
        note(f"stall{n // len(STALL_STEPS)}:{STALL_STEPS[n % len(STALL_STEPS)]}")
        return value

    bench_support.StallDetector.stop = stop_and_note  # type: ignore[method-assign]
    bench_stalls.StallDetector.stop = stop_and_note  # type: ignore[method-assign]
    note("start")
    figures = bench_gui.run(
        args.workspace,
        os.environ.get("LINKDESK_PASSPHRASE", ""),
        repeats=args.repeats,
        stalls=not args.no_stalls,
    )
    note("end")
    print(f"{'step':<34}" + "".join(f"{f:>10}" for f in FIELDS) + f"{'cpu s':>8}{'wall s':>8}")
    for label, values, cpu, wall in rows:
        print(
            f"{label:<34}"
            + "".join(f"{values.get(f, 0):10.1f}" for f in FIELDS)
            + f"{cpu:8.1f}{wall:8.1f}"
        )
    print("gui_peak_rss_mb", max(values["VmHWM"] for _, values, _, _ in rows))
    for key, value in figures.items():
        if key.startswith("ui_stall_") and key.endswith("_max_ms"):
            print(key, value)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
