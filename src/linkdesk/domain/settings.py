"""Preferences that belong with the record (kept encrypted in the workspace), and their rules.

One rule per field. :func:`validate_settings` refuses a bad value (saving: the worker is told
which field); :func:`settings_from_stored` keeps every good stored value and falls back to
the default for a bad one (loading: a damaged or hand-edited value never stops an unlock).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.working_days import DEFAULT_REGION, check_region

DEFAULT_URGENT_HELP = [
    "NHS 111: call 111 when you need help fast but it is not an emergency.",
    "999: call 999 in an emergency, if someone's life is at risk.",
    "Samaritans: call 116 123, free, any time, day or night.",
]

MAX_TEXT = 200  # characters in a name, phone, email or organisation
MAX_LINE = 300  # characters in one urgent-help line
MAX_LINES = 20  # urgent-help lines
MAX_PATH = 4096

# (low, high) for each whole-number setting. The settings page offers a narrower choice
# for two of them (reminders every 1 to 90 days; retention of 6 months or more); 0 days
# turns the backup reminder off.
RANGES: dict[str, tuple[int, int]] = {
    "autolock_minutes": (1, 240),
    "plan_font_size": (10, 24),
    "backup_reminder_days": (0, 90),
    "retention_months": (1, 240),
    # A link worker's day (docs/day.md).
    "not_contacted_weeks": (1, 52),
    "follow_up_days": (1, 180),
}


@dataclass
class WorkspaceSettings:
    worker_name: str = ""
    worker_phone: str = ""
    worker_email: str = ""
    organisation: str = ""
    autolock_minutes: int = 5
    urgent_help: list[str] = field(default_factory=lambda: list(DEFAULT_URGENT_HELP))
    plan_font_size: int = 12
    backup_reminder_days: int = 7
    last_backup_dir: str = ""
    last_backup_at: str = ""  # a stored UTC timestamp (domain.clock.stamp), or ""
    retention_months: int = 24
    # A link worker's day (docs/day.md): Today lists people not contacted for this many weeks;
    # the next meeting is suggested this many days on, on a working day of this UK nation
    # (domain/working_days.REGIONS).
    not_contacted_weeks: int = 6
    follow_up_days: int = 14
    bank_holiday_region: str = DEFAULT_REGION
    ui_language: str = ""  # the language of the worker's screens (a code, "" = English)


_LABELS = {
    "worker_name": "Your name",
    "worker_phone": "Your phone",
    "worker_email": "Your email",
    "organisation": "Organisation",
    "autolock_minutes": "Auto-lock",
    "urgent_help": "Urgent help lines",
    "plan_font_size": "Plan text size",
    "backup_reminder_days": "The backup reminder",
    "last_backup_dir": "The last backup folder",
    "last_backup_at": "The time of the last backup",
    "retention_months": "How long closed records are kept",
    "not_contacted_weeks": "Not contacted for",
    "follow_up_days": "The next meeting after",
    "bank_holiday_region": "Bank holidays",
    "ui_language": "The language of LinkDesk's screens",
}
_UNITS = {
    "autolock_minutes": "minutes",
    "plan_font_size": "points",
    "backup_reminder_days": "days",
    "retention_months": "months",
    "not_contacted_weeks": "weeks",
    "follow_up_days": "days",
}


def _text(name: str, value: object, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{_LABELS[name]} must be text.", name)
    cleaned = " ".join(value.split())  # no line breaks or tabs in a one-line field
    if len(cleaned) > limit:
        raise ValidationError(f"{_LABELS[name]} is too long (at most {limit} characters).", name)
    return cleaned


def _whole(name: str, value: object) -> int:
    low, high = RANGES[name]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        unit = _UNITS[name]
        raise ValidationError(f"{_LABELS[name]} must be between {low} and {high} {unit}.", name)
    return value


def _lines(name: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(f"{_LABELS[name]} must be lines of text.", name)
    lines = [" ".join(v.split()) for v in value]
    lines = [line for line in lines if line]
    if len(lines) > MAX_LINES:
        raise ValidationError(f"Keep to {MAX_LINES} urgent help lines at most.", name)
    for line in lines:
        if len(line) > MAX_LINE:
            raise ValidationError(
                f"An urgent help line is too long (at most {MAX_LINE} characters).", name
            )
    return lines


def _path(name: str, value: object) -> str:
    if not isinstance(value, str) or len(value) > MAX_PATH or "\x00" in value:
        raise ValidationError(f"{_LABELS[name]} is not a usable folder name.", name)
    return value


def _timestamp(name: str, value: object) -> str:
    if value == "":
        return ""
    if isinstance(value, str):
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
            return value
        except ValueError:
            pass
    raise ValidationError(f"{_LABELS[name]} is not a date and time.", name)


def _language_code(name: str, value: object) -> str:
    """ "" or a BCP 47 / CLDR language code ("cy", "ur", "cy_GB" kept as "cy")."""
    if not isinstance(value, str):
        raise ValidationError(f"{_LABELS[name]} must be a language code.", name)
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].casefold()
    if code and not re.fullmatch(r"[a-z]{2,3}", code):
        raise ValidationError(f"{_LABELS[name]} must be a language code such as cy.", name)
    return code


def _region(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{_LABELS[name]} must be one of the UK nations listed.", name)
    return check_region(value)


_RULES: dict[str, Callable[[str, object], object]] = {
    "worker_name": _text,
    "worker_phone": _text,
    "worker_email": _text,
    "organisation": _text,
    "autolock_minutes": _whole,
    "urgent_help": _lines,
    "plan_font_size": _whole,
    "backup_reminder_days": _whole,
    "last_backup_dir": _path,
    "last_backup_at": _timestamp,
    "retention_months": _whole,
    "not_contacted_weeks": _whole,
    "follow_up_days": _whole,
    "bank_holiday_region": _region,
    "ui_language": _language_code,
}
assert set(_RULES) == {f.name for f in fields(WorkspaceSettings)}, "one rule per setting"


def validate_settings(settings: WorkspaceSettings) -> WorkspaceSettings:
    """A tidied copy (text trimmed, blank lines dropped); ValidationError names the first
    field that breaks its rule."""
    tidy = dataclasses.replace(settings)
    for name, rule in _RULES.items():
        setattr(tidy, name, rule(name, getattr(settings, name)))  # each rule keeps the type
    return tidy


def settings_from_stored(stored: Mapping[str, object]) -> tuple[WorkspaceSettings, list[str]]:
    """Settings from stored values (already decoded), and the names of fields whose stored
    value broke its rule and was replaced by the default. Unknown keys are ignored."""
    settings = WorkspaceSettings()
    dropped: list[str] = []
    for name, rule in _RULES.items():
        if name not in stored:
            continue
        try:
            setattr(settings, name, rule(name, stored[name]))  # each rule checks the type
        except ValidationError:
            dropped.append(name)
    return settings, dropped


def setting_label(name: str) -> str:
    return _LABELS[name]
