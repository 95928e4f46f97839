"""Step 2: what matters to you — the person's own words, with prompts to glance at."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from linkdesk.ui.conversation.base import (
    StepContext,
    StepPage,
    heading,
    prose,
    show_text,
    text_box,
    wrapped,
)
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg

PROMPTS = (
    QT_TRANSLATE_NOOP("MattersStep", "What would a good day look like for you?"),
    QT_TRANSLATE_NOOP("MattersStep", "What matters most to you at the moment?"),
    QT_TRANSLATE_NOOP("MattersStep", "What gets in the way?"),
    QT_TRANSLATE_NOOP("MattersStep", "Who or what helps you?"),
    QT_TRANSLATE_NOOP("MattersStep", "What did you used to enjoy doing?"),
    QT_TRANSLATE_NOOP(
        "MattersStep", "If things were a bit better in three months, what would be different?"
    ),
)


class MattersStep(StepPage):
    key = "matters"
    title = QT_TRANSLATE_NOOP("Steps", "What matters to you")

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("What matters to you?")))
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        left = QVBoxLayout()
        row.addLayout(left, 3)
        label, self.words = text_box(
            self.tr("In their own &words"),
            self.tr("What matters to the person, in their own words"),
            self.tr("Write down what they say, in their words…"),
        )
        show_text(self.words, ctx.conversation.what_matters)
        ctx.saver.watch(
            self.words, lambda t: ctx.conv.save_text(ctx.conversation.id, "what_matters", t)
        )
        left.addWidget(label)
        left.addWidget(self.words, 1)
        earlier = next(
            (
                c.what_matters
                for c in ctx.services.people.record(ctx.person_id, audit=False).conversations
                if c.id != ctx.conversation.id and c.what_matters
            ),
            "",
        )
        if earlier:
            last = prose(arg(self.tr("Last time they said: %1"), earlier), muted=True)
            last.setAccessibleName(self.tr("What they said last time"))
            left.addWidget(last)

        prompts = QVBoxLayout()
        row.addLayout(prompts, 2)
        prompts.addWidget(heading(self.tr("Prompts, if you need them"), 1.0))
        for text in PROMPTS:
            prompt = wrapped("• " + self.tr(text))
            prompt.setStyleSheet("color: palette(placeholder-text);")
            prompts.addWidget(prompt)
        prompts.addStretch(1)

    def first_focus(self) -> QWidget:
        return self.words
