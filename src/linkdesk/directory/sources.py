"""Recognise an import source (file or folder) and read it with the right importer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from linkdesk.directory.batch import Meter, Parsed, ParsedBatch
from linkdesk.directory.csv_package import is_package, read_package, table_of
from linkdesk.directory.json_source import read_json
from linkdesk.directory.linkdesk_csv import read_linkdesk_csv
from linkdesk.directory.textfile import sniff_start
from linkdesk.domain.errors import LinkDeskError

SPREADSHEET_SUFFIXES = (".csv", ".tsv", ".tab", ".txt")


def source_size(path: Path) -> int:
    """Bytes an import of ``path`` will read (for progress); 0 when it cannot be told."""
    try:
        if path.is_dir():
            return sum(p.stat().st_size for p in path.iterdir() if p.is_file())
        return path.stat().st_size
    except OSError:
        return 0


def read_source(
    path: Path, meter: Meter | None = None, today: date | None = None
) -> Iterator[Parsed]:
    """Services and report lines from one source, in order, read as a stream.

    A JSON file (any Open Referral shape), a folder holding an Open Referral CSV package (or
    JSON files), or a LinkDesk spreadsheet (.csv, .tsv, or Excel's "Unicode Text" .txt).
    Raises LinkDeskError (one line) for anything that cannot be read or holds no services.
    """
    meter = meter or Meter()
    if not path.exists():
        raise LinkDeskError(f"There is no file or folder at {path}.")
    if path.is_dir():
        if is_package(path):
            yield from read_package(path, meter, today)
            return
        json_files = sorted(p for p in path.glob("*.json") if p.name != "datapackage.json")
        if json_files:
            for file in json_files:
                yield from read_json(file, meter, today)
                meter.finish(source_size(file))
            return
        raise LinkDeskError(
            f"The folder {path.name} has no files LinkDesk can import "
            "(expected services.csv from an Open Referral package, or .json files)."
        )
    suffix = path.suffix.lower()
    start = sniff_start(path)
    if suffix == ".json" or (start[:1] in ("{", "[") and suffix not in (".csv", ".tsv")):
        yield from read_json(path, meter, today)
    elif suffix in SPREADSHEET_SUFFIXES:
        if table_of(path.name) and table_of(path.name) != "services":
            raise LinkDeskError(
                f"{path.name} is one table of an Open Referral CSV package: "
                "import the folder that holds it."
            )
        yield from read_linkdesk_csv(path, meter, today)
    elif suffix in (".xlsx", ".xls", ".xlsm", ".ods", ".numbers"):
        raise LinkDeskError(
            f"{path.name} is a spreadsheet workbook: save it as CSV (in Excel: File, Save As, "
            "CSV UTF-8) and import that file."
        )
    else:
        raise LinkDeskError(
            f"{path.name} is not a file LinkDesk can import "
            "(use Open Referral JSON, a CSV package folder or a spreadsheet saved as CSV)."
        )
    meter.finish(source_size(path))


def parse_source(path: Path) -> ParsedBatch:
    """Everything in one source gathered in memory (small sources, tests)."""
    batch = ParsedBatch()
    for item in read_source(path):
        batch.add(item)
    return batch
