"""Named reads for bookings, status history and letters (no SQL in services/).

Status values are passed as parameters from their enums, never written into SQL text.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from linkdesk.domain.enums import FollowUpStatus
from linkdesk.domain.models import FollowUp, Record, Referral, StatusChange
from linkdesk.store.mapper import Table
from linkdesk.store.repositories import Repositories

T = TypeVar("T", bound=Record)

_BOOKED = FollowUpStatus.BOOKED.value


def get_or_none(table: Table[T], record_id: str) -> T | None:
    """The record, or None when it no longer exists (e.g. removed by a merge or an erasure)."""
    found = table.find("id = ?", (record_id,))
    return found[0] if found else None


class DayRecords:
    def __init__(self, repos: Repositories) -> None:
        self.repos = repos

    # -- bookings ------------------------------------------------------------------------------

    def booked_after(self, person_id: str, day: date) -> list[FollowUp]:
        """Bookings still booked for a day after ``day``, soonest first."""
        return self.repos.follow_ups.find(
            "person_id = ? AND status = ? AND due_on > ?",
            (person_id, _BOOKED, day.isoformat()),
            "due_on, created_at",
        )

    def booked_by(self, person_id: str, day: date) -> list[FollowUp]:
        """Bookings still booked for ``day`` or earlier, oldest first."""
        return self.repos.follow_ups.find(
            "person_id = ? AND status = ? AND due_on <= ?",
            (person_id, _BOOKED, day.isoformat()),
            "due_on, created_at",
        )

    def booked(self, person_id: str) -> list[FollowUp]:
        return self.repos.follow_ups.find(
            "person_id = ? AND status = ?", (person_id, _BOOKED), "due_on, created_at"
        )

    def count_with_status(self, person_id: str, status: FollowUpStatus) -> int:
        return len(
            self.repos.follow_ups.find("person_id = ? AND status = ?", (person_id, status.value))
        )

    def follow_up(self, follow_up_id: str) -> FollowUp | None:
        return get_or_none(self.repos.follow_ups, follow_up_id)

    def referral(self, referral_id: str) -> Referral | None:
        return get_or_none(self.repos.referrals, referral_id)

    def service_name(self, service_id: str) -> str | None:
        service = get_or_none(self.repos.services, service_id)
        return service.name if service else None

    # -- history -------------------------------------------------------------------------------

    def referral_history(self, referral_id: str) -> list[StatusChange]:
        """Oldest first."""
        return self.repos.status_changes.find(
            "referral_id = ?", (referral_id,), "changed_on, created_at"
        )

    def follow_up_history(self, follow_up_id: str) -> list[StatusChange]:
        return self.repos.status_changes.find(
            "follow_up_id = ?", (follow_up_id,), "changed_on, created_at"
        )

    def person_referral_history(self, person_id: str) -> list[StatusChange]:
        return self.repos.status_changes.find(
            "person_id = ? AND referral_id IS NOT NULL", (person_id,), "changed_on, created_at"
        )
