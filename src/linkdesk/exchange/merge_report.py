"""What a merge did, table by table, with conflicts listed by id only (nothing personal)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Winner = Literal["bundle", "local"]


@dataclass(frozen=True)
class Conflict:
    """Same id on both sides, different content and different ``updated_at``.

    The newer side wins (``winner``); a local row newer than a bundle tombstone is kept.
    """

    entity: str
    id: str
    winner: Winner
    reason: str = "edited on both"  # or "deleted there, edited here"


@dataclass
class TableMerge:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    blocked_by_tombstone: int = 0  # deleted or erased here: never brought back
    skipped_orphans: int = 0  # its person (or goal) is deleted here
    matched_existing: int = 0  # same directory entry under another id (source + source id)


@dataclass
class MergeReport:
    bundle_workspace_id: str
    tables: dict[str, TableMerge] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    tombstones_added: int = 0

    def table(self, name: str) -> TableMerge:
        return self.tables.setdefault(name, TableMerge())

    @property
    def added(self) -> int:
        return sum(t.added for t in self.tables.values())

    @property
    def updated(self) -> int:
        return sum(t.updated for t in self.tables.values())

    @property
    def deleted(self) -> int:
        return sum(t.deleted for t in self.tables.values())

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated or self.deleted or self.tombstones_added)

    def summary(self) -> str:
        """One line, for the audit log and the status bar."""
        return (
            f"added={self.added} updated={self.updated} deleted={self.deleted} "
            f"conflicts={len(self.conflicts)} tombstones={self.tombstones_added}"
        )

    def lines(self, max_conflicts: int = 50) -> list[str]:
        """A plain-text report: totals, a line per table that changed, then conflicts by id."""
        out = [
            f"Added {self.added}, updated {self.updated}, deleted {self.deleted} records; "
            f"{len(self.conflicts)} in conflict.",
        ]
        for name, t in self.tables.items():
            extra = [
                f"{label} {n}"
                for label, n in (
                    ("added", t.added),
                    ("updated", t.updated),
                    ("deleted", t.deleted),
                    ("kept deleted", t.blocked_by_tombstone),
                    ("skipped (person no longer here)", t.skipped_orphans),
                    ("matched an existing directory entry", t.matched_existing),
                )
                if n
            ]
            if extra:
                out.append(f"  {name}: " + ", ".join(extra))
        if self.conflicts:
            out.append("Conflicts (the newer version was kept):")
            for c in self.conflicts[:max_conflicts]:
                kept = "this laptop's" if c.winner == "local" else "the backup's"
                out.append(f"  {c.entity} {c.id}: {c.reason}; kept {kept} version")
            if len(self.conflicts) > max_conflicts:
                out.append(f"  … and {len(self.conflicts) - max_conflicts} more")
        return out
