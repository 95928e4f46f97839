"""The caseload search gives the same answer whichever plan a match's breadth picks."""

from __future__ import annotations

import pytest

from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store import repositories

NAMES = [("Lara", "Lamb"), ("Liam", "Lloyd"), ("Zofia", "Wiśniewska"), ("Siân", "Lewis"),
         ("Seán", "Ó Briain"), ("Ada", "Lovelace"), ("Leo", "Adams")]  # fmt: skip
NHS = ["9434765919", "9990000018", "9990000026", None, None, "9990000034", None]


def _caseload(services: AppServices, text: str) -> list[str]:
    return [row.name for row in services.people.search(text)]


@pytest.mark.parametrize("text", ["L", "Lo", "sian", "Ó", "999", "9990000", "943 476", ""])
def test_broad_and_narrow_plans_agree(
    services: AppServices, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    for (given, family), nhs in zip(NAMES, NHS, strict=True):
        services.people.add_person(Person(given_name=given, family_name=family, nhs_number=nhs))
    narrow = _caseload(services, text)
    monkeypatch.setattr(repositories, "BROAD_MATCH", 0)
    broad = _caseload(services, text)
    assert broad == narrow
    assert broad == sorted(broad, key=lambda n: n.split(" ", 1)[1].casefold())


def test_nhs_fragments_and_accents_are_found(services: AppServices) -> None:
    for (given, family), nhs in zip(NAMES, NHS, strict=True):
        services.people.add_person(
            Person(given_name=given, family_name=family, nhs_number=nhs, postcode="LS8 2PQ")
        )
    assert _caseload(services, "ls") == []  # letters search names, not every LS postcode
    assert len(_caseload(services, "LS8 2")) == len(NAMES)
    assert _caseload(services, "Le") == ["Siân Lewis", "Leo Adams"][::-1]
    assert _caseload(services, "999 000") == ["Liam Lloyd", "Ada Lovelace", "Zofia Wiśniewska"]
    assert _caseload(services, "943 476 5919") == ["Lara Lamb"]
    assert _caseload(services, "sian") == ["Siân Lewis"]
    assert _caseload(services, "wisn") == ["Zofia Wiśniewska"]
