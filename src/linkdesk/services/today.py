"""Today: who needs the link worker on a given day (the first screen, ``linkdesk today``).

Read-only: opening Today writes nothing (not even an audit entry: it shows names in lists, as
the caseload does, and opening a person from it is audited there). Safe on a background
thread with a reader connection: build it with ``TodayService(TodayQueries(reader), ...)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.settings import RANGES
from linkdesk.domain.today import TodayView
from linkdesk.domain.worker_text import wt
from linkdesk.store.today_queries import TodayQueries


class TodayService:
    def __init__(
        self,
        queries: TodayQueries,
        not_contacted_weeks: Callable[[], int],
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.queries = queries
        self._weeks = not_contacted_weeks
        self._today = clock.today

    def view(self, on: date | None = None, *, weeks: int | None = None) -> TodayView:
        """Every list of the day ``on`` (default: today). ``weeks`` overrides the setting."""
        day = on or self._today()
        weeks = self._weeks() if weeks is None else weeks
        low, high = RANGES["not_contacted_weeks"]
        if isinstance(weeks, bool) or not isinstance(weeks, int) or not low <= weeks <= high:
            raise ValidationError(
                wt("Not contacted for must be {low} to {high} weeks.", low=low, high=high),
                field="not_contacted_weeks",
            )
        q = self.queries
        return TodayView(
            on=day,
            not_contacted_weeks=weeks,
            due_today=q.due_today(day),
            overdue=q.overdue(day),
            waiting_first_contact=q.waiting_first_contact(day),
            unfinished_conversations=q.unfinished_conversations(day),
            not_contacted=q.not_contacted(day, weeks),
            this_week=q.this_week(day),
        )
