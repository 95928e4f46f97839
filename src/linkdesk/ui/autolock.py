"""Locks the workspace after a spell with no keyboard or mouse input."""

from __future__ import annotations

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


class AutoLock(QObject):
    """Restarts a single-shot timer on every keyboard or mouse input to a LinkDesk window.

    It watches the top-level windows (``QWindow``s), where input from the window system
    arrives first, and each window as it gains focus; not the whole application, whose every
    event (paints, layouts, timers: thousands a second while a view is built) would pass
    through Python (it cost a quarter of opening a person). ``interval_ms`` overrides the
    minutes (tests use a few milliseconds).
    """

    timed_out = Signal()

    def __init__(
        self, minutes: int, parent: QObject | None = None, *, interval_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        self._started = False
        self.set_minutes(minutes, interval_ms=interval_ms)

    def set_minutes(self, minutes: int, *, interval_ms: int | None = None) -> None:
        self._timer.setInterval(interval_ms if interval_ms is not None else minutes * 60_000)
        if self._timer.isActive():
            self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

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

    def _watch(self, window: QWindow | None) -> None:
        """A window gained focus: watch it (installing twice is harmless), and count it as
        the worker's doing."""
        if window is not None:
            window.installEventFilter(self)
            self._input()

    def _input(self) -> None:
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if int(event.type().value) in _INPUT_EVENTS:
            self._input()
        return False
