"""What the worker waits for when opening things: the person view, the conversation window
and the plan preview, in the GUI (offscreen), with wall and UI-thread CPU time.

    LINKDESK_PASSPHRASE=... QT_QPA_PLATFORM=offscreen \\
        python benchmarks/views_bench.py WORKSPACE [--people 20] [--profile OUT.prof] [--json]

The same measures as ``linkdesk bench``'s GUI child (``linkdesk.ui.bench_gui``: the view
built and painted; ``linkdesk.ui.bench_stalls``: the longest UI-thread stall while opening a
conversation and a plan preview until its pages are shown), one area at a time, so a change
can be measured before and after on the same copy of a workspace. Each figure is given as
min/median/p95/max, wall clock and the UI thread's CPU time (``time.thread_time``: far less
sensitive to a loaded machine than the wall clock).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import time
from functools import partial
from pathlib import Path
from typing import Any

from gui_script import finish, opened, spread
from PySide6.QtWidgets import QWidget

from linkdesk.ui.bench_gui import sample_people
from linkdesk.ui.bench_stalls import _conversation, _plan_preview
from linkdesk.ui.bench_support import StallDetector, ms_until_painted, spin
from linkdesk.ui.conversation import open_conversation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--stall-repeats", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    parser.add_argument(
        "--profile-part", choices=("person_view", "conversation", "stalls"), default=""
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    controller, ops, window, services = opened(args.workspace)
    people = sample_people(services, args.people)
    profile = cProfile.Profile() if args.profile else None
    out: dict[str, Any] = {"load_start": os.getloadavg()}

    def timed(name: str, act: Any) -> None:
        walls, cpus = [], []
        for pid in people[: (8 if name == "conversation" else len(people))]:
            window.show_caseload()
            spin(20)
            cpu = time.thread_time()
            mine = profile if args.profile_part in ("", name) else None
            if mine:
                mine.enable()
            # As linkdesk bench (ui/bench_gui.py): the person view until its first paint (its
            # audit entry is written on a worker the view does not wait for); the
            # conversation until its Connections step's look-ups have landed and painted.
            settled = (lambda: not ops.busy) if name == "conversation" else None
            ms, shown = ms_until_painted(partial(act, pid), settled=settled)
            if mine:
                mine.disable()
            cpus.append((time.thread_time() - cpu) * 1000)
            walls.append(ms)
            if name == "conversation" and shown is not None:
                shown.close()
                spin(30)
        out[f"{name}_wall_ms"] = spread(walls)
        out[f"{name}_cpu_ms"] = spread(cpus)

    def person(pid: str) -> QWidget | None:
        window.show_person(pid)
        return window.person_view

    def conversation(pid: str) -> QWidget | None:
        return open_conversation(window, services, pid, ops=ops)

    timed("person_view", person)
    timed("conversation", conversation)
    detector = StallDetector()
    stalls: dict[str, list[float]] = {"open_conversation": [], "open_plan_preview": []}
    mine = profile if args.profile_part in ("", "stalls") else None
    for pid in people[: args.stall_repeats]:
        if mine:
            mine.enable()
        cpu = time.thread_time()
        stalls["open_conversation"].append(_conversation(detector, window, services, ops, pid))
        stalls.setdefault("open_conversation_cpu", []).append((time.thread_time() - cpu) * 1000)
        cpu = time.thread_time()
        stalls["open_plan_preview"].append(_plan_preview(detector, window, services, ops, pid))
        stalls.setdefault("open_plan_preview_cpu", []).append((time.thread_time() - cpu) * 1000)
        if mine:
            mine.disable()
    for name, values in stalls.items():
        out[f"stall_{name}_ms"] = spread(values)
    out["load_end"] = os.getloadavg()
    if profile and args.profile:
        profile.dump_stats(str(args.profile))
    finish(out, controller, as_json=args.json, width=32)


if __name__ == "__main__":
    raise SystemExit(main())
