"""An Open Referral JSON file, whatever it holds, read as a stream of services.

Recognised (see kinds.py): a service; a list page (``contents``, older ``content``) or a plain
array of services; a service_at_location, alone or in a page; an organisation with its
services nested inside (each service gets the organisation's name); the HSDS tabular JSON
form (``{"services.csv": [...], ...}``, joined like a CSV package). Organisations without
services, locations, taxonomies, taxonomy terms, the API's front page and data package
descriptions hold no services: they are refused with one line saying what they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from linkdesk.directory.batch import Meter, Parsed, ParsedBatch, Skipped
from linkdesk.directory.jsonstream import PAGE_KEYS, Piece, pieces, utf8_reader
from linkdesk.directory.kinds import MANY, ONE, Kind, kind_from_name, kind_of
from linkdesk.directory.oruk import HandedDown, map_service, objs
from linkdesk.directory.textfile import check_unchanged, open_binary, snapshot
from linkdesk.domain.errors import LinkDeskError

Obj = dict[str, Any]
_NOT_SERVICES = (Kind.ORGANISATION, Kind.LOCATION, Kind.TAXONOMY, Kind.TAXONOMY_TERM)


def read_json(
    path: Path, meter: Meter | None = None, today: date | None = None
) -> Iterator[Parsed]:
    """Services (and report lines) from one JSON file, read piece by piece."""
    meter = meter or Meter()
    before = snapshot(path)
    with open_binary(path) as raw:
        head = raw.read(65536)
        raw.seek(0)
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise LinkDeskError(f"{path.name} is not a text file (it looks like a binary file).")
        meter.position = raw.tell
        reader = _Reader(path.name, today or date.today())
        yield from reader.run(pieces(utf8_reader(raw, path.name), path.name))
    check_unchanged(path, before)


def read_json_text(text: str, where: str, today: date | None = None) -> Iterator[Parsed]:
    """The same for JSON already in memory (tests, fuzzing)."""
    import io

    reader = _Reader(where, today or date.today())
    yield from reader.run(pieces(io.BytesIO(text.encode("utf-8", "surrogatepass")), where))


class _Reader:
    def __init__(self, where: str, today: date) -> None:
        self.where = where
        self.today = today
        self.hint = kind_from_name(where)
        self.head: Obj = {}  # a top-level object's keys read whole
        self.streamed = 0  # list items seen
        self.services = 0
        self.other: Counter[Kind] = Counter()

    def run(self, stream: Iterator[Piece]) -> Iterator[Parsed]:
        top_array = False
        for piece in stream:
            if piece.key is None and piece.index is None and piece.value == []:
                yield Skipped(self.where, "the list is empty; nothing to import", rejected=False)
                return
            if piece.key is None and piece.index is None:
                raise LinkDeskError(
                    f"{self.where} does not look like Open Referral data "
                    "(expected a service or a list of them)."
                )
            if piece.index is None:
                self.head[str(piece.key)] = piece.value
                continue
            top_array = top_array or piece.key is None
            self.streamed += 1
            down = HandedDown()
            if piece.key == "services" and self.head.get("name"):
                down.organisation = {k: v for k, v in self.head.items() if k != "services"}
            yield from self.item(piece.value, piece.index + 1, down)
        if not self.streamed and not top_array:
            yield from self.whole()
        yield from self.finish()

    def item(self, value: Any, number: int, down: HandedDown) -> Iterator[Parsed]:
        kind = kind_of(value)
        if kind == Kind.PLAIN:
            kind = self.hint if self.hint in _NOT_SERVICES else Kind.SERVICE
            if down.organisation:
                kind = Kind.SERVICE
        if kind == Kind.SERVICE:
            yield from self.service(value, down)
        elif kind == Kind.SERVICE_AT_LOCATION:
            yield from self.at_location(value, number)
        elif kind == Kind.ORGANISATION and objs(value.get("services")):
            org = {k: v for k, v in value.items() if k != "services"}
            for service in objs(value.get("services")):
                yield from self.service(service, HandedDown(organisation=org))
        elif kind in _NOT_SERVICES:
            self.other[kind] += 1
        else:
            yield Skipped(f"{self.where}: item {number}", "it is not a service object")

    def service(self, obj: Obj, down: HandedDown) -> Iterator[Parsed]:
        service, notes = map_service(obj, self.where, down, self.today)
        yield from notes
        if service is not None:
            self.services += 1
            yield service

    def at_location(self, obj: Obj, number: int) -> Iterator[Parsed]:
        service = obj.get("service")
        if not isinstance(service, dict):
            yield Skipped(
                f"{self.where}: item {number}",
                "a service at a location without its service (only ids); nothing to import",
            )
            return
        location = objs(obj.get("location"))[0] if objs(obj.get("location")) else {}
        extra = {k: v for k, v in obj.items() if k not in ("service", "location")}
        yield from self.service(service, HandedDown(location=location, at_location=extra))

    def whole(self) -> Iterator[Parsed]:
        """A document that is one object (not a list): read whole, then recognised."""
        head = self.head
        empty = [k for k, v in head.items() if k.lower() in PAGE_KEYS and v == []]
        if empty:
            yield Skipped(self.where, "the list is empty; nothing to import", rejected=False)
            return
        if any(k.lower().endswith(".csv") and isinstance(v, list) for k, v in head.items()):
            from linkdesk.directory.csv_package import join_tables

            tables = {k.lower(): v for k, v in head.items() if isinstance(v, list)}
            yield from join_tables(tables, self.where, self.today)
            self.services += 1  # counted by the join; never "holds no services"
            return
        kind = kind_of(head)
        if kind == Kind.PLAIN:
            kind = self.hint if self.hint in _NOT_SERVICES else Kind.SERVICE
        if kind in (Kind.API_ROOT, Kind.DATA_PACKAGE):
            version = f" (HSDS {head['version']})" if head.get("version") else ""
            raise LinkDeskError(f"{self.where} is {ONE[kind]}{version}; it holds no services.")
        if kind == Kind.OTHER:
            raise LinkDeskError(
                f"{self.where} does not look like Open Referral data "
                "(expected a service or a list of them)."
            )
        yield from self.item(head, 1, HandedDown())

    def finish(self) -> Iterator[Parsed]:
        if not self.other:
            return
        if not self.services:
            if len(self.other) == 1:
                (kind,) = self.other
                what = MANY[kind] if self.streamed else ONE[kind]
                raise LinkDeskError(f"{self.where} is {what}; it holds no services.")
            kinds = " and ".join(MANY[k].removeprefix("a list of ") for k in self.other)
            raise LinkDeskError(f"{self.where} holds {kinds}, but no services.")
        for kind, count in self.other.items():
            what = (
                f"1 item is {ONE[kind]}, not a service"
                if count == 1
                else (f"{count} items are {MANY[kind].removeprefix('a list of ')}, not services")
            )
            yield Skipped(self.where, f"{what}; left out", rejected=False)


def parse_json_text(text: str, where: str, today: date | None = None) -> ParsedBatch:
    """All services in one JSON document held as text, gathered (tests, fuzzing)."""
    batch = ParsedBatch()
    for item in read_json_text(text, where, today):
        batch.add(item)
    return batch
