"""SQL for backup bundles: an encrypted copy made with ``sqlcipher_export``, and its checks.

A bundle comes from a file LinkDesk did not necessarily write: before anything in it is used,
its schema is compared object by object (tables, columns, indexes, triggers, views) with the
schema LinkDesk itself makes at that version, so an extra trigger or a strangely named table
is refused rather than restored or merged, and no name read from it reaches SQL unquoted.
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from io import BufferedReader
from pathlib import Path

import sqlcipher3

from linkdesk.domain.errors import LinkDeskError, Place, UnlockError
from linkdesk.store import sql_functions
from linkdesk.store.cipher_pages import PageError, PageFormat
from linkdesk.store.failures import classify, is_environmental
from linkdesk.store.keys import key_candidates, normal_form
from linkdesk.store.migrations import run_migrations
from linkdesk.store.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS, PERSON_COUNT_VERSION
from linkdesk.store.sql import quote_ident
from linkdesk.store.workspace import Connection, DatabaseError, busy_seconds

_WORKSPACE_ID = re.compile(r"[0-9A-Za-z-]{1,64}\Z", re.ASCII)
SchemaObject = tuple[str, str, str, str | None]  # type, name, table, SQL (spaces collapsed)


def table_counts(conn: Connection, schema: str = "main") -> dict[str, int]:
    """Rows in every ordinary table of ``schema`` (FTS shadow tables left out)."""
    names = sorted(
        row[1]
        for row in conn.execute(f"PRAGMA {schema}.table_list").fetchall()
        if row[2] == "table" and not row[1].startswith("sqlite_")
    )
    return {
        name: int(conn.execute(f"SELECT count(*) FROM {schema}.{quote_ident(name)}").fetchone()[0])
        for name in names
    }


def _normal(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


@functools.cache
def expected_schema(version: int) -> frozenset[SchemaObject]:
    """Every schema object LinkDesk makes at ``version`` (built once, in memory)."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        sql_functions.register(conn)  # names_as_written's index is written through them
        run_migrations(conn, 0, version, MIGRATIONS)
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()
    return frozenset((r[0], r[1], r[2], _normal(r[3])) for r in rows)


def check_schema(conn: Connection, version: int, name: str, schema: str = "main") -> None:
    """Refuse a bundle whose schema objects differ in any way from LinkDesk's own.

    The message says what kind of object differs (never its name, which came from the file).
    """
    rows = conn.execute(f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master")
    found = {(str(r[0]), str(r[1]), str(r[2]), _normal(r[3])) for r in rows.fetchall()}
    wanted = expected_schema(version)
    if found == wanted:
        return
    found_by = {(obj[0], obj[1]): obj for obj in found}  # by (type, name)
    wanted_by = {(obj[0], obj[1]): obj for obj in wanted}
    changed = Counter(
        k[0] for k in found_by.keys() & wanted_by.keys() if found_by[k] != wanted_by[k]
    )
    extra = Counter(k[0] for k in found_by.keys() - wanted_by.keys())
    missing = Counter(k[0] for k in wanted_by.keys() - found_by.keys())

    def said(counts: Counter[str], how: str) -> list[str]:
        return [
            f"{n} {how.format(kind + ('s' if n > 1 else ''))}" for kind, n in sorted(counts.items())
        ]

    what = (
        said(extra, "{} LinkDesk does not make")
        + said(changed, "{} changed")
        + said(missing, "missing {}")
    )
    raise LinkDeskError(
        f"The backup {name} was changed outside LinkDesk ({', '.join(what)}); it was not used."
    )


def bundle_workspace_id(conn: Connection, name: str, schema: str = "main") -> str:
    """The workspace id a bundle holds (checked to look like one)."""
    row = conn.execute(f"SELECT value FROM {schema}.meta WHERE key = 'workspace_id'").fetchone()
    value = row[0] if row else None
    if not isinstance(value, str) or not _WORKSPACE_ID.match(value):
        raise LinkDeskError(f"The backup {name} is damaged: it does not say which workspace.")
    return value


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


@contextmanager
def held_snapshot(conn: Connection, source: Path) -> Iterator[int | None]:
    """A read snapshot of the workspace at ``source`` that its main file alone holds: yields
    its page count, or None when a writer got in first (use :func:`export_encrypted`).

    After a full checkpoint the main file holds every committed page. A read transaction
    begun while the WAL is empty reads only that file, and no checkpoint can write into it
    while the snapshot is held, so the file's first ``page count`` pages are exactly that
    snapshot for as long as the ``with`` block runs: read them (and the counts) inside it.
    """
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        yield None
        return
    wal = Path(f"{source}-wal")
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fixes the snapshot
        if wal.exists() and wal.stat().st_size > 0:
            yield None
        else:
            yield int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.execute("ROLLBACK")


class SourceReadError(Exception):
    """Reading the workspace file failed (``error``: the OSError), as opposed to writing
    where its pages go: the caller says whose drive failed."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


COPY_PAGES = 512  # pages read, checked and written at a time (2 MiB of 4 KiB pages)
_IN_FLIGHT = 4  # chunks whose HMACs may still be being checked (bounded memory)


def copy_checked_pages(
    source: Path,
    write: Callable[[bytes], object],
    pages: PageFormat,
    page_count: int,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the first ``page_count`` pages of the encrypted file ``source`` through
    ``write``, page 1 switched to rollback-journal mode, every page's HMAC checked on a second
    thread meanwhile (store/cipher_pages.py). Call it inside :func:`held_snapshot`.

    Each chunk is read into a bytes object of its own, never changed after: the HMAC check,
    the write and the atomic write's read back (which compares each write with what the
    file then holds) all use that one object, so no chunk is copied in memory on the way.

    Raises :class:`PageError` for a page that does not check (after stopping),
    :class:`SourceReadError` when ``source`` cannot be read (an OSError from ``write`` is
    the destination's and passes unchanged), LinkDeskError when it is shorter than its
    snapshot.
    ``progress(pages_done, page_count)`` after every chunk.
    """
    size = pages.page_size
    # One checking thread: with the writing thread (mostly in the kernel) and the counts,
    # two cores are full; more threads would only contend for the GIL with the UI thread.
    pool = ThreadPoolExecutor(max_workers=1)
    pending: deque[futures.Future[None]] = deque()
    try:
        try:
            src = source.open("rb")
        except OSError as exc:
            raise SourceReadError(exc) from None
        with src:
            # After the full checkpoint the file is exactly the snapshot's pages: anything
            # more (stray bytes appended by something else) is damage, refused as
            # cipher_integrity_check refuses it (`check` names it too).
            if os.fstat(src.fileno()).st_size != page_count * size:
                raise PageError(page_count + 1)
            pgno = 1
            while pgno <= page_count:
                wanted = min(COPY_PAGES, page_count - pgno + 1)
                chunk = _read_pages(src, wanted, pgno, size, pages.lock_page)
                if pgno == 1:  # checked (as it was) and switched before anyone else reads it
                    chunk = pages.rollback_page_one(chunk[:size]) + chunk[size:]
                pending.append(pool.submit(pages.check, chunk, pgno))
                write(chunk)
                pgno += wanted
                while pending and (len(pending) >= _IN_FLIGHT or pending[0].done()):
                    pending.popleft().result()
                if progress is not None:
                    progress(pgno - 1, page_count)
            while pending:
                pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _read_pages(src: BufferedReader, count: int, first: int, size: int, lock: int) -> bytes:
    """``count`` whole pages from page ``first`` (``src`` is there); LinkDeskError when the
    file ends first. SQLite's lock-byte page is never written (zeros) and is not read:
    Windows locks bytes in it, and a read of a locked range fails there; the bundle holds
    zeros in its place."""
    try:
        if first <= lock < first + count:
            at = (lock - first) * size
            before = _read_whole(src, at)
            src.seek(size, os.SEEK_CUR)
            return before + bytes(size) + _read_whole(src, (count - 1) * size - at)
        return _read_whole(src, count * size)
    except OSError as exc:
        raise SourceReadError(exc) from None


def _read_whole(src: BufferedReader, length: int) -> bytes:
    data = src.read(length)  # a buffered read goes on until ``length`` bytes or the end
    if len(data) < length:
        raise LinkDeskError("The workspace file is shorter than its own snapshot.")
    return data


def in_rollback_mode(conn: Connection) -> bool:
    """Whether the file on ``conn`` says rollback journal (not WAL) in its header."""
    return str(conn.execute("PRAGMA main.journal_mode").fetchone()[0]).lower() != "wal"


def open_bundle_readonly(path: Path, key: str, *, raw_key: bytes | None = None) -> Connection:
    """A read-only keyed connection to a bundle; wrong key and foreign file read the same.

    Defensive settings for a file from outside: no SQL functions with side effects from its
    schema (``trusted_schema``), cell sizes checked as pages are read. ``raw_key`` (SQLCipher's
    raw-key form, for a bundle copied from the open workspace) is tried instead of ``key``'s
    forms: no key derivation.
    """
    # The normal (NFC) form first, then the forms bundles were keyed with before passphrases
    # were normalised (store/keys.py).
    for candidate in [raw_key] if raw_key is not None else key_candidates(key):
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
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA cell_size_check = ON")
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
    name: str,
    expected_counts: dict[str, int] | None = None,
    schema: str = "main",
    integrity: str = "full",
) -> int:
    """Identity, version, schema, integrity and (when given) counts of an open bundle; its version.

    ``name`` is the bundle's file name, for messages. ``integrity``: "full" runs SQLite's
    ``integrity_check`` (b-trees, indexes, NOT NULL and CHECK constraints); "pages" runs
    SQLCipher's ``cipher_integrity_check``, proving every page's HMAC under this key, which
    with the counts is enough right after SQLite itself wrote the file (7x faster); "none" is
    for a private copy that was fully checked a moment ago. Every failure is a LinkDeskError
    naming the bundle; no SQL error escapes.
    """
    try:
        conn.execute(f"SELECT count(*) FROM {schema}.sqlite_master").fetchone()
    except DatabaseError:
        raise UnlockError(f"Wrong backup passphrase, or {name} is not a LinkDesk backup.") from None
    try:
        return _check_open_bundle(conn, name, expected_counts, schema, integrity)
    except DatabaseError:
        raise LinkDeskError(f"The backup {name} is damaged: it cannot be read.") from None


def _check_open_bundle(
    conn: Connection,
    name: str,
    expected_counts: dict[str, int] | None,
    schema: str,
    integrity: str,
) -> int:
    app_id = int(conn.execute(f"PRAGMA {schema}.application_id").fetchone()[0])
    version = int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])
    if app_id != APPLICATION_ID:
        raise LinkDeskError(f"{name} is encrypted but is not a LinkDesk backup.")
    if version > LATEST_VERSION:
        raise LinkDeskError(
            f"The backup {name} was made by a newer version of LinkDesk; update LinkDesk to use it."
        )
    if version < 1:
        raise LinkDeskError(f"The backup {name} is damaged: it has no schema version.")
    check_schema(conn, version, name, schema)
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
        raise LinkDeskError(f"The backup {name} is damaged: its integrity check failed.")
    counts = table_counts(conn, schema) if expected_counts is not None else None
    if counts is not None and counts != expected_counts:
        raise LinkDeskError(f"The backup {name} does not hold the records its manifest lists.")
    if version >= PERSON_COUNT_VERSION and integrity != "none":
        # The people count a workspace keeps (schema.py PERSON_COUNT) travels with the rows:
        # a restore or an open must not start from a figure that disagrees with them.
        held = (
            counts["person"]
            if counts is not None and "person" in counts
            else int(conn.execute(f"SELECT count(*) FROM {schema}.person").fetchone()[0])
        )
        kept = conn.execute(f"SELECT n FROM {schema}.person_count").fetchall()
        if [tuple(row) for row in kept] != [(held,)]:
            raise LinkDeskError(f"The backup {name} is damaged: its count of people is wrong.")
    return version
