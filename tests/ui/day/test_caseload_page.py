"""The caseload page: sorting by header click and by keyboard, filters, the count."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from linkdesk.domain.enums import FollowUpKind, ReferralSource
from linkdesk.domain.models import Person, Referral
from linkdesk.domain.referral_rules import ClosureOutcome
from linkdesk.services.app_services import AppServices
from linkdesk.ui.caseload import CaseloadPage
from tests.day.conftest import START, add_referred


def _people(day: AppServices) -> None:
    add_referred(day, "Alpha", received=START - timedelta(days=5))
    bravo, _ = add_referred(day, "Bravo", received=START - timedelta(days=30))
    day.bookings.book(bravo, START - timedelta(days=2), kind=FollowUpKind.PHONE)  # overdue
    charlie = day.people.add_person(
        Person(given_name="Charlie", family_name="Tester"),
        Referral(person_id="", received_on=START - timedelta(days=12), source=ReferralSource.SELF),
    )
    conversation = day.conversation.start_or_resume(charlie.id)
    day.conversation.set_need(charlie.id, conversation.id, "money", 3, "")
    _, closed = add_referred(day, "Delta", received=START - timedelta(days=60))
    day.referrals.close(closed, ClosureOutcome.MOVED_AWAY)


def _names(page: CaseloadPage) -> list[str]:
    return [row.name.split()[0] for row in page.model.rows]


def test_closed_hidden_by_default_and_the_count_says_so(qtbot, day: AppServices) -> None:
    _people(day)
    page = CaseloadPage(day)
    qtbot.addWidget(page)
    assert _names(page) == ["Alpha", "Bravo", "Charlie"]
    assert page.count_label.text() == "3 people on the caseload. 1 closed or declined hidden."
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    assert _names(page) == ["Alpha", "Bravo", "Charlie", "Delta"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    assert _names(page) == ["Delta"]
    assert page.count_label.text() == "1 of 4 people match."


def test_filters_source_life_area_and_overdue(qtbot, day: AppServices) -> None:
    _people(day)
    page = CaseloadPage(day)
    qtbot.addWidget(page)
    page.source_filter.setCurrentIndex(page.source_filter.findData("self"))
    assert _names(page) == ["Charlie"]
    page.source_filter.setCurrentIndex(0)
    page.area_filter.setCurrentIndex(page.area_filter.findData("money"))
    assert _names(page) == ["Charlie"]
    page.area_filter.setCurrentIndex(0)
    page.due_filter.setCurrentIndex(page.due_filter.findData("overdue"))
    assert _names(page) == ["Bravo"]
    assert page.model.index(0, 4).data().startswith("Overdue since")
    page.due_filter.setCurrentIndex(page.due_filter.findData("this_week"))
    assert _names(page) == []
    assert page.count_label.text() == "Nobody matches these filters."


def test_sort_by_header_click_and_by_keyboard(qtbot, day: AppServices) -> None:
    _people(day)
    page = CaseloadPage(day)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page, 5000)
    received = page.model.HEADERS.index("Received")
    page.table.horizontalHeader().sectionClicked.emit(received)  # a click on the header
    assert _names(page) == ["Bravo", "Charlie", "Alpha"]  # oldest referral first
    assert page.table.horizontalHeader().sortIndicatorSection() == received
    page.table.horizontalHeader().sectionClicked.emit(received)  # again: reversed
    assert _names(page) == ["Alpha", "Charlie", "Bravo"]
    assert page.descending.isChecked()
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # By keyboard: "Sort by" is a combo box; arrows choose, Space reverses.
    page.descending.setFocus()
    qtbot.keyClick(page.descending, Qt.Key.Key_Space)
    assert not page.descending.isChecked()
    page.sort_choice.setFocus()
    page.sort_choice.setCurrentIndex(page.sort_choice.findData("name"))
    qtbot.keyClick(page.sort_choice, Qt.Key.Key_Down)  # Status
    assert page.sort_choice.currentData() == "status"
    assert page.table.horizontalHeader().sortIndicatorSection() == 3
    for _ in range(2):
        qtbot.keyClick(page.sort_choice, Qt.Key.Key_Down)  # Referred by, then Received
    assert page.sort_choice.currentData() == "received"
    assert _names(page) == ["Bravo", "Charlie", "Alpha"]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the results, as before
    assert page.table.hasFocus()
    with qtbot.waitSignal(page.open_person) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args[0] == page.model.person_id(0)


def test_through_ops_stale_answers_are_dropped_and_enter_waits(qtbot, day: AppServices) -> None:
    from linkdesk.ui.ops import ImmediateOps

    _people(day)
    page = CaseloadPage(day, ops=ImmediateOps(), load=False)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.shown):
        page.refresh()
    assert _names(page) == ["Alpha", "Bravo", "Charlie"]
    old = page.result
    assert old is not None
    page.search.setText("bravo")  # the timer starts: the search has not run yet
    with qtbot.waitSignal(page.open_person) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter: opens the first answer
    assert _names(page) == ["Bravo"]
    assert opened.args[0] == page.model.person_id(0)
    page._show((old, 4), page.query(), generation=0)  # an answer overtaken by a newer one
    assert _names(page) == ["Bravo"]
