"""The countdown before an automatic lock (issue 10): seen, and cancelled by any input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from linkdesk.ui.autolock import WARNING_MS, AutoLock
from tests.ui.test_seams import filled_path, unlocked

__all__ = ["filled_path", "unlocked"]


def test_the_warning_comes_before_the_lock(qtbot) -> None:
    lock = AutoLock(5, interval_ms=400)  # 200 ms quiet, then 200 ms of warning
    events: list[str] = []
    lock.warning.connect(lambda s: events.append(f"warning {s}"))
    lock.warning_cancelled.connect(lambda: events.append("cancelled"))
    lock.timed_out.connect(lambda: events.append("locked"))
    with qtbot.waitSignal(lock.timed_out, timeout=5000):
        lock.start()
    lock.stop()
    assert events[0].startswith("warning")
    assert events[-2:] == ["cancelled", "locked"]


def test_a_key_during_the_warning_cancels_it(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    lock = AutoLock(5, interval_ms=60_000)  # the last 30 s are the warning
    assert lock._warning_ms == WARNING_MS
    locked: list[bool] = []
    lock.timed_out.connect(lambda: locked.append(True))
    lock.start()
    with qtbot.waitSignal(lock.warning) as shown:
        lock._timer.timeout.emit()  # the quiet part is over
    assert shown.args == [30]
    assert lock.warning_shown
    with qtbot.waitSignal(lock.warning_cancelled):
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert not lock.warning_shown
    assert lock.active  # counting the quiet part again from the start
    assert locked == []
    lock.stop()


def test_the_main_window_shows_the_countdown(qtbot, unlocked) -> None:
    warning = unlocked.lock_warning
    autolock = unlocked.autolock
    assert autolock is not None
    autolock._timer.timeout.emit()
    assert warning.isVisible()
    assert warning.label.text() == "LinkDesk locks in 30 seconds."
    assert warning.accessibleName() == warning.label.text()
    warning.count(1)
    assert warning.label.text() == "LinkDesk locks in 1 second."
    search = unlocked.window.caseload.search
    search.setFocus()
    # Through the window system, as a real key arrives (the lock watches windows).
    QTest.keyClick(unlocked.window.windowHandle(), Qt.Key.Key_B)
    assert not warning.isVisible()
    assert not unlocked.is_locked
    assert unlocked.window.caseload.search.text() == "b"  # the key did its own work too
