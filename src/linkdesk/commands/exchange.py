"""export, import, restore, erase: exchange with the shared drive from the command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from linkdesk.commands.common import (
    UsageError,
    add_passphrase_option,
    open_services,
    print_json,
    read_secret,
    shown,
)
from linkdesk.domain.errors import LinkDeskError, NotFoundError
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import ExchangeService

BUNDLE_ENV = "LINKDESK_BUNDLE_PASSPHRASE"
PLAINTEXT_WARNING = (
    "linkdesk: warning: these files are NOT encrypted (plain, unencrypted JSON and PDF); "
    "keep them safe and delete them when no longer needed."
)


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="backup bundle, a person's record, or the report")
    p.add_argument("path", metavar="PATH")
    p.add_argument("dest", metavar="DEST", help="an existing folder (e.g. the shared drive)")
    p.add_argument("--kind", choices=("backup", "person", "report"), required=True)
    p.add_argument("--person", metavar="PERSON", help="id or unique name (with --kind person)")
    p.add_argument("--bundle-passphrase-file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    add_passphrase_option(p)
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("import", help="merge a backup bundle into the workspace")
    p.add_argument("path", metavar="PATH")
    p.add_argument("bundle", metavar="BUNDLE", help="a .ldbackup file (with its .json beside it)")
    p.add_argument("--bundle-passphrase-file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the merge report as JSON")
    add_passphrase_option(p)
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("restore", help="make a new workspace from a backup bundle")
    p.add_argument("bundle", metavar="BUNDLE")
    p.add_argument("newpath", metavar="NEWPATH", help="the new workspace file (must not exist)")
    p.add_argument("--bundle-passphrase-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(run=cmd_restore)

    p = sub.add_parser("erase", help="erase a person and everything about them, for good")
    p.add_argument("path", metavar="PATH")
    p.add_argument("person", metavar="PERSON", help="id or unique name")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    add_passphrase_option(p)
    p.set_defaults(run=cmd_erase)


def _bundle_passphrase(args: argparse.Namespace) -> str | None:
    if args.bundle_passphrase_file:
        return read_secret(file=args.bundle_passphrase_file, env=BUNDLE_ENV, prompt="")
    return os.environ.get(BUNDLE_ENV) or None


def resolve_person(services: AppServices, text: str) -> str:
    """A person id from an id or a name that matches exactly one person."""
    text = text.strip()
    if not text:
        raise UsageError("Name the person (their id or their name).")
    if services.people.find(text) is not None:
        return text
    rows = services.people.search(text, limit=50)
    exact = [r for r in rows if r.name.casefold() == text.casefold()]
    matches = exact or rows
    if not matches:
        raise NotFoundError(f"No one called {text!r} is in this workspace.")
    if len(matches) > 1:
        raise LinkDeskError(f"{len(matches)} people match {text!r}; give their id instead.")
    return matches[0].person_id


def cmd_export(args: argparse.Namespace) -> int:
    dest = Path(args.dest)
    if args.kind == "person" and not args.person:
        raise UsageError("--kind person needs --person PERSON.")
    with open_services(args) as services:
        if args.kind == "backup":
            result = services.exchange.backup(dest, bundle_passphrase=_bundle_passphrase(args))
            if args.json:
                print_json(
                    {
                        "bundle": shown(result.bundle_path),
                        "manifest": shown(result.manifest_path),
                        "seconds": round(result.seconds, 3),
                        "counts": result.manifest.counts,
                    }
                )
            else:
                print(f"Backup saved and checked: {shown(result.bundle_path)}")
            return 0
        if args.kind == "person":
            person_id = resolve_person(services, args.person)
            print(PLAINTEXT_WARNING, file=sys.stderr)
            paths = services.exchange.export_person(person_id, dest)
        else:
            reports = getattr(services, "reports", None)
            if reports is None:
                raise LinkDeskError("The commissioner report is not available in this version.")
            paths = list(reports.write_report(dest))
    for path in paths:
        print(shown(path))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        key = _bundle_passphrase(args)  # None: the workspace's own passphrase
        report = services.exchange.merge(Path(args.bundle), bundle_passphrase=key)
    if args.json:
        print_json(
            {
                "bundle_workspace_id": report.bundle_workspace_id,
                "added": report.added,
                "updated": report.updated,
                "deleted": report.deleted,
                "tombstones_added": report.tombstones_added,
                "people_erased": report.people_erased,
                "already_merged": report.already_merged,
                "tables": {name: vars(t) for name, t in report.tables.items()},
                "conflicts": [vars(c) for c in report.conflicts],
                "erasures_to_decide": report.erasures_to_decide,
                "warnings": report.warnings,
            }
        )
    else:
        print("\n".join(report.lines()))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    key = _bundle_passphrase(args)
    if key is None:
        if not sys.stdin.isatty():
            raise UsageError(
                f"No backup passphrase given: use --bundle-passphrase-file or set {BUNDLE_ENV}."
            )
        key = read_secret(file=None, env=BUNDLE_ENV, prompt="Backup passphrase: ")
    new = None
    if args.new_passphrase_file or os.environ.get("LINKDESK_NEW_PASSPHRASE"):
        new = read_secret(file=args.new_passphrase_file, env="LINKDESK_NEW_PASSPHRASE", prompt="")
    result = ExchangeService.restore(
        Path(args.bundle), Path(args.newpath), bundle_passphrase=key, new_passphrase=new
    )
    print(f"Restored to {shown(result.path)} ({result.counts.get('person', 0)} people).")
    for warning in result.warnings:
        print(f"linkdesk: warning: {warning}", file=sys.stderr)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UsageError("Erasing cannot be undone; add --yes to confirm.")
    with open_services(args) as services:
        person_id = resolve_person(services, args.person)
        erased = services.exchange.erase_person(person_id)
    print(f"Erased {erased} records about person {person_id}.")
    return 0
