"""Atomic, verified writes to a destination that may be a flaky shared drive.

Write to a hidden temp file in the same folder, fsync, rename over the target, fsync the
folder, then read back and compare. On any failure the temp file is removed: no partial file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from linkdesk.domain.errors import LinkDeskError, Place
from linkdesk.domain.filenames import display_path
from linkdesk.store.failures import from_os_error

CHUNK = 1 << 20


def write_error(exc: OSError, where: Path, place: Place = Place.DESTINATION) -> LinkDeskError:
    """The typed error for a failed write to ``where`` (full, read-only, gone, name too long…:
    see store/failures.py); a plain one naming the OS's reason for anything else."""
    typed = from_os_error(exc, path=where, place=place)
    if typed is not None:
        return typed
    return LinkDeskError(f"Could not write {display_path(where.name)}: {exc.strerror or exc}.")


def describe_os_error(exc: OSError, where: Path) -> str:
    """One plain sentence for a failed write to ``where``."""
    return str(write_error(exc, where))


def require_folder(folder: Path) -> Path:
    """The destination must already exist: an unplugged drive is an error, not a folder to make."""
    try:
        present = folder.is_dir()
    except OSError as exc:  # e.g. a name too long for the drive
        raise write_error(exc, folder / ".") from None
    if not present:
        raise LinkDeskError(
            f"The folder {display_path(folder)} is not available (is the drive plugged in?)."
        )
    return folder


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def atomic_write(
    target: Path,
    write: Callable[[BinaryIO], object],
    *,
    overwrite: bool = True,
    place: Place = Place.DESTINATION,
) -> str:
    """Write ``target`` through ``write(fh)``; return the SHA-256 of what landed on disk.

    ``place`` says whose folder it is, for the advice in a failure's message."""
    require_folder(target.parent)
    if not overwrite and target.exists():
        raise LinkDeskError(
            f"{display_path(target.name)} already exists in {display_path(target.parent)}."
        )
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        digest = hashlib.sha256()
        with tmp.open("wb") as raw:

            class _Hashing:
                def write(self, data: bytes) -> int:
                    digest.update(data)
                    return raw.write(data)

            write(_Hashing())  # type: ignore[arg-type]  # duck-typed: only write() is used
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
        if sha256_file(target) != digest.hexdigest():
            target.unlink(missing_ok=True)
            raise LinkDeskError(
                f"{display_path(target.name)} did not read back correctly; nothing was saved."
            )
        return digest.hexdigest()
    except OSError as exc:
        raise write_error(exc, target, place) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def atomic_write_bytes(target: Path, data: bytes, *, overwrite: bool = True) -> str:
    return atomic_write(target, lambda fh: fh.write(data), overwrite=overwrite)


def atomic_copy(
    source: Path, target: Path, *, overwrite: bool = True, place: Place = Place.DESTINATION
) -> str:
    def copy(fh: BinaryIO) -> None:
        with source.open("rb") as src:
            while chunk := src.read(CHUNK):
                fh.write(chunk)

    return atomic_write(target, copy, overwrite=overwrite, place=place)
