"""What actually went wrong: SQLite/SQLCipher and OS errors classified into typed errors.

One classification for the whole app (``classify``): the workspace uses it on every statement,
the write paths (backup, restore, merge, import, erase, migration) with the place they were
writing, and the CLI and GUI as their last word on an exception nobody classified.

Sources: SQLite result codes, https://www.sqlite.org/rescode.html (primary codes are the low
8 bits of an extended code); POSIX errno names; Windows system error codes
(learn.microsoft.com, "System Error Codes (0-499)").

Only a failed page check (``cipher_integrity_check`` / ``quick_check``) makes an error
"damaged"; SQLITE_CORRUPT whose pages then check out is a drive that read badly.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import sqlcipher3

from linkdesk.domain.errors import (
    DamagedError,
    DiskFullError,
    DriveError,
    FileBusyError,
    LinkDeskError,
    NameTooLongError,
    Place,
    ReadOnlyError,
    StorageError,
    UnsupportedDriveError,
)
from linkdesk.domain.filenames import display_path
from linkdesk.store.drives import OPEN_SUFFIXES, Probe, filesystem_name, longest_name, probe_folder

# The database's own error (store/workspace.py re-exports it): here, so that naming a failure
# (services/errors.py, before the unlock screen) needs no workspace code.
DatabaseError = sqlcipher3.dbapi2.DatabaseError

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOTADB = 26

# Extended codes that mean "the shared-memory WAL index cannot work on this file system".
SQLITE_IOERR_SHM = {
    4618,  # SQLITE_IOERR_SHMOPEN
    4874,  # SQLITE_IOERR_SHMSIZE
    5130,  # SQLITE_IOERR_SHMLOCK
    5386,  # SQLITE_IOERR_SHMMAP
    1288,  # SQLITE_READONLY_CANTINIT
}
SQLITE_READONLY_DBMOVED = 1032  # the file was moved or deleted while open (a sync tool)

# The codes of the environment (drive, locks, memory), never of the SQL or the data.
ENVIRONMENT_CODES = frozenset(
    {SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL,
     SQLITE_CANTOPEN, SQLITE_PROTOCOL}
)  # fmt: skip
DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})

# sqlcipher3 0.6 gives primary codes only (sqlite_errorcode 10, never 3850 for a short
# read); older builds give none at all, so the message text is the fallback.
_BY_MESSAGE = {
    "database or disk is full": SQLITE_FULL,
    "disk i/o error": SQLITE_IOERR,
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "attempt to write a readonly database": SQLITE_READONLY,
    "unable to open database file": SQLITE_CANTOPEN,
    "file is not a database": SQLITE_NOTADB,
    "database disk image is malformed": SQLITE_CORRUPT,
    "locking protocol": SQLITE_PROTOCOL,
    "out of memory": SQLITE_NOMEM,
}

_BUSY_ERRNOS = {errno.EBUSY, errno.ETXTBSY}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", -1)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_MISSING_ERRNOS = {errno.ENOENT, errno.ENOTDIR}
_GONE_ERRNOS = {
    errno.EIO, errno.ENXIO, errno.ENODEV,
    getattr(errno, "ESTALE", -1), getattr(errno, "ENOTCONN", -1),
    getattr(errno, "EHOSTDOWN", -1), getattr(errno, "ETIMEDOUT", -1),
}  # fmt: skip
# Windows system error codes Python leaves without a matching errno.
_WIN_BUSY = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WIN_READ_ONLY = {19}  # ERROR_WRITE_PROTECT
_WIN_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_GONE = {21, 1006, 1167}  # ERROR_NOT_READY, ERROR_FILE_INVALID, ERROR_DEVICE_NOT_CONNECTED
_WIN_NAME = {206}  # ERROR_FILENAME_EXCED_RANGE


def sqlite_extended_code(exc: BaseException) -> int | None:
    """The (extended, when the module gives it) SQLite result code of ``exc``, or None."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code
    text = str(exc).strip().lower()
    for start, primary in _BY_MESSAGE.items():
        if text.startswith(start):
            return primary
    return None


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc`` (SQLITE_FULL = 13 …), or None."""
    code = sqlite_extended_code(exc)
    return None if code is None else code & 0xFF


def is_environmental(exc: BaseException) -> bool:
    """True for SQLite errors that come from the drive, locks or memory, not SQL or data."""
    return isinstance(exc, sqlcipher3.Error) and sqlite_code(exc) in ENVIRONMENT_CODES


def confirm_damage(conn: Any) -> bool | None:
    """Run the page checks: True when they fail (really damaged), False when every page
    checks out, None when they could not run (the drive itself is failing).

    ``cipher_integrity_check`` proves each page's HMAC under the key; ``quick_check`` the
    b-trees. Both read the whole file: this is for the error path only.
    """
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            return True
        return bool(conn.execute("PRAGMA main.quick_check").fetchall() != [("ok",)])
    except sqlcipher3.Error as exc:
        return True if sqlite_code(exc) in DAMAGE_CODES else None


def from_os_error(
    exc: OSError, *, path: Path | str | None = None, place: Place = Place.OTHER
) -> StorageError | None:
    """A typed error for an OSError from the drive, or None for one that is not about it."""
    where: Path | str | None = path if path is not None else exc.filename
    if isinstance(where, bytes):
        where = os.fsdecode(where)
    code, winerror = exc.errno, getattr(exc, "winerror", None)
    if code in _FULL_ERRNOS or winerror in _WIN_FULL:
        return DiskFullError.at(where, place)
    if code == errno.ENAMETOOLONG or winerror in _WIN_NAME:
        return NameTooLongError.at(exc.filename if exc.filename else where)
    if code in _BUSY_ERRNOS or winerror in _WIN_BUSY:
        return FileBusyError.at(where)
    if code in _READ_ONLY_ERRNOS or winerror in _WIN_READ_ONLY:
        return ReadOnlyError.at(where, place)
    if code == errno.EXDEV:
        return StorageError(
            f"LinkDesk could not move {display_path(Path(where or '').name) or 'a file'} into "
            "place: its folder is on another drive than the temporary copy — nothing was "
            "changed.",
            path=where,
        )
    if code in _GONE_ERRNOS or winerror in _WIN_GONE:
        return DriveError.at(where, place)
    if code in _MISSING_ERRNOS and place is Place.DESTINATION:  # the folder went away
        return DriveError.at(where, place)
    return None


def _diagnose(path: Path | None, place: Place) -> StorageError:
    """An I/O or can't-open error: test the folder for real to say which it is."""
    if path is None or place is Place.SOURCE:  # never write into someone else's folder
        return DriveError.at(path, place)
    longest, limit = longest_name(path, OPEN_SUFFIXES)
    if longest > limit:
        return NameTooLongError.at(path, length=longest, limit=limit)
    probe = probe_folder(path.parent)
    if probe is Probe.READ_ONLY:
        return ReadOnlyError.at(path, place)
    if probe is Probe.FULL:
        return DiskFullError.at(path, place)
    if probe is Probe.NO_WAL:
        return UnsupportedDriveError.at(path, place, fs=filesystem_name(path.parent))
    if probe is Probe.OK and path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return ReadOnlyError.at(path, place)
    return DriveError.at(path, place)


def from_sqlite_error(
    exc: BaseException,
    *,
    path: Path | None,
    place: Place = Place.WORKSPACE,
    conn: Any = None,
    busy_seconds: float | None = None,
) -> LinkDeskError | None:
    """A typed error for an environmental SQLite error; None for SQL or data errors.

    SQLITE_CORRUPT and SQLITE_NOTADB are classified only when ``conn`` is given (the pages are
    checked on it); at unlock NOTADB means a wrong key, which the caller says itself.
    """
    extended = sqlite_extended_code(exc)
    code = None if extended is None else extended & 0xFF
    if code == SQLITE_FULL:
        return DiskFullError.at(path, place)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return FileBusyError.at(path, seconds=busy_seconds)
    if extended in SQLITE_IOERR_SHM:
        fs = filesystem_name(path.parent) if path is not None else None
        return UnsupportedDriveError.at(path, place, fs=fs)
    if extended == SQLITE_READONLY_DBMOVED:
        return DriveError.at(path, place)
    if code == SQLITE_READONLY:
        return ReadOnlyError.at(path, place)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_PROTOCOL):
        return _diagnose(path, place)
    if code == SQLITE_NOMEM:
        return LinkDeskError(
            "The computer ran out of memory: close other programs, then try again — "
            "nothing was changed."
        )
    if code in DAMAGE_CODES and conn is not None:
        damaged = confirm_damage(conn)
        if damaged:
            return DamagedError.at(path)
        # The pages check out (or could not be read at all): the drive read badly.
        return DriveError.at(path, place)
    return None


def classify(
    exc: BaseException,
    *,
    path: Path | str | None = None,
    place: Place = Place.OTHER,
    conn: Any = None,
    busy_seconds: float | None = None,
) -> LinkDeskError | None:
    """The typed error for ``exc`` (itself when it already is one), or None if it is not a
    drive, lock or damage problem (a bug or bad input: the caller's own message stands)."""
    if isinstance(exc, LinkDeskError):
        return exc
    where = None if path is None else Path(path)
    if isinstance(exc, sqlcipher3.Error):
        return from_sqlite_error(exc, path=where, place=place, conn=conn, busy_seconds=busy_seconds)
    if isinstance(exc, OSError):
        return from_os_error(exc, path=where, place=place)
    return None
