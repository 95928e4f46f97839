"""Referral status: received -> contacted -> active -> closed, or declined."""

from __future__ import annotations

from enum import StrEnum

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.worker_text import label, wt


class ReferralStatus(StrEnum):
    RECEIVED = "received"
    CONTACTED = "contacted"
    ACTIVE = "active"
    CLOSED = "closed"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def is_open(self) -> bool:
        return self in (ReferralStatus.RECEIVED, ReferralStatus.CONTACTED, ReferralStatus.ACTIVE)


# Closing is allowed from any open state (e.g. "could not contact"); a closed or declined
# episode is not reopened: a new referral starts a new episode, keeping reporting honest.
ALLOWED_TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.RECEIVED: frozenset(
        {ReferralStatus.CONTACTED, ReferralStatus.DECLINED, ReferralStatus.CLOSED}
    ),
    ReferralStatus.CONTACTED: frozenset(
        {ReferralStatus.ACTIVE, ReferralStatus.DECLINED, ReferralStatus.CLOSED}
    ),
    # Back to contacted: the worker's correction when finishing a first conversation moved the
    # referral on (automatically) before support had really begun.
    ReferralStatus.ACTIVE: frozenset(
        {ReferralStatus.CLOSED, ReferralStatus.DECLINED, ReferralStatus.CONTACTED}
    ),
    ReferralStatus.CLOSED: frozenset(),
    ReferralStatus.DECLINED: frozenset(),
}

CLOSURE_REASONS = (
    "Goals met",
    "Person chose to stop",
    "Could not contact",
    "Moved away",
    "Referred on to another service",
    "Not eligible",
    "Died",
    "Other",
)


class ClosureOutcome(StrEnum):
    """How an episode of support ended (asked when closing, printed in the message back)."""

    GOALS_MET = "goals_met"
    GOALS_PARTLY_MET = "goals_partly_met"
    GOALS_NOT_MET = "goals_not_met"
    PERSON_WITHDREW = "person_withdrew"
    MOVED_AWAY = "moved_away"
    COULD_NOT_CONTACT = "could_not_contact"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    ClosureOutcome.GOALS_MET: "Goals met",
    ClosureOutcome.GOALS_PARTLY_MET: "Goals partly met",
    ClosureOutcome.GOALS_NOT_MET: "Goals not met",
    ClosureOutcome.PERSON_WITHDREW: "Person withdrew",
    ClosureOutcome.MOVED_AWAY: "Moved away",
    ClosureOutcome.COULD_NOT_CONTACT: "Could not be contacted",
}

# A closing that gave only a reason from CLOSURE_REASONS (older screens, older workspaces):
# the outcome it implies. Reasons not listed leave the outcome unrecorded ("").
OUTCOME_FOR_REASON: dict[str, ClosureOutcome] = {
    "Goals met": ClosureOutcome.GOALS_MET,
    "Person chose to stop": ClosureOutcome.PERSON_WITHDREW,
    "Could not contact": ClosureOutcome.COULD_NOT_CONTACT,
    "Moved away": ClosureOutcome.MOVED_AWAY,
}

SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING = "871731000000106"
SNOMED_SOCIAL_PRESCRIBING_DECLINED = "871711000000103"


def next_statuses(current: ReferralStatus) -> frozenset[ReferralStatus]:
    return ALLOWED_TRANSITIONS[current]


def check_transition(
    current: ReferralStatus, new: ReferralStatus, closure_reason: str | None = None
) -> None:
    """Raise ValidationError unless ``current -> new`` is allowed (closing needs a reason)."""
    if new == current:
        return
    if new not in ALLOWED_TRANSITIONS[current]:
        raise ValidationError(
            wt(
                "A referral that is {current} cannot be marked {new}; start a new referral "
                "instead.",
                current=label(current).lower(),
                new=label(new).lower(),
            ),
            field="status",
        )
    if new == ReferralStatus.CLOSED and not (closure_reason or "").strip():
        raise ValidationError(
            wt("Please choose why the referral is being closed."), "closure_reason"
        )


def snomed_code_for(status: ReferralStatus) -> str:
    """The SNOMED CT code recorded for a referral in this status."""
    if status == ReferralStatus.DECLINED:
        return SNOMED_SOCIAL_PRESCRIBING_DECLINED
    return SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING
