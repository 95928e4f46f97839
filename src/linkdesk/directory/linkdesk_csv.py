"""The LinkDesk CSV: one row per service, for a spreadsheet (see docs/directory-csv.md)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from linkdesk.directory.batch import Meter, Parsed, ParsedBatch, Skipped
from linkdesk.directory.dates import past_date
from linkdesk.directory.normalise import (
    MAX_LONG,
    clean,
    clean_html,
    coordinate,
    looks_free,
    read_days,
)
from linkdesk.directory.oruk import auto_source_id
from linkdesk.directory.schedule_text import read_rules, rules_text
from linkdesk.directory.textfile import (
    DELIMITER_NAMES,
    CsvTable,
    check_unchanged,
    open_csv,
    snapshot,
)
from linkdesk.directory.vocab import (
    attending_ways,
    check_postcode,
    check_website,
    language_names,
    split_email,
)
from linkdesk.domain.enums import ServiceSource
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import Service
from linkdesk.domain.service_schedule import DAY_NAMES, has_ended, words
from linkdesk.domain.text import csv_safe

HEADER = (
    "name",
    "organisation",
    "description",
    "categories",
    "alert",
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
    "schedule_rules",
    "attending",
    "languages",
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
# Other names coordinators give these columns (compared after lower-casing, spaces as '_').
ALIASES = {
    "service_name": "name", "name_of_service": "name", "activity": "name", "activity_name": "name",
    "group_name": "name", "organization": "organisation", "organisation_name": "organisation",
    "organization_name": "organisation", "provider": "organisation", "run_by": "organisation",
    "details": "description", "about": "description", "summary": "description",
    "category": "categories", "tags": "categories", "type_of_support": "categories",
    "notice": "alert", "alerts": "alert", "warning": "alert", "street_address": "address",
    "venue_address": "address", "post_code": "postcode", "postal_code": "postcode",
    "town": "area", "city": "area", "locality": "area", "neighbourhood": "area", "lat": "latitude",
    "lon": "longitude", "lng": "longitude", "long": "longitude", "telephone": "phone",
    "tel": "phone", "phone_number": "phone", "telephone_number": "phone",
    "contact_number": "phone", "e_mail": "email", "email_address": "email",
    "contact_email": "email", "web": "website", "url": "website", "web_address": "website",
    "web_site": "website", "when": "schedule", "times": "schedule", "opening_times": "schedule",
    "opening_hours": "schedule", "when_it_runs": "schedule", "day": "days",
    "day_of_week": "days", "days_of_week": "days", "weekday": "days", "rules": "schedule_rules",
    "schedules": "schedule_rules",
    "attending_type": "attending", "how_attended": "attending", "how_to_attend": "attending",
    "delivery": "attending", "language": "languages", "languages_spoken": "languages",
    "price": "cost", "fees": "cost", "charge": "cost", "is_free": "free", "who_for": "eligibility",
    "who_it_is_for": "eligibility", "criteria": "eligibility", "access": "accessibility",
    "transport": "how_to_get_there", "directions": "how_to_get_there",
    "getting_there": "how_to_get_there", "last_updated": "last_checked",
    "date_checked": "last_checked", "checked": "last_checked", "last_verified": "last_checked",
    "reference": "source_id", "ref": "source_id",
}  # fmt: skip
# Lines of an address in their own columns (a flattened Open Referral spreadsheet).
ADDRESS_PARTS = ("venue", "venue_name", "location_name", "address_1", "address_2", "address_3")
_YES = {"yes", "y", "true", "1", "free", "x"}
_NO = {"no", "n", "false", "0", ""}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def column_name(header: str) -> str:
    return ALIASES.get(header, header)


def _guarded(text: str) -> bool:
    """Starts with the quote(s) that defuse a formula: "'=1", "''=1"."""
    return text.startswith("'") and text.lstrip("'").startswith(_FORMULA_START)


def _cell(row: dict[str, str], key: str) -> str:
    value = row.get(key) or ""
    # Undo the quote our own export puts before a formula-like cell.
    return value[1:] if _guarded(value) else value


def _yes_no(row: dict[str, str], key: str, notes: list[str]) -> bool | None:
    text = _cell(row, key).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return None if not text else False
    notes.append(f"{key} {_cell(row, key)[:30]!r} is not yes or no; left out")
    return None


def row_to_service(
    row: dict[str, str], where: str, today: date | None = None
) -> tuple[Service | None, list[Skipped]]:
    """One spreadsheet row as a Service; every value not understood is named in the notes."""
    today = today or date.today()
    name = clean_html(_cell(row, "name"), 300).replace("\n", " ")
    if not name:
        return None, [Skipped(where, "it has no name")]
    label = f"{where} ({name})"
    notes: list[str] = []
    lat_text, lon_text = _cell(row, "latitude").strip(), _cell(row, "longitude").strip()
    lat, lon = coordinate(lat_text, 90), coordinate(lon_text, 180)
    if (lat_text or lon_text) and (lat is None or lon is None):
        lat = lon = None
        notes.append("map position is out of range or not a number; left out")
    cost = clean(_cell(row, "cost"), 400)
    free = _yes_no(row, "free", notes)
    postcode, problem = check_postcode(_cell(row, "postcode"))
    notes += [problem] if problem else []
    email, problem = split_email(_cell(row, "email"))
    notes += [problem] if problem else []
    website, problem = check_website(_cell(row, "website"))
    notes += [problem] if problem else []
    source_text = _cell(row, "source").strip().lower()
    try:
        source = ServiceSource(source_text or "csv")
    except ValueError:
        source = ServiceSource.CSV
        notes.append(
            f"source {source_text[:30]!r} is not csv, openreferral, manual or demo; csv used"
        )
    source_id = clean(_cell(row, "source_id"), 200) or auto_source_id(name, postcode)
    categories = [clean(c, 80).lower() for c in re.split(r"[;|]", _cell(row, "categories"))]
    days, unknown = read_days(_cell(row, "days"))
    if unknown:
        notes.append(f"days: {', '.join(repr(w) for w in unknown[:5])} not understood; left out")
    schedules, problems = read_rules(_cell(row, "schedule_rules"))
    notes += problems
    for s in schedules:
        if has_ended(s, today) and s.ends:
            notes.append(f"the times '{words(s)}' ended on {s.ends.isoformat()}: kept, not current")
    current = [s for s in schedules if not has_ended(s, today)]
    if not days and current:
        days = sorted({d for s in current for d in s.days})
    schedule_words = clean(_cell(row, "schedule"), 600) or "; ".join(words(s) for s in current)
    checked, problem = past_date(_cell(row, "last_checked"), today)
    if problem:
        notes.append(f"last_checked {problem}; left out")
    lines = [_cell(row, k) for k in ADDRESS_PARTS] + [_cell(row, "address")]
    address = "\n".join(
        line for part in lines for line in (clean(x, 200) for x in part.splitlines()) if line
    )
    description = clean_html(_cell(row, "description"), MAX_LONG * 4)
    if len(description) > MAX_LONG:
        notes.append(f"the description was cut to {MAX_LONG:,} characters")
    retired = _yes_no(row, "retired", notes)
    attending_text = _cell(row, "attending")
    attending = attending_ways(re.split(r"[;,|/]| and ", attending_text))
    if attending_text.strip() and not attending:
        notes.append(
            f"attending {attending_text[:30]!r} is not in person, online or phone; left out"
        )
    service = Service(
        name=name,
        organisation=clean(_cell(row, "organisation")),
        description=clean(description, MAX_LONG, multiline=True),
        categories=list(dict.fromkeys(c for c in categories if c))[:20],
        address=address,
        postcode=postcode,
        area=clean(_cell(row, "area")),
        latitude=lat,
        longitude=lon,
        phone=clean(_cell(row, "phone"), 40),
        email=email,
        website=website,
        schedule=clean(schedule_words, 600),
        days=days,
        cost=cost,
        is_free=free if free is not None else looks_free(cost),
        eligibility=clean_html(_cell(row, "eligibility"), 800),
        accessibility=clean_html(_cell(row, "accessibility"), 800),
        how_to_get_there=clean_html(_cell(row, "how_to_get_there"), 600),
        source=source,
        source_id=source_id,
        last_checked_on=checked,
        retired=bool(retired),
        alert=clean_html(_cell(row, "alert"), 800),
        languages=language_names([_cell(row, "languages")]),
        attending=attending,
        schedules=schedules,
    )
    return service, [Skipped(label, note, rejected=False) for note in notes]


_KNOWN = set(HEADER) | set(ALIASES) | set(ADDRESS_PARTS)


def _check_header(sheet: CsvTable) -> Iterator[Skipped]:
    name = sheet.name
    header = set(sheet.header)
    if "name" not in header:
        delimiter = DELIMITER_NAMES.get(sheet.delimiter, repr(sheet.delimiter))
        raise LinkDeskError(
            f"{name} has no 'name' column (read as {sheet.stream.encoding} text separated by "
            f"{delimiter}s): it is not a LinkDesk directory CSV (see docs/directory-csv.md)."
        )
    if "organization_id" in header and "organisation" not in header:
        raise LinkDeskError(
            f"{name} is one table of an Open Referral CSV package: import the folder that holds it."
        )
    unused = [h for h in sheet.header if h and h not in _KNOWN]
    if unused:
        yield Skipped(name, f"columns not used: {', '.join(unused[:20])}", rejected=False)
    doubled = [h for h in set(sheet.header) if h and sheet.header.count(h) > 1]
    if doubled:
        yield Skipped(
            name, f"columns that appear twice (the last one was used): {', '.join(doubled)}", False
        )


def read_linkdesk_csv(
    path: Path, meter: Meter | None = None, today: date | None = None
) -> Iterator[Parsed]:
    """Services from a LinkDesk CSV (or TSV, or Excel "Unicode Text"), one row at a time."""
    meter = meter or Meter()
    before = snapshot(path)
    sheet = open_csv(path, _KNOWN, column_name)
    meter.position = sheet.stream.raw.tell
    try:
        yield from _check_header(sheet)
        for number, row in sheet.rows():
            service, notes = row_to_service(row, f"{path.name} row {number}", today)
            yield from notes
            if service is not None:
                yield service
    finally:
        sheet.stream.close()
    check_unchanged(path, before)


def parse_linkdesk_csv(path: Path) -> ParsedBatch:
    """The whole file gathered (small files and tests)."""
    batch = ParsedBatch()
    for item in read_linkdesk_csv(path):
        batch.add(item)
    return batch


def service_row(service: Service) -> list[str]:
    values = {
        "name": service.name,
        "organisation": service.organisation,
        "description": service.description[:MAX_LONG],
        "categories": "; ".join(service.categories),
        "alert": service.alert,
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
        "schedule_rules": rules_text(service.schedules),
        "attending": "; ".join(service.attending),
        "languages": "; ".join(service.languages),
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
