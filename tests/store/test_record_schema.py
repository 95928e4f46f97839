"""What merges and erasure rely on in the latest schema, whichever step added a table.

Every record table (and the tombstones) carries a clock reading (``hlc``), every record
table of a person names the person, and every foreign key's child column leads an index:
without one, deleting a parent row (an erasure, a merged deletion) scans the child table.
"""

from __future__ import annotations

from pathlib import Path

from linkdesk.store.schema import LATEST_VERSION, PERSON_TABLES, RECORD_TABLES
from linkdesk.store.workspace import Workspace

PASSPHRASE = "record schema test passphrase"


def _workspace(tmp_path: Path) -> Workspace:
    ws = Workspace.create(tmp_path / "w.linkdesk", PASSPHRASE)
    assert ws.schema_version == LATEST_VERSION
    return ws


def test_every_record_table_and_the_tombstones_carry_a_clock_reading(tmp_path: Path) -> None:
    with _workspace(tmp_path) as ws:
        tables = {r[0] for r in ws.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(RECORD_TABLES) <= tables
        missing = [
            t
            for t in (*RECORD_TABLES, "tombstone")
            if "hlc" not in {r[1] for r in ws.query(f"PRAGMA table_info({t})")}
        ]
        assert missing == []


def test_every_table_pointing_at_a_person_is_a_person_table(tmp_path: Path) -> None:
    """A table whose rows belong to a person is erased with them (PERSON_TABLES)."""
    with _workspace(tmp_path) as ws:
        tables = [r[0] for r in ws.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        about_people = {
            t
            for t in tables
            if not t.startswith(("sqlite_", "person_fts", "service_fts"))
            and any(r[2] == "person" for r in ws.query(f"PRAGMA foreign_key_list({t})"))
        }
        assert about_people == set(PERSON_TABLES)


def test_every_foreign_key_column_leads_an_index(tmp_path: Path) -> None:
    with _workspace(tmp_path) as ws:
        tables = [r[0] for r in ws.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        unindexed = []
        for t in tables:
            if t.startswith(("sqlite_", "person_fts", "service_fts")):
                continue
            leading = set()
            for index in ws.query(f"PRAGMA index_list({t})"):
                columns = ws.query(f"PRAGMA index_info({index[1]})")
                if columns:
                    leading.add(columns[0][2])
            for fk in ws.query(f"PRAGMA foreign_key_list({t})"):
                if fk[3] not in leading:
                    unindexed.append(f"{t}.{fk[3]}")
        assert unindexed == []
