"""Private files and folders: 0600 / 0700 whatever the process umask, never through a link.

SQLite creates a database's ``-wal`` and ``-shm`` files with the database file's own mode
(``findCreateFileMode`` in SQLite's unix VFS), so a workspace made 0600 keeps its companions
0600 too; :func:`tighten` fixes files made by older versions.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
POSIX = os.name == "posix"
# 0 where the platform has no such flag (Windows has no O_NOFOLLOW; a symlink there needs
# an administrator or developer mode to make).
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
O_BINARY = getattr(os, "O_BINARY", 0)
O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
# fchmod on a file system without POSIX modes (FAT through FUSE, some SMB mounts).
_NO_MODES = {errno.ENOSYS, errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EINVAL}


def create_exclusive(path: Path, mode: int = PRIVATE_FILE_MODE) -> int:
    """Create ``path`` for writing; it must not exist (not even as a dangling link).

    Returns an open file descriptor. The mode is set exactly with ``fchmod`` afterwards, so
    the umask can neither widen nor narrow it. Raises ``FileExistsError`` when anything is
    already at ``path`` and ``OSError`` (``ELOOP`` on some systems) for a link.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_BINARY
    fd = os.open(path, flags, mode)
    if POSIX:
        try:
            os.fchmod(fd, mode)
        except OSError as exc:
            # FAT, exFAT and some network shares have no POSIX modes (ENOSYS, EPERM...):
            # there the mount's own permissions apply, and the file was still made
            # exclusively. Anything else is a real failure.
            if exc.errno not in _NO_MODES:
                os.close(fd)
                raise
        except BaseException:
            os.close(fd)
            raise
    return fd


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file at ``path`` (which must not exist) and close it."""
    os.close(create_exclusive(path, PRIVATE_FILE_MODE))


def make_private_dir(path: Path) -> Path:
    """Make ``path`` and its missing parents as 0700 folders (``mkdir(parents=True)`` would
    give the parents the umask's mode); ``path`` itself, when it is already there, is a
    folder of LinkDesk's own and is tightened to 0700. Folders that already existed above
    it are left alone. Returns ``path``."""
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        tighten(folder, PRIVATE_DIR_MODE)
        if POSIX and not folder.is_symlink():
            with contextlib.suppress(OSError):
                os.chmod(folder, PRIVATE_DIR_MODE)  # exact, whatever the umask took away
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a folder")
    tighten(path, PRIVATE_DIR_MODE)
    return path


def is_private(path: Path) -> bool:
    """True when nobody but the owner may read or write ``path`` (always True off POSIX)."""
    if not POSIX:
        return True
    return stat.S_IMODE(os.lstat(path).st_mode) & 0o077 == 0


def tighten(path: Path, mode: int = PRIVATE_FILE_MODE) -> bool:
    """Take group and other permissions away from our own file or folder at ``path``.

    Links are left alone (never followed), as are files owned by someone else and systems
    without POSIX modes. Returns True when the mode was changed.
    """
    if not POSIX:
        return False
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
        return False
    if stat.S_IMODE(info.st_mode) & 0o077 == 0:
        return False
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
        return True
    return False
