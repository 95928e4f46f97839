"""The LinkDesk CSV: one row per service, for a spreadsheet (see docs/directory-csv.md)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from linkdesk.directory.batch import ParsedBatch, Skipped
from linkdesk.directory.normalise import (
    DAY_NAMES,
    MAX_LONG,
    clean,
    clean_html,
    coordinate,
    looks_free,
    parse_days,
)
from linkdesk.directory.oruk import auto_source_id
from linkdesk.directory.textfile import read_csv_rows
from linkdesk.domain.enums import ServiceSource
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import Service
from linkdesk.domain.text import csv_safe

HEADER = (
    "name",
    "organisation",
    "description",
    "categories",
    "address",
    "postcode",
    "area",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "schedule",
    "days",
    "cost",
    "free",
    "eligibility",
    "accessibility",
    "how_to_get_there",
    "last_checked",
    "retired",
    "source",
    "source_id",
)
_YES = {"yes", "y", "true", "1", "free"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _guarded(text: str) -> bool:
    """Starts with the quote(s) that defuse a formula: "'=1", "''=1"."""
    return text.startswith("'") and text.lstrip("'").startswith(_FORMULA_START)


def _cell(row: dict[str, str], key: str) -> str:
    value = row.get(key) or ""
    # Undo the quote our own export puts before a formula-like cell.
    return value[1:] if _guarded(value) else value


def _date(text: str) -> date | None:
    try:
        day = date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None
    return day if day <= date.today() else None


def row_to_service(row: dict[str, str], where: str) -> tuple[Service | None, list[Skipped]]:
    name = clean_html(_cell(row, "name"), 300).replace("\n", " ")
    if not name:
        return None, [Skipped(where, "it has no name")]
    label = f"{where} ({name})"
    notes: list[Skipped] = []
    lat_text, lon_text = _cell(row, "latitude").strip(), _cell(row, "longitude").strip()
    lat, lon = coordinate(lat_text, 90), coordinate(lon_text, 180)
    if (lat_text or lon_text) and (lat is None or lon is None):
        lat = lon = None
        notes.append(
            Skipped(label, "map position is out of range or not a number; left out", False)
        )
    cost = clean(_cell(row, "cost"), 400)
    free_text = _cell(row, "free").strip().lower()
    postcode = clean(_cell(row, "postcode"), 12).upper()
    try:
        source = ServiceSource(_cell(row, "source").strip().lower() or "csv")
    except ValueError:
        source = ServiceSource.CSV
    source_id = clean(_cell(row, "source_id"), 200) or auto_source_id(name, postcode)
    categories = [clean(c, 80).lower() for c in _cell(row, "categories").split(";")]
    service = Service(
        name=name,
        organisation=clean(_cell(row, "organisation") or _cell(row, "organization")),
        description=clean_html(_cell(row, "description")),
        categories=list(dict.fromkeys(c for c in categories if c))[:20],
        address=clean(_cell(row, "address")),
        postcode=postcode,
        area=clean(_cell(row, "area")),
        latitude=lat,
        longitude=lon,
        phone=clean(_cell(row, "phone"), 40),
        email=clean(_cell(row, "email")),
        website=clean(_cell(row, "website")),
        schedule=clean(_cell(row, "schedule"), 600),
        days=parse_days(_cell(row, "days")),
        cost=cost,
        is_free=free_text in _YES if free_text else looks_free(cost),
        eligibility=clean_html(_cell(row, "eligibility"), 800),
        accessibility=clean_html(_cell(row, "accessibility"), 800),
        how_to_get_there=clean_html(_cell(row, "how_to_get_there"), 600),
        source=source,
        source_id=source_id,
        last_checked_on=_date(_cell(row, "last_checked")),
        retired=_cell(row, "retired").strip().lower() in _YES,
    )
    return service, notes


def parse_linkdesk_csv(path: Path) -> ParsedBatch:
    rows = read_csv_rows(path)
    if rows and "name" not in rows[0]:
        raise LinkDeskError(
            f"{path.name} has no 'name' column: it is not a LinkDesk directory CSV "
            "(see docs/directory-csv.md)."
        )
    if rows and "organization_id" in rows[0] and "organisation" not in rows[0]:
        raise LinkDeskError(
            f"{path.name} is one table of an Open Referral CSV package: "
            "import the folder that holds it."
        )
    batch = ParsedBatch()
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        service, notes = row_to_service(row, f"{path.name} row {number}")
        batch.skipped.extend(notes)
        if service is not None:
            batch.services.append(service)
    return batch


def service_row(service: Service) -> list[str]:
    values = {
        "name": service.name,
        "organisation": service.organisation,
        "description": service.description[:MAX_LONG],
        "categories": "; ".join(service.categories),
        "address": service.address,
        "postcode": service.postcode,
        "area": service.area,
        "latitude": "" if service.latitude is None else f"{service.latitude:.6f}",
        "longitude": "" if service.longitude is None else f"{service.longitude:.6f}",
        "phone": service.phone,
        "email": service.email,
        "website": service.website,
        "schedule": service.schedule,
        "days": ";".join(DAY_NAMES[d][:3] for d in service.days if 0 <= d <= 6),
        "cost": service.cost,
        "free": "yes" if service.is_free else "no",
        "eligibility": service.eligibility,
        "accessibility": service.accessibility,
        "how_to_get_there": service.how_to_get_there,
        "last_checked": service.last_checked_on.isoformat() if service.last_checked_on else "",
        "retired": "yes" if service.retired else "no",
        "source": service.source.value,
        "source_id": service.source_id or service.id,
    }
    return [csv_safe(_keep_quote(values[key])) for key in HEADER]


def _keep_quote(text: str) -> str:
    """Text that itself starts with a guard quote gets one more, which the import removes."""
    return "'" + text if _guarded(text) else text


def to_csv_bytes(services: Iterable[Service]) -> bytes:
    """The services as a LinkDesk CSV (UTF-8 with BOM so Excel reads accents), formulas defused."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for service in services:
        writer.writerow(service_row(service))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
