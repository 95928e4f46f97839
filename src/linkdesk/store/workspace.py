"""The encrypted workspace file: create, unlock, migrate, transact, rekey, close."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC
from glob import escape as glob_escape
from pathlib import Path
from typing import Any, NoReturn, TypeAlias

import sqlcipher3

from linkdesk.domain.clock import new_id, utc_now
from linkdesk.domain.errors import LinkDeskError, Place, UnlockError
from linkdesk.domain.filenames import display_path
from linkdesk.domain.hlc import HybridClock, effective
from linkdesk.fileio import protected
from linkdesk.fileio.atomic import fsync_file as fsync_file  # re-exported: callers import it here
from linkdesk.fileio.bounded import open_regular
from linkdesk.fileio.private import create_private_file, tighten
from linkdesk.store import sql_functions
from linkdesk.store.audit_guard import AuditGuard, anchor_path
from linkdesk.store.drives import (
    CREATE_SUFFIXES,
    OPEN_SUFFIXES,
    check_name_length,
    companions,
    remove_new_companions,
)
from linkdesk.store.failures import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    classify,
    is_environmental,
    sqlite_code,
)
from linkdesk.store.failures import (
    DatabaseError as DatabaseError,  # re-exported: callers import it here
)
from linkdesk.store.instance_lock import InstanceLock
from linkdesk.store.keys import HeldKey, key_bytes, key_candidates
from linkdesk.store.migrations import backup_path, copy_before_migration, run_migrations
from linkdesk.store.reader import Reader, derive_raw_key, kdf_settings
from linkdesk.store.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS
from linkdesk.store.workfiles import remove_leftovers
from linkdesk.support.memory import release_free_memory

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
# Decrypted pages stay in memory (SQLCipher re-decrypts evicted ones), up to this much: every
# MiB of it is resident in the GUI for the whole session (issue 15: < 300 MB at 50,000
# people). A worker's session at 50,000 people (Today, every caseload keystroke of the bench,
# a pass over everyone, the directory) used 86 MB of a 128 MiB cache; with 64 MiB its
# keystrokes and opened people took the same thread CPU (3 interleaved pairs:
# keystrokes 7.5 against 8.9 s median, people 2.2 against 2.2 ms median), 19 MB less.
CACHE_KIB = 64 * 1024
# A reader's long read (a report) passes over most pages once: a small cache of its own keeps
# the hot index pages, and the GUI's memory stays bounded (issue 15: < 300 MB at 50k people).
# Measured at 50,000 people: the report took the same time with 8 MiB as with 32 (3.6-4.0 s,
# loaded), and its peak was 26 MB lower.
READER_CACHE_KIB = 8 * 1024
# The aside connection answers the odd search typed while an import or a merge writes: a few
# index pages. Its cache is small and it is closed once no read has needed it for a while.
ASIDE_CACHE_KIB = 8 * 1024
ASIDE_IDLE_S = 10.0
# A pass over every row once (the backup's counts): a cache would only hold pages never read
# again, so it is kept to SQLite's usual size.
SCAN_CACHE_KIB = 2 * 1024
# A read waits this long for the shared connection; if a long write (an import, a merge, an
# erasure) still holds it, the read is answered on a connection of its own from what is
# committed, so typing a search never waits behind work started elsewhere (issue 15).
READ_WAIT_S = 0.02
# ...once: for this long after a read went aside, a read that finds the connection still held
# goes aside at once (the ~14 reads of one person's record waited 20 ms each behind a commit's
# flush to a busy drive: 60-120 ms, issue 15); a free connection is used as before.
ASIDE_BURST_S = 0.25
_READ_ONLY_START = ("select", "with")
BUSY_TIMEOUT_MS = 5000
MIN_PASSPHRASE_LENGTH = 8

Connection: TypeAlias = Any  # sqlcipher3.dbapi2.Connection (the package has no type stubs)


WRONG_KEY = "Wrong passphrase, or this file is not a LinkDesk workspace."


def busy_seconds() -> float:
    return BUSY_TIMEOUT_MS / 1000


def storage_error(
    exc: BaseException, path: Path, place: Place = Place.WORKSPACE, conn: Connection = None
) -> LinkDeskError | None:
    """The typed error for a failure on the workspace at ``path`` (see store/failures.py)."""
    return classify(exc, path=path, place=place, conn=conn, busy_seconds=busy_seconds())


def _try_key(path: Path, key: bytes, place: Place = Place.WORKSPACE) -> Connection | None:
    """A connection keyed with ``key``, or None when the key does not decrypt page 1.

    A key that does not decrypt page 1 reads as SQLITE_NOTADB: "wrong passphrase, or not a
    workspace" (SQLCipher cannot tell them apart). Anything else the drive or another
    program caused (I/O, locks, read-only, full, no WAL) is raised as what it is.
    """
    try:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=busy_seconds()
        )
    except DatabaseError as exc:
        _raise_as(storage_error(exc, path, place), exc)
    sql_functions.register(conn)  # the name index's triggers call them
    try:
        # SQLCipher logs decryption failures to stderr otherwise.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise LinkDeskError("This copy of LinkDesk has no encryption library; it will not run.")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            if sqlite_code(exc) in (SQLITE_NOTADB, SQLITE_CORRUPT) or not is_environmental(exc):
                conn.close()
                return None
            _raise_as(storage_error(exc, path, place), exc)
        return conn
    except BaseException:
        conn.close()
        raise


def _connect(path: Path, key: bytes, place: Place = Place.WORKSPACE) -> Connection:
    """Open and key a connection with ``key`` (bytes, already normalised: store/keys.py)."""
    conn = _try_key(path, key, place)
    if conn is None:
        raise UnlockError(WRONG_KEY)
    return conn


def _connect_any(path: Path, passphrase: str) -> tuple[Connection, bool]:
    """Open and key a connection, trying the normal (NFC) form first, then the forms keys
    were made with before normalisation (store/keys.py). Returns the connection and whether
    the normal form was the one that worked."""
    for n, key in enumerate(key_candidates(passphrase)):
        conn = _try_key(path, key)
        if conn is not None:
            return conn, n == 0
    raise UnlockError(WRONG_KEY)


def _raise_as(typed: BaseException | None, exc: BaseException) -> NoReturn:
    """Raise ``typed`` (caused by ``exc``), or ``exc`` itself when there is no typed error."""
    if typed is None or typed is exc:
        raise exc
    raise typed from exc


def _configure(conn: Connection, cache_kib: int = CACHE_KIB) -> None:
    for pragma in (
        "foreign_keys = ON",
        "journal_mode = WAL",
        "synchronous = FULL",
        "temp_store = MEMORY",
        "secure_delete = ON",
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        f"cache_size = -{int(cache_kib)}",
    ):
        conn.execute(f"PRAGMA {pragma}")


# Files SQLite keeps beside the workspace; never links (SQLite would write through them).
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def make_private(path: Path) -> None:
    """Take group and other access away from a workspace and the files LinkDesk and SQLite
    keep beside it (older versions made them 0644 under the usual umask)."""
    for extra in (*COMPANION_SUFFIXES, ".lock"):
        tighten(Path(f"{path}{extra}"))
    tighten(anchor_path(path))
    for backup in path.parent.glob(f"{glob_escape(path.name)}.v*-backup"):
        tighten(backup)
    tighten(path)


def check_passphrase_rules(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise LinkDeskError(
            f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long."
        )


class Workspace:
    """An open, unlocked workspace. Use :meth:`create` or :meth:`open`; always :meth:`close`."""

    def __init__(self, path: Path, conn: Connection, lock: InstanceLock, passphrase: str) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._lock = lock
        protected.protect(path)  # no output may be saved over it while it is open
        self._protected = True
        self._key: HeldKey | None = HeldKey(key_bytes(passphrase))
        self._mutex = threading.RLock()
        self._depth = 0
        self._bulk = False
        # Merge order (domain/hlc.py); tests replace ``clock.wall`` to set this laptop's time.
        self.clock = HybridClock()
        self.audit_guard = AuditGuard(self)
        # The raw key readers are opened with (store/reader.py): derived once, held wipeable.
        self._raw_key: HeldKey | None = None
        self._raw_key_lock = threading.Lock()
        try:
            self._kdf = kdf_settings(conn)
        except DatabaseError:
            self._kdf = None  # readers are then keyed with the passphrase
        self._aside: Connection | None = None  # reads while a long write holds the connection
        self._aside_lock = threading.Lock()
        self._aside_used = 0.0  # time.monotonic() of its last read

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path | str, passphrase: str, *, version: int = LATEST_VERSION
    ) -> Workspace:
        """Make a new, empty workspace. Refuses to touch an existing file."""
        path = Path(path)
        check_passphrase_rules(passphrase)
        check_name_length(path, CREATE_SUFFIXES)
        if path.exists():
            raise LinkDeskError(
                f"There is already a file at {display_path(path)}; choose another name."
            )
        if not path.parent.is_dir():
            raise LinkDeskError(f"The folder {display_path(path.parent)} does not exist.")
        try:
            # 0600 whatever the umask, and never through a planted link; SQLite gives the
            # -wal and -shm files the same mode as this file.
            create_private_file(path)
        except FileExistsError:  # a file or a link appeared there: not ours to remove
            raise LinkDeskError(
                f"There is already a file at {display_path(path)}; choose another name."
            ) from None
        except OSError as exc:
            _raise_as(storage_error(exc, path, Place.NEW_FILE), exc)
        lock = InstanceLock(path)
        lock_existed = lock.lock_file is not None and lock.lock_file.exists()
        conn: Connection = None
        try:
            lock.acquire(place=Place.NEW_FILE)
            conn = _connect(path, key_bytes(passphrase), Place.NEW_FILE)
            _configure(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            ws = cls(path, conn, lock, passphrase)
            ws._migrate(0, version)
            ws.execute("INSERT INTO meta (key, value) VALUES ('workspace_id', ?)", (new_id(),))
            ws.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (utc_now(),))
            ws._load_clock()
            remove_leftovers(path)
            ws.audit_guard.start_new()
            return ws
        except BaseException as exc:
            # Leave nothing behind: not the file, its companions, nor a stale lock file.
            if conn is not None:
                conn.close()
            lock.release(close=True)  # the file goes next: keep no descriptor of it open
            for leftover in (path, *companions(path)):
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
            if lock.lock_file is not None and not lock_existed:
                with suppress(OSError):
                    lock.lock_file.unlink(missing_ok=True)
            if isinstance(exc, LinkDeskError) or not isinstance(exc, Exception):
                raise
            typed = storage_error(exc, path, Place.NEW_FILE)
            if typed is not None:
                raise typed from exc
            if isinstance(exc, DatabaseError):
                raise LinkDeskError(f"Could not create the workspace: {exc}.") from exc
            raise

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, pages_first: bool = False) -> Workspace:
        """Unlock an existing workspace, migrating it (after a backup copy) when older.

        ``pages_first`` (for `linkdesk check`): check every page's HMAC before the audit
        guard's checks at open; when some fail, the guard writes nothing (``hands_off``).
        """
        path = Path(path)
        cls.check_looks_like_workspace(path)
        check_name_length(path, OPEN_SUFFIXES)
        cls._check_companions(path)
        existed = {c for c in companions(path) if c.exists()}
        lock = InstanceLock(path)
        lock.acquire()
        try:
            make_private(path)
            conn, normal_key = _connect_any(path, passphrase)
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                if app_id != APPLICATION_ID:
                    raise UnlockError("This file is encrypted but is not a LinkDesk workspace.")
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > LATEST_VERSION:
                    raise LinkDeskError(
                        "This workspace was saved by a newer version of LinkDesk; "
                        "please update LinkDesk to open it."
                    )
                _configure(conn)
            except BaseException as exc:
                conn.close()
                typed = storage_error(exc, path) if isinstance(exc, DatabaseError) else None
                if typed is not None:
                    raise typed from exc
                raise
        except BaseException:
            lock.release()
            remove_new_companions(path, existed)
            raise
        ws = cls(path, conn, lock, passphrase)
        try:
            if not normal_key:  # keyed before passphrases were normalised: move to NFC
                ws._rekey(key_bytes(passphrase))
            if version < LATEST_VERSION:
                ws._backup_before_migration(version)
                ws._migrate(version, LATEST_VERSION)
            ws._load_clock()
            if pages_first and ws._pages_fail():
                ws.audit_guard.hands_off = True
            ws.audit_guard.on_open()
        except BaseException:
            ws.close()
            raise
        remove_leftovers(path)  # copies an interrupted backup or merge left (workfiles.py)
        return ws

    @staticmethod
    def _check_companions(path: Path) -> None:
        """SQLite opens ``-wal``/``-shm``/``-journal`` following links: refuse planted ones."""
        for companion in companions(path):
            if companion.is_symlink():
                raise LinkDeskError(
                    f"{display_path(companion.name)} beside the workspace is a link; LinkDesk "
                    "will not open the workspace through it. Remove the link and try again."
                )

    @staticmethod
    def check_looks_like_workspace(path: Path) -> None:
        """Cheap checks before trying a key, so nothing is created or changed on bad input."""
        shown = display_path(path)
        try:
            if not path.exists():
                raise LinkDeskError(f"There is no workspace at {shown}.")
            if path.is_dir():
                raise LinkDeskError(f"{shown} is a folder, not a workspace file.")
            # Never blocks and never reads a FIFO or a device (a FIFO would hang the open).
            with open_regular(path, what="workspace", os_errors=True) as fh:
                head = fh.read(16)
                size = os.fstat(fh.fileno()).st_size
        except OSError as exc:
            typed = classify(exc, path=path, place=Place.SOURCE)
            if typed is not None:
                raise typed from None
            raise LinkDeskError(f"Cannot read {shown}: {exc.strerror or exc}.") from None
        if len(head) < 16 or size < 1024:
            raise UnlockError("This file is empty or cut short; it is not a usable workspace.")
        if head == SQLITE_PLAIN_HEADER:
            raise UnlockError("This is an unencrypted SQLite file, not a LinkDesk workspace.")

    # -- migrations --------------------------------------------------------------------------

    def _backup_before_migration(self, version: int) -> Path:
        """An encrypted copy (same key) of the workspace as it was, before any change."""
        # The copy is written through an atomic temp file never longer than its own name.
        check_name_length(backup_path(self.path, version), ())
        with self._mutex:
            return copy_before_migration(self.conn, self.path, version)

    def _migrate(self, current: int, target: int) -> None:
        """Each step (SQL or Python) in one transaction with its version bump; a drive or
        lock problem on the way is raised as what it is."""
        with self._mutex:
            try:
                run_migrations(self.conn, current, target, MIGRATIONS)
            except DatabaseError as exc:
                self._raise_typed(exc)

    # -- the clock ---------------------------------------------------------------------------

    def _load_clock(self) -> None:
        """Start the clock no earlier than the last reading stored (a clock put back since)."""
        with suppress(DatabaseError):
            self.clock.observe(effective(self.scalar("SELECT value FROM meta WHERE key = 'hlc'")))

    def now_iso(self) -> str:
        """This laptop's wall-clock time as stored in ``created_at``/``updated_at`` (UTC, µs)."""
        return self.clock.wall().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def stamp(self, *previous: str | None) -> str:
        """A clock reading for a new version of a record, after every version it replaces.

        ``previous``: the stored ``hlc`` (or, for older rows, ``updated_at``) of what is being
        replaced or deleted, so a change always orders after the one it overwrote, whatever
        the wall clock says. Caller holds the workspace lock (any write does).
        """
        with self._mutex:
            for seen in previous:
                self.clock.observe(effective(seen))
            return self.clock.now().encode()

    def save_clock(self) -> None:
        """Store the clock's reading (inside the caller's transaction) for the next session."""
        value = self.clock.last.encode()
        cur = self.execute("UPDATE meta SET value = ? WHERE key = 'hlc'", (value,))
        if cur.rowcount == 0:
            self.execute("INSERT INTO meta (key, value) VALUES ('hlc', ?)", (value,))

    # -- use ---------------------------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise LinkDeskError("The workspace is locked.")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def workspace_id(self) -> str:
        return str(self.scalar("SELECT value FROM meta WHERE key = 'workspace_id'"))

    def _raise_typed(self, exc: BaseException) -> NoReturn:
        """Raise the drive, lock or memory error ``exc`` as a typed LinkDeskError; SQL and
        data errors stay as they are (they are bugs or bad input, and callers handle them)."""
        _raise_as(storage_error(exc, self.path) if is_environmental(exc) else None, exc)

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with self._mutex:
            try:
                return self.conn.execute(sql, params)
            except DatabaseError as exc:
                self._raise_typed(exc)

    def executemany(self, sql: str, rows: Any) -> Any:
        with self._mutex:
            try:
                return self.conn.executemany(sql, rows)
            except DatabaseError as exc:
                self._raise_typed(exc)

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        """The rows of a statement. A SELECT met while another thread holds the connection in
        a long write (longer than READ_WAIT_S) reads what is committed on a connection of its
        own instead of waiting (see :meth:`_read_aside`); right after such a read, a SELECT
        that finds the connection held goes there without waiting (``ASIDE_BURST_S``)."""
        burst = time.monotonic() - self._aside_used < ASIDE_BURST_S
        if not self._mutex.acquire(timeout=0 if burst else READ_WAIT_S):
            if sql.lstrip()[:6].lower().startswith(_READ_ONLY_START):
                found = self._read_aside(sql, params)
                if found is not None:
                    return found
            self._mutex.acquire()
        try:
            return list(self.conn.execute(sql, params).fetchall())
        except DatabaseError as exc:
            self._raise_typed(exc)
        finally:
            self._mutex.release()
            if self._aside is not None and time.monotonic() - self._aside_used > ASIDE_IDLE_S:
                self._close_aside()  # the long write is long over: its cache goes too

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def stream(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Iterator[Any]:
        """As :meth:`query` (the shared connection is not held between rows); a
        :class:`~linkdesk.store.reader.Reader` streams for real."""
        return iter(self.query(sql, params))

    def _read_aside(self, sql: str, params: tuple[Any, ...] | dict[str, Any]) -> list[Any] | None:
        """Rows read on the aside connection (opened once, closed with the workspace), or None
        when it cannot answer (a temporary table of the shared connection: then wait)."""
        with self._aside_lock:
            try:
                if self._aside is None:
                    aside = self.open_reader(ASIDE_CACHE_KIB)
                    aside.execute("PRAGMA query_only = ON")
                    self._aside = aside
                self._aside_used = time.monotonic()
                return list(self._aside.execute(sql, params).fetchall())
            except DatabaseError as exc:
                if "no such" in str(exc).lower():
                    return None  # e.g. temp.service_terms exists on the shared connection only
                self._raise_typed(exc)
            except LinkDeskError:
                return None  # could not open it (locked meanwhile): wait for the connection

    def _close_aside(self) -> None:
        with self._aside_lock:
            if self._aside is not None:
                with suppress(DatabaseError):
                    self._aside.close()
                self._aside = None

    def release_cache(self) -> None:
        """Free the shared connection's page cache now (``PRAGMA shrink_memory``: every page
        not in use) and give the memory back to the system (support/memory.py).

        For when the cache is stale anyway: a checkpoint that restarts the WAL on another
        connection (the backup's) makes SQLite drop this connection's cache at its next
        read, but until then the stale pages stay resident: through a whole backup, 90 MB at
        50,000 people, which set the GUI's peak (issue 15). The next reads re-read their
        pages, as they would have. Safe from any thread; a locked workspace is left alone."""
        with self._mutex:
            if self._conn is None:
                return
            with suppress(DatabaseError):
                self._conn.execute("PRAGMA shrink_memory")
        release_free_memory()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All or nothing. Nested use becomes a savepoint inside the outer transaction."""
        with self._mutex:
            conn = self.conn
            depth = self._depth
            if self._bulk and depth > 0:  # inside bulk(): the outer transaction is the unit
                self._depth += 1
                try:
                    yield conn
                finally:
                    self._depth -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
            except DatabaseError as exc:
                self._raise_typed(exc)
            self._depth += 1
            try:
                yield conn
            except BaseException as exc:
                self._depth -= 1
                self._roll_back(depth)
                if isinstance(exc, DatabaseError):
                    self._raise_typed(exc)
                raise
            self._depth -= 1
            try:
                conn.execute("COMMIT" if depth == 0 else f"RELEASE sp{depth}")
            except DatabaseError as exc:
                # A failed COMMIT (disk full, I/O) may leave the transaction open: end it, so
                # nothing half-done stays pending and "nothing was changed" is true.
                if depth == 0:
                    self._roll_back(0)
                self._raise_typed(exc)

    def _roll_back(self, depth: int) -> None:
        conn = self.conn
        # SQLite may already have rolled back by itself (after SQLITE_FULL or an I/O error).
        with suppress(DatabaseError):
            if depth == 0:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            else:
                conn.execute(f"ROLLBACK TO sp{depth}")
                conn.execute(f"RELEASE sp{depth}")

    @contextmanager
    def bulk(self) -> Iterator[Connection]:
        """One transaction for bulk writing (demo data, imports): nested transactions inside
        it take no savepoints, which saves two statements per record. Any error rolls back
        the whole bulk transaction, so callers must not catch errors inside it."""
        with self._mutex, self.transaction() as conn:
            was_bulk, self._bulk = self._bulk, True
            try:
                yield conn
            finally:
                self._bulk = was_bulk

    def open_reader(self, cache_kib: int = READER_CACHE_KIB) -> Connection:
        """A second keyed connection for a background thread (same key, no lock), with a
        page cache of ``cache_kib`` KiB (freed when it is closed).

        Keyed with the raw key (:meth:`prepare_readers`: one key derivation the first time,
        off the UI thread); later ones open in milliseconds. Prefer :meth:`reader`, which
        wraps it for queries.
        """
        if self._key is None:
            raise LinkDeskError("The workspace is locked.")
        raw_key = self.prepare_readers()
        conn = None
        if raw_key is not None:
            conn = _try_key(self.path, raw_key)
        if conn is None:
            conn = _connect(self.path, self._key.value())
        try:
            _configure(conn, cache_kib)
        except DatabaseError as exc:
            conn.close()
            self._raise_typed(exc)
        return conn

    def prepare_readers(self) -> bytes | None:
        """Derive the raw key readers are opened with, if not yet done (one key derivation:
        call it off the UI thread, e.g. just after unlocking). Returns it (None: readers use
        the passphrase). Held wipeable (store/keys.py) and wiped at lock or re-key."""
        if self._key is None:
            raise LinkDeskError("The workspace is locked.")
        material = self._key.value()
        with self._raw_key_lock:
            if self._raw_key is None:
                try:
                    raw = derive_raw_key(self._kdf, self.path, material)
                except OSError:
                    raw = None  # the passphrase still opens it, more slowly
                if raw is None:
                    return None
                self._raw_key = HeldKey(raw.encode("ascii"))
            return self._raw_key.value()

    def _forget_raw_key(self) -> None:
        with self._raw_key_lock:
            if self._raw_key is not None:
                self._raw_key.wipe()
                self._raw_key = None

    def reader(self, cache_kib: int = READER_CACHE_KIB) -> Reader:
        """A :class:`~linkdesk.store.reader.Reader` on a connection of its own, for long reads
        (reports, exports, checks) that must not hold up the UI's queries; its page cache is
        ``cache_kib`` KiB. Close it after."""
        return Reader(self.open_reader(cache_kib), self.path, self._raise_typed)

    def passphrase_matches(self, passphrase: str) -> bool:
        """True when ``passphrase`` (in any Unicode form) is this workspace's passphrase."""
        return self._key is not None and self._key.matches(passphrase)

    @property
    def passphrase(self) -> str:
        """The key in use, in its normal (NFC) form: kept only while unlocked, because backups
        default to it. Each call makes a copy Python cannot wipe; the held copy is wiped at
        :meth:`close`."""
        if self._key is None:
            raise LinkDeskError("The workspace is locked.")
        return self._key.text()

    def _pages_fail(self) -> bool:
        """True when SQLCipher's page check finds a page whose HMAC or size is wrong."""
        try:
            return bool(self.query("PRAGMA cipher_integrity_check"))
        except DatabaseError:
            return True

    def integrity_problems(self) -> list[str]:
        """What is wrong with the file, one sentence each (empty when sound).

        SQLCipher's ``cipher_integrity_check`` proves every page's HMAC and size (it catches
        stray bytes appended to the file, which a backup would refuse); SQLite's
        ``integrity_check`` proves the b-trees and indexes; ``foreign_key_check`` the links.
        Messages hold page numbers and table names only, never record contents. A drive or
        lock problem is raised as what it is.
        """
        problems: list[str] = []
        with self._mutex:
            with suppress(DatabaseError):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file
            page_size = int(self.scalar("PRAGMA page_size"))
            size = os.stat(self.path).st_size
            if size % page_size:
                problems.append(
                    f"the workspace file has {size % page_size} stray bytes at its end "
                    "(something was added to it)"
                )
            try:
                pages = [str(r[0]) for r in self.query("PRAGMA cipher_integrity_check")]
            except DatabaseError as exc:
                pages = [f"the page check could not run ({exc})"]
            if pages:
                problems.append(
                    f"{len(pages)} problem(s) in the workspace file's encrypted pages "
                    f"(first: {pages[0]})"
                )
            try:
                rows = [str(r[0]) for r in self.query("PRAGMA integrity_check")]
            except DatabaseError as exc:
                rows = [f"the check could not run ({exc})"]
            if rows != ["ok"]:
                problems.append(
                    f"SQLite's integrity check found {len(rows)} problem(s) (first: {rows[0]})"
                )
            try:
                fk = self.query("PRAGMA foreign_key_check")
            except DatabaseError:  # a damaged table: the checks above name the pages
                fk = []
                problems.append("the links between records cannot be checked (damaged pages)")
            if fk:
                table, rowid = fk[0][0], fk[0][1]
                problems.append(
                    f"{len(fk)} record(s) point at records that do not exist "
                    f"(first: {table} row {rowid})"
                )
        return problems

    def integrity_ok(self) -> bool:
        """Every check of :meth:`integrity_problems` passes (a drive or lock problem is raised
        as what it is)."""
        return not self.integrity_problems()

    def _rekey(self, key: bytes) -> None:
        with self._mutex:
            self.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.reset_key(key)  # PRAGMA rekey
            self.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            old, self._key = self._key, HeldKey(key)
            if old is not None:
                old.wipe()
            self._forget_raw_key()
            self._close_aside()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt every page with the new key; the old one stops working."""
        check_passphrase_rules(new_passphrase)
        self._rekey(key_bytes(new_passphrase))

    def close(self) -> None:
        """Anchor the audit log, checkpoint, close, wipe the key and release the instance lock.
        Safe to call twice."""
        self._close_aside()
        with self._mutex:
            if self._conn is not None:
                self.audit_guard.on_close()
                with suppress(DatabaseError):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
            if self._key is not None:
                self._key.wipe()
                self._key = None
            self._forget_raw_key()
            release_free_memory()  # the page caches just freed (support/memory.py)
            if self._protected:
                protected.release(self.path)
                self._protected = False
            self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
