"""linkdesk letter PATH PERSON --to gp|referrer --out FILE.pdf: the message back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from linkdesk.commands.common import add_passphrase_option, open_services
from linkdesk.commands.plan import resolve_person
from linkdesk.domain.enums import LetterRecipient


def register(sub: Any) -> None:
    p = sub.add_parser("letter", help="save the message back to the GP or referrer as a PDF")
    p.add_argument("path", metavar="PATH")
    p.add_argument("person", metavar="PERSON", help="the person's id, or a name only they have")
    p.add_argument(
        "--to", required=True, choices=[r.value for r in LetterRecipient], help="who it is for"
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to save the letter")
    add_passphrase_option(p)
    p.set_defaults(run=cmd_letter)


def cmd_letter(args: argparse.Namespace) -> int:
    out = Path(args.out)
    to = LetterRecipient(args.to)
    with open_services(args) as services:
        person_id = resolve_person(services, args.person)
        saved = services.letters.save_pdf(person_id, to, out)
    print(f"Saved the letter to {out}.")
    if not saved.letter.narrative:
        print(
            f"Without consent to share with the {to.label}, it holds only identifiers, "
            "dates and codes."
        )
    return 0
