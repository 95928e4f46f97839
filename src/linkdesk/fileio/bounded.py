"""Reading files that come from outside (import sources, manifests, passphrase files).

Bounded by the bytes actually read, never by ``stat``: ``/dev/zero`` reports a size of 0,
a FIFO has none, and a file can grow while it is read. Where an ordinary file is expected,
FIFOs, devices and sockets are refused at once; the open itself never blocks (``O_NONBLOCK``),
so a FIFO without a writer cannot hang LinkDesk.

Use :func:`read_bounded` for a whole small file, :func:`open_regular` plus
:class:`LimitedReader` to stream a large one with the same guarantees.
"""

from __future__ import annotations

import errno
import os
import select
import stat
import time
from pathlib import Path
from typing import BinaryIO

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.filenames import display_path
from linkdesk.fileio.private import O_BINARY, O_CLOEXEC, O_NONBLOCK, POSIX

_CHUNK = 1 << 16


class TooLargeError(LinkDeskError):
    """More bytes than the caller allows were read from a file."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not an ordinary file"


def _size_text(limit: int) -> str:
    if limit >= 1 << 20:
        return f"{limit / (1 << 20):g} MB"
    if limit >= 1 << 10:
        return f"{limit / (1 << 10):g} KB"
    return f"{limit} bytes"


def _cannot_read(path: Path, what: str, exc: OSError) -> LinkDeskError:
    return LinkDeskError(f"Cannot read the {what} {display_path(path)}: {exc.strerror or exc}.")


def _open(path: Path, what: str) -> int:
    """Open for reading without blocking (a FIFO with no writer would block forever)."""
    try:
        return os.open(path, os.O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_BINARY)
    except FileNotFoundError:
        raise LinkDeskError(f"There is no {what} at {display_path(path)}.") from None
    except IsADirectoryError:
        raise LinkDeskError(f"The {what} {display_path(path)} is a folder, not a file.") from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a FIFO opened for writing
            raise LinkDeskError(
                f"The {what} {display_path(path)} is not an ordinary file."
            ) from None
        raise LinkDeskError(
            f"Cannot read the {what} {display_path(path)}: {exc.strerror or exc}."
        ) from None


def _blocking(fd: int) -> None:
    if POSIX:
        os.set_blocking(fd, True)


def open_regular(path: Path, *, what: str = "file", os_errors: bool = False) -> BinaryIO:
    """Open an ordinary file for reading; refuse FIFOs, devices, sockets and folders at once.

    ``what`` names the file in messages ("manifest", "import file"). Raises
    :class:`LinkDeskError` with one sentence; with ``os_errors`` an ``OSError`` from the open
    itself is raised as it is, for callers that classify drive errors themselves. The caller
    closes the returned file.
    """
    if os_errors:
        fd = os.open(path, os.O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_BINARY)
    else:
        fd = _open(Path(path), what)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise LinkDeskError(
                f"The {what} {display_path(path)} is {_kind(mode)}, not an ordinary file; "
                "LinkDesk does not read from it."
            )
        _blocking(fd)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class LimitedReader:
    """A binary reader that raises :class:`TooLargeError` once more than ``limit`` bytes came.

    Wraps a file from :func:`open_regular` for streaming parsers (``csv``, ``ijson``...):
    memory stays bounded by the parser's buffer, and a file that grows while it is read
    stops at the limit. ``message`` replaces the default "is larger than" sentence (e.g. "it
    changed while LinkDesk was reading it", with the size at open as the limit). ``tell`` and
    ``seek`` pass through, so a parser can look at the start and begin again.
    """

    def __init__(
        self,
        raw: BinaryIO,
        limit: int,
        *,
        name: str,
        what: str = "file",
        message: str | None = None,
    ) -> None:
        self._raw = raw
        self._limit = limit
        self._left = limit
        self._message = message or (
            f"The {what} {display_path(name)} is larger than {_size_text(limit)}; "
            "LinkDesk does not read files that large."
        )

    def read(self, size: int | None = -1) -> bytes:
        want = self._left + 1 if size is None or size < 0 else min(size, self._left + 1)
        data = self._raw.read(want) if want else b""
        self._left -= len(data)
        if self._left < 0:
            raise TooLargeError(self._message)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._raw.tell()

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        position = self._raw.seek(offset, whence)
        self._left = self._limit - position
        return position

    def fileno(self) -> int:
        return self._raw.fileno()

    def close(self) -> None:
        self._raw.close()

    @property
    def closed(self) -> bool:
        return self._raw.closed

    def __enter__(self) -> LimitedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_bounded(
    path: Path,
    limit: int,
    *,
    what: str = "file",
    allow_stream: bool = False,
    stream_wait_s: float = 5.0,
    stream_until: bytes = b"",
    os_errors: bool = False,
) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them; more is a :class:`TooLargeError`.

    An ordinary file is expected. With ``allow_stream`` a FIFO, pipe (``<(command)``) or
    character device is read too, waiting at most ``stream_wait_s`` seconds for bytes to
    arrive (a FIFO nobody writes to reads as empty at once); reading a stream stops early once
    ``stream_until`` (e.g. ``b"\n"``) has arrived. Every failure is one sentence naming
    ``what`` and the path; with ``os_errors`` an ``OSError`` from the drive is raised as it
    is, for callers that classify drive errors themselves.
    """
    path = Path(path)
    if os_errors:
        fd = os.open(path, os.O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_BINARY)
    else:
        fd = _open(path, what)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode):
            if os.fstat(fd).st_size > limit:  # an early answer; the read below is the bound
                raise _too_large(path, what, limit)
            _blocking(fd)
            return _read_fd(fd, limit, path, what, os_errors)
        if allow_stream and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
            return _read_stream(fd, limit, path, what, stream_wait_s, stream_until)
        raise LinkDeskError(
            f"The {what} {display_path(path)} is {_kind(mode)}, not an ordinary file; "
            "LinkDesk does not read from it."
        )
    finally:
        os.close(fd)


def _too_large(path: Path, what: str, limit: int) -> TooLargeError:
    return TooLargeError(
        f"The {what} {display_path(path)} is larger than {_size_text(limit)}; "
        "LinkDesk does not read files that large."
    )


def _read_fd(fd: int, limit: int, path: Path, what: str, os_errors: bool = False) -> bytes:
    parts: list[bytes] = []
    got = 0
    while True:
        try:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - got))
        except OSError as exc:
            if os_errors:
                raise
            raise LinkDeskError(
                f"Cannot read the {what} {display_path(path)}: {exc.strerror or exc}."
            ) from None
        if not chunk:
            return b"".join(parts)
        got += len(chunk)
        if got > limit:
            raise _too_large(path, what, limit)
        parts.append(chunk)


def _read_stream(fd: int, limit: int, path: Path, what: str, wait_s: float, until: bytes) -> bytes:
    """Read a pipe or device without ever blocking for longer than ``wait_s`` in total."""
    deadline = time.monotonic() + wait_s
    is_fifo = stat.S_ISFIFO(os.fstat(fd).st_mode)
    parts: list[bytes] = []
    got = 0
    while True:
        try:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - got))
        except BlockingIOError:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise LinkDeskError(
                    f"Nothing arrived from the {what} {display_path(path)} "
                    f"within {wait_s:g} seconds."
                ) from None
            continue
        except OSError as exc:
            raise LinkDeskError(
                f"Cannot read the {what} {display_path(path)}: {exc.strerror or exc}."
            ) from None
        if not chunk:
            if not parts and is_fifo:
                raise LinkDeskError(
                    f"Nothing arrived from the {what} {display_path(path)}: "
                    "no program is writing to it."
                )
            return b"".join(parts)
        got += len(chunk)
        if got > limit:
            raise _too_large(path, what, limit)
        parts.append(chunk)
        if until and until in chunk:
            return b"".join(parts)
