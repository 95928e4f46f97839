"""Limits of the settings behind a link worker's day (checked on save and on load)."""

from __future__ import annotations

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.working_days import check_region

NOT_CONTACTED_WEEKS = (1, 52)
FOLLOW_UP_DAYS = (1, 180)


def check_day_settings(not_contacted_weeks: object, follow_up_days: object, region: str) -> None:
    """Raise ValidationError (one sentence, naming the field) for a value out of range."""
    for value, (low, high), name, what in (
        (not_contacted_weeks, NOT_CONTACTED_WEEKS, "not_contacted_weeks", "weeks"),
        (follow_up_days, FOLLOW_UP_DAYS, "follow_up_days", "days"),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            label = "Not contacted for" if name == "not_contacted_weeks" else "Next meeting after"
            raise ValidationError(
                f"{label} must be a whole number of {what} from {low} to {high}.", field=name
            )
    check_region(region)
