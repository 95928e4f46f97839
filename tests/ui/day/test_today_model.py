"""Today's lists as a Qt model (issue 15): Qt's own model checks, the roles a screen reader
and the page use, rows worked out lazily, and the page driven by keyboard only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from linkdesk.domain.enums import FollowUpKind
from linkdesk.domain.today import (
    NotContacted,
    TodayBooking,
    UnfinishedConversation,
    WaitingReferral,
)
from linkdesk.services.app_services import AppServices
from linkdesk.ui.ops import ImmediateOps
from linkdesk.ui.today_model import ROLE, Section, TodayModel, TodayRow, cells_of, row_of
from linkdesk.ui.today_page import TodayPage
from tests.day.conftest import START, add_referred

ON = date(2026, 6, 10)


def _sections() -> list[Section]:
    booking = TodayBooking("p1", "Ama Owusu", "Ama", "f1", ON, "phone", "", 0)
    late = TodayBooking("p2", "Lee Tester", "", "f2", ON - timedelta(days=3), "in_person", "Hub", 3)
    waiting = WaitingReferral("p3", "Wen Li", "", "r3", ON - timedelta(days=20), "gp", 20)
    unfinished = UnfinishedConversation("p4", "Una Jones", "", "c4", ON, "first", "goals")
    never = NotContacted("p5", "Nia Davies", "", "r5", "contacted", None, None)
    weeks = NotContacted("p6", "Ali Khan", "", "r6", "active", ON - timedelta(days=60), 60)
    lists: dict[str, list[object]] = {
        "due_today": [booking],
        "overdue": [late],
        "waiting_first_contact": [waiting],
        "unfinished_conversations": [unfinished],
        "not_contacted": [never, weeks],
        "this_week": [],
    }
    return [
        Section(key, key.title(), f"{key.title()} ({len(entries)})", f"No {key}.", entries)
        for key, entries in lists.items()
    ]


@pytest.fixture
def model(qapp) -> TodayModel:  # type: ignore[no-untyped-def]
    model = TodayModel()
    model.headers = ("Who", "When", "What")
    return model


def test_qts_model_checks_hold_through_resets(model: TodayModel) -> None:
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_lists(_sections(), "%1: %2")
    model.clear()
    model.set_lists(_sections(), "%1: %2")
    assert tester is not None
    assert model.rowCount() == 6 + 6 + 1  # six headings, six people, one sentence
    assert model.columnCount() == 3
    for row in range(model.rowCount()):  # a flat list: no row has children
        assert model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemNeverHasChildren
        assert model.rowCount(model.index(row, 0)) == 0
        assert model.columnCount(model.index(row, 0)) == 0
        assert model.index(row, 2).parent() == QModelIndex()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "When"


def test_every_row_says_what_it_is(model: TodayModel) -> None:
    sections = _sections()
    bold = QFont()
    bold.setBold(True)
    model.set_lists(sections, "%1: %2", bold)
    heads = model.heading_rows()
    assert heads == [0, 2, 4, 6, 8, 11]
    assert model.note_rows() == [12]
    assert [model.text(r) for r in heads][0] == "Due_Today (1)"
    assert model.text(12) == "No this_week."
    assert model.text(0, 1) == ""  # a heading spans the row: its text is in column 0
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) == bold
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    for row in (*heads, 12):
        flags = model.flags(model.index(row, 0))
        assert flags & Qt.ItemFlag.ItemIsEnabled
        assert not flags & Qt.ItemFlag.ItemIsSelectable
        assert model.today_row(row) is None
        assert model.data(model.index(row, 0), ROLE) is None
    people = [r for r in range(model.rowCount()) if r not in heads and r != 12]
    order = [(s, e) for s in sections for e in s.entries]
    assert len(people) == len(order)
    for row, (section, entry) in zip(people, order, strict=True):
        cells = cells_of(section.key, entry)
        assert [model.text(row, c) for c in range(3)] == list(cells)
        for column in range(3):
            assert model.data(model.index(row, column), ROLE) == row_of(section.key, entry)
        assert model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsSelectable
        assert model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleTextRole) == (
            f"{section.title}: {', '.join(cells)}"
        )
        assert model.data(model.index(row, 1), Qt.ItemDataRole.AccessibleTextRole) is None
    assert model.text(3, 0) == "Lee Tester"
    assert "3 days overdue" in model.text(3, 1)
    assert model.text(7, 2).endswith("Resume at goals")
    assert model.text(9, 1) == "Never contacted"
    assert model.today_row(7) == TodayRow("unfinished_conversations", "p4", conversation_id="c4")
    assert model.today_row(1) == TodayRow("due_today", "p1", follow_up_id="f1")
    assert model.today_row(-1) is None
    assert model.today_row(model.rowCount()) is None
    assert model.data(model.index(model.rowCount(), 0)) is None


def test_rows_are_worked_out_only_when_asked(model: TodayModel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from linkdesk.ui import today_model

    made: list[str] = []
    real = today_model.cells_of

    def counted(key, entry):  # type: ignore[no-untyped-def]
        made.append(entry.person_id)
        return real(key, entry)

    monkeypatch.setattr(today_model, "cells_of", counted)
    many = [
        NotContacted(f"p{n}", f"Person {n}", "", f"r{n}", "active", None, None) for n in range(5000)
    ]
    sections = [Section("not_contacted", "N", "N (5000)", "none", many)]
    model.set_lists(sections, "%1: %2")
    assert made == []  # nothing per row when a view arrives
    assert model.rowCount() == 5001
    assert model.text(4000) == "Person 3999"
    model.data(model.index(4000, 2))
    assert made == ["p3999"]  # once, kept for the other cells and roles
    assert model.find(TodayRow("not_contacted", "p4999")) == 5000
    assert model.find(TodayRow("overdue", "p4999")) is None
    assert model.find(TodayRow("not_contacted", "gone")) is None


def _busy_day(day: AppServices) -> list[str]:
    people = []
    for n in range(4):
        pid, rid = add_referred(day, f"Person{n}", received=START - timedelta(days=n + 1))
        people.append(pid)
        if n % 2:
            day.referrals.record_first_contact(rid)
            day.bookings.book(pid, START - timedelta(days=n), kind=FollowUpKind.PHONE)
    return people


def test_the_page_by_keyboard_only(qtbot, day: AppServices) -> None:
    _busy_day(day)
    page = TodayPage(day, ops=ImmediateOps())
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree)
    table, model = page.tree, page.model
    rows = page.rows()
    assert page.current_row() == rows[0]  # the first person is chosen
    assert page.outcome_button.isEnabled()  # an overdue booking: its outcome can be recorded
    qtbot.keyClick(table, Qt.Key.Key_Right)  # one "cell" per row, as in a tree
    assert table.currentIndex().column() == 0
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == model.rowCount() - 1
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0  # the first heading, as a tree's Home
    assert page.current_row() is None
    assert not page.open_button.isEnabled()
    assert not page.person_button.isEnabled()
    first = model.find(rows[0])
    assert first is not None
    for row in range(1, first + 1):
        qtbot.keyClick(table, Qt.Key.Key_Down)  # through sentences and headings
        assert table.currentIndex().row() == row
    assert page.current_row() == rows[0]
    for _ in range(model.rowCount()):
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.currentIndex().column() == 0
    assert table.currentIndex().row() == model.rowCount() - 1  # stops at the last row
    waiting = [r for r in rows if r.section == "waiting_first_contact"]
    assert page.select(waiting[0])
    assert not page.outcome_button.isEnabled()  # no booking on this row
    assert page.person_button.isEnabled()
    opened: list[str] = []
    page.open_person.connect(opened.append)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [waiting[0].person_id]
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # Tab leaves the list for its first button
    assert QApplication.focusWidget() is page.open_button
    qtbot.keyClick(page.open_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.keyClicks(table, "Person2")  # type-ahead finds the row by its name
    found = page.current_row()
    assert found is not None
    assert model.text(table.currentIndex().row()).startswith("Person2 ")


def test_clear_forgets_every_row_and_refresh_brings_them_back(qtbot, day: AppServices) -> None:
    _busy_day(day)
    page = TodayPage(day, ops=ImmediateOps())
    qtbot.addWidget(page)
    assert page.rows()
    spans = page.tree.rowSpan(0, 0), page.tree.columnSpan(0, 0)
    assert spans == (1, 3)  # a heading spans the three columns
    page.clear()
    assert page.rows() == []
    assert page.model.rowCount() == 0
    assert page.current_row() is None
    assert page.tree.columnSpan(0, 0) == 1
    assert not page.open_button.isEnabled()
    assert not page.outcome_button.isEnabled()
    with qtbot.waitSignal(page.shown):
        page.refresh()
    assert len(page.rows()) == 4


def test_people_sit_in_from_their_heading_on_either_side(qtbot, day: AppServices) -> None:
    """The indent of a person's row is drawn on the side a language starts from."""
    _busy_day(day)
    page = TodayPage(day, ops=ImmediateOps())
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    table, model = page.tree, page.model
    row = model.find(page.rows()[0])
    assert row is not None
    table.clearSelection()
    table.setCurrentIndex(model.index(0, 0))  # the heading: the person's row unselected
    found = {}
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        page.setLayoutDirection(direction)
        QApplication.processEvents()
        cell = table.visualRect(model.index(row, 0))
        image = table.viewport().grab(cell).toImage()
        background = image.pixelColor(1, image.height() // 2)
        inked = [
            x
            for x in range(image.width())
            if any(image.pixelColor(x, y) != background for y in range(image.height()))
        ]
        assert inked, direction
        found[direction] = (inked[0], image.width() - 1 - inked[-1])
    ltr, rtl = found[Qt.LayoutDirection.LeftToRight], found[Qt.LayoutDirection.RightToLeft]
    assert ltr[0] >= 20  # the name starts 20 px in from the left
    assert rtl[1] >= 20  # and from the right, right to left
