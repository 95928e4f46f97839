"""Autosave: text saves ~500 ms after the last keystroke and at once on focus-out.

One :class:`Autosaver` per conversation window. Fields register a save callback with
:meth:`Autosaver.watch`; pending saves run together when the debounce timer fires, when a
watched field loses focus, and whenever the window calls :meth:`flush` (step change, close,
lock, the application going inactive). ``saved`` is emitted after every completed save.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from linkdesk.domain.errors import LinkDeskError, StorageError
from linkdesk.services.errors import describe

DEBOUNCE_MS = 500

TextWidget = QLineEdit | QPlainTextEdit


def text_of(widget: TextWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


class Autosaver(QObject):
    saved = Signal()
    pending_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[int, Callable[[], object]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._muted = 0

    # -- registering fields ------------------------------------------------------------------

    def watch(self, widget: TextWidget, save: Callable[[str], object]) -> None:
        """Save ``widget``'s text through ``save`` as it is typed (debounced) and on focus-out."""
        key = id(widget)

        def changed() -> None:
            if self._muted:
                return
            self.schedule(key, lambda: save(text_of(widget)))

        widget.textChanged.connect(changed)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut and self._pending:
            self.flush()
        return False

    class _Muted:
        def __init__(self, saver: Autosaver) -> None:
            self.saver = saver

        def __enter__(self) -> None:
            self.saver._muted += 1

        def __exit__(self, *exc: object) -> None:
            self.saver._muted -= 1

    def muted(self) -> Autosaver._Muted:
        """Context in which text set by the program (loading a record) is not saved back."""
        return Autosaver._Muted(self)

    # -- saving ------------------------------------------------------------------------------

    def schedule(self, key: int, fn: Callable[[], object]) -> None:
        self._pending[key] = fn
        self._timer.start()
        self.pending_changed.emit(True)

    def now(self, fn: Callable[[], object]) -> bool:
        """Save a choice at once (pending text first, so order is kept). True when it saved."""
        self.flush()
        return self._run([fn])

    def flush(self) -> bool:
        """Run every pending save now. True when all saved."""
        self._timer.stop()
        if not self._pending:
            return True
        pending, self._pending = list(self._pending.values()), {}
        return self._run(pending)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def _run(self, saves: list[Callable[[], object]]) -> bool:
        ok = True
        for fn in saves:
            try:
                fn()
            except Exception as exc:
                ok = False
                report = describe(exc, context="ui autosave")  # logs an unexpected fault
                if isinstance(exc, StorageError):  # full, busy, unplugged…: try again later
                    self._pending.setdefault(id(fn), fn)
                    self.failed.emit(report.message)
                elif isinstance(exc, LinkDeskError):  # guidance is shown inline by the field
                    self.failed.emit(report.message)
                else:  # unexpected: keep it, try again later
                    self._pending.setdefault(id(fn), fn)
                    self.failed.emit(f"Could not save just now ({type(exc).__name__}).")
        self.pending_changed.emit(bool(self._pending))
        if ok:
            self.saved.emit()
        return ok


class SavedIndicator(QLabel):
    """A quiet 'Saved' / 'Saving…' word in the corner."""

    def __init__(self, saver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Saved"), parent)
        self.setAccessibleName(self.tr("Save status"))
        self.setObjectName("savedIndicator")
        saver.pending_changed.connect(self._pending)
        saver.saved.connect(lambda: self._show(self.tr("Saved")))
        saver.failed.connect(lambda _msg: self._show(self.tr("Not saved yet - see the note")))

    def _pending(self, pending: bool) -> None:
        if pending:
            self._show(self.tr("Saving…"))

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
