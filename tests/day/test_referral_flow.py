"""Referral status follows the work; closing takes an outcome; history is kept."""

from __future__ import annotations

from datetime import timedelta

import pytest

from linkdesk.domain.enums import ConversationKind, FollowUpStatus
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Person
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus
from linkdesk.services.app_services import AppServices
from tests.day.conftest import START, Clock, add_referred


def _statuses(services: AppServices, referral_id: str) -> list[tuple[str, str, bool]]:
    return [
        (c.from_status, c.to_status, c.automatic) for c in services.referrals.history(referral_id)
    ]


def test_overdue_booking_then_a_full_first_conversation_leaves_nothing_stale(
    day: AppServices, clock: Clock
) -> None:
    """The issue's example: an overdue booking, then a first conversation, used to stay
    "Overdue" with the referral at "Received"."""
    pid, rid = add_referred(day, "Stale")
    booking = day.bookings.book(pid, START + timedelta(days=2)).follow_up
    clock.advance(5)  # the booking is now three days overdue
    assert [b.follow_up_id for b in day.today.view().overdue] == [booking.id]
    # Starting the conversation offers the due booking to mark attended.
    assert [f.id for f in day.bookings.due(pid)] == [booking.id]
    conv = day.conversation.start_or_resume(pid)
    assert conv.kind == ConversationKind.FIRST
    assert day.referrals.get(rid).status == ReferralStatus.CONTACTED  # the conversation is contact
    result = day.conversation.finish_conversation(conv.id)
    settled = day.bookings.get(booking.id)
    assert (settled.status, settled.conversation_id) == (FollowUpStatus.ATTENDED, conv.id)
    assert result.referral is not None
    assert result.referral.to_status == ReferralStatus.ACTIVE
    referral = day.referrals.get(rid)
    assert (referral.status, referral.first_contact_on) == (ReferralStatus.ACTIVE, clock.day)
    view = day.today.view()
    assert view.overdue == []
    assert view.waiting_first_contact == []
    assert day.caseload.page().rows[0].referral_status == ReferralStatus.ACTIVE
    assert _statuses(day, rid) == [
        ("", "received", False),
        ("received", "contacted", True),
        ("contacted", "active", True),
    ]
    # The worker can still change it (a correction back to contacted is allowed).
    day.referrals.change_status(rid, ReferralStatus.CONTACTED)
    assert day.referrals.get(rid).status == ReferralStatus.CONTACTED


def test_earlier_missed_bookings_are_settled_as_not_attended(
    day: AppServices, clock: Clock
) -> None:
    pid, _ = add_referred(day, "Two")
    first = day.bookings.book(pid, START + timedelta(days=1)).follow_up
    clock.advance(1)
    second = day.bookings.rebook(first.id, START + timedelta(days=3)).follow_up
    day.bookings.set_outcome(first.id, FollowUpStatus.DID_NOT_ATTEND)  # then it was a miss
    third = day.bookings.book(pid, START + timedelta(days=6)).follow_up
    clock.day = START + timedelta(days=6)
    conv = day.conversation.start_or_resume(pid)
    day.conversation.finish(conv.id)
    got = {f.id: f.status for f in day._repos.follow_ups.for_person(pid)}
    assert got[third.id] == FollowUpStatus.ATTENDED
    assert second.id not in got  # withdrawn when the first stopped being rebooked
    assert got[first.id] == FollowUpStatus.DID_NOT_ATTEND


def test_recording_first_contact_moves_received_to_contacted(day: AppServices) -> None:
    _, rid = add_referred(day, "Phoned")
    referral = day.referrals.record_first_contact(rid)
    assert (referral.status, referral.first_contact_on) == (ReferralStatus.CONTACTED, START)
    again = day.referrals.record_first_contact(rid)  # no second move, no error
    assert again.status == ReferralStatus.CONTACTED


def test_closing_takes_an_outcome_and_reason_and_cancels_open_bookings(
    day: AppServices, clock: Clock
) -> None:
    pid, rid = add_referred(day, "Close")
    day.referrals.record_first_contact(rid)
    booking = day.bookings.book(pid, START + timedelta(days=14)).follow_up
    with pytest.raises(ValidationError, match="how the support ended"):
        day.referrals.change_status(rid, ReferralStatus.CLOSED)
    clock.advance(2)
    result = day.referrals.close(rid, ClosureOutcome.MOVED_AWAY, reason="Moved to Cardiff")
    referral = result.referral
    assert (referral.status, referral.closure_outcome, referral.closure_reason) == (
        ReferralStatus.CLOSED,
        ClosureOutcome.MOVED_AWAY,
        "Moved to Cardiff",
    )
    assert referral.closed_on == clock.day
    assert day.bookings.get(booking.id).status == FollowUpStatus.CANCELLED_BY_WORKER
    assert day.caseload.page().total == 0  # closed cases are hidden by default
    closed = day.caseload.page(
        __import__("linkdesk.domain.caseload", fromlist=["CaseloadQuery"]).CaseloadQuery(
            statuses=frozenset({ReferralStatus.CLOSED})
        )
    )
    assert [r.person_id for r in closed.rows] == [pid]
    assert _statuses(day, rid)[-1] == ("contacted", "closed", False)
    assert day.referrals.history(rid)[-1].outcome == "moved_away"
    # An outcome given without a reason uses the outcome's words.
    _, other = add_referred(day, "Quiet")
    assert day.referrals.close(other, ClosureOutcome.COULD_NOT_CONTACT).referral.closure_reason
    with pytest.raises(ValidationError):
        day.referrals.close(other, "nonsense")  # type: ignore[arg-type]


def test_a_person_with_no_referral_never_crashes_the_flows(day: AppServices) -> None:
    pid = day.people.add_person(Person(given_name="Nobody")).id
    conv = day.conversation.start_or_resume(pid)
    result = day.conversation.finish_conversation(conv.id)
    assert result.referral is None
    assert day.referrals.current(pid) is None
    booking = day.bookings.book(pid, START + timedelta(days=7))
    assert booking.follow_up.referral_id is None
    assert day.timeline.for_person(pid)[0].on >= START
    pdf = day.letters.build_pdf(pid, "gp")  # type: ignore[arg-type]
    assert pdf.startswith(b"%PDF-")
