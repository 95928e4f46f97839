"""Nudges the main window shows (a banner, never a pop-up): the backup reminder for now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, cast

from linkdesk.domain.clock import Clock
from linkdesk.domain.filenames import display_path
from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.exchange.policy import ahead_in_units, ahead_of, parse_utc
from linkdesk.exchange.policy import backup_reminder as policy_reminder
from linkdesk.services.people import PeopleService
from linkdesk.services.settings import SettingsService

AheadUnit = Literal["days", "hours", "minutes"]


@dataclass(frozen=True)
class BackupDue:
    """A backup is due: how long since the last one and where it went, as data (the GUI words
    it in the interface language).

    ``days_since`` is None when there has been no backup, or when the last one is
    ``suspect``: dated in the future (``last_date``, ``ahead`` ``ahead_unit`` ahead of now),
    so this laptop's clock was wrong when it was made and it is not taken as done.
    """

    days_since: int | None
    last_folder: str  # for showing (readable even if the name is not valid UTF-8), or ""
    suspect: bool = False
    last_date: date | None = None  # the suspect backup's (future) date; None otherwise
    ahead: int = 0  # how far in the future, in ``ahead_unit`` (0 unless suspect)
    ahead_unit: AheadUnit = "days"


def backup_due_now(settings: WorkspaceSettings, people: int, now: datetime) -> BackupDue | None:
    """Whether to remind (None: no; an empty workspace needs no backup yet).

    When is the exchange's own rule (``exchange.policy.backup_reminder``), including a last
    backup dated in the future: due, and marked ``suspect``.
    """
    if people == 0:
        return None
    reminder = policy_reminder(now, settings.last_backup_at, settings.backup_reminder_days)
    if not reminder.due:
        return None
    folder = display_path(settings.last_backup_dir) if settings.last_backup_dir else ""
    last = parse_utc(settings.last_backup_at)
    if last is None:
        return BackupDue(None, folder)
    ahead = ahead_of(last, now) if reminder.suspicious else None
    if ahead is not None:
        count, unit = ahead_in_units(ahead)
        return BackupDue(None, folder, True, last.date(), count, cast(AheadUnit, unit))
    return BackupDue((now - last).days, folder)


def backup_reminder(settings: WorkspaceSettings, people: int, now: datetime) -> str:
    """The reminder to show in English, or "" (an empty workspace needs no backup yet; the
    GUI words it from :func:`backup_due_now`).

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
        """The backup reminder for now (or ``now``) in English, or "" when none is due."""
        return backup_reminder(
            self._settings.current, self._people.count(), now or self._clock.now()
        )

    def backup_due(self, now: datetime | None = None) -> BackupDue | None:
        """Whether a backup is due now (or at ``now``), and since when (for the GUI's words)."""
        return backup_due_now(
            self._settings.current, self._people.count(), now or self._clock.now()
        )
