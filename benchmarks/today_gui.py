"""The Today page in the GUI: what a refresh costs the UI thread, and going back to Today.

    LINKDESK_PASSPHRASE=... QT_QPA_PLATFORM=offscreen \\
        python benchmarks/today_gui.py WORKSPACE [--repeats 5] [--json]

For each repeat, with Today shown: a refresh (F5) until ``shown`` (wall), the UI thread's
CPU over it and the longest UI-thread stall (``StallDetector``); then a person shown and a
change saved there (``changed``, as an edit sends: Today is asked to refresh), followed for
1.5 s (UI CPU, stall; ``shown`` if it came); then "back to Today", followed for 1.5 s (time
to ``shown`` if the lists were worked out again). Figures are min/median/max over the
repeats, with the load average at start and end.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

from gui_script import finish, opened, spread
from PySide6.QtCore import QTimer

from linkdesk.ui.bench_gui import sample_people
from linkdesk.ui.bench_support import StallDetector, spin, spin_until
from linkdesk.ui.main_window import TODAY


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    controller, ops, window, services = opened(args.workspace)
    page = window.today
    out: dict[str, Any] = {"load_start": os.getloadavg()}
    spin_until(lambda: page.view is not None)
    out["today_rows"] = page.model.rowCount() if hasattr(page, "model") else None
    people = sample_people(services, args.repeats)
    detector = StallDetector()
    found: dict[str, list[float]] = {}

    def follow(name: str, act: Any, *, until_shown: bool) -> None:
        done: list[float] = []
        page.shown.connect(lambda: done.append(time.perf_counter()))
        detector.start()
        spin(20)
        cpu = time.thread_time()
        started = time.perf_counter()
        QTimer.singleShot(0, act)
        if until_shown:
            spin_until(lambda: bool(done))
            spin(50)
        else:
            spin(1500)
        found.setdefault(f"{name}_ui_cpu_ms", []).append((time.thread_time() - cpu) * 1000)
        found.setdefault(f"{name}_stall_ms", []).append(detector.stop())
        if done:
            found.setdefault(f"{name}_shown_ms", []).append((done[0] - started) * 1000)
        page.shown.disconnect()

    def changed() -> None:
        if window.person_view is not None:
            window.person_view.changed.emit()

    for pid in people:
        window.go_to(TODAY)
        spin(300)
        follow("refresh", page.refresh, until_shown=True)
        window.show_person(pid)
        spin(500)
        follow("change_on_person", changed, until_shown=False)
        follow("back_to_today", lambda: window.go_to(TODAY), until_shown=False)
    for name, values in found.items():
        out[name] = spread(values)
    out["load_end"] = os.getloadavg()
    finish(out, controller, as_json=args.json, width=28)


if __name__ == "__main__":
    raise SystemExit(main())
