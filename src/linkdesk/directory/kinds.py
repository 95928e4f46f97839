"""What an Open Referral JSON object is: a service, a service at a location, an organisation,
a location, a taxonomy or taxonomy term, the API's front page, or a data package description.

HSDS 3.0 objects carry no type tag, so the kind is read from the fields only each kind has
(schema/*.json of the HSDS 3.0 specification and the ORUK profile; ORUK 1.x field names too).
An object with only fields every kind has (id, name, description) is "plain": the document
around it, or the file's name, decides.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    SERVICE = "service"
    SERVICE_AT_LOCATION = "service_at_location"
    ORGANISATION = "organisation"
    LOCATION = "location"
    TAXONOMY = "taxonomy"
    TAXONOMY_TERM = "taxonomy_term"
    API_ROOT = "api_root"
    DATA_PACKAGE = "data_package"
    PLAIN = "plain"  # id, name, description only: could be any of them
    OTHER = "other"  # not an object, or nothing Open Referral


ONE = {
    Kind.SERVICE: "a service",
    Kind.SERVICE_AT_LOCATION: "a service at a location",
    Kind.ORGANISATION: "an organisation",
    Kind.LOCATION: "a location",
    Kind.TAXONOMY: "a taxonomy (a list of categories)",
    Kind.TAXONOMY_TERM: "a taxonomy term (a category)",
    Kind.API_ROOT: "the front page of an Open Referral API",
    Kind.DATA_PACKAGE: "a data package description (the table list of a CSV package)",
    Kind.OTHER: "not Open Referral data",
}
MANY = {
    Kind.SERVICE: "a list of services",
    Kind.SERVICE_AT_LOCATION: "a list of services at locations",
    Kind.ORGANISATION: "a list of organisations",
    Kind.LOCATION: "a list of locations",
    Kind.TAXONOMY: "a list of taxonomies",
    Kind.TAXONOMY_TERM: "a list of taxonomy terms (categories)",
}

_SERVICE_KEYS = {
    "status", "organization", "organisation", "organization_id", "service_at_locations",
    "schedules", "regular_schedules", "holiday_schedules", "cost_options", "fees",
    "fees_description", "eligibility_description", "eligibilitys", "eligibilities",
    "service_taxonomys", "service_taxonomies", "interpretation_services", "application_process",
    "wait_time", "accreditations", "assured_date", "assurer_email", "alert", "minimum_age",
    "maximum_age", "service_areas", "attending_type", "attending_access", "deliverable_type",
    "program", "program_id", "required_documents", "licenses", "fundings",
}  # fmt: skip
_ORGANISATION_KEYS = {
    "website", "legal_status", "tax_status", "tax_id", "year_incorporated", "logo",
    "parent_organization_id", "organization_identifiers", "programs", "services",
}  # fmt: skip
_LOCATION_KEYS = {
    "location_type", "latitude", "longitude", "addresses", "physical_addresses",
    "postal_addresses", "transportation", "accessibility", "accessibility_for_disabilities",
    "external_identifier", "external_identifier_type",
}  # fmt: skip
_TERM_KEYS = {"code", "parent_id", "taxonomy", "taxonomy_detail", "term_uri", "vocabulary", "term"}
_TAXONOMY_KEYS = {"version", "uri"}


def kind_of(obj: Any) -> Kind:
    """The kind of one JSON object (see the module docstring)."""
    if not isinstance(obj, dict):
        return Kind.OTHER
    keys = {str(k).lower() for k in obj}
    if isinstance(obj.get("service"), dict) or (
        "service_id" in keys and "location_id" in keys and "name" not in keys
    ):
        return Kind.SERVICE_AT_LOCATION
    if isinstance(obj.get("resources"), list) and ("profile" in keys or "name" in keys):
        return Kind.DATA_PACKAGE
    if "openapi_url" in keys or ("version" in keys and "profile" in keys and "name" not in keys):
        return Kind.API_ROOT
    scores = {
        Kind.SERVICE: len(keys & _SERVICE_KEYS),
        Kind.ORGANISATION: len(keys & _ORGANISATION_KEYS),
        Kind.LOCATION: len(keys & _LOCATION_KEYS),
        Kind.TAXONOMY_TERM: len(keys & _TERM_KEYS),
    }
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0:
        if (
            "name" in keys
            and keys & _TAXONOMY_KEYS
            and not keys - {"id", "name", "description", "uri", "version"}
        ):
            return Kind.TAXONOMY
        return Kind.PLAIN if "name" in keys or "id" in keys else Kind.OTHER
    if isinstance(obj.get("services"), list) and scores[Kind.ORGANISATION]:
        return Kind.ORGANISATION  # an organisation with its services nested inside
    ties = [k for k, v in scores.items() if v == scores[best]]
    return Kind.SERVICE if Kind.SERVICE in ties else best


def kind_from_name(filename: str) -> Kind | None:
    """A hint from a file name: 'organisation-list.json' -> ORGANISATION."""
    name = filename.lower()
    for pattern, kind in (
        (r"service[_-]?at[_-]?location", Kind.SERVICE_AT_LOCATION),
        (r"organi[sz]ation", Kind.ORGANISATION),
        (r"taxonomy[_-]?term", Kind.TAXONOMY_TERM),
        (r"taxonom", Kind.TAXONOMY),
        (r"location", Kind.LOCATION),
        (r"service", Kind.SERVICE),
    ):
        if re.search(pattern, name):
            return kind
    return None


def overall(kinds: Iterable[Kind]) -> Kind:
    """The kind a list of objects is: the most common definite kind, PLAIN when none is."""
    counts = Counter(k for k in kinds if k not in (Kind.PLAIN, Kind.OTHER))
    if not counts:
        return Kind.PLAIN
    return counts.most_common(1)[0][0]
