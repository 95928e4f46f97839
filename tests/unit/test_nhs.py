from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.nhs import (
    format_nhs_number,
    is_valid_nhs_number,
    nhs_check_digit,
    nhs_number_problem,
    validate_nhs_number,
)


@pytest.mark.parametrize("number", ["9434765919", "943 476 5919", "943-476-5919", "4010232137"])
def test_valid_numbers(number: str) -> None:
    assert is_valid_nhs_number(number)


@pytest.mark.parametrize(
    "number", ["9434765918", "943476591", "94347659190", "abcdefghij", "", "١٢٣٤٥٦٧٨٩٠"]
)
def test_invalid_numbers(number: str) -> None:
    assert not is_valid_nhs_number(number)


def test_validate_normalises_and_rejects() -> None:
    assert validate_nhs_number(" 943 476 5919 ") == "9434765919"
    assert validate_nhs_number("  ") is None
    with pytest.raises(ValidationError, match="not a valid NHS number"):
        validate_nhs_number("9434765918")
    assert format_nhs_number("9434765919") == "943 476 5919"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("9434765918", "Those 10 digits are not a valid NHS number: the last digit does not"),
        ("9434765991", "Those 10 digits are not a valid NHS number"),  # two digits swapped
        ("943 476 591", "That NHS number has 9 digits: it should have 10"),
        ("94347659190", "That NHS number has 11 digits: it should have 10"),
        ("1", "That NHS number has 1 digit: it should have 10"),
        ("943 476 591O", "An NHS number has only digits"),  # a letter O for a zero
        ("١٢٣٤٥٦٧٨٩٠", "An NHS number has only digits"),
        ("0000000060", "That is not an NHS number: no NHS number starts with those"),
    ],
)
def test_the_message_says_what_is_wrong(typed: str, message: str) -> None:
    """A bad check digit is not "the wrong number of digits", and so on for each fault."""
    assert nhs_number_problem(typed).startswith(message)
    with pytest.raises(ValidationError) as caught:
        validate_nhs_number(typed)
    assert str(caught.value).startswith(message)
    assert caught.value.field == "nhs_number"
    assert nhs_number_problem("943 476 5919") == ""


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_check_digit_round_trips(first_nine: str) -> None:
    check = nhs_check_digit(first_nine)
    if check is None:
        assert not any(is_valid_nhs_number(first_nine + str(d)) for d in range(10))
    else:
        assert is_valid_nhs_number(first_nine + str(check))
        others = [d for d in range(10) if d != check]
        assert not any(is_valid_nhs_number(first_nine + str(d)) for d in others)
