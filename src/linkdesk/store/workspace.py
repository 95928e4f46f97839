"""The encrypted workspace file: create, unlock, migrate, transact, rekey, close."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, NoReturn, TypeAlias

import sqlcipher3

from linkdesk.domain.clock import new_id, utc_now
from linkdesk.domain.errors import LinkDeskError, Place, UnlockError
from linkdesk.domain.filenames import display_path
from linkdesk.store import sql_functions
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
from linkdesk.store.instance_lock import InstanceLock
from linkdesk.store.migrations import backup_path, copy_before_migration, run_migrations
from linkdesk.store.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
CACHE_KIB = 128 * 1024  # decrypted pages stay in memory; SQLCipher re-decrypts evicted ones
BUSY_TIMEOUT_MS = 5000
MIN_PASSPHRASE_LENGTH = 8

Connection: TypeAlias = Any  # sqlcipher3.dbapi2.Connection (the package has no type stubs)
DatabaseError = sqlcipher3.dbapi2.DatabaseError


def _key_bytes(passphrase: str) -> bytes:
    return passphrase.encode("utf-8")


def busy_seconds() -> float:
    return BUSY_TIMEOUT_MS / 1000


def storage_error(
    exc: BaseException, path: Path, place: Place = Place.WORKSPACE, conn: Connection = None
) -> LinkDeskError | None:
    """The typed error for a failure on the workspace at ``path`` (see store/failures.py)."""
    return classify(exc, path=path, place=place, conn=conn, busy_seconds=busy_seconds())


def _connect(path: Path, passphrase: str, place: Place = Place.WORKSPACE) -> Connection:
    """Open and key a connection; the first statement after set_key proves the key.

    A key that does not decrypt page 1 reads as SQLITE_NOTADB: "wrong passphrase, or not a
    workspace" (SQLCipher cannot tell them apart). Anything else the drive or another
    program caused (I/O, locks, read-only, full, no WAL) is said as what it is.
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
        conn.set_key(_key_bytes(passphrase))
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise LinkDeskError("This copy of LinkDesk has no encryption library; it will not run.")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            if sqlite_code(exc) in (SQLITE_NOTADB, SQLITE_CORRUPT) or not is_environmental(exc):
                raise UnlockError(
                    "Wrong passphrase, or this file is not a LinkDesk workspace."
                ) from None
            _raise_as(storage_error(exc, path, place), exc)
        return conn
    except BaseException:
        conn.close()
        raise


def _raise_as(typed: BaseException | None, exc: BaseException) -> NoReturn:
    """Raise ``typed`` (caused by ``exc``), or ``exc`` itself when there is no typed error."""
    if typed is None or typed is exc:
        raise exc
    raise typed from exc


def _configure(conn: Connection) -> None:
    for pragma in (
        "foreign_keys = ON",
        "journal_mode = WAL",
        "synchronous = FULL",
        "temp_store = MEMORY",
        "secure_delete = ON",
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        f"cache_size = -{CACHE_KIB}",
    ):
        conn.execute(f"PRAGMA {pragma}")


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
        self._passphrase: str | None = passphrase
        self._mutex = threading.RLock()
        self._depth = 0
        self._bulk = False

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
        lock = InstanceLock(path)
        lock_existed = lock.path.exists()
        lock.acquire(place=Place.NEW_FILE)
        conn: Connection = None
        try:
            conn = _connect(path, passphrase, Place.NEW_FILE)
            _configure(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            ws = cls(path, conn, lock, passphrase)
            ws._migrate(0, version)
            ws.execute("INSERT INTO meta (key, value) VALUES ('workspace_id', ?)", (new_id(),))
            ws.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (utc_now(),))
            return ws
        except BaseException as exc:
            # Leave nothing behind: not the file, its companions, nor a stale lock file.
            if conn is not None:
                conn.close()
            lock.release()
            for leftover in (path, *companions(path)):
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
            if not lock_existed:
                with suppress(OSError):
                    lock.path.unlink(missing_ok=True)
            if isinstance(exc, LinkDeskError) or not isinstance(exc, Exception):
                raise
            typed = storage_error(exc, path, Place.NEW_FILE)
            if typed is not None:
                raise typed from exc
            if isinstance(exc, DatabaseError):
                raise LinkDeskError(f"Could not create the workspace: {exc}.") from exc
            raise

    @classmethod
    def open(cls, path: Path | str, passphrase: str) -> Workspace:
        """Unlock an existing workspace, migrating it (after a backup copy) when older."""
        path = Path(path)
        cls.check_looks_like_workspace(path)
        check_name_length(path, OPEN_SUFFIXES)
        existed = {c for c in companions(path) if c.exists()}
        lock = InstanceLock(path)
        lock.acquire()
        try:
            conn = _connect(path, passphrase)
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
        if version < LATEST_VERSION:
            try:
                ws._backup_before_migration(version)
                ws._migrate(version, LATEST_VERSION)
            except BaseException:
                ws.close()
                raise
        return ws

    @staticmethod
    def check_looks_like_workspace(path: Path) -> None:
        """Cheap checks before trying a key, so nothing is created or changed on bad input."""
        shown = display_path(path)
        try:
            if not path.exists():
                raise LinkDeskError(f"There is no workspace at {shown}.")
            if path.is_dir():
                raise LinkDeskError(f"{shown} is a folder, not a workspace file.")
            with path.open("rb") as fh:
                head = fh.read(16)
            size = path.stat().st_size
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
        with self._mutex:
            try:
                return list(self.conn.execute(sql, params).fetchall())
            except DatabaseError as exc:
                self._raise_typed(exc)

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with self._mutex:
            try:
                row = self.conn.execute(sql, params).fetchone()
            except DatabaseError as exc:
                self._raise_typed(exc)
        return None if row is None else row[0]

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

    def open_reader(self) -> Connection:
        """A second keyed connection for a background thread (same passphrase, no lock)."""
        if self._passphrase is None:
            raise LinkDeskError("The workspace is locked.")
        conn = _connect(self.path, self._passphrase)
        try:
            _configure(conn)
        except DatabaseError as exc:
            conn.close()
            self._raise_typed(exc)
        return conn

    def passphrase_matches(self, passphrase: str) -> bool:
        return self._passphrase is not None and passphrase == self._passphrase

    @property
    def passphrase(self) -> str:
        """The key in use (kept only while unlocked: backups default to it)."""
        if self._passphrase is None:
            raise LinkDeskError("The workspace is locked.")
        return self._passphrase

    def integrity_ok(self) -> bool:
        """SQLite's integrity and foreign-key checks pass (a page that fails to read fails it;
        a drive or lock problem is raised as what it is)."""
        try:
            rows = self.query("PRAGMA integrity_check")
            fk = self.query("PRAGMA foreign_key_check")
        except DatabaseError as exc:
            if sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
                return False
            raise
        return rows == [("ok",)] and not fk

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt every page with the new key; the old one stops working."""
        check_passphrase_rules(new_passphrase)
        with self._mutex:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.reset_key(_key_bytes(new_passphrase))  # PRAGMA rekey
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._passphrase = new_passphrase

    def close(self) -> None:
        """Checkpoint, close and release the instance lock. Safe to call twice."""
        with self._mutex:
            if self._conn is not None:
                with suppress(DatabaseError):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
            self._passphrase = None
            self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
