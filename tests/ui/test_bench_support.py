"""The bench's "built and painted" clock (ui/bench_support.py) counts what the worker waits
for: a view filled in from background work is not done at its first paint."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from linkdesk.ui.bench_support import ms_until_painted


def test_a_view_filled_later_counts_until_it_is_filled_and_painted(qtbot) -> None:
    label = QLabel("Finding services…")
    qtbot.addWidget(label)
    filled: list[str] = []

    def open_view() -> QLabel:
        label.show()  # painted at once, empty
        QTimer.singleShot(30, lambda: (label.setText("Walking group"), filled.append("yes")))
        return label

    ms, shown = ms_until_painted(open_view, settled=lambda: bool(filled))
    assert shown is label
    assert filled == ["yes"]  # the clock ran on past the first (empty) paint
    assert ms >= 0


def test_without_settled_the_first_paint_ends_it(qtbot) -> None:
    label = QLabel("Shown")
    qtbot.addWidget(label)
    later: list[str] = []

    def open_view() -> QLabel:
        label.show()
        QTimer.singleShot(2_000, lambda: later.append("late"))
        return label

    ms, shown = ms_until_painted(open_view)
    assert shown is label
    assert later == []  # stopped at the paint, long before the timer
