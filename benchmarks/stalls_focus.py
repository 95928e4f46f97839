"""The caseload/search/Reports/import stalls alone, and the Today view and caseload sorts, on
one workspace (issue 15's stalls3 work: faster to iterate than the bench's whole GUI child).

    LINKDESK_PASSPHRASE=... QT_QPA_PLATFORM=offscreen python benchmarks/stalls_focus.py \\
        WORKSPACE [--repeats 3] [--only one_letter_search,search_typing,...] [--profile OUT]

Prints one JSON object: each action's runs (ms), their max, the process's CPU seconds, the
load average, and with ``--day`` the Today view and caseload sort figures (as the bench
times them). ``--profile OUT`` writes a cProfile of the UI thread (pstats file).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import random
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest

from linkdesk.ui.bench_gui import open_unlocked
from linkdesk.ui.bench_stalls import (
    _conversation,
    _directory_typing,
    _figures_shown,
    _reports_page,
    _type,
    _typing_during_import,
)
from linkdesk.ui.bench_support import StallDetector, spin, spin_until
from linkdesk.ui.main_window import CASELOAD, REPORTS


class CpuStallDetector(StallDetector):
    """The longest gap, plus the most CPU the UI thread (``ui_cpu``) and the whole process
    (``proc_cpu``) used within one gap: a gap the machine's other processes caused shows
    little CPU of ours; one our own work caused shows it (load-robust, unlike the wall gap)."""

    def start(self) -> None:
        super().start()
        self.t_cpu, self.p_cpu = time.thread_time(), time.process_time()
        self.worst_ui_cpu = self.worst_proc_cpu = 0.0
        self.p_start, self.over_50 = self.p_cpu, 0

    def _tick(self) -> None:
        if time.perf_counter() - self.last > 0.05:
            self.over_50 += 1
        super()._tick()
        t, p = time.thread_time(), time.process_time()
        self.worst_ui_cpu = max(self.worst_ui_cpu, (t - self.t_cpu) * 1000)
        self.worst_proc_cpu = max(self.worst_proc_cpu, (p - self.p_cpu) * 1000)
        self.t_cpu, self.p_cpu = t, p


ACTIONS = (
    "one_letter_search",
    "search_typing",
    "open_reports",
    "typing_during_report",
    "typing_during_import",
    "directory",
    "open_conversation",
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default=",".join(ACTIONS))
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--day", action="store_true")
    parser.add_argument("--warm-reports", action="store_true")
    parser.add_argument("--gc-log", action="store_true")  # each collection: time, thread
    parser.add_argument("--switch-ms", type=float)  # experiment: sys.setswitchinterval
    parser.add_argument("--no-enter-filter", action="store_true")  # experiment
    # Wait this long after the sample is drawn (the start's Today and caseload fills, built
    # in slices, otherwise overlap the first action measured).
    parser.add_argument("--settle-ms", type=int, default=0)
    args = parser.parse_args()
    collections: list[tuple[str, int, float]] = []
    if args.gc_log:
        import gc
        import threading

        started: dict[int, float] = {}
        sizes: list[int] = []

        def on_gc(phase: str, info: dict[str, int]) -> None:
            ident = threading.get_ident()
            if phase == "start":
                if info["generation"] == 2 and os.environ.get("STALLS_GC_COUNT"):
                    sizes.append(len(gc.get_objects(2)))
                started[ident] = time.perf_counter()
            elif ident in started:
                ms = (time.perf_counter() - started.pop(ident)) * 1000
                main = threading.current_thread() is threading.main_thread()
                collections.append(("ui" if main else "worker", info["generation"], ms))

        gc.callbacks.append(on_gc)
    if args.switch_ms:
        sys.setswitchinterval(args.switch_ms / 1000)
    if args.no_enter_filter:
        from linkdesk.ui import keyboard

        keyboard._installed[id(None)] = None  # type: ignore[assignment]
        keyboard.install = lambda app: None  # type: ignore[assignment]
    only = set(args.only.split(","))
    controller, ops = open_unlocked(args.workspace, os.environ.get("LINKDESK_PASSPHRASE", ""))
    window, services = controller.window, controller.services
    assert window is not None
    assert services is not None
    spin(500)
    if args.warm_reports:
        window.go_to(REPORTS)
        spin_until(partial(_figures_shown, _reports_page(window)))
        window.go_to(CASELOAD)
        spin(300)
    out: dict[str, Any] = {"load_start": os.getloadavg()}
    detector = CpuStallDetector()
    cpu: dict[str, list[tuple[float, float]]] = {}
    results: dict[str, list[float]] = {}
    gaps: dict[str, list[int]] = {}
    action_cpu: dict[str, list[float]] = {}
    rows = services.people.search("", limit=1_000_000)
    sample = random.Random(11).sample(rows, args.repeats)
    del rows  # as the bench (the app never holds everyone's row)
    if args.settle_ms:
        spin_until(lambda: not ops.busy)
        spin(args.settle_ms)
    letters = "smbjkpwhcd"
    profiler = cProfile.Profile() if args.profile else None
    cpu0, wall0 = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()

    def note(name: str, value: float) -> None:
        results.setdefault(name, []).append(value)
        cpu.setdefault(name, []).append(
            (round(detector.worst_ui_cpu, 1), round(detector.worst_proc_cpu, 1))
        )
        # Gaps over 50 ms, and this process's CPU seconds, over the whole action.
        gaps.setdefault(name, []).append(detector.over_50)
        action_cpu.setdefault(name, []).append(round(time.process_time() - detector.p_start, 2))

    for n, row in enumerate(sample):
        surname = row.name.split(" ")[-1][:5]
        if "one_letter_search" in only:
            window.show_caseload()
            window.caseload.search.clear()
            spin(400)
            detector.start()
            QTest.keyClicks(window.caseload.search, letters[n % len(letters)])
            spin(450)
            note("one_letter_search", detector.stop())
        if "search_typing" in only:
            window.show_caseload()
            window.caseload.search.clear()
            spin(400)
            detector.start()
            _type(window, surname)
            note("search_typing", detector.stop())
        if "open_reports" in only:
            window.show_caseload()
            spin(100)
            detector.start()
            window.go_to(REPORTS)
            page = _reports_page(window)
            spin_until(partial(_figures_shown, page))
            spin(100)
            note("open_reports", detector.stop())
        if "typing_during_report" in only:
            window.go_to(CASELOAD)
            window.caseload.search.clear()
            spin(300)
            detector.start()
            window.go_to(REPORTS)
            page = _reports_page(window)
            spin(10)
            window.go_to(CASELOAD)
            _type(window, surname, until=partial(_figures_shown, page))
            note("typing_during_report", detector.stop())
        if "directory" in only:
            note("directory", _directory_typing(detector, window))
            window.go_to(CASELOAD)
            spin(200)
        if "open_conversation" in only:
            detector.start()
            note_value = _conversation(detector, window, services, ops, row.person_id)
            note("open_conversation", note_value)
        if "typing_during_import" in only:
            with tempfile.TemporaryDirectory(prefix="stalls3-") as tmp:
                value = _typing_during_import(detector, window, Path(tmp), n + 50)
                note("typing_during_import", value)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    out["cpu_s"] = round(time.process_time() - cpu0, 2)
    out["wall_s"] = round(time.perf_counter() - wall0, 2)
    for name, values in results.items():
        out[name] = {
            "max": max(values),
            "median": statistics.median(values),
            "runs": values,
            "ui_cpu_max": max(c[0] for c in cpu[name]),
            "proc_cpu_max": max(c[1] for c in cpu[name]),
            "gaps_over_50ms": gaps[name],
            "process_cpu_s": action_cpu[name],
        }
    if args.day:
        from linkdesk.domain.caseload import CaseloadQuery, CaseloadSort

        def timed(call: Any) -> tuple[float, float]:
            c, w = time.thread_time(), time.perf_counter()
            call()
            return (time.perf_counter() - w) * 1000, (time.thread_time() - c) * 1000

        services.today.view()
        today = [timed(services.today.view) for _ in range(6)]
        out["today_ms"] = statistics.median(t[0] for t in today)
        out["today_cpu_ms"] = statistics.median(t[1] for t in today)
        for s in CaseloadSort:
            services.caseload.page(CaseloadQuery(sort=s))
        page = services.caseload.page
        sorts = {s.value: timed(partial(page, CaseloadQuery(sort=s))) for s in CaseloadSort}
        out["sorts_ms"] = {k: round(v[0], 1) for k, v in sorts.items()}
        out["sorts_cpu_ms"] = {k: round(v[1], 1) for k, v in sorts.items()}
        out["caseload_sort_max_ms"] = max(v[0] for v in sorts.values())
    if args.gc_log:
        out["gc_gen2_sizes"] = sizes if args.gc_log else []
        for where in ("ui", "worker"):
            for gen in (0, 1, 2):
                times = [ms for w, g, ms in collections if w == where and g == gen]
                if times:
                    out[f"gc_{where}_gen{gen}"] = (len(times), round(max(times), 1))
    out["load_end"] = os.getloadavg()
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
