"""init, check, passwd, people."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from linkdesk.commands.common import (
    add_passphrase_option,
    open_services,
    print_json,
    read_secret,
    shown,
    workspace_passphrase,
)
from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a new, empty workspace")
    p.add_argument("path", metavar="PATH")
    add_passphrase_option(p)
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("check", help="unlock, verify integrity and print counts")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print one JSON object")
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
    p.add_argument("--limit", type=int, default=1000)
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
    with open_services(args) as services:
        report = services.check()
    if args.json:
        print_json(report)
    else:
        state = "OK" if report["ok"] else "PROBLEM: the integrity check failed"
        print(f"{state}; schema version {report['schema_version']}")
        for key in (
            "people",
            "referrals",
            "conversations",
            "goals",
            "connections",
            "measures",
            "services",
        ):
            print(f"  {key}: {report[key]}")
    return 0 if report["ok"] else 1


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
