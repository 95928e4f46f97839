"""The caseload list: sortable columns, filters (closed cases hidden by default) and the count."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from linkdesk.domain.caseload import CaseloadPage, CaseloadQuery
from linkdesk.domain.clock import today as clock_today
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.life_areas import LIFE_AREAS_BY_KEY
from linkdesk.store.caseload_queries import CaseloadQueries

MAX_LIMIT = 100_000


class CaseloadService:
    def __init__(self, queries: CaseloadQueries, today: Callable[[], date] = clock_today) -> None:
        self.queries = queries
        self._today = today

    def page(self, query: CaseloadQuery | None = None) -> CaseloadPage:
        """The rows and the count for a query (see CaseloadQuery for each filter)."""
        q = query or CaseloadQuery()
        unknown = sorted(a for a in q.life_areas if a not in LIFE_AREAS_BY_KEY)
        if unknown:
            raise ValidationError(
                f"Unknown life area {unknown[0]!r}; choose one LinkDesk lists.", field="life_areas"
            )
        if not 0 <= q.limit <= MAX_LIMIT:
            q = replace(q, limit=min(max(q.limit, 0), MAX_LIMIT))
        return self.queries.page(q, q.on or self._today())
