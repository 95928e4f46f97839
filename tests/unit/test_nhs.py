from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.nhs import (
    format_nhs_number,
    is_valid_nhs_number,
    nhs_check_digit,
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
    with pytest.raises(ValidationError, match="NHS number is not valid"):
        validate_nhs_number("1234567890")  # no check digit fits 123456789 (it would be 10)
    assert format_nhs_number("9434765919") == "943 476 5919"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("943 476 5918", "last digit (the check digit) does not match"),  # one digit off
        ("943 476 591", "has 10 digits, like 943 476 5919; this one has 9"),
        ("94347659190", "this one has 11"),
        ("943 476 591O", "only digits"),  # a letter O for a zero
        ("١٢٣٤٥٦٧٨٩٠", "only digits"),
    ],
)
def test_each_fault_is_named(typed: str, says: str) -> None:
    with pytest.raises(ValidationError, match="NHS number") as info:
        validate_nhs_number(typed)
    assert says in str(info.value)
    assert info.value.field == "nhs_number"
    if "check digit" in says:
        assert "digits, like" not in str(info.value)  # not "wrong number of digits"


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_check_digit_round_trips(first_nine: str) -> None:
    check = nhs_check_digit(first_nine)
    if check is None:
        assert not any(is_valid_nhs_number(first_nine + str(d)) for d in range(10))
    else:
        assert is_valid_nhs_number(first_nine + str(check))
        others = [d for d in range(10) if d != check]
        assert not any(is_valid_nhs_number(first_nine + str(d)) for d in others)
