"""The caseload finds names however they are typed, and shows them as people write them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from linkdesk.domain.models import Person
from linkdesk.domain.names import NameOrder
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.fixtures.make_fixture import PASSPHRASE as FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

PEOPLE = (
    ("Łukasz", "Wróbel", NameOrder.GIVEN_FIRST),
    ("Siobhán", "O'Brien", NameOrder.GIVEN_FIRST),
    ("Thị Hương", "Nguyễn", NameOrder.FAMILY_FIRST),
    ("Søren", "Ærø", NameOrder.GIVEN_FIRST),
    ("Jan", "van der Berg", NameOrder.GIVEN_FIRST),
    ("Aylin", "Yıldız", NameOrder.GIVEN_FIRST),
    ("Katrin", "Straße", NameOrder.GIVEN_FIRST),
    ("Ann-Marie", "Smith-Jones", NameOrder.GIVEN_FIRST),
    ("Dung", "Đặng", NameOrder.FAMILY_FIRST),
)


@pytest.fixture
def filled(services: AppServices) -> AppServices:
    for given, family, order in PEOPLE:
        services.people.add_person(Person(given_name=given, family_name=family, name_order=order))
    return services


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("lukasz", "Łukasz Wróbel"),
        ("LUKASZ WROBEL", "Łukasz Wróbel"),
        ("łuk", "Łukasz Wróbel"),
        ("OBrien", "Siobhán O'Brien"),
        ("o'brien", "Siobhán O'Brien"),
        ("O’Brien", "Siobhán O'Brien"),
        ("o brien", "Siobhán O'Brien"),
        ("siobhan", "Siobhán O'Brien"),
        ("nguyen huong", "Nguyễn Thị Hương"),
        ("soren aero", "Søren Ærø"),
        ("vanderberg", "Jan van der Berg"),
        ("van der", "Jan van der Berg"),
        ("yildiz", "Aylin Yıldız"),
        ("strasse", "Katrin Straße"),
        ("annmarie", "Ann-Marie Smith-Jones"),
        ("smithjones", "Ann-Marie Smith-Jones"),
        ("jones", "Ann-Marie Smith-Jones"),
        ("dang", "Đặng Dung"),
    ],
)
def test_names_are_found_however_they_are_typed(
    filled: AppServices, typed: str, found: str
) -> None:
    assert [row.name for row in filled.people.search(typed)] == [found]


def test_family_name_first_is_shown_as_written(filled: AppServices) -> None:
    names = {row.name for row in filled.people.search("")}
    assert "Nguyễn Thị Hương" in names
    assert "Thị Hương Nguyễn" not in names


def test_an_edit_reindexes_and_an_erasure_leaves_the_index_folded(filled: AppServices) -> None:
    (row,) = filled.people.search("lukasz")
    person = filled.people.get(row.person_id)
    person.family_name = "Dąbrowski"
    filled.people.update_person(person)
    assert [r.name for r in filled.people.search("dabrowski")] == ["Łukasz Dąbrowski"]
    assert filled.people.search("wrobel") == []
    (other,) = filled.people.search("obrien")
    filled.exchange.erase_person(other.person_id)
    assert filled.people.search("obrien") == []
    assert [r.name for r in filled.people.search("lukasz")] == ["Łukasz Dąbrowski"]


def test_an_upgraded_workspace_finds_folded_names(tmp_path: Path) -> None:
    path = tmp_path / "v8.linkdesk"
    shutil.copyfile(FIXTURES / "workspace_v8.linkdesk", path)
    with Workspace.open(path, FIXTURE_PASSPHRASE) as ws:
        people = AppServices(ws).people
        assert [r.name for r in people.search("lukasz obrien")] == ["Łukasz O'Brien-Nowak"]
        assert [r.name for r in people.search("nowak")] == ["Łukasz O'Brien-Nowak"]
        assert [r.name for r in people.search("gwen")] == ["Gwen Pritchard"]
