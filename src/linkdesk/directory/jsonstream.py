"""Reading a JSON document piece by piece, so a large list page never sits in memory whole.

ijson (the yajl C parser) turns the bytes into events; this module builds one top-level value
or one list item at a time from them, with a depth limit (a document nested thousands deep is
an attack, not directory data) and a size limit per item.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from ijson.common import JSONError

from linkdesk.domain.errors import LinkDeskError

# The backend named outright, so a frozen bundle (PyInstaller) collects the C extension.
try:
    from ijson.backends import yajl2_c as ijson_backend
except ImportError:  # pragma: no cover - no C extension for this platform: pure Python
    from ijson.backends import python as ijson_backend

MAX_DEPTH = 64
MAX_ITEM_VALUES = 1_000_000  # JSON values in one streamed record
MAX_WHOLE_VALUES = 2_000_000  # in one top-level value read whole (a tabular JSON table)
MAX_WHOLE_TOTAL = 4_000_000  # in all the values read whole (one document that is not a list)
# Top-level keys whose array is a list of records, streamed item by item.
PAGE_KEYS = ("contents", "content", "items", "data", "results", "services")


@dataclass(frozen=True, slots=True)
class Piece:
    """One top-level piece: ``key`` is None for the items of a top-level array; ``index`` is
    the position in a streamed array (None for a key's whole value)."""

    key: str | None
    index: int | None
    value: Any


class _Utf16ToUtf8:
    """A binary reader giving UTF-8 bytes from a UTF-16 file (yajl reads UTF-8 only)."""

    def __init__(self, raw: IO[bytes], encoding: str) -> None:
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder(encoding)()

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson probes with read(0) to learn bytes from text
            return b""
        chunk = self.raw.read(size if size > 0 else 65536)
        text = self.decoder.decode(chunk, final=not chunk)
        return text.encode("utf-8")


def utf8_reader(raw: IO[bytes], where: str) -> IO[bytes] | _Utf16ToUtf8:
    """The file as UTF-8 bytes: a UTF-8 BOM skipped, UTF-16 (with BOM) transcoded."""
    head = raw.read(3)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw.seek(2)
        return _Utf16ToUtf8(raw, "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be")
    if head != b"\xef\xbb\xbf":
        raw.seek(0)
    return raw


def _error(exc: Exception, where: str) -> LinkDeskError:
    text = str(exc)
    if "UTF8" in text or "UTF-8" in text:
        return LinkDeskError(f"{where} is not UTF-8 text, so it is not a JSON file LinkDesk reads.")
    if "premature EOF" in text or "Incomplete" in type(exc).__name__ and "EOF" in text:
        return LinkDeskError(f"{where} is not valid JSON: it ends too early (cut short?).")
    if "overflow" in text:  # yajl: an integer past 64 bits, or a float past ~1.8e308
        return LinkDeskError(
            f"{where} holds a number too large to read (over 19 digits, or beyond 1e308), "
            "so nothing was imported: ask its publisher to write it as text."
        )
    return LinkDeskError(
        f"{where} is not valid JSON (a mistake in its text, or a value such as NaN)."
    )


def pieces(source: IO[bytes] | _Utf16ToUtf8, where: str) -> Iterator[Piece]:
    """Top-level pieces of the document, in file order (see ``Piece``).

    Raises LinkDeskError for malformed JSON, nesting deeper than ``MAX_DEPTH`` or an item
    larger than ``MAX_ITEM_VALUES``.
    """
    events = ijson_backend.basic_parse(source, use_float=True)
    try:
        yield from _pieces(events, where)
    except JSONError as exc:
        raise _error(exc, where) from None
    except UnicodeDecodeError:
        raise LinkDeskError(f"{where} is not readable UTF-16 text.") from None


def _pieces(events: Iterator[tuple[str, Any]], where: str) -> Iterator[Piece]:
    stack: list[Any] = []
    keys: list[Any] = []
    key: Any = None
    top_key: str | None = None  # the top-level key whose value is being read
    streaming = False  # the value being read is an array streamed item by item
    index = 0
    count = 0
    whole = 0  # values read whole so far
    for event, value in events:
        if event == "map_key":
            key = value
            if len(stack) == 1 and isinstance(stack[0], dict):
                top_key = value
            continue
        if event in ("start_map", "start_array"):
            container: Any = {} if event == "start_map" else []
            depth = len(stack)
            if depth >= MAX_DEPTH:
                raise LinkDeskError(f"{where} is nested too deeply to be directory data.")
            if depth == 1 and isinstance(stack[0], dict):  # a top-level key's value starts
                streaming = event == "start_array" and str(top_key).lower() in PAGE_KEYS
                index, count = 0, 0
                if streaming:
                    stack.append(container)
                    keys.append(key)
                    continue
            if depth == 0:
                streaming = event == "start_array"
                index, count = 0, 0
                stack.append(container)
                keys.append(key)
                continue
            _add(stack, key, container, streaming)
            stack.append(container)
            keys.append(key)
            continue
        if event in ("end_map", "end_array"):
            done = stack.pop()
            key = keys.pop()
            depth = len(stack)
            if depth == 0:
                if streaming and index == 0:
                    yield Piece(None, None, [])  # an empty list
                _finish(events)
                return
            if depth == 1 and isinstance(stack[0], dict):
                if not streaming or index == 0:  # a value read whole, or an empty list
                    yield Piece(top_key, None, done)
                    stack[0].clear()
                continue
            if streaming and _item_depth(stack) == depth:
                yield Piece(top_key if isinstance(stack[0], dict) else None, index, done)
                index += 1
                count = 0
                stack[-1].clear()
            continue
        count += 1
        if not streaming:
            whole += 1
        if count > (MAX_ITEM_VALUES if streaming else MAX_WHOLE_VALUES) or whole > MAX_WHOLE_TOTAL:
            raise LinkDeskError(
                f"{where} is too large for LinkDesk to read in one piece "
                f"(over {MAX_ITEM_VALUES if streaming else MAX_WHOLE_VALUES:,} values in one "
                "record or table): split it, or export it as a CSV package folder."
            )
        if not stack:
            yield Piece(None, None, value)
            _finish(events)
            return
        depth = len(stack)
        if depth == 1 and isinstance(stack[0], dict):
            yield Piece(top_key, None, value)
            continue
        if streaming and _item_depth(stack) == depth:
            yield Piece(top_key if isinstance(stack[0], dict) else None, index, value)
            index += 1
            continue
        _add(stack, key, value, streaming)


def _finish(events: Iterator[tuple[str, Any]]) -> None:
    """Read to the end, so text after the document is caught (yajl reports it)."""
    for _event in events:  # pragma: no cover - yajl raises before any second value
        raise LinkDeskError("More than one JSON document in one file.")


def _item_depth(stack: list[Any]) -> int:
    """Stack depth at which a streamed array's items sit (top-level array: 1; page: 2)."""
    return 2 if isinstance(stack[0], dict) else 1


def _add(stack: list[Any], key: Any, value: Any, streaming: bool) -> None:
    top = stack[-1]
    if isinstance(top, dict):
        top[key] = value
    else:
        top.append(value)
