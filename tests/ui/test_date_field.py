"""The date field, typed by keys: understood dates in words, one inline message, Tab leaves."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from linkdesk.domain.dates import DateRule
from linkdesk.domain.errors import ValidationError
from linkdesk.ui.widgets.date_field import DateField

TODAY = date(2026, 6, 4)


def form(qtbot, field: DateField) -> tuple[QWidget, QLineEdit]:
    """The field between two line edits, shown and active (focus moves for real)."""
    host = QWidget()
    column = QVBoxLayout(host)
    before, after = QLineEdit(), QLineEdit()
    for widget in (before, field, after):
        column.addWidget(widget)
    qtbot.addWidget(host)
    with qtbot.waitExposed(host):
        host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    field.edit.setFocus()
    return host, after


def test_typed_date_is_shown_in_words_and_tab_moves_on(qtbot) -> None:
    field = DateField(DateRule.BIRTH, lambda: TODAY, name="Date of birth")
    _host, after = form(qtbot, field)
    qtbot.keyClicks(field.edit, "12-3-71")
    assert field.message.text() == "Friday 12 March 1971"  # as soon as it is a date
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after  # Tab leaves the field, not the day part
    assert field.value() == date(1971, 3, 12)
    assert field.edit.text() == "12-3-71"  # what was typed is never rewritten


def test_impossible_date_is_said_once_on_leaving_and_nothing_is_lost(qtbot) -> None:
    field = DateField(DateRule.BIRTH, lambda: TODAY, name="Date of birth")
    _host, _ = form(qtbot, field)
    qtbot.keyClicks(field.edit, "31/02/1980")
    assert field.problem == ""  # not while typing: a half-typed date is not yet wrong
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.problem == "There is no 31 February 1980: February has 29 days that year."
    assert field.message.text() == field.problem
    assert field.edit.accessibleDescription() == field.problem  # read out with the field
    assert field.edit.text() == "31/02/1980"


def test_a_future_date_of_birth_is_refused(qtbot) -> None:
    field = DateField(DateRule.BIRTH, lambda: TODAY, name="Date of birth")
    _host, _ = form(qtbot, field)
    qtbot.keyClicks(field.edit, "12/03/2071")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.problem.startswith("A date of birth cannot be in the future")
    with pytest.raises(ValidationError) as caught:
        field.value()
    assert caught.value.field == "date"


def test_not_known_only_when_chosen(qtbot) -> None:
    field = DateField(DateRule.BIRTH, lambda: TODAY, name="Date of birth", unknown=True,
                      required=True)  # fmt: skip
    _host, _ = form(qtbot, field)
    assert field.unknown is not None
    assert not field.unknown.isChecked()  # never assumed
    with pytest.raises(ValidationError, match="Type the date, or tick Not known."):
        field.value()
    qtbot.keyClicks(field.edit, "1 Jan 1950")
    field.unknown.setChecked(True)
    assert field.value() is None
    assert not field.edit.isEnabled()
    assert field.edit.text() == "1 Jan 1950"  # kept, greyed, should they untick it
    field.unknown.setChecked(False)
    assert field.value() == date(1950, 1, 1)


def test_a_stored_date_that_has_passed_is_not_refused_again(qtbot) -> None:
    field = DateField(DateRule.FUTURE, lambda: TODAY, name="Target date")
    _host, _ = form(qtbot, field)
    field.set_value(date(2026, 5, 1))  # agreed before it passed
    assert field.value() == date(2026, 5, 1)
    assert field.problem == ""
    field.setText("2/5/2026")  # a new date that has passed is refused
    assert field.problem.startswith("That date has passed")
