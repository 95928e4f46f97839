"""The GUI's own figures for ``linkdesk bench`` (run in a child process, offscreen Qt).

    LINKDESK_PASSPHRASE=... QT_QPA_PLATFORM=offscreen \\
        python -m linkdesk.ui.bench_gui WORKSPACE [--json] [--repeats 3] [--no-stalls]

The app as a worker meets it: ``AppController`` unlocks the workspace and builds the main
window (its pages, models and background operations are the real ones), then:

- ``person_view_ms``: from asking for a person (``MainWindow.show_person``) until the view
  has been painted; ``conversation_view_ms`` likewise for the conversation window;
- ``caseload_keystroke_painted_ms``: one debounced caseload search (query, model reset)
  until the list has been painted;
- the process's resident memory after each page, the report, the report's export and a
  backup, and its peak (``gui_peak_rss_mb``: the GUI's own, not the bench's);
- with stalls (default), the longest UI-thread stall of each action in
  ``linkdesk.ui.bench_stalls`` (``ui_stall_max_ms`` the worst of them).

Prints one JSON object (``--json``) or a table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from linkdesk.app import AppController, _configure_application, preload_modules
from linkdesk.services.app_services import AppServices
from linkdesk.support.memory import peak_rss_mb, rss_mb
from linkdesk.ui.bench_support import ms_until_painted, spin, spin_until
from linkdesk.ui.conversation import open_conversation
from linkdesk.ui.main_window import CASELOAD, DIRECTORY, REPORTS, SETTINGS, MainWindow
from linkdesk.ui.ops import Operations

Figures = dict[str, Any]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(q * len(ordered) + 0.999999) - 1))]


def _spread(prefix: str, values: list[float], figures: Figures) -> None:
    figures[f"{prefix}_median_ms"] = round(statistics.median(values), 1)
    figures[f"{prefix}_p95_ms"] = round(_percentile(values, 0.95), 1)
    figures[f"{prefix}_max_ms"] = round(max(values), 1)


def unlock(path: Path, passphrase: str, ops: Operations) -> AppController:
    """The controller with the workspace open and the main window shown and filled."""
    controller = AppController(ops=ops, path=path)
    controller.open_workspace(AppServices.open(path, passphrase))
    window = controller.window
    assert window is not None
    spin_until(lambda: window.caseload.model.rowCount() > 0)
    return controller


def open_unlocked(path: Path, passphrase: str) -> tuple[AppController, Operations]:
    """The GUI as a worker has it after unlocking ``path``: the application configured as
    app.py configures it, the modules preloaded, the main window shown and filled. For the
    focused benchmarks in benchmarks/ (``run`` reads the memory between these steps)."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    _configure_application(app)
    preload_modules()
    ops = Operations()
    return unlock(path, passphrase, ops), ops


def sample_people(services: AppServices, count: int, seed: int = 7) -> list[str]:
    rows = services.people.search("", limit=1_000_000)
    return [r.person_id for r in random.Random(seed).sample(rows, min(count, len(rows)))]


def measure_views(window: MainWindow, services: AppServices, ops: Operations) -> Figures:
    figures: Figures = {}
    memory: dict[str, float | None] = {"caseload": rss_mb()}
    page = window.caseload
    people = sample_people(services, 20)

    def person(pid: str) -> QWidget | None:
        window.show_person(pid)
        return window.person_view

    def conversation(pid: str) -> QWidget | None:
        return open_conversation(window, services, pid, ops=ops)

    def search() -> QWidget | None:
        page.refresh()
        return page.table.viewport()

    times = []
    for pid in people:
        window.show_caseload()
        spin(20)
        times.append(ms_until_painted(partial(person, pid))[0])
    _spread("person_view", times, figures)
    figures["person_view_ms"] = figures["person_view_p95_ms"]
    memory["person"] = rss_mb()

    times = []
    for pid in people[:8]:
        # until its step is filled in too (the Connections step finds services on a worker)
        ms, shown = ms_until_painted(partial(conversation, pid), settled=lambda: not ops.busy)
        times.append(ms)
        if shown is not None:
            shown.close()
        spin(30)
    _spread("conversation_view", times, figures)
    figures["conversation_view_ms"] = figures["conversation_view_p95_ms"]
    memory["conversation"] = rss_mb()

    window.show_caseload()
    typed = [n[: k + 1] for n in ("Smith", "Patel", "Jones", "Khan") for k in range(4)] + [""]
    times = []
    for text in typed:
        page.search.setText(text)  # starts the debounce timer; refresh() is what it calls
        times.append(ms_until_painted(search)[0])
    _spread("caseload_keystroke_painted", times, figures)

    for name, index in (("directory", DIRECTORY), ("settings", SETTINGS)):
        window.go_to(index)
        spin(100)
        memory[name] = rss_mb()
    window.go_to(REPORTS)
    reports = window.lazy_pages[REPORTS].ensure()
    spin_until(lambda: getattr(reports, "report", None) is not None)
    memory["reports"] = rss_mb()
    with tempfile.TemporaryDirectory(prefix="linkdesk-bench-gui-") as tmp:
        done: list[object] = []
        ops.op(window, lambda _p: services.reports.write_report(Path(tmp))).success(
            done.append
        ).run()
        spin_until(lambda: bool(done))
        memory["report_export"] = rss_mb()
        memory["backup"] = backup_from_gui(window, services, ops, Path(tmp))[1]
    window.go_to(CASELOAD)
    figures["gui_rss_after_mb"] = memory
    return figures


def backup_from_gui(
    window: MainWindow, services: AppServices, ops: Operations, folder: Path
) -> tuple[float, float | None]:
    """A backup through the backup dialog (its folder chosen, as the worker does);
    returns (seconds, resident MiB after)."""
    import time

    from linkdesk.ui.exchange_dialogs import BackupDialog

    dialog = BackupDialog(services, ops, lambda *_: folder, window)
    dialog.choose_folder()  # as a worker does: the folder shown in the field, then checked
    dialog.open()
    start = time.perf_counter()
    dialog.start()
    spin_until(lambda: dialog.result_path is not None or bool(dialog.error))
    seconds = time.perf_counter() - start
    if dialog.error:
        raise RuntimeError(f"the backup failed: {dialog.error}")
    dialog.close()
    dialog.deleteLater()
    spin(50)
    return seconds, rss_mb()


def run(path: Path, passphrase: str, *, repeats: int = 3, stalls: bool = True) -> Figures:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    _configure_application(app)
    figures: Figures = {"gui_rss_start_mb": rss_mb()}
    preload_modules()  # done while the passphrase is typed, in the app (app.py)
    ops = Operations()
    controller = unlock(path, passphrase, ops)
    window, services = controller.window, controller.services
    assert window is not None
    assert services is not None
    figures.update(measure_views(window, services, ops))
    if stalls:
        from linkdesk.ui.bench_stalls import measure_stalls

        figures.update(measure_stalls(controller, ops, repeats=repeats))
    figures["gui_peak_rss_mb"] = peak_rss_mb()
    controller.lock()
    spin(50)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-stalls", action="store_true")
    args = parser.parse_args(argv)
    passphrase = os.environ.get("LINKDESK_PASSPHRASE", "")
    figures = run(args.workspace, passphrase, repeats=args.repeats, stalls=not args.no_stalls)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:<44} {value}")
    sys.stdout.flush()
    # Leave without Python's final garbage collection of Qt objects: PySide 6 can crash
    # there (a refcount fault seen at exit), which would lose nothing but fail the child.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
