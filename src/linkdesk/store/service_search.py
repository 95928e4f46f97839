"""Directory queries: ranked full-text search with filters, the term list for typo fixes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from linkdesk.domain.models import Service
from linkdesk.store.mapper import Table

if TYPE_CHECKING:
    from linkdesk.store.reader import Reads
    from linkdesk.store.workspace import Workspace

# bm25 column weights: name, organisation, description, categories, area, accessibility,
# eligibility, languages. A hit in the name counts most; the long description least.
BM25 = "bm25(service_fts, 10.0, 4.0, 1.0, 6.0, 2.0, 1.5, 1.0, 3.0)"
# A service runs on a day when its days list it and, if its structured schedules mention that
# day at all, one of those has not ended (an ended schedule's day no longer counts).
_DAY_SQL = (
    "EXISTS (SELECT 1 FROM json_each(s.days) WHERE value = :day)"
    " AND (NOT EXISTS (SELECT 1 FROM json_each(s.schedules) sc, json_each(sc.value, '$.days') sd"
    " WHERE sd.value = :day)"
    " OR EXISTS (SELECT 1 FROM json_each(s.schedules) sc, json_each(sc.value, '$.days') sd"
    " WHERE sd.value = :day AND coalesce(json_extract(sc.value, '$.ends'), '9999') >= :today))"
)

_STEP_FREE_WORDS = ("wheelchair", "step-free", "step free", "level access", "ramp", "accessible")
_NEGATIONS = ("no wheelchair", "not wheelchair", "no step-free", "not step-free", "not accessible")
ACCESSIBLE_SQL = (
    "("
    + " OR ".join(f"lower(s.accessibility) LIKE '%{w}%'" for w in _STEP_FREE_WORDS)
    + ") AND "
    + " AND ".join(f"lower(s.accessibility) NOT LIKE '%{w}%'" for w in _NEGATIONS)
)


@dataclass(frozen=True, slots=True)
class ServiceFilters:
    category: str | None = None
    free_only: bool = False
    day: int | None = None  # 0 = Monday .. 6 = Sunday
    accessible: bool = False
    include_retired: bool = False
    today: str = "0000-00-00"  # ISO date: schedules that ended before it do not count

    def sql(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if not self.include_retired:
            clauses.append("s.retired = 0")
        if self.category:
            clauses.append(
                "EXISTS (SELECT 1 FROM json_each(s.categories) WHERE lower(value) = lower(?))"
            )
            params.append(self.category.strip())
        if self.free_only:
            clauses.append("s.is_free = 1")
        if self.day is not None:
            day, today = str(int(self.day)), self.today.replace("'", "")
            clauses.append(_DAY_SQL.replace(":day", day).replace(":today", f"'{today}'"))
        if self.accessible:
            clauses.append(ACCESSIBLE_SQL)
        return (" AND ".join(clauses) or "1"), params


class ServiceQueries:
    """Read-side SQL for the directory (SQL stays in store/)."""

    def __init__(self, workspace: Workspace, table: Table[Service]) -> None:
        self.ws = workspace
        self.table = table
        self._cols = ", ".join(f"s.{f}" for f in table.fields)
        self._vocab_ready = False

    def search(self, fts_query: str, filters: ServiceFilters, limit: int) -> list[Service]:
        """Best matches first for an FTS5 query; with no query, filtered services by name."""
        where, params = filters.sql()
        # Rank on rowids only, then read the few rows shown: sorting thousands of whole rows
        # (for a one-letter prefix, or a plain list) is what makes a search slow.
        if fts_query:
            ranked = self.ws.query(
                "SELECT s.rowid FROM service_fts JOIN service s ON s.rowid = service_fts.rowid"
                f" WHERE service_fts MATCH ? AND {where} ORDER BY {BM25} LIMIT ?",
                (fts_query, *params, int(limit)),
            )
        else:
            ranked = self.ws.query(
                f"SELECT s.rowid FROM service s WHERE {where}"
                " ORDER BY s.name COLLATE NOCASE LIMIT ?",
                (*params, int(limit)),
            )
        order = [r[0] for r in ranked]
        if not order:
            return []
        marks = ", ".join("?" for _ in order)
        by_rowid = {
            r[0]: r[1:]
            for r in self.ws.query(
                f"SELECT s.rowid, {self._cols} FROM service s WHERE s.rowid IN ({marks})",
                tuple(order),
            )
        }
        rows = [by_rowid[rowid] for rowid in order if rowid in by_rowid]
        return [self.table.from_row(r) for r in rows]

    def change_key(self, reads: Reads | None = None) -> tuple[Any, ...]:
        """Changes whenever a service is added, edited or removed (cache key for the terms).
        Read on ``reads`` (a reader's connection) when given, else the workspace's."""
        row = (reads or self.ws).query("SELECT count(*), max(updated_at), max(rowid) FROM service")
        return tuple(row[0])

    def name_terms(self) -> list[tuple[str, int]]:
        """(term, number of services) for words in names, organisations and categories."""
        if not self._vocab_ready:
            # fts5vocab over the existing index: a temp table, nothing stored in the file.
            self.ws.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.service_terms"
                " USING fts5vocab(main, service_fts, 'col')"
            )
            self._vocab_ready = True
        rows = self.ws.query(
            "SELECT term, sum(doc) FROM temp.service_terms"
            " WHERE col IN ('name', 'organisation', 'categories') GROUP BY term"
        )
        return [(str(r[0]), int(r[1])) for r in rows]

    def categories(self, reads: Reads | None = None) -> list[tuple[str, int]]:
        """Every category in use by a current service, with how many services have it.
        Read on ``reads`` when given (a reader: the shared connection stays free meanwhile)."""
        rows = (reads or self.ws).query(
            "SELECT lower(j.value), count(*) FROM service s, json_each(s.categories) j"
            " WHERE s.retired = 0 GROUP BY lower(j.value) ORDER BY lower(j.value)"
        )
        return [(str(r[0]), int(r[1])) for r in rows]

    def with_categories(self, categories: list[str]) -> list[tuple[str, str, list[str], bool]]:
        """(id, name, categories, checked) of current services in any of these categories."""
        marks = ", ".join("?" for _ in categories)
        rows = self.ws.query(
            "SELECT s.id, s.name, s.categories, s.last_checked_on IS NOT NULL FROM service s"
            " WHERE s.retired = 0 AND EXISTS (SELECT 1 FROM json_each(s.categories)"
            f" WHERE lower(value) IN ({marks}))",
            tuple(c.lower() for c in categories),
        )
        return [(str(r[0]), str(r[1]), list(json.loads(r[2])), bool(r[3])) for r in rows]

    def by_ids(self, ids: list[str]) -> list[Service]:
        """Services by id, in the order given (missing ones left out)."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        found = {s.id: s for s in self.table.find(f"id IN ({marks})", tuple(ids))}
        return [found[i] for i in ids if i in found]

    def by_source_key(self) -> dict[tuple[str, str], Service]:
        return {(s.source.value, s.source_id): s for s in self.table.find("source_id <> ''")}

    def by_source_keys(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Service]:
        """The services already held under these (source, source_id) keys."""
        found: dict[tuple[str, str], Service] = {}
        by_source: dict[str, list[str]] = {}
        for source, source_id in keys:
            by_source.setdefault(source, []).append(source_id)
        for source, ids in by_source.items():
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                for s in self.table.find(
                    f"source = ? AND source_id IN ({marks})", (source, *chunk)
                ):
                    found[(s.source.value, s.source_id)] = s
        return found

    def by_id(self, service_id: str) -> Service | None:
        found = self.table.find("id = ?", (service_id,))
        return found[0] if found else None
