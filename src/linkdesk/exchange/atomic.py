"""Atomic, verified writes to a destination that may be a flaky or hostile shared drive.

The implementation lives in :mod:`linkdesk.fileio.atomic` (shared with ``store/``); this
module keeps the names exchange code has always imported. See that module for the steps:
exclusive temp file under an unpredictable name (no link is ever followed), 0600 whatever
the umask, fsync, rename (or link without replacing), folder fsync, read back and compare.
"""

from __future__ import annotations

from linkdesk.fileio.atomic import (
    CHUNK,
    PARTIAL_SUFFIX,
    atomic_copy,
    atomic_write,
    atomic_write_bytes,
    describe_os_error,
    fsync_dir,
    fsync_file,
    partial_glob,
    partial_name,
    place_without_replacing,
    require_folder,
    sha256_file,
)

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
]
