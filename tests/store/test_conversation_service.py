"""ConversationService against a real encrypted workspace."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from linkdesk.domain.dates import parse_date
from linkdesk.domain.enums import (
    ConnectionStatus,
    ConsentMethod,
    ConsentScope,
    ConversationKind,
    FollowUpStatus,
    GoalStatus,
    Timepoint,
)
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices


@pytest.fixture
def pid(services: AppServices) -> str:
    return services.people.add_person(Person(given_name="Ann")).id


def test_start_resume_and_follow_up_kinds(services: AppServices, pid: str) -> None:
    conv = services.conversation
    first = conv.start_or_resume(pid)
    assert first.kind == ConversationKind.FIRST
    assert first.current_step == "consent"
    conv.set_step(first.id, "goals")
    again = conv.start_or_resume(pid)
    assert again.id == first.id
    assert again.current_step == "goals"
    conv.finish(first.id)
    assert conv.get(first.id).completed
    follow = conv.start_or_resume(pid)
    assert follow.id != first.id
    assert follow.kind == ConversationKind.FOLLOW_UP
    with pytest.raises(ValidationError):
        conv.set_step(follow.id, "nowhere")


def test_consent_records_date_and_method_without_duplicates(
    services: AppServices, pid: str
) -> None:
    conv = services.conversation
    on = date(2026, 11, 1)
    conv.record_consent(pid, ConsentScope.SHARE_GP, True, method=ConsentMethod.WRITTEN, on=on)
    conv.record_consent(pid, ConsentScope.SHARE_GP, True, method=ConsentMethod.WRITTEN, on=on)
    conv.record_consent(pid, ConsentScope.SHARE_GP, False, method=ConsentMethod.PHONE, on=on)
    rows = services._repos.consents.for_person(pid)
    assert [(r.given, r.method, r.decided_on) for r in rows] == [
        (True, ConsentMethod.WRITTEN, on),
        (False, ConsentMethod.PHONE, on),
    ]


def test_needs_are_one_per_area_and_zero_removes(services: AppServices, pid: str) -> None:
    conv = services.conversation
    c = conv.start_or_resume(pid)
    conv.set_need(pid, c.id, "money", 2, "bills")
    conv.set_need(pid, c.id, "money", 3, "bills and rent")
    (need,) = services._repos.needs.for_person(pid)
    assert (need.importance, need.words) == (3, "bills and rent")
    conv.set_need(pid, c.id, "money", 0, "")
    assert services._repos.needs.for_person(pid) == []
    with pytest.raises(ValidationError):
        conv.set_need(pid, c.id, "money", 4, "")
    with pytest.raises(ValidationError):
        conv.set_need(pid, c.id, "astrology", 1, "")


def test_goals_validate_and_record_progress(services: AppServices, pid: str) -> None:
    conv = services.conversation
    c = conv.start_or_resume(pid)
    with pytest.raises(ValidationError):
        conv.save_goal(pid, c.id, None, text="   ")
    with pytest.raises(ValidationError):
        conv.save_goal(pid, c.id, None, text="Swim", target_date=date.today() - timedelta(1))
    goal = conv.save_goal(pid, c.id, None, text=" Swim ", first_step="find costume")
    assert goal.text == "Swim"
    conv.mark_goal(goal.id, GoalStatus.IN_PROGRESS, note="went once", conversation_id=c.id)
    conv.mark_goal(goal.id, GoalStatus.ACHIEVED, conversation_id=c.id)
    # One row per goal per conversation: the second press changes it, keeping the note.
    (row,) = services._repos.goal_progress.for_person(pid)
    assert (row.status, row.note, row.conversation_id) == (GoalStatus.ACHIEVED, "went once", c.id)
    assert services._repos.goals.get(goal.id).status == GoalStatus.ACHIEVED
    # A later conversation adds its own row: the history keeps both.
    conv.finish(c.id)
    later = conv.start_or_resume(pid)
    conv.mark_goal(goal.id, GoalStatus.CHANGED, note="now cycling", conversation_id=later.id)
    history = services._repos.goal_progress.for_person(pid)
    assert [(p.status, p.note, p.conversation_id) for p in history] == [
        (GoalStatus.ACHIEVED, "went once", c.id),
        (GoalStatus.CHANGED, "now cycling", later.id),
    ]
    assert services._repos.goals.get(goal.id).status == GoalStatus.CHANGED


def test_progress_note_saved_without_a_status_press(services: AppServices, pid: str) -> None:
    conv = services.conversation
    first = conv.start_or_resume(pid)
    goal = conv.save_goal(pid, first.id, None, text="Swim")
    conv.finish(first.id)
    c = conv.start_or_resume(pid)
    assert conv.save_progress_note(goal.id, c.id, "   ") is None  # no words, no row
    assert services._repos.goal_progress.for_person(pid) == []
    for typed in ("went", "went once", "went once to the pool "):
        conv.save_progress_note(goal.id, c.id, typed)
    (row,) = services._repos.goal_progress.for_person(pid)
    assert (row.note, row.status, row.conversation_id) == (
        "went once to the pool",
        GoalStatus.NOT_STARTED,  # the goal's status when the note was first saved
        c.id,
    )
    assert services._repos.goals.get(goal.id).status == GoalStatus.NOT_STARTED
    assert conv.progress_for(goal.id, c.id) == row
    # The audit says what changed, never the words.
    entries = [e for e in services._audit.for_person(pid) if e.entity == "goal_progress"]
    assert [e.action for e in entries] == ["created", "edited", "edited"]
    assert all("pool" not in f"{e.detail}{e.entity_id}" for e in entries)


def test_status_press_after_typing_updates_the_same_row(services: AppServices, pid: str) -> None:
    conv = services.conversation
    first = conv.start_or_resume(pid)
    goal = conv.save_goal(pid, first.id, None, text="Swim")
    conv.finish(first.id)
    c = conv.start_or_resume(pid)
    conv.save_progress_note(goal.id, c.id, "went twice")
    conv.mark_goal(goal.id, GoalStatus.IN_PROGRESS, note="went twice", conversation_id=c.id)
    conv.mark_goal(goal.id, GoalStatus.ACHIEVED, note="went twice, loved it", conversation_id=c.id)
    (row,) = services._repos.goal_progress.for_person(pid)
    assert (row.status, row.note) == (GoalStatus.ACHIEVED, "went twice, loved it")
    assert services._repos.goals.get(goal.id).status == GoalStatus.ACHIEVED
    record = services.people.record(pid, audit=False)
    assert [p.id for p in record.goal_progress] == [row.id]
    assert [g.status for g in conv.summary(pid).goals] == [GoalStatus.ACHIEVED]


def test_connections_and_statuses(services: AppServices, pid: str) -> None:
    conv = services.conversation
    c = conv.start_or_resume(pid)
    with pytest.raises(ValidationError):
        conv.add_connection(pid, c.id, name="  ")
    connection = conv.add_connection(pid, c.id, name="Choir")
    assert connection.status == ConnectionStatus.AGREED
    for status in (
        ConnectionStatus.REFERRED,
        ConnectionStatus.ATTENDING,
        ConnectionStatus.COMPLETED,
    ):
        conv.set_connection_status(connection.id, status)
        assert services._repos.connections.get(connection.id).status == status
    assert conv.connection_name(connection) == "Choir"


def test_answers_scores_and_change_from_baseline(services: AppServices, pid: str) -> None:
    conv = services.conversation
    first = conv.start_or_resume(pid)
    for i, v in enumerate([2, 3, 4, 9]):
        conv.answer(first, "ONS4", i, v)
    with pytest.raises(ValidationError):
        conv.answer(first, "ONS4", 0, 11)
    with pytest.raises(ValidationError):
        conv.answer(first, "UCLA3", 0, 0)
    conv.answer(first, "UCLA3", 0, 3)  # partial: the others unanswered
    conv.finish(first.id)
    later = conv.start_or_resume(pid)
    for i, v in enumerate([5, 3, 4, 2]):
        m = conv.answer(later, "ONS4", i, v)
    assert m.timepoint == Timepoint.FOLLOW_UP
    lines = [(line.before, line.after, line.meaning) for line in conv.change_from_baseline(m)]
    assert lines == [(2, 5, "better by 3"), (3, 3, "no change"), (4, 4, "no change"),
                     (9, 2, "better by 7")]  # fmt: skip
    ucla = conv.answer(later, "UCLA3", 0, 1)
    (change,) = conv.change_from_baseline(ucla)
    assert change.meaning == "cannot compare: not answered both times"
    assert conv.change_from_baseline(conv.measure_for(first, "ONS4")) == []  # type: ignore[arg-type]


def test_follow_up_booking_and_summary(services: AppServices, pid: str) -> None:
    conv = services.conversation
    c = conv.start_or_resume(pid)
    conv.save_text(c.id, "what_matters", "My dog")
    conv.save_text(c.id, "notes", "private")
    past = conv.book_next(pid, date.today() - timedelta(days=1))
    assert past.warnings
    assert "passed" in past.warnings[0]
    conv.book_follow_up(pid, date.today() + timedelta(days=7), venue="Cafe")
    summary = conv.summary(pid)
    assert summary.what_matters == "My dog"
    assert summary.next_follow_up is not None
    assert summary.next_follow_up.venue == "Cafe"
    assert "private" not in repr(summary)


def test_booking_again_moves_the_upcoming_meeting(services: AppServices, pid: str) -> None:
    conv = services.conversation
    first = conv.book_follow_up(pid, date.today() + timedelta(days=7), venue="Cafe")
    moved = conv.book_follow_up(pid, date.today() + timedelta(days=9), venue="Library")
    booked = [
        f for f in services._repos.follow_ups.for_person(pid) if f.status == FollowUpStatus.BOOKED
    ]
    assert [(f.id, f.due_on, f.venue) for f in booked] == [
        (first.id, date.today() + timedelta(days=9), "Library")
    ]
    assert moved.id == first.id
    assert [e.action for e in services._audit.entries("entity = 'follow_up'")] == [
        "created",
        "edited",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("31/12/2026", date(2026, 12, 31)), ("2026-12-31", date(2026, 12, 31)),
     ("31 Dec 2026", date(2026, 12, 31)), ("1/2/27", date(2027, 2, 1)), ("  ", None)],
)  # fmt: skip
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "tomorrow", "12/31/2026"])
def test_parse_date_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValidationError, match="day/month/year|There is no"):
        parse_date(text)
