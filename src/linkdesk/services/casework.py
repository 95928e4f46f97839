"""Conversations and what comes out of them: needs, goals, connections, measures.

Every call commits at once (autosave) and writes an audit entry without personal text.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.enums import AuditAction, ConversationKind, GoalStatus, Timepoint
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.life_areas import LIFE_AREAS_BY_KEY
from linkdesk.domain.measures import INSTRUMENTS, validate_answers
from linkdesk.domain.models import (
    Connection,
    Conversation,
    Goal,
    GoalProgress,
    Measure,
    Need,
    Record,
)
from linkdesk.domain.worker_text import wt
from linkdesk.store.audit import AuditLog
from linkdesk.store.mapper import Table
from linkdesk.store.repositories import Repositories

R = TypeVar("R", bound=Record)


class CaseworkService:
    def __init__(
        self, repos: Repositories, audit: AuditLog, *, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.repos = repos
        self.audit = audit
        self.clock = clock

    def _save(self, table: Table[R], record: R, person_id: str, *, new: bool) -> None:
        with self.repos.ws.transaction():
            (table.insert if new else table.update)(record)
            self.audit.record(
                AuditAction.CREATED if new else AuditAction.EDITED,
                table.name,
                record.id,
                person_id=person_id,
            )

    # -- conversations -----------------------------------------------------------------------

    def start_conversation(
        self,
        person_id: str,
        *,
        kind: ConversationKind = ConversationKind.FIRST,
        held_on: date | None = None,
        venue: str = "",
        referral_id: str | None = None,
    ) -> Conversation:
        conversation = Conversation(
            person_id=person_id,
            referral_id=referral_id,
            held_on=held_on or self.clock.today(),
            kind=kind,
            venue=venue.strip(),
        )
        self._save(self.repos.conversations, conversation, person_id, new=True)
        return conversation

    def save_conversation(self, conversation: Conversation) -> Conversation:
        self._save(self.repos.conversations, conversation, conversation.person_id, new=False)
        return conversation

    # -- needs -------------------------------------------------------------------------------

    def save_need(self, need: Need, *, new: bool) -> Need:
        if need.area not in LIFE_AREAS_BY_KEY:
            raise ValidationError(wt("That life area is not one LinkDesk knows."), field="area")
        if not 1 <= need.importance <= 3:
            raise ValidationError(wt("How much it matters must be 1, 2 or 3."), field="importance")
        self._save(self.repos.needs, need, need.person_id, new=new)
        return need

    # -- goals -------------------------------------------------------------------------------

    def save_goal(self, goal: Goal, *, new: bool, today: date | None = None) -> Goal:
        goal.text = goal.text.strip()
        if not goal.text:
            raise ValidationError(wt("Write the goal in the person's own words."), field="text")
        if (
            new
            and goal.target_date is not None
            and goal.target_date < (today or self.clock.today())
        ):
            raise ValidationError(
                wt("The target date is in the past; pick a later date."), field="target_date"
            )
        self._save(self.repos.goals, goal, goal.person_id, new=new)
        return goal

    def record_goal_progress(
        self,
        goal_id: str,
        status: GoalStatus,
        *,
        note: str = "",
        conversation_id: str | None = None,
        on: date | None = None,
    ) -> GoalProgress:
        goal = self.repos.goals.get(goal_id)
        progress = GoalProgress(
            goal_id=goal_id,
            person_id=goal.person_id,
            conversation_id=conversation_id,
            noted_on=on or self.clock.today(),
            status=status,
            note=note.strip(),
        )
        goal.status = status
        with self.repos.ws.transaction():
            self.repos.goal_progress.insert(progress)
            self.repos.goals.update(goal)
            self.audit.record(
                AuditAction.STATUS, "goal", goal_id, person_id=goal.person_id, detail=status.value
            )
        return progress

    # -- connections -------------------------------------------------------------------------

    def save_connection(self, connection: Connection, *, new: bool) -> Connection:
        connection.name = connection.name.strip()
        if connection.service_id is None and not connection.name:
            raise ValidationError(wt("Choose a service or type what the connection is."), "name")
        self._save(self.repos.connections, connection, connection.person_id, new=new)
        return connection

    # -- measures ----------------------------------------------------------------------------

    def record_measure(
        self,
        person_id: str,
        instrument: str,
        answers: list[int | None],
        *,
        timepoint: Timepoint = Timepoint.BASELINE,
        conversation_id: str | None = None,
        on: date | None = None,
    ) -> Measure:
        if instrument not in INSTRUMENTS:
            raise ValidationError(f"Unknown wellbeing measure {instrument!r}.", "instrument")
        validate_answers(INSTRUMENTS[instrument], answers)
        measure = Measure(
            person_id=person_id,
            conversation_id=conversation_id,
            instrument=instrument,
            timepoint=timepoint,
            taken_on=on or self.clock.today(),
            answers=list(answers),
        )
        self._save(self.repos.measures, measure, person_id, new=True)
        return measure

    def save_measure(self, measure: Measure) -> Measure:
        validate_answers(INSTRUMENTS[measure.instrument], measure.answers)
        self._save(self.repos.measures, measure, measure.person_id, new=False)
        return measure
