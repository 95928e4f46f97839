"""Worker-only panel beside every step: private notes and the safeguarding concern flag.

Hidden in the show-the-person view; never printed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from linkdesk.ui.conversation.base import StepContext, show_text, text_box


class NotesPanel(QGroupBox):
    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Worker only"), parent)
        self.setAccessibleName(self.tr("Worker only notes"))
        self.ctx = ctx
        conv = ctx.conversation
        layout = QVBoxLayout(self)
        notes_label, self.notes = text_box(
            self.tr("&Notes (not shown or printed)"), self.tr("Worker notes")
        )
        show_text(self.notes, conv.notes)
        ctx.saver.watch(self.notes, lambda t: ctx.conv.save_text(conv.id, "notes", t))
        notes_label.setWordWrap(True)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 2)
        self.concern = QCheckBox(self.tr("Safeguarding &concern"))
        self.concern.setAccessibleName(self.tr("Safeguarding concern"))
        self.concern.setChecked(conv.safeguarding_concern)
        self.concern.toggled.connect(
            lambda on: ctx.saver.now(lambda: ctx.conv.set_safeguarding(conv.id, on))
        )
        layout.addWidget(self.concern)
        concern_label, self.concern_note = text_box(
            self.tr("Concern detai&ls"), self.tr("Safeguarding note")
        )
        show_text(self.concern_note, conv.safeguarding_note)
        ctx.saver.watch(
            self.concern_note, lambda t: ctx.conv.save_text(conv.id, "safeguarding_note", t)
        )
        layout.addWidget(concern_label)
        layout.addWidget(self.concern_note, 1)
        # A few lines each, so the panel fits a 768-pixel screen at 150 % beside the step.
        lines = self.notes.fontMetrics().lineSpacing()
        self.notes.setMinimumHeight(lines * 3)
        self.concern_note.setMinimumHeight(lines * 2)
