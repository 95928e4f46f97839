"""Nudges the main window shows (a banner, never a pop-up): the backup reminder for now."""

from __future__ import annotations

from datetime import datetime

from linkdesk.domain.clock import Clock
from linkdesk.domain.filenames import display_path
from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.exchange.policy import backup_due, parse_utc
from linkdesk.services.people import PeopleService
from linkdesk.services.settings import SettingsService


def backup_reminder(settings: WorkspaceSettings, people: int, now: datetime) -> str:
    """The reminder to show, or "" (an empty workspace needs no backup yet).

    The rule is the exchange's own (``backup_due``).
    """
    if people == 0 or not backup_due(now, settings.last_backup_at, settings.backup_reminder_days):
        return ""
    last_dir = display_path(settings.last_backup_dir)  # readable even if not valid UTF-8
    where = f" (last folder: {last_dir})" if settings.last_backup_dir else ""
    last = parse_utc(settings.last_backup_at)
    if last is None:
        return "This workspace has not been backed up yet: use File > Back up… (Ctrl+Shift+B)."
    days = (now - last).days
    return f"The last backup was {days} days ago: use File > Back up… (Ctrl+Shift+B){where}."


class ReminderService:
    def __init__(self, settings: SettingsService, people: PeopleService, clock: Clock) -> None:
        self._settings = settings
        self._people = people
        self._clock = clock

    def backup(self, now: datetime | None = None) -> str:
        """The backup reminder for now (or ``now``), or "" when none is due."""
        return backup_reminder(
            self._settings.current, self._people.count(), now or self._clock.now()
        )
