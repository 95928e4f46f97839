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


def validate_nhs_number(text: str | None) -> str | None:
    """Return the normalised number (or None when blank); raise when it is not valid."""
    if text is None or not text.strip():
        return None
    digits = normalise_nhs_number(text)
    if not is_valid_nhs_number(digits):
        raise ValidationError(
            "That NHS number is not valid: it should be 10 digits, like 943 476 5919.",
            field="nhs_number",
        )
    return digits


def format_nhs_number(digits: str) -> str:
    """'9434765919' -> '943 476 5919' (the way it is printed on NHS letters)."""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if len(digits) == 10 else digits
