"""People, referrals, consent and follow-ups: the caseload use cases."""

from __future__ import annotations

from datetime import date

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.enums import AuditAction, ConsentMethod, ConsentScope, FollowUpStatus
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import (
    CaseloadRow,
    Consent,
    FollowUp,
    Person,
    Referral,
)

# Defined with the record's other dataclasses; the views and services import it from here.
from linkdesk.domain.models import PersonRecord as PersonRecord
from linkdesk.domain.referral_rules import (
    OUTCOME_FOR_REASON,
    ClosureOutcome,
    ReferralStatus,
    check_transition,
    snomed_code_for,
)
from linkdesk.domain.validation import validate_person, validate_referral
from linkdesk.domain.worker_text import wt
from linkdesk.services.history import StatusHistory
from linkdesk.store.audit import AuditLog
from linkdesk.store.repositories import Repositories


class PeopleService:
    def __init__(
        self, repos: Repositories, audit: AuditLog, *, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.repos = repos
        self.audit = audit
        self.clock = clock
        self.history = StatusHistory(repos)

    # -- reading -----------------------------------------------------------------------------

    def search(self, text: str = "", limit: int = 500) -> list[CaseloadRow]:
        return self.repos.caseload(text, limit)

    def count(self) -> int:
        return self.repos.people.count()

    def get(self, person_id: str) -> Person:
        return self.repos.people.get(person_id)

    def find(self, person_id: str) -> Person | None:
        """The person with this id, or None (no error) when there is none."""
        return self.repos.people.find_by_id(person_id)

    def record(self, person_id: str, *, audit: bool = True) -> PersonRecord:
        """Open a person's whole record (and note in the audit log that it was viewed)."""
        record = self.repos.person_record(person_id, newest_first=True)
        # Most important first; equal ones in the order they were noted (a stable sort).
        record.needs = sorted(record.needs, key=lambda n: -n.importance)
        if audit:
            self.note_viewed(person_id)
        return record

    def note_viewed(self, person_id: str) -> None:
        """Note in the audit log that the person's record was viewed (one entry, committed:
        a write and a flush to the drive). For a view that read the record with
        ``record(..., audit=False)`` and shows it while this runs on a worker."""
        self.audit.record(AuditAction.VIEWED, "person", person_id, person_id=person_id)

    # -- people ------------------------------------------------------------------------------

    def add_person(self, person: Person, referral: Referral | None = None) -> Person:
        """Save a new person (and their first referral, when given) in one step."""
        validate_person(person, self.clock.today())
        with self.repos.ws.transaction():
            self.repos.people.insert(person)
            self.audit.record(AuditAction.CREATED, "person", person.id, person_id=person.id)
            if referral is not None:
                referral.person_id = person.id
                self.add_referral(referral)
        return person

    def update_person(self, person: Person) -> Person:
        validate_person(person, self.clock.today())
        with self.repos.ws.transaction():
            self.repos.people.update(person)
            self.audit.record(AuditAction.EDITED, "person", person.id, person_id=person.id)
        return person

    # -- referrals ---------------------------------------------------------------------------

    def add_referral(self, referral: Referral) -> Referral:
        validate_referral(referral, self.clock.today())
        referral.status_changed_on = referral.status_changed_on or referral.received_on
        referral.snomed_code = snomed_code_for(referral.status)
        with self.repos.ws.transaction():
            self.repos.referrals.insert(referral)
            self.history.referral_changed(referral, "", on=referral.received_on)
            self.audit.record(
                AuditAction.CREATED, "referral", referral.id, person_id=referral.person_id
            )
        return referral

    def update_referral(self, referral: Referral) -> Referral:
        """Save edits to a referral's details; a status change must pass the rules."""
        validate_referral(referral, self.clock.today())
        stored = self.repos.referrals.get(referral.id)
        check_transition(stored.status, referral.status, referral.closure_reason)
        changed = stored.status != referral.status
        if changed:
            if referral.status == ReferralStatus.CLOSED and referral.closure_outcome is None:
                referral.closure_outcome = OUTCOME_FOR_REASON.get(referral.closure_reason.strip())
            self._apply_status(referral, referral.status, self.clock.today())
        with self.repos.ws.transaction():
            self.repos.referrals.update(referral)
            if changed:
                self.history.referral_changed(
                    referral,
                    stored.status.value,
                    on=referral.status_changed_on or self.clock.today(),
                    reason=referral.closure_reason,
                )
            self.audit.record(
                AuditAction.EDITED, "referral", referral.id, person_id=referral.person_id
            )
        return referral

    def change_referral_status(
        self,
        referral_id: str,
        status: ReferralStatus,
        *,
        closure_reason: str = "",
        on: date | None = None,
        outcome: ClosureOutcome | None = None,
        automatic: bool = False,
    ) -> Referral:
        """Move a referral on (the rules in domain/referral_rules.py), keeping the history.

        Closing needs a reason; its outcome is ``outcome``, else the one the reason implies
        (``OUTCOME_FOR_REASON``), else left unrecorded. ``automatic`` marks a move the work
        made (first contact, a finished first conversation) rather than the worker's choice.
        """
        referral = self.repos.referrals.get(referral_id)
        if outcome is not None and not closure_reason.strip():
            closure_reason = outcome.label
        check_transition(referral.status, status, closure_reason)
        previous = referral.status
        closing = status == ReferralStatus.CLOSED
        referral.closure_reason = closure_reason.strip() if closing else ""
        referral.closure_outcome = (
            (outcome or OUTCOME_FOR_REASON.get(referral.closure_reason)) if closing else None
        )
        when = on or self.clock.today()
        self._apply_status(referral, status, when)
        with self.repos.ws.transaction():
            self.repos.referrals.update(referral)
            if previous != status:
                self.history.referral_changed(
                    referral,
                    previous.value,
                    on=when,
                    reason=referral.closure_reason,
                    automatic=automatic,
                )
            self.audit.record(
                AuditAction.STATUS,
                "referral",
                referral.id,
                person_id=referral.person_id,
                detail=status.value,
            )
        return referral

    @staticmethod
    def _apply_status(referral: Referral, status: ReferralStatus, on: date) -> None:
        referral.status = status
        referral.status_changed_on = on
        referral.snomed_code = snomed_code_for(status)
        if status == ReferralStatus.CONTACTED and referral.first_contact_on is None:
            referral.first_contact_on = on
        if status in (ReferralStatus.CLOSED, ReferralStatus.DECLINED):
            referral.closed_on = on
        elif referral.closed_on is not None:
            referral.closed_on = None

    # -- consent and follow-ups --------------------------------------------------------------

    def record_consent(
        self,
        person_id: str,
        scope: ConsentScope,
        given: bool,
        *,
        method: ConsentMethod = ConsentMethod.VERBAL,
        on: date | None = None,
        recorded_by: str = "",
        note: str = "",
    ) -> Consent:
        """A new consent decision; earlier decisions are kept as history."""
        consent = Consent(
            person_id=person_id,
            scope=scope,
            given=given,
            decided_on=on or self.clock.today(),
            method=method,
            recorded_by=recorded_by,
            note=note.strip(),
        )
        with self.repos.ws.transaction():
            self.repos.consents.insert(consent)
            self.audit.record(
                AuditAction.CONSENT,
                "consent",
                consent.id,
                person_id=person_id,
                detail=f"{scope.value}={'given' if given else 'refused'}",
            )
        return consent

    def correct_consent(self, consent_id: str, *, method: ConsentMethod, on: date) -> Consent:
        """Correct how and when a decision was given (the same decision, recorded as the worker
        corrects the form: no new row in the history). Unchanged values write nothing."""
        consent = self.repos.consents.get(consent_id)
        if consent.method == method and consent.decided_on == on:
            return consent
        consent.method, consent.decided_on = method, on
        with self.repos.ws.transaction():
            self.repos.consents.update(consent)
            self.audit.record(
                AuditAction.EDITED, "consent", consent.id, person_id=consent.person_id
            )
        return consent

    def book_follow_up(self, follow_up: FollowUp) -> FollowUp:
        if follow_up.due_on < self.clock.today() and follow_up.status == FollowUpStatus.BOOKED:
            raise ValidationError(wt("A follow-up cannot be booked in the past."), field="due_on")
        follow_up.booked_on = follow_up.booked_on or self.clock.today()
        if follow_up.status.is_outcome and follow_up.outcome_on is None:
            follow_up.outcome_on = follow_up.due_on
        with self.repos.ws.transaction():
            self.repos.follow_ups.insert(follow_up)
            self.audit.record(
                AuditAction.CREATED, "follow_up", follow_up.id, person_id=follow_up.person_id
            )
        return follow_up

    def reschedule_follow_up(self, follow_up: FollowUp) -> FollowUp:
        """Move a booked follow-up to another date, kind or venue."""
        if follow_up.due_on < self.clock.today():
            raise ValidationError(wt("A follow-up cannot be booked in the past."), field="due_on")
        with self.repos.ws.transaction():
            self.repos.follow_ups.update(follow_up)
            self.audit.record(
                AuditAction.EDITED, "follow_up", follow_up.id, person_id=follow_up.person_id
            )
        return follow_up

    def import_follow_up(self, follow_up: FollowUp) -> FollowUp:
        """Record a follow-up as it stands, past dates included (demo data, imports): no
        booking rule applies, but the audit entry is the same as a booking's."""
        with self.repos.ws.transaction():
            self.repos.follow_ups.insert(follow_up)
            self.audit.record(
                AuditAction.CREATED, "follow_up", follow_up.id, person_id=follow_up.person_id
            )
        return follow_up

    def booked_follow_ups(self, person_id: str) -> list[FollowUp]:
        """The person's follow-ups still booked (past ones included), soonest first."""
        return [
            f
            for f in self.repos.follow_ups.for_person(person_id)
            if f.status == FollowUpStatus.BOOKED
        ]

    def set_follow_up_status(
        self, follow_up_id: str, status: FollowUpStatus, *, on: date | None = None
    ) -> FollowUp:
        """Record a booking's outcome (or put it back to booked); the change is kept as history.

        BookingService.set_outcome is the fuller use case (rebooked links, replacements)."""
        follow_up = self.repos.follow_ups.get(follow_up_id)
        previous = follow_up.status
        when = on or self.clock.today()
        follow_up.status = status
        follow_up.outcome_on = when if status.is_outcome else None
        with self.repos.ws.transaction():
            self.repos.follow_ups.update(follow_up)
            if previous != status:
                self.history.booking_changed(follow_up, previous.value, on=when)
            self.audit.record(
                AuditAction.STATUS,
                "follow_up",
                follow_up.id,
                person_id=follow_up.person_id,
                detail=status.value,
            )
        return follow_up
