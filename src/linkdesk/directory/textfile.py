"""Opening an import file the way Excel and publishers write it, and reading it as a stream.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode Text"), UTF-16
without BOM (told by its zero bytes), else Windows-1252 (Excel's "CSV" on a UK or European
Windows). Delimiters: comma, semicolon (European Excel), tab ("Unicode Text", ``.tsv``) or pipe,
chosen by which one splits the header into known column names.

Nothing is read whole: rows come one at a time, so memory stays bounded whatever the size.
"""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio.bounded import LimitedReader, open_regular

MAX_LINE_CHARS = 1_000_000  # one spreadsheet row; a longer "line" is not a spreadsheet
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a file looked like when reading began, to notice it changing underneath us."""

    size: int
    mtime_ns: int


def snapshot(path: Path) -> Snapshot:
    try:
        st = path.stat()
    except OSError as exc:
        raise LinkDeskError(f"Cannot read {path.name}: {exc.strerror or exc}.") from None
    return Snapshot(st.st_size, st.st_mtime_ns)


def check_unchanged(path: Path, before: Snapshot) -> None:
    """Raise if the file was changed or replaced while it was being read."""
    try:
        after = snapshot(path)
    except LinkDeskError:
        after = Snapshot(-1, -1)
    if after != before:
        raise LinkDeskError(
            f"{path.name} changed while LinkDesk was reading it, so nothing was imported. "
            "Try again once it has finished saving."
        )


def open_binary(path: Path) -> IO[bytes]:
    """Open an import file for reading, bounded by the bytes actually read.

    Only an ordinary file: a FIFO or a device (``/dev/zero``) is refused at once, and the
    open never blocks. Never more bytes than the file held when opened are read, so a file
    that keeps growing stops with one sentence instead of being read for ever.
    """
    raw = open_regular(path, what="import file")
    try:
        size = os.fstat(raw.fileno()).st_size
    except OSError as exc:
        raw.close()
        raise LinkDeskError(f"Cannot read {path.name}: {exc.strerror or exc}.") from None
    changed = (
        f"{path.name} changed while LinkDesk was reading it, so nothing was imported. "
        "Try again once it has finished saving."
    )
    return cast(IO[bytes], LimitedReader(raw, size, name=path.name, message=changed))


def detect_encoding(path: Path, *, allow_cp1252: bool) -> str:
    """The file's encoding (a Python codec name), checking the whole file in chunks."""
    with open_binary(path) as fh:
        head = fh.read(65536)
        if head.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8-sig"
        elif head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
            return "utf-16"
        elif len(head) >= 4 and head[1:4:2] == b"\x00\x00" and b"\x00" not in head[0:4:2]:
            return "utf-16-le"  # UTF-16 without a BOM: every other byte zero
        elif len(head) >= 4 and head[0:4:2] == b"\x00\x00" and b"\x00" not in head[1:4:2]:
            return "utf-16-be"
        else:
            encoding = "utf-8"
        if b"\x00" in head:
            raise LinkDeskError(f"{path.name} is not a text file (it looks like a binary file).")
        decoder = codecs.getincrementaldecoder("utf-8")()
        chunk = head
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = fh.read(_CHUNK)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if not allow_cp1252:
                raise LinkDeskError(f"{path.name} is not UTF-8 text.") from None
            return "cp1252"
        return encoding


@dataclass(slots=True)
class TextStream:
    """A text file open for reading line by line, counting the bytes consumed (for progress)."""

    path: Path
    encoding: str
    raw: IO[bytes]
    size: int
    _decoder: codecs.IncrementalDecoder = field(init=False)
    _pending: str = ""
    _eof: bool = False

    def __post_init__(self) -> None:
        # Windows-1252's five unassigned bytes become U+FFFD rather than stopping the read.
        errors = "replace" if self.encoding == "cp1252" else "strict"
        self._decoder = codecs.getincrementaldecoder(self.encoding)(errors=errors)

    @property
    def bytes_read(self) -> int:
        return self.raw.tell()

    def lines(self) -> Iterator[str]:
        """Lines with their endings (CR, LF or CRLF kept), each at most ``MAX_LINE_CHARS``."""
        buffer = ""
        while True:
            chunk = self.raw.read(65536)
            try:
                buffer += self._decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                raise LinkDeskError(
                    f"{self.path.name} is not readable {self.encoding} text."
                ) from None
            start = 0
            while True:
                cut = _line_end(buffer, start, final=not chunk)
                if cut < 0:
                    break
                yield buffer[start:cut]
                start = cut
            buffer = buffer[start:]
            if len(buffer) > MAX_LINE_CHARS:
                raise LinkDeskError(
                    f"{self.path.name} has a line over {MAX_LINE_CHARS:,} characters long: "
                    "it is not a spreadsheet LinkDesk can read."
                )
            if not chunk:
                if buffer:
                    yield buffer
                return

    def close(self) -> None:
        self.raw.close()


def _line_end(text: str, start: int, *, final: bool) -> int:
    """Index just after the next line ending at or after ``start``, or -1 if none yet."""
    n = text.find("\n", start)
    r = text.find("\r", start)
    if r >= 0 and (n < 0 or r < n):
        if r + 1 < len(text):
            return r + 2 if text[r + 1] == "\n" else r + 1
        return r + 1 if final else -1  # a CR at the end of the chunk may be half of CRLF
    return n + 1 if n >= 0 else -1


def open_text(path: Path, *, allow_cp1252: bool = True) -> TextStream:
    encoding = detect_encoding(path, allow_cp1252=allow_cp1252)
    size = snapshot(path).size
    return TextStream(path, encoding, open_binary(path), size)


def normalise_header(cell: str) -> str:
    """'Post code ' -> 'post_code'; BOMs, quotes and case removed."""
    text = cell.strip().strip("\ufeff").strip().strip('"').strip().lower()
    return "_".join(text.replace("-", " ").replace("/", " ").split())


def choose_delimiter(header_line: str, known: Iterable[str]) -> str:
    """The delimiter that splits the header into the most known column names."""
    known_set = set(known)
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        cells = next(csv.reader([header_line.rstrip("\r\n")], delimiter=delimiter), [])
        names = [normalise_header(c) for c in cells]
        score = (sum(1 for n in names if n in known_set), len(cells))
        if score > best_score:
            best, best_score = delimiter, score
    return best


@dataclass(slots=True)
class CsvTable:
    """A delimited text file read one row at a time. ``header`` holds normalised names."""

    stream: TextStream
    delimiter: str
    header: list[str]
    rows_iter: Iterator[list[str]]

    @property
    def name(self) -> str:
        return self.stream.path.name

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(spreadsheet row number, {column: cell}); blank rows skipped. Row 1 is the header."""
        number = 1
        try:
            for cells in self.rows_iter:
                number += 1
                if not any(c.strip() for c in cells):
                    continue
                yield number, {k: v for k, v in zip(self.header, cells, strict=False) if k}
        except csv.Error as exc:
            raise LinkDeskError(
                f"{self.name} is not a readable CSV file (row {number}: {exc})."
            ) from None


def open_csv(
    path: Path,
    known: Iterable[str] = (),
    rename: Callable[[str], str] | None = None,
) -> CsvTable:
    """Open a CSV/TSV for streaming: encoding and delimiter detected, header read."""
    stream = open_text(path, allow_cp1252=True)
    lines = stream.lines()
    first = ""
    for line in lines:
        if line.strip():
            first = line
            break
    delimiter = choose_delimiter(first, known) if first else ","
    reader = csv.reader(_chain(first, lines), delimiter=delimiter)
    try:
        header_cells = next(reader, [])
    except csv.Error as exc:
        stream.close()
        raise LinkDeskError(f"{path.name} is not a readable CSV file ({exc}).") from None
    header = [normalise_header(c) for c in header_cells]
    if rename:
        header = [rename(h) for h in header]
    return CsvTable(stream, delimiter, header, reader)


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


def read_text(path: Path, *, allow_cp1252: bool) -> str:
    """A small file's whole text (used for sniffing and tests); same encodings as streams."""
    stream = open_text(path, allow_cp1252=allow_cp1252)
    try:
        return "".join(stream.lines())
    finally:
        stream.close()


def sniff_start(path: Path) -> str:
    """The first non-space characters of a file, decoded (to tell JSON from CSV)."""
    with open_binary(path) as fh:
        head = fh.read(4096)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = head[: len(head) // 2 * 2].decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    return text.lstrip("\ufeff \t\r\n")[:64]
