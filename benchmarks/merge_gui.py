"""A merge from the GUI: its peak memory and the longest UI stall (issue 15).

    QT_QPA_PLATFORM=offscreen python benchmarks/merge_gui.py WORKSPACE BUNDLE --work DIR \
        [--json]

WORKSPACE (a cached ``linkdesk bench`` workspace, the bench's passphrase) is copied into DIR
and opened in the GUI as ``linkdesk bench``'s GUI child opens it; then the bench's own GUI
steps run (``bench_gui.measure_views``: person and conversation views, typing, the
directory, Reports, the report's export, a backup), so the process holds what the GUI holds
when ``gui_peak_rss_mb`` is read. Then it merges BUNDLE through ``MergeRun`` (the progress
dialog, the report dialog, the window's refresh, the checkpoint after it) while the stall
detector of ``bench_stalls`` (a 5 ms timer on the UI thread) runs. Prints the resident
memory before, the peak until the report shows and until the end (``VmHWM``, reset just
before), the longest stall in each part, the seconds until the report shows and until the
checkpoint is done, the process's CPU seconds and the load: one merge a run (run it again,
alternating code trees). BUNDLE:
``merge_ab.py --make-bundle`` (the bench's) or ``merge_interleaved.py`` (the worst case).
Synthetic data only.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gui_script import finish  # noqa: E402
from merge_ab import PASSPHRASE, fresh_copy  # noqa: E402 (beside this file)

from linkdesk.services.bench_limits import load_average  # noqa: E402
from linkdesk.support.memory import peak_rss_mb, rss_mb  # noqa: E402
from linkdesk.ui.bench_gui import measure_views, open_unlocked  # noqa: E402
from linkdesk.ui.bench_support import StallDetector, spin, spin_until  # noqa: E402
from linkdesk.ui.exchange_actions import MergeRun  # noqa: E402


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")  # VmHWM back to VmRSS (proc(5))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = fresh_copy(args.workspace, args.work)
    controller, ops = open_unlocked(path, PASSPHRASE)
    window, services = controller.window, controller.services
    assert window is not None
    assert services is not None
    measure_views(window, services, ops)
    spin(500)
    out: dict[str, object] = {"gui_peak_before_merge_mb": peak_rss_mb()}
    detector = StallDetector()
    out["load"] = load_average()
    out["rss_before_mb"] = rss_mb()
    _reset_peak()
    cpu, start = time.process_time(), time.perf_counter()
    detector.start()
    spin(20)
    after = window._after_merge  # the views refreshed, as the window's Merge action does
    run = MergeRun(window, services, ops, args.bundle, on_merged=after).start(PASSPHRASE)
    spin_until(lambda: run.finished, timeout_ms=600_000)
    out["report_shown_s"] = round(time.perf_counter() - start, 2)
    out["stall_merge_ms"] = detector.stop()  # until the report shows
    out["peak_until_report_mb"] = peak_rss_mb()
    detector.start()  # then the window's refresh and the checkpoint
    spin_until(lambda: not ops.busy, timeout_ms=600_000)
    out["checkpoint_done_s"] = round(time.perf_counter() - start, 2)
    spin(100)
    out["stall_after_ms"] = detector.stop()
    out["cpu_s"] = round(time.process_time() - cpu, 2)
    out["merge_peak_mb"] = peak_rss_mb()
    out["rss_after_mb"] = rss_mb()
    out["load_after"] = load_average()
    out["error"] = run.error
    out["added"] = run.report.added if run.report else None
    finish(out, controller, as_json=args.json)


if __name__ == "__main__":
    sys.exit(main())
