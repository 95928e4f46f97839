"""The longest UI-thread stall while erasing a person from the GUI, on a big workspace.

    QT_QPA_PLATFORM=offscreen python benchmarks/erase_stall.py --workspace PATH [--repeats 3]

Uses the stall detector from ui_stalls.py. For comparison it also times the old way: calling
``services.exchange.erase_person`` on the UI thread (delete + checkpoint + VACUUM). The
workspace is changed (people are erased): use a throwaway copy. Passphrase from
LINKDESK_PASSPHRASE.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_stalls import PASSPHRASE, StallDetector, spin, spin_until  # noqa: E402

from linkdesk.services.app_services import AppServices  # noqa: E402
from linkdesk.store.workspace import Workspace  # noqa: E402
from linkdesk.ui import exchange_actions  # noqa: E402
from linkdesk.ui.ops import Operations  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    workspace = Workspace.open(args.workspace, os.environ.get("LINKDESK_PASSPHRASE", PASSPHRASE))
    services = AppServices(workspace)
    ops = Operations()
    exchange_actions.ask_erase = lambda parent, name: (name, True)  # type: ignore[assignment]
    rows = services.people.search("", limit=2 * args.repeats)
    print(f"workspace {args.workspace.stat().st_size / 1e6:.0f} MB, "
          f"{services.people.count():,} people")  # fmt: skip
    detector = StallDetector()
    for i in range(args.repeats):
        for how, pid in (("gui", rows[2 * i].person_id), ("old", rows[2 * i + 1].person_id)):
            outcome: list[object] = []

            def action(how: str = how, pid: str = pid, outcome: list[object] = outcome) -> None:
                start = time.perf_counter()
                if how == "gui":
                    exchange_actions.erase_person(
                        None,
                        services,
                        ops,
                        pid,
                        on_erased=lambda: outcome.extend([True, time.perf_counter() - start]),
                    )
                else:  # the old way: everything on the UI thread
                    outcome.append(services.exchange.erase_person(pid) > 0)
                    outcome.append(time.perf_counter() - start)

            detector.start()
            spin(20)
            QTimer.singleShot(0, action)
            spin_until(lambda outcome=outcome: len(outcome) == 2, timeout_ms=120_000)
            spin(100)
            worst = detector.stop()
            label = "background (erase_person)" if how == "gui" else "old: on the UI thread"
            print(f"{label:<28} erased={outcome[0]} took {outcome[1]:.2f} s, "
                  f"worst UI stall {worst:.0f} ms")  # fmt: skip
    workspace.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
