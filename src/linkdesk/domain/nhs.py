"""NHS number: ten digits, the last a modulus-11 check digit.

Source: NHS Data Dictionary, "NHS Number" (the check digit is calculated with the Modulus 11
algorithm): multiply the first nine digits by 10, 9, ... 2, sum, take the remainder on
division by 11 and subtract it from 11; 11 gives a check digit of 0, and 10 means no valid
number starts with those nine digits.
"""

from __future__ import annotations

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.worker_text import wt


def normalise_nhs_number(text: str) -> str:
    """Strip spaces and dashes: '943 476 5919' -> '9434765919'."""
    return "".join(ch for ch in text if not ch.isspace() and ch != "-")


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when no valid number can end them."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(first_nine))
    check = 11 - (total % 11)
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def is_valid_nhs_number(text: str) -> bool:
    digits = normalise_nhs_number(text)
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


def validate_nhs_number(text: str | None) -> str | None:
    """Return the normalised number (or None when blank); raise when it is not valid."""
    if text is None or not text.strip():
        return None
    digits = normalise_nhs_number(text)
    problem = nhs_number_problem(digits)
    if problem:
        raise ValidationError(problem, field="nhs_number")
    return digits


def nhs_number_problem(text: str) -> str | None:
    """None for a valid NHS number, else one sentence saying exactly what is wrong."""
    digits = normalise_nhs_number(text)
    if not (digits.isascii() and digits.isdigit()):
        return wt("An NHS number has only digits (spaces are fine), like 943 476 5919.")
    if len(digits) != 10:
        return wt(
            "An NHS number has 10 digits, like 943 476 5919; this one has {count}.",
            count=len(digits),
        )
    check = nhs_check_digit(digits[:9])
    if check is None:
        return wt(
            "That NHS number is not valid: no NHS number starts with those nine digits "
            "(the check digit would be 10). Please check it against a letter or the GP record."
        )
    if check != int(digits[9]):
        return wt(
            "That NHS number's last digit (the check digit) does not match the others: "
            "a digit was probably mistyped. Please check it against a letter or the GP record."
        )
    return None


def format_nhs_number(digits: str) -> str:
    """'9434765919' -> '943 476 5919' (the way it is printed on NHS letters)."""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if len(digits) == 10 else digits
