"""The caseload list: what it can be sorted and filtered by, and one row of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from linkdesk.domain.enums import ReferralSource
from linkdesk.domain.referral_rules import ReferralStatus


class CaseloadSort(StrEnum):
    NAME = "name"  # family name, then given name
    STATUS = "status"  # in the order of the work: received, contacted, active, closed, declined
    SOURCE = "source"
    RECEIVED = "received"  # the current referral's received date
    NEXT_FOLLOW_UP = "next_follow_up"  # earliest booked meeting (overdue ones first)
    LAST_CONTACT = "last_contact"
    MISSED = "missed"  # appointments not attended

    @property
    def label(self) -> str:
        return _SORT_LABELS[self]


class DueFilter(StrEnum):
    ANY = "any"
    OVERDUE = "overdue"  # a booking still booked before today
    THIS_WEEK = "this_week"  # a booking still booked from today to Sunday
    OVERDUE_OR_THIS_WEEK = "overdue_or_this_week"

    @property
    def label(self) -> str:
        return _DUE_LABELS[self]


_SORT_LABELS = {
    CaseloadSort.NAME: "Name",
    CaseloadSort.STATUS: "Status",
    CaseloadSort.SOURCE: "Referred by",
    CaseloadSort.RECEIVED: "Received",
    CaseloadSort.NEXT_FOLLOW_UP: "Next follow-up",
    CaseloadSort.LAST_CONTACT: "Last contact",
    CaseloadSort.MISSED: "Missed",
}
_DUE_LABELS = {
    DueFilter.ANY: "Any",
    DueFilter.OVERDUE: "Overdue",
    DueFilter.THIS_WEEK: "Due this week",
    DueFilter.OVERDUE_OR_THIS_WEEK: "Overdue or due this week",
}


OPEN_STATUSES = frozenset(s for s in ReferralStatus if s.is_open)


@dataclass(frozen=True)
class CaseloadQuery:
    """Filters combine with AND; a set filter matches any of its values.

    ``statuses`` None: every status except closed and declined, plus people with no referral
    (closed cases are hidden by default); a set: exactly those statuses.
    ``contacted_before``: last contact before that day, or never (e.g. "not seen for 6 weeks").
    ``contacted_since``: last contact on or after that day.
    ``on``: the day "overdue", "this week" and "last contact" are counted from (default today).
    """

    search: str = ""
    statuses: frozenset[ReferralStatus] | None = None
    sources: frozenset[ReferralSource] = frozenset()
    life_areas: frozenset[str] = frozenset()
    due: DueFilter = DueFilter.ANY
    contacted_before: date | None = None
    contacted_since: date | None = None
    sort: CaseloadSort = CaseloadSort.NAME
    descending: bool = False
    limit: int = 500
    on: date | None = None


@dataclass(slots=True)  # not frozen: a frozen init costs ~10 µs a row, thousands a view
class CaseloadEntry:
    person_id: str
    name: str
    preferred_name: str
    date_of_birth: date | None
    referral_id: str | None
    referral_status: ReferralStatus | None
    referral_source: ReferralSource | None
    received_on: date | None
    next_follow_up: date | None  # earliest booking still booked (before ``on``: overdue)
    last_contact_on: date | None
    missed: int  # bookings marked did not attend, all referrals

    def is_overdue(self, on: date) -> bool:
        return self.next_follow_up is not None and self.next_follow_up < on


@dataclass(frozen=True)
class CaseloadPage:
    """The rows (at most ``query.limit``) and how many people match in all."""

    rows: list[CaseloadEntry] = field(default_factory=list)
    total: int = 0
    query: CaseloadQuery = field(default_factory=CaseloadQuery)

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)
