"""What a dialog held when LinkDesk locked, so unlocking opens it again with every word.

A form dialog (add or edit a person, a referral, a meeting's outcome, closing a referral, a
directory service) runs through :func:`exec_kept` with a ``reopen`` callable: how the same
dialog is opened again from the new main window (``lambda window: window.add_person()``).
When the workspace locks, :func:`remember` reads the values of every input in each such
dialog still open (text typed, boxes ticked, choices made, the page shown and the field that
had the focus); the lock then closes the dialogs as before, so nothing personal stays on
screen. After unlocking the same workspace, :func:`reopen` opens each dialog again through
its ``reopen`` and puts the values back before it is shown.

Like the place (``ui/place.py``) this is kept in memory only, never written anywhere, and
dropped when another workspace is unlocked. Passphrases are never kept (a password-mode
line is skipped).
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from linkdesk.domain.errors import LinkDeskError

if TYPE_CHECKING:
    from linkdesk.ui.main_window import MainWindow
    from linkdesk.ui.person_view import PersonView

Reopen = Callable[["MainWindow"], None]
Value = str | int | bool


@dataclass(frozen=True)
class KeptDialog:
    kind: type[QDialog]
    values: dict[tuple[str, int], Value]  # (kind of input, its place among them) -> value
    focus: tuple[str, int] | None  # the input that had the focus
    reopen: Reopen


_open: weakref.WeakKeyDictionary[QDialog, Reopen] = weakref.WeakKeyDictionary()
_waiting: dict[type[QDialog], KeptDialog] = {}  # reopened at unlock, applied when shown


def exec_kept(dialog: QDialog, reopen: Reopen | None) -> int:
    """``dialog.exec()``, with what a lock found in it put back first (when this is the
    dialog being reopened) and, with ``reopen``, kept again should the lock come now."""
    kept = _waiting.pop(type(dialog), None)
    if kept is not None:
        _apply(dialog, kept)
    if reopen is None:
        return dialog.exec()
    _open[dialog] = reopen
    try:
        return dialog.exec()
    finally:
        _open.pop(dialog, None)


def remember() -> list[KeptDialog]:
    """What each kept dialog open now holds (call before the lock closes them)."""
    found = []
    for dialog, reopen in list(_open.items()):
        with contextlib.suppress(RuntimeError):  # deleted meanwhile
            if dialog.isVisible():
                values, focus = _read(dialog)
                found.append(KeptDialog(type(dialog), values, focus, reopen))
    return found


def reopen(kept: list[KeptDialog], window: MainWindow) -> None:
    """Open each kept dialog again from ``window``, one after another, on the next turns of
    the event loop (each ``exec`` waits, so they are not opened from the unlock itself)."""
    for one in kept:
        _waiting[one.kind] = one

        def run(one: KeptDialog = one) -> None:
            with contextlib.suppress(LinkDeskError, RuntimeError):  # erased or locked again
                one.reopen(window)
            _waiting.pop(one.kind, None)  # not shown (the person was erased): forget it

        QTimer.singleShot(0, window, run)


def in_person_view(action: Callable[[PersonView], None]) -> Reopen:
    """A ``reopen`` through ``action`` on the person view shown again after the unlock."""

    def reopen(window: MainWindow) -> None:
        if window.person_view is not None:
            action(window.person_view)

    return reopen


def forget() -> None:
    """Drop anything waiting to be reopened (another workspace was unlocked)."""
    _waiting.clear()


# -- reading and writing the inputs ----------------------------------------------------------

_KINDS: tuple[tuple[str, type[QWidget]], ...] = (
    ("line", QLineEdit),
    ("plain", QPlainTextEdit),
    ("rich", QTextEdit),
    ("combo", QComboBox),
    ("spin", QSpinBox),
    ("button", QAbstractButton),
    ("stack", QStackedWidget),
    ("tabs", QTabWidget),
)


def _inputs(dialog: QDialog) -> dict[tuple[str, int], QWidget]:
    """Every input of the dialog by (kind, place among that kind), in creation order, so the
    same dialog built again for the same record numbers them the same way."""
    found: dict[tuple[str, int], QWidget] = {}
    for name, kind in _KINDS:
        for i, widget in enumerate(dialog.findChildren(kind)):
            if kind is QLineEdit and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                continue  # a spin box's or combo box's own line: read through its owner
            found[(name, i)] = widget
    return found


def _read(dialog: QDialog) -> tuple[dict[tuple[str, int], Value], tuple[str, int] | None]:
    values: dict[tuple[str, int], Value] = {}
    focus = None
    focused = dialog.focusWidget()  # the dialog's own, even when another window is active
    for key, widget in _inputs(dialog).items():
        if widget is focused or (focused is not None and widget.isAncestorOf(focused)):
            focus = key
        if isinstance(widget, QLineEdit):
            if widget.echoMode() == QLineEdit.EchoMode.Normal and not widget.isReadOnly():
                values[key] = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            if not widget.isReadOnly():
                values[key] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[key] = widget.currentText() if widget.isEditable() else widget.currentIndex()
        elif isinstance(widget, QSpinBox):
            values[key] = widget.value()
        elif isinstance(widget, QAbstractButton):
            if widget.isCheckable():
                values[key] = widget.isChecked()
        elif isinstance(widget, QStackedWidget | QTabWidget):
            values[key] = widget.currentIndex()
    return values, focus


def _apply(dialog: QDialog, kept: KeptDialog) -> None:
    inputs = _inputs(dialog)
    # Choices first (they may show or enable the fields), then the typed text.
    order = sorted(kept.values.items(), key=lambda item: item[0][0] in ("line", "plain", "rich"))
    for key, value in order:
        widget = inputs.get(key)
        if widget is None:
            continue
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            if widget.text() != value:
                widget.setText(value)
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
            if widget.toPlainText() != value:
                widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            if isinstance(value, str):
                widget.setCurrentText(value)
            elif isinstance(value, int) and value < widget.count():
                widget.setCurrentIndex(value)
        elif isinstance(widget, QSpinBox) and isinstance(value, int):
            widget.setValue(value)
        elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
            if widget.isChecked() != value:
                widget.setChecked(value)
        elif isinstance(widget, QStackedWidget | QTabWidget) and isinstance(value, int):
            widget.setCurrentIndex(value)
    focus = inputs.get(kept.focus) if kept.focus is not None else None
    if focus is not None:
        QTimer.singleShot(0, focus, focus.setFocus)  # once shown: exec() gives the first
