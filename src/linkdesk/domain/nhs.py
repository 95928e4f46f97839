"""NHS number: ten digits, the last a modulus-11 check digit."""

from __future__ import annotations

from linkdesk.domain.errors import ValidationError


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


def nhs_number_problem(text: str) -> str:
    """What is wrong with a typed NHS number, in one sentence ("" when it is valid or blank).

    Each fault is named as it is: letters or symbols, the wrong number of digits (saying how
    many were typed), or ten digits whose last (the modulus-11 check digit) does not match
    the other nine, which is almost always one mistyped or swapped digit.
    """
    digits = normalise_nhs_number(text)
    if not digits:
        return ""
    if not (digits.isascii() and digits.isdigit()):
        return (
            "An NHS number has only digits (spaces are fine): check it for letters or "
            "other characters."
        )
    if len(digits) != 10:
        return (
            f"That NHS number has {len(digits)} digit{'' if len(digits) == 1 else 's'}: "
            "it should have 10, like 943 476 5919."
        )
    if nhs_check_digit(digits[:9]) is None:
        return (
            "That is not an NHS number: no NHS number starts with those nine digits. "
            "Check it for a mistyped digit."
        )
    if nhs_check_digit(digits[:9]) != int(digits[9]):
        return (
            "Those 10 digits are not a valid NHS number: the last digit does not match the "
            "others. Check it for a mistyped or swapped digit."
        )
    return ""


def validate_nhs_number(text: str | None) -> str | None:
    """Return the normalised number (or None when blank); raise when it is not valid.

    ValidationError (field ``nhs_number``) with :func:`nhs_number_problem`'s sentence.
    """
    if text is None or not text.strip():
        return None
    problem = nhs_number_problem(text)
    if problem:
        raise ValidationError(problem, field="nhs_number")
    return normalise_nhs_number(text)


def format_nhs_number(digits: str) -> str:
    """'9434765919' -> '943 476 5919' (the way it is printed on NHS letters)."""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if len(digits) == 10 else digits
