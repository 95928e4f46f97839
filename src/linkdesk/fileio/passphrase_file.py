"""A passphrase file: its first line, whatever tool saved it.

Windows tools write text with a byte-order mark (Notepad's "UTF-8 with BOM") or as UTF-16
(PowerShell 5's ``Out-File``, Notepad's "Unicode"); the BOMs are those of the Unicode
Standard, section 23.8 ("Byte Order Mark"). Files are read bounded (see
:mod:`linkdesk.fileio.bounded`); a pipe such as ``--passphrase-file <(pass show linkdesk)``
is read too, waiting a few seconds at most.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio.bounded import read_bounded

MAX_PASSPHRASE_FILE = 64 * 1024
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a mark: most ASCII-range characters have a zero high byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> str:
    """Text from bytes in UTF-8 (mark optional), UTF-16 or UTF-32 (with a mark), or UTF-16
    without a mark. Raises ``UnicodeDecodeError`` for anything else."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding)
    guessed = _looks_utf16(data)
    if guessed:
        return data.decode(guessed)
    return data.decode("utf-8")


def read_passphrase_file(path: Path | str) -> str:
    """The first line of ``path``, without its line ending (``\\n``, ``\\r\\n`` or ``\\r``).

    Raises :class:`LinkDeskError` (one sentence) for a missing, unreadable, oversized,
    binary or empty file. The passphrase is not normalised here: keying does that.
    """
    path = Path(path)
    data = read_bounded(
        path,
        MAX_PASSPHRASE_FILE,
        what="passphrase file",
        allow_stream=True,
        stream_until=b"\n",
    )
    try:
        text = decode_text(data)
    except UnicodeDecodeError:
        raise LinkDeskError(
            f"The passphrase file {path} is not text (UTF-8 or UTF-16 expected)."
        ) from None
    first = text.split("\n", 1)[0]
    first = first.split("\r", 1)[0]
    if "\x00" in first:
        raise LinkDeskError(f"The passphrase file {path} is not text (it holds zero bytes).")
    if not first:
        raise LinkDeskError(f"The passphrase file {path} is empty: its first line holds nothing.")
    return first
