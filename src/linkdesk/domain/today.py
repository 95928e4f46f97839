"""What a link worker's day holds (the Today screen and ``linkdesk today``): plain data.

Definitions, for a day ``on`` (each list is worked out from the record as it is now):
- due_today: bookings still *booked* for ``on``;
- overdue: bookings still *booked* before ``on`` (``days_overdue`` = on - due date), most
  overdue first; each needs an outcome recorded;
- this_week: bookings still *booked* after ``on`` up to the Sunday of its week;
- waiting_first_contact: referrals still *received* (no first contact yet) received on or
  before ``on``, oldest first, with ``days_waiting``;
- unfinished_conversations: conversations not finished, held on or before ``on``, most recent
  first, with the step they stopped at (to resume there);
- not_contacted: people whose current referral is contacted or active, with nothing booked,
  whose last contact (latest conversation on or before ``on``, else the referral's first
  contact) is ``weeks`` or more before ``on`` (or never), longest first.
A person's *current referral* is their newest open one, else their newest.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any


@dataclass(slots=True)  # not frozen: a frozen init costs ~10 µs a row, thousands a view
class TodayBooking:
    person_id: str
    name: str
    preferred_name: str
    follow_up_id: str
    due_on: date
    kind: str  # FollowUpKind value
    venue: str
    days_overdue: int = 0


@dataclass(slots=True)  # not frozen: a frozen init costs ~10 µs a row, thousands a view
class WaitingReferral:
    person_id: str
    name: str
    preferred_name: str
    referral_id: str
    received_on: date
    source: str  # ReferralSource value
    days_waiting: int


@dataclass(slots=True)  # not frozen: a frozen init costs ~10 µs a row, thousands a view
class UnfinishedConversation:
    person_id: str
    name: str
    preferred_name: str
    conversation_id: str
    held_on: date
    kind: str  # ConversationKind value
    step: str  # the saved step (conversation.STEPS), where resuming starts


@dataclass(slots=True)  # not frozen: a frozen init costs ~10 µs a row, thousands a view
class NotContacted:
    person_id: str
    name: str
    preferred_name: str
    referral_id: str
    status: str  # ReferralStatus value
    last_contact_on: date | None
    days_since: int | None  # None: never contacted


@dataclass(frozen=True)
class TodayView:
    on: date
    not_contacted_weeks: int
    due_today: list[TodayBooking] = field(default_factory=list)
    overdue: list[TodayBooking] = field(default_factory=list)
    waiting_first_contact: list[WaitingReferral] = field(default_factory=list)
    unfinished_conversations: list[UnfinishedConversation] = field(default_factory=list)
    not_contacted: list[NotContacted] = field(default_factory=list)
    this_week: list[TodayBooking] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(
            (
                self.due_today,
                self.overdue,
                self.waiting_first_contact,
                self.unfinished_conversations,
                self.not_contacted,
                self.this_week,
            )
        )

    def counts(self) -> dict[str, int]:
        return {key: len(getattr(self, key)) for key in LIST_KEYS}

    def as_dict(self) -> dict[str, Any]:
        """The shape ``linkdesk today --json`` prints (dates as ISO text)."""

        def row(item: Any) -> dict[str, Any]:
            return {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(item).items()}

        out: dict[str, Any] = {
            "on": self.on.isoformat(),
            "not_contacted_weeks": self.not_contacted_weeks,
        }
        for key in LIST_KEYS:
            out[key] = [row(item) for item in getattr(self, key)]
        out["counts"] = self.counts()
        return out


LIST_KEYS = (
    "due_today",
    "overdue",
    "waiting_first_contact",
    "unfinished_conversations",
    "not_contacted",
    "this_week",
)


def week_end(on: date) -> date:
    """The Sunday of ``on``'s week (Monday-first weeks, as UK diaries are)."""
    return on + timedelta(days=6 - on.weekday())
