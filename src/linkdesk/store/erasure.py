"""Erasure (UK GDPR): hard delete, tombstones by id only, and no trace left in the file or WAL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from linkdesk.domain.errors import NotFoundError
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.store.schema import PERSON_TABLES
from linkdesk.store.sql import quote_ident
from linkdesk.store.sql_functions import FULL_NAME_SQL

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace


@dataclass(frozen=True)
class RetentionCandidate:
    person_id: str
    name: str
    last_ended_on: date


def person_tables(ws: Workspace) -> list[str]:
    """Every table with a ``person_id`` foreign key to person (so later tables are covered)."""
    names = [r[0] for r in ws.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = [
        name
        for name in names
        if any(fk[2] == "person" and fk[3] == "person_id"
               for fk in ws.query(f"PRAGMA foreign_key_list({quote_ident(name)})"))
    ]  # fmt: skip
    known = [t for t in PERSON_TABLES if t in found]
    return known + sorted(t for t in found if t not in PERSON_TABLES)


def delete_person_rows(ws: Workspace, person_id: str) -> int:
    """Tombstone every record id about the person, then delete them (the caller's transaction).

    Returns how many records went. Tombstones hold the table name and id only, and a clock
    reading after every version of those records this laptop holds (so on every other laptop
    the erasure orders after all it could have known of them; see store/merge.py).
    """
    if ws.scalar("SELECT 1 FROM person WHERE id = ?", (person_id,)) is None:
        raise NotFoundError("That person is not in this workspace (already erased?).")
    ws.execute("PRAGMA secure_delete = ON")  # set on every connection; erasure insists
    tables = person_tables(ws)
    versions = [ws.scalar("SELECT coalesce(hlc, updated_at) FROM person WHERE id = ?",
                          (person_id,))]  # fmt: skip
    for table in tables:
        versions += [
            r[0]
            for r in ws.query(
                f"SELECT coalesce(hlc, updated_at) FROM {quote_ident(table)} WHERE person_id = ?",
                (person_id,),
            )
        ]
    hlc, now = ws.stamp(*versions), ws.now_iso()
    erased = 0
    for table in tables:
        cur = ws.execute(
            "INSERT OR REPLACE INTO tombstone (entity, id, deleted_at, hlc) "
            f"SELECT ?, id, ?, ? FROM {quote_ident(table)} WHERE person_id = ?",
            (table, now, hlc, person_id),
        )
        erased += cur.rowcount
    ws.execute(
        "INSERT OR REPLACE INTO tombstone (entity, id, deleted_at, hlc) VALUES ('person', ?, ?, ?)",
        (person_id, now, hlc),
    )
    # The name index removes the person's words from its segments as the rows go, rather
    # than leaving them behind delete markers (set by clock_readings_and_cheap_erasure;
    # repeated: it is cheap).
    ws.execute("INSERT INTO person_fts (person_fts, rank) VALUES ('secure-delete', 1)")
    for table in reversed(tables):  # explicit deletes too, not only the cascade: belt and braces
        ws.execute(f"DELETE FROM {quote_ident(table)} WHERE person_id = ?", (person_id,))
    ws.execute("DELETE FROM person WHERE id = ?", (person_id,))
    return erased + 1


def scrub(ws: Workspace) -> bool:
    """Move the last erased bytes out of the WAL: checkpoint it into the file and truncate it.

    What is erased is already gone from every page: ``secure_delete`` zeroes deleted cells and
    freed pages, and the name index deletes words from its segments (FTS5 secure-delete). The
    WAL still holds the pages as they were before; a TRUNCATE checkpoint copies the latest
    version of each into the file and empties the WAL. Costs what was written since the last
    checkpoint, not the size of the file. False when a reader kept the checkpoint from
    finishing (the old pages then go at the next checkpoint: at close at the latest).
    """
    busy = ws.scalar("PRAGMA wal_checkpoint(TRUNCATE)")
    return not busy


def retention_candidates(ws: Workspace, cutoff: date) -> list[RetentionCandidate]:
    """People whose referrals are all closed or declined, the last of them before ``cutoff``."""
    rows = ws.query(
        f"SELECT p.id, {FULL_NAME_SQL},"
        " max(coalesce(r.closed_on, r.status_changed_on, r.received_on)) AS ended"
        " FROM person p JOIN referral r ON r.person_id = p.id"
        " GROUP BY p.id"
        " HAVING sum(r.status NOT IN (?, ?)) = 0 AND ended < ?"
        " ORDER BY ended, p.family_name COLLATE NOCASE",
        (ReferralStatus.CLOSED.value, ReferralStatus.DECLINED.value, cutoff.isoformat()),
    )
    return [RetentionCandidate(r[0], r[1], date.fromisoformat(r[2])) for r in rows]
