"""One LinkDesk instance per workspace, through a lock that deleting a file cannot bypass.

- **Linux**: an open-file-description lock (``F_OFD_SETLK``, Linux 3.15+; ``flock`` on older
  kernels) on the *workspace file itself*, on one byte at offset 2**62. SQLite's own POSIX
  locks sit near offset 2**30 (``PENDING_BYTE``), so the two never meet, and OFD locks are
  not dropped when SQLite closes one of its own descriptors. There is no lock file to
  delete; deleting the workspace itself leaves the running instance with the only copy.
- **Windows**: ``msvcrt`` locking of ``<workspace>.lock`` (the ``filelock`` library).
  Windows refuses to delete a file another process holds open, so the lock file stays.
- **Other POSIX systems (macOS, BSD)**: ``flock`` on ``<workspace>.lock``, opened without
  following links and checked to be the file now at that name. There, deleting the lock file
  while it is held *does* let a second instance in: macOS has no public OFD locks, and its
  ``flock`` and ``fcntl`` locks share one table, so locking the database itself could block
  SQLite. Documented limit.

The OS drops every one of these locks when the process dies (kill -9 included).

Closing *any* descriptor of a file drops every POSIX lock the process holds on it, which
would silently unlock SQLite connections still open on the workspace (SQLite's "How To
Corrupt" §2.2). So on Linux a descriptor is opened only when no lock on that file is held in
this process, and after release it is kept (unlocked, at most ``_SPARE_MAX`` of them) for the
next unlock instead of being closed.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import sys
import threading
from collections import OrderedDict
from pathlib import Path

from linkdesk.domain.errors import LinkDeskError, Place, WorkspaceInUseError
from linkdesk.domain.filenames import display_path
from linkdesk.fileio.private import O_CLOEXEC, O_NOFOLLOW, PRIVATE_FILE_MODE
from linkdesk.store.failures import from_os_error

IN_USE = "This workspace is already open in another LinkDesk window; close it there first."
LOCK_OFFSET = 1 << 62  # far above SQLite's lock bytes (2**30) and any real database size
_SPARE_MAX = 32

_FileKey = tuple[int, int]  # (st_dev, st_ino)
_registry = threading.Lock()
_held: dict[_FileKey, InstanceLock] = {}
_spare: OrderedDict[_FileKey, int] = OrderedDict()


class _Flock(ctypes.Structure):
    """``struct flock`` as the C library lays it out (ctypes adds the padding)."""

    _fields_ = [
        ("l_type", ctypes.c_short),
        ("l_whence", ctypes.c_short),
        ("l_start", ctypes.c_int64),
        ("l_len", ctypes.c_int64),
        ("l_pid", ctypes.c_int),
    ]


def _ofd(fd: int, lock_type: int) -> None:
    import fcntl

    request = _Flock(lock_type, os.SEEK_SET, LOCK_OFFSET, 1, 0)
    fcntl.fcntl(fd, fcntl.F_OFD_SETLK, bytes(request))


def _lock_fd(fd: int) -> None:
    """Lock ``fd`` without waiting; BlockingIOError/PermissionError when someone holds it."""
    import fcntl

    if hasattr(fcntl, "F_OFD_SETLK"):
        try:
            _ofd(fd, fcntl.F_WRLCK)
            return
        except OSError as exc:
            if exc.errno != errno.EINVAL:  # EINVAL: a kernel older than 3.15
                raise
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock_fd(fd: int) -> None:
    import fcntl

    if hasattr(fcntl, "F_OFD_SETLK"):
        with contextlib.suppress(OSError):
            _ofd(fd, fcntl.F_UNLCK)
    fcntl.flock(fd, fcntl.LOCK_UN)


def _after_fork_in_child() -> None:
    """A forked child owns none of its parent's locks: forget them and close the copies, so
    the child can neither share the parent's lock nor keep it alive after the parent died."""
    global _registry
    _registry = threading.Lock()
    for lock in list(_held.values()):
        if lock._fd is not None:
            os.close(lock._fd)
            lock._fd = None
    _held.clear()
    while _spare:
        os.close(_spare.popitem()[1])


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class InstanceLock:
    """Held while a workspace is open; see the module notes for each platform."""

    def __init__(self, workspace_path: Path) -> None:
        self.workspace_path = Path(workspace_path)
        self.lock_file: Path | None = None  # a separate file, on platforms that need one
        self._fd: int | None = None
        self._key: _FileKey | None = None
        self._other: object = None  # filelock.FileLock on Windows
        if not sys.platform.startswith("linux"):
            self.lock_file = self.workspace_path.with_name(self.workspace_path.name + ".lock")

    @property
    def is_held(self) -> bool:
        return self._fd is not None or self._other is not None

    def acquire(self, place: Place = Place.WORKSPACE) -> None:
        """Take the lock now or raise :class:`WorkspaceInUseError`; never waits. A drive that
        cannot hold the lock is said as what it is (read-only, full, name too long…), about
        the workspace, not its folder."""
        if self.is_held:
            return
        try:
            if sys.platform.startswith("linux"):
                self._acquire_workspace_file()
            elif os.name == "nt":
                self._acquire_windows()
            else:
                self._acquire_lock_file()
        except (WorkspaceInUseError, LinkDeskError):
            raise
        except OSError as exc:
            typed = from_os_error(exc, path=self.workspace_path, place=place)
            if typed is not None:
                raise typed from None
            raise LinkDeskError(
                f"Cannot use the folder {display_path(self.workspace_path.parent)} "
                f"({exc.strerror or exc})."
            ) from None

    def release(self, *, close: bool = False) -> None:
        """Let go of the lock. Safe to call twice.

        ``close``: close the descriptor instead of keeping it for the next unlock, for a file
        about to be deleted (a FUSE drive keeps a deleted file that is still open as a hidden
        ``.fuse_hidden…`` file). Only when no SQLite connection in this process has it open.
        """
        if os.name == "nt":
            other, self._other = self._other, None
            if other is not None:
                other.release(force=True)  # type: ignore[attr-defined]  # filelock.FileLock, held as object
            return
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if self.lock_file is not None:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
            return
        with _registry:
            _unlock_fd(fd)
            key, self._key = self._key, None
            if key is not None and _held.get(key) is self:
                del _held[key]
            try:
                gone = os.fstat(fd).st_nlink == 0
            except OSError:
                gone = True
            if gone or close or key is None:
                os.close(fd)
                return
            _spare[key] = fd
            while len(_spare) > _SPARE_MAX:
                os.close(_spare.popitem(last=False)[1])

    # -- Linux: the workspace file itself ---------------------------------------------------

    def _acquire_workspace_file(self) -> None:
        path = self.workspace_path
        with _registry:
            info = os.stat(path)
            key = (info.st_dev, info.st_ino)
            if key in _held:
                raise WorkspaceInUseError(IN_USE)
            fd = _spare.pop(key, None)
            if fd is None:
                fd = os.open(path, os.O_RDWR | O_CLOEXEC)
                opened = os.fstat(fd)
                if (opened.st_dev, opened.st_ino) != key:  # replaced between stat and open
                    os.close(fd)
                    raise LinkDeskError(f"The workspace {path.name} changed while opening it.")
            try:
                _lock_fd(fd)
            except (BlockingIOError, PermissionError):
                _spare[key] = fd  # not closed: see the module notes
                raise WorkspaceInUseError(IN_USE) from None
            except BaseException:
                _spare[key] = fd
                raise
            self._fd, self._key = fd, key
            _held[key] = self

    # -- Windows: a lock file that cannot be deleted while held -----------------------------

    def _acquire_windows(self) -> None:
        from filelock import FileLock, Timeout

        # Not thread-local: the GUI unlocks on a worker thread and locks on the UI thread.
        lock = FileLock(str(self.lock_file), timeout=0, thread_local=False)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise WorkspaceInUseError(IN_USE) from None
        self._other = lock

    # -- macOS, BSD: a lock file checked to be the one at its name --------------------------

    def _acquire_lock_file(self) -> None:
        import fcntl

        assert self.lock_file is not None
        for _ in range(5):
            fd = os.open(
                self.lock_file, os.O_RDWR | os.O_CREAT | O_NOFOLLOW | O_CLOEXEC, PRIVATE_FILE_MODE
            )
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except (BlockingIOError, PermissionError):
                os.close(fd)
                raise WorkspaceInUseError(IN_USE) from None
            held, now = os.fstat(fd), _lstat_or_none(self.lock_file)
            if now is not None and (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino):
                self._fd = fd
                return
            os.close(fd)  # deleted or replaced after we opened it: try the new one
        raise LinkDeskError(f"The lock file {self.lock_file} keeps changing; try again.")


def _lstat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None
