"""The conversation's forms, saved as they are typed: each call stores what the form shows.

A form's fields are a record's fields where they can be (a goal's words, a decision's date)
and drafts where they cannot be yet (``services/conversation_drafts.py``): a goal's other
fields before its words, a date that cannot be read, the next meeting until it is booked.
Every call commits (autosave) and returns the guidance the form shows, so the GUI's "Saved"
is true as soon as a call returns. No Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from linkdesk.domain.dates import DateRule, date_problem, parse_date
from linkdesk.domain.enums import ConnectionStatus, ConsentMethod, ConsentScope, FollowUpKind
from linkdesk.domain.errors import NotFoundError, ValidationError
from linkdesk.domain.models import Connection, Consent, Goal

if TYPE_CHECKING:
    from linkdesk.services.bookings import BookingResult
    from linkdesk.services.conversation import ConversationService

GOAL_FIELDS = ("why", "first_step", "target")
NEW = "new"  # the item key of a form not yet saved as a record ("goal.new.why")


@dataclass(frozen=True, slots=True)
class GoalSaved:
    """What saving the goal form did.

    ``goal`` is None while the form has no words (its other fields are kept as a draft);
    ``date_problem`` is guidance for a target date not stored ('' when fine);
    ``words_missing`` is True when the form shows no words (an existing goal keeps its own)."""

    goal: Goal | None
    date_problem: str
    words_missing: bool


class ConversationForms:
    def __init__(self, conversation: ConversationService) -> None:
        self.conv = conversation

    # -- consent -------------------------------------------------------------------------------

    def decide_consent(
        self,
        conversation_id: str,
        scope: ConsentScope,
        given: bool,
        *,
        method: ConsentMethod,
        on: date,
        recorded_by: str = "",
    ) -> Consent:
        """A decision made in this conversation (as ``record_consent``), remembered with the
        conversation (draft ``consent.made.<scope>``) so that correcting the form's way or
        date later corrects it, even after the conversation is resumed."""
        conv = self.conv
        with conv.repos.ws.transaction():
            person_id = conv.get(conversation_id).person_id
            consent = conv.record_consent(
                person_id, scope, given, method=method, on=on, recorded_by=recorded_by
            )
            conv.drafts.save(conversation_id, {f"consent.made.{scope.value}": consent.id})
        return consent

    def consent_form(self, conversation_id: str) -> tuple[ConsentMethod | None, str]:
        """The consent form's way and date as last typed (None and '' when never changed)."""
        drafts = self.conv.drafts.get(conversation_id)
        try:
            method = ConsentMethod(drafts["consent.method"]) if "consent.method" in drafts else None
        except ValueError:
            method = None
        return method, drafts.get("consent.on", "")

    def save_consent_form(
        self, conversation_id: str, *, method: ConsentMethod, date_text: str
    ) -> str:
        """Keep the consent form's way and date as typed and, when the date can be read (blank
        is today; not after today), correct the decisions made in this conversation to them.
        Returns guidance ('' when the date is fine)."""
        conv = self.conv
        today = conv.clock.today()
        try:
            on = parse_date(date_text) or today
            problem = date_problem(on, today, DateRule.PAST)  # consent is given, not promised
        except ValidationError as exc:
            on, problem = None, str(exc)
        if problem:
            on = None
        with conv.repos.ws.transaction():
            conv.drafts.save(
                conversation_id, {"consent.method": method.value, "consent.on": date_text}
            )
            if on is not None:
                for key, consent_id in conv.drafts.get(conversation_id).items():
                    if key.startswith("consent.made."):
                        try:
                            conv.people.correct_consent(consent_id, method=method, on=on)
                        except NotFoundError:  # erased or merged away meanwhile
                            continue
        return problem

    # -- goals ---------------------------------------------------------------------------------

    def goal_form(self, conversation_id: str, goal_id: str | None) -> dict[str, str]:
        """Drafts of the goal form for one goal (or the new one): field -> text as typed."""
        prefix = f"goal.{goal_id or NEW}."
        drafts = self.conv.drafts.get(conversation_id)
        return {k.removeprefix(prefix): v for k, v in drafts.items() if k.startswith(prefix)}

    def save_goal(
        self,
        conversation_id: str,
        goal_id: str | None,
        *,
        text: str,
        why: str = "",
        first_step: str = "",
        target_text: str = "",
    ) -> GoalSaved:
        """Save the goal form as it stands.

        - No goal yet and no words: the other fields are kept as drafts of the new goal.
        - Words: the goal is made (or updated) with them; the new goal's drafts go.
        - A target date that cannot be read, or a changed one that has passed, is kept as
          typed (draft ``goal.<id>.target``) and the goal keeps its stored date.
        - An existing goal whose words are cleared keeps its words (``words_missing``).
        """
        conv = self.conv
        try:
            target = parse_date(target_text)
            problem = ""
        except ValidationError as exc:
            target, problem = None, str(exc)
        words = text.strip()
        with conv.repos.ws.transaction():
            conversation = conv.get(conversation_id)
            if goal_id is None and not words:
                kept = {"why": why, "first_step": first_step, "target": target_text}
                conv.drafts.save(conversation_id, {f"goal.{NEW}.{k}": v for k, v in kept.items()})
                return GoalSaved(None, problem or conv.check_target_date(target), True)
            stored = conv.repos.goals.get(goal_id) if goal_id else None
            if not problem and (stored is None or target != stored.target_date):
                problem = conv.check_target_date(target)  # a new or changed date: not past
            keep_target = stored.target_date if stored else None
            goal = stored or Goal(
                person_id=conversation.person_id, conversation_id=conversation_id, text=words
            )
            goal.text = words or goal.text
            goal.why, goal.first_step = why.strip(), first_step.strip()
            goal.target_date = keep_target if problem else target
            conv.casework.save_goal(goal, new=stored is None)
            if stored is None:
                conv.drafts.clear(conversation_id, f"goal.{NEW}")
            typed_target = target_text if problem else ""  # kept as typed while not stored
            conv.drafts.save(conversation_id, {f"goal.{goal.id}.target": typed_target})
        return GoalSaved(goal, problem, not words)

    # -- connections ---------------------------------------------------------------------------

    def connection_due(self, conversation_id: str, connection_id: str) -> str | None:
        """The "by when" typed for a connection and not stored (cannot be read), or None."""
        return self.conv.drafts.get(conversation_id).get(f"connection.{connection_id}.due")

    def plan_connection(
        self,
        conversation_id: str,
        connection_id: str,
        *,
        goal_id: str | None,
        person_action: str,
        worker_action: str,
        status: ConnectionStatus,
        due_text: str,
    ) -> tuple[Connection, str]:
        """``ConversationService.plan_connection``, with a due date that is not stored kept
        as typed (draft ``connection.<id>.due``) until it is."""
        conv = self.conv
        with conv.repos.ws.transaction():
            connection, problem = conv.plan_connection(
                connection_id,
                goal_id=goal_id,
                person_action=person_action,
                worker_action=worker_action,
                status=status,
                due_text=due_text,
            )
            conv.drafts.save(
                conversation_id, {f"connection.{connection_id}.due": due_text if problem else ""}
            )
        return connection, problem

    # -- the next meeting ----------------------------------------------------------------------

    def book_draft(
        self,
        conversation_id: str,
        person_id: str,
        due_on: date,
        *,
        kind: FollowUpKind = FollowUpKind.IN_PERSON,
        venue: str = "",
        referral_id: str | None = None,
    ) -> BookingResult:
        """Book the next meeting typed on the Finish step through the day's rule
        (``ConversationService.book_next``: an upcoming booking is replaced, not doubled; a past
        date is booked with a warning) and remove the draft, in one transaction."""
        conv = self.conv
        with conv.repos.ws.transaction():
            booked = conv.book_next(
                person_id, due_on, kind=kind, venue=venue, referral_id=referral_id
            )
            conv.drafts.discard_booking(conversation_id)
        return booked
