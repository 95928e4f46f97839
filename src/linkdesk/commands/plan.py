"""linkdesk plan PATH PERSON --out FILE.pdf [--language CODE] [--large-print] [--easy-read]."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from linkdesk.commands.common import (
    UsageError,
    add_passphrase_option,
    open_services,
    refuse_overwriting_workspace,
    shown,
)
from linkdesk.domain.errors import LinkDeskError, NotFoundError
from linkdesk.services.app_services import AppServices

_SHOWN = 5  # names listed when PERSON matches several people
_LANGUAGES = "{languages}"


class _HelpFormatter(argparse.HelpFormatter):
    """Lists the plan's languages only when help is shown: reading the catalogues (and
    importing the plan service, with ReportLab) is not a cost every start should pay."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        if text and _LANGUAGES in text:
            from linkdesk.services.plans import PlanService

            listed = ", ".join(f"{x.code} ({x.english_name})" for x in PlanService.languages())
            text = text.replace(_LANGUAGES, listed)
        return text


def register(sub: Any) -> None:
    p = sub.add_parser(
        "plan", help="save a person's take-home plan as a PDF", formatter_class=_HelpFormatter
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("person", metavar="PERSON", help="the person's id, or a name only they have")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to save the plan")
    p.add_argument("--large-print", action="store_true", help="body text of 16 pt or more")
    p.add_argument("--easy-read", action="store_true", help="one idea per line, larger text")
    p.add_argument(
        "--language",
        metavar="CODE",
        default="",
        help=f"the plan's language: {_LANGUAGES}; default: the person's plan language, else their"
        " preferred language",
    )
    add_passphrase_option(p)
    p.set_defaults(run=cmd_plan)


def resolve_person(services: AppServices, person: str) -> str:
    """The id of the one person PERSON names (an id, or a name no one else has)."""
    wanted = person.strip()
    if not wanted:
        raise UsageError("Name the person: their id or their name.")
    try:
        return services.people.get(wanted).id
    except NotFoundError:
        pass
    rows = services.people.search(wanted, limit=50)
    key = wanted.casefold()
    exact = [r for r in rows if key in (r.name.casefold(), r.preferred_name.casefold())]
    matches = exact or rows
    if len(matches) == 1:
        return matches[0].person_id
    hint = f"see 'linkdesk people PATH --search \"{wanted}\"' and give the id instead"
    if not matches:
        raise LinkDeskError(f"No one matches {wanted!r}; {hint}.")
    listed = ", ".join(f"{r.name} ({r.person_id})" for r in matches[:_SHOWN])
    more = " and more" if len(matches) > _SHOWN else ""
    raise LinkDeskError(f"{wanted!r} matches {len(matches)} people: {listed}{more}; {hint}.")


def _language(given: str | None) -> str:
    """--language as a code: a code or a language's name ("cy", "Welsh", "Cymraeg"), the same
    way the preferred-language field is read; no language at all is a usage error."""
    if not given or not given.strip():
        return ""
    from linkdesk.services.plans import PlanService

    code = PlanService.language_code(given)
    if not code:
        shipped = ", ".join(x.code for x in PlanService.languages())
        raise UsageError(
            f"--language {given[:40]!r} is not a language; the plan comes in {shipped}."
        )
    return code


def cmd_plan(args: argparse.Namespace) -> int:
    out = Path(args.out)
    refuse_overwriting_workspace(args.path, out)
    language = _language(args.language)
    with open_services(args) as services:
        person_id = resolve_person(services, args.person)
        chosen = services.plans.plan_language(person_id, language)
        if chosen.note:
            print(chosen.note, file=sys.stderr)
        services.plans.save_pdf(
            person_id,
            out,
            large_print=args.large_print,
            easy_read=args.easy_read,
            language=chosen.language.code,
        )
    print(f"Saved the plan ({chosen.language.english_name}) to {shown(out)}.")
    return 0
