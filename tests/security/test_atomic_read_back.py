"""The read back of an atomic write (fileio/atomic.py, issue 15): the bytes are hashed while
the fsync waits for the drive, then the name is proven to lead to that very file, or read
back again by the name where the drive cannot say. A difference anywhere removes the file."""

from __future__ import annotations

import errno
import hashlib
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio import atomic

DATA = b"bundle bytes " * 100_000  # over one read chunk


def test_a_write_is_read_back_and_placed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", spy)
    target = tmp_path / "out.bin"
    digest = atomic.atomic_write(target, lambda fh: fh.write(DATA), overwrite=False)
    assert target.read_bytes() == DATA
    assert digest == __import__("hashlib").sha256(DATA).hexdigest()
    assert len(synced) >= 2  # the file, then its folder
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_bytes_that_read_back_differently_are_never_placed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive that changes a byte on its way: refused before the rename, temp file gone."""
    real_open = atomic._open_temp

    class Flipping:
        def __init__(self, raw: Any) -> None:
            self.raw = raw

        def write(self, data: bytes) -> int:
            return int(self.raw.write(bytes([data[0] ^ 1]) + bytes(data[1:])))

        def __getattr__(self, name: str) -> Any:
            return getattr(self.raw, name)

        def __enter__(self) -> Flipping:
            return self

        def __exit__(self, *exc: object) -> None:
            self.raw.close()

    monkeypatch.setattr(atomic, "_open_temp", lambda p, fd: Flipping(real_open(p, fd)))
    with pytest.raises(LinkDeskError, match="did not read back correctly"):
        atomic.atomic_write(tmp_path / "out.bin", lambda fh: fh.write(DATA))
    assert list(tmp_path.iterdir()) == []


def test_a_name_that_leads_to_another_file_is_read_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the rename and the read back the name leads elsewhere (another file put in
    its place): not the same file, so it is read by the name, differs, and is removed."""
    real_place = atomic.place_without_replacing

    def swapped(source: Path, target: Path) -> None:
        real_place(source, target)
        target.unlink()
        target.write_bytes(b"x" * len(DATA))

    monkeypatch.setattr(atomic, "place_without_replacing", swapped)
    with pytest.raises(LinkDeskError, match="did not read back correctly"):
        atomic.atomic_write(tmp_path / "out.bin", lambda fh: fh.write(DATA), overwrite=False)
    assert list(tmp_path.iterdir()) == []


def test_a_drive_without_stable_inode_numbers_is_read_back_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network shares give the same file another inode number when looked up again:
    the bytes are then read back by the name, and kept when they are the same."""
    real_fstat = os.fstat
    reads: list[int] = []

    def shifting(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        values = list(st)
        values[1] = st.st_ino + 1 + len(reads)  # a new number at every look-up
        reads.append(fd)
        return os.stat_result(values)

    monkeypatch.setattr(atomic.os, "fstat", shifting)
    target = tmp_path / "out.bin"
    atomic.atomic_write(target, lambda fh: fh.write(DATA))
    assert target.read_bytes() == DATA
    assert len(reads) >= 2


def test_the_read_back_trails_the_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bytes already written are read back (on another thread) before the writing ends,
    and what lands is exactly what was written."""
    writer = threading.get_ident()
    read_early = threading.Event()
    real_sha256 = hashlib.sha256

    class Spy:
        def __init__(self) -> None:
            self.real = real_sha256()

        def update(self, data: bytes) -> None:
            if threading.get_ident() != writer:
                read_early.set()
            self.real.update(data)

        def hexdigest(self) -> str:
            return self.real.hexdigest()

    monkeypatch.setattr(atomic.hashlib, "sha256", Spy)
    piece = os.urandom(256 * 1024)

    def write(fh: Any) -> None:
        fh.write(piece)
        # Not a sleep: waits for the other thread's first read, however long that takes.
        assert read_early.wait(timeout=60)
        fh.write(piece)

    target = tmp_path / "out.bin"
    digest = atomic.atomic_write(target, write)
    assert target.read_bytes() == piece + piece
    assert digest == real_sha256(piece + piece).hexdigest()


def test_many_small_writes_are_read_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes smaller than the file's buffer sit there for a while: the read back waits for
    them and still reads every byte once, in order; the writer waits when it is too far
    ahead (a tiny queue here) and never deadlocks."""
    monkeypatch.setattr(atomic, "READ_BACK_QUEUE", 1000)
    pieces = [os.urandom(n % 700 + 1) for n in range(3000)]

    def write(fh: Any) -> None:
        for piece in pieces:
            fh.write(piece)

    target = tmp_path / "out.bin"
    digest = atomic.atomic_write(target, write)
    assert target.read_bytes() == b"".join(pieces)
    assert digest == hashlib.sha256(b"".join(pieces)).hexdigest()


def test_a_write_that_fails_stops_the_read_back_and_leaves_nothing(tmp_path: Path) -> None:
    """The writing fails half-way: the error comes through, the read back thread ends, no
    temp file is left."""
    before = threading.active_count()

    def write(fh: Any) -> None:
        fh.write(DATA)
        raise LinkDeskError("the source went away")

    with pytest.raises(LinkDeskError, match="the source went away"):
        atomic.atomic_write(tmp_path / "out.bin", write)
    assert list(tmp_path.iterdir()) == []
    assert threading.active_count() == before


def test_a_big_file_is_flushed_to_the_drive_as_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Early flushes as the bytes are read back (so the final fsync has little left), on the
    written file's own descriptor, and the final fsync still comes after them."""
    monkeypatch.setattr(atomic, "FLUSH_EVERY", 128 * 1024)
    calls: list[str] = []
    real_flush, real_fsync = atomic._flush_data, os.fsync

    def flush(fd: int) -> None:
        calls.append("flush")
        real_flush(fd)

    def fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    monkeypatch.setattr(atomic, "_flush_data", flush)
    monkeypatch.setattr(atomic.os, "fsync", fsync)
    data = os.urandom(1024 * 1024)
    target = tmp_path / "out.bin"
    atomic.atomic_write(
        target, lambda fh: [fh.write(data[i : i + 65536]) for i in range(0, len(data), 65536)]
    )
    assert target.read_bytes() == data
    assert calls.count("flush") >= 4
    assert "fsync" in calls[calls.index("flush") :]  # the file's own fsync after the flushes


def test_a_failed_early_flush_is_reported_and_nothing_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive error met by an early flush is not swallowed (the final fsync might not see it
    again): the write fails with a plain sentence and the temp file goes."""
    monkeypatch.setattr(atomic, "FLUSH_EVERY", 64 * 1024)

    def failing(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic, "_flush_data", failing)
    with pytest.raises(LinkDeskError, match="not available"):
        atomic.atomic_write(tmp_path / "out.bin", lambda fh: fh.write(DATA))
    assert list(tmp_path.iterdir()) == []


def test_a_write_that_never_reaches_the_file_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive that says it wrote but kept nothing: the read back comes up short against
    what was written, so the file is never placed."""
    real_open = atomic._open_temp

    class Dropping:
        def __init__(self, raw: Any) -> None:
            self.raw, self.calls = raw, 0

        def write(self, data: bytes) -> int:
            self.calls += 1
            return len(data) if self.calls == 2 else int(self.raw.write(data))

        def __getattr__(self, name: str) -> Any:
            return getattr(self.raw, name)

        def __enter__(self) -> Dropping:
            return self

        def __exit__(self, *exc: object) -> None:
            self.raw.close()

    monkeypatch.setattr(atomic, "_open_temp", lambda p, fd: Dropping(real_open(p, fd)))
    with pytest.raises(LinkDeskError, match="did not read back correctly"):
        atomic.atomic_write(tmp_path / "out.bin", lambda fh: [fh.write(DATA) for _ in range(3)])
    assert list(tmp_path.iterdir()) == []


def _refusing_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Reads during the writing answer EPERM, as a FUSE FAT32 stick's do."""
    refused: list[int] = []

    def refuse(fh: Any, into: memoryview, written: Any) -> int | None:
        refused.append(len(into))
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic, "_read_exactly", refuse)
    return refused


def test_a_drive_that_refuses_reads_while_writing_is_read_back_after_the_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = _refusing_reads(monkeypatch)
    read_after: list[Path] = []
    real_sha = atomic.sha256_file

    def spy(path: Path, *, follow_links: bool = True) -> str:
        read_after.append(path)
        return real_sha(path, follow_links=follow_links)

    monkeypatch.setattr(atomic, "sha256_file", spy)
    target = tmp_path / "out.bin"
    digest = atomic.atomic_write(target, lambda fh: fh.write(DATA), overwrite=False)
    assert refused  # the read during the writing was tried and refused
    assert len(read_after) == 1  # then the whole file was read back once
    assert target.read_bytes() == DATA
    assert digest == hashlib.sha256(DATA).hexdigest()
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_byte_changed_on_a_drive_that_refuses_reads_is_still_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The digest goes on over the bytes written; what the drive holds is compared after."""
    _refusing_reads(monkeypatch)
    real_open = atomic._open_temp

    def flipping(path: Path, fd: int) -> Any:
        fh = real_open(path, fd)
        real_write = fh.write
        fh.write = lambda data: real_write(bytes([data[0] ^ 1]) + bytes(data[1:]))
        return fh

    monkeypatch.setattr(atomic, "_open_temp", flipping)
    with pytest.raises(LinkDeskError, match="did not read back correctly"):
        atomic.atomic_write(tmp_path / "out.bin", lambda fh: fh.write(DATA))
    assert list(tmp_path.iterdir()) == []


def test_a_byte_changed_in_a_later_write_of_the_same_size_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read back reuses one buffer while the writes keep their size: a difference in the
    last of many equal writes (and in a shorter one after them) is still seen."""
    real_open = atomic._open_temp
    chunks = [os.urandom(4096) for _ in range(6)] + [os.urandom(100)]

    for changed in (5, 6):

        class Changing:
            def __init__(self, raw: Any, changed: int) -> None:
                self.raw, self.calls, self.changed = raw, 0, changed

            def write(self, data: bytes) -> int:
                self.calls += 1
                if self.calls == self.changed + 1:
                    data = bytes(data[:-1]) + bytes([data[-1] ^ 0x80])
                return int(self.raw.write(data))

            def __getattr__(self, name: str) -> Any:
                return getattr(self.raw, name)

            def __enter__(self) -> Any:
                return self

            def __exit__(self, *exc: object) -> None:
                self.raw.close()

        monkeypatch.setattr(
            atomic, "_open_temp", lambda p, fd, at=changed: Changing(real_open(p, fd), at)
        )
        with pytest.raises(LinkDeskError, match="did not read back correctly"):
            atomic.atomic_write(tmp_path / "out.bin", lambda fh: [fh.write(c) for c in chunks])
        assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(atomic, "_open_temp", real_open)
    digest = atomic.atomic_write(tmp_path / "out.bin", lambda fh: [fh.write(c) for c in chunks])
    assert digest == hashlib.sha256(b"".join(chunks)).hexdigest()


def test_only_bytes_compared_and_flushed_are_dropped_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big file's ranges leave the OS cache (advice) only once read back, compared and
    flushed to the drive; together they never pass what was flushed, and the file is whole."""
    monkeypatch.setattr(atomic, "FLUSH_EVERY", 128 * 1024)
    events: list[tuple[str, int, int]] = []
    compared = [0]
    real_flush, real_drop, real_read = atomic._flush_data, atomic._drop_cached, atomic._read_exactly

    def read(fh: Any, into: memoryview, written: Any) -> int | None:
        got = real_read(fh, into, written)
        compared[0] += got or 0
        return got

    def flush(fd: int) -> None:
        real_flush(fd)
        events.append(("flush", compared[0], 0))

    def drop(fd: int, offset: int, length: int) -> None:
        events.append(("drop", offset, length))
        real_drop(fd, offset, length)

    monkeypatch.setattr(atomic, "_read_exactly", read)
    monkeypatch.setattr(atomic, "_flush_data", flush)
    monkeypatch.setattr(atomic, "_drop_cached", drop)
    data = os.urandom(1024 * 1024)
    target = tmp_path / "out.bin"
    atomic.atomic_write(
        target, lambda fh: [fh.write(data[i : i + 65536]) for i in range(0, len(data), 65536)]
    )
    assert target.read_bytes() == data
    drops = [e for e in events if e[0] == "drop"]
    assert len(drops) >= 4
    end, flushed = 0, 0
    for kind, first, length in events:
        if kind == "flush":
            flushed = first  # every byte compared so far was on the drive after this flush
        else:
            assert first == end
            assert first + length <= flushed
            end = first + length


def test_the_read_back_goes_on_while_an_early_flush_waits_for_the_drive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session 7: an early flush runs on a thread of its own. The first flush here waits
    until the writer has written everything, which it can only do if the read back keeps
    comparing meanwhile (the writer may run only 128 KiB ahead of it): so the whole file is
    written while a flush is still waiting, then flushed, and placed whole."""
    # Two flushes are asked for on the way (at most two wait: atomic._FLUSHES_AHEAD).
    monkeypatch.setattr(atomic, "FLUSH_EVERY", 768 * 1024)
    monkeypatch.setattr(atomic, "READ_BACK_QUEUE", 128 * 1024)
    all_written = threading.Event()
    waited: list[bool] = []
    threads: set[str] = set()
    real_flush = atomic._flush_data

    def slow_drive(fd: int) -> None:
        threads.add(threading.current_thread().name)
        if not waited:  # the first flush: the drive answers once the writer is done
            waited.append(all_written.wait(timeout=60))
        real_flush(fd)

    monkeypatch.setattr(atomic, "_flush_data", slow_drive)
    data = os.urandom(2 * 1024 * 1024)
    target = tmp_path / "out.bin"

    def write(fh: Any) -> None:
        for i in range(0, len(data), 32 * 1024):
            fh.write(data[i : i + 32 * 1024])
        all_written.set()

    digest = atomic.atomic_write(target, write)
    assert waited == [True]  # the writing finished while the first flush still waited
    assert target.read_bytes() == data
    assert digest == hashlib.sha256(data).hexdigest()
    assert threading.current_thread().name not in threads


def test_a_failed_early_flush_met_later_is_still_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An early flush that fails after the read back has moved on (its error waits on the
    flusher's thread) still fails the write, and nothing is left behind."""
    monkeypatch.setattr(atomic, "FLUSH_EVERY", 64 * 1024)
    calls: list[int] = []
    real_flush = atomic._flush_data

    def third_fails(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_flush(fd)

    monkeypatch.setattr(atomic, "_flush_data", third_fails)
    before = threading.active_count()
    with pytest.raises(LinkDeskError, match="not enough space"):
        atomic.atomic_write(
            tmp_path / "out.bin",
            lambda fh: [fh.write(os.urandom(1 << 16)) for _ in range(16)],
        )
    assert list(tmp_path.iterdir()) == []
    assert threading.active_count() == before
