"""SQL for backup bundles: an encrypted copy made with ``sqlcipher_export``, and its checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3

from linkdesk.domain.errors import LinkDeskError, Place, UnlockError
from linkdesk.store.failures import classify, is_environmental
from linkdesk.store.keys import key_bytes, key_candidates, normal_form
from linkdesk.store.schema import APPLICATION_ID, LATEST_VERSION
from linkdesk.store.workspace import Connection, DatabaseError, busy_seconds


def table_counts(conn: Connection, schema: str = "main") -> dict[str, int]:
    """Rows in every ordinary table of ``schema`` (FTS shadow tables left out)."""
    names = sorted(
        row[1]
        for row in conn.execute(f"PRAGMA {schema}.table_list").fetchall()
        if row[2] == "table" and not row[1].startswith("sqlite_")
    )
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


def export_encrypted(conn: Connection, target: Path, key: str) -> dict[str, int]:
    """Copy the whole database on ``conn`` into a new file keyed with ``key``.

    Counts and copy come from one read snapshot, so the counts describe exactly what was copied.
    """
    if target.exists():
        raise LinkDeskError(f"{target.name} already exists; nothing was written.")
    # As a URI: percent-encoded bytes, so a folder name that is not valid UTF-8 still works.
    conn.execute("ATTACH DATABASE ? AS bundle KEY ?", (target.resolve().as_uri(), normal_form(key)))
    try:
        # A fresh private file that is discarded on any failure needs no journal and no
        # syncs of its own: the finished copy is fsynced where it lands.
        conn.execute("PRAGMA bundle.journal_mode = OFF")
        conn.execute("PRAGMA bundle.synchronous = OFF")
        conn.execute("BEGIN")
        try:
            counts = table_counts(conn, "main")
            conn.execute("SELECT sqlcipher_export('bundle')")
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA main.application_id").fetchone()[0])
            conn.execute(f"PRAGMA bundle.user_version = {version}")
            conn.execute(f"PRAGMA bundle.application_id = {app_id}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE bundle")
    return counts


def snapshot_copy(conn: Connection, source: Path, target: Path, key: str) -> dict[str, int] | None:
    """Fast path when the bundle key is the workspace's own: copy the encrypted file itself.

    After a full checkpoint the main file holds every committed page. A read transaction
    begun while the WAL is empty reads only that file, and no checkpoint can write into it
    while the snapshot is held, so the bytes copied are exactly that snapshot. The copy is
    then switched out of WAL mode so it opens as one self-contained file. Returns None (use
    :func:`export_encrypted`) when a writer got in first and the WAL is not empty.
    """
    if target.exists():
        raise LinkDeskError(f"{target.name} already exists; nothing was written.")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        return None
    wal = Path(f"{source}-wal")
    conn.execute("BEGIN")
    try:
        counts = table_counts(conn, "main")  # the first read fixes the snapshot
        if wal.exists() and wal.stat().st_size > 0:
            return None
        with source.open("rb") as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        conn.execute("ROLLBACK")
    copy = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        copy.execute("PRAGMA cipher_log_level = NONE")
        copy.set_key(key_bytes(key))
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    return counts


def open_bundle_readonly(path: Path, key: str) -> Connection:
    """A read-only keyed connection to a bundle; wrong key and foreign file read the same."""
    # The normal (NFC) form first, then the forms bundles were keyed with before passphrases
    # were normalised (store/keys.py).
    for candidate in key_candidates(key):
        try:
            conn = sqlcipher3.connect(
                path.resolve().as_uri() + "?mode=ro",
                uri=True,
                isolation_level=None,
                timeout=busy_seconds(),
            )
        except DatabaseError as exc:
            raise (classify(exc, path=path, place=Place.SOURCE) or exc) from None
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.set_key(candidate)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except DatabaseError as exc:
                # Only a key that does not decrypt is "wrong passphrase" (try the next form);
                # a drive that fails to read or a program holding the file is said as what
                # it is.
                if is_environmental(exc):
                    typed = classify(
                        exc, path=path, place=Place.SOURCE, busy_seconds=busy_seconds()
                    )
                    raise (typed or exc) from None
                conn.close()
                continue
            return conn
        except BaseException:
            conn.close()
            raise
    raise UnlockError("Wrong backup passphrase, or this file is not a LinkDesk backup.")


def check_bundle(
    conn: Connection,
    *,
    expected_counts: dict[str, int] | None = None,
    schema: str = "main",
    integrity: str = "full",
) -> int:
    """Identity, version, integrity and (when given) counts of an open bundle; its version.

    ``integrity``: "full" runs SQLite's ``integrity_check`` (b-trees and indexes); "pages"
    runs SQLCipher's ``cipher_integrity_check``, proving every page's HMAC under this key,
    which with the counts is enough right after SQLite itself wrote the file (7x faster);
    "none" is for a private copy that was fully checked a moment ago.
    """
    try:
        conn.execute(f"SELECT count(*) FROM {schema}.sqlite_master").fetchone()
    except DatabaseError:
        raise UnlockError(
            "Wrong backup passphrase, or this file is not a LinkDesk backup."
        ) from None
    try:
        app_id = int(conn.execute(f"PRAGMA {schema}.application_id").fetchone()[0])
        version = int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])
    except DatabaseError:
        raise LinkDeskError("This backup is damaged: it cannot be read.") from None
    if app_id != APPLICATION_ID:
        raise LinkDeskError("This file is encrypted but is not a LinkDesk backup.")
    if version > LATEST_VERSION:
        raise LinkDeskError(
            "This backup was made by a newer version of LinkDesk; update LinkDesk to use it."
        )
    try:
        if integrity == "full":
            result = conn.execute(f"PRAGMA {schema}.integrity_check").fetchall()
        elif integrity == "pages":
            failures = conn.execute(f"PRAGMA {schema}.cipher_integrity_check").fetchall()
            result = failures or [("ok",)]
        else:
            result = [("ok",)]
    except DatabaseError:
        result = []
    if result != [("ok",)]:
        raise LinkDeskError("This backup is damaged: its integrity check failed.")
    if expected_counts is not None and table_counts(conn, schema) != expected_counts:
        raise LinkDeskError("This backup does not hold the records its manifest lists.")
    return version
