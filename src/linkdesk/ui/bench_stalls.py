"""The longest UI-thread stall of each action a worker takes (DESIGN §8: none over 100 ms).

A timer ticks every 5 ms on the UI thread; the longest gap between two ticks while an action
is followed to its end (its background work landed, the view painted) is the longest time
the window could not respond. Each action is repeated and its worst run counts:

- ``one_letter_search``: one letter typed in the cleared caseload search (the broadest
  search, after its debounce);
- ``search_typing``: a surname typed one key every 120 ms;
- ``open_person``, ``open_conversation``, ``open_plan_preview`` (until its PDF is shown);
- ``open_reports``: the Reports page opened until its figures are shown (built the first
  time, worked out again each time);
- ``directory``: the directory page opened and a service typed one key every 120 ms
  (searches run on every key, 200 results);
- ``backup``: a backup from the backup dialog, start to finish;
- ``typing_during_report``: a name typed in the caseload while the report is worked out;
- ``typing_during_import``: a name typed while 2,000 services are imported (the import's
  progress dialog is up; the keys go to the search box as a script sends them).
"""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from linkdesk.app import AppController
from linkdesk.ui.bench_support import BAR_MS, TICK_MS, StallDetector, spin, spin_until
from linkdesk.ui.main_window import CASELOAD, DIRECTORY, REPORTS, MainWindow
from linkdesk.ui.ops import Operations

Figures = dict[str, Any]
KEY_GAP_MS = 120  # a quick typist


def _type(window: MainWindow, text: str, until: Callable[[], bool] | None = None) -> None:
    """Type ``text`` into the caseload search, a key every KEY_GAP_MS (longer while
    ``until`` is not yet true: the typing lasts as long as the work it overlaps)."""
    search = window.caseload.search
    keys = list(text)
    i = 0
    while i < len(keys) or (until is not None and not until()):
        if i >= len(keys):
            QTest.keyClick(search, Qt.Key.Key_Backspace)  # and type on: keeps searching
            keys.append(text[-1])
        QTest.keyClicks(search, keys[i])
        i += 1
        spin(KEY_GAP_MS)
    spin(400)  # the last key's debounced search


def _reports_page(window: MainWindow) -> Any:
    return window.lazy_pages[REPORTS].ensure()


def _figures_shown(page: Any) -> bool:
    return getattr(page, "report", None) is not None and not getattr(page, "_loading", True)


def _sample(services: Any, count: int) -> list[Any]:
    """``count`` caseload rows drawn from everyone; the whole list is the bench's own and is
    dropped here, not held in the GUI's memory through every stall run (issue 15: at 50,000
    people it is tens of MB the app itself never holds)."""
    rows = services.people.search("", limit=1_000_000)
    return random.Random(11).sample(rows, min(count, len(rows)))


def measure_stalls(controller: AppController, ops: Operations, *, repeats: int = 3) -> Figures:
    window, services = controller.window, controller.services
    assert window is not None
    assert services is not None
    detector = StallDetector()
    results: dict[str, list[float]] = {}

    def record(name: str, value: float) -> None:
        results.setdefault(name, []).append(value)

    sample = _sample(services, repeats)
    letters = "smbjkpwhcd"
    for n, row in enumerate(sample):
        window.show_caseload()
        window.caseload.search.clear()
        spin(400)
        detector.start()
        QTest.keyClicks(window.caseload.search, letters[n % len(letters)])
        spin(450)
        record("one_letter_search", detector.stop())

        window.caseload.search.clear()
        spin(400)
        detector.start()
        _type(window, row.name.split(" ")[-1][:5])
        record("search_typing", detector.stop())

        pid = row.person_id
        record("open_person", detector.measure(partial(window.show_person, pid)))
        record("open_conversation", _conversation(detector, window, services, ops, pid))
        record("open_plan_preview", _plan_preview(detector, window, services, ops, pid))

        window.show_caseload()
        spin(100)
        detector.start()
        window.go_to(REPORTS)
        page = _reports_page(window)
        spin_until(partial(_figures_shown, page))
        spin(100)
        record("open_reports", detector.stop())

        record("directory", _directory_typing(detector, window))

        window.go_to(CASELOAD)
        window.caseload.search.clear()
        spin(300)
        detector.start()
        window.go_to(REPORTS)  # shown: the figures are worked out again in the background
        page = _reports_page(window)
        spin(10)
        window.go_to(CASELOAD)
        _type(window, row.name.split(" ")[-1][:5], until=partial(_figures_shown, page))
        record("typing_during_report", detector.stop())

        with tempfile.TemporaryDirectory(prefix="linkdesk-stalls-") as tmp:
            record("backup", _backup(detector, window, services, ops, Path(tmp)))
            record("typing_during_import", _typing_during_import(detector, window, Path(tmp), n))

    out: Figures = {"ui_stall_tick_ms": TICK_MS, "ui_stall_bar_ms": BAR_MS}
    for name, values in results.items():
        out[f"ui_stall_{name}_max_ms"] = max(values)
        out[f"ui_stall_{name}_runs_ms"] = values
    out["ui_stall_max_ms"] = max(max(v) for v in results.values())
    out["ui_stall_ok"] = out["ui_stall_max_ms"] <= BAR_MS
    return out


def _directory_typing(detector: StallDetector, window: MainWindow) -> float:
    """The longest stall while the Directory page is opened and "walking" typed into its
    search box key by key, at a quick typist's pace."""
    window.go_to(DIRECTORY)
    spin(200)
    detector.start()
    directory = window.lazy_pages[DIRECTORY].ensure()
    box = getattr(directory, "search", None)
    if box is not None:
        box.clear()
        for key in "walking":
            QTest.keyClicks(box, key)
            spin(KEY_GAP_MS)
    spin(200)
    return detector.stop()


def _conversation(
    detector: StallDetector, window: MainWindow, services: Any, ops: Operations, pid: str
) -> float:
    from linkdesk.ui.conversation import open_conversation

    opened: list[Any] = []
    value = detector.measure(
        lambda: opened.append(open_conversation(window, services, pid, ops=ops)), 500
    )
    for shown in opened:
        shown.close()
    spin(100)
    return value


def _plan_preview(
    detector: StallDetector, window: MainWindow, services: Any, ops: Operations, pid: str
) -> float:
    from linkdesk.ui.plan_preview import PlanPreviewDialog

    dialogs: list[PlanPreviewDialog] = []

    def preview() -> None:
        dialog = PlanPreviewDialog(services, pid, ops=ops, parent=window)
        dialog.open()  # window-modal without blocking, as exec() shows it
        dialogs.append(dialog)

    detector.start()
    spin(20)
    QTimer.singleShot(0, preview)
    spin_until(lambda: bool(dialogs) and dialogs[0].page_count > 0)
    spin(100)
    value = detector.stop()
    dialogs[0].close()
    dialogs[0].deleteLater()
    spin(50)
    return value


def _backup(
    detector: StallDetector, window: MainWindow, services: Any, ops: Operations, folder: Path
) -> float:
    from linkdesk.ui.bench_gui import backup_from_gui

    detector.start()
    spin(20)
    backup_from_gui(window, services, ops, folder)
    spin(100)
    return detector.stop()


def _typing_during_import(
    detector: StallDetector, window: MainWindow, folder: Path, n: int
) -> float:
    from linkdesk.services.bench_directory import oruk_page

    source = folder / f"services-{n}.json"
    page_data = oruk_page(2000, seed=100 + n)
    for service in page_data.get("contents", []):
        service["id"] = f"stall-{n}-{service['id']}"  # new services each time
    source.write_text(json.dumps(page_data), encoding="utf-8")
    window.go_to(DIRECTORY)
    directory = window.lazy_pages[DIRECTORY].ensure()
    transfer = directory.transfer  # type: ignore[attr-defined]  # a lazy page: QWidget here
    window.go_to(CASELOAD)
    window.caseload.search.clear()
    spin(300)
    detector.start()
    running = transfer.start_import([source])
    _type(window, "Patel", until=lambda: running.finished)
    spin_until(lambda: running.finished)
    spin(200)
    value = detector.stop()
    message = getattr(transfer, "message", None)
    if message is not None:
        message.close()
    return value
