"""Everything held about one person, as ``Repositories.person_record`` reads it in one place
for the person view (``PeopleService.record``), the timeline and a subject access request."""

from __future__ import annotations

from dataclasses import dataclass, field

from linkdesk.domain.enums import ConsentScope, FollowUpStatus
from linkdesk.domain.models import (
    Connection,
    Consent,
    Conversation,
    FollowUp,
    Goal,
    GoalProgress,
    Measure,
    Need,
    Person,
    Referral,
)


@dataclass
class PersonRecord:
    """Everything held about one person: each list in its table's own order (oldest first)
    as ``Repositories.person_record`` reads it, but ``PeopleService.record`` gives referrals and
    conversations newest first and needs most important first (the person view's order)."""

    person: Person
    referrals: list[Referral] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    goal_progress: list[GoalProgress] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)

    @property
    def current_referral(self) -> Referral | None:
        open_ones = [r for r in self.referrals if r.status.is_open]
        candidates = open_ones or self.referrals
        return candidates[0] if candidates else None

    @property
    def next_follow_up(self) -> FollowUp | None:
        booked = [f for f in self.follow_ups if f.status == FollowUpStatus.BOOKED]
        return min(booked, key=lambda f: f.due_on) if booked else None

    @property
    def has_safeguarding_concern(self) -> bool:
        return any(c.safeguarding_concern for c in self.conversations)

    def consent_for(self, scope: ConsentScope) -> Consent | None:
        """The latest decision for a scope."""
        matching = [c for c in self.consents if c.scope == scope]
        return max(matching, key=lambda c: (c.decided_on, c.updated_at)) if matching else None
