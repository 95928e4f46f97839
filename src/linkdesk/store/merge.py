"""Merge the record tables of an attached bundle (schema ``bundle``) into ``main``.

Changes are ordered by their hybrid-logical-clock readings (``hlc``, domain/hlc.py), never by
the wall clocks of the laptops that made them. Rules (one transaction, held by the caller):

- rows are matched by id; a row whose reading (or, for rows older than readings,
  ``updated_at``) equals the local one is the same version and is skipped at the cost of one
  index look-up, so a merge costs what the bundle changed, not what the workspace holds;
- of two versions, the later reading wins; "edited on both" conflicts are listed (by id);
- a deleted record (tombstone) wins over versions before it; a version after it wins over
  the deletion, on both laptops (the record comes back where it was deleted);
- an **erased person** never comes back: the person's tombstone removes them and everything
  about them when every local version of their records is before the erasure; when some
  local change reads later, the person is kept here *for the worker to decide*, the tombstone
  is kept too (so the erasure keeps travelling to other laptops), and the person is listed;
- parents are written before children; a row whose required parent is gone here is skipped,
  an optional link to a missing row becomes empty (as ON DELETE SET NULL would have made it);
  a row whose link says ON DELETE CASCADE (e.g. a booking's status history) is skipped when
  that link names a row missing here, as the cascade would have removed it;
- directory entries are also matched by (source, source id), so two laptops that imported the
  same directory do not end up with duplicates.

Ordinary INSERT/UPDATE/DELETE statements are used so FTS triggers and FK cascades run. The
foreign-key check is SQLite's own enforcement, which checks each row as the merge writes it
(and the merge refuses to run without it), rather than a check of the whole workspace after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.hlc import Hlc
from linkdesk.exchange.merge_report import Conflict, MergeReport
from linkdesk.store.schema import PERSON_TABLES, RECORD_TABLES
from linkdesk.store.workspace import CACHE_KIB, Connection, DatabaseError
from linkdesk.support.memory import release_free_memory, rss_mb

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace

# The page cache a merge's transaction may grow to, at most. A merge that dirties many pages
# (another laptop's records made over the same months: 82,586 pages, 330 MB at 50,000 people)
# spills dirty pages to the WAL mid-transaction past its cache and reads evicted ones back:
# +1.5-2 s of CPU for that case with 64 MiB (issue 15). A merge of recent work (UUIDv7 ids:
# 14,690 pages) needs ~64 MiB. The cache is only raised as far as MERGE_RSS_BUDGET_MB leaves
# room for (:func:`merge_cache_kib`): a merge from the GUI, which holds ~210-280 MB at 50,000
# people, must not take it past 300 MB.
MERGE_CACHE_KIB = 512 * 1024
MERGE_CACHE_MIN_KIB = 16 * 1024  # however little room is left
# The resident memory (MiB) the merge's cache may bring the process to, its usual cache freed
# first; the statement journals (:data:`MERGE_CHUNK_ROWS`), the temporary tables of one
# table's merge and the bundle's connections come on top (~20 MB in the worst case).
MERGE_RSS_BUDGET_MB = 270
# Rows written per INSERT or UPDATE statement. Each statement keeps an in-memory statement
# journal (``temp_store = MEMORY``: SQLite's temporary files are not encrypted) holding the
# original of every page it changes, until it ends: one statement for all of status_change's
# new rows held 103 MB when they fell among the workspace's own (issue 15). Chunks of this
# many rows, each its own statement within the one transaction, keep that to a few MB; the
# merge stays all or nothing, and the rows are written in the same order as before.
MERGE_CHUNK_ROWS = 250

# Parents before children (every foreign key points to an earlier table).
MERGE_TABLES = RECORD_TABLES
# Unique natural keys besides the id: (columns, condition on a row ``{b}``). The condition is
# also that of the partial unique index, repeated on the local row so the index is used.
NATURAL_KEYS = {"service": (("source", "source_id"), "{b}.source_id <> ''")}
_LEGACY_GLOB = (
    "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
    ".[0-9][0-9][0-9][0-9][0-9][0-9]Z"
)

Progress = Callable[[int, int], None]


def effective_hlc_sql(alias: str, stamp: str = "updated_at") -> str:
    """SQL for a row's clock reading: its ``hlc``, else one derived from its timestamp.

    The same rule as ``domain.hlc.from_timestamp`` (a test keeps the two equal).
    """
    t = f"{alias}.{stamp}"
    return (
        f"coalesce({alias}.hlc, CASE WHEN {t} GLOB '{_LEGACY_GLOB}' "
        f"THEN substr({t}, 1, 23) || 'Z-00000-00000' || substr({t}, 24, 3) "
        f"ELSE coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', {t}) || '-00000-00000000', '') END)"
    )


def _version_key(alias: str) -> str:
    """Cheap equality key of a version (no derivation): same key, same version."""
    return f"coalesce({alias}.hlc, {alias}.updated_at)"


@dataclass(frozen=True)
class _ForeignKey:
    column: str
    parent: str
    required: bool  # NOT NULL: the row cannot exist without its parent
    cascades: bool  # ON DELETE CASCADE: the row goes with its parent


def _columns(conn: Connection, table: str) -> list[tuple[str, bool]]:
    return [(r[1], bool(r[3])) for r in conn.execute(f"PRAGMA main.table_info({table})")]


def _foreign_keys(conn: Connection, table: str) -> list[_ForeignKey]:
    notnull = dict(_columns(conn, table))
    return [
        _ForeignKey(r[3], r[2], notnull[r[3]], str(r[6]).upper() == "CASCADE")
        for r in conn.execute(f"PRAGMA main.foreign_key_list({table})")
    ]


def _natural_match(table: str, bundle_id: str) -> str | None:
    """SQL for the local id of the bundle row ``bundle_id`` matched by natural key."""
    if table not in NATURAL_KEYS:
        return None
    cols, cond = NATURAL_KEYS[table]
    on = " AND ".join(f"nl.{c} = nb.{c}" for c in cols)
    return (
        f"(SELECT nl.id FROM bundle.{table} nb CROSS JOIN main.{table} nl ON {on} "
        f"WHERE nb.id = {bundle_id} AND {cond.format(b='nb')} AND {cond.format(b='nl')})"
    )


def _count(conn: Connection, sql: str, params: tuple[object, ...] = ()) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


class _TablePlan:
    """The SQL pieces for one table, built from the live schema (so later migrations work)."""

    def __init__(self, conn: Connection, table: str) -> None:
        self.table = table
        self.columns = [c for c, _ in _columns(conn, table)]
        bundle_cols = {r[1] for r in conn.execute(f"PRAGMA bundle.table_info({table})")}
        if not set(self.columns) <= bundle_cols:
            raise LinkDeskError("This backup's tables do not match this version of LinkDesk.")
        self.foreign_keys = _foreign_keys(conn, table)
        fks = {fk.column: fk for fk in self.foreign_keys}
        values = []
        required = []
        for col in self.columns:
            fk = fks.get(col)
            if fk is None:
                values.append(f"b.{col}")
            elif fk.required:
                values.append(f"b.{col}")
                required.append(f"EXISTS (SELECT 1 FROM main.{fk.parent} p WHERE p.id = b.{col})")
            elif fk.cascades:  # an optional link, but the row goes with the row it names
                values.append(f"b.{col}")
                required.append(
                    f"(b.{col} IS NULL OR EXISTS (SELECT 1 FROM main.{fk.parent} p "
                    f"WHERE p.id = b.{col}))"
                )
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
                f"({cond.format(b='b')} AND EXISTS (SELECT 1 FROM main.{table} l "
                f"WHERE {on} AND {cond.format(b='l')} AND l.id <> b.id))"
            )
        else:
            self.natural_clash = "0"
        # Written in chunks of merge_rows' rowids (the order its rows were always written in)
        # unless a row's conditions read this very table: a natural key, or a link to a row
        # of the same table. Then one statement, so every row is judged against the table as
        # it was before any was written, as SQLite's own temporary copy of the rows does.
        self.chunked = table not in NATURAL_KEYS and all(
            fk.parent != table for fk in self.foreign_keys
        )
        # A local tombstone keeps a missing row out, unless the bundle's version is later
        # (the record was edited there after it was deleted here). An erased person: always.
        deleted = effective_hlc_sql("d", "deleted_at")
        later_wins = "" if table == "person" else f" AND {deleted} >= c.bh"
        self.tombstoned = (
            f"EXISTS (SELECT 1 FROM main.tombstone d WHERE d.entity = '{table}' "
            f"AND d.id = c.id{later_wins})"
        )

    def _classify(self, conn: Connection) -> None:
        """``temp.merge_rows``: the bundle's rows that are not already here as they are."""
        t = self.table
        conn.execute("DROP TABLE IF EXISTS temp.merge_rows")
        conn.execute(
            f"CREATE TEMP TABLE merge_rows AS SELECT b.id AS id, {effective_hlc_sql('b')} AS bh, "
            f"m.rowid AS mrow, CASE WHEN m.id IS NULL THEN NULL ELSE {effective_hlc_sql('m')} "
            f"END AS mh, b.updated_at AS stamp FROM bundle.{t} b "
            f"LEFT JOIN main.{t} m ON m.id = b.id "
            f"WHERE {_version_key('m')} IS NOT {_version_key('b')}"
        )
        conn.execute("CREATE UNIQUE INDEX temp.merge_rows_id ON merge_rows (id)")

    def merge(self, conn: Connection, report: MergeReport) -> None:
        t, stats = self.table, report.table(self.table)
        self._classify(conn)
        bundle_rows = _count(conn, f"SELECT count(*) FROM bundle.{t}")
        changed = _count(conn, "SELECT count(*) FROM temp.merge_rows")
        both = (
            f"FROM temp.merge_rows c JOIN bundle.{t} b ON b.id = c.id "
            f"JOIN main.{t} m ON m.rowid = c.mrow"
        )
        # Conflicts: both sides hold the row with different content and different readings.
        for row_id, bundle_newer in conn.execute(
            f"SELECT c.id, c.bh > c.mh {both} WHERE c.bh <> c.mh AND ({self.differs}) ORDER BY c.id"
        ):
            report.conflicts.append(Conflict(t, row_id, "bundle" if bundle_newer else "local"))
        stats.unchanged = (bundle_rows - changed) + _count(
            conn, f"SELECT count(*) {both} WHERE c.bh <= c.mh OR NOT ({self.differs})"
        )
        sets = ", ".join(f"{c} = {v}" for c, v in zip(self.columns, self.values, strict=True))
        stats.updated = self._in_chunks(
            conn,
            f"UPDATE main.{t} AS m SET {sets} FROM (SELECT b.*, c.mrow AS merge_mrow "
            f"FROM temp.merge_rows c JOIN bundle.{t} b ON b.id = c.id "
            f"WHERE c.mrow NOT NULL AND c.bh > c.mh{{chunk}}) AS b "
            f"WHERE m.rowid = b.merge_mrow "
            f"AND ({self.differs}) AND {self.parents_ok} AND NOT {self.natural_clash}",
        )
        missing = f"FROM temp.merge_rows c JOIN bundle.{t} b ON b.id = c.id WHERE c.mrow IS NULL"
        stats.matched_existing = _count(conn, f"SELECT count(*) {missing} AND {self.natural_clash}")
        back = [
            r[0]
            for r in conn.execute(
                f"SELECT c.id {missing} AND EXISTS (SELECT 1 FROM main.tombstone d "
                f"WHERE d.entity = '{t}' AND d.id = c.id) AND NOT {self.tombstoned} "
                f"AND {self.parents_ok} AND NOT {self.natural_clash} ORDER BY c.id"
            )
        ]
        cols = ", ".join(self.columns)
        stats.added = self._in_chunks(
            conn,
            f"INSERT INTO main.{t} ({cols}) SELECT {', '.join(self.values)} {missing}{{chunk}} "
            f"AND NOT {self.tombstoned} AND {self.parents_ok} AND NOT {self.natural_clash}",
        )
        for row_id in back:  # edited there after it was deleted here: the edit wins, both sides
            conn.execute("DELETE FROM main.tombstone WHERE entity = ? AND id = ?", (t, row_id))
            report.conflicts.append(
                Conflict(t, row_id, "bundle", "deleted here, edited there later")
            )
        still_missing = f"{missing} AND NOT EXISTS (SELECT 1 FROM main.{t} x WHERE x.id = c.id)"
        blocked, orphans = conn.execute(
            f"SELECT coalesce(sum({self.tombstoned}), 0), coalesce(sum(NOT {self.tombstoned} "
            f"AND NOT {self.natural_clash}), 0) {still_missing}"
        ).fetchone()
        stats.blocked_by_tombstone, stats.skipped_orphans = int(blocked), int(orphans)
        self._note_clock(conn, report)

    def _in_chunks(self, conn: Connection, sql: str) -> int:
        """Run ``sql`` (an INSERT or UPDATE over ``temp.merge_rows c``, with ``{chunk}`` where a
        condition on ``c`` may go) once per :data:`MERGE_CHUNK_ROWS` of merge_rows' rowids, in
        rowid order (or once for the whole table when not ``chunked``); the rows written."""
        if not self.chunked:
            return int(conn.execute(sql.replace("{chunk}", "")).rowcount)
        last = int(
            conn.execute("SELECT coalesce(max(rowid), 0) FROM temp.merge_rows").fetchone()[0]
        )
        statement = sql.replace("{chunk}", " AND c.rowid > ? AND c.rowid <= ?")
        written = 0
        for low in range(0, last, MERGE_CHUNK_ROWS):
            written += int(conn.execute(statement, (low, low + MERGE_CHUNK_ROWS)).rowcount)
        return written

    def _note_clock(self, conn: Connection, report: MergeReport) -> None:
        """The latest reading among what the bundle changed, and its latest wall-clock time."""
        row = conn.execute(
            f"SELECT max(c.bh), max(b.updated_at) FROM temp.merge_rows c "
            f"JOIN bundle.{self.table} b ON b.id = c.id"
        ).fetchone()
        report.note_reading(row[0], row[1])


# -- tombstones ----------------------------------------------------------------------------


def _person_versions_after(ws: Workspace, person_id: str, reading: str) -> bool:
    """True when some record about the person here has a reading after ``reading``."""
    eff = effective_hlc_sql("x")
    if ws.scalar(f"SELECT 1 FROM main.person x WHERE x.id = ? AND {eff} > ?",
                 (person_id, reading)):  # fmt: skip
        return True
    return any(
        ws.scalar(
            f"SELECT 1 FROM main.{t} x WHERE x.person_id = ? AND {eff} > ? LIMIT 1",
            (person_id, reading),
        )  # fmt: skip
        for t in PERSON_TABLES
    )


def _erase_person_here(
    ws: Workspace, report: MergeReport, person_id: str, deleted_at: str, reading: str
) -> int:
    """Carry out another laptop's erasure: every record about the person, tombstoned with that
    erasure's own time and reading (so it travels on unchanged)."""
    erased = 0
    for t in reversed(PERSON_TABLES):
        ws.execute(
            "INSERT OR IGNORE INTO main.tombstone (entity, id, deleted_at, hlc) "
            f"SELECT ?, id, ?, ? FROM main.{t} WHERE person_id = ?",
            (t, deleted_at, reading, person_id),
        )
        gone = int(ws.execute(f"DELETE FROM main.{t} WHERE person_id = ?", (person_id,)).rowcount)
        report.table(t).deleted += gone
        erased += gone
    erased += int(ws.execute("DELETE FROM main.person WHERE id = ?", (person_id,)).rowcount)
    ws.execute(
        "INSERT INTO main.tombstone (entity, id, deleted_at, hlc) VALUES ('person', ?, ?, ?) "
        "ON CONFLICT (entity, id) DO UPDATE SET deleted_at = excluded.deleted_at, "
        "hlc = excluded.hlc",
        (person_id, deleted_at, reading),
    )
    return erased


def _merge_erasures(ws: Workspace, report: MergeReport) -> None:
    """The other laptop's erased people who are still here (see the module's rules)."""
    ws.execute("DROP TABLE IF EXISTS temp.merge_pending")
    ws.execute("CREATE TEMP TABLE merge_pending (id TEXT PRIMARY KEY)")
    rows = ws.query(
        f"SELECT b.id, b.deleted_at, {effective_hlc_sql('b', 'deleted_at')}, d.id IS NOT NULL, "
        f"{effective_hlc_sql('d', 'deleted_at')} FROM bundle.tombstone b "
        "JOIN main.person m ON m.id = b.id "
        "LEFT JOIN main.tombstone d ON d.entity = 'person' AND d.id = b.id "
        "WHERE b.entity = 'person' ORDER BY b.id"
    )
    for person_id, deleted_at, there, known, here in rows:
        reading = max(there, here if known else "")
        report.note_reading(there, deleted_at)
        if not _person_versions_after(ws, person_id, reading):
            report.table("person").deleted += 1
            report.people_erased += 1
            report.records_erased += _erase_person_here(ws, report, person_id, deleted_at, reading)
            continue
        ws.execute("INSERT INTO temp.merge_pending (id) VALUES (?)", (person_id,))
        ws.execute(
            "INSERT INTO main.tombstone (entity, id, deleted_at, hlc) VALUES ('person', ?, ?, ?) "
            "ON CONFLICT (entity, id) DO UPDATE SET deleted_at = excluded.deleted_at, "
            "hlc = excluded.hlc WHERE excluded.hlc > coalesce(tombstone.hlc, '')",
            (person_id, deleted_at, there),
        )
        if not known:
            report.conflicts.append(
                Conflict("person", person_id, "local", "erased there, changed here since")
            )


def _merge_tombstones(ws: Workspace, report: MergeReport) -> None:
    """Deletions from the other laptop, children first; a later local edit keeps its row."""
    known = (
        "SELECT count(*) FROM bundle.tombstone b WHERE EXISTS (SELECT 1 FROM main.tombstone d "
        "WHERE d.entity = b.entity AND d.id = b.id)"
    )
    known_before = int(ws.scalar(known))
    eff_b = effective_hlc_sql("b", "deleted_at")
    latest = ws.query(
        f"SELECT max({eff_b}), max(b.deleted_at) FROM bundle.tombstone b WHERE NOT EXISTS "
        "(SELECT 1 FROM main.tombstone d WHERE d.entity = b.entity AND d.id = b.id)"
    )[0]
    report.note_reading(latest[0], latest[1])
    _merge_erasures(ws, report)
    for t in reversed(MERGE_TABLES):
        new = (
            f"FROM bundle.tombstone b WHERE b.entity = '{t}' AND NOT EXISTS "
            "(SELECT 1 FROM main.tombstone d WHERE d.entity = b.entity AND d.id = b.id)"
        )
        # Records of a person kept for the worker to decide stay, with their tombstones.
        waiting = (
            "0" if t not in PERSON_TABLES else
            "EXISTS (SELECT 1 FROM temp.merge_pending w WHERE w.id = {m}.person_id)"
        )  # fmt: skip
        later_here = f"{effective_hlc_sql('m')} > {eff_b}"
        if t != "person":
            for (row_id,) in ws.query(
                f"SELECT b.id {new} AND EXISTS (SELECT 1 FROM main.{t} m WHERE m.id = b.id "
                f"AND {later_here} AND NOT {waiting.format(m='m')}) ORDER BY b.id"
            ):
                report.conflicts.append(Conflict(t, row_id, "local", "deleted there, edited here"))
            cur = ws.execute(
                f"DELETE FROM main.{t} WHERE rowid IN (SELECT m.rowid FROM bundle.tombstone b "
                f"CROSS JOIN main.{t} m ON m.id = b.id WHERE b.entity = '{t}' AND NOT EXISTS "
                "(SELECT 1 FROM main.tombstone d WHERE d.entity = b.entity AND d.id = b.id) "
                f"AND NOT ({later_here}) AND NOT {waiting.format(m='m')})"
            )
            report.table(t).deleted += cur.rowcount
        ws.execute(
            f"INSERT INTO main.tombstone (entity, id, deleted_at, hlc) SELECT b.entity, b.id, "
            f"b.deleted_at, b.hlc {new} AND NOT EXISTS (SELECT 1 FROM main.{t} m "
            f"WHERE m.id = b.id AND NOT {waiting.format(m='m')})"
        )
    report.tombstones_added = int(ws.scalar(known)) - known_before


KNOWN_BUNDLES = 500  # how many bundles (by SHA-256) this workspace remembers


def remember_bundle(ws: Workspace, sha256: str) -> None:
    """Note a bundle made here or merged here: everything in it is part of this workspace now.

    With clock-ordered merges, merging such a bundle again can change nothing (every version
    here is the same as, or later than, the one in it), so it can be skipped.
    """
    ws.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (f"bundle:{sha256}", ws.now_iso()),
    )
    ws.execute(
        "DELETE FROM meta WHERE key GLOB 'bundle:*' AND key NOT IN (SELECT key FROM meta "
        "WHERE key GLOB 'bundle:*' ORDER BY value DESC LIMIT ?)",
        (KNOWN_BUNDLES,),
    )


def knows_bundle(ws: Workspace, sha256: str) -> bool:
    return ws.scalar("SELECT 1 FROM meta WHERE key = ?", (f"bundle:{sha256}",)) is not None


def waiting_for_decision(ws: Workspace) -> list[str]:
    """Ids of people erased on another laptop but kept here because they changed here since."""
    return [
        r[0]
        for r in ws.query(
            "SELECT p.id FROM person p JOIN tombstone d ON d.entity = 'person' AND d.id = p.id "
            "ORDER BY p.id"
        )
    ]


def merge_cache_kib(resident_mb: float | None = None) -> int:
    """The page cache (KiB) one merge may use: what :data:`MERGE_RSS_BUDGET_MB` leaves beside
    the process's resident memory (``resident_mb``, default: measured now; free memory is
    given back first by the caller, :func:`merge_cache` through ``Workspace.release_cache``),
    between :data:`MERGE_CACHE_MIN_KIB` and :data:`MERGE_CACHE_KIB`. Where resident memory
    cannot be read (not Linux), the usual :data:`CACHE_KIB`."""
    if resident_mb is None:
        resident_mb = rss_mb()
        if resident_mb is None:
            return CACHE_KIB
    room_kib = int((MERGE_RSS_BUDGET_MB - resident_mb) * 1024)
    return max(MERGE_CACHE_MIN_KIB, min(MERGE_CACHE_KIB, room_kib))


@contextmanager
def merge_cache(ws: Workspace) -> Iterator[None]:
    """Settings for one merge's transaction, put back afterwards.

    - the shared connection's cache is freed first (``Workspace.release_cache``: the GUI's
      browsing may have filled it), then may grow to :func:`merge_cache_kib`, what is left
      beside everything else the process holds; afterwards it is put back to its usual size
      (SQLite frees the pages above it) and the freed memory is returned to the system, so
      the GUI does not keep the merge's peak;
    - no automatic checkpoint: the commit makes the merge durable in the WAL (``synchronous
      = FULL``), and copying its pages (278 MB at 50,000 people) into the file is left to
      :func:`checkpoint`, run after the report is shown (or at the next commit or at close).
    """
    every = int(ws.scalar("PRAGMA wal_autocheckpoint"))
    ws.release_cache()
    ws.execute(f"PRAGMA main.cache_size = -{merge_cache_kib()}")
    ws.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        with suppress(DatabaseError, LinkDeskError):
            ws.execute(f"PRAGMA main.cache_size = -{CACHE_KIB}")
            ws.execute(f"PRAGMA wal_autocheckpoint = {every}")
        release_free_memory()


def checkpoint(ws: Workspace) -> bool:
    """Copy the WAL's committed pages into the workspace file (PASSIVE: it never waits for a
    reader; what a reader still needs is copied at a later checkpoint). True when every
    page was copied. Takes the workspace's connection for as long as it runs: call it off
    the UI thread."""
    busy, _, _ = ws.query("PRAGMA wal_checkpoint(PASSIVE)")[0]
    return not busy


def merge_attached(
    ws: Workspace, bundle_workspace_id: str, progress: Progress | None = None
) -> MergeReport:
    """Merge schema ``bundle`` into ``main`` of ``ws`` (the caller holds the transaction)."""
    conn = ws.conn
    if not conn.in_transaction:
        raise RuntimeError("merge_attached must run inside a transaction")
    if ws.scalar("PRAGMA foreign_keys") != 1:
        raise RuntimeError("merge_attached needs foreign-key enforcement on")
    report = MergeReport(bundle_workspace_id)
    for t in MERGE_TABLES:
        report.table(t)  # report tables in parent-to-child order
    plans = [_TablePlan(conn, t) for t in MERGE_TABLES]
    total = len(plans) + 2
    _merge_tombstones(ws, report)
    if progress:
        progress(1, total)
    for step, plan in enumerate(plans, start=2):
        plan.merge(conn, report)
        if progress:
            progress(step, total)
    conn.execute("DROP TABLE IF EXISTS temp.merge_rows")
    conn.execute("DROP TABLE IF EXISTS temp.merge_pending")
    # Later changes made here order after everything this merge brought in.
    if report.latest_reading:
        try:
            ws.clock.observe(Hlc.parse(report.latest_reading))
        except ValueError:
            raise LinkDeskError("The backup holds damaged clock readings.") from None
        ws.save_clock()
    report.erasures_to_decide = waiting_for_decision(ws)
    if progress:
        progress(total, total)
    return report
