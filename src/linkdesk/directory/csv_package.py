"""The HSDS / ORUK tabular form: a folder of CSV files, one per table, joined by id.

Each service row is rebuilt into the nested shape of the JSON form and mapped by the same code.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from linkdesk.directory.batch import ParsedBatch
from linkdesk.directory.oruk import map_service
from linkdesk.directory.textfile import read_csv_rows
from linkdesk.domain.errors import LinkDeskError

Row = dict[str, Any]

# table -> file names it may have (HSDS 3.0 first, then older ORUK names)
TABLES: dict[str, tuple[str, ...]] = {
    "services": ("services.csv", "service.csv"),
    "organizations": ("organizations.csv", "organization.csv", "organisations.csv"),
    "locations": ("locations.csv", "location.csv"),
    "service_at_location": ("service_at_location.csv", "service_at_locations.csv"),
    "addresses": ("addresses.csv", "address.csv", "physical_addresses.csv"),
    "phones": ("phones.csv", "phone.csv"),
    "schedules": ("schedules.csv", "schedule.csv", "regular_schedules.csv"),
    "taxonomy_terms": ("taxonomy_terms.csv", "taxonomy_term.csv", "taxonomies.csv"),
    "attributes": ("attributes.csv", "attribute.csv"),
    "service_taxonomy": ("service_taxonomy.csv", "service_taxonomys.csv"),
    "cost_options": ("cost_options.csv", "cost_option.csv"),
    "contacts": ("contacts.csv", "contact.csv"),
    "accessibility": ("accessibility.csv", "accessibility_for_disabilities.csv"),
    "eligibility": ("eligibility.csv", "eligibilitys.csv"),
    "service_areas": ("service_areas.csv", "service_area.csv"),
}


def is_package(folder: Path) -> bool:
    return any((folder / name).is_file() for name in TABLES["services"])


def _load(folder: Path) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {}
    for table, names in TABLES.items():
        tables[table] = []
        for name in names:
            if (folder / name).is_file():
                tables[table].extend(read_csv_rows(folder / name))
    return tables


def _by(rows: list[Row], key: str) -> dict[str, list[Row]]:
    index: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if value := str(row.get(key) or "").strip():
            index[value].append(row)
    return index


def parse_package(folder: Path, progress: Any = None) -> ParsedBatch:
    """Every service in a tabular package folder."""
    if not is_package(folder):
        raise LinkDeskError(
            f"The folder {folder.name} has no services.csv: it is not an Open Referral CSV package."
        )
    t = _load(folder)
    orgs = {str(r.get("id", "")).strip(): r for r in t["organizations"]}
    locations = {str(r.get("id", "")).strip(): r for r in t["locations"]}
    terms = {str(r.get("id", "")).strip(): r for r in t["taxonomy_terms"]}
    addresses = _by(t["addresses"], "location_id")
    access = _by(t["accessibility"], "location_id")
    loc_phones = _by(t["phones"], "location_id")
    org_phones = _by(t["phones"], "organization_id")
    svc_phones = _by(t["phones"], "service_id")
    schedules = _by(t["schedules"], "service_id")
    sal_schedules = _by(t["schedules"], "service_at_location_id")
    loc_schedules = _by(t["schedules"], "location_id")
    sals = _by(t["service_at_location"], "service_id")
    attributes = _by(t["attributes"], "link_id")
    svc_tax = _by(t["service_taxonomy"], "service_id")
    costs = _by(t["cost_options"], "service_id")
    contacts = _by(t["contacts"], "service_id")
    eligibility = _by(t["eligibility"], "service_id")
    areas = _by(t["service_areas"], "service_id")

    def location(loc_id: str) -> Row:
        loc = dict(locations.get(loc_id, {}))
        loc["addresses"] = addresses.get(loc_id, [])
        loc["accessibility"] = access.get(loc_id, [])
        loc["phones"] = loc_phones.get(loc_id, [])
        loc["schedules"] = loc_schedules.get(loc_id, [])
        return loc

    batch = ParsedBatch()
    total = len(t["services"])
    for done, row in enumerate(t["services"], start=1):
        sid = str(row.get("id", "")).strip()
        org_id = str(row.get("organization_id", "")).strip()
        org = dict(orgs.get(org_id, {}))
        org["phones"] = org_phones.get(org_id, [])
        nested = dict(row)
        nested.update(
            organization=org,
            phones=svc_phones.get(sid, []),
            schedules=schedules.get(sid, []),
            cost_options=costs.get(sid, []),
            contacts=contacts.get(sid, []),
            eligibilitys=eligibility.get(sid, []),
            service_areas=areas.get(sid, []),
            service_at_locations=[
                {
                    "location": location(str(sal.get("location_id", "")).strip()),
                    "schedules": sal_schedules.get(str(sal.get("id", "")).strip(), []),
                }
                for sal in sals.get(sid, [])
            ],
            attributes=[
                {"taxonomy_term": terms.get(str(a.get("taxonomy_term_id", "")).strip(), {})}
                for a in attributes.get(sid, [])
            ],
            service_taxonomys=[
                {"taxonomy": terms.get(str(s.get("taxonomy_id", "")).strip(), {})}
                for s in svc_tax.get(sid, [])
            ],
        )
        service, notes = map_service(nested, folder.name)
        batch.skipped.extend(notes)
        if service is not None:
            batch.services.append(service)
        if progress and done % 200 == 0:
            progress(done, total)
    return batch
