"""The HSDS / ORUK tabular form: one CSV file per table, joined by id.

File names of every published version are read: HSDS 3.0 (``services.csv``,
``service_at_location.csv``, ``addresses.csv``, ``schedules.csv``, ``attributes.csv``,
``languages.csv``), the ORUK 3.0 profile's singular names (``address.csv``, ``schedule.csv``,
``attribute.csv``, ``taxonomy.csv``), HSDS 2.0 (``services_at_location.csv``,
``physical_addresses.csv``, ``service_attributes.csv``, ``other_attributes.csv``) and HSDS 1.x
(``regular_schedules.csv`` with ``weekday``, ``services_taxonomy.csv``, ``taxonomy.csv``,
``accessibility_for_disabilities.csv``, ``eligibility.csv``).

Every documented link is followed: service → organisation; service_at_location → service and
location; location → addresses, accessibility, phones, contacts, schedules, languages; phone →
service, location, organisation, contact and service_at_location; contact → service,
service_at_location, location and organisation; schedule → service, service_at_location and
location; language → service, location and phone; attribute → its linked service.

The small tables are held in memory; services.csv is read one row at a time and each row is
rebuilt into the nested JSON shape, then mapped by the same code as the JSON form.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from linkdesk.directory.batch import Meter, Parsed, Skipped
from linkdesk.directory.oruk import map_service
from linkdesk.directory.textfile import check_unchanged, open_csv, snapshot
from linkdesk.domain.errors import LinkDeskError

Row = dict[str, Any]

# table -> the file names (without .csv) it has had in HSDS 1.x, 2.x, 3.0 and ORUK
TABLES: dict[str, tuple[str, ...]] = {
    "services": ("services", "service"),
    "organizations": ("organizations", "organization", "organisations", "organisation"),
    "locations": ("locations", "location"),
    "service_at_location": (
        "service_at_location", "services_at_location", "service_at_locations",
        "services_at_locations",
    ),
    "addresses": ("addresses", "address", "physical_addresses", "physical_address"),
    "postal_addresses": ("postal_addresses", "postal_address"),
    "phones": ("phones", "phone"),
    "contacts": ("contacts", "contact"),
    "schedules": ("schedules", "schedule", "regular_schedules", "regular_schedule"),
    "taxonomy_terms": ("taxonomy_terms", "taxonomy_term", "taxonomy", "taxonomies"),
    "attributes": ("attributes", "attribute", "other_attributes", "other_attribute"),
    "service_attributes": ("service_attributes", "service_attribute"),
    "service_taxonomy": (
        "service_taxonomy", "services_taxonomy", "service_taxonomies", "service_taxonomys",
    ),
    "cost_options": ("cost_options", "cost_option"),
    "accessibility": ("accessibility", "accessibility_for_disabilities"),
    "eligibility": ("eligibility", "eligibilitys", "eligibilities"),
    "service_areas": ("service_areas", "service_area"),
    "languages": ("languages", "language"),
}  # fmt: skip
# Documented tables LinkDesk has no use for (not reported as unknown).
NOT_USED = {
    "funding", "fundings", "programs", "program", "metadata", "meta_table_descriptions",
    "meta_table_description", "required_documents", "required_document", "payments_accepted",
    "payment_accepted", "holiday_schedules", "holiday_schedule", "organization_identifiers",
    "organization_identifier", "reviews", "review", "link_taxonomy", "link_taxonomies",
    "taxonomy_detail", "service_capacity", "unit", "url", "urls",
}  # fmt: skip
_TABLE_OF = {name: table for table, names in TABLES.items() for name in names}
KNOWN_COLUMNS = {
    "id", "name", "service_id", "location_id", "organization_id", "contact_id", "phone_id",
    "service_at_location_id", "taxonomy_term_id", "taxonomy_id", "link_id", "description",
    "number", "address_1", "postal_code", "byday", "weekday", "opens_at", "closes_at",
}  # fmt: skip


def table_of(filename: str) -> str | None:
    """The canonical table a file holds: 'physical_addresses.csv' -> 'addresses'."""
    stem = filename.lower().removesuffix(".csv").strip()
    return _TABLE_OF.get(stem)


def _files(folder: Path) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() == ".csv" and (table := table_of(path.name)):
            found[table].append(path)
    return found


def is_package(folder: Path) -> bool:
    """A folder holding Open Referral tables (with or without services.csv)."""
    try:
        return bool(_files(folder))
    except OSError:
        return False


def _id(value: Any) -> str:
    return str(value if value is not None else "").strip()


class _Tables:
    """The side tables, indexed by every link LinkDesk follows."""

    def __init__(self, tables: dict[str, list[Row]], where: str) -> None:
        self.where = where
        self.present = {t for t, rows in tables.items() if rows}
        self.orgs = {_id(r.get("id")): r for r in tables.get("organizations", [])}
        self.locations = {_id(r.get("id")): r for r in tables.get("locations", [])}
        self.terms = {_id(r.get("id")): r for r in tables.get("taxonomy_terms", [])}
        self.contacts_by_id = {_id(r.get("id")): r for r in tables.get("contacts", [])}
        self.by: dict[tuple[str, str], dict[str, list[Row]]] = {}
        links = {
            "addresses": ("location_id",),
            "postal_addresses": ("location_id",),
            "accessibility": ("location_id",),
            "phones": ("service_id", "location_id", "organization_id", "contact_id",
                       "service_at_location_id"),
            "contacts": ("service_id", "location_id", "organization_id", "service_at_location_id"),
            "schedules": ("service_id", "location_id", "service_at_location_id"),
            "languages": ("service_id", "location_id", "phone_id"),
            "service_at_location": ("service_id",),
            "attributes": ("link_id",),
            "service_attributes": ("service_id",),
            "service_taxonomy": ("service_id",),
            "cost_options": ("service_id",),
            "eligibility": ("service_id",),
            "service_areas": ("service_id",),
        }  # fmt: skip
        for table, keys in links.items():
            for key in keys:
                index: dict[str, list[Row]] = defaultdict(list)
                for row in tables.get(table, []):
                    if value := _id(row.get(key)):
                        index[value].append(row)
                self.by[(table, key)] = index
        self.missing: Counter[str] = Counter()

    def rows(self, table: str, key: str, value: str) -> list[Row]:
        return self.by.get((table, key), {}).get(value, []) if value else []

    def _with_phones(self, contacts: list[Row]) -> list[Row]:
        out = []
        for contact in contacts:
            phones = self.phones("contact_id", _id(contact.get("id")))
            out.append({**contact, "phones": phones})
        return out

    def phones(self, key: str, value: str) -> list[Row]:
        phones = []
        for phone in self.rows("phones", key, value):
            languages = self.rows("languages", "phone_id", _id(phone.get("id")))
            phones.append({**phone, "languages": languages} if languages else phone)
        return phones

    def contacts(self, key: str, value: str) -> list[Row]:
        return self._with_phones(self.rows("contacts", key, value))

    def location(self, loc_id: str, link: str) -> Row:
        loc = self.locations.get(loc_id)
        if loc is None:
            if loc_id:
                self.missing[f"{link} points to a location that is not in locations.csv"] += 1
            loc = {"id": loc_id}
        return {
            **loc,
            "addresses": self.rows("addresses", "location_id", loc_id)
            + self.rows("postal_addresses", "location_id", loc_id),
            "accessibility": self.rows("accessibility", "location_id", loc_id),
            "phones": self.phones("location_id", loc_id),
            "contacts": self.contacts("location_id", loc_id),
            "schedules": self.rows("schedules", "location_id", loc_id),
            "languages": self.rows("languages", "location_id", loc_id),
        }

    def term(self, term_id: str, link: str) -> Row:
        term = self.terms.get(term_id)
        if term is None and term_id:
            self.missing[f"{link} points to a taxonomy term that is not in the package"] += 1
        return term or {}

    def nest(self, row: Row) -> Row:
        """One services.csv row as the nested JSON service object."""
        sid = _id(row.get("id"))
        org_id = _id(row.get("organization_id"))
        org: Row = {}
        if org_id:
            org = dict(self.orgs.get(org_id) or {})
            if not org and "organizations" in self.present:
                self.missing["services.csv points to an organisation not in organizations.csv"] += 1
            org["phones"] = self.phones("organization_id", org_id)
            org["contacts"] = self.contacts("organization_id", org_id)
        sals = []
        for sal in self.rows("service_at_location", "service_id", sid):
            sal_id = _id(sal.get("id"))
            sals.append(
                {
                    **sal,
                    "location": self.location(_id(sal.get("location_id")), "service_at_location"),
                    "schedules": self.rows("schedules", "service_at_location_id", sal_id),
                    "phones": self.phones("service_at_location_id", sal_id),
                    "contacts": self.contacts("service_at_location_id", sal_id),
                }
            )
        terms = [
            {"taxonomy_term": self.term(_id(a.get("taxonomy_term_id")), "attributes")}
            for a in self.rows("attributes", "link_id", sid)  # link_id is this service's id
        ]
        terms += [
            {"taxonomy_term": self.term(_id(a.get("taxonomy_term_id")), "service_attributes")}
            for a in self.rows("service_attributes", "service_id", sid)
        ]
        terms += [
            {"taxonomy_term": self.term(_id(a.get("taxonomy_id")), "services_taxonomy")}
            for a in self.rows("service_taxonomy", "service_id", sid)
        ]
        for term_id in str(row.get("taxonomy_ids") or "").split(","):  # HSDS 1.0's own column
            if term_id.strip():
                terms.append({"taxonomy_term": self.term(term_id.strip(), "services.csv")})
        nested = dict(row)
        nested.update(
            organization=org,
            phones=self.phones("service_id", sid),
            contacts=self.contacts("service_id", sid),
            schedules=self.rows("schedules", "service_id", sid),
            cost_options=self.rows("cost_options", "service_id", sid),
            eligibilitys=self.rows("eligibility", "service_id", sid),
            service_areas=self.rows("service_areas", "service_id", sid),
            languages=self.rows("languages", "service_id", sid),
            service_at_locations=sals,
            attributes=terms,
        )
        return nested

    def report(self) -> Iterator[Skipped]:
        for problem, count in sorted(self.missing.items()):
            rows = "1 row" if count == 1 else f"{count:,} rows"
            yield Skipped(self.where, f"{rows}: {problem}; that link was left out", False)


def _services(rows: Iterable[tuple[str, Row]], tables: _Tables, today: date) -> Iterator[Parsed]:
    for where, row in rows:
        service, notes = map_service(tables.nest(row), where, today=today)
        yield from notes
        if service is not None:
            yield service
    yield from tables.report()


def join_tables(tables: dict[str, list[Row]], where: str, today: date) -> Iterator[Parsed]:
    """The tabular JSON form: {'services.csv': [rows], ...} joined like a package folder."""
    canonical: dict[str, list[Row]] = defaultdict(list)
    unknown = []
    for name, rows in tables.items():
        table = table_of(name)
        if table:
            canonical[table].extend(r for r in rows if isinstance(r, dict))
        elif name.removesuffix(".csv") not in NOT_USED:
            unknown.append(name)
    if unknown:
        yield Skipped(
            where, f"tables not used (not Open Referral ones): {', '.join(unknown)}", False
        )
    if not canonical.get("services"):
        raise LinkDeskError(f"{where} is an Open Referral tabular document with no services table.")
    joined = _Tables(canonical, where)
    services = canonical.pop("services")
    numbered = ((f"{where} services row {n}", r) for n, r in enumerate(services, start=1))
    yield from _services(numbered, joined, today)


def read_package(
    folder: Path, meter: Meter | None = None, today: date | None = None
) -> Iterator[Parsed]:
    """Every service in a package folder, services.csv read one row at a time."""
    meter = meter or Meter()
    today = today or date.today()
    files = _files(folder)
    if not files.get("services"):
        held = ", ".join(p.name for paths in files.values() for p in paths) or "no tables"
        raise LinkDeskError(
            f"The folder {folder.name} holds Open Referral tables ({held}) but no services.csv: "
            "it holds no services."
        )
    unknown = sorted(
        p.name
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() == ".csv"
        and not table_of(p.name)
        and p.stem.lower() not in NOT_USED
    )
    if unknown:
        yield Skipped(
            folder.name, f"files not used (not Open Referral tables): {', '.join(unknown)}", False
        )
    side: dict[str, list[Row]] = defaultdict(list)
    snapshots = []
    for table, paths in files.items():
        if table == "services":
            continue
        for path in paths:
            snapshots.append((path, snapshot(path)))
            side[table].extend(_read_rows(path))
            meter.finish(path.stat().st_size)
    joined = _Tables(side, folder.name)
    for path in files["services"]:
        before = snapshot(path)
        sheet = open_csv(path, KNOWN_COLUMNS)
        meter.position = sheet.stream.raw.tell
        try:
            rows = ((f"{path.name} row {n}", row) for n, row in sheet.rows())
            yield from _services(rows, joined, today)
        finally:
            sheet.stream.close()
        meter.finish(before.size)
        check_unchanged(path, before)
    for path, before in snapshots:
        check_unchanged(path, before)


def _read_rows(path: Path) -> list[Row]:
    sheet = open_csv(path, KNOWN_COLUMNS)
    try:
        return [row for _, row in sheet.rows()]
    finally:
        sheet.stream.close()
