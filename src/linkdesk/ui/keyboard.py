"""Keys that work the same in every LinkDesk window.

Qt presses a focused push button with Space; Enter presses it only in a dialog, and only if
it is a default or auto-default button. A worker who Tabs to "Start conversation" and presses
Enter expects it to start: :func:`install` adds one application-wide event filter so Enter
(and the keypad's Enter) presses the focused push or tool button in every window. Enter in a
text box, a list or a table still does what it does there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEY_PRESS = QEvent.Type.KeyPress


class EnterPressesButtons(QObject):
    """Enter on a focused, enabled push or tool button clicks it (the same as Space)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Called for every event of the application: the cheap type test first (an
        # ``event.type()`` makes a Python enum each time: ~700 events to open a person).
        if (
            isinstance(event, QKeyEvent)
            and event.type() == _KEY_PRESS
            and event.key() in _ENTER
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, (QPushButton, QToolButton))
            and watched.hasFocus()
            and watched.isEnabled()
        ):
            watched.click()
            return True
        return False


_installed: dict[int, EnterPressesButtons] = {}


def install(app: QApplication) -> None:
    """Install the keyboard helpers on ``app`` (once; later calls do nothing)."""
    if id(app) in _installed:
        return
    helper = EnterPressesButtons(app)
    app.installEventFilter(helper)
    _installed[id(app)] = helper
