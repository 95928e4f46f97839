"""The person view's part of the day: meetings' outcomes, the timeline, outcomes over time."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QScrollArea

from linkdesk.domain.enums import FollowUpKind, FollowUpStatus, Timepoint
from linkdesk.domain.outcomes import PersonOutcomes
from linkdesk.services.app_services import AppServices
from linkdesk.ui.bidi import plain
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.outcomes_chart import OutcomesChart, OutcomesPanel
from tests.day.conftest import START, Clock, add_referred


def _with_scores(day: AppServices, clock: Clock) -> str:
    pid, rid = add_referred(day, "Ola")
    day.referrals.record_first_contact(rid)
    day.casework.record_measure(pid, "ONS4", [3, 4, 5, 8], timepoint=Timepoint.BASELINE)
    day.casework.record_measure(pid, "UCLA3", [3, 3, 2], timepoint=Timepoint.BASELINE)
    clock.advance(28)
    day.casework.record_measure(pid, "ONS4", [6, 7, 7, 4], timepoint=Timepoint.FOLLOW_UP)
    day.casework.record_measure(pid, "UCLA3", [2, 2, 1], timepoint=Timepoint.FOLLOW_UP)
    return pid


def _ink(image: QImage) -> int:
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != white
    )


def test_outcomes_chart_draws_the_scores_and_a_table_says_them(
    qtbot, day: AppServices, clock: Clock
) -> None:
    pid = _with_scores(day, clock)
    panel = OutcomesPanel()
    qtbot.addWidget(panel)
    outcomes = day.outcomes.for_person(pid)
    panel.show_outcomes(outcomes)
    panel.resize(480, 400)
    chart = panel.chart
    assert len(chart.series) == 5  # four ONS4 items and the UCLA-3 total
    image = chart.grab().toImage()
    drawn = _ink(image)
    empty = OutcomesChart()
    qtbot.addWidget(empty)
    empty.set_series(())
    empty.resize(chart.size())
    assert drawn > 4 * _ink(empty.grab().toImage())  # lines, dots and labels, not just words
    blue = QColor("#1d70b8").rgb()
    assert any(
        image.pixel(x, y) == blue for y in range(image.height()) for x in range(image.width())
    )
    table = panel.table
    assert table.rowCount() == 5
    first = [table.item(0, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert first[0] == "Life satisfaction"
    assert first[1] == f"3 ({START.day} Jun) → 6 ({clock.day.day} Jul)"
    assert first[2] == "+3, better"
    assert table.item(3, 0).text() == "Anxiety yesterday (lower is better)"  # type: ignore[union-attr]
    assert table.item(3, 2).text() == "-4, better"  # type: ignore[union-attr]  # 8 -> 4
    assert table.item(4, 2).text() == "-3, better"  # type: ignore[union-attr]  # UCLA 8 -> 5
    spoken = table.item(0, 1).data(Qt.ItemDataRole.AccessibleTextRole)  # type: ignore[union-attr]
    assert plain(spoken).startswith("Life satisfaction (ONS4): 3 (10 Jun 2026, baseline)")


def test_no_scores_says_so(qtbot) -> None:
    panel = OutcomesPanel()
    qtbot.addWidget(panel)
    panel.show_outcomes(PersonOutcomes("x"))
    assert panel.table.isHidden()
    assert panel.chart.series == ()


def test_person_view_records_an_outcome_and_shows_the_timeline(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    day = window.services
    pid, rid = add_referred(day, "Pat")
    day.referrals.record_first_contact(rid)
    booked = day.bookings.book(pid, START - timedelta(days=2), kind=FollowUpKind.PHONE).follow_up
    window.show_person(pid)
    view = window.person_view
    assert view is not None
    entries = [view.timeline.item(i).text() for i in range(view.timeline.count())]  # type: ignore[union-attr]
    # newest first: the booking and contact today
    assert plain(entries[0]).startswith(f"{START.day} ")
    assert any("eferral" in e for e in entries[-2:])  # the referral, 10 days ago, last
    assert view.outcome_button.isEnabled()  # the overdue meeting is chosen

    from linkdesk.ui import booking_dialog

    def fake_ask(parent, services, ops, follow_up_id, reopen=None):  # type: ignore[no-untyped-def]
        assert follow_up_id == booked.id
        return services.bookings.set_outcome(follow_up_id, FollowUpStatus.ATTENDED), True

    monkeypatch.setattr(booking_dialog.BookingOutcomeDialog, "ask", staticmethod(fake_ask))
    view.outcome_button.setFocus()
    qtbot.keyClick(view.outcome_button, Qt.Key.Key_Space)
    assert day.bookings.get(booked.id).status == FollowUpStatus.ATTENDED
    assert "attended" in view.follow_ups.item(0).text()  # type: ignore[union-attr]
    texts = [view.timeline.item(i).text() for i in range(view.timeline.count())]  # type: ignore[union-attr]
    assert len(texts) > len(entries)  # the outcome joined the timeline


def test_person_view_fits_beside_the_sections_on_a_laptop(
    qtbot, window: MainWindow, clock: Clock
) -> None:
    pid = _with_scores(window.services, clock)
    window.show_person(pid)
    view = window.person_view
    assert view is not None
    body = view.findChild(QScrollArea).widget()  # type: ignore[union-attr]
    # Room to spare beside the sections list on a 1280-pixel screen: no sideways scrolling
    # (offscreen fonts are smaller than a desktop's, hence the margin).
    assert body.minimumSizeHint().width() <= 760
