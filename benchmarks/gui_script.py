"""What the GUI benchmark scripts share: a list's spread and the way a script ends.

Imported by the scripts beside it (``python benchmarks/NAME.py`` puts this folder first on
``sys.path``): open_cpu, views_bench, today_gil, today_gui, merge_gui and backup_stall.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

from linkdesk.app import AppController
from linkdesk.services.app_services import AppServices
from linkdesk.ui.bench_gui import open_unlocked
from linkdesk.ui.bench_support import spin
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.ops import Operations


def opened(workspace: Path) -> tuple[AppController, Operations, MainWindow, AppServices]:
    """The GUI unlocked on ``workspace`` with the passphrase in ``LINKDESK_PASSPHRASE`` (as
    ``bench_gui.open_unlocked``), and its main window and services."""
    controller, ops = open_unlocked(workspace, os.environ.get("LINKDESK_PASSPHRASE", ""))
    window, services = controller.window, controller.services
    assert window is not None
    assert services is not None
    return controller, ops, window, services


def spread(values: list[float]) -> dict[str, float]:
    """min, median, p95 (nearest rank) and max of ``values`` in their unit, 0.1 rounded."""
    if not values:
        return {}
    ordered = sorted(values)
    p95 = ordered[max(0, min(len(ordered) - 1, int(0.95 * len(ordered) + 0.999999) - 1))]
    return {
        "min": round(ordered[0], 1),
        "median": round(statistics.median(ordered), 1),
        "p95": round(p95, 1),
        "max": round(ordered[-1], 1),
    }


def finish(out: Any, controller: AppController, *, as_json: bool, width: int = 0) -> None:
    """Print ``out`` (JSON, or ``key value`` lines ``width`` wide for a dict), lock, leave.

    Leaves with ``os._exit(0)`` as bench_gui does: no final garbage collection of Qt objects.
    """
    if as_json:
        print(json.dumps(out))
    elif width and isinstance(out, dict):
        for key, value in out.items():
            print(f"{key:<{width}} {value}")
    elif isinstance(out, list):
        print("\n".join(map(str, out)))
    else:
        print(out)
    sys.stdout.flush()
    controller.lock()
    spin(50)
    os._exit(0)
