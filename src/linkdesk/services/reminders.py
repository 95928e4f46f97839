"""Nudges the main window shows (a banner, never a pop-up): the backup reminder for now."""

from __future__ import annotations

from datetime import datetime

from linkdesk.domain.clock import Clock
from linkdesk.domain.filenames import display_path
from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.exchange.policy import backup_reminder as policy_reminder
from linkdesk.services.people import PeopleService
from linkdesk.services.settings import SettingsService


def backup_reminder(settings: WorkspaceSettings, people: int, now: datetime) -> str:
    """The reminder to show, or "" (an empty workspace needs no backup yet).

    The rule and its words are the exchange's own (``exchange.policy.backup_reminder``): a
    last backup dated in the future is due, and said to be suspect, never taken as done.
    """
    if people == 0:
        return ""
    reminder = policy_reminder(
        now,
        settings.last_backup_at,
        settings.backup_reminder_days,
        # readable even if not valid UTF-8
        display_path(settings.last_backup_dir) if settings.last_backup_dir else "",
    )
    return reminder.message if reminder.due else ""


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
