"""The demo generator: deterministic, realistic, consistent with the rules, audit intact."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.enums import FollowUpStatus, ServiceSource, Timepoint
from linkdesk.domain.life_areas import LIFE_AREAS
from linkdesk.domain.nhs import is_valid_nhs_number
from linkdesk.domain.referral_rules import (
    CLOSURE_REASONS,
    SNOMED_SOCIAL_PRESCRIBING_DECLINED,
    ReferralStatus,
)
from linkdesk.domain.validation import _POSTCODE
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate_demo
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE


def _people_in_order(path: Path, seed: int, people: int = 30) -> list[tuple[object, ...]]:
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        generate_demo(services, people=people, seed=seed)
        return [
            (p.given_name, p.family_name, p.date_of_birth, p.nhs_number, p.postcode)
            for p in services._repos.people.find(order="rowid")
        ]


def test_same_seed_gives_the_same_people_in_the_same_order(tmp_path: Path) -> None:
    first = _people_in_order(tmp_path / "a.linkdesk", seed=42)
    again = _people_in_order(tmp_path / "b.linkdesk", seed=42)
    other = _people_in_order(tmp_path / "c.linkdesk", seed=43)
    assert first == again
    assert first != other


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> AppServices:
    path = tmp_path_factory.mktemp("demo") / "demo.linkdesk"
    ws = Workspace.create(path, PASSPHRASE)
    services = AppServices(ws)
    generate_demo(services, people=40, seed=1)
    yield services  # type: ignore[misc]
    ws.close()


def test_demo_is_sound_and_the_audit_chain_verifies(demo: AppServices) -> None:
    report = demo.check()
    assert report["ok"] is True
    assert report["people"] == 40
    assert demo._audit.verify() is None
    assert len(demo._audit.entries()) > 40 * 5


def test_people_look_real_and_use_reserved_test_ranges(demo: AppServices) -> None:
    people = demo._repos.people.find()
    today = date.today()
    ages = [(today - p.date_of_birth).days // 365 for p in people if p.date_of_birth]
    assert len(ages) == 40
    assert min(ages) >= 18
    assert max(ages) <= 96
    assert sum(a >= 50 for a in ages) > len(ages) / 2  # more older people
    numbers = [p.nhs_number for p in people if p.nhs_number]
    assert len(numbers) >= 30
    assert all(n.startswith("999") and is_valid_nhs_number(n) for n in numbers)
    assert len(set(numbers)) == len(numbers)
    phone = re.compile(r"^(07700 900\d{3}|01632 960\d{3})$")
    assert all(phone.match(p.phone) for p in people)
    assert all(_POSTCODE.match(p.postcode.replace(" ", "")) for p in people)
    assert all(p.email.endswith("@example.org") for p in people if p.email)
    assert len({p.family_name for p in people}) > 25


def test_referrals_follow_the_rules(demo: AppServices) -> None:
    referrals = demo._repos.referrals.find()
    statuses = Counter(r.status for r in referrals)
    assert len(statuses) >= 4, statuses
    assert len({r.source for r in referrals}) >= 3
    for r in referrals:
        assert r.reason
        if r.status != ReferralStatus.RECEIVED:
            assert r.first_contact_on is not None
            assert r.received_on <= r.first_contact_on <= date.today()
        if r.status == ReferralStatus.CLOSED:
            assert r.closed_on is not None
            assert r.closure_reason in CLOSURE_REASONS
        if r.status == ReferralStatus.DECLINED:
            assert r.snomed_code == SNOMED_SOCIAL_PRESCRIBING_DECLINED


def test_casework_is_rich(demo: AppServices) -> None:
    r = demo._repos
    conversations = r.conversations.find()
    assert len(conversations) >= 60
    firsts = [c for c in conversations if c.kind == "first"]
    assert firsts
    assert all(re.search(r"\b(I|I'm|I've|I'd|My|my|me)\b", c.what_matters) for c in firsts)
    assert len({c.what_matters for c in firsts}) == len(firsts)  # varied
    assert r.needs.count() > 0
    goals = r.goals.find()
    assert all(g.why and g.first_step and g.target_date for g in goals)
    assert r.goal_progress.count() > 0
    assert len({g.status for g in goals}) >= 3
    connections = r.connections.find()
    assert any(c.service_id for c in connections)
    assert any(c.service_id is None and c.name for c in connections)
    assert all(c.person_action.startswith("I will") for c in connections)
    measures = r.measures.find()
    assert {m.instrument for m in measures} == {"ONS4", "UCLA3"}
    assert {m.timepoint for m in measures} >= {Timepoint.BASELINE, Timepoint.FOLLOW_UP}
    assert len(r.consents.find()) >= 40


def test_follow_ups_are_upcoming_overdue_done_and_missed(demo: AppServices) -> None:
    today = date.today()
    follow_ups = demo._repos.follow_ups.find()
    booked = [f for f in follow_ups if f.status == FollowUpStatus.BOOKED]
    assert any(f.due_on > today for f in booked)
    assert any(f.due_on < today for f in booked)  # overdue
    assert any(f.status == FollowUpStatus.ATTENDED for f in follow_ups)
    assert any(f.status == FollowUpStatus.DID_NOT_ATTEND for f in follow_ups)


def test_directory_has_sixty_services_that_suggestions_find(demo: AppServices) -> None:
    services = demo._repos.services.find()
    assert 55 <= len(services) <= 70
    assert all(s.source == ServiceSource.DEMO and s.source_id for s in services)
    assert sum(s.is_free for s in services) > len(services) / 3
    assert all(s.schedule and s.days and s.accessibility and s.phone for s in services)
    for area in LIFE_AREAS:
        assert demo.directory.suggest_for_areas([area.key]), area.key
    assert demo.directory.search("walk")


def test_demo_shows_a_working_day(demo: AppServices) -> None:
    """Bookings with every outcome, status history, closed cases with outcomes and letters,
    and something in Today's lists for the day it was made."""
    statuses = {f.status for f in demo._repos.follow_ups.find()}
    assert {FollowUpStatus.ATTENDED, FollowUpStatus.DID_NOT_ATTEND, FollowUpStatus.BOOKED} <= (
        statuses
    )
    assert all(f.booked_on is not None and f.booked_on <= f.due_on or f.status.is_outcome
               for f in demo._repos.follow_ups.find())  # fmt: skip
    assert all(f.due_on.weekday() < 5 for f in demo._repos.follow_ups.find())
    referrals = demo._repos.referrals.find()
    assert demo._repos.status_changes.count() > len(referrals)
    closed = [r for r in referrals if r.status == ReferralStatus.CLOSED]
    assert closed
    assert all(r.closure_outcome is not None for r in closed)
    assert demo._repos.letters.count() > 0
    view = demo.today.view()
    assert view.overdue
    assert view.waiting_first_contact
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    ahead = demo.today.view(monday)
    assert ahead.this_week or ahead.due_today
