"""Nudges the main window shows (a banner, never a pop-up): the backup reminder for now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from linkdesk.domain.clock import Clock
from linkdesk.domain.filenames import display_path
from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.exchange.policy import backup_due, parse_utc
from linkdesk.services.people import PeopleService
from linkdesk.services.settings import SettingsService


@dataclass(frozen=True)
class BackupDue:
    """A backup is due: how long since the last one (None: never) and where it went."""

    days_since: int | None
    last_folder: str  # for showing (readable even if the name is not valid UTF-8), or ""


def backup_due_now(settings: WorkspaceSettings, people: int, now: datetime) -> BackupDue | None:
    """Whether to remind (None: no; an empty workspace needs no backup yet). The rule is the
    exchange's own (``backup_due``)."""
    if people == 0 or not backup_due(now, settings.last_backup_at, settings.backup_reminder_days):
        return None
    folder = display_path(settings.last_backup_dir) if settings.last_backup_dir else ""
    last = parse_utc(settings.last_backup_at)
    return BackupDue(None if last is None else (now - last).days, folder)


def backup_reminder(settings: WorkspaceSettings, people: int, now: datetime) -> str:
    """The reminder in English, or "" (the GUI words it from :func:`backup_due_now`)."""
    due = backup_due_now(settings, people, now)
    if due is None:
        return ""
    if due.days_since is None:
        return "This workspace has not been backed up yet: use File > Back up… (Ctrl+Shift+B)."
    where = f" (last folder: {due.last_folder})" if due.last_folder else ""
    return (
        f"The last backup was {due.days_since} days ago: use File > Back up… (Ctrl+Shift+B){where}."
    )


class ReminderService:
    def __init__(self, settings: SettingsService, people: PeopleService, clock: Clock) -> None:
        self._settings = settings
        self._people = people
        self._clock = clock

    def backup(self, now: datetime | None = None) -> str:
        """The backup reminder for now (or ``now``) in English, or "" when none is due."""
        return backup_reminder(
            self._settings.current, self._people.count(), now or self._clock.now()
        )

    def backup_due(self, now: datetime | None = None) -> BackupDue | None:
        """Whether a backup is due now (or at ``now``), and since when (for the GUI's words)."""
        return backup_due_now(
            self._settings.current, self._people.count(), now or self._clock.now()
        )
