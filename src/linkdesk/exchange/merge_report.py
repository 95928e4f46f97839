"""What a merge did, table by table, with conflicts listed by id only (nothing personal)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from linkdesk.domain.worker_text import wnt, wt, wt_noop

Winner = Literal["bundle", "local"]
# Why a record was in conflict (store/merge.py), said in the worker's language in lines().
REASONS = (
    wt_noop("edited on both"),
    wt_noop("deleted there, edited here"),
    wt_noop("deleted here, edited there later"),
    wt_noop("erased there, changed here since"),
)


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
        # In the worker's language (domain/worker_text). A count's sentence goes through wnt
        # with the English the same in both forms (as it always read), so each language can
        # give its own plural forms. Table names and ids stay as they are.
        conflicts = len(self.conflicts)
        out = [
            wnt(
                "Added {added}, updated {updated}, deleted {deleted} records; {n} in conflict.",
                "Added {added}, updated {updated}, deleted {deleted} records; {n} in conflict.",
                conflicts,
                added=self.added,
                updated=self.updated,
                deleted=self.deleted,
                n=conflicts,
            ),
        ]
        if self.already_merged:
            out.append(wt("This backup was made or merged here before: nothing in it is new."))
        out += self.warnings
        if self.people_erased:
            out.append(
                wnt(
                    "Erased {n} people here too, as the other laptop had ({records} records).",
                    "Erased {n} people here too, as the other laptop had ({records} records).",
                    self.people_erased,
                    n=self.people_erased,
                    records=self.records_erased,
                )
            )
        if self.erasures_to_decide:
            waiting = len(self.erasures_to_decide)
            out.append(
                wnt(
                    "{n} people were erased on another laptop but changed here since. Decide "
                    "for each: erase them here too, or keep them on this laptop only (they "
                    "never go back to the others):",
                    "{n} people were erased on another laptop but changed here since. Decide "
                    "for each: erase them here too, or keep them on this laptop only (they "
                    "never go back to the others):",
                    waiting,
                    n=waiting,
                )
            )
            person = wt("person")
            out += [f"  {person} {pid}" for pid in self.erasures_to_decide[:max_conflicts]]
        for name, t in self.tables.items():
            extra = [
                wt("{what} {n}", what=wt(label), n=n)
                for label, n in (
                    (wt_noop("added"), t.added),
                    (wt_noop("updated"), t.updated),
                    (wt_noop("deleted"), t.deleted),
                    (wt_noop("kept deleted"), t.blocked_by_tombstone),
                    (wt_noop("skipped (person no longer here)"), t.skipped_orphans),
                    (wt_noop("matched an existing directory entry"), t.matched_existing),
                )
                if n
            ]
            if extra:
                out.append(f"  {name}: " + ", ".join(extra))
        if self.conflicts:
            out.append(wt("Conflicts (the later version was kept):"))
            for c in self.conflicts[:max_conflicts]:
                said = {"entity": c.entity, "id": c.id, "reason": wt(c.reason)}
                line = (
                    wt("{entity} {id}: {reason}; kept this laptop's version", **said)
                    if c.winner == "local"
                    else wt("{entity} {id}: {reason}; kept the backup's version", **said)
                )
                out.append(f"  {line}")
            if conflicts > max_conflicts:
                out.append("  " + wt("… and {n} more", n=conflicts - max_conflicts))
        return out
