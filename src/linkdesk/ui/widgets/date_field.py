"""One line for a date, typed as people write it, with the understood date in words beside it.

``DateField(rule, today)`` replaces Qt's date edits (where Tab moved between day, month and
year and a typed ``12/03/1971`` was ignored). The worker types ``12/03/1971``, ``12-3-71``,
``12 Mar 1971`` or ``1971-03-12``; as soon as the text is a date, "Friday 12 March 1971" is
shown beside it (in the worker's language: ``i18n.long_date``), and when the field is left,
anything that is not a date, or a date the field refuses (a date of birth after today), is
said in one line in the same place. Nothing typed is changed or thrown away by the field.
Reading rules live in ``domain/dates.py``.

With ``unknown=True`` a "Not known" box follows the line (dates of birth): the date is None
only when it is ticked; a blank line without the tick is a question to answer, not "not known".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from linkdesk.domain.dates import DateRule, date_problem, read_date, short_date
from linkdesk.domain.errors import ValidationError
from linkdesk.ui.i18n import arg, long_date

WORDS_OBJECT = "dateWords"
PROBLEM_OBJECT = "fieldError"


class _Line(QLineEdit):
    """The typed text; tells its field when it is left (Tab, a click elsewhere)."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()


class DateMessage(QLabel):
    """Beside the line: the understood date in words, or what is wrong, in one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.problem = ""

    def show_words(self, text: str) -> None:
        self._set(text, WORDS_OBJECT, "")

    def say(self, problem: str) -> None:
        """Show a problem ("" clears it); the same call as the conversation's Guidance."""
        self._set(problem, PROBLEM_OBJECT if problem else WORDS_OBJECT, problem)

    def _set(self, text: str, name: str, problem: str) -> None:
        self.problem = problem
        self.setText(text)
        if self.objectName() != name:
            self.setObjectName(name)
            self.style().unpolish(self)
            self.style().polish(self)


class DateField(QWidget):
    """A date typed as people write it. ``value()`` is the date (None: blank or not known).

    Signals ``text_changed(str)`` while typing, ``editing_finished()`` when the line is left or
    Enter is pressed, ``return_pressed()`` on Enter, ``unknown_changed(bool)``.
    """

    text_changed = Signal(str)
    editing_finished = Signal()
    return_pressed = Signal()
    unknown_changed = Signal(bool)

    def __init__(
        self,
        rule: DateRule,
        today: Callable[[], date],
        *,
        name: str,
        unknown: bool = False,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rule = rule
        self._today = today
        self.required = required
        self._shown: date | None = None  # the stored date last shown, never refused again
        self._said = ""  # what a save found wrong with the typed text (see ``say``)
        self.setAccessibleName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = _Line()
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(self.tr("e.g. 12/03/1971"))
        # A date is written left to right in right-to-left layouts too (12/03/1971, never
        # 1971/03/12 by the bidi algorithm): the line keeps that direction (see ui/bidi.py).
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        width = self.edit.fontMetrics().horizontalAdvance("30 September 2026") + 24
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width * 3 // 2)
        row.addWidget(self.edit)
        self.unknown: QCheckBox | None = None
        if unknown:
            self.unknown = QCheckBox(self.tr("Not known"))
            self.unknown.setAccessibleName(arg(self.tr("%1 not known"), name))
            self.unknown.toggled.connect(self._unknown_toggled)
            row.addWidget(self.unknown)
        self.message = DateMessage()
        self.message.setAccessibleName(arg(self.tr("%1, as understood"), name))
        row.addWidget(self.message, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typing)
        self.edit.left.connect(self._left)
        self.edit.returnPressed.connect(self._enter)

    # -- reading -----------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (a line edit's name, on purpose)
        self._said = ""
        self.edit.setText(text)
        self.check()

    def say(self, problem: str, *, now: bool = False) -> None:
        """Show what a save found wrong with the typed text ("" when nothing), as the
        conversation's Guidance does. While the line is being typed in, the problem waits
        until it is left (a half-typed date is not yet wrong) unless ``now`` (an answer to
        Enter or a button)."""
        self._said = problem
        if now or not self.edit.hasFocus():
            self._show_said()

    def _show_said(self) -> None:
        if self._said:
            self.message.say(self._said)
            self.edit.setAccessibleDescription(self._said)
        else:
            self.check()

    @property
    def is_unknown(self) -> bool:
        return self.unknown is not None and self.unknown.isChecked()

    def parsed(self) -> date | None:
        """The typed date, read but not range-checked (ValidationError if it is no date)."""
        return read_date(self.edit.text(), self._today(), self.rule)

    def value(self) -> date | None:
        """The date, checked against the field's rule; None when blank or not known.

        Raises ValidationError (field ``date``) with the sentence the field shows.
        """
        if self.is_unknown:
            return None
        found = self.parsed()
        problem = self._problem(found)
        if problem:
            raise ValidationError(problem, "date")
        if found is None and self.required:
            raise ValidationError(self._blank_message(), "date")
        return found

    def _problem(self, found: date | None) -> str:
        """The rule's objection to ``found``; none to the stored date shown (an old target
        date that has since passed is still what was agreed)."""
        if found is not None and found == self._shown:
            return ""
        return date_problem(found, self._today(), self.rule)

    def _blank_message(self) -> str:
        if self.unknown is not None:
            return self.tr("Type the date, or tick Not known.")
        return self.tr("Type the date, for example 12/03/1971.")

    # -- writing -----------------------------------------------------------------------------

    def set_value(self, value: date | None, *, unknown: bool | None = None) -> None:
        """Show a stored date (``unknown``: tick "Not known" when the value is None)."""
        self._shown, self._said = value, ""
        self.edit.setText(short_date(value) if value else "")
        if self.unknown is not None:
            self.unknown.setChecked(value is None if unknown is None else unknown)
        self.check()

    # -- checking ----------------------------------------------------------------------------

    def check(self) -> bool:
        """Read the line and say what it was understood as, or what is wrong. True when fine."""
        if self.is_unknown:
            self.message.show_words("")
            return True
        try:
            self.value()
        except ValidationError as exc:
            self.message.say(str(exc))
            self.edit.setAccessibleDescription(str(exc))
            return False
        found = self.parsed()
        words = long_date(found) if found else ""
        self.message.show_words(words)
        self.edit.setAccessibleDescription(words)
        return True

    @property
    def problem(self) -> str:
        return self.message.problem

    def _typing(self, text: str) -> None:
        """While typing: the understood date as soon as there is one; problems wait until the
        line is left (a half-typed date is not yet wrong)."""
        if self.unknown is not None and text.strip() and self.unknown.isChecked():
            self.unknown.setChecked(False)
        try:
            found = self.parsed()
        except ValidationError:
            found = None
        problem = self._problem(found) if found else ""
        if problem:
            self.message.say(problem)
        else:
            self.message.show_words(long_date(found) if found else "")
        self.text_changed.emit(text)

    def _enter(self) -> None:
        self._show_said()
        self.return_pressed.emit()

    def _unknown_toggled(self, on: bool) -> None:
        self.edit.setEnabled(not on)  # the typed text stays, greyed, should they untick it
        self.check()
        self.unknown_changed.emit(on)
        if not on and self.unknown is not None and self.unknown.hasFocus():
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)  # unticked: type the date

    def _left(self) -> None:
        self._show_said()
        self.editing_finished.emit()
