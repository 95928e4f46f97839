"""Dates keep their order in right-to-left text (issue 10): "14 Nov 1966" beside Urdu, or in
the ``-reverse`` layout, is not shown as "Nov 1966 14"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from linkdesk.domain.dates import DateRule
from linkdesk.ui.bidi import LRI, PDI, ltr, plain
from linkdesk.ui.caseload import follow_up_text, format_date
from linkdesk.ui.widgets.date_field import DateField

URDU = "نصرت فاطمہ"  # a name written right to left


def _x(text: str, part: str) -> float:
    """Where ``part`` of ``text`` starts on screen, laid out as a right-to-left paragraph."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    i = text.index(part)
    return min(line.cursorToX(i)[0], line.cursorToX(i + 1)[0])  # the first character's left


@pytest.mark.parametrize(
    ("shown", "first", "last", "reordered_bare"),
    [
        (format_date(date(1966, 11, 14)), "14", "1966", True),
        (follow_up_text(date(2026, 3, 12), date(2026, 3, 1)), "12", "2026", True),
        (ltr("12/03/2026"), "12", "2026", False),
    ],
)
def test_a_date_beside_right_to_left_text_keeps_its_order(
    shown: str, first: str, last: str, reordered_bare: bool
) -> None:
    assert shown.count(LRI) == 1
    assert shown.endswith(PDI)
    text = f"{URDU} {shown}"
    assert _x(text, first) < _x(text, last)  # day on the left, year on the right
    if reordered_bare:  # what the isolate prevents (so this test can fail)
        bare = f"{URDU} {plain(shown)}"
        assert _x(bare, first) > _x(bare, last)


def test_ltr_is_idempotent_and_plain_undoes_it() -> None:
    assert ltr("") == ""
    assert ltr("14 نومبر 1966") == "14 نومبر 1966"  # an Urdu date reads right to left
    assert ltr(ltr("1 Jan 2026")) == ltr("1 Jan 2026")
    assert plain(ltr("1 Jan 2026")) == "1 Jan 2026"


def test_the_date_field_writes_left_to_right_in_a_reversed_layout(qtbot) -> None:
    field = DateField(DateRule.ANY, lambda: date(2026, 3, 1), name="Date")
    field.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(field)
    field.edit.setText("12/03/2026")
    assert field.edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert field.value() == date(2026, 3, 12)  # what is typed is unchanged
