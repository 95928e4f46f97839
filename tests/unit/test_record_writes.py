"""Every write to a record table stamps the record's clock reading (``hlc``).

Merges skip a row whose reading is unchanged (store/merge.py), so an UPDATE that changed a
record but not its reading would never reach another laptop. Writes go through
``store/mapper.Table`` (which stamps it) or the merge (which copies it); any other statement
that writes a record table must set ``hlc`` itself. This reads the source to keep it so.
"""

from __future__ import annotations

import re
from pathlib import Path

from linkdesk.store.schema import RECORD_TABLES

SRC = Path(__file__).resolve().parents[2] / "src" / "linkdesk"
WRITES = re.compile(
    r"\b(UPDATE|INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO)\s+(?:main\.)?(\w+)\b[^\"']*",
    re.IGNORECASE,
)
# Files whose record writes are the clock's own (mapper), copy readings (merge), define the
# schema (schema.py: triggers and migrations) or only delete (erasure: DELETE is not matched).
EXEMPT = {"store/mapper.py", "store/merge.py", "store/schema.py"}


def _statements(text: str) -> list[tuple[str, str]]:
    """(table written, the statement text up to its end or 400 characters) for each write."""
    found = []
    for match in WRITES.finditer(text):
        table = match.group(2)
        if table.lower() in RECORD_TABLES:
            found.append((table, text[match.start() : match.start() + 400]))
    return found


def test_every_write_to_a_record_table_sets_its_clock_reading() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel in EXEMPT:
            continue
        for table, statement in _statements(path.read_text(encoding="utf-8")):
            end = statement.find(";")
            if "hlc" not in (statement if end == -1 else statement[:end]):
                offenders.append(f"{rel}: writes {table} without hlc")
    assert offenders == []


def test_the_check_finds_a_write_without_a_reading() -> None:
    sample = 'ws.execute("UPDATE person SET phone = ? WHERE id = ?", (phone, pid))'
    [(table, statement)] = _statements(sample)
    assert table == "person"
    assert statement.startswith("UPDATE person SET phone")
    assert "hlc" not in statement
    assert _statements('"INSERT OR REPLACE INTO tombstone (entity, id) VALUES (?, ?)"') == []
