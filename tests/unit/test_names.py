"""Names as people write them: order, folding, and what the search index holds."""

from __future__ import annotations

import pytest

from linkdesk.domain.models import Person
from linkdesk.domain.names import NameOrder, fold, index_words, person_name, search_words


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Łukasz", "lukasz"),
        ("Wróbel", "wrobel"),
        ("Søren Kierkegaard", "soren kierkegaard"),
        ("Ærøskøbing", "aeroskobing"),
        ("Œuvre", "oeuvre"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Đặng", "dang"),
        ("Nguyễn Thị Hương", "nguyen thi huong"),
        ("Yıldız", "yildiz"),
        ("Þórunn Guðmundsdóttir", "thorunn gudmundsdottir"),
        ("Ħal Qormi", "hal qormi"),
        ("Zoë Brontë", "zoe bronte"),
        ("François", "francois"),
        ("Ørsted-Ælling", "orsted-aelling"),
        ("Ĳsbrand", "ijsbrand"),
        ("محمد", "محمد"),  # other scripts stay as they are
        ("", ""),
    ],
)
def test_fold_spells_names_as_an_english_keyboard_types_them(typed: str, folded: str) -> None:
    assert fold(typed) == folded


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("O'Brien", ["obrien"]),
        ("O’Brien", ["obrien"]),  # a typographic apostrophe
        ("OBrien", ["obrien"]),
        ("o brien", ["o", "brien"]),
        ("Smith-Jones", ["smithjones"]),
        ("lukasz", ["lukasz"]),
        ("Łukasz Wróbel", ["lukasz", "wrobel"]),
        ("  van der  Berg ", ["van", "der", "berg"]),
        ("D'Souza-Mendes", ["dsouzamendes"]),
        ("***", []),
    ],
)
def test_search_words_read_typed_text_as_the_index_does(typed: str, words: list[str]) -> None:
    assert search_words(typed) == words


@pytest.mark.parametrize(
    ("name", "holds"),
    [
        ("O'Brien", {"o", "brien", "obrien"}),
        ("O'Brien-Nowak", {"o", "brien", "nowak", "obriennowak"}),
        ("van der Berg", {"van", "der", "berg", "vanderberg"}),
        ("Łukasz", {"lukasz"}),
        ("Mary-Jane", {"mary", "jane", "maryjane"}),
    ],
)
def test_the_index_holds_each_way_a_name_may_be_typed(name: str, holds: set[str]) -> None:
    assert set(index_words(name).split()) == holds
    for typed in (name, name.replace("'", ""), name.replace("-", " ")):
        assert all(any(w.startswith(q) for w in holds) for q in search_words(typed)), typed


def test_name_order_is_kept_everywhere_the_whole_name_is_shown() -> None:
    assert person_name("Thị Hương", "Nguyễn", NameOrder.FAMILY_FIRST) == "Nguyễn Thị Hương"
    assert person_name("Anna", "Kowalska") == "Anna Kowalska"
    assert person_name("Anna", "") == "Anna"
    assert person_name("", "Kowalska", NameOrder.FAMILY_FIRST) == "Kowalska"
    person = Person(given_name="Thị Hương", family_name="Nguyễn", name_order=NameOrder.FAMILY_FIRST)
    assert person.full_name == "Nguyễn Thị Hương"
    assert person.display_name == "Thị Hương"  # greeted by their given name (Hương)
    assert NameOrder.FAMILY_FIRST.label.startswith("Family name first")
