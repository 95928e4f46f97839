"""The caseload list: sortable columns, filters (closed cases hidden by default) and the count."""

from __future__ import annotations

from dataclasses import replace

from linkdesk.domain.caseload import CaseloadPage, CaseloadQuery
from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.life_areas import LIFE_AREAS_BY_KEY
from linkdesk.store.caseload_queries import CaseloadQueries

MAX_LIMIT = 100_000


class CaseloadService:
    def __init__(self, queries: CaseloadQueries, *, clock: Clock = SYSTEM_CLOCK) -> None:
        self.queries = queries
        self._today = clock.today

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
