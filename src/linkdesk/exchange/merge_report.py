"""What a merge did, table by table, with conflicts listed by id only (nothing personal)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Winner = Literal["bundle", "local"]


@dataclass(frozen=True)
class Conflict:
    """Same id on both sides in different versions; ``winner`` is the version kept.

    Versions are ordered by their clock readings (store/merge.py). ``reason`` is one of
    "edited on both"; "deleted there, edited here" (the later local edit is kept);
    "deleted here, edited there later" (the record comes back); "erased there, changed here
    since" (the person is kept here for the worker to decide: see ``erasures_to_decide``).
    """

    entity: str
    id: str
    winner: Winner
    reason: str = "edited on both"


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
    people_erased: int = 0  # erased on the other laptop, now erased here too
    records_erased: int = 0  # ... with everything about them
    # People erased on another laptop but changed here since: the worker decides (erase
    # them here too, or keep them on this laptop; they never travel back to the others).
    erasures_to_decide: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # plain sentences, nothing personal
    latest_reading: str = ""  # the latest clock reading the bundle brought in
    latest_stamp: str = ""  # the latest wall-clock time among what it changed
    already_merged: bool = False  # made or merged here before: nothing in it can be new

    def table(self, name: str) -> TableMerge:
        return self.tables.setdefault(name, TableMerge())

    def note_reading(self, reading: str | None, stamp: str | None) -> None:
        self.latest_reading = max(self.latest_reading, reading or "")
        self.latest_stamp = max(self.latest_stamp, stamp or "")

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
            f"conflicts={len(self.conflicts)} tombstones={self.tombstones_added} "
            f"erased={self.people_erased} to_decide={len(self.erasures_to_decide)}"
        )

    def lines(self, max_conflicts: int = 50) -> list[str]:
        """A plain-text report: totals, a line per table that changed, then conflicts by id."""
        out = [
            f"Added {self.added}, updated {self.updated}, deleted {self.deleted} records; "
            f"{len(self.conflicts)} in conflict.",
        ]
        if self.already_merged:
            out.append("This backup was made or merged here before: nothing in it is new.")
        out += self.warnings
        if self.people_erased:
            out.append(
                f"Erased {self.people_erased} people here too, as the other laptop had "
                f"({self.records_erased} records)."
            )
        if self.erasures_to_decide:
            out.append(
                f"{len(self.erasures_to_decide)} people were erased on another laptop but "
                "changed here since. Decide for each: erase them here too, or keep them on "
                "this laptop only (they never go back to the others):"
            )
            out += [f"  person {pid}" for pid in self.erasures_to_decide[:max_conflicts]]
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
            out.append("Conflicts (the later version was kept):")
            for c in self.conflicts[:max_conflicts]:
                kept = "this laptop's" if c.winner == "local" else "the backup's"
                out.append(f"  {c.entity} {c.id}: {c.reason}; kept {kept} version")
            if len(self.conflicts) > max_conflicts:
                out.append(f"  … and {len(self.conflicts) - max_conflicts} more")
        return out
