"""Step 7: agree the plan — everything read back in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from linkdesk.ui.conversation.base import StepContext, StepPage, heading, prose
from linkdesk.ui.conversation.readback import plan_html
from linkdesk.ui.conversation.show_person import direction
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP


class AgreeStep(StepPage):
    key = "agree"
    title = QT_TRANSLATE_NOOP("Steps", "Agree the plan")

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Let's read it back together")))
        layout.addWidget(
            prose(
                self.tr("Is this right? Anything to change - go back to that step (Alt+number)."),
                muted=True,
            )
        )
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("The plan, read back"))
        layout.addWidget(self.text, 1)

    def first_focus(self) -> QWidget:
        return self.text

    def refresh(self) -> None:
        words = self.ctx.words()  # read back in the person's language
        self.text.setLayoutDirection(direction(words))
        self.text.setHtml(plan_html(self.ctx.conv.summary(self.ctx.person_id), words))
