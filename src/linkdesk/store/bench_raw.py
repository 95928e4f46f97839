"""The raw queries the benchmark compares LinkDesk's own against (``linkdesk bench``).

SQL lives only in store/ (tests/unit/test_layers.py): the bench's services ask for these by
name. Each is the tightest query for what the GUI asks, so its time is the floor.
"""

from __future__ import annotations

from typing import Any


def kdf_settings(conn: Any) -> tuple[str, int]:
    """(algorithm, iterations) of the key derivation SQLCipher uses for this connection."""
    algorithm = str(conn.execute("PRAGMA cipher_kdf_algorithm").fetchone()[0])
    iterations = int(conn.execute("PRAGMA kdf_iter").fetchone()[0])
    return algorithm, iterations


def person_rowids(ws: Any, match: str, limit: int) -> Any:
    """Rowids of people whose name index matches ``match`` (FTS5), or the first ``limit``
    people when ``match`` is empty."""
    if not match:
        return ws.query("SELECT rowid FROM person LIMIT ?", (limit,))
    return ws.query("SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?", (match, limit))


def service_rowids(ws: Any, match: str, limit: int) -> Any:
    """Rowids of services whose index matches ``match`` (FTS5)."""
    return ws.query(
        "SELECT rowid FROM service_fts WHERE service_fts MATCH ? LIMIT ?", (match, limit)
    )
