"""The bench's "built and painted" clock (ui/bench_support.py) counts what the worker waits
for: a view filled in from background work is not done at its first paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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


class _Paints(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_settling_with_nothing_to_repaint_still_ends_at_a_paint_after_it(qtbot) -> None:
    # The background work lands without changing what is shown: the clock does not stop at
    # the settling moment but at the first paint after it (asked for then).
    label = QLabel("Shown")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    paints = _Paints()
    label.installEventFilter(paints)
    done: list[int] = []

    def open_view() -> QLabel:
        QTimer.singleShot(30, lambda: done.append(paints.count))
        return label

    ms, shown = ms_until_painted(open_view, settled=lambda: bool(done))
    assert shown is label
    assert done
    assert paints.count > done[0]  # painted after it settled
    assert ms >= 0


def test_a_view_never_painted_fails_loudly(qtbot) -> None:
    label = QLabel("Hidden")
    qtbot.addWidget(label)  # never shown: no paint can come

    with pytest.raises(RuntimeError, match="not painted"):
        ms_until_painted(lambda: label, timeout_ms=200, settled=lambda: True)


def test_the_clock_stops_once_the_children_are_painted_too(qtbot) -> None:
    # Only the view is watched: its children are drawn in the same pass, after it.
    view = QWidget()
    children = [QLabel(f"Line {n}", view) for n in range(3)]
    layout = QVBoxLayout(view)
    for child in children:
        layout.addWidget(child)
    qtbot.addWidget(view)
    paints = [_Paints() for _ in children]
    for child, counter in zip(children, paints, strict=True):
        child.installEventFilter(counter)

    def open_view() -> QWidget:
        view.show()
        return view

    ms, shown = ms_until_painted(open_view)
    assert shown is view
    assert all(counter.count >= 1 for counter in paints)  # every child drawn when it stopped
    assert ms >= 0
