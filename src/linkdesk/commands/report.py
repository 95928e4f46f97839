"""`linkdesk report PATH`: print the anonymised commissioner figures (files: `linkdesk export`)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from linkdesk.commands.common import UsageError, add_passphrase_option, open_services, print_json
from linkdesk.domain.report import Report

EARLIEST, LATEST = date(1900, 1, 1), date(2999, 12, 31)  # a report period lies between


def _date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date like 2026-04-01") from None
    if not EARLIEST <= value <= LATEST:
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is outside the years {EARLIEST.year} to {LATEST.year}"
        )
    return value


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="print the anonymised report figures for a period")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--from", dest="start", type=_date, metavar="DATE", help="first day (ISO)")
    p.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day (default today)")
    p.add_argument("--all-time", action="store_true", help="from the first record")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    add_passphrase_option(p)
    p.set_defaults(run=cmd_report)


def format_text(report: Report) -> str:
    lines = [f"Commissioner report, {report.period_text} (counts 1 to 4 shown as <5)"]
    for table in report.tables:
        lines += ["", table.title]
        width = max(len(r.label) for r in table.rows)
        if len(table.columns) > 2:
            lines.append(f"  {'':<{width}}  {' | '.join(table.columns[1:])}")
        for row in table.rows:
            code = f"  [SNOMED {row.snomed}]" if row.snomed else ""
            lines.append(f"  {row.label:<{width}}  {' | '.join(row.values)}{code}")
    return "\n".join(lines)


def cmd_report(args: argparse.Namespace) -> int:
    if args.all_time and args.start:
        raise UsageError("Give --from or --all-time, not both.")
    with open_services(args) as services:
        report = services.reports.compute(args.start, args.end, all_time=args.all_time)
    if args.json:
        print_json(report.as_dict())
    else:
        print(format_text(report))
    return 0
