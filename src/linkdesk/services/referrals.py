"""Referral status that follows the work, closing with an outcome, and the status history.

- Recording first contact (by hand, or by starting a conversation) moves received -> contacted.
- Finishing a first conversation moves received/contacted -> active. Both moves are marked
  automatic in the history; the worker can still change the status (active -> contacted is
  allowed as a correction, see domain/referral_rules.py).
- Closing asks for an outcome (``ClosureOutcome``) and a reason, cancels bookings still open
  (by the worker, "support ended") so nothing stale is left, and keeps it all as history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.enums import ConversationKind
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Conversation, Referral, StatusChange
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus
from linkdesk.domain.worker_text import wt
from linkdesk.services.bookings import BookingService, OutcomeResult
from linkdesk.services.people import PeopleService
from linkdesk.store.repositories import Repositories

SUPPORT_ENDED = "Support ended"


@dataclass(frozen=True, slots=True)
class StatusMove:
    """A status change made as part of other work (shown to the worker, who can change it)."""

    referral: Referral
    from_status: ReferralStatus
    to_status: ReferralStatus


@dataclass(frozen=True)
class ClosureResult:
    referral: Referral
    cancelled_bookings: list[OutcomeResult] = field(default_factory=list)


class ReferralService:
    def __init__(
        self,
        repos: Repositories,
        people: PeopleService,
        bookings: BookingService,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.repos = repos
        self.people = people
        self.bookings = bookings
        self._today = clock.today

    # -- reading -------------------------------------------------------------------------------

    def get(self, referral_id: str) -> Referral:
        return self.repos.referrals.get(referral_id)

    def current(self, person_id: str) -> Referral | None:
        """The open referral (newest), else the newest one; None for a person with none."""
        referrals = self.repos.referrals.for_person(person_id, newest_first=True)
        open_ones = [r for r in referrals if r.status.is_open]
        chosen = open_ones or referrals
        return chosen[0] if chosen else None

    def history(self, referral_id: str) -> list[StatusChange]:
        """Every status change of one referral, oldest first (received is the first)."""
        self.get(referral_id)
        return self.people.history.for_referral(referral_id)

    def person_history(self, person_id: str) -> list[StatusChange]:
        """Status changes of all the person's referrals, oldest first."""
        return self.people.history.records.person_referral_history(person_id)

    # -- moves that follow the work ------------------------------------------------------------

    def record_first_contact(self, referral_id: str, *, on: date | None = None) -> Referral:
        """First contact made (a call, a message answered): received -> contacted."""
        referral = self.get(referral_id)
        if referral.status != ReferralStatus.RECEIVED:
            if referral.first_contact_on is None and referral.status.is_open:
                referral.first_contact_on = on or self._today()
                return self.people.update_referral(referral)
            return referral
        return self.people.change_referral_status(
            referral_id, ReferralStatus.CONTACTED, on=on or self._today()
        )

    def after_conversation_started(self, conversation: Conversation) -> StatusMove | None:
        """A conversation is contact: a received referral becomes contacted on its date."""
        referral = self._for_conversation(conversation)
        if referral is None or referral.status != ReferralStatus.RECEIVED:
            return None
        moved = self.people.change_referral_status(
            referral.id, ReferralStatus.CONTACTED, on=conversation.held_on, automatic=True
        )
        return StatusMove(moved, ReferralStatus.RECEIVED, ReferralStatus.CONTACTED)

    def after_conversation_finished(self, conversation: Conversation) -> StatusMove | None:
        """A finished first conversation starts the support: the referral becomes active."""
        if conversation.kind != ConversationKind.FIRST:
            return None
        referral = self._for_conversation(conversation)
        if referral is None or referral.status not in (
            ReferralStatus.RECEIVED,
            ReferralStatus.CONTACTED,
        ):
            return None
        before = referral.status
        if before == ReferralStatus.RECEIVED:
            self.people.change_referral_status(
                referral.id, ReferralStatus.CONTACTED, on=conversation.held_on, automatic=True
            )
        moved = self.people.change_referral_status(
            referral.id, ReferralStatus.ACTIVE, on=conversation.held_on, automatic=True
        )
        return StatusMove(moved, before, ReferralStatus.ACTIVE)

    def _for_conversation(self, conversation: Conversation) -> Referral | None:
        if conversation.referral_id:
            found = self.people.history.records.referral(conversation.referral_id)
            if found is not None:
                return found
        return self.current(conversation.person_id)

    # -- by hand -------------------------------------------------------------------------------

    def change_status(
        self,
        referral_id: str,
        status: ReferralStatus,
        *,
        on: date | None = None,
        reason: str = "",
    ) -> Referral:
        """Any allowed change the worker chooses (closing: use :meth:`close`)."""
        if status == ReferralStatus.CLOSED:
            raise ValidationError(
                wt("Choose how the support ended to close the referral."), "outcome"
            )
        return self.people.change_referral_status(
            referral_id, status, closure_reason=reason, on=on or self._today()
        )

    def close(
        self,
        referral_id: str,
        outcome: ClosureOutcome,
        *,
        reason: str = "",
        on: date | None = None,
    ) -> ClosureResult:
        """Close with an outcome and a reason (the outcome's label when none is given).

        Bookings still open are cancelled by the worker ("Support ended")."""
        if not isinstance(outcome, ClosureOutcome):
            raise ValidationError(wt("Choose how the support ended."), "outcome")
        when = on or self._today()
        with self.repos.ws.transaction():
            referral = self.people.change_referral_status(
                referral_id,
                ReferralStatus.CLOSED,
                closure_reason=reason.strip() or outcome.label,
                outcome=outcome,
                on=when,
            )
            cancelled = self.bookings.cancel_open(referral.person_id, on=when, reason=SUPPORT_ENDED)
        return ClosureResult(referral, cancelled)

    def decline(self, referral_id: str, *, reason: str = "", on: date | None = None) -> Referral:
        """The person declined social prescribing (SNOMED CT 871711000000103); open bookings
        are cancelled by the person."""
        when = on or self._today()
        with self.repos.ws.transaction():
            referral = self.people.change_referral_status(
                referral_id, ReferralStatus.DECLINED, closure_reason=reason, on=when
            )
            self.bookings.cancel_open(referral.person_id, on=when, reason="Declined")
        return referral
