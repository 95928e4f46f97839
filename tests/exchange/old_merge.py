"""THE OLD MERGE (before clock readings): the oracle for tests/exchange/test_merge_oracle.py.

A copy of store/merge.py as it was at 994237c, changed only so it runs on today's schema: the
``hlc`` column is treated like ``updated_at`` (copied along, not compared as content). Not
used by LinkDesk.

Merge the record tables of an attached bundle (schema ``bundle``) into ``main``.

Rules (run inside ONE transaction by the caller):
- rows are matched by id; a missing row is inserted, a present one takes the newer
  ``updated_at`` (equal: unchanged);
- a bundle tombstone deletes the local row unless the local row is newer; a local tombstone
  blocks re-inserting a bundle row, so erased people never come back;
- parents are written before children; a row whose required parent is gone here is skipped,
  an optional link to a missing row becomes empty (as ON DELETE SET NULL would have made it);
- directory entries are also matched by (source, source id), so two laptops that imported the
  same directory do not end up with duplicates.
Ordinary INSERT/UPDATE/DELETE statements are used so FTS triggers and FK cascades run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from linkdesk.domain.errors import LinkDeskError
from linkdesk.exchange.merge_report import Conflict, MergeReport
from linkdesk.store.schema import RECORD_TABLES
from linkdesk.store.workspace import Connection

# Parents before children (every foreign key points to an earlier table).
MERGE_TABLES = RECORD_TABLES
# Unique natural keys besides the id: (columns, condition on the bundle row ``b``).
NATURAL_KEYS = {"service": (("source", "source_id"), "{b}.source_id <> ''")}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _ForeignKey:
    column: str
    parent: str
    required: bool


def _columns(conn: Connection, table: str) -> list[tuple[str, bool]]:
    return [(r[1], bool(r[3])) for r in conn.execute(f"PRAGMA main.table_info({table})")]


def _foreign_keys(conn: Connection, table: str) -> list[_ForeignKey]:
    notnull = dict(_columns(conn, table))
    return [
        _ForeignKey(r[3], r[2], notnull[r[3]])
        for r in conn.execute(f"PRAGMA main.foreign_key_list({table})")
    ]


def _natural_match(table: str, bundle_id: str) -> str | None:
    """SQL for the local id of the bundle row ``bundle_id`` matched by natural key."""
    if table not in NATURAL_KEYS:
        return None
    cols, cond = NATURAL_KEYS[table]
    on = " AND ".join(f"nl.{c} = nb.{c}" for c in cols)
    return (
        f"(SELECT nl.id FROM main.{table} nl JOIN bundle.{table} nb ON {on} "
        f"WHERE nb.id = {bundle_id} AND {cond.format(b='nb')})"
    )


class _TablePlan:
    """The SQL pieces for one table, built from the live schema (so later migrations work)."""

    def __init__(self, conn: Connection, table: str) -> None:
        self.table = table
        self.columns = [c for c, _ in _columns(conn, table)]
        bundle_cols = {r[1] for r in conn.execute(f"PRAGMA bundle.table_info({table})")}
        if not set(self.columns) <= bundle_cols:
            raise LinkDeskError("This backup's tables do not match this version of LinkDesk.")
        fks = {fk.column: fk for fk in _foreign_keys(conn, table)}
        values = []
        required = []
        for col in self.columns:
            fk = fks.get(col)
            if fk is None:
                values.append(f"b.{col}")
            elif fk.required:
                values.append(f"b.{col}")
                required.append(f"EXISTS (SELECT 1 FROM main.{fk.parent} p WHERE p.id = b.{col})")
            else:
                fallback = _natural_match(fk.parent, f"b.{col}") or "NULL"
                values.append(
                    f"CASE WHEN b.{col} IS NULL THEN NULL WHEN EXISTS (SELECT 1 FROM "
                    f"main.{fk.parent} p WHERE p.id = b.{col}) THEN b.{col} ELSE {fallback} END"
                )
        self.values = values
        self.parents_ok = " AND ".join(required) or "1"
        self.differs = " OR ".join(
            f"m.{c} IS NOT b.{c}" for c in self.columns if c not in ("id", "updated_at", "hlc")
        )
        if table in NATURAL_KEYS:
            cols, cond = NATURAL_KEYS[table]
            on = " AND ".join(f"l.{c} = b.{c}" for c in cols)
            self.natural_clash = (
                f"({cond.format(b='b')} AND EXISTS "
                f"(SELECT 1 FROM main.{table} l WHERE {on} AND l.id <> b.id))"
            )
        else:
            self.natural_clash = "0"

    def merge(self, conn: Connection, report: MergeReport) -> None:
        t, stats = self.table, report.table(self.table)
        not_tombstoned = (
            f"NOT EXISTS (SELECT 1 FROM main.tombstone d WHERE d.entity = '{t}' AND d.id = b.id)"
        )
        # Conflicts: both sides hold the row with different content and different times.
        for row_id, bundle_newer in conn.execute(
            f"SELECT b.id, b.updated_at > m.updated_at FROM bundle.{t} b "
            f"JOIN main.{t} m ON m.id = b.id "
            f"WHERE b.updated_at <> m.updated_at AND ({self.differs}) ORDER BY b.id"
        ):
            report.conflicts.append(Conflict(t, row_id, "bundle" if bundle_newer else "local"))
        stats.unchanged = int(
            conn.execute(
                f"SELECT count(*) FROM bundle.{t} b JOIN main.{t} m ON m.id = b.id "
                f"WHERE b.updated_at <= m.updated_at OR NOT ({self.differs})"
            ).fetchone()[0]
        )
        sets = ", ".join(f"{c} = {v}" for c, v in zip(self.columns, self.values, strict=True))
        cur = conn.execute(
            f"UPDATE main.{t} AS m SET {sets} FROM bundle.{t} AS b WHERE b.id = m.id "
            f"AND b.updated_at > m.updated_at AND ({self.differs}) AND {self.parents_ok} "
            f"AND NOT {self.natural_clash}"
        )
        stats.updated = cur.rowcount
        cols = ", ".join(self.columns)
        missing = f"NOT EXISTS (SELECT 1 FROM main.{t} m WHERE m.id = b.id)"
        stats.matched_existing = int(
            conn.execute(
                f"SELECT count(*) FROM bundle.{t} b WHERE {missing} AND {self.natural_clash}"
            ).fetchone()[0]
        )
        cur = conn.execute(
            f"INSERT INTO main.{t} ({cols}) SELECT {', '.join(self.values)} FROM bundle.{t} b "
            f"WHERE {missing} AND {not_tombstoned} AND {self.parents_ok} "
            f"AND NOT {self.natural_clash}"
        )
        stats.added = cur.rowcount
        stats.blocked_by_tombstone = int(
            conn.execute(
                f"SELECT count(*) FROM bundle.{t} b WHERE {missing} AND NOT {not_tombstoned}"
            ).fetchone()[0]
        )
        stats.skipped_orphans = int(
            conn.execute(
                f"SELECT count(*) FROM bundle.{t} b WHERE {missing} AND {not_tombstoned} "
                f"AND NOT {self.natural_clash}"
            ).fetchone()[0]
        )


def _merge_tombstones(conn: Connection, report: MergeReport) -> None:
    """Deletions from the other laptop, children first; a newer local edit keeps its row."""
    for t in reversed(MERGE_TABLES):
        new = (
            f"FROM bundle.tombstone b WHERE b.entity = '{t}' AND NOT EXISTS "
            "(SELECT 1 FROM main.tombstone d WHERE d.entity = b.entity AND d.id = b.id)"
        )
        for (row_id,) in conn.execute(
            f"SELECT b.id {new} AND EXISTS (SELECT 1 FROM main.{t} m "
            "WHERE m.id = b.id AND m.updated_at > b.deleted_at) ORDER BY b.id"
        ):
            report.conflicts.append(Conflict(t, row_id, "local", "deleted there, edited here"))
        cur = conn.execute(
            f"DELETE FROM main.{t} WHERE id IN (SELECT b.id {new} "
            f"AND b.deleted_at >= main.{t}.updated_at)"
        )
        report.table(t).deleted = cur.rowcount
        cur = conn.execute(
            f"INSERT INTO main.tombstone (entity, id, deleted_at) SELECT b.entity, b.id, "
            f"b.deleted_at {new} AND NOT EXISTS (SELECT 1 FROM main.{t} m WHERE m.id = b.id)"
        )
        report.tombstones_added += cur.rowcount


def merge_attached(
    conn: Connection, bundle_workspace_id: str, progress: Progress | None = None
) -> MergeReport:
    """Merge schema ``bundle`` into ``main`` on ``conn`` (the caller holds the transaction)."""
    if not conn.in_transaction:
        raise RuntimeError("merge_attached must run inside a transaction")
    report = MergeReport(bundle_workspace_id)
    for t in MERGE_TABLES:
        report.table(t)  # report tables in parent-to-child order
    plans = [_TablePlan(conn, t) for t in MERGE_TABLES]
    total = len(plans) + 2
    _merge_tombstones(conn, report)
    if progress:
        progress(1, total)
    for step, plan in enumerate(plans, start=2):
        plan.merge(conn, report)
        if progress:
            progress(step, total)
    if conn.execute("PRAGMA main.foreign_key_check").fetchall():
        raise LinkDeskError("The merge would leave broken links between records; nothing changed.")
    if progress:
        progress(total, total)
    return report
