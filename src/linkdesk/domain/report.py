"""The commissioner report: anonymised counts in, suppressed tables out.

The store hands over counts (``ReportData``), never a row per record or person. Tables hold
text that is already suppressed and formatted, so every output (CSV, PDF, screen, JSON) shows
exactly the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from linkdesk.domain.errors import LinkDeskError

Answers = tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class ReferralGroup:
    """Referrals received in the period with the same source, status and wait."""

    source: str
    status: str
    # Days from receipt to the first contact recorded, else to the first conversation after
    # it (negative if recorded before receipt); None: not contacted yet.
    wait_days: int | None
    referrals: int


@dataclass(frozen=True, slots=True)
class WellbeingPairs:
    """People whose first baseline and latest follow-up in the period gave these answers."""

    instrument: str
    baseline: Answers
    latest: Answers
    people: int


@dataclass(frozen=True)
class ReportData:
    """What the store hands over for one period: counts only, worked out in SQL (issue 15:
    at 50,000 people a report's per-record facts were 11-33 MB of the GUI's peak). No names,
    notes, dates of birth, postcodes or person ids."""

    period_start: date | None  # None: from the first record
    period_end: date
    referrals: list[ReferralGroup] = field(default_factory=list)
    people_referred: int = 0
    # (conversations held in the period, people who had that many), for people with at least one
    conversations_per_person: list[tuple[int, int]] = field(default_factory=list)
    goal_statuses: list[tuple[str, int]] = field(default_factory=list)  # (GoalStatus value, goals)
    # (ConnectionStatus value, connections)
    connection_statuses: list[tuple[str, int]] = field(default_factory=list)
    # (category, connections) for connections to directory services; a service in several
    # categories counts once in each.
    connection_categories: list[tuple[str, int]] = field(default_factory=list)
    connections_not_from_directory: int = 0
    # One per distinct (instrument, first baseline answers, latest follow-up answers).
    wellbeing_pairs: list[WellbeingPairs] = field(default_factory=list)
    safeguarding_people: int = 0
    # (FollowUpStatus value, bookings) for bookings due in the period.
    booking_outcomes: list[tuple[str, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ReportRow:
    label: str
    values: tuple[str, ...]
    snomed: str = ""


@dataclass(frozen=True, slots=True)
class ReportTable:
    key: str
    title: str
    columns: tuple[str, ...]  # the label column's heading, then one heading per value
    rows: tuple[ReportRow, ...]
    note: str = ""

    @property
    def has_snomed(self) -> bool:
        return any(r.snomed for r in self.rows)

    def row(self, label: str) -> ReportRow:
        for r in self.rows:
            if r.label == label:
                return r
        raise KeyError(label)


@dataclass(frozen=True)
class Report:
    period_start: date | None
    period_end: date
    produced_on: date
    tables: tuple[ReportTable, ...]

    @property
    def period_text(self) -> str:
        start = self.period_start.isoformat() if self.period_start else "the first record"
        return f"{start} to {self.period_end.isoformat()}"

    def table(self, key: str) -> ReportTable:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def value(self, key: str, label: str, column: int = 0) -> str:
        """The text shown in table ``key``, row ``label``, value column ``column``."""
        return self.table(key).row(label).values[column]

    def as_dict(self) -> dict[str, Any]:
        return {
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat(),
            "produced_on": self.produced_on.isoformat(),
            "tables": [
                {
                    "key": t.key,
                    "title": t.title,
                    "columns": list(t.columns),
                    "note": t.note,
                    "rows": [
                        {"label": r.label, "values": list(r.values), "snomed_code": r.snomed}
                        for r in t.rows
                    ],
                }
                for t in self.tables
            ],
        }


@dataclass(frozen=True, slots=True)
class CaseloadOverview:
    """Today's workload for coordinators (shown on screen only, never exported)."""

    open_by_status: dict[str, int]
    follow_ups_overdue: int
    follow_ups_due_this_week: int
    waiting_first_contact: int  # received more than WAIT_DAYS ago and not yet contacted

    @property
    def open_referrals(self) -> int:
        return sum(self.open_by_status.values())


WAIT_DAYS = 14


def year_before(end: date) -> date:
    """The first day of the 12 months that end on ``end``."""
    try:
        start = end.replace(year=end.year - 1)
    except ValueError:  # 29 February
        start = end.replace(year=end.year - 1, day=28)
    return start + timedelta(days=1)


def financial_year(today: date, *, previous: bool = False) -> tuple[date, date]:
    """The NHS financial year (1 April to 31 March) holding ``today``, or the one before."""
    first_year = today.year if today.month >= 4 else today.year - 1
    if previous:
        first_year -= 1
    return date(first_year, 4, 1), date(first_year + 1, 3, 31)


def check_period(start: date | None, end: date) -> None:
    if start is not None and start > end:
        raise LinkDeskError("The report period starts after it ends; pick the dates again.")
