"""bench: the performance figures of DESIGN §8 on a synthetic workspace."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from linkdesk.commands.common import UsageError, print_json, whole_number
from linkdesk.services.bench import run_bench


def register(sub: Any) -> None:
    p = sub.add_parser("bench", help="measure speed and memory on a synthetic workspace")
    p.add_argument(
        "--people", type=whole_number(1, 200_000), default=20_000, help="people (default 20,000)"
    )
    p.add_argument(
        "--services", type=whole_number(62, 100_000), default=5_000, help="services (default 5,000)"
    )
    p.add_argument("--seed", type=whole_number(0, 2**63 - 1), default=1)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    if not 1 <= args.people <= 200_000 or not 62 <= args.services <= 100_000:
        raise UsageError("--people must be 1 to 200,000 and --services 62 to 100,000.")

    def say(message: str) -> None:
        if sys.stderr.isatty():
            print(message, file=sys.stderr, flush=True)

    figures = run_bench(people=args.people, services=args.services, seed=args.seed, say=say)
    if args.json:
        print_json(figures)
    else:
        for key, value in figures.items():
            print(f"{key:<34} {value}")
    return 0
