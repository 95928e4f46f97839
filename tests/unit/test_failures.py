"""The one classification of SQLite and OS errors (store/failures.py), case by case."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
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
    UnsupportedDriveError,
)
from linkdesk.store.failures import (
    SQLITE_FULL,
    classify,
    from_os_error,
    sqlite_code,
)
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE


def _sqlite_error(message: str, code: int | None = None) -> sqlcipher3.OperationalError:
    exc = sqlcipher3.OperationalError(message)
    if code is not None:
        exc.sqlite_errorcode = code  # as the module sets it on a real error
    return exc


def test_the_module_gives_result_codes_on_real_errors(tmp_path: Path) -> None:
    conn = sqlcipher3.connect(str(tmp_path / "plain.db"))
    with pytest.raises(sqlcipher3.Error) as caught:
        conn.execute("SELECT * FROM no_such_table")
    assert sqlite_code(caught.value) == 1  # SQLITE_ERROR: a SQL error, not the drive
    assert classify(caught.value, path=tmp_path / "plain.db") is None
    conn.close()


@pytest.mark.parametrize(
    ("message", "code", "kind"),
    [
        ("database or disk is full", SQLITE_FULL, DiskFullError),
        ("database or disk is full", None, DiskFullError),  # no code: read from the text
        ("database is locked", 5, FileBusyError),
        ("database table is locked", 6, FileBusyError),
        ("attempt to write a readonly database", 8, ReadOnlyError),
        ("disk I/O error", 4874, UnsupportedDriveError),  # SQLITE_IOERR_SHMSIZE
        ("disk I/O error", 5386, UnsupportedDriveError),  # SQLITE_IOERR_SHMMAP
        ("attempt to write a readonly database", 1032, DriveError),  # READONLY_DBMOVED
    ],
)
def test_sqlite_codes(message: str, code: int | None, kind: type[LinkDeskError]) -> None:
    typed = classify(
        _sqlite_error(message, code), path=Path("/x/ws.linkdesk"), place=Place.WORKSPACE
    )
    assert type(typed) is kind
    assert "ws.linkdesk" in str(typed)
    assert "restore" not in str(typed)


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (errno.ENOSPC, DiskFullError),
        (errno.EDQUOT, DiskFullError),
        (errno.EROFS, ReadOnlyError),
        (errno.EACCES, ReadOnlyError),
        (errno.ENAMETOOLONG, NameTooLongError),
        (errno.EBUSY, FileBusyError),
        (errno.EIO, DriveError),
        (errno.ENODEV, DriveError),
    ],
)
def test_os_errors(number: int, kind: type[LinkDeskError]) -> None:
    exc = OSError(number, "reason", "/mnt/stick/file.ldbackup")
    typed = from_os_error(exc, place=Place.DESTINATION)
    assert type(typed) is kind
    assert typed is not None
    assert typed.exit_code != 3


def test_exdev_and_unknown_errnos() -> None:
    moved = from_os_error(OSError(errno.EXDEV, "Invalid cross-device link", "/a/b"))
    assert moved is not None
    assert "another drive" in str(moved)
    assert from_os_error(OSError(errno.EINVAL, "Invalid argument")) is None
    # A missing file is only "the drive went away" for a destination folder.
    assert from_os_error(OSError(errno.ENOENT, "gone"), place=Place.OTHER) is None
    assert isinstance(
        from_os_error(OSError(errno.ENOENT, "gone", "/s/x"), place=Place.DESTINATION), DriveError
    )


def test_windows_error_codes() -> None:
    class WinError(OSError):
        winerror = 32  # ERROR_SHARING_VIOLATION: another program has the file open

    # Python maps it to EACCES; it is another program, not a read-only drive.
    assert isinstance(
        from_os_error(WinError(errno.EACCES, "in use", "C:/w.linkdesk")), FileBusyError
    )


def test_corrupt_is_damage_only_when_a_page_check_fails(tmp_path: Path) -> None:
    path = tmp_path / "ws.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        # SQLite said "malformed", but every page checks out: the drive read badly.
        typed = classify(
            _sqlite_error("database disk image is malformed", 11), path=path, conn=ws.conn
        )
        assert type(typed) is DriveError
        assert "restore" not in str(typed)
        # Without a connection to check on, no verdict at all.
        assert classify(_sqlite_error("database disk image is malformed", 11), path=path) is None
    data = bytearray(path.read_bytes())
    data[4096 * 3 + 200 : 4096 * 3 + 264] = bytes(64)  # scribble over a page
    path.write_bytes(bytes(data))
    conn = sqlcipher3.connect(str(path))
    conn.set_key(PASSPHRASE.encode())
    typed = classify(_sqlite_error("database disk image is malformed", 11), path=path, conn=conn)
    conn.close()
    assert type(typed) is DamagedError
    assert "restore it from a backup" in str(typed)


def test_messages_name_files_readably() -> None:
    typed = DiskFullError.at(Path("/mnt/caf\udce9/x.ldbackup"), Place.DESTINATION)
    assert "caf\ufffd" in str(typed)
    str(typed).encode("utf-8")  # always encodable
    long = NameTooLongError.at(Path("/d/" + "n" * 300 + ".linkdesk"), length=309, limit=255)
    assert len(str(long)) < 220
    assert ".linkdesk" in str(long)
