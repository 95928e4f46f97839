"""Auto-lock hears the worker's input at the windows, not every event of the app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from linkdesk.ui.autolock import AutoLock


def test_input_to_a_window_restarts_the_idle_timer_and_other_events_do_not(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    lock = AutoLock(5)
    lock.start()
    heard: list[int] = []
    lock._input = lambda: heard.append(1)  # type: ignore[method-assign]  # count, not restart
    window = field.windowHandle()
    assert window is not None
    QTest.keyClick(window, Qt.Key.Key_A)  # through the window system, as a real key arrives
    assert heard
    assert field.text() == "a"
    heard.clear()
    field.setText("typed by the program")  # paints, layouts, timers: not the worker
    field.repaint()
    QApplication.processEvents()
    assert heard == []
    lock.stop()
    QTest.keyClick(window, Qt.Key.Key_B)
    assert heard == []  # stopped: no longer listening
    assert not lock.active
