"""The Qt bindings keep Python's reference counts straight where LinkDesk leans on them.

PySide6 6.12.0's ``Signal.emit()`` dropped a reference to ``True`` on every call. On Python
3.11, where ``True`` is an ordinary object, the count reaches zero after some thousands of
emits and the process dies ("bool_dealloc: deallocating True or False"), the segfault seen
~70 % through the suite. pyproject.toml keeps PySide6 below 6.12; this test fails on any
release with the fault, so an upgrade cannot bring it back unnoticed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit

from linkdesk.ui.ops import ImmediateOps


class _Emitter(QObject):
    nothing = Signal()
    number = Signal(int)
    pair = Signal(int, object)


def _refs() -> tuple[int, int, int]:
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def test_emitting_signals_leaves_reference_counts_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.number.connect(received.append)
    before = _refs()
    for n in range(500):
        emitter.nothing.emit()
        emitter.number.emit(n)
        emitter.pair.emit(n, None)
    after = _refs()
    assert len(received) == 500
    assert after[0] - before[0] == 0, "Signal.emit() leaks or drops references to True"
    assert after[1] - before[1] == 0, "Signal.emit() leaks or drops references to False"


def test_widgets_and_background_work_leave_reference_counts_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    line, box = QLineEdit(), QCheckBox()
    ops = ImmediateOps()
    results: list[int] = []

    def work(rounds: int) -> None:
        for n in range(rounds):
            line.setText(str(n))
            box.setChecked(n % 2 == 0)
            assert box.isChecked() is (n % 2 == 0)
            line.isVisible()
            ops.op(None, lambda report: 1).success(results.append).run()

    work(300)  # ended jobs are kept for the next 256 ends (each holds its stop flag, False)
    before = _refs()
    work(200)
    after = _refs()
    assert len(results) == 500
    assert after[:2] == before[:2]
