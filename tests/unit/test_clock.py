"""The injected clock: every use case reads "now" and "today" from the clock it was given."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.clock import Clock, FixedClock, SystemClock, stamp
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import FollowUp, Person, Referral
from linkdesk.services.app_services import AppServices
from tests.conftest import PASSPHRASE

DAY = date(2031, 3, 14)  # far from the machine's own date, so a stray date.today() shows


def test_fixed_clock_moves_only_when_told() -> None:
    clock = FixedClock(DAY)
    assert clock.today() == DAY
    assert clock.now() == datetime(2031, 3, 14, 12, tzinfo=UTC)
    clock.advance(timedelta(days=1, hours=1))
    assert clock.today() == date(2031, 3, 15)
    assert clock.now() == datetime(2031, 3, 15, 13, tzinfo=UTC)
    clock.set(datetime(2031, 1, 2, 3, 4, 5))  # naive: taken as UTC
    assert stamp(clock.now()) == "2031-01-02T03:04:05.000000Z"
    assert isinstance(clock, Clock)
    assert isinstance(SystemClock(), Clock)
    assert SystemClock().now().tzinfo is not None


@pytest.fixture
def fixed(workspace_path: Path):  # type: ignore[no-untyped-def]
    clock = FixedClock(DAY)
    services = AppServices.create(workspace_path, PASSPHRASE, clock=clock)
    yield services, clock
    services.close()


def test_use_cases_take_today_from_the_injected_clock(fixed) -> None:  # type: ignore[no-untyped-def]
    services, clock = fixed
    person = services.people.add_person(
        Person(given_name="Ann"), Referral(person_id="", received_on=DAY - timedelta(days=3))
    )
    conversation = services.conversation.start_or_resume(person.id)
    assert conversation.held_on == DAY
    consent = services.people.record_consent(person.id, next(iter(_scopes())), True)
    assert consent.decided_on == DAY
    goal = services.conversation.save_goal(person.id, conversation.id, None, text="Swim")
    assert services.conversation.check_target_date(DAY - timedelta(days=1)) != ""
    assert services.conversation.check_target_date(DAY) == ""
    services.conversation.save_progress_note(goal.id, conversation.id, "went once")
    (progress,) = services.conversation.goal_history(goal.id)
    assert progress.noted_on == DAY
    # Booking rules use the same "today": the day before is in the past, today is not.
    with pytest.raises(ValidationError):
        services.people.book_follow_up(FollowUp(person_id=person.id, due_on=DAY - timedelta(1)))
    services.people.book_follow_up(FollowUp(person_id=person.id, due_on=DAY))
    assert services.conversation.check_meeting_date(DAY - timedelta(days=1)) != ""
    # The report's period ends on the clock's today, and so does the reminder's arithmetic.
    assert services.reports.resolve_period(None, None)[1] == DAY
    assert "not been backed up" in services.reminders.backup()
    clock.advance(timedelta(days=400))
    assert services.conversation.check_target_date(DAY + timedelta(days=1)) != ""


def test_stored_timestamps_and_audit_entries_come_from_the_clock(fixed) -> None:  # type: ignore[no-untyped-def]
    services, clock = fixed
    person = services.people.add_person(Person(given_name="Ann"))
    assert person.created_at == stamp(clock.now())
    assert person.updated_at == "2031-03-14T12:00:00.000000Z"
    entries = services._audit.for_person(person.id)
    assert [e.at for e in entries] == ["2031-03-14T12:00:00.000000Z"]


def _scopes():  # type: ignore[no-untyped-def]
    from linkdesk.domain.enums import ConsentScope

    return list(ConsentScope)
