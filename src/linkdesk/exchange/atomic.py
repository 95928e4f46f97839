"""Atomic, verified writes to a destination that may be a flaky or hostile shared drive.

The mechanism lives in :mod:`linkdesk.fileio.atomic` (shared with ``store/``): an exclusive
temp file under an unpredictable name (no link is ever followed), 0600 whatever the umask,
fsync, rename (or link without replacing), folder fsync, read back and compare. This module
adds what only exchange code knows: failures said as the typed drive errors of
``store/failures.py`` (full, read-only, gone, name too long...), about the destination.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from linkdesk.domain.errors import LinkDeskError, Place
from linkdesk.domain.filenames import display_path
from linkdesk.fileio import atomic as _atomic
from linkdesk.fileio.atomic import (
    CHUNK,
    PARTIAL_SUFFIX,
    fsync_dir,
    fsync_file,
    partial_glob,
    partial_name,
    place_without_replacing,
    sha256_file,
)
from linkdesk.fileio.private import PRIVATE_FILE_MODE
from linkdesk.store.failures import from_os_error

__all__ = [
    "CHUNK",
    "PARTIAL_SUFFIX",
    "atomic_copy",
    "atomic_write",
    "atomic_write_bytes",
    "describe_os_error",
    "fsync_dir",
    "fsync_file",
    "partial_glob",
    "partial_name",
    "place_without_replacing",
    "require_folder",
    "sha256_file",
    "write_error",
]


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
    return _atomic.require_folder(folder, write_error)


def _said_as(place: Place) -> Callable[[OSError, Path], LinkDeskError]:
    return lambda exc, where: write_error(exc, where, place)


def atomic_write(
    target: Path,
    write: Callable[[BinaryIO], object],
    *,
    overwrite: bool = True,
    mode: int = PRIVATE_FILE_MODE,
    place: Place = Place.DESTINATION,
    check_placed: Callable[[Path], object] | None = None,
) -> str:
    """:func:`linkdesk.fileio.atomic.atomic_write`, failures said as typed drive errors.

    ``place`` says whose folder it is, for the advice in a failure's message;
    ``check_placed`` a further check of the file in place, run while it is read back."""
    return _atomic.atomic_write(
        target, write, overwrite=overwrite, mode=mode, on_error=_said_as(place),
        check_placed=check_placed,
    )  # fmt: skip


def atomic_write_bytes(
    target: Path,
    data: bytes,
    *,
    overwrite: bool = True,
    mode: int = PRIVATE_FILE_MODE,
    place: Place = Place.DESTINATION,
) -> str:
    """:func:`atomic_write` of bytes held in memory."""
    return atomic_write(
        target, lambda fh: fh.write(data), overwrite=overwrite, mode=mode, place=place
    )


def atomic_copy(
    source: Path,
    target: Path,
    *,
    overwrite: bool = True,
    mode: int = PRIVATE_FILE_MODE,
    place: Place = Place.DESTINATION,
) -> str:
    """:func:`atomic_write` of a copy of ``source`` (a file LinkDesk made itself)."""

    def copy(fh: BinaryIO) -> None:
        with Path(source).open("rb") as src:
            while chunk := src.read(CHUNK):
                fh.write(chunk)

    return atomic_write(target, copy, overwrite=overwrite, mode=mode, place=place)
