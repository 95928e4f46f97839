"""linkdesk today PATH [--on YYYY-MM-DD] [--weeks N] [--json]: who needs the worker today."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from linkdesk.commands.common import UsageError, add_passphrase_option, open_services, print_json
from linkdesk.domain.english_dates import day_name, full_day
from linkdesk.domain.enums import ConversationKind, FollowUpKind, ReferralSource
from linkdesk.domain.today import TodayView

STEP_LABELS = {
    "consent": "welcome and consent",
    "matters": "what matters",
    "areas": "life areas",
    "goals": "goals",
    "connections": "connections",
    "wellbeing": "wellbeing check",
    "agree": "agree the plan",
    "finish": "finish",
}

_EMPTY = {
    "due_today": "No one is booked for today.",
    "overdue": "No overdue bookings.",
    "waiting_first_contact": "No referrals waiting for first contact.",
    "unfinished_conversations": "No unfinished conversations.",
    "not_contacted": "Everyone has been contacted recently or has a booking.",
    "this_week": "Nothing else booked this week.",
}


def register(sub: Any) -> None:
    p = sub.add_parser("today", help="who needs the link worker today")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day to show (default: today)")
    p.add_argument("--weeks", type=int, metavar="N", help="not contacted for N weeks or more")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    add_passphrase_option(p)
    p.set_defaults(run=cmd_today)


def parse_on(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--on takes a date written YYYY-MM-DD, not {text!r}.") from None


def days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def cmd_today(args: argparse.Namespace) -> int:
    on = parse_on(args.on)
    with open_services(args) as services:
        view = services.today.view(on, weeks=args.weeks)
    if args.json:
        print_json(view.as_dict())
    else:
        print_text(view)
    return 0


def print_text(view: TodayView) -> None:
    print(f"Today, {full_day(view.on)}")
    sections: list[tuple[str, str, list[str]]] = [
        (
            "Due today",
            "due_today",
            [f"{b.name}: {FollowUpKind(b.kind).label.lower()}" for b in view.due_today],
        ),
        (
            "Overdue",
            "overdue",
            [
                f"{b.name}: {days(b.days_overdue)} overdue (booked for {b.due_on})"
                for b in view.overdue
            ],
        ),
        (
            "Waiting for first contact",
            "waiting_first_contact",
            [
                f"{w.name}: {days(w.days_waiting)}, from {ReferralSource(w.source).label}"
                for w in view.waiting_first_contact
            ],
        ),
        (
            "Unfinished conversations",
            "unfinished_conversations",
            [
                f"{u.name}: {ConversationKind(u.kind).label.lower()} of {u.held_on},"
                f" stopped at {STEP_LABELS.get(u.step, u.step or 'the start')}"
                for u in view.unfinished_conversations
            ],
        ),
        (
            f"Not contacted for {view.not_contacted_weeks} weeks or more",
            "not_contacted",
            [
                f"{n.name}: "
                + (days(n.days_since) if n.days_since is not None else "never contacted")
                for n in view.not_contacted
            ],
        ),
        (
            "Later this week",
            "this_week",
            [f"{b.name}: {day_name(b.due_on)}" for b in view.this_week],
        ),
    ]
    for title, key, lines in sections:
        print(f"\n{title} ({len(lines)})")
        for line in lines or [_EMPTY[key]]:
            print(f"  {line}")
