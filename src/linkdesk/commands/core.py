"""init, check, passwd, people."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, cast

from linkdesk.commands.common import (
    add_passphrase_option,
    open_services,
    print_json,
    read_secret,
    shown,
    whole_number,
    workspace_passphrase,
)
from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices
from linkdesk.services.integrity import check_at


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a new, empty workspace")
    p.add_argument("path", metavar="PATH")
    add_passphrase_option(p)
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("check", help="unlock, verify integrity and print counts")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--backups",
        metavar="FOLDER",
        help="also compare the audit log with the manifests of this workspace's backups in FOLDER",
    )
    add_passphrase_option(p)
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("passwd", help="change the workspace passphrase")
    p.add_argument("path", metavar="PATH")
    add_passphrase_option(p)
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(run=cmd_passwd)

    p = sub.add_parser("people", help="list people")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--search", default="", metavar="TEXT")
    p.add_argument("--limit", type=whole_number(1, 1_000_000), default=1000)
    p.add_argument("--json", action="store_true")
    add_passphrase_option(p)
    p.set_defaults(run=cmd_people)


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if path.exists():
        raise LinkDeskError(f"There is already a file at {path}; choose another name.")
    passphrase = workspace_passphrase(args, confirm=True)
    AppServices.create(path, passphrase).close()
    print(f"Created an empty workspace at {shown(path)}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    # The workspace alone, not the whole services: a damaged one must still be checked and
    # its damage named (a bad settings page would stop the services from loading).
    path = Path(args.path)
    AppServices.check_looks_like_workspace(path)  # before prompting: nothing to unlock
    backups = Path(args.backups) if args.backups else None
    report, code = check_at(path, workspace_passphrase(args), backups)
    if args.json:
        print_json(report)
    else:
        problems = cast(list[str], report["problems"])
        state = "OK" if report["ok"] else f"PROBLEM: {len(problems)} check(s) failed"
        print(f"{state}; schema version {report['schema_version']}")
        for problem in problems:
            print(f"  PROBLEM: {problem}")
        for note in cast(list[str], report["notes"]):
            print(f"  note: {note}")
        for key in (
            "people",
            "referrals",
            "conversations",
            "goals",
            "connections",
            "measures",
            "services",
        ):
            count = report[key]
            print(f"  {key}: {'cannot be read' if count is None else count}")
    return code


def cmd_passwd(args: argparse.Namespace) -> int:
    current = workspace_passphrase(args)
    with open_services(args, current) as services:
        new = read_secret(
            file=args.new_passphrase_file,
            env="LINKDESK_NEW_PASSPHRASE",
            prompt="New passphrase: ",
            confirm=True,
        )
        # The same use case as the GUI's dialog: re-key, and the same audit entry.
        services.account.change_passphrase(current, new)
    print("Passphrase changed. The old passphrase no longer opens this workspace.")
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        rows = services.people.search(args.search, limit=args.limit)
    if args.json:
        print_json(
            [
                {
                    "id": r.person_id,
                    "name": r.name,
                    "preferred_name": r.preferred_name,
                    "referral_status": r.referral_status.value if r.referral_status else None,
                    "next_follow_up": r.next_follow_up.isoformat() if r.next_follow_up else None,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        status = r.referral_status.label if r.referral_status else "-"
        due = r.next_follow_up.isoformat() if r.next_follow_up else "-"
        print(f"{r.person_id}  {r.name:<32}  {status:<10}  next: {due}")
    return 0
