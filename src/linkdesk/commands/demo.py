"""demo: a workspace filled with realistic synthetic data."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="create a workspace filled with synthetic demo data")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--people", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--passphrase-file", metavar="FILE")
    p.set_defaults(run=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    raise NotImplementedError("demo data is being built")
