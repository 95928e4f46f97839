"""Locks the workspace after a spell with no keyboard or mouse input, after a warning.

The last :data:`WARNING_MS` of the spell are a visible countdown (``warning(seconds_left)``
each second; ui/lock_warning.py shows it): any key, click or mouse movement cancels it
(``warning_cancelled``) and the spell starts again.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

_INPUT_EVENTS = frozenset(
    int(t.value)
    for t in (
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    )
)


WARNING_MS = 30_000  # the countdown before an automatic lock (issue 10: 30 seconds)


class AutoLock(QObject):
    """Restarts a single-shot timer on every keyboard or mouse input to a LinkDesk window.

    It watches the top-level windows (``QWindow``s), where input from the window system
    arrives first, and each window as it gains focus; not the whole application, whose every
    event (paints, layouts, timers: thousands a second while a view is built) would pass
    through Python (it cost a quarter of opening a person). ``interval_ms`` overrides the
    minutes (tests use a few milliseconds). The warning is :data:`WARNING_MS`, or half the
    interval when that is shorter. Signals:
    ``warning(seconds_left)`` when the countdown starts and each second of it,
    ``warning_cancelled()`` on input during it, ``timed_out()`` at its end.
    """

    timed_out = Signal()
    warning = Signal(int)
    warning_cancelled = Signal()

    def __init__(
        self, minutes: int, parent: QObject | None = None, *, interval_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self._total_ms = 0
        self._warning_ms = 0
        self._left_ms = 0
        self._timer = QTimer(self)  # the quiet part of the spell
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._warn)
        self._tick = QTimer(self)  # the countdown
        self._tick.timeout.connect(self._count_down)
        self._started = False
        self.set_minutes(minutes, interval_ms=interval_ms)

    def set_minutes(self, minutes: int, *, interval_ms: int | None = None) -> None:
        total = interval_ms if interval_ms is not None else minutes * 60_000
        self._total_ms = total
        self._warning_ms = min(WARNING_MS, total // 2)
        self._timer.setInterval(total - self._warning_ms)
        self._tick.setInterval(max(1, min(1000, self._warning_ms)))
        if self._timer.isActive() or self._tick.isActive():
            self._restart()

    @property
    def interval_ms(self) -> int:
        """The whole spell, warning included."""
        return self._total_ms

    @property
    def active(self) -> bool:
        return self._timer.isActive() or self._tick.isActive()

    @property
    def warning_shown(self) -> bool:
        return self._tick.isActive()

    def start(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._started:
            self._started = True
            for window in QGuiApplication.topLevelWindows():
                window.installEventFilter(self)
            app.focusWindowChanged.connect(self._watch)
        self._timer.start()

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._started:
            self._started = False
            app.focusWindowChanged.disconnect(self._watch)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)  # harmless where it was not installed
        self._timer.stop()
        if self._tick.isActive():
            self._tick.stop()
            self.warning_cancelled.emit()

    def _restart(self) -> None:
        if self._tick.isActive():
            self._tick.stop()
            self.warning_cancelled.emit()
        self._timer.start()

    def _warn(self) -> None:
        self._left_ms = self._warning_ms
        self._tick.start()
        self.warning.emit(math.ceil(self._left_ms / 1000))

    def _count_down(self) -> None:
        self._left_ms -= self._tick.interval()
        if self._left_ms > 0:
            self.warning.emit(math.ceil(self._left_ms / 1000))
            return
        self._tick.stop()
        self.warning_cancelled.emit()  # the warning goes; the lock follows at once
        self.timed_out.emit()

    def _watch(self, window: QWindow | None) -> None:
        """A window gained focus: watch it (installing twice is harmless), and count it as
        the worker's doing."""
        if window is not None:
            window.installEventFilter(self)
            self._input()

    def _input(self) -> None:
        if self.active:
            self._restart()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if int(event.type().value) in _INPUT_EVENTS:
            self._input()
        return False
