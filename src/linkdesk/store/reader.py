"""Read connections of their own: long reads never hold the connection the UI queries.

A workspace has one connection for the UI's reads and every write, guarded by a lock, so a
report computed on it made each search typed meanwhile wait for the whole report (160–290 ms
stalls, issue 15). :meth:`Workspace.reader` opens a second keyed connection with its own page
cache and read snapshot (WAL mode: readers and the writer never wait for each other).

Opening a connection with the passphrase runs SQLCipher's key derivation again (PBKDF2,
256,000 iterations: 0.1–0.8 s of CPU). The first reader derives the raw key once, exactly as
SQLCipher does (the algorithm and iteration count read from the workspace, the salt from its
first 16 bytes), and keys later connections with it (``x'key‖salt'``, SQLCipher's raw-key
form), so a reader opens in a few milliseconds. The raw key is kept only while the workspace
is unlocked, beside the passphrase it is derived from; it opens nothing the passphrase does not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

import sqlcipher3

from linkdesk.domain.errors import LinkDeskError

if TYPE_CHECKING:
    from linkdesk.store.workspace import Connection

DatabaseError = sqlcipher3.dbapi2.DatabaseError

SALT_BYTES = 16  # SQLCipher keeps the KDF salt in the file's first 16 bytes
KEY_BYTES = 32  # AES-256
STREAM_BATCH = 1000  # rows fetched at a time by Reader.stream
KDF_HASHES = {  # SQLCipher kdf algorithm -> hashlib name
    "PBKDF2_HMAC_SHA512": "sha512",
    "PBKDF2_HMAC_SHA256": "sha256",
    "PBKDF2_HMAC_SHA1": "sha1",
}


class Reads(Protocol):
    """What read-only queries need: the workspace itself or a :class:`Reader`."""

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]: ...

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any: ...

    def stream(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Iterator[Any]: ...


def kdf_settings(conn: Connection) -> tuple[str, int] | None:
    """(hashlib name, iterations) of the key derivation ``conn`` was keyed with, or None
    when it is one this module does not repeat."""
    algorithm = conn.execute("PRAGMA cipher_kdf_algorithm").fetchone()
    iterations = conn.execute("PRAGMA kdf_iter").fetchone()
    name = KDF_HASHES.get(str(algorithm[0]) if algorithm else "")
    if name is None or not iterations:
        return None
    return name, int(iterations[0])


def derive_raw_key(settings: tuple[str, int] | None, path: Path, key_material: bytes) -> str | None:
    """SQLCipher's raw-key form (``x'<64 hex key><32 hex salt>'``) of the key for the
    workspace at ``path``, or None when its key derivation is not one this repeats.

    Costs one key derivation (the GIL is released meanwhile: run it off the UI thread).
    """
    if settings is None:
        return None
    with path.open("rb") as fh:
        salt = fh.read(SALT_BYTES)
    return raw_key_from_salt(settings, salt, key_material)


def raw_key_from_salt(
    settings: tuple[str, int] | None, salt: bytes, key_material: bytes
) -> str | None:
    """:func:`derive_raw_key` for a file that starts with ``salt`` (its first
    :data:`SALT_BYTES` bytes are used; None when it is shorter or the derivation unknown).
    One key derivation."""
    if settings is None or len(salt) < SALT_BYTES:
        return None
    name, iterations = settings
    key = hashlib.pbkdf2_hmac(name, key_material, salt[:SALT_BYTES], iterations, KEY_BYTES)
    return f"x'{key.hex()}{salt[:SALT_BYTES].hex()}'"


class Reader:
    """A read-only view of the workspace on a connection of its own (see the module doc).

    ``query``/``scalar`` as on :class:`Workspace`; :meth:`snapshot` holds one read snapshot
    across several queries (a report's figures all describe the same moment). Close it (or
    use it as a context manager) when the read is done: its page cache goes with it.
    Not for writing: the connection is opened with ``query_only``.
    """

    def __init__(
        self, conn: Connection, path: Path, raise_typed: Callable[[BaseException], NoReturn]
    ) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._raise_typed = raise_typed
        conn.execute("PRAGMA query_only = ON")

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise LinkDeskError("This read of the workspace has finished.")
        return self._conn

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        try:
            return list(self.conn.execute(sql, params).fetchall())
        except DatabaseError as exc:
            self._raise_typed(exc)

    def stream(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Iterator[Any]:
        """The rows of a statement a thousand at a time: a long read's rows are turned into
        what the caller keeps without all of them ever being held at once (issue 15: the
        report's raw rows were tens of MB at 50,000 people)."""
        try:
            cursor = self.conn.execute(sql, params)
            while batch := cursor.fetchmany(STREAM_BATCH):
                yield from batch
        except DatabaseError as exc:
            self._raise_typed(exc)

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        try:
            row = self.conn.execute(sql, params).fetchone()
        except DatabaseError as exc:
            self._raise_typed(exc)
        return None if row is None else row[0]

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        """A statement that reads (or makes temporary views, e.g. fts5vocab): never a write."""
        try:
            return self.conn.execute(sql, params)
        except DatabaseError as exc:
            self._raise_typed(exc)

    @contextmanager
    def snapshot(self) -> Iterator[Reader]:
        """Every query inside reads the workspace as it was at the first of them."""
        self.query("BEGIN")
        try:
            yield self
        finally:
            with suppress(DatabaseError):
                self.conn.execute("COMMIT")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
