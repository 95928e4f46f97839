"""Background work: run a callable on Qt's thread pool, deliver result or error on the UI thread.

Workers never touch widgets. Tests can swap in :class:`ImmediateRunner` to run tasks at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(lambda done, total: self.signals.progress.emit(done, total))
            else:
                result = self.fn()
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """``run(fn, on_done, on_error, on_progress)``; keeps jobs alive until they finish."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._jobs: set[_Job] = set()

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run ``fn`` (given a ``progress(done, total)`` callback when on_progress is set)."""
        job = _Job(fn, with_progress=on_progress is not None)
        job.setAutoDelete(False)
        self._jobs.add(job)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._jobs.discard(job)
            if not shiboken6.isValid(self):
                return  # its owner (e.g. a dialog closed or locked away) is gone: drop it
            callback(value)

        job.signals.done.connect(lambda value: finish(on_done, value))
        job.signals.failed.connect(lambda exc: finish(on_error, exc))
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        self.pool.start(job)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)


class ImmediateRunner(TaskRunner):
    """Runs tasks synchronously (for tests)."""

    def run(self, fn, on_done, on_error, on_progress=None):  # type: ignore[no-untyped-def]
        try:
            result = fn(on_progress) if on_progress is not None else fn()
        except BaseException as exc:
            on_error(exc)
        else:
            on_done(result)
