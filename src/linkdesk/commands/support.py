"""diagnostics: versions and folders for a support person (never anything personal)."""

from __future__ import annotations

import argparse
from typing import Any

from linkdesk.commands.common import print_json
from linkdesk.services import diagnostics
from linkdesk.support.logfile import default_log_dir

# The log set-up's one-line problem, if any (cli.main fills it in): the report shows it.
LOG_PROBLEM: list[str] = []


def register(sub: Any) -> None:
    p = sub.add_parser(
        "diagnostics", help="versions, folders (data, logs, settings) and the last errors"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_diagnostics)


def cmd_diagnostics(args: argparse.Namespace) -> int:
    report = diagnostics.collect(
        log_dir=default_log_dir(), log_problem=LOG_PROBLEM[-1] if LOG_PROBLEM else ""
    )
    if args.json:
        print_json(report)
    else:
        print(diagnostics.format_text(report))
    return 0
