"""The longest UI-thread stall while a backup runs from the backup dialog (issue 15).

    QT_QPA_PLATFORM=offscreen LINKDESK_PASSPHRASE=... python benchmarks/backup_stall.py \
        WORKSPACE [--repeats 3] [--json]

WORKSPACE is opened in the GUI as ``linkdesk bench``'s GUI child opens it (copy a cached
bench workspace first: the run writes to it). Each repeat starts a backup from the dialog into
a temporary folder and follows it to the end with the stall detector of ``bench_stalls``
(a 5 ms timer on the UI thread); the seconds, the longest gap and the load are printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from gui_script import finish

from linkdesk.services.bench_limits import load_average
from linkdesk.ui.bench_gui import open_unlocked
from linkdesk.ui.bench_stalls import _backup
from linkdesk.ui.bench_support import StallDetector


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    controller, ops = open_unlocked(args.workspace, os.environ.get("LINKDESK_PASSPHRASE", ""))
    window, services = controller.window, controller.services
    assert window is not None
    assert services is not None
    runs = []
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory(prefix="linkdesk-backup-stall-") as tmp:
            load = load_average()
            start, cpu = time.perf_counter(), time.process_time()
            stall = _backup(StallDetector(), window, services, ops, Path(tmp))
            runs.append(
                {
                    "stall_ms": round(stall, 1),
                    "seconds": round(time.perf_counter() - start, 2),
                    "cpu_s": round(time.process_time() - cpu, 2),
                    "load": load,
                }
            )
    finish(runs, controller, as_json=args.json)


if __name__ == "__main__":
    sys.exit(main())
