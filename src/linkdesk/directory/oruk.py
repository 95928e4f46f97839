"""One Open Referral service object -> one LinkDesk Service, whatever the version.

Reads HSDS 3.0 / ORUK 3.0 (service_at_locations -> location -> addresses, accessibility,
schedules, attributes -> taxonomy_term, cost_options, languages, alert), ORUK 1.x/2.x and
HSDS 1.x-2.x names (physical_addresses, accessibility_for_disabilities, regular_schedules with
weekday, service_taxonomys, eligibilitys, languages[].language, attending_type) and what the
document around the service hands down (its organisation, its location).

Only a missing name rejects a service; any other odd value is left out and said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from linkdesk.directory.batch import Skipped
from linkdesk.directory.dates import past_date
from linkdesk.directory.normalise import (
    MAX_LONG,
    categories_from,
    clean,
    clean_html,
    coordinate,
    looks_free,
)
from linkdesk.directory.schedules import parse_schedule
from linkdesk.directory.vocab import (
    attending_ways,
    check_postcode,
    check_website,
    language_names,
    split_email,
    tidy_phone,
)
from linkdesk.domain.enums import ServiceSource
from linkdesk.domain.models import Service
from linkdesk.domain.service_schedule import ServiceSchedule, has_ended, words

Obj = dict[str, Any]
_RETIRED_STATUSES = {"inactive", "defunct", "closed", "withdrawn", "deleted"}
_PAUSED_STATUSES = {"temporarily closed", "temporarily_closed", "paused", "suspended"}


@dataclass(slots=True)
class HandedDown:
    """What the document around a service says about it: its organisation (an organisation
    document with nested services) and its location (a service_at_location document)."""

    organisation: Obj = field(default_factory=dict)
    location: Obj = field(default_factory=dict)
    at_location: Obj = field(default_factory=dict)  # the service_at_location's own fields


def objs(value: Any) -> list[Obj]:
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
    lowered: set[str] = set()
    for part in parts:
        if part and part.lower() not in lowered:
            seen[part] = None
            lowered.add(part.lower())
    return clean(sep.join(seen), limit)


class _Notes:
    """The report lines for one service: what was left out, and why."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.items: list[Skipped] = []

    def add(self, reason: str) -> None:
        self.items.append(Skipped(self.label, reason, rejected=False))


def _sal_entries(obj: Obj, down: HandedDown) -> list[Obj]:
    entries = objs(obj.get("service_at_locations")) + objs(obj.get("services_at_location"))
    if down.location or down.at_location:
        entries.insert(0, {**down.at_location, "location": down.location})
    return entries


def _locations(obj: Obj, entries: list[Obj]) -> list[Obj]:
    locations: list[Obj] = []
    for entry in entries:
        loc = entry.get("location")
        locations.extend(objs(loc) if loc else ([entry] if "addresses" in entry else []))
    locations.extend(objs(obj.get("locations")))
    return locations


def address_lines(loc: Obj) -> tuple[list[str], str, str]:
    """(lines, postcode, town) of a location: its name, then address_1..4 (each may hold
    several lines), then the town. A physical address beats a postal one."""
    addresses = objs(loc.get("addresses")) + objs(loc.get("physical_addresses"))
    addresses += objs(loc.get("postal_addresses"))
    if not addresses and any(loc.get(k) for k in ("address_1", "postal_code", "postcode")):
        addresses = [loc]  # a flat location row from a spreadsheet
    addresses.sort(key=lambda a: str(a.get("address_type") or "physical").lower() != "physical")
    for a in addresses:
        lines: list[str] = []
        for key in ("address_1", "address_2", "address_3", "address_4"):
            text = clean(a.get(key), 400, multiline=True)
            lines += [clean(part, 200) for part in text.split("\n") if clean(part, 200)]
        town = _first(a.get("city"), a.get("locality"))
        if town and all(town.lower() not in line.lower() for line in lines):
            lines.append(town)
        postcode = _first(a.get("postal_code"), a.get("postcode"), limit=100)
        if lines or postcode:
            place = clean(loc.get("name"), 200)
            if place and all(place.lower() not in line.lower() for line in lines):
                lines.insert(0, place)
            area = town or _first(a.get("region"), a.get("state_province"))
            return lines[:8], postcode, area
    return [], "", ""


def _schedules(obj: Obj, entries: list[Obj], locations: list[Obj], notes: _Notes) -> list[Any]:
    """The service's own times, and those of the service at its locations; a location's
    opening hours only when the service gives no times of its own (they are the building's)."""
    raws = objs(obj.get("schedules")) + objs(obj.get("regular_schedules"))
    for holder in entries:
        raws += objs(holder.get("schedules")) + objs(holder.get("regular_schedules"))
        raws += objs(holder.get("regular_schedule"))  # ORUK 1.x service_at_locations
    if not raws:
        for loc in locations:
            raws += objs(loc.get("schedules")) + objs(loc.get("regular_schedules"))
    found: list[ServiceSchedule] = []
    seen: set[str] = set()
    for number, raw in enumerate(raws, start=1):
        schedule, problems = parse_schedule(raw)
        for problem in problems:
            notes.add(f"schedule {number}: {problem}")
        if schedule is None:
            continue
        key = repr(schedule.to_dict())
        if key not in seen:
            seen.add(key)
            found.append(schedule)
    return found[:30]


def _cost(obj: Obj, today: date, notes: _Notes) -> tuple[str, bool]:
    parts = [clean_html(obj.get("fees_description") or obj.get("fees"), 300)]
    if parts[0].lower() in ("fees", "fees_description"):  # a template's placeholder
        parts = []
    amounts: list[float] = []
    for option in objs(obj.get("cost_options")):
        label = clean(option.get("option"), 100)
        ended, _ = past_date(option.get("valid_to"), date.max)
        if ended and ended < today:
            notes.add(f"the price {label or ''!r} ended on {ended.isoformat()}; left out")
            continue
        amount = option.get("amount")
        try:
            value = float(amount) if amount not in (None, "") else None
        except (TypeError, ValueError):
            value = None
            notes.add(f"the price {clean(amount, 30)!r} is not a number; left out")
        if value is not None and not 0 <= value < 1e7:  # NaN, negative or absurd
            notes.add(f"the price {clean(amount, 30)!r} is not a sensible amount; left out")
            value = None
        if value is not None:
            amounts.append(value)
        described = clean(option.get("amount_description"), 200)
        money = f"£{value:.2f}".replace(".00", "") if value else ("free" if value == 0 else "")
        price = " ".join(p for p in (money, described) if p)
        parts.append(f"{label}: {price}" if label and price else label or price)
    text = _join_unique(parts, limit=400)
    return text, looks_free(text, amounts=amounts)


def _taxonomy_terms(obj: Obj) -> Iterator[str]:
    for attribute in objs(obj.get("attributes")):
        term = attribute.get("taxonomy_term")
        for t in objs(term):
            yield clean(t.get("name") or t.get("term") or t.get("code"), 80)
        if not term and attribute.get("value"):
            yield clean(attribute.get("value"), 80)
    for key in ("service_taxonomys", "service_taxonomies", "service_attributes"):
        for link in objs(obj.get(key)):
            for t in objs(link.get("taxonomy")) + objs(link.get("taxonomy_term")):
                yield clean(t.get("name"), 80)
    for t in objs(obj.get("taxonomy_terms")):
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
    holders = objs(obj.get("eligibilitys")) + objs(obj.get("eligibilities"))
    parts = [clean_html(obj.get("eligibility_description"), 600)]
    parts += [clean(e.get("eligibility"), 200) for e in holders]
    for holder in [obj, *holders]:
        low, high = _age(holder.get("minimum_age")), _age(holder.get("maximum_age"))
        if low and high:
            parts.append(f"Ages {low} to {high}")
        elif low:
            parts.append(f"Ages {low} and over")
        elif high:
            parts.append(f"Ages up to {high}")
    return _join_unique(parts, limit=800)


def _checked_on(obj: Obj, today: date, notes: _Notes) -> date | None:
    for key in ("assured_date", "last_checked", "last_modified", "last_updated"):
        if obj.get(key) in (None, ""):
            continue
        found, problem = past_date(obj.get(key), today)
        if found:
            return found
        notes.add(f"{key} {problem}; left out")
    return None


def _phone_holders(obj: Obj, org: Obj, entries: list[Obj], locations: list[Obj]) -> list[Obj]:
    holders: list[Obj] = [obj, *objs(obj.get("contacts"))]
    for entry in entries:
        holders += [entry, *objs(entry.get("contacts"))]
    for loc in locations:
        holders += [loc, *objs(loc.get("contacts"))]
    return [*holders, org, *objs(org.get("contacts"))]


def _phone(holders: list[Obj]) -> str:
    for holder in holders:
        for p in objs(holder.get("phones")):
            number = tidy_phone(p.get("number"))
            if number:
                extension = clean(p.get("extension"), 10)
                return f"{number} ext. {extension}" if extension else number
    return ""


def _languages(obj: Obj, holders: list[Obj], locations: list[Obj]) -> list[str]:
    values: list[object] = []
    for holder in [obj, *locations, *holders]:
        for lang in objs(holder.get("languages")):
            values.append(lang.get("name") or lang.get("language") or lang.get("code"))
        raw = holder.get("languages")
        if isinstance(raw, list):
            values += [v for v in raw if isinstance(v, str)]
        elif isinstance(raw, str):
            values.append(raw)
    for phone_holder in holders:
        for p in objs(phone_holder.get("phones")):
            for lang in objs(p.get("languages")):
                values.append(lang.get("name") or lang.get("code"))
            if isinstance(p.get("language"), str):
                values.append(p["language"])
    return language_names([v for v in values if v])


def _alert(obj: Obj, status: str) -> str:
    parts = [clean_html(obj.get("alert"), 600)]
    if status in _PAUSED_STATUSES:
        parts.insert(0, "Temporarily closed")
    return _join_unique(parts, sep="\n", limit=800)


def map_service(
    obj: Obj, where: str, down: HandedDown | None = None, today: date | None = None
) -> tuple[Service | None, list[Skipped]]:
    """One ORUK/HSDS service object as a Service (or None and the reason it was rejected)."""
    down = down or HandedDown()
    today = today or date.today()
    name = clean_html(obj.get("name"), 300).replace("\n", " ")
    source_id = clean(obj.get("id"), 200)
    label = f"{where}: {name or source_id or 'a service with no name'}"
    if not name:
        return None, [Skipped(label, "it has no name")]
    notes = _Notes(label)
    org = (objs(obj.get("organization")) or objs(obj.get("organisation")) or [{}])[0]
    if down.organisation:
        org = {**down.organisation, **{k: v for k, v in org.items() if v not in (None, "")}}
    entries = _sal_entries(obj, down)
    locations = _locations(obj, entries)
    lat = lon = None
    lines: list[str] = []
    postcode = area = transport = ""
    access: list[str] = []
    for loc in locations:
        if not lines and not postcode:
            lines, postcode, area = address_lines(loc)
        elif (other := address_lines(loc))[0] or other[1]:
            place = ", ".join([*other[0], other[1]]).strip(", ")
            if place and place.lower() not in ", ".join([*lines, postcode]).lower():
                notes.add(f"also runs at {place}; LinkDesk keeps one place per service, the first")
        transport = transport or clean_html(loc.get("transportation"), 600)
        for a in objs(loc.get("accessibility")) + objs(loc.get("accessibility_for_disabilities")):
            access.append(clean(a.get("description") or a.get("accessibility"), 300))
            access.append(clean(a.get("details"), 300))
        raw_lat, raw_lon = loc.get("latitude"), loc.get("longitude")
        if lat is None and (raw_lat not in (None, "") or raw_lon not in (None, "")):
            lat, lon = coordinate(raw_lat, 90), coordinate(raw_lon, 180)
            if lat is None or lon is None:
                lat = lon = None
                notes.add(
                    f"map position {raw_lat!s:.20}, {raw_lon!s:.20} is out of range or not a "
                    "number; left out"
                )
    postcode, problem = check_postcode(postcode)
    if problem:
        notes.add(problem)
    if not area:
        areas = objs(obj.get("service_areas"))
        area = _first(*(a.get("service_area") or a.get("name") for a in areas), limit=120)
    schedules = _schedules(obj, entries, locations, notes)
    for s in schedules:
        if has_ended(s, today) and s.ends:
            notes.add(
                f"the times '{words(s)}' ended on {s.ends.isoformat()}: kept, not shown as current"
            )
    current = [s for s in schedules if not has_ended(s, today)]
    cost, is_free = _cost(obj, today, notes)
    holders = _phone_holders(obj, org, entries, locations)
    email_sources = [obj.get("email")] + [h.get("email") for h in holders[1:]]
    email = ""
    for raw_email in email_sources:
        if raw_email in (None, ""):
            continue
        email, problem = split_email(raw_email)
        if problem:
            notes.add(problem)
        if email:
            break
    website = ""
    for raw_url in (obj.get("url"), org.get("url"), org.get("website")):
        if raw_url in (None, ""):
            continue
        website, problem = check_website(raw_url)
        if problem:
            notes.add(problem)
        if website:
            break
    status = clean(obj.get("status"), 40).lower()
    description = clean_html(obj.get("description"), MAX_LONG * 4)
    if len(description) > MAX_LONG:
        notes.add(f"the description was cut to {MAX_LONG:,} characters")
    attending_texts = [clean(obj.get("attending_type"), 200), *(s.attending for s in schedules)]
    attending_texts += [clean(loc.get("location_type"), 40) for loc in locations]
    service = Service(
        name=name,
        organisation=_first(org.get("name"), obj.get("organization_name"), obj.get("organisation")),
        description=clean(description, MAX_LONG, multiline=True),
        categories=categories_from(t for t in _taxonomy_terms(obj) if t),
        address="\n".join(lines),
        postcode=postcode,
        area=area,
        latitude=lat,
        longitude=lon,
        phone=_phone(holders),
        email=email,
        website=website,
        schedule=_join_unique([words(s) for s in current], limit=600),
        days=sorted({d for s in current for d in s.days}),
        cost=cost,
        is_free=is_free,
        eligibility=_eligibility(obj),
        accessibility=_join_unique(access, limit=800),
        how_to_get_there=transport,
        source=ServiceSource.OPEN_REFERRAL,
        source_id=source_id or auto_source_id(name, postcode),
        last_checked_on=_checked_on(obj, today, notes),
        retired=status in _RETIRED_STATUSES,
        alert=_alert(obj, status),
        languages=_languages(obj, holders, locations),
        attending=attending_ways([t for t in attending_texts if t]),
        schedules=schedules,
    )
    return service, notes.items


def auto_source_id(name: str, postcode: str) -> str:
    """A stable id for a row that has none, so re-importing it does not duplicate it."""
    key = re.sub(r"[^a-z0-9]+", "-", f"{name} {postcode}".lower()).strip("-")
    return f"auto:{key}"[:200]
