"""Recognise an import source (file or folder) and parse it with the right importer."""

from __future__ import annotations

from pathlib import Path

from linkdesk.directory.batch import ParsedBatch
from linkdesk.directory.csv_package import is_package, parse_package
from linkdesk.directory.linkdesk_csv import parse_linkdesk_csv
from linkdesk.directory.oruk import parse_json_text
from linkdesk.directory.textfile import read_text
from linkdesk.domain.errors import LinkDeskError


def parse_source(path: Path) -> ParsedBatch:
    """Services in one source: ORUK JSON file, ORUK CSV package folder, or LinkDesk CSV."""
    if not path.exists():
        raise LinkDeskError(f"There is no file or folder at {path}.")
    if path.is_dir():
        if is_package(path):
            return parse_package(path)
        json_files = sorted(path.glob("*.json"))
        if json_files:
            batch = ParsedBatch()
            for file in json_files:
                batch.extend(parse_json_text(read_text(file, allow_cp1252=False), file.name))
            return batch
        raise LinkDeskError(
            f"The folder {path.name} has no files LinkDesk can import "
            "(expected services.csv from an Open Referral package, or .json files)."
        )
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return parse_linkdesk_csv(path)
    text = read_text(path, allow_cp1252=False)
    if suffix == ".json" or text.lstrip()[:1] in ("{", "["):
        return parse_json_text(text, path.name)
    raise LinkDeskError(
        f"{path.name} is not a file LinkDesk can import (use Open Referral JSON or a CSV)."
    )
