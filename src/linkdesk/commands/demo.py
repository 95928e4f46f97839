"""demo: a workspace filled with realistic synthetic data."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from linkdesk.commands.common import (
    UsageError,
    add_passphrase_option,
    whole_number,
    workspace_passphrase,
)
from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate_demo

MAX_PEOPLE = 200_000


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="create a workspace filled with synthetic demo data")
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--people",
        type=whole_number(0, MAX_PEOPLE),
        default=300,
        help="how many people (default 300)",
    )
    p.add_argument(
        "--seed",
        type=whole_number(0, 2**63 - 1),
        default=1,
        help="the same seed gives the same data",
    )
    add_passphrase_option(p)
    p.set_defaults(run=cmd_demo)


def _stderr_progress() -> Any:
    """Progress on stderr, only for a person watching a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\rMaking people: {done:,} of {total:,}", end=end, file=sys.stderr, flush=True)

    return show


def remove_workspace_files(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def cmd_demo(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if not 0 <= args.people <= MAX_PEOPLE:
        raise UsageError(f"--people must be between 0 and {MAX_PEOPLE:,}.")
    if path.exists():
        raise LinkDeskError(f"There is already a file at {path}; choose another name.")
    if not path.parent.is_dir():
        raise LinkDeskError(f"The folder {path.parent} does not exist.")
    passphrase = workspace_passphrase(args, confirm=True)
    started = time.perf_counter()
    services = AppServices.create(path, passphrase)
    try:
        generate_demo(services, people=args.people, seed=args.seed, progress=_stderr_progress())
        counts = services.counts()
    except BaseException:
        services.close()
        remove_workspace_files(path)  # never leave a half-made demo behind
        raise
    services.close()
    seconds = time.perf_counter() - started
    print(
        f"Created a demo workspace at {path}: {counts['people']:,} people, "
        f"{counts['conversations']:,} conversations, {counts['services']:,} services "
        f"({seconds:.1f} s)."
    )
    return 0
