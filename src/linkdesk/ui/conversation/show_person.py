"""The "show the person" view: a large, friendly screen of what matters, goals and
connections, safe to turn round, in the person's language. Notes and safeguarding flags are
never put in it.

Every word on it except the worker's "Back" button is the person's: the title, headings and
dates come from the plan's catalogue for their language (``services.plans.screen_text``), and
a right-to-left language turns the whole view round.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from linkdesk.domain.text import shown_text
from linkdesk.services.conversation import PlanSummary
from linkdesk.services.plans import ScreenText
from linkdesk.ui.conversation.base import button, heading, scaled
from linkdesk.ui.conversation.readback import plan_html


def direction(words: ScreenText) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if words.rtl else Qt.LayoutDirection.LeftToRight


class ShowPersonView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Your plan, shown to the person"))
        self.setObjectName("showPerson")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#showPerson { background: #fdf8ee; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        self.title = heading("", 1.9)
        layout.addWidget(self.title)
        self.body = QTextBrowser()
        self.body.setAccessibleName(self.tr("Your plan"))
        self.body.setOpenLinks(False)
        self.body.setStyleSheet(
            "QTextBrowser { border: 3px solid transparent; background: #fdf8ee; margin: 0px; }"
            "QTextBrowser:focus { border-color: #1d70b8; }"
        )
        scaled(self.body, 1.35)
        layout.addWidget(self.body, 1)
        self.back = button(self.tr("Back to the conversation (F11)"))
        scaled(self.back, 1.0)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeading)
        self.language = ""

    def show_summary(self, summary: PlanSummary, words: ScreenText) -> None:
        """Fill the view with ``summary`` in ``words``' language (the person's)."""
        self.language = words.language
        self.setLayoutDirection(direction(words))
        self.title.setText(words.title.format(name=f"\u2068{shown_text(summary.name)}\u2069"))
        self.title.setAccessibleName(self.title.text())
        self.body.setHtml(plan_html(summary, words))
