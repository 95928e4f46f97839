"""Writing an import into the directory as it is read: in batches, inside one transaction.

Sources are read as streams (directory/sources.py), so memory stays bounded whatever their
size: only one batch of services, the keys already seen and the report are held. The whole
import is one bulk transaction: a fatal problem (or a cancel) anywhere leaves the directory
as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from linkdesk.directory.batch import Meter, Parsed, Skipped
from linkdesk.directory.child_reader import read_sources
from linkdesk.directory.sources import source_size
from linkdesk.domain.enums import AuditAction, ServiceSource
from linkdesk.domain.errors import LinkDeskError, ValidationError
from linkdesk.domain.models import Service
from linkdesk.domain.worker_text import wnt, wt

if TYPE_CHECKING:
    from linkdesk.services.directory import DirectoryService

Progress = Callable[[int, int], None]
# Fields an import owns; the worker's notes, retirement and check date are kept on re-import.
_KEPT = {"id", "created_at", "updated_at", "worker_notes", "retired", "last_checked_on"}
IMPORTED_FIELDS = tuple(f.name for f in fields(Service) if f.name not in _KEPT)
BATCH = 500
MAX_REPORTED = 2000  # report lines kept; the rest are counted


@dataclass(slots=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    fields_dropped: int = 0  # values left out of services that were imported
    skipped: list[Skipped] = field(default_factory=list)
    not_listed: int = 0  # report lines past MAX_REPORTED, counted only
    seconds: float = 0.0

    def summary(self) -> str:
        """The counts in one line, in the worker's language (domain/worker_text)."""
        text = wt(
            "{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected",
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=self.rejected,
        )
        if self.fields_dropped:
            n = self.fields_dropped
            # The same English in both forms (as it always read); other languages' plurals.
            text += wnt(", {n} values left out", ", {n} values left out", n, n=n)
        return text

    def note(self, item: Skipped) -> None:
        if item.rejected:
            self.rejected += 1
        else:
            self.fields_dropped += 1
        if len(self.skipped) < MAX_REPORTED:
            self.skipped.append(item)
        else:
            self.not_listed += 1


def drop_bad_fields(service: Service, validate: Callable[[Service], Service]) -> list[str]:
    """Validate, leaving out each field that breaks a rule (only a missing name is fatal)."""
    dropped: list[str] = []
    for _ in range(8):
        try:
            validate(service)
            return dropped
        except ValidationError as exc:
            if exc.field == "email":
                dropped.append(f"the email {service.email!r} does not look right; left out")
                service.email = ""
            elif exc.field == "latitude":
                dropped.append("the map position is out of range; left out")
                service.latitude = service.longitude = None
            elif exc.field == "days":
                dropped.append("days outside Monday to Sunday; left out")
                service.days = [d for d in service.days if 0 <= d <= 6]
            else:
                raise
    validate(service)
    return dropped


class ImportWriter:
    """Takes services and report lines in file order; writes them a batch at a time."""

    def __init__(
        self, directory: DirectoryService, report: ImportReport, progress: Progress | None,
        meter: Meter,
    ) -> None:  # fmt: skip
        self.directory = directory
        self.report = report
        self.progress = progress
        self.meter = meter
        self.seen: set[tuple[str, str]] = set()
        self.pending: list[Service] = []
        self.done = 0

    def take(self, item: Parsed) -> None:
        if isinstance(item, Skipped):
            self.report.note(item)
            return
        key = (item.source.value, item.source_id)
        if key in self.seen:
            place = ", ".join(p for p in [*item.address.split("\n"), item.postcode] if p)
            where = f"; this one, at {place}, was left out" if place else ""
            self.report.note(
                Skipped(item.name, f"appears twice in the import (id {item.source_id[:60]}); "
                        f"the first was kept{where}")
            )  # fmt: skip
            return
        self.seen.add(key)
        try:
            dropped = drop_bad_fields(item, self.directory.validate)
        except ValidationError as exc:
            self.report.note(Skipped(item.name or "a service", str(exc)))
            return
        for reason in dropped:
            self.report.note(Skipped(item.name, reason, rejected=False))
        self.pending.append(item)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        existing = self.directory.queries.by_source_keys(
            [(s.source.value, s.source_id) for s in batch]
        )
        table = self.directory.repos.services
        new: list[Service] = []
        for service in batch:
            old = existing.get((service.source.value, service.source_id))
            if old is None and service.source == ServiceSource.MANUAL:
                old = self.directory.queries.by_id(service.source_id)
            if old is None:
                new.append(service)
                self.report.added += 1
            elif merge_into(old, service):
                table.update(old)
                self.report.updated += 1
            else:
                self.report.unchanged += 1
        table.insert_many(new)
        self.done += len(batch)
        self.tell()

    def finish(self) -> None:
        """Write what is left, report the final count and note the import in the audit log
        (its counts only), inside the caller's transaction."""
        self.flush()
        self.tell(final=True)
        report = self.report
        self.directory.audit.record(
            AuditAction.IMPORTED,
            "service",
            "directory",
            detail=f"added={report.added} updated={report.updated} "
            f"unchanged={report.unchanged} rejected={report.rejected}",
        )

    def tell(self, final: bool = False) -> None:
        if not self.progress:
            return
        if final:
            self.progress(self.done, self.done)
            return
        read = self.meter.read()
        total = self.meter.total_bytes
        estimate = round(self.done * total / read) if read and total else self.done
        self.progress(self.done, max(estimate, self.done))


def merge_into(old: Service, new: Service) -> bool:
    """Copy imported fields onto ``old``; True when anything changed."""
    changed = False
    for name in IMPORTED_FIELDS:
        if name in ("source", "source_id"):  # matched on these: keep the record's own
            continue
        value = getattr(new, name)
        if getattr(old, name) != value:
            setattr(old, name, value)
            changed = True
    if new.retired and not old.retired:
        old.retired, changed = True, True
    if new.last_checked_on and (
        old.last_checked_on is None or new.last_checked_on > old.last_checked_on
    ):
        old.last_checked_on, changed = new.last_checked_on, True
    return changed


def import_paths(
    directory: DirectoryService,
    paths: Iterable[Path | str],
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import every source in one transaction: all of it, or (on a fatal error) none."""
    started = time.perf_counter()
    sources = [Path(p) for p in paths]
    if not sources:
        raise LinkDeskError("Choose at least one file or folder to import.")
    report = ImportReport()
    meter = Meter(total_bytes=sum(source_size(p) for p in sources))
    if progress:
        progress(0, 0)  # reading and checking: no count known yet
    ws = directory.repos.ws
    with ws.bulk(), closing(read_sources(sources, meter, today or date.today())) as items:
        writer = ImportWriter(directory, report, progress, meter)
        for item in items:  # large sources are parsed in a child process (child_reader)
            writer.take(item)
        writer.finish()
    report.seconds = time.perf_counter() - started
    return report


def write_services(
    directory: DirectoryService, services: list[Service], progress: Progress | None = None
) -> ImportReport:
    """Services made elsewhere (demo data, tests) through the same matching rules."""
    started = time.perf_counter()
    report = ImportReport()
    with directory.repos.ws.bulk():
        writer = ImportWriter(directory, report, progress, Meter())
        for service in services:
            writer.take(service)
        writer.finish()
    report.seconds = time.perf_counter() - started
    return report
