"""Start to the unlock screen: the PyInstaller bundle against the virtual environment.

    python packaging/build.py            # once, to make dist/linkdesk/
    python benchmarks/bundle_start.py [--runs 10] [--json]

Both are started the same way `linkdesk bench` times its GUI start (services/bench.py): a
child process with QT_QPA_PLATFORM=offscreen and LINKDESK_BENCH_QUIT_AT_UNLOCK set, timed
from spawn to the "unlock screen shown" line, after one untimed warm start. The runs of
the two alternate, so background noise hits both alike. The target (issue 11): the bundle's
median within 1.5x the venv's. Also prints the bundle's size and its largest parts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from linkdesk.services.bench import QUIT_AT_UNLOCK_ENV, UNLOCK_SHOWN_MARKER

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = (
    ROOT / "dist" / "linkdesk" / ("linkdesk-cli.exe" if sys.platform == "win32" else "linkdesk")
)
TARGET_RATIO = 1.5


def start_ms(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    shown = any(UNLOCK_SHOWN_MARKER in line for line in child.stdout)
    elapsed = (time.perf_counter() - start) * 1000
    child.wait(timeout=60)
    if not shown:
        raise SystemExit(f"{command[0]} did not report its unlock screen")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not BUNDLE.exists():
        raise SystemExit(f"no bundle at {BUNDLE}: run python packaging/build.py first")
    with tempfile.TemporaryDirectory() as tmp:
        workspace = str(Path(tmp) / "none-yet.linkdesk")
        env = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", LINKDESK_LOG_DIR=str(Path(tmp) / "logs")
        )
        env[QUIT_AT_UNLOCK_ENV] = "1"
        commands = {
            "venv": [sys.executable, "-m", "linkdesk", "--workspace", workspace],
            "bundle": [str(BUNDLE), "--workspace", workspace],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            start_ms(command, env)  # warm: files in the page cache
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(start_ms(command, env))
    figures: dict[str, object] = {}
    for name, values in times.items():
        figures[f"{name}_start_to_unlock_median_ms"] = round(statistics.median(values), 1)
        figures[f"{name}_start_to_unlock_max_ms"] = round(max(values), 1)
    ratio = figures["bundle_start_to_unlock_median_ms"] / figures["venv_start_to_unlock_median_ms"]  # type: ignore[operator]
    figures["bundle_to_venv_ratio"] = round(ratio, 2)
    figures["ratio_target"] = TARGET_RATIO
    sys.path.insert(0, str(ROOT / "packaging"))
    from build import size_report

    report = size_report()
    figures["bundle_size"] = report
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            if key != "bundle_size":
                print(f"{key:<36} {value}")
        print("\n".join(report))
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
