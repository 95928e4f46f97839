"""The person's timeline and the caseload's sorts and filters, on real records."""

from __future__ import annotations

from datetime import timedelta

import pytest

from linkdesk.domain.caseload import CaseloadQuery, CaseloadSort, DueFilter
from linkdesk.domain.enums import ConsentScope, FollowUpStatus, ReferralSource
from linkdesk.domain.errors import NotFoundError
from linkdesk.domain.models import Person
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus
from linkdesk.domain.timeline import TimelineKind
from linkdesk.services.app_services import AppServices
from tests.day.conftest import START, Clock, add_referred


def test_timeline_has_every_kind_newest_first(day: AppServices, clock: Clock) -> None:
    pid, rid = add_referred(day, "Time")
    day.people.record_consent(pid, ConsentScope.SHARE_GP, True)
    booking = day.bookings.book(pid, START + timedelta(days=1)).follow_up
    clock.advance(1)
    conv = day.conversation.start_or_resume(pid)
    day.conversation.set_need(pid, conv.id, "loneliness", 2, "")
    goal = day.conversation.save_goal(pid, conv.id, None, text="Join the choir")
    day.conversation.add_connection(pid, conv.id, name="Community choir")
    day.conversation.answer(conv, "ONS4", 0, 5)
    day.conversation.finish(conv.id)
    clock.advance(7)
    day.conversation.mark_goal(goal.id, day._repos.goals.get(goal.id).status.__class__("achieved"),
                               conversation_id=None)  # fmt: skip
    day.referrals.close(rid, ClosureOutcome.GOALS_MET)
    day.letters.record_printed(pid, "gp")  # type: ignore[arg-type]
    entries = day.timeline.for_person(pid)
    kinds = {e.kind for e in entries}
    assert kinds == set(TimelineKind)
    assert [e.on for e in entries] == sorted((e.on for e in entries), reverse=True)
    outcome = next(e for e in entries if e.kind == TimelineKind.BOOKING_OUTCOME)
    assert (outcome.entity_id, outcome.status, outcome.automatic) == (
        booking.id,
        FollowUpStatus.ATTENDED.value,
        True,
    )
    statuses = [e.status for e in entries if e.kind == TimelineKind.REFERRAL_STATUS]
    assert statuses == ["closed", "active", "contacted"]
    assert all("PRIVATE" not in e.title + e.detail for e in entries)
    with pytest.raises(NotFoundError):
        day.timeline.for_person("nobody")


def test_caseload_filters_sorts_and_count(day: AppServices, clock: Clock) -> None:
    a, ra = add_referred(day, "Alpha", received=START - timedelta(days=30))
    b, rb = add_referred(day, "Bravo", received=START - timedelta(days=5))
    c, rc = add_referred(day, "Charlie", received=START - timedelta(days=60))
    nobody = day.people.add_person(Person(given_name="Delta", family_name="Tester")).id
    day.referrals.record_first_contact(ra, on=START - timedelta(days=20))
    day.referrals.record_first_contact(rc, on=START - timedelta(days=50))
    day.bookings.book(a, START - timedelta(days=2))  # overdue
    day.bookings.book(b, START + timedelta(days=2))  # this week (Friday)
    pid_closed, rclosed = add_referred(day, "Echo")
    day.referrals.close(rclosed, ClosureOutcome.PERSON_WITHDREW)
    conv = day.conversation.start_or_resume(c)
    day.conversation.set_need(c, conv.id, "money", 3, "")

    def names(query: CaseloadQuery) -> list[str]:
        return [r.name.split()[0] for r in day.caseload.page(query).rows]

    page = day.caseload.page()
    assert names(CaseloadQuery()) == ["Alpha", "Bravo", "Charlie", "Delta"]  # Echo is closed
    assert page.total == 4
    assert names(CaseloadQuery(statuses=frozenset({ReferralStatus.CLOSED}))) == ["Echo"]
    assert names(CaseloadQuery(due=DueFilter.OVERDUE)) == ["Alpha"]
    assert names(CaseloadQuery(due=DueFilter.THIS_WEEK)) == ["Bravo"]
    assert names(CaseloadQuery(due=DueFilter.OVERDUE_OR_THIS_WEEK)) == ["Alpha", "Bravo"]
    assert names(CaseloadQuery(life_areas=frozenset({"money"}))) == ["Charlie"]
    assert names(CaseloadQuery(sources=frozenset({ReferralSource.GP}))) == [
        "Alpha", "Bravo", "Charlie"]  # fmt: skip
    assert names(CaseloadQuery(sort=CaseloadSort.RECEIVED)) == [
        "Charlie", "Alpha", "Bravo", "Delta"]  # fmt: skip
    assert names(CaseloadQuery(sort=CaseloadSort.RECEIVED, descending=True)) == [
        "Bravo",
        "Alpha",
        "Charlie",
        "Delta",
    ]  # fmt: skip  (no referral stays last)
    assert names(CaseloadQuery(sort=CaseloadSort.STATUS)) == [
        "Bravo", "Alpha", "Charlie", "Delta"]  # fmt: skip
    assert names(CaseloadQuery(contacted_before=START - timedelta(days=7))) == [
        "Alpha",
        "Bravo",
        "Delta",
    ]  # fmt: skip  (Charlie talked today)
    assert names(CaseloadQuery(contacted_since=START)) == ["Charlie"]
    limited = day.caseload.page(CaseloadQuery(limit=2))
    assert (len(limited.rows), limited.total, limited.truncated) == (2, 4, True)
    with pytest.raises(Exception, match="life area"):
        day.caseload.page(CaseloadQuery(life_areas=frozenset({"astrology"})))
    assert nobody
    assert pid_closed
