"""Open Referral UK / HSDS 3.0 (UK profile) service objects -> LinkDesk services.

Accepts the HSDS 3.0 nesting (service_at_locations -> location -> addresses, accessibility,
schedules, attributes -> taxonomy_term, cost_options) and the older ORUK names
(physical_addresses, accessibility_for_disabilities, regular_schedules, service_taxonomys,
eligibilitys). Every field is optional except the name; odd values are dropped, not fatal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from linkdesk.directory.batch import ParsedBatch, Skipped
from linkdesk.directory.normalise import (
    MAX_LONG,
    categories_from,
    clean,
    clean_html,
    clock_time,
    coordinate,
    looks_free,
    parse_days,
    schedule_sentence,
)
from linkdesk.domain.enums import ServiceSource
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import Service

Obj = dict[str, Any]
_RETIRED_STATUSES = {"inactive", "defunct", "closed", "withdrawn"}


def _objs(value: Any) -> list[Obj]:
    """A list of objects from a value that may be missing, one object, or a mixed list."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return []


def _first(*values: Any, limit: int = 300) -> str:
    for value in values:
        if text := clean(value, limit):
            return text
    return ""


def _join_unique(parts: list[str], sep: str = "; ", limit: int = MAX_LONG) -> str:
    seen: dict[str, None] = {}
    for part in parts:
        if part and part.lower() not in (s.lower() for s in seen):
            seen[part] = None
    return clean(sep.join(seen), limit)


def _locations(obj: Obj) -> list[Obj]:
    locations = []
    for sal in _objs(obj.get("service_at_locations")):
        loc = sal.get("location")
        locations.extend(_objs(loc) if loc else [sal])
    locations.extend(_objs(obj.get("locations")))
    return locations


def _address(loc: Obj) -> tuple[str, str, str]:
    """(address line, postcode, area) from a location's addresses."""
    addresses = _objs(loc.get("addresses")) + _objs(loc.get("physical_addresses"))
    addresses.sort(key=lambda a: str(a.get("address_type", "physical")) != "physical")
    for a in addresses:
        line = ", ".join(
            t
            for t in (clean(a.get(k)) for k in ("address_1", "address_2", "address_3", "city"))
            if t
        )
        postcode = clean(a.get("postal_code"), 12).upper()
        area = _first(a.get("city"), a.get("region"), a.get("state_province"))
        if line or postcode:
            return line, postcode, area
    return "", "", ""


def _schedules(obj: Obj, locations: list[Obj]) -> tuple[list[int], str]:
    schedules = _objs(obj.get("schedules")) + _objs(obj.get("regular_schedules"))
    for sal in _objs(obj.get("service_at_locations")):
        schedules += _objs(sal.get("schedules")) + _objs(sal.get("regular_schedules"))
    for loc in locations:
        schedules += _objs(loc.get("schedules")) + _objs(loc.get("regular_schedules"))
    all_days: set[int] = set()
    sentences = []
    for s in schedules:
        days = parse_days(s.get("byday") or s.get("weekday") or s.get("day"))
        all_days.update(days)
        sentence = schedule_sentence(
            days,
            clock_time(s.get("opens_at")),
            clock_time(s.get("closes_at")),
            clean(s.get("description") or s.get("notes"), 200),
        )
        sentences.append(sentence)
    return sorted(all_days), _join_unique(sentences, limit=600)


def _cost(obj: Obj) -> tuple[str, bool]:
    parts = [clean_html(obj.get("fees_description") or obj.get("fees"), 300)]
    amounts: list[float] = []
    for option in _objs(obj.get("cost_options")):
        amount = option.get("amount")
        try:
            value = float(amount) if amount not in (None, "") else None
        except (TypeError, ValueError):
            value = None
        if value is not None and not 0 <= value < 1e7:  # NaN, negative or absurd
            value = None
        if value is not None:
            amounts.append(value)
        label = clean(option.get("option"), 100)
        described = clean(option.get("amount_description"), 200)
        money = f"£{value:.2f}".replace(".00", "") if value else ("free" if value == 0 else "")
        price = " ".join(p for p in (money, described) if p)
        parts.append(f"{label}: {price}" if label and price else label or price)
    text = _join_unique(parts, limit=400)
    return text, looks_free(text, amounts=amounts)


def _taxonomy_terms(obj: Obj) -> Iterator[str]:
    for attribute in _objs(obj.get("attributes")):
        term = attribute.get("taxonomy_term")
        for t in _objs(term):
            yield clean(t.get("name") or t.get("term") or t.get("code"), 80)
        if not term and attribute.get("value"):
            yield clean(attribute.get("value"), 80)
    for link in _objs(obj.get("service_taxonomys")):
        for t in _objs(link.get("taxonomy")):
            yield clean(t.get("name"), 80)
    for t in _objs(obj.get("taxonomy_terms")):
        yield clean(t.get("name") or t.get("term"), 80)
    raw = obj.get("categories")
    if isinstance(raw, list):
        yield from (clean(c, 80) for c in raw if isinstance(c, str))


def _age(value: Any) -> str:
    try:
        age = int(float(str(value).strip()))
    except (TypeError, ValueError, OverflowError):
        return ""
    return str(age) if 0 <= age <= 120 else ""


def _eligibility(obj: Obj) -> str:
    parts = [clean_html(obj.get("eligibility_description"), 600)]
    parts += [clean(e.get("eligibility"), 200) for e in _objs(obj.get("eligibilitys"))]
    ages = [obj] + _objs(obj.get("eligibilitys"))
    for holder in ages:
        low, high = holder.get("minimum_age"), holder.get("maximum_age")
        low_text, high_text = _age(low), _age(high)
        if low_text and high_text:
            parts.append(f"Ages {low_text} to {high_text}")
        elif low_text:
            parts.append(f"Ages {low_text} and over")
        elif high_text:
            parts.append(f"Ages up to {high_text}")
    return _join_unique(parts, limit=800)


def _checked_on(obj: Obj) -> date | None:
    for key in ("assured_date", "last_modified", "last_checked"):
        match = re.match(r"^\s*(\d{4}-\d{2}-\d{2})", str(obj.get(key) or ""))
        if match:
            try:
                day = date.fromisoformat(match[1])
            except ValueError:
                continue
            return day if day <= date.today() else None
    return None


def _contact(obj: Obj, org: Obj, locations: list[Obj]) -> tuple[str, str]:
    contacts = _objs(obj.get("contacts"))
    phone_sources = [obj, *contacts, *locations, org]
    phones = [
        clean(p.get("number"), 40)
        for holder in phone_sources
        for p in _objs(holder.get("phones"))
        if clean(p.get("number"), 40)
    ]
    email = _first(obj.get("email"), *(c.get("email") for c in contacts), org.get("email"))
    return (phones[0] if phones else ""), email


def map_service(obj: Obj, where: str) -> tuple[Service | None, list[Skipped]]:
    """One ORUK/HSDS service object as a Service (or None and the reason it was rejected)."""
    name = clean_html(obj.get("name"), 300).replace("\n", " ")
    source_id = clean(obj.get("id"), 200)
    label = f"{where}: {name or source_id or 'a service with no name'}"
    if not name:
        return None, [Skipped(label, "it has no name")]
    org = (_objs(obj.get("organization")) or _objs(obj.get("organisation")) or [{}])[0]
    locations = _locations(obj)
    notes: list[Skipped] = []
    lat = lon = None
    address = postcode = area = transport = ""
    access: list[str] = []
    for loc in locations:
        if not address and not postcode:
            address, postcode, area = _address(loc)
        transport = transport or clean_html(loc.get("transportation"), 600)
        for a in _objs(loc.get("accessibility")) + _objs(loc.get("accessibility_for_disabilities")):
            access.append(clean(a.get("description") or a.get("accessibility"), 300))
            access.append(clean(a.get("details"), 300))
        raw_lat, raw_lon = loc.get("latitude"), loc.get("longitude")
        if lat is None and (raw_lat not in (None, "") or raw_lon not in (None, "")):
            lat, lon = coordinate(raw_lat, 90), coordinate(raw_lon, 180)
            if lat is None or lon is None:
                lat = lon = None
                notes.append(
                    Skipped(label, f"map position {raw_lat!s:.20}, {raw_lon!s:.20} is out of range"
                            " or not a number; left out", rejected=False)
                )  # fmt: skip
    if not area:
        areas = _objs(obj.get("service_areas"))
        area = _first(*(a.get("service_area") or a.get("name") for a in areas))
    days, schedule = _schedules(obj, locations)
    cost, is_free = _cost(obj)
    phone, email = _contact(obj, org, locations)
    status = clean(obj.get("status"), 40).lower()
    service = Service(
        name=name,
        organisation=_first(org.get("name"), obj.get("organization_name")),
        description=clean_html(obj.get("description")),
        categories=categories_from(t for t in _taxonomy_terms(obj) if t),
        address=address,
        postcode=postcode,
        area=area,
        latitude=lat,
        longitude=lon,
        phone=phone,
        email=email,
        website=_first(obj.get("url"), org.get("url"), org.get("website")),
        schedule=schedule,
        days=days,
        cost=cost,
        is_free=is_free,
        eligibility=_eligibility(obj),
        accessibility=_join_unique(access, limit=800),
        how_to_get_there=transport,
        source=ServiceSource.OPEN_REFERRAL,
        source_id=source_id or auto_source_id(name, postcode),
        last_checked_on=_checked_on(obj),
        retired=status in _RETIRED_STATUSES,
    )
    return service, notes


def auto_source_id(name: str, postcode: str) -> str:
    """A stable id for a row that has none, so re-importing it does not duplicate it."""
    key = re.sub(r"[^a-z0-9]+", "-", f"{name} {postcode}".lower()).strip("-")
    return f"auto:{key}"[:200]


def services_in(document: Any, where: str) -> list[Any]:
    """The service objects in a parsed JSON document: one service, a list page, or an array."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in ("contents", "content", "items", "services"):
            if isinstance(document.get(key), list):
                return list(document[key])
        if "name" in document or "id" in document:
            return [document]
    raise LinkDeskError(
        f"{where} does not look like Open Referral data (expected a service or a list of them)."
    )


def parse_json_text(text: str, where: str) -> ParsedBatch:
    """All services in one ORUK JSON document; bad items are skipped, bad JSON is fatal."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LinkDeskError(
            f"{where} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    except RecursionError:
        raise LinkDeskError(f"{where} is nested too deeply to be directory data.") from None
    batch = ParsedBatch()
    for index, item in enumerate(services_in(document, where), start=1):
        if not isinstance(item, dict):
            batch.skipped.append(Skipped(f"{where}: item {index}", "it is not a service object"))
            continue
        service, notes = map_service(item, where)
        batch.skipped.extend(notes)
        if service is not None:
            batch.services.append(service)
    return batch
