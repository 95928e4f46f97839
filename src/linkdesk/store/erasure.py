"""Erasure (UK GDPR): hard delete, tombstones by id only, and a scrub of the file and its WAL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from linkdesk.domain.clock import utc_now
from linkdesk.domain.errors import NotFoundError
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.store.schema import PERSON_TABLES
from linkdesk.store.sql_functions import FULL_NAME_SQL, REINDEX_PEOPLE

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
               for fk in ws.query(f'PRAGMA foreign_key_list("{name}")'))
    ]  # fmt: skip
    known = [t for t in PERSON_TABLES if t in found]
    return known + sorted(t for t in found if t not in PERSON_TABLES)


def delete_person_rows(ws: Workspace, person_id: str) -> int:
    """Tombstone every record id about the person, then delete them (the caller's transaction).

    Returns how many records went. Tombstones hold the table name and id only.
    """
    if ws.scalar("SELECT 1 FROM person WHERE id = ?", (person_id,)) is None:
        raise NotFoundError("That person is not in this workspace (already erased?).")
    ws.execute("PRAGMA secure_delete = ON")  # set on every connection; erasure insists
    now = utc_now()
    erased = 0
    tables = person_tables(ws)
    for table in tables:
        cur = ws.execute(
            "INSERT OR REPLACE INTO tombstone (entity, id, deleted_at) "
            f"SELECT '{table}', id, ? FROM {table} WHERE person_id = ?",
            (now, person_id),
        )
        erased += cur.rowcount
    ws.execute(
        "INSERT OR REPLACE INTO tombstone (entity, id, deleted_at) VALUES ('person', ?, ?)",
        (person_id, now),
    )
    for table in reversed(tables):  # explicit deletes too, not only the cascade: belt and braces
        ws.execute(f"DELETE FROM {table} WHERE person_id = ?", (person_id,))
    ws.execute("DELETE FROM person WHERE id = ?", (person_id,))
    return erased + 1


def scrub(ws: Workspace) -> None:
    """Leave no trace of deleted rows: rebuild the name index, checkpoint, vacuum, truncate WAL.

    ``secure_delete`` is on for every workspace connection, so freed pages are zeroed; the FTS
    index keeps deleted terms in old segments until rebuilt; VACUUM rewrites every page.
    """
    # Not FTS5's 'rebuild': that would index the raw names, not the folded ones it searches.
    for statement in REINDEX_PEOPLE.split(";"):
        if statement.strip():
            ws.execute(statement)
    ws.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.execute("VACUUM")
    ws.execute("PRAGMA wal_checkpoint(TRUNCATE)")


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
