"""directory import / search / export."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from linkdesk.commands.common import (
    UsageError,
    add_passphrase_option,
    open_services,
    print_json,
    shown,
    whole_number,
)
from linkdesk.domain.models import Service
from linkdesk.domain.service_schedule import describe

DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def register(sub: Any) -> None:
    p = sub.add_parser("directory", help="the directory of community services")
    dsub = p.add_subparsers(dest="directory_command", metavar="ACTION", required=True)

    imp = dsub.add_parser("import", help="import Open Referral UK JSON, a CSV package or a CSV")
    imp.add_argument("path", metavar="PATH", help="the workspace")
    imp.add_argument("sources", metavar="SOURCE", nargs="+", help="files or package folders")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    add_passphrase_option(imp)
    imp.set_defaults(run=cmd_import)

    find = dsub.add_parser("search", help="search the directory")
    find.add_argument("path", metavar="PATH")
    find.add_argument("query", metavar="QUERY", nargs="?", default="")
    find.add_argument("--json", action="store_true")
    find.add_argument("--category", metavar="C")
    find.add_argument("--free", action="store_true", help="only free services")
    find.add_argument("--day", metavar="DAY", help="mon, tue, ... sun")
    find.add_argument("--accessible", action="store_true", help="step-free or wheelchair access")
    find.add_argument("--limit", type=whole_number(1, 10_000), default=20)
    add_passphrase_option(find)
    find.set_defaults(run=cmd_search)

    exp = dsub.add_parser("export", help="export the directory as a LinkDesk CSV")
    exp.add_argument("path", metavar="PATH")
    exp.add_argument("dest", metavar="DEST.csv")
    add_passphrase_option(exp)
    exp.set_defaults(run=cmd_export)


def _plain(text: str) -> str:
    """Imported text printed on a terminal: control characters (escape codes) removed."""
    return "".join(c if c.isprintable() else " " for c in text)


def cmd_import(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if total and sys.stderr.isatty():
            about = "" if done == total else "about "
            print(f"\r  {done} of {about}{total} services   ", end="", file=sys.stderr, flush=True)

    with open_services(args) as services:
        report = services.directory.import_sources(args.sources, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "added": report.added,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "rejected": report.rejected,
                "values_left_out": report.fields_dropped,
                "skipped": [
                    {"item": s.item, "reason": s.reason, "rejected": s.rejected}
                    for s in report.skipped
                ],
                "not_listed": report.not_listed,
                "seconds": round(report.seconds, 3),
            }
        )
        return 0
    print(f"Imported: {report.summary()} ({report.seconds:.1f} s).")
    for item in report.skipped[:200]:
        what = "rejected" if item.rejected else "left out"
        print(f"  {what}: {_plain(str(item))}")
    more = len(report.skipped) - 200 + report.not_listed
    if more > 0:
        print(f"  ... and {more} more")
    return 0


def _as_json(s: Service, today: date) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "organisation": s.organisation,
        "categories": s.categories,
        "alert": s.alert,
        "address": s.address.split("\n") if s.address else [],
        "postcode": s.postcode,
        "area": s.area,
        "phone": s.phone,
        "email": s.email,
        "website": s.website,
        "schedule": s.schedule,
        "when": describe(s.schedules, today) if s.schedules else [],
        "days": s.days,
        "attending": s.attending,
        "languages": s.languages,
        "cost": s.cost,
        "free": s.is_free,
        "accessibility": s.accessibility,
        "last_checked": s.last_checked_on.isoformat() if s.last_checked_on else None,
        "source": s.source.value,
        "source_id": s.source_id,
    }


def cmd_search(args: argparse.Namespace) -> int:
    day = None
    if args.day:
        day = DAYS.get(args.day.strip().lower()[:3])
        if day is None:
            raise UsageError("--day must be one of mon, tue, wed, thu, fri, sat, sun.")
    with open_services(args) as services:
        found = services.directory.search(
            args.query,
            limit=max(1, args.limit),
            category=args.category,
            free_only=args.free,
            day=day,
            accessible=args.accessible,
        )
        today = services.clock.today()
    if args.json:
        print_json([_as_json(s, today) for s in found])
        return 0
    if not found:
        print("No services found.")
    for s in found:
        extra = "; ".join(p for p in (s.organisation, s.schedule, "free" if s.is_free else "") if p)
        print(_plain(f"{s.name}  ({extra})" if extra else s.name))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    dest = Path(args.dest)
    with open_services(args) as services:
        count = services.directory.export_csv(dest)
    print(f"Exported {count} services to {shown(dest)}.")
    return 0
