"""Bookings have an outcome: booked -> attended / did not attend / cancelled / rebooked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from linkdesk.domain.enums import FollowUpStatus
from linkdesk.domain.errors import ValidationError
from linkdesk.services.app_services import AppServices
from tests.day.conftest import START, Clock, add_referred


def _booked(services: AppServices, pid: str) -> list[tuple[date, FollowUpStatus]]:
    return sorted(
        (f.due_on, f.status)
        for f in services._repos.follow_ups.for_person(pid)
        if f.status == FollowUpStatus.BOOKED
    )


def test_a_booking_in_the_past_is_recorded_with_a_gentle_warning(day: AppServices) -> None:
    pid, _ = add_referred(day, "Past")
    result = day.bookings.book(pid, START - timedelta(days=3))
    assert result.follow_up.status == FollowUpStatus.BOOKED
    assert any("passed" in w for w in result.warnings)
    assert day._repos.follow_ups.get(result.follow_up.id).booked_on == START
    # It is overdue from now on: Today lists it with its days.
    (item,) = day.today.view().overdue
    assert (item.person_id, item.days_overdue) == (pid, 3)


def test_weekend_and_bank_holiday_dates_are_warned_and_never_suggested(
    day: AppServices, clock: Clock
) -> None:
    pid, _ = add_referred(day, "Weekend")
    assert day.bookings.warnings_for(date(2026, 6, 13)) == ("That is a Saturday.",)
    assert day.bookings.warnings_for(date(2026, 12, 25)) == ("That is a bank holiday.",)
    clock.day = date(2026, 12, 11)  # Friday: 14 days on is Christmas Day
    suggestion = day.bookings.suggest(pid)
    assert suggestion.upcoming is None
    assert suggestion.on == date(2026, 12, 29)  # not 25, 26 (Sat), 27 (Sun) or 28 (Boxing Day)
    for days in range(1, 60):
        on = day.bookings.suggest(pid, days=days).on
        assert on.weekday() < 5
        assert day.bookings.warnings_for(on) == ()


def test_a_follow_up_never_proposes_or_makes_a_second_upcoming_booking(
    day: AppServices, clock: Clock
) -> None:
    pid, _ = add_referred(day, "Once")
    first = day.bookings.book(pid, START + timedelta(days=7)).follow_up
    assert day.bookings.suggest(pid).upcoming == first  # offer the booking, not a new date
    moved = day.bookings.book(pid, START + timedelta(days=8))  # same day: a correction
    assert moved.moved_in_place
    assert moved.follow_up.id == first.id
    clock.advance(1)
    again = day.bookings.book(pid, START + timedelta(days=14))  # a later day: rebooked
    assert not again.moved_in_place
    assert again.replaced is not None
    assert _booked(day, pid) == [(START + timedelta(days=14), FollowUpStatus.BOOKED)]
    old = day.bookings.get(first.id)
    assert (old.status, old.rebooked_to) == (FollowUpStatus.REBOOKED, again.follow_up.id)
    assert day.people.search("Once")[0].next_follow_up == START + timedelta(days=14)


def test_an_outcome_changed_twice_never_leaves_a_stale_status(
    day: AppServices, clock: Clock
) -> None:
    pid, _ = add_referred(day, "Twice")
    booking = day.bookings.book(pid, START + timedelta(days=2)).follow_up
    clock.advance(3)
    replacement = day.bookings.rebook(booking.id, START + timedelta(days=10)).follow_up
    assert _booked(day, pid) == [(START + timedelta(days=10), FollowUpStatus.BOOKED)]
    # The worker corrects it: they did come after all. The replacement goes.
    result = day.bookings.set_outcome(booking.id, FollowUpStatus.ATTENDED)
    assert result.withdrawn is not None
    assert result.withdrawn.id == replacement.id
    assert _booked(day, pid) == []
    assert day.people.search("Twice")[0].next_follow_up is None
    day.bookings.set_outcome(booking.id, FollowUpStatus.DID_NOT_ATTEND)
    day.bookings.set_outcome(booking.id, FollowUpStatus.ATTENDED)
    final = day.bookings.get(booking.id)
    assert (final.status, final.rebooked_to, final.outcome_on) == (
        FollowUpStatus.ATTENDED,
        None,
        clock.day,
    )
    history = [c.to_status for c in day.people.history.for_follow_up(booking.id)]
    assert history == ["booked", "rebooked", "attended", "did_not_attend", "attended"]
    assert day.caseload.page().rows[0].missed == 0  # the miss was corrected away
    unchanged = day.bookings.set_outcome(booking.id, FollowUpStatus.ATTENDED)
    assert not unchanged.changed


def test_rebooked_needs_a_date_and_rebooking_twice_moves_the_replacement(
    day: AppServices, clock: Clock
) -> None:
    pid, _ = add_referred(day, "Move")
    booking = day.bookings.book(pid, START + timedelta(days=2)).follow_up
    with pytest.raises(ValidationError, match="new date"):
        day.bookings.set_outcome(booking.id, FollowUpStatus.REBOOKED)
    clock.advance(1)
    first = day.bookings.rebook(booking.id, START + timedelta(days=9)).follow_up
    second = day.bookings.rebook(booking.id, START + timedelta(days=12)).follow_up
    assert _booked(day, pid) == [(START + timedelta(days=12), FollowUpStatus.BOOKED)]
    assert day.bookings.get(first.id).rebooked_to == second.id


def test_missed_appointments_count_in_the_caseload_and_reports(day: AppServices) -> None:
    pid, _ = add_referred(day, "Missed")
    for offset in (1, 2, 3, 4, 5, 6):
        f = day.bookings.book(pid, START - timedelta(days=offset)).follow_up
        status = FollowUpStatus.DID_NOT_ATTEND if offset % 2 else FollowUpStatus.ATTENDED
        day.bookings.set_outcome(f.id, status)
    (row,) = day.caseload.page().rows
    assert row.missed == 3
    report = day.reports.compute(START - timedelta(days=30), START)
    assert report.value("bookings_by_outcome", "Did not attend") == "<5"
    assert report.value("missed_appointments", "Meetings not attended") == "<5"
    assert report.value("bookings_by_outcome", "Total") == "6"


def test_people_json_shows_the_next_follow_up_right_after_bookings_change(
    day: AppServices, clock: Clock
) -> None:
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import PASSPHRASE

    pid, _ = add_referred(day, "Json")
    first = day.bookings.book(pid, START + timedelta(days=5)).follow_up
    clock.advance(1)
    moved = day.bookings.book(pid, START + timedelta(days=9)).follow_up
    day.bookings.set_outcome(first.id, FollowUpStatus.DID_NOT_ATTEND)  # undo the rebooking
    day.bookings.book(pid, START + timedelta(days=12))
    path = day.path
    day.close()
    done = subprocess.run(
        [sys.executable, "-m", "linkdesk", "people", str(path), "--json"],
        env=dict(os.environ, LINKDESK_PASSPHRASE=PASSPHRASE),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (row,) = json.loads(done.stdout)
    assert row["next_follow_up"] == (START + timedelta(days=12)).isoformat()
    assert moved.id != first.id
