"""Pure rules for reminders and retention (no I/O): easy to test at any date."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta


def parse_utc(text: str) -> datetime | None:
    """An ISO timestamp as stored (``...Z``) to an aware datetime; None when empty or bad."""
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def backup_due(now: datetime, last_backup_at: str, reminder_days: int) -> bool:
    """True when a reminder is on (days > 0) and no backup was made within that many days."""
    if reminder_days <= 0:
        return False
    last = parse_utc(last_backup_at)
    if last is None:
        return True
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now - last >= timedelta(days=reminder_days)


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
