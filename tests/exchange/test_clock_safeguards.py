"""Safeguards that distrust the clock (issue 18, kind 3, and the UTC backup names of kind 5).

A time from the future is noticed, said, and treated as due or suspicious, never as done.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from linkdesk.exchange.manifest import bundle_name
from linkdesk.exchange.policy import backup_reminder
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import ExchangeService
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import ShiftedClock, add_person, with_clock

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def test_a_last_backup_dated_in_the_future_keeps_the_reminder_due() -> None:
    a_year_ahead = (NOW + timedelta(days=365)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    reminder = backup_reminder(NOW, a_year_ahead, 7, "/media/shared")
    assert reminder.due
    assert reminder.suspicious
    assert "in the future" in reminder.message
    assert "365 days" in reminder.message
    assert "make a new backup" in reminder.message
    # A few minutes of drift is not a wrong clock; a recent backup is not due.
    recent = (NOW + timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert backup_reminder(NOW, recent, 7).due is False
    reminders_off = backup_reminder(NOW, a_year_ahead, 0)
    assert reminders_off.due is False


def test_a_backup_made_while_the_clock_was_a_year_fast_does_not_silence_the_reminder(
    services: AppServices, dest: Path
) -> None:
    clock = ShiftedClock(offset=timedelta(days=365))
    services = with_clock(services, clock)
    add_person(services, "Ann")
    services.exchange.backup(dest)  # made while the clock was a year fast ...
    clock.offset = timedelta(0)  # ... then the clock is put right
    reminder = services.exchange.backup_reminder()
    assert reminder.due
    assert reminder.suspicious
    assert services.exchange.backup_due() is True
    assert "in the future" in services.reminders.backup()  # the main window's banner
    services.exchange.backup(dest)  # a backup with the right time puts it right
    assert services.exchange.backup_due() is False
    assert services.reminders.backup() == ""


def test_backup_names_follow_utc_so_they_sort_in_the_order_made_when_clocks_go_back(
    services: AppServices, dest: Path
) -> None:
    # 25 October 2026, UK: 01:59 BST (00:59 UTC), then the clocks go back and 01:10 GMT
    # (01:10 UTC) comes 11 minutes later. Local-time names would sort the second first.
    first = datetime(2026, 10, 25, 0, 59, tzinfo=UTC)
    second = first + timedelta(minutes=11)
    names = []
    for when in (first, second):
        at = with_clock(services, ShiftedClock(lambda when=when: when))
        names.append(at.exchange.backup(dest).bundle_path.name)
    assert names == sorted(names)
    assert names[0].startswith("2026-10-25_00-59-00Z_")
    assert names[1].startswith("2026-10-25_01-10-00Z_")
    try:  # the same two moments in UK local time: the later one would sort first
        london = ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:  # pragma: no cover - a system without time zone data
        return
    local = [f"{when.astimezone(london):%H-%M}" for when in (first, second)]
    assert local == ["01-59", "01-10"]
    # A name made from a local time is converted to UTC, not taken as it reads.
    assert bundle_name("ws", datetime(2026, 10, 25, 1, 59, tzinfo=london)).startswith(
        "2026-10-25_00-59-00Z_"
    )


def _future_bundle(services: AppServices, dest: Path, days: int) -> Path:
    fast = with_clock(services, ShiftedClock(offset=timedelta(days=days)))
    add_person(fast, "Futura")
    result = fast.exchange.backup(dest)
    with_clock(services, ShiftedClock())  # the clock put right again
    return result.bundle_path


def test_a_bundle_from_the_future_is_merged_with_a_warning(
    services: AppServices, make_services, dest: Path
) -> None:  # type: ignore[no-untyped-def]
    other = make_services("laptop_b")
    bundle = _future_bundle(other, dest, 40)
    report = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert report.added > 0
    text = "\n".join(report.lines())
    assert "says it was made 40 days in the future" in text
    assert "dated up to 40 days in the future" in text
    assert services.people.search("Futura")
    # This laptop's own changes still come after what it merged, though its clock is right.
    pid = services.people.search("Futura")[0].person_id
    person = services.people.get(pid)
    person.phone = "01632 960321"
    services.people.update_person(person)
    here = services._workspace.scalar("SELECT hlc FROM person WHERE id = ?", (pid,))
    there = other._workspace.scalar("SELECT hlc FROM person WHERE id = ?", (pid,))
    assert here > there


def test_restoring_a_bundle_from_the_future_says_so(
    services: AppServices, dest: Path, tmp_path: Path
) -> None:
    bundle = _future_bundle(services, dest, 3)
    result = ExchangeService.restore(bundle, tmp_path / "r.linkdesk", bundle_passphrase=PASSPHRASE)
    assert len(result.warnings) == 1
    assert "3 days in the future" in result.warnings[0]


def test_a_manifest_dated_in_the_future_is_not_a_reason_to_refuse(
    services: AppServices, make_services, dest: Path
) -> None:  # type: ignore[no-untyped-def]
    other = make_services("laptop_b")
    add_person(other, "Bea")
    result = other.exchange.backup(dest)
    manifest = json.loads(result.manifest_path.read_text())
    manifest["created_at"] = "2099-01-01T00:00:00.000000Z"
    result.manifest_path.write_text(json.dumps(manifest))
    assert hashlib.sha256(result.bundle_path.read_bytes()).hexdigest() == manifest["sha256"]
    report = services.exchange.merge(result.bundle_path, bundle_passphrase=PASSPHRASE)
    assert report.added > 0
    assert any("in the future" in w for w in report.warnings)
