"""Keys that work the same in every LinkDesk window.

Qt presses a focused push button with Space; Enter presses it only in a dialog, and only if
it is a default or auto-default button. A worker who Tabs to "Start conversation" and presses
Enter expects it to start: :func:`install` makes Enter (and the keypad's Enter) press the
focused push or tool button in every window. Enter in a text box, a list or a table still
does what it does there.

The filter sits on the focused button alone, moved as the focus moves: an application-wide
Python event filter was called for every event of the application (~700 to open a person,
each a trip into Python for the GIL and the wrappers: 14 % of opening a person).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEY_PRESS = QEvent.Type.KeyPress


class EnterPressesButtons(QObject):
    """Enter on a focused, enabled push or tool button clicks it (the same as Space).

    Watches the focused widget only when it is such a button (:meth:`follow_focus`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched: QWidget | None = None

    def follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The focus moved (``QApplication.focusChanged``): watch the new widget if it is a
        button, and stop watching the last one."""
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # already deleted: its filters went too
                self._watched.removeEventFilter(self)
            self._watched = None
        if isinstance(new, (QPushButton, QToolButton)):
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # The cheap type test first (``event.type()`` makes a Python enum each time).
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
    app.focusChanged.connect(helper.follow_focus)
    helper.follow_focus(None, app.focusWidget())
    _installed[id(app)] = helper
