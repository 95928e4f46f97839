"""Background work for every page: one helper, one busy count, one way to report errors.

In the style of Anki's ``QueryOp``/``CollectionOp``: a page describes the work and what to
do with its result, and the helper runs it on Qt's thread pool, delivers the result (or the
failure, already turned into a sentence by ``services.errors``) on the UI thread, and keeps
the app-wide count of running work that locking and quitting respect::

    self.ops.op(self, lambda progress: reports.compute(start, end)) \\
        .success(self._show_figures) \\
        .failure(lambda failure: self.status.setText(failure.message)) \\
        .run()

* ``work`` runs on a worker thread and receives ``progress(done, total)``; it must capture
  plain objects only (services, paths, strings), never widgets: reading QObject attributes
  on a worker thread crashed PySide at exit.
* With no ``.failure(...)`` the mapped message is shown in a warning box over ``parent``.
  Unexpected exceptions are logged (type and frames, never the message) by the mapper.
* Results for a page that has been deleted meanwhile (locked away, closed) are dropped.
* ``.writes("the backup")`` marks work that writes to the workspace: locking waits for it,
  quitting is refused while it runs. ``.cancellable()`` lets ``Running.cancel()`` stop it at
  its next progress report (it raises ``Cancelled``).
* Nothing here spins a nested event loop: callers continue in their callbacks.
* ``.now()`` instead of ``.run()`` does small work (a few ms) at once on the UI thread, with
  the same callbacks and error reporting.
* ``ops.in_slices(parent, steps)`` runs UI-thread work too long for one turn of the event
  loop (building a dozen tables) one short step per turn, so typing and painting go on
  between the steps.

Tests use :class:`ImmediateOps`, which runs the work at once on the calling thread.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from linkdesk.domain.errors import Cancelled
from linkdesk.services.errors import describe
from linkdesk.support.memory import release_free_memory
from linkdesk.ui.i18n import translate

T = TypeVar("T")
# Work that ran this long (a report, a backup, an import) may leave tens of MB freed but held
# by the allocator: given back to the system on the worker thread before the result is
# delivered (support/memory.py; issue 15's GUI memory). Shorter work is not worth the walk.
TRIM_AFTER_S = 0.25
Progress = Callable[[int, int], None]
Work = Callable[[Progress], T]


CONTEXT = "ops"  # translation context of this module's words


@dataclass(frozen=True, slots=True)
class Failure:
    """What a failure callback receives: the sentence to show, and the exception itself."""

    message: str
    exception: BaseException
    expected: bool  # False: an unexpected fault (already logged)

    @property
    def cancelled(self) -> bool:
        return isinstance(self.exception, Cancelled)


class ProgressDialog(QProgressDialog):
    """A modal progress dialog that cannot be dismissed until the work has finished, unless
    it has a cancel button (which asks the work to stop; the dialog stays until it has)."""

    def __init__(self, text: str, title: str, parent: QWidget | None, cancel_label: str) -> None:
        super().__init__(text, cancel_label, 0, 0, parent)  # 0..0: busy until totals arrive
        if not cancel_label:
            self.setCancelButton(None)
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self._cancellable = bool(cancel_label)
        self._finished = False

    def report(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))

    def reject(self) -> None:  # Escape: only a cancel request, and only when allowed
        if self._finished:
            super().reject()
        elif self._cancellable:
            self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()

    def finish(self) -> None:
        self._finished = True
        self.close()
        self.deleteLater()


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


class _Job(QRunnable):
    """Runs on a worker thread: only plain objects and the signals object are touched."""

    def __init__(
        self, number: int, work: Work[Any], signals: _Signals, stop: threading.Event
    ) -> None:
        super().__init__()
        self.number, self.work, self.signals, self.stop = number, work, signals, stop
        self.key = 0  # its place in _RUNNING
        self.setAutoDelete(False)

    def report(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled()
        self.signals.progressed.emit(self.number, done, total)

    def run(self) -> None:
        started = time.monotonic()
        try:
            result = self.work(self.report)
        except BaseException as exc:  # delivered to the UI thread and reported, never lost
            self._trim(started)
            self.signals.failed.emit(self.number, exc)
        else:
            self._trim(started)
            self.signals.done.emit(self.number, result)

    @staticmethod
    def _trim(started: float) -> None:
        if time.monotonic() - started >= TRIM_AFTER_S:
            release_free_memory()


# Every job and its signals object stay referenced here, not only by the Operations that
# started them: a worker thread still returning from run() (PySide's wrapper code runs after
# the Python method returns) or still emitting must never find them freed, even when the
# Operations object itself is deleted first (a window closed, a test ended). Running jobs are
# kept until they end; ended ones for the next 256 ends.
_RUNNING: dict[int, tuple[_Job, _Signals]] = {}
_ENDED: deque[tuple[_Job, _Signals]] = deque(maxlen=256)
_keys = itertools.count(1)


class Running:
    """A handle on work that was started: ``cancel()`` asks cancellable work to stop."""

    def __init__(self, stop: threading.Event, cancellable: bool) -> None:
        self._stop = stop
        self.cancellable = cancellable
        self.finished = False

    def cancel(self) -> None:
        if self.cancellable:
            self._stop.set()


class Op(Generic[T]):
    """One piece of background work, described fluently, then :meth:`run`."""

    def __init__(self, ops: Operations, parent: QWidget | None, work: Work[T]) -> None:
        self._ops = ops
        self.parent = parent
        self.work = work
        self.on_success: Callable[[T], object] | None = None
        self.on_failure: Callable[[Failure], object] | None = None
        self.on_progress: Callable[[int, int], object] | None = None
        self.on_finished: Callable[[], object] | None = None
        self.dialog_text = ""
        self.dialog_title = ""
        self.cancel_label = ""
        self.is_cancellable = False
        self.write_label = ""
        self.error_title = ""

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Called with the result, on the UI thread."""
        self.on_success = callback
        return self

    def failure(self, callback: Callable[[Failure], object]) -> Op[T]:
        """Called instead of the default (a warning box with ``failure.message``)."""
        self.on_failure = callback
        return self

    def error_box_title(self, title: str) -> Op[T]:
        """The title of the default warning box (e.g. "Merge not done")."""
        self.error_title = title
        return self

    def finally_(self, callback: Callable[[], object]) -> Op[T]:
        """Called after success or failure (e.g. re-enable a button), even when dropped."""
        self.on_finished = callback
        return self

    def progress(self, callback: Callable[[int, int], object]) -> Op[T]:
        """Called with ``(done, total)`` on the UI thread as the work reports it."""
        self.on_progress = callback
        return self

    def with_progress_dialog(self, text: str, title: str = "", *, cancel: str = "") -> Op[T]:
        """A modal progress dialog over ``parent`` while the work runs; with ``cancel`` (the
        button's text) it can stop the work (implies :meth:`cancellable`)."""
        self.dialog_text, self.dialog_title, self.cancel_label = text, title or text, cancel
        if cancel:
            self.is_cancellable = True
        return self

    def cancellable(self) -> Op[T]:
        self.is_cancellable = True
        return self

    def writes(self, label: str) -> Op[T]:
        """The work writes to the workspace: locking waits for it and quitting is refused
        while it runs. ``label`` names it in those messages ("the backup")."""
        self.write_label = label
        return self

    def run(self) -> Running:
        """Start the work on the thread pool; callbacks follow on the UI thread."""
        return self._ops.start(self)

    def now(self) -> Running:
        """Do the work at once on this (the UI) thread: for small writes of a few
        milliseconds, so they report errors exactly as background work does."""
        return self._ops.start(self, immediate=True)


@dataclass
class _Active:
    op: Op[Any]
    running: Running
    job: _Job | None
    signals: _Signals | None
    dialog: ProgressDialog | None


class Operations(QObject):
    """The app-wide runner: thread pool, busy count and error display. One per app (the
    controller makes it and hands it to every window); tests use :class:`ImmediateOps`.

    Signals ``busy_changed()`` whenever work starts or ends.
    """

    busy_changed = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._active: dict[int, _Active] = {}
        self._numbers = itertools.count(1)
        self._when_idle: list[Callable[[], object]] = []
        self.messages: list[str] = []  # every message shown by the default failure (tests)
        self.last_box: QMessageBox | None = None

    # -- describing work -------------------------------------------------------------------------

    def op(self, parent: QWidget | None, work: Work[T]) -> Op[T]:
        """Describe background work for ``parent`` (results are dropped once it is deleted)."""
        return Op(self, parent, work)

    def in_slices(self, parent: QObject, steps: Iterable[Callable[[], object]]) -> None:
        """Call each of ``steps`` on the UI thread, the first now and each next one on a later
        turn of the event loop (input and paints are handled between them); the rest are
        dropped once ``parent`` is deleted. For widget building that would otherwise block
        the window for longer than a keystroke (issue 15: Reports' tables at 50,000 people).
        :class:`ImmediateOps` calls them all at once."""
        pending = iter(steps)

        def next_step() -> None:
            if not shiboken6.isValid(parent):
                return
            step = next(pending, None)
            if step is None:
                return
            step()
            QTimer.singleShot(0, parent, next_step)

        next_step()

    # -- the busy count ----------------------------------------------------------------------------

    @property
    def running(self) -> int:
        """How many pieces of work are running."""
        return len(self._active)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    @property
    def writing(self) -> list[str]:
        """Labels of running work that writes to the workspace ("the backup", …)."""
        return [a.op.write_label for a in self._active.values() if a.op.write_label]

    def describe_running(self) -> str:
        """What is running, for a message ("the backup", else "the work in progress")."""
        labels = list(dict.fromkeys(self.writing))
        return " and ".join(labels) if labels else translate("ops", "the work in progress")

    def when_idle(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` now if nothing runs, else once the last work has finished."""
        if not self._active:
            callback()
        else:
            self._when_idle.append(callback)

    def cancel_all(self) -> None:
        """Ask every cancellable piece of work to stop (quitting)."""
        for active in self._active.values():
            active.running.cancel()

    def wait_for_done(self, msecs: int) -> bool:
        """Quit only: block (no event loop) until worker threads finish, at most ``msecs``."""
        return bool(self.pool.waitForDone(msecs))

    # -- showing errors --------------------------------------------------------------------------

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        """The default failure: a warning box (plain text: messages may quote file names)."""
        self.messages.append(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title or "LinkDesk", message, QMessageBox.StandardButton.Ok
        )
        if parent is not None:
            box.setParent(parent, box.windowFlags())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        self.last_box = box

    # -- running -----------------------------------------------------------------------------------

    def start(self, op: Op[Any], *, immediate: bool = False) -> Running:
        number = next(self._numbers)
        stop = threading.Event()
        running = Running(stop, op.is_cancellable)
        dialog = None
        if op.dialog_text:
            dialog = ProgressDialog(op.dialog_text, op.dialog_title, op.parent, op.cancel_label)
            dialog.canceled.connect(running.cancel)
            dialog.show()
        signals = _Signals()
        job = _Job(number, op.work, signals, stop)
        job.key = next(_keys)
        _RUNNING[job.key] = (job, signals)
        self._active[number] = _Active(op, running, job, signals, dialog)
        self.busy_changed.emit()
        signals.done.connect(self._done)
        signals.failed.connect(self._failed)
        signals.progressed.connect(self._progressed)
        if immediate:
            job.run()  # same thread: the signals are delivered before this returns
        else:
            self._launch(job)
        return running

    def _launch(self, job: _Job) -> None:
        self.pool.start(job)

    def _progressed(self, number: int, done: int, total: int) -> None:
        active = self._active.get(number)
        if active is None or not self._alive(active.op):
            return
        if active.dialog is not None and shiboken6.isValid(active.dialog):
            active.dialog.report(done, total)
        if active.op.on_progress is not None:
            active.op.on_progress(done, total)

    def _done(self, number: int, result: object) -> None:
        active = self._active.get(number)
        if active is None:
            return
        try:
            self._close_dialog(active)
            if self._alive(active.op) and active.op.on_success is not None:
                active.op.on_success(result)
        finally:
            self._end(number)

    def _failed(self, number: int, exc: BaseException) -> None:
        active = self._active.get(number)
        if active is None:
            return
        try:
            self._close_dialog(active)
            op = active.op
            context = f"ui.ops {op.write_label or type(op.parent).__name__}"
            report = describe(exc, context=context)  # logs unexpected faults, whatever happens
            if self._alive(op):
                failure = Failure(report.message, exc, report.expected)
                if op.on_failure is not None:
                    op.on_failure(failure)
                elif not failure.cancelled:
                    self.show_error(op.parent, op.error_title, failure.message)
        finally:
            self._end(number)

    @staticmethod
    def _alive(op: Op[Any]) -> bool:
        return op.parent is None or shiboken6.isValid(op.parent)

    @staticmethod
    def _close_dialog(active: _Active) -> None:
        if active.dialog is not None and shiboken6.isValid(active.dialog):
            active.dialog.finish()
        active.dialog = None

    def _end(self, number: int) -> None:
        active = self._active.pop(number, None)
        if active is None:
            return
        active.running.finished = True
        if active.job is not None:
            kept = _RUNNING.pop(active.job.key, None)
            if kept is not None:
                _ENDED.append(kept)
        try:
            if active.op.on_finished is not None and self._alive(active.op):
                active.op.on_finished()
        finally:
            self.busy_changed.emit()
            if not self._active:
                waiting, self._when_idle = self._when_idle, []
                for callback in waiting:
                    callback()


class ImmediateOps(Operations):
    """Runs every piece of work at once, on the calling thread (tests: deterministic)."""

    def _launch(self, job: _Job) -> None:
        job.run()  # the signals are delivered directly: same thread

    def in_slices(self, parent: QObject, steps: Iterable[Callable[[], object]]) -> None:
        for step in steps:
            if not shiboken6.isValid(parent):
                return
            step()
