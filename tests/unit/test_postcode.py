"""Kind 11: UK postcodes to the published rules; a postcode that still fails is a warning.

The table follows Royal Mail's format rules (see domain/postcode.py for the sources).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Person
from linkdesk.domain.postcode import is_valid_postcode, normalise_postcode, postcode_problem
from linkdesk.domain.validation import person_warnings, validate_person
from linkdesk.services.app_services import AppServices

VALID = {
    # every outward shape: A9, A99, A9A, AA9, AA99, AA9A
    "m1 1ae": "M1 1AE",
    "B338TH": "B33 8TH",
    "w1a 0ax": "W1A 0AX",
    "CR2 6XH": "CR2 6XH",
    "DN55 1PT": "DN55 1PT",
    "ec1a1bb": "EC1A 1BB",
    "SW1W 0NY": "SW1W 0NY",
    " ls1  4ap ": "LS1 4AP",
    # special forms
    "GIR 0AA": "GIR 0AA",
    "gir0aa": "GIR 0AA",
    "BFPO 105": "BFPO 105",
    "bfpo105": "BFPO 105",
    "BFPO 1": "BFPO 1",
    "BFPO c/o 45": "BFPO 45",
    "SAN TA1": "SAN TA1",
    # overseas territories
    "ASCN 1ZZ": "ASCN 1ZZ",
    "STHL 1ZZ": "STHL 1ZZ",
    "TDCU 1ZZ": "TDCU 1ZZ",
    "BBND 1ZZ": "BBND 1ZZ",
    "BIQQ 1ZZ": "BIQQ 1ZZ",
    "fiqq1zz": "FIQQ 1ZZ",
    "GX11 1AA": "GX11 1AA",
    "PCRN 1ZZ": "PCRN 1ZZ",
    "SIQQ 1ZZ": "SIQQ 1ZZ",
    "TKCA 1ZZ": "TKCA 1ZZ",
    "AI-2640": "AI-2640",
    "KY1-1001": "KY1-1001",
    "MSR 1110": "MSR 1110",
    "VG1110": "VG1110",
    "HM 12": "HM 12",
    # NHS pseudo-postcode for no fixed abode
    "ZZ99 3VZ": "ZZ99 3VZ",
}

INVALID = {
    "": None,
    "LS1 4CP": "never include C, I, K, M, O or V",  # C not allowed in the inward code
    "LS1 4A": "has three characters, a number then two letters (like 4AP in LS1 4AP); 4A has 2",
    "LS14": "too short",
    "LS14APXX": "too long",
    "LS1 4APXX": "4APXX has 5",
    "QA1 1AA": "starts with Q, V or X",
    "AI1 1AA": "second letter of a postcode is never I, J or Z",
    "LS1 A4P": "number then two letters",
    "1LS 4AP": "starts with a letter",
    "ABC 1AA": "has a number in it",
    "LS1 4A£": "only letters and numbers",
    "BFPO 0": "from 1 to 9999",
    "BFPO 12345": "from 1 to 9999",
}


@pytest.mark.parametrize(("typed", "tidy"), VALID.items())
def test_valid_postcodes_are_recognised_and_tidied(typed: str, tidy: str) -> None:
    assert is_valid_postcode(typed)
    assert normalise_postcode(typed) == tidy
    assert postcode_problem(typed) is None


@pytest.mark.parametrize(("typed", "says"), INVALID.items())
def test_invalid_postcodes_say_what_is_wrong(typed: str, says: str | None) -> None:
    problem = postcode_problem(typed)
    if says is None:
        assert problem is None
    else:
        assert problem is not None
        assert says in problem
        assert "\n" not in problem


@given(st.text(max_size=40))
def test_any_text_gets_one_sentence_and_tidying_is_stable(text: str) -> None:
    problem = postcode_problem(text)
    assert problem is None or (problem.endswith(".") and "\n" not in problem)
    tidy = normalise_postcode(text)
    assert normalise_postcode(tidy) == tidy
    if problem is not None:  # unrecognised text keeps every character typed
        assert "".join(tidy.split()) == "".join(text.split()).upper()


@pytest.mark.parametrize("postcode", ["BFPO 105", "GIR 0AA", "ASCN 1ZZ", "GX11 1AA"])
def test_real_people_with_special_postcodes_can_be_saved(
    services: AppServices, postcode: str
) -> None:
    person = services.people.add_person(Person(given_name="Pat", postcode=postcode.lower()))
    assert services.people.get(person.id).postcode == postcode


def test_an_unknown_postcode_is_saved_as_typed_with_a_warning(services: AppServices) -> None:
    person = Person(given_name="Sam", postcode="xx1 1xx")
    saved = services.people.add_person(person)
    assert services.people.get(saved.id).postcode == "XX1 1XX"
    assert person_warnings(saved) == [postcode_problem("XX1 1XX")]


def test_only_absurd_lengths_block() -> None:
    with pytest.raises(ValidationError, match="too long for a postcode") as info:
        validate_person(Person(given_name="Sam", postcode="A" * 31), date(2026, 1, 1))
    assert info.value.field == "postcode"
