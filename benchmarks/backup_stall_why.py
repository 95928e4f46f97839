"""What the UI thread waits on while a backup runs from the dialog (issue 15, session 7).

    QT_QPA_PLATFORM=offscreen LINKDESK_PASSPHRASE=... python benchmarks/backup_stall_why.py \\
        WORKSPACE [--repeats 4] [--gap-ms 40]

As ``backup_stall.py``, and for every gap of the UI thread's 5 ms timer longer than
``--gap-ms``: when it began (ms since the backup started), its length, the UI thread's own
CPU in it (high: the UI thread worked; low: it waited for the GIL or a lock), and what else
ran then: garbage collections (generation, thread, ms), ``release_free_memory`` calls
(malloc_trim) and the backup's phases (timestamps of wrapped functions). Synthetic data only.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linkdesk.fileio import atomic
from linkdesk.services import exchange as exchange_service
from linkdesk.support import memory
from linkdesk.ui.bench_gui import open_unlocked
from linkdesk.ui.bench_stalls import _backup
from linkdesk.ui.bench_support import StallDetector, spin

EVENTS: list[tuple[float, float, str]] = []  # start, end (perf_counter), label
_gc_start: dict[int, float] = {}


def _gc_callback(phase: str, info: dict[str, Any]) -> None:
    now, ident = time.perf_counter(), threading.get_ident()
    if phase == "start":
        _gc_start[ident] = now
    else:
        began = _gc_start.pop(ident, now)
        who = threading.current_thread().name
        EVENTS.append((began, now, f"gc gen{info['generation']} on {who}"))


def _wrap(owner: Any, name: str, label: str) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            who = threading.current_thread().name
            EVENTS.append((start, time.perf_counter(), f"{label} on {who}"))

    setattr(owner, name, wrapper)


class GapDetector(StallDetector):
    def __init__(self, gap_ms: float) -> None:
        super().__init__()
        self.gap_ms = gap_ms
        self.gaps: list[tuple[float, float, float]] = []  # start, end, UI CPU ms

    def start(self) -> None:
        super().start()
        self.cpu = time.thread_time()
        self.gaps = []

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if (now - self.last) * 1000 > self.gap_ms:
            self.gaps.append((self.last, now, (cpu - self.cpu) * 1000))
        self.cpu = cpu
        super()._tick()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--repeats", type=int, default=4)
    parser.add_argument("--gap-ms", type=float, default=40)
    args = parser.parse_args()
    gc.callbacks.append(_gc_callback)
    _wrap(memory, "release_free_memory", "malloc_trim")
    import linkdesk.store.workspace as ws_module
    import linkdesk.ui.ops as ops_module

    ops_module.release_free_memory = memory.release_free_memory  # type: ignore[attr-defined]
    ws_module.release_free_memory = memory.release_free_memory  # type: ignore[attr-defined]
    for owner, name, label in (
        (exchange_service, "copy_checked_pages", "page copy"),
        (exchange_service, "table_counts", "counts"),
        (exchange_service, "atomic_write_bytes", "manifest"),
        (exchange_service, "open_bundle_readonly", "open at destination"),
        (atomic, "fsync_dir", "fsync folder"),
        (atomic, "_verify", "verify name"),
    ):
        _wrap(owner, name, label)
    controller, ops = open_unlocked(args.workspace, os.environ.get("LINKDESK_PASSPHRASE", ""))
    window, services = controller.window, controller.services
    assert window is not None
    assert services is not None
    detector = GapDetector(args.gap_ms)
    for _ in range(args.repeats):
        EVENTS.clear()
        with tempfile.TemporaryDirectory(prefix="linkdesk-backup-why-") as tmp:
            t0 = time.perf_counter()
            stall = _backup(detector, window, services, ops, Path(tmp))
            seconds = time.perf_counter() - t0
        gaps = []
        for start, end, ui_cpu in detector.gaps:
            during = sorted(
                {
                    f"{label} {1000 * (min(e, end) - max(s, start)):.0f}ms"
                    for s, e, label in EVENTS
                    if s < end and e > start
                }
            )
            gaps.append(
                {
                    "at_ms": round(1000 * (start - t0)),
                    "ms": round(1000 * (end - start), 1),
                    "ui_cpu_ms": round(ui_cpu, 1),
                    "during": during,
                }
            )
        print(json.dumps({"stall_ms": stall, "seconds": round(seconds, 2), "gaps": gaps}))
        sys.stdout.flush()
    controller.lock()
    spin(50)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
