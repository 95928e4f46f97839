"""What an importer hands back: services to write and what was left out, with reasons."""

from __future__ import annotations

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


@dataclass(slots=True)
class ParsedBatch:
    services: list[Service] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def extend(self, other: ParsedBatch) -> None:
        self.services.extend(other.services)
        self.skipped.extend(other.skipped)
