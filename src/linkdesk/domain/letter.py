"""The message back to the GP and the referrer: what it holds, and the codes to enter.

Headings follow the PRSB Social Prescribing Information Standard's "Message back to GP and
referrer" (v1.1, 2023; https://theprsb.org/standards/social-prescribing-standard/): person
identifiers, referral, what matters to the person, needs, support offered, outcomes, closure,
link worker contact. Codes are the national SNOMED CT codes for social prescribing, used as NHS
England's guidance says (see docs/day.md for the sources):

- 871731000000106 |Referral to social prescribing service (procedure)|: when the person accepts
  the referral, for the first interaction of an episode only (dated with that first contact);
- 871711000000103 |Social prescribing declined (situation)|: when the person declines.

Consent decides the narrative: without the person's consent to share with the recipient, the
letter carries only identifiers, dates and codes, and says so (``LetterData.narrative``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.enums import LetterRecipient
from linkdesk.domain.referral_rules import (
    SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
    SNOMED_SOCIAL_PRESCRIBING_DECLINED,
)

SNOMED_TERMS = {
    SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING: "Referral to social prescribing service (procedure)",
    SNOMED_SOCIAL_PRESCRIBING_DECLINED: "Social prescribing declined (situation)",
}

HEADINGS = (
    "Person details",
    "Referral",
    "What matters to the person",
    "Needs",
    "Support offered",
    "Outcomes",
    "Closure",
    "Codes for the practice to enter (SNOMED CT)",
    "Link worker contact",
)


def no_consent_note(recipient: LetterRecipient) -> str:
    who = "their GP" if recipient == LetterRecipient.GP else "the person who referred them"
    return (
        f"The person has not given consent to share the details of their support with {who}. "
        "This letter therefore holds only their identifiers, the dates of their referral and "
        "support, and the codes to enter."
    )


@dataclass(frozen=True)
class CodedEntry:
    code: str
    term: str
    on: date | None


@dataclass(frozen=True)
class OutcomeLine:
    """One wellbeing score at the start and at the latest follow-up."""

    label: str
    baseline: int | None
    latest: int | None
    meaning: str


@dataclass(frozen=True)
class ChartSeries:
    """Points (date, value) of one score over time, for the outcomes chart."""

    label: str
    points: tuple[tuple[date, int], ...]
    low: int
    high: int


@dataclass(frozen=True)
class LetterData:
    """Everything printed; narrative fields are empty when ``narrative`` is False."""

    recipient: LetterRecipient
    made_on: date
    narrative: bool
    # identifiers (always)
    name: str
    date_of_birth: date | None
    nhs_number: str | None
    address: str
    postcode: str
    # referral (dates always; words only with consent)
    received_on: date | None
    source: str
    referrer: str
    first_contact_on: date | None
    status: str
    closed_on: date | None
    addressed_to: str = ""
    reason: str = ""
    what_matters: str = ""
    needs: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    outcomes: tuple[OutcomeLine, ...] = ()
    chart: tuple[ChartSeries, ...] = ()
    contacts: str = ""
    closure_outcome: str = ""
    closure_reason: str = ""
    codes: tuple[CodedEntry, ...] = ()
    worker_name: str = ""
    worker_organisation: str = ""
    worker_phone: str = ""
    worker_email: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)  # e.g. "no referral recorded"
