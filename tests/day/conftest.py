"""A link worker's day on real encrypted workspaces, with a clock the tests move."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest

from linkdesk.domain.enums import ReferralSource
from linkdesk.domain.models import Person, Referral
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace

# A Wednesday in an ordinary week (no bank holiday near).
START = date(2026, 6, 10)


@dataclass
class Clock:
    """A domain Clock (``now``/``today``) whose day the tests set and move."""

    day: date = START
    ticks: int = 0

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        # Time moves on within the day (a millisecond a call), as it does for a worker, so
        # records made one after another keep their order.
        self.ticks += 1
        return datetime.combine(self.day, time(9), tzinfo=UTC) + timedelta(milliseconds=self.ticks)

    def advance(self, days: int) -> date:
        self.day += timedelta(days=days)
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def day(workspace: Workspace, clock: Clock) -> AppServices:
    """The services on a new workspace (closed after the test, once any background work a
    GUI test started has finished), with the clock the test moves."""
    return AppServices(workspace, clock=clock)


def add_referred(
    services: AppServices, given: str, *, received: date = START - timedelta(days=10)
) -> tuple[str, str]:
    """A person with a GP referral received ``received``: (person id, referral id)."""
    referral = Referral(
        person_id="",
        received_on=received,
        source=ReferralSource.GP,
        referrer_name="Dr Test",
        referrer_organisation="Test Surgery",
        reason="Lonely since moving",
    )
    person = services.people.add_person(
        Person(given_name=given, family_name="Tester", nhs_number="9434765919"), referral
    )
    return person.id, referral.id
