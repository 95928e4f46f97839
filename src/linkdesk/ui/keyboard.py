"""Keys that work the same in every LinkDesk window.

Qt presses a focused push button with Space; Enter presses it only in a dialog, and only if
it is a default or auto-default button. A worker who Tabs to "Start conversation" and presses
Enter expects it to start: :func:`install` makes Enter (and the keypad's Enter) press the
focused push or tool button in every window. Enter in a text box, a list or a table still
does what it does there.

The filter sits on the focused button alone (moved as the focus moves), not on the whole
application: an application-wide Python filter is called for every event of every widget
(paints, timers, layouts), and each call needs the GIL, which a busy background thread holds
for up to the switch interval, so typing stalled behind reports and imports (issue 15).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    """Enter on a focused, enabled push or tool button clicks it (the same as Space).

    Watches the button that has the focus (``follow``): installed on it when it gains the
    focus, removed when it loses it."""

    def follow(self, old: QWidget | None, new: QWidget | None) -> None:
        """QApplication.focusChanged: watch ``new`` if it is a button, stop watching ``old``."""
        if isinstance(old, (QPushButton, QToolButton)):
            with contextlib.suppress(RuntimeError):  # already deleted: its filters went too
                old.removeEventFilter(self)
        if isinstance(new, (QPushButton, QToolButton)):
            new.installEventFilter(self)  # installing twice is harmless

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
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
    app.focusChanged.connect(helper.follow)
    helper.follow(None, app.focusWidget())
    _installed[id(app)] = helper
