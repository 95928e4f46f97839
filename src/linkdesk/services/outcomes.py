"""Wellbeing outcomes over time: a person's scores from baseline to each follow-up (for the
small chart on the person view) and the spread of change on Reports (suppressed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from linkdesk.domain.enums import Timepoint
from linkdesk.domain.models import Measure
from linkdesk.domain.outcomes import SCORES, PersonOutcomes, ScorePoint, ScoreSeries
from linkdesk.domain.report import ReportTable
from linkdesk.services.reports import ReportService
from linkdesk.store.repositories import Repositories


class OutcomeService:
    def __init__(self, repos: Repositories, reports: ReportService) -> None:
        self.repos = repos
        self.reports = reports

    def for_person(self, person_id: str) -> PersonOutcomes:
        """Each ONS4 item and the UCLA-3 total: every score in date order, with its change from
        the first baseline (None on the baseline itself, and before any baseline)."""
        self.repos.people.get(person_id)
        return self.from_measures(person_id, self.repos.measures.for_person(person_id))

    @staticmethod
    def from_measures(person_id: str, measures: Sequence[Measure]) -> PersonOutcomes:
        """:meth:`for_person` from the person's measures already read (oldest first, as
        ``PersonRecord.measures``): the person view reads them once for the record."""
        series = []
        for kind in SCORES:
            taken = [m for m in measures if m.instrument == kind.instrument]
            base = next((m for m in taken if m.timepoint == Timepoint.BASELINE), None)
            base_value = kind.value(base.answers) if base else None
            points = []
            for m in taken:
                value = kind.value(m.answers)
                if value is None:
                    continue
                change = (
                    value - base_value
                    if base is not None
                    and base_value is not None
                    and m is not base
                    and m.timepoint != Timepoint.BASELINE
                    and m.taken_on >= base.taken_on
                    else None
                )
                points.append(ScorePoint(m.taken_on, m.timepoint.value, value, change))
            series.append(ScoreSeries(kind, tuple(points)))
        return PersonOutcomes(person_id, tuple(series))

    def change_distribution(
        self, period_start: date | None = None, period_end: date | None = None
    ) -> ReportTable:
        """People per band of change for each score (the Reports table, suppressed)."""
        return self.reports.compute(period_start, period_end).table("wellbeing_change")
