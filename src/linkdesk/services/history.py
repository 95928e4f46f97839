"""Status history: every referral status change and booking outcome, kept as rows.

Written inside the caller's transaction, beside the change itself, so the record and its
history never disagree. Rows hold coded values, dates and the worker's chosen reason.
"""

from __future__ import annotations

from datetime import date

from linkdesk.domain.models import FollowUp, Referral, StatusChange
from linkdesk.store.day_records import DayRecords
from linkdesk.store.repositories import Repositories


class StatusHistory:
    def __init__(self, repos: Repositories) -> None:
        self.repos = repos
        self.records = DayRecords(repos)

    def referral_changed(
        self,
        referral: Referral,
        from_status: str,
        *,
        on: date,
        reason: str = "",
        automatic: bool = False,
    ) -> StatusChange:
        change = StatusChange(
            person_id=referral.person_id,
            referral_id=referral.id,
            changed_on=on,
            from_status=from_status,
            to_status=referral.status.value,
            outcome=referral.closure_outcome.value if referral.closure_outcome else "",
            reason=reason,
            automatic=automatic,
        )
        self.repos.status_changes.insert(change)
        return change

    def booking_changed(
        self,
        follow_up: FollowUp,
        from_status: str,
        *,
        on: date,
        reason: str = "",
        automatic: bool = False,
    ) -> StatusChange:
        change = StatusChange(
            person_id=follow_up.person_id,
            follow_up_id=follow_up.id,
            changed_on=on,
            from_status=from_status,
            to_status=follow_up.status.value,
            reason=reason,
            automatic=automatic,
        )
        self.repos.status_changes.insert(change)
        return change

    def for_referral(self, referral_id: str) -> list[StatusChange]:
        """Oldest first."""
        return self.records.referral_history(referral_id)

    def for_follow_up(self, follow_up_id: str) -> list[StatusChange]:
        return self.records.follow_up_history(follow_up_id)
