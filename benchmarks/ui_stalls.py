"""The longest UI-thread stall per common action, on a 20,000-person workspace (DESIGN §8).

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_stalls.py [--workspace PATH] [--people N]
        [--repeats 5] [--json]

A QTimer ticks every TICK_MS on the UI thread; any gap between two ticks longer than the
interval is time the event loop could not run (a blocking call). For each action the worst
gap over all repeats is reported against the 100 ms bar. Actions are started from the event
loop and followed until their background work has landed, as a user would see them:

- search keystroke: typing a name into the caseload search, one key every 120 ms, with the
  debounced search (query + model reset) it triggers;
- open person: the person view replacing the caseload (MainWindow.show_person);
- open conversation: the conversation window for that person (open_conversation);
- open plan preview: the plan dialog until its PDF is shown (build runs in the background);
- unlock to main window: building and showing the main window after the workspace opened.

Without --workspace a demo workspace is made first with `linkdesk demo` (a few minutes for
20,000 people); the passphrase comes from LINKDESK_PASSPHRASE.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from linkdesk.app import _configure_application
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from linkdesk.support import memory
from linkdesk.ui.bench_support import BAR_MS, TICK_MS, StallDetector, spin
from linkdesk.ui.conversation import open_conversation
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.ops import Operations
from linkdesk.ui.plan_preview import PlanPreviewDialog

PASSPHRASE = "benchmark passphrase (synthetic data only)"


def spin_until(done: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    deadline = time.perf_counter() + timeout_ms / 1000
    while not done() and time.perf_counter() < deadline:
        spin(10)
    if not done():
        raise RuntimeError("an action did not finish within its time limit")


def measure(detector: StallDetector, action: Callable[[], None], settle_ms: int = 300) -> float:
    """Start the action from the event loop (as a click would), let it settle, return worst gap."""
    detector.start()
    spin(20)
    QTimer.singleShot(0, action)
    spin(settle_ms)
    return detector.stop()


def run(path: Path, passphrase: str, repeats: int) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    _configure_application(app)  # type: ignore[arg-type]
    detector = StallDetector()
    results: dict[str, list[float]] = {}

    def record(name: str, value: float) -> None:
        results.setdefault(name, []).append(round(value, 1))

    workspace = Workspace.open(path, passphrase)
    services = AppServices(workspace)
    ops = Operations()
    holder: dict[str, MainWindow] = {}

    def make_window() -> None:
        holder["window"] = MainWindow(services, ops=ops)
        holder["window"].show()

    record("unlock_to_main_window", measure(detector, make_window, 500))
    window = holder["window"]
    rows = services.people.search("", limit=100_000)
    rng = random.Random(7)
    sample = rng.sample(rows, min(repeats, len(rows)))

    for row in sample:
        window.show_caseload()
        search = window.caseload.search
        search.clear()
        spin(400)
        detector.start()
        family = row.name.split(" ")[-1]
        for char in family[:5]:
            QTest.keyClick(search, char)
            spin(120)  # a quick typist; the search runs after its debounce
        spin(400)
        record("search_keystroke", detector.stop())

        record("open_person", measure(detector, lambda pid=row.person_id: window.show_person(pid)))

        def conversation(pid: str = row.person_id) -> None:
            holder["conversation"] = open_conversation(window, services, pid, ops=ops)  # type: ignore[assignment]

        record("open_conversation", measure(detector, conversation, 500))
        holder.pop("conversation").close()  # type: ignore[attr-defined]
        spin(100)

        dialogs: list[PlanPreviewDialog] = []

        def preview(pid: str = row.person_id, dialogs: list[PlanPreviewDialog] = dialogs) -> None:
            dialog = PlanPreviewDialog(services, pid, ops=ops, parent=window)
            dialog.open()  # window-modal without blocking, as exec() shows it
            dialogs.append(dialog)

        detector.start()
        spin(20)
        QTimer.singleShot(0, preview)
        spin_until(lambda d=dialogs: bool(d) and d[0].page_count > 0)  # type: ignore[misc]
        spin(100)
        record("open_plan_preview", detector.stop())
        dialogs[0].close()
        dialogs[0].deleteLater()
        spin(50)

    window.close()
    workspace.close()
    out: dict[str, object] = {"tick_ms": TICK_MS, "bar_ms": BAR_MS, "repeats": repeats}
    for name, values in results.items():
        out[f"ui_stall_{name}_max_ms"] = max(values)
        out[f"ui_stall_{name}_runs_ms"] = values
    # The GUI process's own peak (Qt, main window, conversation windows, plan previews).
    out["gui_peak_rss_mb"] = memory.peak_rss_mb()
    out["ui_stall_ok"] = all(max(v) <= BAR_MS for v in results.values())
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workspace", type=Path)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    passphrase = os.environ.get("LINKDESK_PASSPHRASE", PASSPHRASE)
    with tempfile.TemporaryDirectory(prefix="linkdesk-stalls-") as tmp:
        path = args.workspace
        if path is None:
            path = Path(tmp) / "stalls.linkdesk"
            print(f"Making a demo workspace of {args.people:,} people...", file=sys.stderr)
            subprocess.run(
                [sys.executable, "-m", "linkdesk", "demo", str(path), "--people", str(args.people)],
                env=dict(os.environ, LINKDESK_PASSPHRASE=passphrase),
                check=True,
            )
        figures = run(path, passphrase, args.repeats)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<44} {value}")
    return 0 if figures["ui_stall_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
