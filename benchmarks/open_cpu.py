"""CPU per open of the conversation window and the person view, after Today has filled, so
the views' own cost is measured apart from the work that follows an unlock (issue 15).

    LINKDESK_PASSPHRASE=... QT_QPA_PLATFORM=offscreen \\
        python benchmarks/open_cpu.py WORKSPACE [--conversations 12] [--people 30] [--json]

Each open is timed as ``linkdesk bench`` times it (``ui/bench_gui.py``: until painted; a
conversation until its look-ups have landed and been painted), with the UI thread's CPU
(``time.thread_time``) beside the wall clock. The first conversation opened in the process
is reported on its own (``conversation_first``): it pays for first-use caches. Opening a
conversation starts one for that person, so run it on a copy of a workspace.
"""

from __future__ import annotations

import argparse
import os
import time
from functools import partial
from pathlib import Path
from typing import Any

from gui_script import finish, opened, spread
from PySide6.QtWidgets import QWidget

from linkdesk.ui.bench_gui import sample_people
from linkdesk.ui.bench_support import ms_until_painted, spin, spin_until
from linkdesk.ui.conversation import open_conversation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--conversations", type=int, default=12)
    parser.add_argument("--people", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    controller, ops, window, services = opened(args.workspace)
    spin_until(lambda: not ops.busy)  # the preload and Today's first fill
    spin(3000)  # Today's slices (if any) done
    people = sample_people(services, max(args.people, args.conversations), seed=11)
    out: dict[str, Any] = {"load_start": [round(x, 2) for x in os.getloadavg()]}
    cpu_start = time.process_time()

    def conversation(pid: str) -> QWidget | None:
        return open_conversation(window, services, pid, ops=ops)

    walls, cpus = [], []
    for pid in people[: args.conversations]:
        window.show_caseload()
        spin(30)
        cpu = time.thread_time()
        ms, shown = ms_until_painted(partial(conversation, pid), settled=lambda: not ops.busy)
        cpus.append((time.thread_time() - cpu) * 1000)
        walls.append(ms)
        if shown is not None:
            shown.close()
        spin(30)
    out["conversation_first"] = {"wall": round(walls[0], 1), "cpu": round(cpus[0], 1)}
    out["conversation_wall_ms"] = spread(walls[1:])
    out["conversation_cpu_ms"] = spread(cpus[1:])

    def person(pid: str) -> QWidget | None:
        window.show_person(pid)
        return window.person_view

    walls, cpus = [], []
    for pid in people[: args.people]:
        window.show_caseload()
        spin(20)
        cpu = time.thread_time()
        ms, _shown = ms_until_painted(partial(person, pid))
        cpus.append((time.thread_time() - cpu) * 1000)
        walls.append(ms)
    out["person_view_wall_ms"] = spread(walls)
    out["person_view_cpu_ms"] = spread(cpus)
    out["process_cpu_s"] = round(time.process_time() - cpu_start, 2)
    out["load_end"] = [round(x, 2) for x in os.getloadavg()]
    finish(out, controller, as_json=args.json, width=24)


if __name__ == "__main__":
    raise SystemExit(main())
