"""Reading an import file safely: size limit, not binary, BOM, Windows-1252 fallback."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio.bounded import TooLargeError, read_bounded

# Files are read whole (parsed JSON takes several times its size in memory); 32 MB holds
# about 40,000 ORUK services. Larger files are refused with a clear message.
MAX_FILE_BYTES = 32 * 1024 * 1024


def read_text(path: Path, *, allow_cp1252: bool) -> str:
    """The file's text. UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    try:
        # Bounded by the bytes read, not by stat: /dev/zero, a FIFO or a growing file as a
        # source gives one sentence, never a hang or unbounded memory.
        data = read_bounded(path, MAX_FILE_BYTES, what="import file")
    except TooLargeError:
        raise LinkDeskError(
            f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; LinkDesk imports "
            f"files up to {MAX_FILE_BYTES // (1024 * 1024)} MB. Split it into smaller files."
        ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise LinkDeskError(f"{path.name} is not a readable text file.") from None
    if b"\x00" in data[:65536]:
        raise LinkDeskError(f"{path.name} is not a text file (it looks like a binary file).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not allow_cp1252:
            raise LinkDeskError(f"{path.name} is not UTF-8 text.") from None
    try:
        return data.decode("cp1252")  # spreadsheets saved by Excel on Windows
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    """Rows as dicts keyed by lower-case header; a malformed CSV is one clear error."""
    text = read_text(path, allow_cp1252=True)
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
        if not header:
            return []
        keys = [h.strip().lower().lstrip("\ufeff") for h in header]
        rows = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            rows.append({k: v for k, v in zip(keys, row, strict=False) if k})
        return rows
    except csv.Error as exc:
        raise LinkDeskError(f"{path.name} is not a readable CSV file ({exc}).") from None
