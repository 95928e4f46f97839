"""Today, the first screen: its lists, Enter on a row, refreshing, the day changing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from linkdesk.domain.enums import FollowUpKind, FollowUpStatus
from linkdesk.services.app_services import AppServices
from linkdesk.ui.main_window import CASELOAD, TODAY, MainWindow
from linkdesk.ui.ops import ImmediateOps
from linkdesk.ui.today_page import TodayPage
from tests.day.conftest import START, Clock, add_referred


def _sections(page: TodayPage) -> dict[str, list[str]]:
    return {
        key: [r.person_id for r in page.rows() if r.section == key]
        for key in ("due_today", "overdue", "waiting_first_contact", "this_week")
    }


def test_today_is_the_first_screen_and_lists_the_day(qtbot, day: AppServices) -> None:
    due, _ = add_referred(day, "Dana")
    late, _ = add_referred(day, "Lee")
    waiting, _ = add_referred(day, "Wen", received=START - timedelta(days=20))
    later, _ = add_referred(day, "Tia")
    for pid in (due, late, later):
        day.referrals.record_first_contact(day.referrals.current(pid).id)  # type: ignore[union-attr]
    day.bookings.book(due, START, kind=FollowUpKind.PHONE)
    day.bookings.book(late, START - timedelta(days=3), kind=FollowUpKind.IN_PERSON)
    day.bookings.book(later, START + timedelta(days=2), kind=FollowUpKind.VIDEO)

    window = MainWindow(day, ops=ImmediateOps())
    qtbot.addWidget(window)
    assert window.pages.currentIndex() == TODAY
    assert window.nav.currentItem().text() == "Today"  # type: ignore[union-attr]
    with qtbot.waitSignal(window.today.shown):
        window._fill_caseload()
    page = window.today
    sections = _sections(page)
    assert sections["due_today"] == [due]
    assert sections["overdue"] == [late]
    assert sections["waiting_first_contact"] == [waiting]
    assert sections["this_week"] == [later]
    model, heads = page.model, page.model.heading_rows()
    texts = [model.text(row) for row in heads]
    assert texts[0] == "Due today (1)"
    overdue_head = heads[1]
    assert "3 days overdue" in model.text(overdue_head + 1, 1)
    assert "20 days, received" in model.text(heads[2] + 1, 1)
    empty = heads[3]  # unfinished conversations: none
    assert model.text(empty + 1) == "No conversations left unfinished."
    assert "1 due today, 1 overdue" in page.summary.text()


def test_enter_opens_the_person_and_back_returns_to_today(qtbot, window: MainWindow) -> None:
    day = window.services
    pid, _ = add_referred(day, "Wen")
    with qtbot.waitSignal(window.today.shown):
        window.today.refresh()
    page = window.today
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page.tree.setFocus()
    assert page.current_row() is not None
    assert page.current_row().person_id == pid
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.person_view is not None
    assert window.person_view.person_id == pid
    assert window.pages.currentIndex() == CASELOAD
    window.person_view.back_button.setFocus()
    qtbot.keyClick(window.person_view.back_button, Qt.Key.Key_Space)  # "← Caseload" by key
    assert window.pages.currentIndex() == TODAY
    assert window.person_view is None


def test_enter_on_an_unfinished_conversation_resumes_it(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    day = window.services
    pid, _ = add_referred(day, "Una")
    conversation = day.conversation.start_or_resume(pid)
    opened: list[str] = []
    monkeypatch.setattr(window, "open_conversation", opened.append)
    page = window.today
    page.open_conversation.disconnect()
    page.open_conversation.connect(window.open_conversation)
    with qtbot.waitSignal(page.shown):
        page.refresh()
    rows = [r for r in page.rows() if r.section == "unfinished_conversations"]
    assert [r.conversation_id for r in rows] == [conversation.id]
    assert page.select(rows[0])
    assert page.open_button.text() == "Res&ume conversation"
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened == [pid]


def test_empty_workspace_says_so_kindly(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.today.shown):
        window.today.refresh()
    assert window.today.rows() == []
    assert window.today.summary.text().startswith("Nothing needs you today")
    assert not window.today.open_button.isEnabled()
    qtbot.keyClick(window.today.tree, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert window.person_view is None


def test_refreshes_when_the_day_changes_and_after_an_outcome(
    qtbot, window: MainWindow, clock: Clock
) -> None:
    day = window.services
    pid, _ = add_referred(day, "Dana")
    day.referrals.record_first_contact(day.referrals.current(pid).id)  # type: ignore[union-attr]
    booked = day.bookings.book(pid, START + timedelta(days=1), kind=FollowUpKind.PHONE).follow_up
    page = window.today
    with qtbot.waitSignal(page.shown):
        page.refresh()
    assert _sections(page)["this_week"] == [pid]
    page.check_day()  # the same day: nothing to do
    clock.advance(1)
    with qtbot.waitSignal(page.shown):
        page.check_day()
    assert page.shown_on == clock.day
    assert _sections(page)["due_today"] == [pid]
    assert clock.day.strftime("%A") in page.title.text()

    from linkdesk.ui import booking_dialog

    def fake_ask(parent, services, ops, follow_up_id, reopen=None):  # type: ignore[no-untyped-def]
        return services.bookings.set_outcome(follow_up_id, FollowUpStatus.ATTENDED), True

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(booking_dialog.BookingOutcomeDialog, "ask", staticmethod(fake_ask))
        assert page.select(page.rows()[0])
        with qtbot.waitSignal(page.shown):
            page.outcome_button.click()
    assert _sections(page)["due_today"] == []  # refreshed after the outcome
    assert window.banner.text() == "Recorded: attended."
    assert day.bookings.get(booked.id).status == FollowUpStatus.ATTENDED


def test_not_contacted_weeks_is_a_setting_today_follows(qtbot, window: MainWindow) -> None:
    page = window.today
    with qtbot.waitSignal(page.shown):
        page.refresh()
    head = page.model.heading_rows()[4]
    assert page.model.text(head).startswith("Not contacted for 6 weeks or more")
    settings = window.settings_page
    settings.not_contacted.setValue(3)
    settings.region.setCurrentIndex(settings.region.findData("scotland"))  # saves at once
    assert window.services.settings.current.not_contacted_weeks == 3
    assert window.services.settings.current.bank_holiday_region == "scotland"
    head = page.model.heading_rows()[4]
    assert page.model.text(head).startswith("Not contacted for 3 weeks or more")


def test_closing_a_conversation_window_refreshes_today(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from linkdesk.ui import booking_dialog
    from linkdesk.ui.conversation.window import ConversationWindow

    day = window.services
    pid, _ = add_referred(day, "Wen")
    monkeypatch.setattr(booking_dialog, "confirm", lambda *args: False)
    page = window.today
    with qtbot.waitSignal(page.shown):
        page.refresh()
    assert _sections(page)["waiting_first_contact"] == [pid]
    with qtbot.waitSignal(page.shown):
        window.open_conversation(pid)  # starting it is the first contact
    assert _sections(page)["waiting_first_contact"] == []
    unfinished = [r for r in page.rows() if r.section == "unfinished_conversations"]
    assert [r.person_id for r in unfinished] == [pid]
    conversation = window.findChildren(ConversationWindow)[0]
    with qtbot.waitSignal(page.shown):
        conversation.close()


def test_a_new_view_is_one_reset_with_the_same_rows(qtbot, day: AppServices) -> None:
    """Thousands of rows cost the UI thread nothing per row (issue 15): a view is shown with
    one model reset, the rows are the lists' entries in order, each with its cells, the
    chosen row is chosen again, ``shown`` is sent once."""
    from linkdesk.ui.today_model import cells_of, row_of

    for n in range(7):
        pid, _ = add_referred(day, f"Person{n}", received=START - timedelta(days=n + 1))
        if n % 2:
            day.referrals.record_first_contact(day.referrals.current(pid).id)  # type: ignore[union-attr]
            day.bookings.book(pid, START - timedelta(days=n), kind=FollowUpKind.PHONE)
    page = TodayPage(day, ops=ImmediateOps())
    qtbot.addWidget(page)
    view = day.today.view()
    keys = ("due_today", "overdue", "waiting_first_contact", "unfinished_conversations")
    expected = [
        (row_of(key, entry), cells_of(key, entry))
        for key in (*keys, "not_contacted", "this_week")
        for entry in getattr(view, key)
    ]
    assert len(expected) >= 7
    assert page.rows() == [row for row, _ in expected]
    model = page.model
    shown_rows = [
        (model.today_row(r), tuple(model.text(r, c) for c in range(3)))
        for r in range(model.rowCount())
        if model.today_row(r) is not None
    ]
    assert shown_rows == expected
    page.select(expected[-1][0])
    resets: list[int] = []
    inserted: list[int] = []
    shown: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda *_: inserted.append(1))
    page.shown.connect(lambda: shown.append(len(page.rows())))
    page.refresh()
    assert resets == [1]
    assert inserted == []
    assert shown == [len(expected)]
    assert page.current_row() == expected[-1][0]  # the row chosen before is chosen again


def test_today_is_worked_out_again_when_shown_not_behind_other_pages(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change saved on another page marks Today out of date; its lists are worked out
    when Today is shown again, not on the worker while the person is being looked at."""
    day = window.services
    pid, _ = add_referred(day, "Wen")
    page = window.today
    with qtbot.waitSignal(page.shown):
        page.refresh()
    assert _sections(page)["waiting_first_contact"] == [pid]
    asked: list[int] = []
    real = day.today.view
    monkeypatch.setattr(day.today, "view", lambda *a, **k: asked.append(1) or real(*a, **k))
    window.show()
    qtbot.waitExposed(window)
    window.show_person(pid)
    assert window.pages.currentIndex() == CASELOAD
    shown: list[int] = []
    page.shown.connect(lambda: shown.append(1))
    day.referrals.record_first_contact(day.referrals.current(pid).id)  # type: ignore[union-attr]
    window.person_view.changed.emit()  # type: ignore[union-attr]
    page.check_day()
    assert asked == []  # nothing worked out behind the person's record
    assert shown == []
    with qtbot.waitSignal(page.shown):
        window.go_to(TODAY)
    assert asked == [1]  # once, however many changes were asked for
    assert _sections(page)["waiting_first_contact"] == []
    with qtbot.waitSignal(page.shown):
        page.refresh()  # shown: at once, as before
    assert asked == [1, 1]
