"""Today's lists, checked against an independent computation over every record of a generated
workspace, through the CLI with --on fixed (and on an empty workspace)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from linkdesk.domain.clock import FixedClock
from linkdesk.domain.enums import FollowUpStatus
from linkdesk.domain.models import Referral
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

MADE_ON = date(2026, 3, 11)  # the demo is made "on" this Wednesday
DAYS = [MADE_ON, MADE_ON + timedelta(days=1), MADE_ON + timedelta(days=4), date(2026, 2, 1)]
KEYS = ("due_today", "overdue", "waiting_first_contact", "unfinished_conversations",
        "not_contacted", "this_week")  # fmt: skip


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("today") / "day.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        generate(AppServices(ws, clock=FixedClock(MADE_ON)), people=150, seed=7, today=MADE_ON)
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linkdesk", *args],
        env={"LINKDESK_PASSPHRASE": PASSPHRASE, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def cli_today(path: Path, on: date, *extra: str) -> dict[str, Any]:
    done = run("today", str(path), "--on", on.isoformat(), "--json", *extra)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _current(referrals: list[Referral]) -> Referral:
    open_ones = [r for r in referrals if r.status.is_open]
    pool = open_ones or referrals
    return max(pool, key=lambda r: (r.received_on, r.created_at))


def expected(path: Path, on: date, weeks: int = 6) -> dict[str, list[tuple[Any, ...]]]:
    """Straightforward Python over all records (no SQL): each list's keys, in order."""
    with Workspace.open(path, PASSPHRASE) as ws:
        r = AppServices(ws)._repos
        people = {p.id: p for p in r.people.find()}
        follow_ups = r.follow_ups.find()
        referrals = r.referrals.find()
        conversations = r.conversations.find()
    booked = [f for f in follow_ups if f.status == FollowUpStatus.BOOKED]
    sunday = on + timedelta(days=6 - on.weekday())

    def fam(pid: str) -> tuple[str, str]:
        return (people[pid].family_name.casefold(), people[pid].given_name.casefold())

    out: dict[str, list[tuple[Any, ...]]] = {
        "due_today": [(f.person_id, f.id, 0) for f in sorted(
            (f for f in booked if f.due_on == on), key=lambda f: (fam(f.person_id), f.id))],
        "overdue": [(f.person_id, f.id, (on - f.due_on).days) for f in sorted(
            (f for f in booked if f.due_on < on),
            key=lambda f: (f.due_on, fam(f.person_id), f.id))],
        "this_week": [(f.person_id, f.id, 0) for f in sorted(
            (f for f in booked if on < f.due_on <= sunday),
            key=lambda f: (f.due_on, fam(f.person_id), f.id))],
        "waiting_first_contact": [(x.person_id, x.id, (on - x.received_on).days) for x in sorted(
            (x for x in referrals if x.status.value == "received" and x.received_on <= on),
            key=lambda x: (x.received_on, fam(x.person_id), x.id))],
        "unfinished_conversations": [(c.person_id, c.id, c.current_step) for c in sorted(
            (c for c in conversations if not c.completed and c.held_on <= on),
            key=lambda c: (c.held_on, c.created_at), reverse=True)],
    }  # fmt: skip
    by_person: dict[str, list[Referral]] = {}
    for ref in referrals:
        by_person.setdefault(ref.person_id, []).append(ref)
    has_booking = {f.person_id for f in booked}
    lonely = []
    for pid, refs in by_person.items():
        current = _current(refs)
        if current.status.value not in ("contacted", "active") or current.received_on > on:
            continue
        if pid in has_booking:
            continue
        dates = [c.held_on for c in conversations if c.person_id == pid and c.held_on <= on]
        if current.first_contact_on and current.first_contact_on <= on:
            dates.append(current.first_contact_on)
        last = max(dates) if dates else None
        if last is None or last <= on - timedelta(weeks=weeks):
            lonely.append((pid, current.id, (on - last).days if last else None, last))
    lonely.sort(key=lambda x: (x[3] or date.min, fam(x[0]), x[0]))
    out["not_contacted"] = [x[:3] for x in lonely]
    return out


def got(result: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "due_today": [(x["person_id"], x["follow_up_id"], x["days_overdue"])
                      for x in result["due_today"]],
        "overdue": [(x["person_id"], x["follow_up_id"], x["days_overdue"])
                    for x in result["overdue"]],
        "this_week": [(x["person_id"], x["follow_up_id"], x["days_overdue"])
                      for x in result["this_week"]],
        "waiting_first_contact": [(x["person_id"], x["referral_id"], x["days_waiting"])
                                  for x in result["waiting_first_contact"]],
        "unfinished_conversations": [(x["person_id"], x["conversation_id"], x["step"])
                                     for x in result["unfinished_conversations"]],
        "not_contacted": [(x["person_id"], x["referral_id"], x["days_since"])
                          for x in result["not_contacted"]],
    }  # fmt: skip


@pytest.mark.parametrize("on", DAYS, ids=[d.isoformat() for d in DAYS])
def test_today_matches_an_independent_computation(generated: Path, on: date) -> None:
    result = cli_today(generated, on)
    assert result["on"] == on.isoformat()
    assert got(result) == expected(generated, on)
    for key in KEYS:  # every row names the person, and the date or days that put them there
        for row in result[key]:
            assert row["person_id"]
            assert row["name"]
            assert any(k in row for k in ("due_on", "received_on", "held_on", "last_contact_on"))
    if on == MADE_ON:  # the demo gives the day something in every list
        assert all(result[key] for key in KEYS if key != "due_today"), result["counts"]
        assert result["due_today"]


def test_the_weeks_setting_and_option(generated: Path) -> None:
    short = cli_today(generated, MADE_ON, "--weeks", "2")
    assert got(short)["not_contacted"] == expected(generated, MADE_ON, weeks=2)["not_contacted"]
    assert short["not_contacted_weeks"] == 2
    bad = run("today", str(generated), "--weeks", "0", "--json")
    assert bad.returncode == 1
    assert "1 to 52 weeks" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_bad_dates_are_usage_errors(generated: Path) -> None:
    done = run("today", str(generated), "--on", "31/12/2026")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "YYYY-MM-DD" in done.stderr


def test_an_empty_workspace_has_an_empty_day(tmp_path: Path) -> None:
    path = tmp_path / "empty.linkdesk"
    Workspace.create(path, PASSPHRASE).close()
    result = cli_today(path, MADE_ON)
    assert all(result[key] == [] for key in KEYS)
    text = run("today", str(path), "--on", MADE_ON.isoformat())
    assert text.returncode == 0
    assert "No one is booked for today." in text.stdout
