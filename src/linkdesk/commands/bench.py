"""bench: the performance figures of DESIGN §8 on synthetic workspaces (docs/benchmarks.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from linkdesk.commands.common import UsageError, print_json, whole_number

MAX_PEOPLE = 200_000


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.strip().replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a list of numbers such as 2000,20000"
        ) from None
    if not sizes or any(not 1 <= n <= MAX_PEOPLE for n in sizes):
        raise argparse.ArgumentTypeError(f"each size must be 1 to {MAX_PEOPLE:,} people")
    return sizes


def register(sub: Any) -> None:
    p = sub.add_parser("bench", help="measure speed and memory on a synthetic workspace")
    p.add_argument(
        "--people", type=whole_number(1, MAX_PEOPLE), default=20_000, help="people (default 20,000)"
    )
    p.add_argument(
        "--sizes",
        type=_sizes,
        metavar="N,N,...",
        help="several sizes in one run (e.g. 2000,20000,50000); --json then prints a list",
    )
    p.add_argument(
        "--services", type=whole_number(62, 100_000), default=5_000, help="services (default 5,000)"
    )
    p.add_argument("--seed", type=whole_number(0, 2**63 - 1), default=1)
    p.add_argument(
        "--cache",
        metavar="DIR",
        help="keep generated workspaces in DIR and reuse them (synthetic data only)",
    )
    p.add_argument("--no-gui", action="store_true", help="leave out the GUI's own figures")
    p.add_argument(
        "--no-directory-imports", action="store_true", help="leave out the directory imports"
    )
    p.add_argument("--json", action="store_true", help="print JSON (a list with --sizes)")
    p.set_defaults(run=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    if not 1 <= args.people <= MAX_PEOPLE or not 62 <= args.services <= 100_000:
        raise UsageError("--people must be 1 to 200,000 and --services 62 to 100,000.")
    from linkdesk.services.bench import run_sizes  # imported when used: start-up

    def say(message: str) -> None:
        if sys.stderr.isatty():
            print(message, file=sys.stderr, flush=True)

    results = run_sizes(
        args.sizes or [args.people],
        services=args.services,
        seed=args.seed,
        say=say,
        cache=Path(args.cache).expanduser() if args.cache else None,
        gui=not args.no_gui,
        directory_imports=not args.no_directory_imports,
    )
    if args.json:
        print_json(results if args.sizes else results[0])
    else:
        for figures in results:
            for key, value in figures.items():
                print(f"{key:<40} {value}")
            print()
    return 0
