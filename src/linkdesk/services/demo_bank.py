"""Building blocks for synthetic demo data: names, contact details, words, directory services.

Everything is drawn from a ``random.Random`` so a seed gives the same data every time. Contact
details are in ranges set aside for fiction and testing: NHS numbers starting 999, phone
numbers from Ofcom's drama ranges, email addresses at example.org.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, TypeVar

from linkdesk.domain.enums import CommunicationNeed, ServiceSource
from linkdesk.domain.models import Person, Service
from linkdesk.domain.nhs import nhs_check_digit
from linkdesk.paths import resource

# Letters used in the last part of a UK postcode (never C, I, K, M, O or V).
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

K = TypeVar("K")


@cache
def load(name: str) -> dict[str, Any]:
    """One JSON file from resources/demo (read once per process)."""
    with resource("demo", f"{name}.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def weighted(rng: random.Random, table: Mapping[K, int]) -> K:
    """One key of ``table``, chosen with the values as weights."""
    return rng.choices(list(table), weights=list(table.values()))[0]


def age_years(rng: random.Random) -> int:
    """18 to 95, with more older people (as social prescribing caseloads have)."""
    return 18 + round(77 * rng.betavariate(2.2, 1.6))


def date_of_birth(rng: random.Random, today: date) -> date:
    born = today - timedelta(days=age_years(rng) * 365 + rng.randrange(365))
    return born


def nhs_number(rng: random.Random, used: set[str]) -> str:
    """A valid (modulus 11) NHS number in the 999 range kept for testing, not used before."""
    while True:
        first_nine = f"999{rng.randrange(1_000_000):06d}"
        check = nhs_check_digit(first_nine)
        if check is None:
            continue
        number = f"{first_nine}{check}"
        if number not in used:
            used.add(number)
            return number


def mobile(rng: random.Random) -> str:
    return f"07700 900{rng.randrange(1000):03d}"


def landline(rng: random.Random) -> str:
    return f"01632 960{rng.randrange(1000):03d}"


def postcode(rng: random.Random, outward: str) -> str:
    letters = rng.choice(_INWARD_LETTERS) + rng.choice(_INWARD_LETTERS)
    return f"{outward} {rng.randrange(1, 10)}{letters}"


def street_address(rng: random.Random) -> tuple[str, str]:
    """(address lines, postcode) somewhere plausible in the demo city."""
    names = load("names")
    district, outward = rng.choice(names["districts"])
    street = rng.choice(names["streets"])
    if rng.random() < 0.2:
        first = f"{rng.choice(names['building_names'])}, {rng.randrange(1, 120)} {street}"
    else:
        first = f"{rng.randrange(1, 180)} {street}"
    return f"{first}\n{district}\nLeeds", postcode(rng, outward)


@dataclass(frozen=True, slots=True)
class NamePick:
    given: str
    family: str
    group: str
    female: bool


def pick_name(rng: random.Random) -> NamePick:
    groups = load("names")["groups"]
    group = rng.choices(groups, weights=[g["weight"] for g in groups])[0]
    female = rng.random() < 0.56  # more women than men are referred
    given = rng.choice(group["female"] if female else group["male"])
    # Families mix: a minority of family names come from another group.
    family_group = group if rng.random() < 0.85 else rng.choice(groups)
    return NamePick(given, rng.choice(family_group["family"]), group["key"], female)


def make_person(rng: random.Random, today: date, used_nhs: set[str]) -> Person:
    names = load("names")
    pick = pick_name(rng)
    address, code = street_address(rng)
    person = Person(given_name=pick.given, family_name=pick.family)
    person.date_of_birth = date_of_birth(rng, today)
    if rng.random() < 0.9:
        person.nhs_number = nhs_number(rng, used_nhs)
    if rng.random() < 0.12 and pick.given in names["nicknames"]:
        person.preferred_name = names["nicknames"][pick.given]
    person.phone = mobile(rng) if rng.random() < 0.7 else landline(rng)
    if rng.random() < 0.35:
        local = f"{pick.given}.{pick.family}".lower().replace(" ", "").replace("'", "")
        person.email = f"{local}{rng.randrange(10, 99)}@example.org"
    person.address, person.postcode = address, code
    needs: list[str] = []
    languages = names["languages"].get(pick.group)
    if languages and rng.random() < 0.3:
        person.preferred_language = rng.choice(languages)
        if person.preferred_language not in ("Welsh", "Irish"):
            needs.append(CommunicationNeed.INTERPRETER.value)
    if rng.random() < 0.12:
        needs.append(CommunicationNeed.LARGE_PRINT.value)
    if rng.random() < 0.04:
        needs.append(CommunicationNeed.EASY_READ.value)
    if rng.random() < 0.02:
        needs.append(CommunicationNeed.BSL.value)
    elif rng.random() < 0.05:
        needs.append(CommunicationNeed.HEARING_LOOP.value)
    person.communication_needs = needs
    if rng.random() < 0.06:
        person.pronouns = rng.choice(["she/her", "he/him", "they/them"])
    return person


def what_matters(rng: random.Random) -> str:
    """The person's own words: a situation, a wish, sometimes a little more."""
    bank = load("phrases")["what_matters"]
    parts = [rng.choice(bank["context"]), rng.choice(bank["wish"])]
    if rng.random() < 0.4:
        parts.append(rng.choice(bank["wish"]))
    parts.append(rng.choice(bank["extra"]))
    return " ".join(dict.fromkeys(p for p in parts if p))


def demo_services(rng: random.Random, today: date) -> list[Service]:
    """The ~60 services of the demo directory, with stable source ids."""
    data = load("services")
    return [
        _service(rng, today, row, f"demo-{i + 1:03d}", data)
        for i, row in enumerate(data["services"])
    ]


def bench_services(rng: random.Random, today: date, count: int) -> list[Service]:
    """Extra synthetic services (for benchmarks): the demo ones again, in other districts."""
    data = load("services")
    districts = [d for d, _ in load("names")["districts"]]
    out: list[Service] = []
    for i in range(count):
        row = list(data["services"][i % len(data["services"])])
        district = districts[(i // len(data["services"])) % len(districts)]
        row[0] = f"{row[0]} ({district} {i // (len(data['services']) * len(districts)) + 1})"
        service = _service(rng, today, row, f"bench-{i + 1:05d}", data)
        service.area = district
        out.append(service)
    return out


def _service(
    rng: random.Random, today: date, row: list[Any], source_id: str, data: dict[str, Any]
) -> Service:
    name, organisation, categories, description, schedule, days, cost, eligibility = row
    district, outward = rng.choice(load("names")["districts"])
    venue = rng.choice(data["venues"])
    phone_only = "phone" in schedule.lower() or "call" in schedule.lower()
    slug = "".join(c for c in organisation.lower() if c.isalnum())[:24]
    return Service(
        name=name,
        organisation=organisation,
        description=description,
        categories=list(categories),
        address=""
        if phone_only
        else f"{venue}\n{rng.randrange(1, 90)} "
        f"{rng.choice(load('names')['streets'])}\n{district}\nLeeds",
        postcode="" if phone_only else postcode(rng, outward),
        area=district,
        phone=landline(rng),
        email=f"hello@{slug}.example.org",
        website=f"https://{slug}.example.org",
        schedule=schedule,
        days=list(days),
        cost=cost,
        is_free=cost.lower().startswith("free"),
        eligibility=eligibility,
        accessibility=rng.choice(data["accessibility"]),
        how_to_get_there=data["how_to_get_there"][-1]
        if phone_only
        else rng.choice(data["how_to_get_there"][:-1]),
        source=ServiceSource.DEMO,
        source_id=source_id,
        last_checked_on=today - timedelta(days=rng.randrange(5, 400)),
    )
