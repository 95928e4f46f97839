"""What each person-view open costs and what ran beside it, as ``linkdesk bench`` opens them.

    LINKDESK_PASSPHRASE=... QT_QPA_PLATFORM=offscreen \\
        python benchmarks/person_open_why.py WORKSPACE [--people 20] [--json]

Unlocks as ``ui/bench_gui.py`` does (``open_unlocked``), reads its sample of people on the UI
thread as ``measure_views`` does, then opens each person until painted (``ms_until_painted``)
and records beside each open: wall ms, UI-thread CPU ms (``time.thread_time``), the part spent
in ``show_person`` (read and fill) and after it (layout, paint), every garbage collection that
ran (generation, ms), the UI thread's page faults (``RUSAGE_THREAD``: major = read from the
drive), its wait for the workspace's connection lock, the CPU the other threads used meanwhile
(``/proc/self/task/*/schedstat``), whether background work was running, and the seconds since
unlock. One line per open (or JSON), so a slow open can be read against its neighbours.
``--pre`` does one kind of untimed first use before the timed opens (what removes the first
open's extra cost?); ``--profile OUT --profile-opens 0,20`` keeps cProfile files of chosen
opens. The prebuild of the spare view (``MainWindow._prebuild_person_view``) is timed too.
Opening people writes "viewed" entries: run it on a copy of a workspace.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import resource
import threading
import time
from pathlib import Path
from typing import Any

from gui_script import finish, opened, spread
from PySide6.QtWidgets import QWidget

from linkdesk.ui.bench_gui import sample_people
from linkdesk.ui.bench_support import ms_until_painted, spin


def _task_ns() -> dict[str, int]:
    """CPU ns used so far by each thread of this process."""
    out = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as f:
                out[tid] = int(f.read().split()[0])
        except OSError:
            continue
    return out


class _TimedLock:
    """The workspace's RLock, timing how long the UI thread waits to take it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.waited = 0.0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        start = time.perf_counter()
        got = self.inner.acquire(blocking, timeout)
        if threading.current_thread() is threading.main_thread():
            self.waited += time.perf_counter() - start
        return bool(got)

    def release(self) -> None:
        self.inner.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--passes", type=int, default=1, help="open the sample this often")
    parser.add_argument("--warm", type=int, default=0, help="untimed opens before (seed 3)")
    parser.add_argument(
        "--pre",
        choices=("", "sql", "real", "fill", "fillshow"),
        default="",
        help="before the timed opens, for another person (seed 3): read the record only; open it"
        " as a worker would; fill the spare view unshown; fill it, show it and paint it",
    )
    parser.add_argument("--wait-ms", type=int, default=0, help="event loop run before opening")
    parser.add_argument("--profile", type=Path, help="cProfile of open N into OUT.N")
    parser.add_argument("--profile-opens", default="0", help="comma-separated open numbers")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    collections: list[tuple[int, float, str]] = []
    started: dict[str, float] = {}

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started["t"] = time.perf_counter()
        elif "t" in started:
            who = threading.current_thread().name
            collections.append(
                (info["generation"], (time.perf_counter() - started.pop("t")) * 1000, who)
            )

    gc.callbacks.append(on_gc)
    jobs: list[tuple[str, float, float]] = []  # what ran on workers: name, start, end (s)
    from linkdesk.ui import ops as ops_module

    original_run = ops_module._Job.run

    def run(job: Any) -> None:
        start = time.perf_counter()
        try:
            original_run(job)
        finally:
            code = getattr(job.work, "__code__", None)
            name = getattr(job.work, "__qualname__", type(job.work).__name__)
            where = f"{name}:{code.co_firstlineno}" if code else name
            jobs.append((where, start, time.perf_counter()))

    ops_module._Job.run = run  # type: ignore[method-assign]
    prebuilt: list[tuple[float, float]] = []  # the spare view's build: wall, CPU ms
    from linkdesk.ui.main_window import MainWindow

    original_prebuild = MainWindow._prebuild_person_view

    def prebuild(self: MainWindow) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        original_prebuild(self)
        prebuilt.append(((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000))

    MainWindow._prebuild_person_view = prebuild  # type: ignore[method-assign]
    lock_box: list[_TimedLock] = []
    from linkdesk.services.app_services import AppServices

    original_open = AppServices.open

    def open_timed(*a: Any, **k: Any) -> AppServices:
        services = original_open(*a, **k)
        ws = services.people.repos.ws
        lock_box.append(_TimedLock(ws._mutex))
        ws._mutex = lock_box[0]
        return services

    AppServices.open = staticmethod(open_timed)  # type: ignore[method-assign]
    controller, ops, window, services = opened(args.workspace)
    unlocked_at = time.perf_counter()
    lock = lock_box[0]
    before_sample = len(collections)
    t0 = time.perf_counter()
    people = sample_people(services, args.people)
    sample_ms = (time.perf_counter() - t0) * 1000
    out: dict[str, Any] = {
        "load_start": [round(x, 2) for x in os.getloadavg()],
        "sample_people_ms": round(sample_ms, 1),
        "gc_in_sample": [(g, round(ms, 1)) for g, ms, _ in collections[before_sample:]],
        "frozen": gc.get_freeze_count(),
        "opens": [],
    }
    ui_tid = str(threading.get_native_id())
    spin(args.wait_ms) if args.wait_ms else None
    for pid in sample_people(services, args.warm, seed=3) if args.warm else []:
        window.show_caseload()
        spin(20)
        ms_until_painted(lambda pid=pid: (window.show_person(pid), window.person_view)[1])
    if args.pre:
        other = sample_people(services, 1, seed=3)[0]
        window.show_caseload()
        spin(20)
        if args.pre == "sql":
            services.people.record(other, audit=False)
        elif args.pre == "real":
            ms_until_painted(lambda: (window.show_person(other), window.person_view)[1])
        else:
            view = window._spare_view or window._new_person_view()
            window._spare_view = view
            view.person_id = view.referral.person_id = other
            view.load()  # reads and fills (and notes "viewed", as an open does)
            if args.pre == "fillshow":
                window.caseload_stack.setCurrentWidget(view)
                ms_until_painted(lambda: view)
                window.caseload_stack.setCurrentWidget(window.caseload)
            view.forget()
        spin(20)
    profiled = {int(n) for n in args.profile_opens.split(",") if n}
    number = -1
    walls, cpus = [], []
    for pid in people * args.passes:
        window.show_caseload()
        spin(20)
        fill: dict[str, float] = {}

        def person(pid: str = pid, fill: dict[str, float] = fill) -> QWidget | None:
            t = time.perf_counter()
            c = time.thread_time()
            window.show_person(pid)
            fill["wall"] = (time.perf_counter() - t) * 1000
            fill["cpu"] = (time.thread_time() - c) * 1000
            return window.person_view

        busy = ops.busy
        seen_gc = len(collections)
        lock.waited = 0.0
        tasks = _task_ns()
        open_start = time.perf_counter()
        ru = resource.getrusage(resource.RUSAGE_THREAD)
        cpu = time.thread_time()
        since = time.perf_counter() - unlocked_at
        number += 1
        profile = cProfile.Profile() if args.profile and number in profiled else None
        if profile:
            profile.enable()
        ms, _ = ms_until_painted(person)
        if profile and args.profile:
            profile.disable()
            profile.dump_stats(f"{args.profile}.{number}")
        cpu_ms = (time.thread_time() - cpu) * 1000
        ru2 = resource.getrusage(resource.RUSAGE_THREAD)
        tasks2 = _task_ns()
        others = sum(v - tasks.get(k, 0) for k, v in tasks2.items() if k != ui_tid) / 1e6
        walls.append(ms)
        cpus.append(cpu_ms)
        record = window.person_view.record if window.person_view else None
        out["opens"].append(
            {
                "sizes": [
                    window.person_view.timeline.count() if window.person_view else 0,
                    len(record.conversations) if record else 0,
                    len(record.follow_ups) if record else 0,
                    len(record.goals) if record else 0,
                ],
                "t_s": round(since, 2),
                "wall": round(ms, 1),
                "cpu": round(cpu_ms, 1),
                "fill_wall": round(fill["wall"], 1),
                "fill_cpu": round(fill["cpu"], 1),
                "gc": [(g, round(x, 1), w[:6]) for g, x, w in collections[seen_gc:]],
                "majflt": ru2.ru_majflt - ru.ru_majflt,
                "minflt": ru2.ru_minflt - ru.ru_minflt,
                "lock_ms": round(lock.waited * 1000, 1),
                "others_cpu_ms": round(others, 1),
                "busy": busy,
                "threads": len(tasks2),
                "jobs": [
                    (n[:60], round((b - e0) * 1000), round((e - b) * 1000))
                    for n, b, e in jobs
                    if e > open_start - 0.03 and b < open_start + ms / 1000
                    for e0 in [open_start]
                    if "note_viewed" not in n and "PersonView.load" not in n
                ],
            }
        )
    out["prebuild_ms"] = [(round(w, 1), round(c, 1)) for w, c in prebuilt]
    out["wall_ms"] = spread(walls)
    out["cpu_ms"] = spread(cpus)
    out["load_end"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        finish(out, controller, as_json=True)
    opens = out.pop("opens")
    lines = [json.dumps(out)] + [json.dumps(o) for o in opens]
    finish(lines, controller, as_json=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
