"""The person's timeline: one typed entry per thing that happened, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class TimelineKind(StrEnum):
    REFERRAL_RECEIVED = "referral_received"
    REFERRAL_STATUS = "referral_status"
    CONVERSATION = "conversation"
    BOOKING_MADE = "booking_made"
    BOOKING_OUTCOME = "booking_outcome"
    GOAL_SET = "goal_set"
    GOAL_PROGRESS = "goal_progress"
    MEASURE = "measure"
    CONNECTION = "connection"
    CONSENT = "consent"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    TimelineKind.REFERRAL_RECEIVED: "Referral received",
    TimelineKind.REFERRAL_STATUS: "Referral status",
    TimelineKind.CONVERSATION: "Conversation",
    TimelineKind.BOOKING_MADE: "Booking made",
    TimelineKind.BOOKING_OUTCOME: "Booking outcome",
    TimelineKind.GOAL_SET: "Goal set",
    TimelineKind.GOAL_PROGRESS: "Goal progress",
    TimelineKind.MEASURE: "Wellbeing measure",
    TimelineKind.CONNECTION: "Connection",
    TimelineKind.CONSENT: "Consent",
    TimelineKind.LETTER: "Letter",
}


@dataclass(slots=True)  # not frozen: a frozen init costs ~10 µs a row, thousands a view
class TimelineEntry:
    """One event. ``title`` is a short English summary; ``detail`` more words (may be empty);
    ``status`` the coded value where there is one (e.g. a FollowUpStatus or ReferralStatus);
    ``entity``/``entity_id`` name the record to open; ``automatic`` marks a change the work
    made (e.g. a booking settled when a conversation finished), not one chosen by hand."""

    on: date
    kind: TimelineKind
    title: str
    detail: str
    entity: str
    entity_id: str
    status: str = ""
    automatic: bool = False
    order: str = ""  # tie-break within a day: the record's created_at
