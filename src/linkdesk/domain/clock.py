"""Identifiers and timestamps shared by every record."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime


def new_id() -> str:
    """A random UUID as text: records from several laptops can merge without clashes."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """Now, as ISO-8601 UTC with microseconds, so text order is time order."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def today() -> date:
    return date.today()
