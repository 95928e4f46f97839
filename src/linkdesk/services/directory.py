"""The directory of community services: add, edit, retire, search."""

from __future__ import annotations

from datetime import date

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.life_areas import LIFE_AREAS_BY_KEY
from linkdesk.domain.models import Service
from linkdesk.store.audit import AuditLog
from linkdesk.store.repositories import Repositories, fts_prefix_query


class DirectoryService:
    def __init__(self, repos: Repositories, audit: AuditLog) -> None:
        self.repos = repos
        self.audit = audit

    def get(self, service_id: str) -> Service:
        return self.repos.services.get(service_id)

    def save(self, service: Service, *, new: bool) -> Service:
        service.name = service.name.strip()
        if not service.name:
            raise ValidationError("A service needs a name.", field="name")
        table = self.repos.services
        with self.repos.ws.transaction():
            (table.insert if new else table.update)(service)
            self.audit.record("created" if new else "edited", "service", service.id)
        return service

    def mark_checked(self, service_id: str, on: date | None = None) -> Service:
        service = self.get(service_id)
        service.last_checked_on = on or date.today()
        return self.save(service, new=False)

    def search(self, text: str, limit: int = 50, *, include_retired: bool = False) -> list[Service]:
        """Services matching every typed word (as a prefix), best match first."""
        table = self.repos.services
        retired = "" if include_retired else " AND s.retired = 0"
        query = fts_prefix_query(text)
        if not query:
            return table.find(
                "retired = 0" if not include_retired else "1", (), f"name LIMIT {int(limit)}"
            )
        cols = ", ".join(f"s.{f}" for f in table.fields)
        rows = self.repos.ws.query(
            f"SELECT {cols} FROM service_fts JOIN service s ON s.rowid = service_fts.rowid"
            f" WHERE service_fts MATCH ?{retired}"
            " ORDER BY bm25(service_fts, 10.0, 5.0, 1.0, 3.0, 2.0, 1.0, 1.0) LIMIT ?",
            (query, limit),
        )
        return [table.from_row(r) for r in rows]

    def suggest_for_areas(self, area_keys: list[str], limit: int = 12) -> list[Service]:
        """Services whose categories help with the chosen life areas, most relevant first."""
        wanted: dict[str, int] = {}
        for rank, key in enumerate(area_keys):
            area = LIFE_AREAS_BY_KEY.get(key)
            for category in area.categories if area else ():
                wanted.setdefault(category, rank)
        if not wanted:
            return []
        scored: list[tuple[int, str, Service]] = []
        for service in self.repos.services.find("retired = 0"):
            ranks = [wanted[c] for c in (c.lower() for c in service.categories) if c in wanted]
            if ranks:
                scored.append((min(ranks), service.name.lower(), service))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [s for _, _, s in scored[:limit]]
