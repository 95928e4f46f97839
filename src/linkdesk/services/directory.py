"""The directory of community services: import, add, edit, retire, search, export."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from linkdesk.directory.fuzzy import Vocabulary
from linkdesk.directory.linkdesk_csv import to_csv_bytes
from linkdesk.directory.normalise import MAX_LONG, MAX_SHORT, clean, coordinate
from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.enums import AuditAction
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.life_areas import LIFE_AREAS, LIFE_AREAS_BY_KEY
from linkdesk.domain.models import ATTENDING_WAYS, Service
from linkdesk.domain.worker_text import wt
from linkdesk.exchange.atomic import atomic_write_bytes
from linkdesk.services.directory_import import (
    IMPORTED_FIELDS,
    ImportReport,
    Progress,
    import_paths,
    write_services,
)
from linkdesk.store.audit import AuditLog
from linkdesk.store.repositories import Repositories
from linkdesk.store.service_search import ServiceFilters, ServiceQueries

if TYPE_CHECKING:
    from linkdesk.store.reader import Reads

__all__ = ["IMPORTED_FIELDS", "DirectoryService", "ImportReport", "validate_service"]


def _words(text: str) -> list[str]:
    return "".join(c.lower() if c.isalnum() else " " for c in text).split()


def _prefix_query(words: list[str]) -> str:
    return " AND ".join(f'"{w}"*' for w in words)


class DirectoryService:
    def __init__(
        self, repos: Repositories, audit: AuditLog, *, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.repos = repos
        self.audit = audit
        self.clock = clock
        self.queries = ServiceQueries(repos.ws, repos.services)
        self._vocab: tuple[tuple[object, ...], Vocabulary] | None = None
        self._categories: tuple[tuple[object, ...], list[str]] | None = None
        # Per thread: the directory page searches typed text on a worker and a filter change
        # on the UI thread, and each reads the flag of its own search (issue 15).
        self._searched = threading.local()

    @property
    def last_search_corrected(self) -> bool:
        """True when the last :meth:`search` run on this thread found only close matches
        (typos forgiven), no exact ones."""
        return bool(getattr(self._searched, "corrected", False))

    # -- single services ---------------------------------------------------------------------

    def get(self, service_id: str) -> Service:
        return self.repos.services.get(service_id)

    def count(self) -> int:
        """How many services the directory holds (retired ones included)."""
        return self.repos.services.count()

    def is_empty(self) -> bool:
        """Whether the directory holds no service (cheap: for every keystroke)."""
        return self.repos.services.is_empty()

    def save(self, service: Service, *, new: bool) -> Service:
        validate_service(service)
        table = self.repos.services
        with self.repos.ws.transaction():
            (table.insert if new else table.update)(service)
            self.audit.record(
                AuditAction.CREATED if new else AuditAction.EDITED, "service", service.id
            )
        return service

    def mark_checked(self, service_id: str, on: date | None = None) -> Service:
        service = self.get(service_id)
        service.last_checked_on = on or self.clock.today()
        return self.save(service, new=False)

    def set_retired(self, service_id: str, retired: bool = True) -> Service:
        """Retired services stay on record (connections point at them) but leave searches."""
        service = self.get(service_id)
        service.retired = retired
        return self.save(service, new=False)

    def save_notes(self, service_id: str, notes: str) -> Service:
        service = self.get(service_id)
        service.worker_notes = clean(notes, MAX_LONG, multiline=True)
        return self.save(service, new=False)

    # -- search ------------------------------------------------------------------------------

    def search(
        self,
        text: str = "",
        limit: int = 50,
        *,
        category: str | None = None,
        free_only: bool = False,
        day: int | None = None,
        accessible: bool = False,
        include_retired: bool = False,
    ) -> list[Service]:
        """Services matching every typed word as a prefix, best first; typos forgiven."""
        filters = ServiceFilters(
            category, free_only, day, accessible, include_retired, self.clock.today().isoformat()
        )
        words = _words(text)[:12]
        self._searched.corrected = False
        found = self.queries.search(_prefix_query(words), filters, limit)
        if found or not words:
            return found
        fixed = self._typo_query(words)
        found = self.queries.search(fixed, filters, limit) if fixed else []
        self._searched.corrected = bool(found)  # shown as "close matches" in the UI
        return found

    def _vocabulary(self) -> Vocabulary:
        key = self.queries.change_key()
        if self._vocab is None or self._vocab[0] != key:
            self._vocab = (key, Vocabulary(self.queries.name_terms()))
        return self._vocab[1]

    def _typo_query(self, words: list[str]) -> str:
        """Each word that matches nothing is replaced by its nearest known words."""
        vocab = self._vocabulary()
        parts = []
        for word in words:
            if vocab.has_prefix(word):
                parts.append(f'"{word}"*')
                continue
            near = vocab.corrections(word)
            if not near:
                return ""
            parts.append("(" + " OR ".join(f'"{t}"*' for t in near) + ")")
        return " AND ".join(parts)

    def categories(self, reads: Reads | None = None) -> list[str]:
        """Categories in use, then LinkDesk's own ones, for a filter list. Read on ``reads``
        (a reader, in one snapshot) when given, else on the workspace's shared connection."""
        # Reading every service's categories parses 5,000 JSON lists (60-190 ms): kept until
        # a service changes, as the typo vocabulary is (the same change key).
        key = self.queries.change_key(reads)
        if self._categories is None or self._categories[0] != key:
            known = {c for c, _ in self.queries.categories(reads)}
            for area in LIFE_AREAS:
                known.update(area.categories)
            self._categories = (key, sorted(known))
        return list(self._categories[1])

    def suggest_for_areas(self, area_keys: list[str], limit: int = 12) -> list[Service]:
        """Services whose categories help with the chosen life areas, most relevant first.

        Order: the person's first area before later ones, and within an area its most direct
        category first (loneliness: befriending, then social groups); ties go to services
        that help with more of the chosen areas, then to recently checked ones.
        """
        wanted: dict[str, tuple[int, int]] = {}
        for rank, key in enumerate(area_keys):
            area = LIFE_AREAS_BY_KEY.get(key)
            for position, category in enumerate(area.categories if area else ()):
                wanted.setdefault(category, (rank, position))
        if not wanted:
            return []
        scored: list[tuple[tuple[int, int], int, int, str, str]] = []
        for service_id, name, categories, checked in self.queries.with_categories(list(wanted)):
            hits = [wanted[c] for c in (c.lower() for c in categories) if c in wanted]
            if hits:
                areas = len({rank for rank, _ in hits})
                scored.append((min(hits), -areas, 0 if checked else 1, name.lower(), service_id))
        scored.sort()
        return self.queries.by_ids([t[4] for t in scored[:limit]])

    # -- import and export -------------------------------------------------------------------

    def validate(self, service: Service) -> Service:
        return validate_service(service)

    def import_sources(
        self, paths: Iterable[Path | str], progress: Progress | None = None
    ) -> ImportReport:
        """Import every source in one transaction: all of it, or (on a fatal error) none.

        Sources are read as streams and written in batches; ``progress(done, total)`` gets
        services written so far and an estimate of the total from the bytes read.
        """
        return import_paths(self, paths, progress, self.clock.today())

    def import_services(
        self, services: list[Service], progress: Progress | None = None
    ) -> ImportReport:
        """Write services made elsewhere (demo data, tests) through the same matching rules."""
        return write_services(self, services, progress)

    def export_csv(self, dest: Path | str, *, include_retired: bool = True) -> int:
        """Write every service as a LinkDesk CSV (atomic, formulas defused); returns the count."""
        services = self.repos.services_by_name(include_retired=include_retired)
        atomic_write_bytes(Path(dest), to_csv_bytes(services))
        self.audit.record(
            AuditAction.EXPORTED, "service", "directory", detail=f"services={len(services)}"
        )
        return len(services)


def validate_service(service: Service) -> Service:
    """Tidy a service's fields and check the few rules it must follow."""
    service.name = clean(service.name, MAX_SHORT)
    if not service.name:
        raise ValidationError(wt("A service needs a name."), field="name")
    for name in ("organisation", "area", "phone", "email", "website", "cost"):
        setattr(service, name, clean(getattr(service, name), MAX_SHORT))
    lines = (clean(line, 200) for line in str(service.address).replace("\r", "\n").split("\n"))
    service.address = "\n".join(line for line in lines if line)[: MAX_SHORT * 2]
    service.postcode = clean(service.postcode, 12).upper()
    for name in (
        "description", "schedule", "eligibility", "accessibility", "how_to_get_there", "alert",
    ):  # fmt: skip
        setattr(service, name, clean(getattr(service, name), MAX_LONG, multiline=True))
    service.languages = list(
        dict.fromkeys(c for c in (clean(x, 60) for x in service.languages) if c)
    )
    service.attending = [w for w in ATTENDING_WAYS if w in service.attending]
    if service.email and ("@" not in service.email or " " in service.email):
        raise ValidationError(wt("That email address does not look right."), field="email")
    if (service.latitude is None) != (service.longitude is None) or (
        service.latitude is not None
        and (coordinate(service.latitude, 90) is None or coordinate(service.longitude, 180) is None)
    ):
        raise ValidationError(
            wt("The map position needs a latitude (-90 to 90) and a longitude (-180 to 180)."),
            field="latitude",
        )
    if any(not 0 <= d <= 6 for d in service.days):
        raise ValidationError(wt("Days must be Monday to Sunday."), field="days")
    service.days = sorted(set(service.days))
    service.categories = list(
        dict.fromkeys(c for c in (clean(c, 80).lower() for c in service.categories) if c)
    )
    return service
