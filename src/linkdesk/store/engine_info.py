"""Versions of the storage engine, for diagnostics and the self-test."""

from __future__ import annotations

import sqlcipher3


def sqlcipher_version() -> str:
    """SQLCipher's own version (e.g. "4.6.1 community"), or "" if this sqlite is not SQLCipher."""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else ""


def sqlite_version() -> str:
    """The SQLite version SQLCipher is built on."""
    return str(sqlcipher3.sqlite_version)
