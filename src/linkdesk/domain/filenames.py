"""File names as text: shown readably, measured as the drive measures them.

On Linux and macOS a file name is bytes; Python turns bytes that are not valid UTF-8 (a folder
made on an old Windows share in Latin-1, say ``caf\\xe9``) into lone surrogates
(``caf\\udce9``, PEP 383 "surrogateescape"), so the path still opens the right file. Such text
cannot be encoded as UTF-8: SQLite, JSON, Qt and a UTF-8 stdout refuse it or cut it short.
Keep the path as it is for the file system; use :func:`display_path` for anything a person
reads, and store it only through an escaping format (JSON with ``ensure_ascii``).
"""

from __future__ import annotations

import os
from pathlib import PurePath

REPLACEMENT = "\ufffd"


def has_surrogates(text: str) -> bool:
    """True when ``text`` holds a lone surrogate (undecodable file-name bytes)."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def display_path(path: str | PurePath | bytes) -> str:
    """Readable text for a path: every byte that is not valid text becomes U+FFFD (�).

    ``/mnt/share/caf\\udce9`` (from the bytes ``caf\\xe9``) shows as ``/mnt/share/caf�``. The
    result always encodes as UTF-8, so it is safe in messages, Qt labels, logs and stdout.
    """
    text = os.fsdecode(path) if isinstance(path, bytes) else str(path)
    if not has_surrogates(text):
        return text
    return "".join(REPLACEMENT if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def readable_text(text: str) -> str:
    """``text`` with any lone surrogate (an undecodable file-name byte quoted in a message)
    replaced by U+FFFD, so it always encodes as UTF-8 and Qt shows all of it."""
    return display_path(text)


def name_units(name: str) -> int:
    """A file name's length in the units its drive limits: bytes on POSIX (NAME_MAX, usually
    255), UTF-16 code units on Windows (255 on NTFS, FAT32 and exFAT)."""
    if os.name == "nt":
        return len(name.encode("utf-16-le", "surrogatepass")) // 2
    return len(os.fsencode(name))
