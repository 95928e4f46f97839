"""Helpers for the GUI benchmarks: painted-until timing, a UI-stall detector, memory.

Used by ``linkdesk.ui.bench_gui`` (run as a child process by ``linkdesk bench``) and
``benchmarks/ui_stalls.py``. Nothing here is used by the app itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TICK_MS = 5
BAR_MS = 100


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (timers, background results, painting)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def spin_until(done: Callable[[], bool], timeout_ms: int = 120_000, step_ms: int = 10) -> None:
    deadline = time.perf_counter() + timeout_ms / 1000
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError("an action did not finish within its time limit")
        spin(step_ms)


class _PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def ms_until_painted(
    act: Callable[[], QWidget | None],
    timeout_ms: int = 20_000,
    settled: Callable[[], bool] | None = None,
) -> tuple[float, QWidget | None]:
    """Milliseconds from calling ``act`` until the widget it returns has been painted.

    ``act`` builds or shows a view (as a click would) and returns it; the events that follow
    (layout, the paint) are processed at once, and the clock stops when the paint that drew
    the view has finished (one paint draws the whole window, children included). With
    ``settled`` (e.g. "no background work running"), the view is not done until that is true
    and it has been painted since: a view filled in from a worker counts until it is filled
    and the first paint after that has finished. A repaint is asked for at the settling
    moment, so the clock never stops before a paint (what landed may not have asked for
    one).

    Only the view itself is watched, not its children: Qt draws a window's dirty region in one
    pass, a widget before its children, and that pass ends before ``processEvents`` returns,
    so when the view has been painted its children have been too. (An event filter on every
    child put a Python call on each of their events and made a wrapper for each new child:
    ~8 ms on the first person view opened at 50,000 people and 2-3 ms on later ones, a cost
    the worker never pays; issue 15.)

    Raises RuntimeError when no paint comes within ``timeout_ms`` (e.g. the view is hidden):
    a figure is never taken from a view that was not drawn.
    """
    app = QApplication.instance()
    assert app is not None
    watch = _PaintWatch()
    start = time.perf_counter()
    widget = act()
    if widget is None:
        return (time.perf_counter() - start) * 1000, None
    widget.installEventFilter(watch)
    deadline = start + timeout_ms / 1000
    settled_now = settled is None or settled()
    try:
        while True:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            now = time.perf_counter()
            if not settled_now and settled is not None and settled():
                settled_now, watch.painted = True, False  # what landed must be painted too
                widget.update()  # a paint after this moment, whether or not one was due
                continue
            if settled_now and watch.painted:
                break
            if now > deadline:
                raise RuntimeError("a view was not painted within its time limit")
    finally:
        widget.removeEventFilter(watch)
    return (now - start) * 1000, widget


class StallDetector:
    """The longest gap between ticks of a precise timer on the UI thread: the longest time
    the event loop could not run (a blocking call), while an action was followed."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst_ms = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst_ms = max(self.worst_ms, (now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.worst_ms = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()  # a stall running up to now counts too
        self.timer.stop()
        return round(self.worst_ms, 1)

    def measure(self, action: Callable[[], object], settle_ms: int = 300) -> float:
        """Start ``action`` from the event loop (as a click would), let it settle."""
        self.start()
        spin(20)
        QTimer.singleShot(0, action)
        spin(settle_ms)
        return self.stop()
