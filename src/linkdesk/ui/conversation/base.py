"""What every step page shares: the context (services, person, conversation, autosaver)
and small widget helpers (headings, inline guidance, labelled fields)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from linkdesk.domain.dates import DateRule
from linkdesk.domain.enums import ConversationKind
from linkdesk.domain.models import Conversation
from linkdesk.services.app_services import AppServices
from linkdesk.services.conversation import ConversationService
from linkdesk.services.plans import ScreenText
from linkdesk.ui.conversation.autosave import Autosaver
from linkdesk.ui.i18n import translate
from linkdesk.ui.ops import Operations
from linkdesk.ui.widgets.date_field import DateField
from linkdesk.ui.widgets.record_label import RecordLabel

STEPS_CONTEXT = "Steps"  # the translation context of the step titles
# Conversation mode is read at arm's length: every font is this much larger than the app's.
BASE_SCALE = 1.4


def large_font(scale: float = 1.0, bold: bool = False) -> QFont:
    """The app font scaled for conversation mode (relative, so system font settings count)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * BASE_SCALE * scale)
    font.setBold(bold)
    return font


# Big choice buttons: the chosen one must be obvious across a table, the focused one too.
CHOICE_STYLE = (
    "QPushButton { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; padding: 6px 10px; }"
    "QPushButton:checked { background: #1d5d90; color: white; border-color: #12405f; }"
    "QPushButton:focus { border: 3px solid #e8a317; }"
)


# Life-area ratings: radio buttons drawn as the same big buttons (the radio dot hidden; the
# chosen answer filled, the focused one ringed in orange, room kept so nothing moves).
RATING_STYLE = (
    "QRadioButton { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; padding: 6px 10px; margin: 2px; spacing: 0px; }"
    "QRadioButton::indicator { width: 0px; height: 0px; }"
    "QRadioButton:checked { background: #1d5d90; color: white; border-color: #12405f; }"
    "QRadioButton:focus { border: 3px solid #e8a317; margin: 0px; }"
    "QGroupBox#importancePicker { border: none; margin: 0px; padding: 0px; }"
)


@dataclass
class StepContext:
    services: AppServices
    person_id: str
    conversation: Conversation
    saver: Autosaver
    # The language of what the person sees or hears (the read-back, the show-the-person
    # view, the wellbeing questions): their plan language, a code ("en", "cy", "ur").
    person_language: str = "en"
    # Background work (directory look-ups) goes through these; None: done on the spot.
    ops: Operations | None = None

    def words(self) -> ScreenText:
        """The show-the-person words in the person's language."""
        return self.services.plans.screen_text(self.person_language)

    @property
    def conv(self) -> ConversationService:
        return self.services.conversation

    def reload(self) -> Conversation:
        self.conversation = self.conv.get(self.conversation.id)
        return self.conversation

    @property
    def is_follow_up(self) -> bool:
        return self.conversation.kind != ConversationKind.FIRST


class StepPage(QWidget):
    """One step of the conversation. ``refresh`` runs each time the step is shown.

    ``title`` is English, marked ``QT_TRANSLATE_NOOP("Steps", ...)``; :meth:`step_title` is
    the title in the UI language.
    """

    key = ""
    title = ""

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.step_title())

    @classmethod
    def step_title(cls) -> str:
        return translate(STEPS_CONTEXT, cls.title)

    def refresh(self) -> None:
        """Reload what other steps may have changed."""

    def first_focus(self) -> QWidget | None:
        return None


def wrapped(text: str = "") -> RecordLabel:
    """A word-wrapped label that keeps its height for each width: a layout pass asks each
    wrapped label the same question many times, and Qt lays its text out afresh for each
    (issue 15: text layout was the largest part of building a step)."""
    label = RecordLabel(text)
    label.setWordWrap(True)
    return label


def heading(text: str, scale: float = 1.45) -> QLabel:
    label = wrapped(text)
    label.setFont(large_font(scale, bold=True))
    label.setAccessibleName(text)
    return label


def scaled(widget: QWidget, scale: float, bold: bool = False) -> QWidget:
    widget.setFont(large_font(scale, bold))
    return widget


def prose(text: str, *, muted: bool = False) -> QLabel:
    """A wrapped paragraph of plain text (never rich text: user words are data)."""
    label = wrapped()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


class Guidance(RecordLabel):
    """Inline guidance next to a field: hidden when empty, never a modal."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("guidance")
        self.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.setAccessibleName(name)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


def line_edit(label_text: str, name: str, placeholder: str = "") -> tuple[QLabel, QLineEdit]:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    label = QLabel(label_text)
    label.setBuddy(edit)
    return label, edit


def date_field(
    label_text: str, name: str, rule: DateRule, ctx: StepContext
) -> tuple[QLabel, DateField]:
    """A date typed as people write it, with the understood date in words beside it."""
    field = DateField(rule, ctx.services.clock.today, name=name)
    label = QLabel(label_text)
    label.setBuddy(field.edit)  # a label's Alt+letter focuses its buddy only if it takes focus
    return label, field


def text_box(label_text: str, name: str, placeholder: str = "") -> tuple[QLabel, QPlainTextEdit]:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    label = QLabel(label_text)
    label.setBuddy(edit)
    return label, edit


def show_text(edit: QPlainTextEdit, text: str) -> None:
    """Show stored text with the cursor at its end, so typing after a resume carries on from
    where it stopped (setPlainText leaves the cursor at the start)."""
    edit.setPlainText(text)
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)


def button(text: str, name: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name or text.replace("&", ""))
    b.setAutoDefault(True)  # outside dialogs this just lets Enter press the focused button
    return b


class ItemList(QListWidget):
    """A list of items to edit (goals, connections) whose current item changes only when the
    worker moves or clicks in it, never because focus passed through it.

    A plain QListWidget makes its first row current when it gains focus by Tab: a form that
    edits "the current item" then silently switched to the first goal, and what was typed as
    a new goal was written into it."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        had_current = self.currentItem() is not None
        blocked = self.blockSignals(True)
        try:
            super().focusInEvent(event)
            if not had_current and self.currentItem() is not None:
                self.setCurrentRow(-1)
        finally:
            self.blockSignals(blocked)


def elided(text: str, limit: int = 48) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"
