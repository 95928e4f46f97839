"""The backup reminder as data, worded by the GUI in the interface language.

When a reminder is due is the exchange's rule (``exchange.policy.backup_reminder``), including
a last backup dated in the future (a laptop whose clock was wrong): due, and said to be
suspect. The services hand the GUI data; the main window's banner words it in English, Welsh
and Urdu.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.exchange import policy
from linkdesk.services.app_services import AppServices
from linkdesk.services.reminders import BackupDue, backup_due_now, backup_reminder
from linkdesk.ui import i18n
from tests.exchange.helpers import ShiftedClock, add_person, with_clock

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.mark.parametrize(
    "offset",
    [
        timedelta(days=-30),
        timedelta(days=-7, seconds=-1),
        timedelta(days=-6),
        timedelta(0),
        timedelta(minutes=4),  # drift within the tolerance: a recent backup
        timedelta(minutes=6),
        timedelta(hours=5),
        timedelta(days=365),
        None,  # never backed up
    ],
)
@pytest.mark.parametrize("days", [0, 7])
def test_the_data_is_due_exactly_when_the_exchange_rule_says(
    offset: timedelta | None, days: int
) -> None:
    last = "" if offset is None else stamp(NOW + offset)
    settings = WorkspaceSettings(backup_reminder_days=days, last_backup_at=last)
    rule = policy.backup_reminder(NOW, last, days)
    due = backup_due_now(settings, 3, NOW)
    assert (due is not None) == rule.due
    assert (due is not None and due.suspect) == rule.suspicious
    assert backup_reminder(settings, 3, NOW) == rule.message  # the English words are main's
    assert backup_due_now(settings, 0, NOW) is None  # an empty workspace needs no backup


def test_a_backup_dated_in_the_future_is_due_and_suspect_with_how_far_ahead() -> None:
    settings = WorkspaceSettings(
        backup_reminder_days=7,
        last_backup_at=stamp(NOW + timedelta(days=365)),
        last_backup_dir="/media/shared",
    )
    assert backup_due_now(settings, 3, NOW) == BackupDue(
        None, "/media/shared", True, date(2027, 11, 24), 365, "days"
    )
    hours = replace(settings, last_backup_at=stamp(NOW + timedelta(hours=5)))
    assert backup_due_now(hours, 3, NOW) == BackupDue(
        None, "/media/shared", True, date(2026, 11, 24), 5, "hours"
    )
    minutes = replace(settings, last_backup_at=stamp(NOW + timedelta(minutes=40)))
    due = backup_due_now(minutes, 3, NOW)
    assert due is not None
    assert (due.ahead, due.ahead_unit) == (40, "minutes")
    old = replace(settings, last_backup_at=stamp(NOW - timedelta(days=14)))
    assert backup_due_now(old, 3, NOW) == BackupDue(14, "/media/shared")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("en", ["24 Nov 2027", "365 days in the future", "clock was wrong", "shared"]),
        ("cy", ["24 Tach 2027", "365 diwrnod yn y dyfodol", "cloc", "shared"]),
        ("ur", ["24 نومبر 2027", "365 دن", "مستقبل", "گھڑی", "shared"]),
    ],
)
def test_the_banner_words_a_suspect_backup_in_the_interface_language(  # type: ignore[no-untyped-def]
    qapp, qtbot, services: AppServices, tmp_path: Path, code: str, words: list[str]
) -> None:
    from linkdesk.ui.main_window import MainWindow
    from linkdesk.ui.ops import ImmediateOps

    shared = tmp_path / "shared"
    shared.mkdir()
    add_person(services, "Ann")
    # A real backup, made while the laptop's clock was a year fast.
    clock = ShiftedClock(lambda: NOW, timedelta(days=365))
    services = with_clock(services, clock)
    services.exchange.backup(shared)
    clock.offset = timedelta(0)  # ... then the clock is put right
    i18n.install_language(code)
    window = MainWindow(services, ops=ImmediateOps())
    qtbot.addWidget(window)
    window.update_backup_reminder(NOW)
    text = window.backup_banner.text()
    assert window.backup_banner.isVisibleTo(window)
    for word in words:
        assert word in text
    assert "%" not in text  # every place marker filled
    if code != "en":
        assert "in the future" not in text  # no English left in a translated banner
    # Put right by a backup made with the right time: no banner.
    services.exchange.backup(shared)
    window.update_backup_reminder(NOW)
    assert not window.backup_banner.isVisibleTo(window)
    assert window.backup_banner.text() == ""
