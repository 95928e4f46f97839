"""The report's facts as the store handed them over before issue 15's session 6 (one per
referral and per wellbeing score), kept as an oracle: the counts now worked out in SQL must
equal what these facts give (`aggregate`), and the report built from them must be the same."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain import report as new


@dataclass(frozen=True, slots=True)
class ReferralFact:
    person_key: str
    source: str
    status: str
    received_on: date
    first_contact_on: date | None  # first contact recorded, else the first conversation after


@dataclass(frozen=True, slots=True)
class MeasureFact:
    person_key: str
    instrument: str
    timepoint: str
    taken_on: date
    answers: tuple[int | None, ...]


@dataclass(frozen=True)
class ReportData:
    """What the store handed over for one period, a fact per record."""

    period_start: date | None  # None: from the first record
    period_end: date
    referrals: list[ReferralFact] = field(default_factory=list)
    conversations_per_person: list[int] = field(default_factory=list)
    goal_statuses: list[str] = field(default_factory=list)
    connection_statuses: list[str] = field(default_factory=list)
    connection_categories: list[tuple[str, int]] = field(default_factory=list)
    connections_not_from_directory: int = 0
    measures: list[MeasureFact] = field(default_factory=list)
    safeguarding_people: int = 0
    booking_outcomes: list[tuple[str, int]] = field(default_factory=list)


def aggregate(data: ReportData) -> new.ReportData:
    """The counts the new queries must give for the same workspace and period (sorted)."""
    from tests.reports.old_report_build import pairs

    referrals = Counter(
        (
            r.source,
            r.status,
            None if r.first_contact_on is None else (r.first_contact_on - r.received_on).days,
        )
        for r in data.referrals
    )
    wellbeing: Counter[tuple[str, tuple[int | None, ...], tuple[int | None, ...]]] = Counter()
    for instrument in sorted({m.instrument for m in data.measures}):
        for before, after in pairs(data.measures, instrument, data.period_start):
            wellbeing[(instrument, before, after)] += 1
    return normalised(
        new.ReportData(
            period_start=data.period_start,
            period_end=data.period_end,
            referrals=[new.ReferralGroup(*key, n) for key, n in referrals.items()],
            people_referred=len({r.person_key for r in data.referrals}),
            conversations_per_person=list(Counter(data.conversations_per_person).items()),
            goal_statuses=list(Counter(data.goal_statuses).items()),
            connection_statuses=list(Counter(data.connection_statuses).items()),
            connection_categories=data.connection_categories,
            connections_not_from_directory=data.connections_not_from_directory,
            wellbeing_pairs=[new.WellbeingPairs(*key, n) for key, n in wellbeing.items()],
            safeguarding_people=data.safeguarding_people,
            booking_outcomes=data.booking_outcomes,
        )
    )


def normalised(data: new.ReportData) -> new.ReportData:
    """The same counts in one order, to compare two ReportData (order carries no meaning)."""

    def key(value: object) -> str:
        return repr(value)

    return new.ReportData(
        period_start=data.period_start,
        period_end=data.period_end,
        referrals=sorted(data.referrals, key=key),
        people_referred=data.people_referred,
        conversations_per_person=sorted(data.conversations_per_person),
        goal_statuses=sorted(data.goal_statuses),
        connection_statuses=sorted(data.connection_statuses),
        connection_categories=sorted(data.connection_categories),
        connections_not_from_directory=data.connections_not_from_directory,
        wellbeing_pairs=sorted(data.wellbeing_pairs, key=key),
        safeguarding_people=data.safeguarding_people,
        booking_outcomes=sorted(data.booking_outcomes),
    )
