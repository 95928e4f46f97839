"""The read back of an atomic write (fileio/atomic.py, issue 15): the bytes are hashed while
the fsync waits for the drive, then the name is proven to lead to that very file, or read
back again by the name where the drive cannot say. A difference anywhere removes the file."""

from __future__ import annotations

import os
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
