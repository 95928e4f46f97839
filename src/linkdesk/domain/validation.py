"""Rules a person's details must follow before they are saved."""

from __future__ import annotations

import re
from datetime import date

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Person, Referral
from linkdesk.domain.nhs import validate_nhs_number
from linkdesk.domain.postcode import (
    MAX_POSTCODE_LENGTH,
    normalise_postcode,
    postcode_problem,
)
from linkdesk.domain.worker_text import wt

# The common UK shape only (kept for callers that check made-up demo data against it); the
# full rules, special and overseas forms are in domain/postcode.py.
_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
MAX_NAME = 200

__all__ = ["normalise_postcode", "person_warnings", "validate_person", "validate_referral"]


def person_warnings(person: Person) -> list[str]:
    """What looks wrong but is saved all the same (a postcode no rule knows), one sentence each."""
    problem = postcode_problem(person.postcode)
    return [problem] if problem else []


def validate_names(person: Person) -> Person:
    """Tidy and check the names alone (the fields at the top of a person's form)."""
    person.given_name = person.given_name.strip()
    person.family_name = person.family_name.strip()
    person.preferred_name = person.preferred_name.strip()
    if not person.given_name:
        if person.preferred_name:
            raise ValidationError(
                wt(
                    "Type their given name as well (their first name, as on their letters): "
                    "the name they like to be called is kept too."
                ),
                field="given_name",
            )
        raise ValidationError(wt("Type the person's given name (their first name)."), "given_name")
    for field, value in (
        ("given_name", person.given_name),
        ("family_name", person.family_name),
        ("preferred_name", person.preferred_name),
    ):
        if len(value) > MAX_NAME:
            raise ValidationError(
                wt(
                    "That name is too long: {length} characters, and at most {most} "
                    "fit. Nothing was saved; shorten it and save again.",
                    length=len(value),
                    most=MAX_NAME,
                ),
                field=field,
            )
    return person


def validate_person(person: Person, today: date) -> Person:
    """Tidy and check a person's details; raises ValidationError with a plain sentence.

    ``today`` comes from the caller's clock (a date of birth cannot be after it).
    """
    validate_names(person)
    person.nhs_number = validate_nhs_number(person.nhs_number)
    if person.date_of_birth is not None:
        if person.date_of_birth > today:
            raise ValidationError(wt("The date of birth cannot be in the future."), "date_of_birth")
        if person.date_of_birth.year < 1900:
            raise ValidationError(wt("Please check the year of birth."), "date_of_birth")
    person.email = person.email.strip()
    if person.email:
        if "@" not in person.email:
            raise ValidationError(wt("That email address has no @ in it."), field="email")
        if any(ch.isspace() for ch in person.email):
            raise ValidationError(wt("An email address cannot contain spaces."), field="email")
    # A postcode no rule recognises is kept as typed (person_warnings says so): real people
    # live at addresses no list foresaw, and a record is worth more than a tidy field.
    person.postcode = normalise_postcode(person.postcode) if person.postcode.strip() else ""
    if len(person.postcode) > MAX_POSTCODE_LENGTH:
        raise ValidationError(
            wt(
                "That is too long for a postcode ({most} characters at most).",
                most=MAX_POSTCODE_LENGTH,
            ),
            field="postcode",
        )
    return person


def validate_referral(referral: Referral, today: date) -> Referral:
    """Check a referral (not received after ``today``, from the caller's clock)."""
    if referral.received_on > today:
        raise ValidationError(wt("The referral date cannot be in the future."), "received_on")
    referral.reason = referral.reason.strip()
    return referral
