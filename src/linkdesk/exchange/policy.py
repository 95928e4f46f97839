"""Pure rules for reminders and retention (no I/O): easy to test at any date.

Clocks are wrong sometimes (a laptop a year fast, a backup made on one). A time that lies in
the future is never taken as "done recently": it makes the reminder due, and is said so.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

# Laptop clocks drift a little; beyond this a time "from the future" is a clock that was wrong.
FUTURE_TOLERANCE = timedelta(minutes=5)


def parse_utc(text: str) -> datetime | None:
    """An ISO timestamp as stored (``...Z``) to an aware datetime; None when empty or bad."""
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def ahead_of(stamp: str | datetime | None, now: datetime) -> timedelta | None:
    """How far ``stamp`` lies in the future of ``now``, beyond the tolerance; else None."""
    when = parse_utc(stamp or "") if not isinstance(stamp, datetime) else stamp
    if when is None:
        return None
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    ahead = when - now
    return ahead if ahead > FUTURE_TOLERANCE else None


def ahead_in_units(ahead: timedelta) -> tuple[int, str]:
    """``(3, "days")``, ``(5, "hours")``, ``(40, "minutes")``: how far a wrong clock was
    ahead, in the unit a person would say (the GUI words it in the interface language)."""
    if ahead >= timedelta(hours=36):
        return round(ahead / timedelta(days=1)), "days"
    if ahead >= timedelta(minutes=90):
        return round(ahead / timedelta(hours=1)), "hours"
    return max(round(ahead / timedelta(minutes=1)), 1), "minutes"


def describe_ahead(ahead: timedelta) -> str:
    """``3 days``, ``5 hours``, ``40 minutes``: how far a wrong clock was ahead."""
    count, unit = ahead_in_units(ahead)
    return f"{count} {unit}"


@dataclass(frozen=True)
class BackupReminder:
    due: bool
    message: str  # "" when not due; one plain sentence to show otherwise
    suspicious: bool = False  # the last backup's time is in the future: a wrong clock


def backup_reminder(
    now: datetime, last_backup_at: str, reminder_days: int, last_dir: str = ""
) -> BackupReminder:
    """Whether to remind the worker to back up, and what to say.

    Due when reminders are on (days > 0) and no backup was made within that many days, or
    when the last backup is dated in the future: a backup made while the clock was wrong
    must not silence the reminder until that date comes.
    """
    if reminder_days <= 0:
        return BackupReminder(False, "")
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    hint = "use File > Back up… (Ctrl+Shift+B)"
    where = f" (last folder: {last_dir})" if last_dir else ""
    last = parse_utc(last_backup_at)
    if last is None:
        return BackupReminder(True, f"This workspace has not been backed up yet: {hint}.")
    ahead = ahead_of(last, now)
    if ahead is not None:
        return BackupReminder(
            True,
            f"The last backup is dated {last.date().isoformat()}, {describe_ahead(ahead)} in the "
            "future: this laptop's clock was wrong when it was made. Check the date and time, "
            f"then make a new backup: {hint}{where}.",
            suspicious=True,
        )
    if now - last >= timedelta(days=reminder_days):
        days = (now - last).days
        return BackupReminder(True, f"The last backup was {days} days ago: {hint}{where}.")
    return BackupReminder(False, "")


def backup_due(now: datetime, last_backup_at: str, reminder_days: int) -> bool:
    """True when a reminder is on (days > 0) and no backup was made within that many days
    (a last backup dated in the future counts as none: see :func:`backup_reminder`)."""
    return backup_reminder(now, last_backup_at, reminder_days).due


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def retention_cutoff(today: date, retention_months: int) -> date:
    """Records whose last referral ended before this date are past retention."""
    return months_before(today, max(retention_months, 1))
