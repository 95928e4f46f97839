"""Referral status: received -> contacted -> active -> closed, or declined."""

from __future__ import annotations

from enum import StrEnum

from linkdesk.domain.errors import ValidationError


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
    ReferralStatus.ACTIVE: frozenset({ReferralStatus.CLOSED, ReferralStatus.DECLINED}),
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
            f"A referral that is {current.label.lower()} cannot be marked "
            f"{new.label.lower()}; start a new referral instead.",
            field="status",
        )
    if new == ReferralStatus.CLOSED and not (closure_reason or "").strip():
        raise ValidationError("Please choose why the referral is being closed.", "closure_reason")


def snomed_code_for(status: ReferralStatus) -> str:
    """The SNOMED CT code recorded for a referral in this status."""
    if status == ReferralStatus.DECLINED:
        return SNOMED_SOCIAL_PRESCRIBING_DECLINED
    return SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING
