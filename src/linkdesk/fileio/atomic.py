"""Atomic, verified writes into a folder that may be shared, hostile or a flaky network drive.

Every file LinkDesk writes into a user's or shared folder goes through :func:`atomic_write`:

1. a temp file is *created exclusively* (``O_CREAT | O_EXCL | O_NOFOLLOW``) in the destination
   folder under an unpredictable name, ``.<name>.<16 random hex>.partial``, with the exact
   mode asked for (0600 unless told otherwise) whatever the umask. A file or link planted at
   any name is never opened, followed or truncated;
2. the data is written, flushed and fsynced;
3. the temp file is renamed over the target (``overwrite=True``) or linked to it without ever
   replacing anything (``overwrite=False``: ``link()``, else ``renameat2(RENAME_NOREPLACE)``);
4. the folder is fsynced, so the new name survives a power cut;
5. read back: the bytes are read again through another descriptor, on a second thread
   trailing the writes (the rest while the fsync of step 2 waits for the drive), compared
   byte for byte with what was written and hashed (SHA-256, once: the digest returned is
   of the bytes read back); a big file's data is flushed to the drive on the way (and, once
   compared and flushed, dropped from the OS cache). Then the
   target, opened again without following links, is proven the same file (device, inode,
   size; read back again by its name where a drive cannot say). On any failure the temp
   file, or the target, is removed: no partial file is left behind.

A crash (kill -9, power cut) between 1 and 3 can leave a ``.partial`` file; those match
:func:`partial_glob` and hold nothing LinkDesk still needs.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import os
import secrets
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor
from io import FileIO
from pathlib import Path
from typing import BinaryIO

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.filenames import display_path
from linkdesk.fileio.private import (
    O_BINARY,
    O_CLOEXEC,
    O_NOFOLLOW,
    POSIX,
    PRIVATE_FILE_MODE,
    create_exclusive,
)
from linkdesk.fileio.protected import refuse_if_protected

CHUNK = 1 << 20
PARTIAL_SUFFIX = ".partial"
_TRIES = 8  # fresh random names to try when one is taken (only ever by a planted file)


OnError = Callable[[OSError, Path], LinkDeskError]


def plain_write_error(exc: OSError, where: Path) -> LinkDeskError:
    """One plain sentence for a failed write to ``where`` (callers with a finer
    classification, such as ``exchange.atomic.write_error``, pass their own ``on_error``)."""
    name, folder = display_path(where.name), display_path(where.parent)
    if exc.errno == errno.ENOSPC:
        return LinkDeskError(f"There is not enough space on the drive for {name}.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return LinkDeskError(f"LinkDesk is not allowed to write to {folder} (it may be read-only).")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.EIO):
        return LinkDeskError(f"The folder {folder} is not available (was the drive unplugged?).")
    return LinkDeskError(f"Could not write {name}: {exc.strerror or exc}.")


def _link_or_folder_error(exc: OSError, where: Path) -> LinkDeskError | None:
    """What no drive classification knows: a planted link, or a folder at the name."""
    name, folder = display_path(where.name), display_path(where.parent)
    if exc.errno == errno.ELOOP:
        return LinkDeskError(
            f"{name} in {folder} is a link; LinkDesk does not write through links."
        )
    if exc.errno == errno.EISDIR:
        return LinkDeskError(f"There is a folder called {name} in {folder}; choose another name.")
    return None


def describe_os_error(exc: OSError, where: Path) -> str:
    """One plain sentence for a failed write to ``where``."""
    return str(_link_or_folder_error(exc, where) or plain_write_error(exc, where))


def require_folder(folder: Path, on_error: OnError = plain_write_error) -> Path:
    """The destination must already exist: an unplugged drive is an error, not a folder to make."""
    try:
        present = folder.is_dir()
    except OSError as exc:  # e.g. a name too long for the drive
        raise on_error(exc, folder / ".") from None
    if not present:
        raise LinkDeskError(
            f"The folder {display_path(folder)} is not available (is the drive plugged in?)."
        )
    return folder


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` durable (a no-op where folders cannot be
    fsynced, e.g. Windows)."""
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY | O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:  # some network file systems refuse fsync on a folder
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    fd = os.open(path, os.O_RDONLY | O_CLOEXEC | O_BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_file(path: Path, *, follow_links: bool = True) -> str:
    """SHA-256 (hex) of a file's bytes; with ``follow_links=False`` a link is refused (ELOOP)."""
    flags = os.O_RDONLY | O_CLOEXEC | O_BINARY | (0 if follow_links else O_NOFOLLOW)
    digest = hashlib.sha256()
    with os.fdopen(os.open(path, flags), "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# The temp name adds this many bytes to the target's name: "." + "." + 16 hex + ".partial".
_PARTIAL_EXTRA = 2 + 16 + len(PARTIAL_SUFFIX)
_SHORT_NAME = 64  # bytes: names this short are embedded whole (any drive holds them + 26)


def _partial_stem(name: str) -> str:
    """``name`` as embedded in its temp name: whole when short, else cut (whole characters)
    so the temp name is no longer than ``name`` itself. A name the drive accepts (244
    bytes, say) must not be refused because its temp name would pass 255."""
    if len(os.fsencode(name)) <= _SHORT_NAME:
        return name
    budget = len(os.fsencode(name)) - _PARTIAL_EXTRA
    stem = name
    while len(os.fsencode(stem)) > budget:
        stem = stem[:-1]
    return stem


def partial_name(target: Path) -> Path:
    """An unpredictable temp name beside ``target``: ``.<name>.<16 hex>.partial``, with a
    long name cut so the temp name is never longer than the target's own."""
    stem = _partial_stem(target.name)
    return target.with_name(f".{stem}.{secrets.token_hex(8)}{PARTIAL_SUFFIX}")


def partial_glob(name: str) -> str:
    """The glob that finds crash leftovers of :func:`atomic_write` for a file called ``name``
    (e.g. ``folder.glob(partial_glob("x.pdf"))``)."""
    return f".{_partial_stem(name)}.*{PARTIAL_SUFFIX}"


# Bytes written but not yet read back and compared (bounded memory, kept small for the
# GUI's peak: the writer waits; the read back is ~3x faster than the writing).
READ_BACK_QUEUE = 8 << 20
# Bytes read back between early flushes to the drive: a big file's data reaches the drive
# while the rest is still being written, so the final fsync has little left to wait for.
FLUSH_EVERY = 64 << 20
# Early flushes asked for and not yet done before the read back waits for the oldest
# (:class:`_Flusher`): the drive may lag the copy by about this many FLUSH_EVERY ranges.
_FLUSHES_AHEAD = 2


class _Written:
    """A write-only binary file that hands every write, exactly as written, to the read back
    (:func:`_read_back`), at most :data:`READ_BACK_QUEUE` bytes ahead of it."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.queue: deque[bytes] = deque()  # written, not yet read back
        self.queued = 0  # their bytes
        self.moves = 0  # writes and flushes so far (the read back waits for this to move)
        self.state = "writing"  # then "flushed" (all in the file) or "stopped" (failed)
        self.reading = True  # False once the read back has ended (done or failed)
        self.changed = threading.Condition()

    def write(self, data: bytes) -> int:
        item = bytes(data)  # what is compared with the read back (a copy unless immutable)
        if self.queued > READ_BACK_QUEUE:
            # Everything queued into the file first, so the read back can catch up.
            self._raw.flush()
            with self.changed:
                self.moves += 1
                self.changed.notify_all()
                while self.reading and self.queued > READ_BACK_QUEUE:
                    self.changed.wait()
        written = self._raw.write(item)
        with self.changed:
            if self.reading:  # else it has failed: its error is raised after the writing
                self.queue.append(item)
                self.queued += len(item)
            self.moves += 1
            self.changed.notify_all()
        return written

    def wait(self, moves: int) -> str:
        """Wait until the writes moved on from ``moves`` or the writing is over; the state."""
        with self.changed:
            while self.state == "writing" and self.moves <= moves:
                self.changed.wait()
            return self.state

    def finish(self, state: str) -> None:
        with self.changed:
            self.state = state
            self.changed.notify_all()


def _read_back(
    path: Path, written: _Written, flush_fd: int | None
) -> tuple[str, bool, bool] | None:
    """Read the file at ``path`` back through its own descriptor (never through a link),
    trailing the writes of ``written``: every write is compared, byte for byte, with what
    the file then holds at its place, and the bytes read are hashed. ``(SHA-256 hex of the
    bytes read, whether they are all and exactly the ones written, whether the reading was
    deferred)``; None when the writing stopped. Deferred: the drive refused to read the file
    while it was written (EPERM), so the digest is of the bytes written and the caller reads
    the file back whole after its fsync. Every :data:`FLUSH_EVERY` bytes the file's data is
    flushed to the drive (``flush_fd``, the writer's descriptor; None: not here) on a thread
    of its own while the read back goes on (:class:`_Flusher`): an error there is raised,
    never swallowed (a failed flush is reported once, so the final fsync
    might not report it). Each range compared and flushed is then dropped from the OS's
    cache (``POSIX_FADV_DONTNEED``, advice only): a backup's gigabyte does not push the
    workspace's pages and the user's other files out of memory, and its next writes reuse
    the pages just freed instead of memory the system has not touched for a while (on a
    virtual machine that hands idle memory back to its host, those cost a fault each).

    The bytes are read into one reused buffer and compared with ``bytes == bytearray``
    (memcmp): no fresh allocation per write.

    Only whole writes are ever appended (nothing is rewritten), so every byte read is final."""
    digest = hashlib.sha256()
    same, deferred = True, False
    done = flushed = 0
    buffer = bytearray()  # the bytes read back, reused while the writes keep their size
    flusher: _Flusher | None = None
    try:
        fd = os.open(path, os.O_RDONLY | O_CLOEXEC | O_BINARY | O_NOFOLLOW)
        with os.fdopen(fd, "rb", buffering=0) as fh:
            if flush_fd is not None:
                flusher = _Flusher(flush_fd, fh.fileno())
            while True:
                with written.changed:
                    while not written.queue and written.state == "writing":
                        written.changed.wait()
                    if written.state == "stopped":
                        return None
                    if not written.queue:  # flushed, and every write compared
                        break
                    item = written.queue[0]
                got: bytes | bytearray
                if deferred:  # the drive refuses reads while writing: hash what is written
                    got = item
                else:
                    if len(buffer) != len(item):
                        buffer = bytearray(len(item))
                    try:
                        with memoryview(buffer) as into:
                            count = _read_exactly(fh, into, written)
                    except PermissionError:
                        # A drive that refuses to read a file while it is written (a FUSE
                        # FAT32 stick says EPERM): the bytes compared so far are the ones
                        # written, so the digest goes on over the written bytes, and the
                        # file is read back whole after the fsync (atomic_write).
                        deferred, count = True, len(item)
                    if count is None:
                        return None
                    got = item if deferred else buffer if count == len(buffer) else buffer[:count]
                same = same and got == item
                digest.update(got)
                with written.changed:
                    written.queue.popleft()
                    written.queued -= len(item)
                    written.changed.notify_all()
                done += len(got)
                if flusher is not None and done - flushed >= FLUSH_EVERY:
                    flusher.submit(done)  # every byte before ``done`` is compared
                    flushed = done
            if flusher is not None:
                flusher.finish()  # its errors are raised here, before any digest is given
            if deferred:
                return digest.hexdigest(), same, True
            extra = fh.read(1 << 16)
            while extra:  # bytes nobody wrote: not the file written
                same = False
                digest.update(extra)
                extra = fh.read(1 << 16)
        return digest.hexdigest(), same, False
    finally:
        if flusher is not None:
            flusher.close()
        with written.changed:
            written.reading = False
            written.changed.notify_all()


class _Flusher:
    """The read back's early flushes, on a thread of their own (issue 15, session 7).

    ``fdatasync`` waits for the drive (~1 s in all for a 1.2 GB backup); done on the read
    back's own thread it stopped the read back meanwhile, and so the writer, which runs at
    most :data:`READ_BACK_QUEUE` bytes ahead of it: the drive's time was added to the
    copy's. Here the flushes run in order on a second thread while the read back goes on;
    at most :data:`_FLUSHES_AHEAD` wait (a drive slower than the copy then slows the read
    back, and so the writer, as before). After each flush, the range compared before it was
    asked for (and not dropped yet) is dropped from the OS cache (:func:`_drop_cached`).
    A data error (EIO, ENOSPC, EDQUOT) is raised by the next :meth:`submit` or by
    :meth:`finish`, never swallowed; a drive that cannot flush early (EPERM on a FUSE FAT32
    stick) is left to the final fsync."""

    def __init__(self, flush_fd: int, cached_fd: int) -> None:
        self._flush_fd: int | None = flush_fd
        # Its own descriptor of the file (the advice is per file), closed by :meth:`close`
        # after the last flush, whatever the read back's own descriptor meanwhile.
        self._cached_fd = os.dup(cached_fd)
        self._dropped = 0  # bytes from the start already dropped from the cache
        self._pool: ThreadPoolExecutor | None = None
        self._pending: deque[futures.Future[None]] = deque()

    def submit(self, compared: int) -> None:
        """Flush the file, then drop its bytes before ``compared`` (all read back and
        compared) from the cache; returns at once unless :data:`_FLUSHES_AHEAD` wait."""
        while self._pending and (len(self._pending) >= _FLUSHES_AHEAD or self._pending[0].done()):
            self._pending.popleft().result()
        if self._flush_fd is None:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1)
        self._pending.append(self._pool.submit(self._flush, compared))

    def _flush(self, compared: int) -> None:
        fd = self._flush_fd
        if fd is None:
            return
        try:
            _flush_data(fd)
        except OSError as exc:
            # A drive that cannot flush early (a FUSE FAT32 stick says EPERM): only the
            # final fsync then. Data errors are raised (a failed flush is reported once).
            if exc.errno in (errno.EIO, errno.ENOSPC, errno.EDQUOT):
                raise
            self._flush_fd = None
            return
        # Compared and on the drive: no longer needed in memory.
        _drop_cached(self._cached_fd, self._dropped, compared - self._dropped)
        self._dropped = compared

    def finish(self) -> None:
        """Wait for every flush asked for; raise the first one's error."""
        while self._pending:
            self._pending.popleft().result()

    def close(self) -> None:
        """Stop (waiting for a flush under way; the rest are not started)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        os.close(self._cached_fd)


def _read_exactly(fh: FileIO, into: memoryview, written: _Written) -> int | None:
    """Fill ``into`` from ``fh`` (fewer bytes when the file ends first; how many are
    returned), waiting for bytes still in the writer's buffer; None when the writing
    stopped."""
    count = 0
    while count < len(into):
        with written.changed:
            state, moves = written.state, written.moves
        part = fh.readinto(into[count:])
        if part:
            count += part
        elif state == "flushed":
            break  # the file ends here
        elif written.wait(moves) == "stopped":
            return None
    return count


def _drop_cached(fd: int, offset: int, length: int) -> None:
    """Advise the OS that ``length`` bytes of the file at ``offset`` (already on the drive)
    are not needed again soon; nothing where there is no such advice (Windows, macOS)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None and length > 0:
        with contextlib.suppress(OSError):  # advice only: a drive may not take it
            advise(fd, offset, length, os.POSIX_FADV_DONTNEED)


def _flush_data(fd: int) -> None:
    """The file's data to the drive (``fdatasync`` where there is one, else ``fsync``)."""
    getattr(os, "fdatasync", os.fsync)(fd)


def _open_temp(path: Path, fd: int) -> BinaryIO:
    """The temp file as a binary file object (a seam: fault-injection tests replace it)."""
    return os.fdopen(fd, "wb")


def _exists(target: Path) -> LinkDeskError:
    return LinkDeskError(
        f"{display_path(target.name)} already exists in {display_path(target.parent)}."
    )


def _create_temp(target: Path, mode: int) -> tuple[Path, int]:
    for _ in range(_TRIES):
        tmp = partial_name(target)
        try:
            return tmp, create_exclusive(tmp, mode)
        except FileExistsError:
            continue
    raise LinkDeskError(f"Could not make a temporary file in {display_path(target.parent)}.")


def _renameat2_noreplace() -> Callable[[Path, Path], None] | None:
    """Linux's renameat2(RENAME_NOREPLACE) through libc, or None where it is missing."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # libc is loaded already (no ldconfig run)
        func = libc.renameat2
    except (OSError, AttributeError):
        return None
    at_fdcwd, rename_noreplace = -100, 1

    def rename(source: Path, target: Path) -> None:
        if func(at_fdcwd, os.fsencode(source), at_fdcwd, os.fsencode(target), rename_noreplace):
            err = ctypes.get_errno()
            raise OSError(err, os.strerror(err), str(target))

    return rename


def place_without_replacing(source: Path, target: Path) -> None:
    """Give ``source`` the name ``target`` atomically, never replacing anything already there.

    ``link()`` first (atomic, fails on any existing name, link or not); where the file system
    has no hard links (FAT, some SMB shares) ``renameat2(RENAME_NOREPLACE)`` on Linux, or
    ``rename`` on Windows (which never replaces). Raises ``FileExistsError`` when taken.
    """
    try:
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (
            errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK,
            errno.ENOSYS, errno.EACCES, errno.EINVAL,
        ):  # fmt: skip
            raise
    else:
        source.unlink()
        return
    if os.name == "nt":
        os.rename(source, target)  # never replaces an existing file on Windows
        return
    rename = _renameat2_noreplace()
    if rename is not None:
        try:
            rename(source, target)
            return
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
                raise
    # Last resort (no hard links, no renameat2): check, then rename. A race window remains.
    if os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, "File exists", str(target))
    os.rename(source, target)


def atomic_write(
    target: Path,
    write: Callable[[BinaryIO], object],
    *,
    overwrite: bool = True,
    mode: int = PRIVATE_FILE_MODE,
    on_error: OnError = plain_write_error,
    check_placed: Callable[[Path], object] | None = None,
) -> str:
    """Write ``target`` through ``write(fh)``; return the SHA-256 (hex) of what landed on disk.

    ``fh`` accepts ``write(bytes)`` only. ``overwrite=False`` never replaces an existing file
    (or link) at ``target``. ``mode`` is set exactly, whatever the umask (default 0600: every
    export may hold personal data). Raises :class:`LinkDeskError` with one sentence (a link at
    ``target``, a folder there, or what ``on_error`` makes of the OS error: full disk,
    read-only or vanished folder...), leaving nothing behind.

    ``check_placed(target)``, when given, is a further check of the file in place (e.g. a
    bundle opened with its key): it runs on a second thread while the name is proven to lead
    to the file written (:func:`_verify`), and when it raises, the
    file is removed and its exception propagates, as when the bytes differ.
    """
    target = Path(target)
    require_folder(target.parent, on_error)
    if not overwrite and os.path.lexists(target):
        raise _exists(target)
    refuse_if_protected(target)  # never the open workspace itself, whatever its name here
    tmp: Path | None = None
    held: int | None = None  # the written file, held open until its name is proven to lead to it
    try:
        tmp, fd = _create_temp(target, mode)
        with _open_temp(tmp, fd) as raw, ThreadPoolExecutor(max_workers=1) as pool:
            passing = _Written(raw)
            # The bytes are read back and compared on a second thread as they are written
            # (hashed there once, in C without the GIL), the rest while the fsync waits for
            # the drive. Where a file can be flushed through another thread's descriptor
            # (POSIX), its data is flushed as it goes (see _read_back).
            reading = pool.submit(_read_back, tmp, passing, raw.fileno() if POSIX else None)
            try:
                write(passing)  # type: ignore[arg-type]  # duck-typed: only write() is used
                raw.flush()
            except BaseException:
                passing.finish("stopped")
                raise
            passing.finish("flushed")
            try:
                os.fsync(raw.fileno())
            finally:
                futures.wait([reading])
            read_back = reading.result()
            if read_back is not None and read_back[2]:  # read back whole, now it is on the drive
                on_drive = sha256_file(tmp, follow_links=False)
                read_back = (on_drive, read_back[1] and on_drive == read_back[0], False)
            # Held open, its inode cannot be freed and its number given to another file.
            # (Windows cannot rename a file held open: there the name is read back.)
            held = os.dup(raw.fileno()) if POSIX else None
        written = os.fstat(held) if held is not None else None
        if read_back is None or not read_back[1]:
            raise _differs(target)
        expected = read_back[0]
        if overwrite:
            os.replace(tmp, target)
        else:
            try:
                place_without_replacing(tmp, target)
            except FileExistsError:
                raise _exists(target) from None
        tmp = None  # renamed or linked (and unlinked): nothing left to clean up
        fsync_dir(target.parent)
        if check_placed is None:
            _verify(target, expected, written)
        else:
            _verify_both(target, expected, written, check_placed)
        return expected
    except OSError as exc:
        raise (_link_or_folder_error(exc, target) or on_error(exc, target)) from None
    finally:
        if held is not None:
            os.close(held)
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _differs(target: Path) -> LinkDeskError:
    return LinkDeskError(
        f"{display_path(target.name)} did not read back correctly; nothing was saved."
    )


def _verify_both(
    target: Path,
    expected: str,
    written: os.stat_result | None,
    check_placed: Callable[[Path], object],
) -> None:
    """:func:`_verify` and ``check_placed(target)`` at the same time; the file is removed
    (after both have finished with it) when either fails."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        other = pool.submit(check_placed, target)
        try:
            _verify(target, expected, written, remove=False)
        except BaseException:
            futures.wait([other])
            target.unlink(missing_ok=True)
            raise
        try:
            other.result()
        except BaseException:
            target.unlink(missing_ok=True)
            raise


def _verify(
    target: Path, expected: str, written: os.stat_result | None, *, remove: bool = True
) -> None:
    """The bytes were read back before the rename (:func:`_read_back`): prove the
    name now leads to that very file, still held open (``written``: opened again without
    following links, same device, inode and size), or, where that cannot be said (Windows;
    network shares (SMB without server inode numbers) that show another inode number when
    the file is looked up again), read the bytes back by the name and compare."""
    fd = os.open(target, os.O_RDONLY | O_CLOEXEC | O_BINARY | O_NOFOLLOW)
    with os.fdopen(fd, "rb") as fh:
        placed = os.fstat(fh.fileno())
        same = (
            written is not None
            and written.st_ino != 0
            and (placed.st_dev, placed.st_ino, placed.st_size)
            == (written.st_dev, written.st_ino, written.st_size)
        )
        if same:
            return
        digest = hashlib.sha256()
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != expected:
        if remove:
            target.unlink(missing_ok=True)
        raise _differs(target)


def atomic_write_bytes(
    target: Path,
    data: bytes,
    *,
    overwrite: bool = True,
    mode: int = PRIVATE_FILE_MODE,
    on_error: OnError = plain_write_error,
) -> str:
    """:func:`atomic_write` of bytes held in memory."""
    return atomic_write(
        target, lambda fh: fh.write(data), overwrite=overwrite, mode=mode, on_error=on_error
    )


def atomic_copy(
    source: Path,
    target: Path,
    *,
    overwrite: bool = True,
    mode: int = PRIVATE_FILE_MODE,
    on_error: OnError = plain_write_error,
) -> str:
    """:func:`atomic_write` of a copy of ``source`` (a file LinkDesk made itself)."""

    def copy(fh: BinaryIO) -> None:
        with Path(source).open("rb") as src:
            while chunk := src.read(CHUNK):
                fh.write(chunk)

    return atomic_write(target, copy, overwrite=overwrite, mode=mode, on_error=on_error)
