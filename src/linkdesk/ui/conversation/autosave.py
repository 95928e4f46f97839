"""Autosave with a maximum wait, and a save indicator that tells the truth.

One :class:`Autosaver` per conversation window. Text fields register a save callback with
:meth:`Autosaver.watch`; choices save at once through :meth:`Autosaver.now`. Pending text
saves run together

- ``delay_ms`` (500 ms) after the last change (the quiet timer, restarted by every key),
- ``max_wait_ms`` (1.5 s) after the first change not yet saved, however steadily the person
  keeps typing (the deadline timer, never restarted by a key), so a burst of typing with no
  pause is saved every 1.5 s rather than only when the typing stops,
- at once when a watched field loses focus, and whenever the window calls :meth:`flush`
  (step change, close, lock, the application going inactive).

Saves run on the UI thread and commit before they return, so :attr:`state` is exact at every
moment:

- ``SAVED``: everything on screen is committed to the workspace;
- ``SAVING``: something typed is not committed yet (it will be within ``max_wait_ms``);
- ``NOT_SAVED``: a save failed (a drive problem: it is kept and retried every
  ``RETRY_MS``), or a field holds a value that cannot be stored as it stands (its inline
  guidance says why; the field is saved again at its next change).

A save callback reports "held back" by raising :class:`~linkdesk.domain.errors.LinkDeskError`
(usually a ``ValidationError``) after saving whatever it could.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from linkdesk.domain.errors import LinkDeskError, StorageError
from linkdesk.services.errors import describe
from linkdesk.ui.i18n import arg
from linkdesk.ui.widgets.date_field import DateField

DEBOUNCE_MS = 500  # save this long after the last key…
MAX_WAIT_MS = 1500  # …and at least this often while typing goes on
RETRY_MS = 3000  # a save the drive refused is tried again this often

TextWidget = QLineEdit | QPlainTextEdit

# Dynamic properties the every-field test reads: a field saved as it is typed, and a field
# deliberately not saved (its value is a reason string, e.g. a search box).
WATCHED = "linkdeskAutosaved"
NOT_RECORD_DATA = "linkdeskNotRecordData"


def text_of(widget: TextWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def not_record_data(widget: QWidget, reason: str) -> None:
    """Mark an editable widget whose value is not part of the record (a search query)."""
    widget.setProperty(NOT_RECORD_DATA, reason)


class SaveState(Enum):
    SAVED = "saved"
    SAVING = "saving"
    NOT_SAVED = "not_saved"


class _Choice:
    """The key of a choice saved by :meth:`Autosaver.now` without a key of its own."""


class Autosaver(QObject):
    saved = Signal()  # a batch of saves all committed
    state_changed = Signal(object)  # SaveState, whenever it changes
    failed = Signal(str)  # one sentence: why a save did not happen
    problem_changed = Signal(str)  # a drive problem holding saves back ('' once it clears)

    def __init__(
        self,
        parent: QObject | None = None,
        delay_ms: int = DEBOUNCE_MS,
        max_wait_ms: int | None = MAX_WAIT_MS,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Callable[[], object]] = {}
        self._held: dict[Hashable, str] = {}  # key -> why its value is not stored
        self._failing: set[Hashable] = set()  # pending keys whose last try failed
        self._problem = ""
        self._state = SaveState.SAVED
        self._quiet = self._timer(delay_ms)
        self._deadline = self._timer(max_wait_ms) if max_wait_ms is not None else None
        self._retry = self._timer(retry_ms)
        self._muted = 0

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% late
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.flush)
        return timer

    # -- registering fields ------------------------------------------------------------------

    def watch(
        self,
        field: TextWidget | DateField,
        save: Callable[[str], object],
        key: Hashable | None = None,
    ) -> None:
        """Save ``field``'s text through ``save`` as it is typed and on focus-out.

        A :class:`DateField` is watched through its line: the text as typed, readable or not.
        ``key`` (default: the widget) names the save: a later change under the same key
        replaces a pending one, so fields saved by one callback share a key."""
        widget = field.edit if isinstance(field, DateField) else field
        name = key if key is not None else id(widget)

        def changed() -> None:
            if self._muted:
                return
            self.schedule(name, lambda: save(text_of(widget)))

        widget.textChanged.connect(changed)
        widget.installEventFilter(self)
        widget.setProperty(WATCHED, True)

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

    def schedule(self, key: Hashable, fn: Callable[[], object]) -> None:
        """Save ``fn`` within ``delay_ms`` of the last change and ``max_wait_ms`` of the first."""
        self._pending[key] = fn
        self._quiet.start()
        if self._deadline is not None and not self._deadline.isActive():
            self._deadline.start()
        self._update_state()

    def now(self, fn: Callable[[], object], key: Hashable | None = None) -> bool:
        """Save a choice at once (pending text first, so order is kept). True when it saved."""
        self.flush()
        return self._run({key if key is not None else _Choice: fn})

    def flush(self) -> bool:
        """Run every pending save now. True when all saved."""
        self._quiet.stop()
        if self._deadline is not None:
            self._deadline.stop()
        self._retry.stop()
        if not self._pending:
            return True
        pending, self._pending = self._pending, {}
        return self._run(pending)

    def release(self, key: Hashable) -> None:
        """Forget a field's held-back value (the program replaced what it showed)."""
        if self._held.pop(key, None) is not None:
            self._update_state()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def is_clean(self) -> bool:
        """True when everything on screen is committed to the workspace."""
        return self._state == SaveState.SAVED

    @property
    def held(self) -> dict[Hashable, str]:
        """Fields whose value is not stored as it stands, with the reason."""
        return dict(self._held)

    def _run(self, saves: dict[Hashable, Callable[[], object]]) -> bool:
        ok = True
        for key, fn in saves.items():
            try:
                fn()
            except Exception as exc:
                ok = False
                report = describe(exc, context="ui autosave")  # logs an unexpected fault
                if isinstance(exc, LinkDeskError) and not isinstance(exc, StorageError):
                    # Bad input: guidance is shown inline by the field; saved at its next change.
                    self._held[key] = report.message
                    self._failing.discard(key)
                    self.failed.emit(report.message)
                    continue
                # A drive problem (full, busy, unplugged…) or an unexpected fault: keep it and
                # try again later; a newer change under the same key replaces it.
                self._pending.setdefault(key, fn)
                self._failing.add(key)
                message = (
                    report.message
                    if isinstance(exc, StorageError)
                    else arg(self.tr("Could not save just now (%1)."), type(exc).__name__)
                )
                self._set_problem(message)
                self.failed.emit(message)
            else:
                self._held.pop(key, None)
                self._failing.discard(key)
        if self._failing:
            self._retry.start()
        else:
            self._set_problem("")
        if ok:  # a refused choice shows its guidance; the next good save clears its mark
            self._held.pop(_Choice, None)
        self._update_state()
        if ok:
            self.saved.emit()
        return ok

    def _set_problem(self, message: str) -> None:
        if message != self._problem:
            self._problem = message
            self.problem_changed.emit(message)

    def _update_state(self) -> None:
        if self._held or self._failing:
            state = SaveState.NOT_SAVED
        elif self._pending:
            state = SaveState.SAVING
        else:
            state = SaveState.SAVED
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)


class SavedIndicator(QLabel):
    """A quiet 'Saved' / 'Saving…' / 'Not saved yet' word in the corner, always the truth."""

    def __init__(self, saver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = {
            SaveState.SAVED: self.tr("Saved"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.NOT_SAVED: self.tr("Not saved yet - see the note"),
        }
        self.setAccessibleName(self.tr("Save status"))
        self.setObjectName("savedIndicator")
        saver.state_changed.connect(self._show)
        self._show(saver.state)

    def _show(self, state: SaveState) -> None:
        text = self.texts[state]
        self.setText(text)
        self.setAccessibleDescription(text)
