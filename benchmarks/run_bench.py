"""Print the DESIGN §8 figures (same code as `linkdesk bench`).

    python benchmarks/run_bench.py [--people 20000] [--services 5000] [--json] [--reliability]
        [--ui-stalls]

--reliability also runs the long kill -9 test (tests marked slow) and prints its outcome.
--ui-stalls also runs benchmarks/ui_stalls.py (offscreen; it makes its own workspace).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from linkdesk.services.bench import run_bench


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--services", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--reliability", action="store_true")
    parser.add_argument("--ui-stalls", action="store_true")
    args = parser.parse_args()
    figures = run_bench(
        people=args.people,
        services=args.services,
        seed=args.seed,
        say=lambda m: print(m, file=sys.stderr, flush=True),
    )
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<34} {value}")
    root = Path(__file__).resolve().parents[1]
    status = 0
    if args.ui_stalls:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        stalls = [sys.executable, str(root / "benchmarks" / "ui_stalls.py")]
        stalls += ["--people", str(args.people)] + (["--json"] if args.json else [])
        status = subprocess.run(stalls, cwd=root, env=env, check=False).returncode
    if args.reliability:
        test = root / "tests" / "reliability" / "test_kill9.py"
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-m", "slow", str(test)], cwd=root, check=False
        )
        status = status or done.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
