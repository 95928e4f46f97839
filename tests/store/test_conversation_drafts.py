"""A conversation's drafts: what is typed before it is a record is kept, in the workspace."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from linkdesk.domain.enums import ConsentMethod, ConsentScope, FollowUpKind
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.services.conversation_drafts import BookingDraft
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE


@pytest.fixture
def pid(services: AppServices) -> str:
    return services.people.add_person(Person(given_name="Ann")).id


def test_drafts_are_kept_in_the_workspace_and_removed_by_empty_values(
    services: AppServices, pid: str, workspace_path: Path
) -> None:
    conv = services.conversation
    c = conv.start_or_resume(pid)
    conv.drafts.save(c.id, {"goal.new.why": "for my grandchildren", "goal.new.first_step": "x"})
    conv.drafts.save(c.id, {"goal.new.first_step": ""})
    services._workspace.close()
    with Workspace.open(workspace_path, PASSPHRASE) as ws:  # a fresh connection: committed
        again = AppServices(ws).conversation
        assert again.drafts.get(c.id) == {"goal.new.why": "for my grandchildren"}
        again.drafts.clear(c.id, "goal.new")
        assert again.drafts.get(c.id) == {}


def test_unchanged_drafts_write_nothing(services: AppServices, pid: str) -> None:
    conv = services.conversation
    c = conv.start_or_resume(pid)
    conv.drafts.save(c.id, {"booking.venue": "the library"})
    stamp = conv.get(c.id).updated_at
    conv.drafts.save(c.id, {"booking.venue": "the library"})
    assert conv.get(c.id).updated_at == stamp


@pytest.mark.parametrize("key", ["", "booking", "Booking.due", "booking.due.x.y", "a b.c"])
def test_malformed_draft_keys_are_refused(services: AppServices, pid: str, key: str) -> None:
    c = services.conversation.start_or_resume(pid)
    with pytest.raises(ValidationError):
        services.conversation.drafts.save(c.id, {key: "x"})
    assert services.conversation.drafts.get(c.id) == {}


def test_a_booking_draft_is_booked_by_the_usual_rule_and_then_gone(
    services: AppServices, pid: str
) -> None:
    conv = services.conversation
    c = conv.start_or_resume(pid)
    assert conv.drafts.booking(c.id) is None
    soon = services.clock.today() + timedelta(days=14)
    draft = BookingDraft(soon.strftime("%d/%m/%Y"), FollowUpKind.PHONE, "the library")
    conv.drafts.save_booking(c.id, draft)
    assert conv.drafts.booking(c.id) == draft
    assert conv.booked_follow_ups(pid) == []  # a draft is not a booking

    first = conv.forms.book_draft(c.id, pid, soon, kind=draft.kind, venue=draft.venue)
    assert conv.drafts.booking(c.id) is None
    conv.drafts.save_booking(c.id, BookingDraft("", FollowUpKind.PHONE, "the cafe"))
    later = soon + timedelta(days=7)
    second = conv.forms.book_draft(c.id, pid, later, kind=FollowUpKind.PHONE, venue="the cafe")
    (booked,) = conv.booked_follow_ups(pid)  # replaced, not added (the day's book_next)
    assert second.replaced is not None
    assert second.replaced.id == first.follow_up.id
    assert booked.id in (first.follow_up.id, second.follow_up.id)
    assert (booked.due_on, booked.venue) == (later, "the cafe")


def test_consent_decisions_follow_the_form_as_it_is_corrected(
    services: AppServices, pid: str
) -> None:
    conv, people = services.conversation, services.people
    c = conv.start_or_resume(pid)
    today = services.clock.today()
    made = conv.forms.decide_consent(
        c.id, ConsentScope.STORE, True, method=ConsentMethod.VERBAL, on=today
    )
    earlier = today - timedelta(days=3)
    assert (
        conv.forms.save_consent_form(
            c.id, method=ConsentMethod.WRITTEN, date_text=earlier.strftime("%d/%m/%Y")
        )
        == ""
    )
    (consent,) = people.record(pid, audit=False).consents
    assert consent.id == made.id  # corrected, not a second decision in the history
    assert (consent.method, consent.decided_on) == (ConsentMethod.WRITTEN, earlier)

    # A date that cannot be read is kept as typed; the decision keeps its last good date.
    problem = conv.forms.save_consent_form(c.id, method=ConsentMethod.WRITTEN, date_text="31/02/20")
    assert "no 31 February 2020" in problem  # says what cannot be (domain/dates.py)
    assert conv.forms.consent_form(c.id) == (ConsentMethod.WRITTEN, "31/02/20")
    (consent,) = people.record(pid, audit=False).consents
    assert consent.decided_on == earlier

    # Nor does a date after today (consent is given, not promised): kept as typed, said so.
    later = (today + timedelta(days=5)).strftime("%d/%m/%Y")
    problem = conv.forms.save_consent_form(c.id, method=ConsentMethod.WRITTEN, date_text=later)
    assert "after today" in problem
    assert conv.forms.consent_form(c.id) == (ConsentMethod.WRITTEN, later)
    (consent,) = people.record(pid, audit=False).consents
    assert consent.decided_on == earlier


def test_the_consent_form_alone_is_kept_before_any_decision(
    services: AppServices, pid: str
) -> None:
    conv = services.conversation
    c = conv.start_or_resume(pid)
    assert conv.forms.consent_form(c.id) == (None, "")
    conv.forms.save_consent_form(c.id, method=ConsentMethod.PHONE, date_text="01/0")
    assert conv.forms.consent_form(c.id) == (ConsentMethod.PHONE, "01/0")
    assert services.people.record(pid, audit=False).consents == []  # nothing was ticked
