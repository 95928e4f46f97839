"""The record: one dataclass per table. Every record has a UUID and timestamps.

``PersonRecord`` holds one person's rows of every table together, as
``Repositories.person_record`` reads them for the person view, the timeline and a subject
access request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.clock import new_id
from linkdesk.domain.enums import (
    ConnectionStatus,
    ConsentMethod,
    ConsentScope,
    ConversationKind,
    FollowUpKind,
    FollowUpStatus,
    GoalStatus,
    ReferralSource,
    ServiceSource,
    Timepoint,
)
from linkdesk.domain.names import NameOrder, person_name
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus
from linkdesk.domain.service_schedule import ServiceSchedule


@dataclass(kw_only=True)
class Record:
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""


@dataclass(kw_only=True)
class Person(Record):
    given_name: str
    family_name: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None
    nhs_number: str | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    preferred_language: str = "English"
    communication_needs: list[str] = field(default_factory=list)
    pronouns: str = ""
    # The plan's language as a catalogue code ("cy"); "" follows preferred_language.
    plan_language: str = ""
    # Which part of the name they write first (domain/names.py): "Nguyễn Thị Hương".
    name_order: NameOrder = NameOrder.GIVEN_FIRST

    @property
    def full_name(self) -> str:
        """The whole name, in the order the person writes it."""
        return person_name(self.given_name, self.family_name, self.name_order)

    @property
    def display_name(self) -> str:
        """The name to greet them by: the preferred name when they gave one."""
        return self.preferred_name or self.given_name or self.full_name


@dataclass(kw_only=True)
class Referral(Record):
    person_id: str
    received_on: date
    source: ReferralSource = ReferralSource.GP
    referrer_name: str = ""
    referrer_organisation: str = ""
    reason: str = ""
    status: ReferralStatus = ReferralStatus.RECEIVED
    status_changed_on: date | None = None
    first_contact_on: date | None = None
    closed_on: date | None = None
    closure_reason: str = ""
    snomed_code: str = ""
    closure_outcome: ClosureOutcome | None = (
        None  # schema step link_workers_day; None while open or unrecorded
    )


@dataclass(kw_only=True)
class Consent(Record):
    person_id: str
    scope: ConsentScope
    given: bool
    decided_on: date
    method: ConsentMethod = ConsentMethod.VERBAL
    recorded_by: str = ""
    withdrawn_on: date | None = None
    note: str = ""


@dataclass(kw_only=True)
class Conversation(Record):
    person_id: str
    referral_id: str | None = None
    held_on: date
    kind: ConversationKind = ConversationKind.FIRST
    venue: str = ""
    what_matters: str = ""
    notes: str = ""
    safeguarding_concern: bool = False
    safeguarding_note: str = ""
    current_step: str = ""
    completed: bool = False
    # What the conversation's forms hold that is not (or not yet) a record of its own: the
    # next meeting until it is booked, a goal's other fields before its words, a date that
    # cannot be read yet. Keys name the form and field ("booking.due"); values are as typed.
    drafts: dict[str, str] = field(default_factory=dict)


@dataclass(kw_only=True)
class Need(Record):
    person_id: str
    conversation_id: str | None = None
    area: str
    importance: int = 1
    words: str = ""


@dataclass(kw_only=True)
class Goal(Record):
    person_id: str
    conversation_id: str | None = None
    text: str
    why: str = ""
    first_step: str = ""
    target_date: date | None = None
    status: GoalStatus = GoalStatus.NOT_STARTED


@dataclass(kw_only=True)
class GoalProgress(Record):
    goal_id: str
    person_id: str
    conversation_id: str | None = None
    noted_on: date
    status: GoalStatus
    note: str = ""


@dataclass(kw_only=True)
class Connection(Record):
    person_id: str
    goal_id: str | None = None
    service_id: str | None = None
    conversation_id: str | None = None
    name: str = ""  # free-text name when not from the directory
    details: str = ""
    person_action: str = ""  # "I will ..."
    worker_action: str = ""  # "My link worker will ..."
    due_on: date | None = None
    status: ConnectionStatus = ConnectionStatus.SUGGESTED


@dataclass(kw_only=True)
class Measure(Record):
    person_id: str
    conversation_id: str | None = None
    instrument: str
    timepoint: Timepoint = Timepoint.BASELINE
    taken_on: date
    answers: list[int | None] = field(default_factory=list)


@dataclass(kw_only=True)
class FollowUp(Record):
    person_id: str
    referral_id: str | None = None
    due_on: date
    kind: FollowUpKind = FollowUpKind.IN_PERSON
    venue: str = ""
    status: FollowUpStatus = FollowUpStatus.BOOKED
    note: str = ""
    # Schema step link_workers_day: the day it was booked, the day its outcome was recorded,
    # the conversation it was held as (attended), and the booking that replaced it (rebooked).
    booked_on: date | None = None
    outcome_on: date | None = None
    conversation_id: str | None = None
    rebooked_to: str | None = None


@dataclass(kw_only=True)
class StatusChange(Record):
    """One change of a referral's status or of a booking's outcome, kept as history.

    Exactly one of ``referral_id`` / ``follow_up_id`` is set. ``automatic`` marks a change the
    work made (first contact, a finished first conversation) rather than one chosen by hand.
    """

    person_id: str
    referral_id: str | None = None
    follow_up_id: str | None = None
    changed_on: date
    from_status: str = ""
    to_status: str
    outcome: str = ""  # closing: a ClosureOutcome value
    reason: str = ""
    automatic: bool = False


@dataclass(kw_only=True)
class Letter(Record):
    """A message back to the GP or referrer that was made (its facts, never its text)."""

    person_id: str
    referral_id: str | None = None
    recipient: str  # LetterRecipient value
    made_on: date
    narrative: bool  # True when consent allowed what matters, needs, support and outcomes
    codes: list[str] = field(default_factory=list)  # SNOMED CT codes it carried


ATTENDING_WAYS = ("in person", "online", "phone")  # Service.attending holds these, in this order


@dataclass(kw_only=True)
class Service(Record):
    name: str
    organisation: str = ""
    description: str = ""
    categories: list[str] = field(default_factory=list)
    address: str = ""  # one address line per text line (building, street, town)
    postcode: str = ""
    area: str = ""
    latitude: float | None = None
    longitude: float | None = None
    phone: str = ""
    email: str = ""
    website: str = ""
    schedule: str = ""  # when it runs, in words
    days: list[int] = field(default_factory=list)  # 0 = Monday .. 6 = Sunday
    cost: str = ""
    is_free: bool = False
    eligibility: str = ""
    accessibility: str = ""
    how_to_get_there: str = ""
    source: ServiceSource = ServiceSource.MANUAL
    source_id: str = ""
    last_checked_on: date | None = None
    retired: bool = False
    worker_notes: str = ""
    # Added in the schema step "service_alerts_languages_schedules":
    alert: str = ""  # the publisher's warning (closed for refurbishment, moved online)
    languages: list[str] = field(default_factory=list)  # language names, e.g. "Polish"
    attending: list[str] = field(default_factory=list)  # "in person", "online", "phone"
    schedules: list[ServiceSchedule] = field(default_factory=list)  # structured times


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str  # viewed, created, edited, printed, exported, erased, ...
    entity: str
    entity_id: str
    person_id: str | None
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    """One line of the caseload list (a read model, not a table)."""

    person_id: str
    name: str
    preferred_name: str
    date_of_birth: date | None
    referral_status: ReferralStatus | None
    next_follow_up: date | None


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
