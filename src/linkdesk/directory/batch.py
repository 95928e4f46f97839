"""What importers hand back: services to write and what was left out, with reasons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from linkdesk.domain.filenames import readable_text
from linkdesk.domain.models import Service


@dataclass(frozen=True, slots=True)
class Skipped:
    """One item (a whole service, or one field of it) left out of an import, and why."""

    item: str
    reason: str
    rejected: bool = True  # True: the service was not imported; False: only a field was dropped

    def __str__(self) -> str:
        return readable_text(f"{self.item}: {self.reason}")  # a file name may not be UTF-8


Parsed = Service | Skipped  # importers yield these, in file order


@dataclass(slots=True)
class ParsedBatch:
    """Everything an importer found, gathered in memory (tests and small sources)."""

    services: list[Service] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def extend(self, other: ParsedBatch) -> None:
        self.services.extend(other.services)
        self.skipped.extend(other.skipped)

    def add(self, item: Parsed) -> None:
        if isinstance(item, Skipped):
            self.skipped.append(item)
        else:
            self.services.append(item)


@dataclass(slots=True)
class Meter:
    """How far through its sources an import is, in bytes (for an estimated total)."""

    total_bytes: int = 0
    done_bytes: int = 0  # of the sources already finished
    position: Callable[[], int] = lambda: 0  # bytes read of the current source

    def read(self) -> int:
        try:
            return self.done_bytes + self.position()
        except (OSError, ValueError):  # a closed file: the source is finished
            return self.done_bytes

    def finish(self, size: int) -> None:
        self.done_bytes += size
        self.position = lambda: 0
