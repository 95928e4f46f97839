"""The guided co-production conversation: start or resume, autosave each answer, read back.

Every call commits at once, so a conversation interrupted at any moment (crash, lock, a
closed laptop) resumes at its ``current_step`` with everything saved so far. Built on
CaseworkService and PeopleService; no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.dates import meeting_date_problem, parse_date, past_date_problem
from linkdesk.domain.enums import (
    AuditAction,
    ConnectionStatus,
    ConsentMethod,
    ConsentScope,
    ConversationKind,
    FollowUpKind,
    FollowUpStatus,
    GoalStatus,
    Timepoint,
)
from linkdesk.domain.errors import NotFoundError, ValidationError
from linkdesk.domain.life_areas import LIFE_AREAS_BY_KEY
from linkdesk.domain.measures import (
    INSTRUMENTS,
    ScoreLine,
    change_direction,
    change_meaning,
    score,
    ucla_total,
)
from linkdesk.domain.models import (
    Connection,
    Consent,
    Conversation,
    FollowUp,
    Goal,
    GoalProgress,
    Measure,
    Need,
)
from linkdesk.domain.worker_text import wt
from linkdesk.services.bookings import BookingResult, BookingService, OutcomeResult
from linkdesk.services.casework import CaseworkService
from linkdesk.services.conversation_drafts import ConversationDrafts
from linkdesk.services.conversation_forms import ConversationForms
from linkdesk.services.people import PeopleService, PersonRecord
from linkdesk.services.referrals import ReferralService, StatusMove
from linkdesk.store.audit import AuditLog
from linkdesk.store.repositories import Repositories

# Connections that are over: connecting the same service again starts a new one.
_ENDED = (ConnectionStatus.DECLINED, ConnectionStatus.COMPLETED)

# The steps of the flow, in order (stored in conversation.current_step).
STEPS: tuple[str, ...] = (
    "consent",
    "matters",
    "areas",
    "goals",
    "connections",
    "wellbeing",
    "agree",
    "finish",
)

# Conversation fields the worker types into (autosaved as typed).
TEXT_FIELDS = ("what_matters", "notes", "venue", "safeguarding_note")


def timepoint_for(kind: ConversationKind) -> Timepoint:
    if kind == ConversationKind.FIRST:
        return Timepoint.BASELINE
    if kind == ConversationKind.CLOSING:
        return Timepoint.EXIT
    return Timepoint.FOLLOW_UP


@dataclass(frozen=True, slots=True)
class ChangeLine:
    """One wellbeing score now, with its change from the person's first (baseline) answers."""

    label: str
    before: int | None
    after: int | None
    meaning: str
    direction: int = 0  # 1 better, -1 worse, 0 the same or not comparable


@dataclass
class PlanSummary:
    """What the plan says, for the read-back, the show-the-person view and the finish step."""

    name: str
    what_matters: str
    needs: list[Need] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    connections: list[tuple[Connection, str]] = field(default_factory=list)  # (conn, name)
    next_follow_up: FollowUp | None = None


@dataclass(frozen=True)
class FinishResult:
    """A finished conversation and what finishing it changed (for the worker to see and, if
    wrong, change): bookings settled, the referral moved to active."""

    conversation: Conversation
    bookings: list[OutcomeResult] = field(default_factory=list)
    referral: StatusMove | None = None


class ConversationService:
    def __init__(
        self,
        repos: Repositories,
        audit: AuditLog,
        people: PeopleService,
        casework: CaseworkService,
        bookings: BookingService,
        referrals: ReferralService,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.repos = repos
        self.audit = audit
        self.people = people
        self.casework = casework
        self.bookings = bookings
        self.referrals = referrals
        self.clock = clock
        self.drafts = ConversationDrafts(repos, casework)
        self.forms = ConversationForms(self)

    # -- the conversation itself ---------------------------------------------------------------

    def unfinished(self, person_id: str) -> Conversation | None:
        found = self.repos.unfinished_conversations(person_id)
        return found[0] if found else None

    def start_or_resume(
        self, person_id: str, *, kind: ConversationKind | None = None, venue: str = ""
    ) -> Conversation:
        """The person's unfinished conversation, or a new one (first, else a follow-up)."""
        open_one = self.unfinished(person_id)
        if open_one is not None:
            return open_one
        if kind is None:
            earlier = self.repos.conversations.for_person(person_id)
            kind = ConversationKind.FOLLOW_UP if earlier else ConversationKind.FIRST
        record = self.people.record(person_id, audit=False)
        referral = record.current_referral
        # One transaction (one commit, one WAL sync on the UI thread as the window opens),
        # and a new conversation is never stored without its step or its referral's move.
        with self.repos.ws.transaction():
            conversation = self.casework.start_conversation(
                person_id,
                held_on=self.clock.today(),
                kind=kind,
                venue=venue or (record.conversations[0].venue if record.conversations else ""),
                referral_id=referral.id if referral else None,
            )
            conversation.current_step = STEPS[0]
            self.casework.save_conversation(conversation)
            self.referrals.after_conversation_started(conversation)
        return conversation

    def get(self, conversation_id: str) -> Conversation:
        return self.repos.conversations.get(conversation_id)

    def set_step(self, conversation_id: str, step: str) -> None:
        if step not in STEPS:
            raise ValidationError(f"Unknown step {step!r}.", "current_step")
        conversation = self.get(conversation_id)
        if conversation.current_step != step:
            conversation.current_step = step
            self.casework.save_conversation(conversation)

    def save_text(self, conversation_id: str, field_name: str, value: str) -> None:
        if field_name not in TEXT_FIELDS:
            raise ValidationError(f"Unknown field {field_name!r}.", field_name)
        conversation = self.get(conversation_id)
        if getattr(conversation, field_name) != value:
            setattr(conversation, field_name, value)
            self.casework.save_conversation(conversation)

    def set_safeguarding(self, conversation_id: str, concern: bool) -> None:
        conversation = self.get(conversation_id)
        conversation.safeguarding_concern = concern
        self.casework.save_conversation(conversation)

    def finish(self, conversation_id: str) -> Conversation:
        """Close the conversation (see :meth:`finish_conversation`)."""
        return self.finish_conversation(conversation_id).conversation

    def finish_conversation(self, conversation_id: str) -> FinishResult:
        """Mark the conversation completed; settle the bookings due by its date (the latest
        attended, earlier ones did not attend) and, after a first conversation, move the
        referral to active. All in one transaction."""
        with self.repos.ws.transaction():
            conversation = self.get(conversation_id)
            conversation.completed = True
            conversation.current_step = "finish"
            self.casework.save_conversation(conversation)
            settled = self.bookings.settle_at_finish(conversation)
            moved = self.referrals.after_conversation_finished(conversation)
        return FinishResult(conversation, settled, moved)

    # -- consent -------------------------------------------------------------------------------

    def record_consent(
        self,
        person_id: str,
        scope: ConsentScope,
        given: bool,
        *,
        method: ConsentMethod,
        on: date,
        recorded_by: str = "",
    ) -> Consent:
        """Record a decision unless it repeats the latest one exactly (same answer, way, day):
        the decision that stands is returned either way."""
        latest = self.people.record(person_id, audit=False).consent_for(scope)
        if (
            latest is not None
            and latest.given == given
            and latest.method == method
            and latest.decided_on == on
        ):
            return latest
        return self.people.record_consent(
            person_id, scope, given, method=method, on=on, recorded_by=recorded_by
        )

    # -- life areas ----------------------------------------------------------------------------

    def set_need(
        self, person_id: str, conversation_id: str, area: str, importance: int, words: str
    ) -> Need | None:
        """One need per area: how much it matters now (0 removes it) and the person's words."""
        if area not in LIFE_AREAS_BY_KEY:
            raise ValidationError(wt("That life area is not one LinkDesk knows."), "area")
        if not 0 <= importance <= 3:
            raise ValidationError(wt("How much it matters must be 0, 1, 2 or 3."), "importance")
        existing = self.repos.needs_in_area(person_id, area)
        if importance == 0:
            for need in existing:
                with self.repos.ws.transaction():
                    self.repos.needs.delete(need.id)
                    self.audit.record(AuditAction.DELETED, "need", need.id, person_id=person_id)
            return None
        if existing:
            need = existing[0]
            if need.importance == importance and need.words == words:
                return need
            need.importance, need.words, need.conversation_id = importance, words, conversation_id
            return self.casework.save_need(need, new=False)
        need = Need(
            person_id=person_id,
            conversation_id=conversation_id,
            area=area,
            importance=importance,
            words=words,
        )
        return self.casework.save_need(need, new=True)

    # -- goals ---------------------------------------------------------------------------------

    def check_target_date(self, target: date | None) -> str:
        """Inline guidance for a target or due date ('' when it is fine or blank)."""
        return past_date_problem(target, self.clock.today())

    def goals(self, person_id: str) -> list[Goal]:
        """The person's goals, in the order they were set."""
        return self.repos.goals.for_person(person_id)

    def goal(self, goal_id: str) -> Goal:
        return self.repos.goals.get(goal_id)

    def goal_history(self, goal_id: str) -> list[GoalProgress]:
        """Every progress row of one goal, oldest first."""
        return self.repos.goal_history(goal_id)

    def save_goal(
        self,
        person_id: str,
        conversation_id: str,
        goal_id: str | None,
        *,
        text: str,
        why: str = "",
        first_step: str = "",
        target_date: date | None = None,
    ) -> Goal:
        """Create (goal_id None) or update a goal; a past target date is refused."""
        if self.check_target_date(target_date):
            raise ValidationError(self.check_target_date(target_date), "target_date")
        if goal_id is None:
            goal = Goal(
                person_id=person_id,
                conversation_id=conversation_id,
                text=text,
                why=why.strip(),
                first_step=first_step.strip(),
                target_date=target_date,
            )
            return self.casework.save_goal(goal, new=True)
        goal = self.repos.goals.get(goal_id)
        goal.text, goal.why, goal.first_step = text, why.strip(), first_step.strip()
        goal.target_date = target_date
        return self.casework.save_goal(goal, new=False)

    def progress_for(self, goal_id: str, conversation_id: str) -> GoalProgress | None:
        """This conversation's progress row for the goal (one per goal per conversation)."""
        found = self.repos.goal_progress_in_conversation(goal_id, conversation_id)
        return found[0] if found else None

    def save_progress_note(
        self, goal_id: str, conversation_id: str, note: str
    ) -> GoalProgress | None:
        """Autosave the progress note typed for a goal into this conversation's row: created
        on the first words with the goal's current status, then updated as typing goes on."""
        progress = self.progress_for(goal_id, conversation_id)
        note = note.strip()
        if progress is None:
            if not note:
                return None
            goal = self.repos.goals.get(goal_id)
            progress = GoalProgress(
                goal_id=goal_id,
                person_id=goal.person_id,
                conversation_id=conversation_id,
                noted_on=self.clock.today(),
                status=goal.status,
                note=note,
            )
            new = True
        elif progress.note == note:
            return progress
        else:
            progress.note, new = note, False
        with self.repos.ws.transaction():
            (self.repos.goal_progress.insert if new else self.repos.goal_progress.update)(progress)
            self.audit.record(
                AuditAction.CREATED if new else AuditAction.EDITED,
                "goal_progress",
                progress.id,
                person_id=progress.person_id,
            )
        return progress

    def mark_goal(
        self,
        goal_id: str,
        status: GoalStatus,
        *,
        note: str | None = None,
        conversation_id: str | None,
    ) -> None:
        """Mark a goal's status. Within a conversation the goal's one progress row is updated
        (its note kept unless a new one is given); outside one, a row is added."""
        progress = self.progress_for(goal_id, conversation_id) if conversation_id else None
        if progress is None:
            self.casework.record_goal_progress(
                goal_id, status, note=note or "", conversation_id=conversation_id
            )
            return
        goal = self.repos.goals.get(goal_id)
        progress.status = goal.status = status
        if note is not None:
            progress.note = note.strip()
        with self.repos.ws.transaction():
            self.repos.goal_progress.update(progress)
            self.repos.goals.update(goal)
            self.audit.record(
                AuditAction.STATUS, "goal", goal_id, person_id=goal.person_id, detail=status.value
            )

    # -- connections ---------------------------------------------------------------------------

    def add_connection(
        self,
        person_id: str,
        conversation_id: str,
        *,
        service_id: str | None = None,
        name: str = "",
    ) -> Connection:
        """A connection agreed in the conversation: a directory service or free text."""
        connection = Connection(
            person_id=person_id,
            conversation_id=conversation_id,
            service_id=service_id,
            name=name,
            status=ConnectionStatus.AGREED,
        )
        return self.casework.save_connection(connection, new=True)

    def add_service_connection(
        self, person_id: str, conversation_id: str, service_id: str
    ) -> tuple[Connection, bool]:
        """Connect the person to a directory service: ``(connection, True)`` when added.

        The same service is never connected twice while a connection to it is still open
        (not declined or completed): the open one is returned with False instead.
        """
        for existing in self.repos.connections.for_person(person_id):
            if existing.service_id == service_id and existing.status not in _ENDED:
                return existing, False
        made = self.add_connection(person_id, conversation_id, service_id=service_id)
        return made, True

    def connections(self, person_id: str) -> list[Connection]:
        """The person's connections, in the order they were made."""
        return self.repos.connections.for_person(person_id)

    def connection(self, connection_id: str) -> Connection:
        return self.repos.connections.get(connection_id)

    def update_connection(self, connection: Connection) -> Connection:
        return self.casework.save_connection(connection, new=False)

    def rename_connection(self, connection_id: str, name: str) -> Connection | None:
        """Change a free-text connection's name; None when it already had that name."""
        connection = self.repos.connections.get(connection_id)
        if connection.name == name.strip():
            return None
        connection.name = name
        return self.casework.save_connection(connection, new=False)

    def plan_connection(
        self,
        connection_id: str,
        *,
        goal_id: str | None,
        person_action: str,
        worker_action: str,
        status: ConnectionStatus,
        due_text: str,
    ) -> tuple[Connection, str]:
        """Save who does what by when for a connection: ``(connection, guidance)``.

        A due date that cannot be read, or a new one that has passed, is not saved (the
        stored one is kept) and ``guidance`` says why; everything else is saved.
        """
        connection = self.repos.connections.get(connection_id)
        connection.goal_id = goal_id
        connection.person_action = person_action.strip()
        connection.worker_action = worker_action.strip()
        connection.status = status
        try:
            due = parse_date(due_text)
            problem = self.check_target_date(due) if due != connection.due_on else ""
        except ValidationError as exc:
            due, problem = connection.due_on, str(exc)
        if not problem:
            connection.due_on = due
        return self.casework.save_connection(connection, new=False), problem

    def set_connection_status(self, connection_id: str, status: ConnectionStatus) -> Connection:
        connection = self.repos.connections.get(connection_id)
        connection.status = status
        return self.casework.save_connection(connection, new=False)

    def connection_name(self, connection: Connection) -> str:
        if connection.service_id:
            try:
                return self.repos.services.get(connection.service_id).name
            except NotFoundError:  # a deleted service still leaves the free-text name
                return connection.name or "A service no longer in the directory"
        return connection.name

    # -- wellbeing -----------------------------------------------------------------------------

    def measure_for(self, conversation: Conversation, instrument: str) -> Measure | None:
        found = self.repos.measures_in_conversation(conversation.id, instrument)
        return found[0] if found else None

    def answer(
        self, conversation: Conversation, instrument: str, index: int, value: int
    ) -> Measure:
        """Save one answer (out-of-range answers are refused with a plain sentence)."""
        measure = self.measure_for(conversation, instrument)
        items = INSTRUMENTS[instrument].items
        if not 0 <= index < len(items):
            raise ValidationError(wt("There is no such question."), "index")
        answers: list[int | None] = list(measure.answers) if measure else [None] * len(items)
        answers[index] = value
        if measure is None:
            return self.casework.record_measure(
                conversation.person_id,
                instrument,
                answers,
                timepoint=timepoint_for(conversation.kind),
                conversation_id=conversation.id,
                on=conversation.held_on,
            )
        measure.answers = answers
        return self.casework.save_measure(measure)

    def baseline(self, person_id: str, instrument: str, exclude: str | None) -> Measure | None:
        found = [
            m for m in self.repos.measures_of(person_id, instrument) if m.conversation_id != exclude
        ]
        first = [m for m in found if m.timepoint == Timepoint.BASELINE]
        if first:
            return first[0]
        return found[0] if found else None

    def scores(self, measure: Measure) -> list[ScoreLine]:
        return score(measure.instrument, measure.answers)

    def change_from_baseline(self, measure: Measure) -> list[ChangeLine]:
        """Each score against the first one recorded (empty when there is no earlier one)."""
        if measure.timepoint == Timepoint.BASELINE:
            return []
        base = self.baseline(measure.person_id, measure.instrument, measure.conversation_id)
        if base is None:
            return []
        if measure.instrument == "UCLA3":
            pairs = [("Loneliness score (3 to 9)", "total", ucla_total(base.answers),
                      ucla_total(measure.answers))]  # fmt: skip
        else:
            labels = [line.label for line in score(measure.instrument, measure.answers)]
            items = INSTRUMENTS[measure.instrument].items
            pairs = [
                (label, item.key, before, after)
                for label, item, before, after in zip(
                    labels, items, base.answers, measure.answers, strict=True
                )
            ]
        lines = []
        for label, key, before, after in pairs:
            direction = 0
            if before is None or after is None:
                meaning = "cannot compare: not answered both times"
            else:
                meaning = change_meaning(measure.instrument, key, before, after)
                direction = change_direction(measure.instrument, key, before, after)
            lines.append(ChangeLine(label, before, after, meaning, direction))
        return lines

    # -- follow-up and read-back ---------------------------------------------------------------

    def book_follow_up(
        self,
        person_id: str,
        due_on: date,
        *,
        kind: FollowUpKind = FollowUpKind.IN_PERSON,
        venue: str = "",
        referral_id: str | None = None,
    ) -> FollowUp:
        """Book the next meeting (see :meth:`book_next`, which also returns the warnings)."""
        return self.book_next(
            person_id, due_on, kind=kind, venue=venue, referral_id=referral_id
        ).follow_up

    def book_next(
        self,
        person_id: str,
        due_on: date,
        *,
        kind: FollowUpKind = FollowUpKind.IN_PERSON,
        venue: str = "",
        referral_id: str | None = None,
    ) -> BookingResult:
        """Book the next meeting. An upcoming booking is replaced, not doubled: the plan shows
        one "next time we meet". Today's booking is the one being held now, so it is left to
        be settled when the conversation finishes. A past date is recorded, with a warning."""
        return self.bookings.book(
            person_id, due_on, kind=kind, venue=venue, referral_id=referral_id
        )

    def check_meeting_date(self, due: date | None) -> str:
        """Guidance for the next meeting's date ('' when it can be booked)."""
        return meeting_date_problem(due, self.clock.today())

    def booked_follow_ups(self, person_id: str) -> list[FollowUp]:
        """Follow-ups still booked, soonest first."""
        return self.people.booked_follow_ups(person_id)

    def summary(self, person_id: str) -> PlanSummary:
        record: PersonRecord = self.people.record(person_id, audit=False)
        latest_words = next((c.what_matters for c in record.conversations if c.what_matters), "")
        active = [g for g in record.goals if g.status not in (GoalStatus.STOPPED,)]
        live = [
            c
            for c in record.connections
            if c.status not in (ConnectionStatus.DECLINED, ConnectionStatus.SUGGESTED)
        ]
        return PlanSummary(
            name=record.person.display_name,
            what_matters=latest_words,
            needs=record.needs,
            goals=active,
            connections=[(c, self.connection_name(c)) for c in live],
            # The next meeting ahead (an overdue booking is not "next time we meet").
            next_follow_up=next(
                (
                    f
                    for f in sorted(record.follow_ups, key=lambda f: f.due_on)
                    if f.status == FollowUpStatus.BOOKED and f.due_on >= self.clock.today()
                ),
                None,
            ),
        )
