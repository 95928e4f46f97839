"""Step 8: finish — book the follow-up, print the plan, close the conversation."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from linkdesk.domain.dates import DateRule
from linkdesk.domain.enums import FollowUpKind
from linkdesk.domain.errors import ValidationError
from linkdesk.ui.conversation.base import (
    StepContext,
    StepPage,
    button,
    date_field,
    heading,
    line_edit,
    prose,
)


class FinishStep(StepPage):
    key = "finish"
    title = "Finish"
    finish_requested = Signal()
    print_requested = Signal()

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("When shall we meet next?")))
        form = QFormLayout()
        layout.addLayout(form)
        date_label, self.due = date_field(
            self.tr("&Date"), self.tr("Follow-up date"), DateRule.FUTURE, ctx
        )
        self.due.set_value(ctx.services.clock.today() + timedelta(weeks=2))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of follow-up"))
        for kind in FollowUpKind:
            self.kind.addItem(kind.label, kind)
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind)
        venue_label, self.venue = line_edit(
            self.tr("&Where"), self.tr("Follow-up venue"), "e.g. the library"
        )
        self.venue.setText(ctx.conversation.venue)
        self.guidance = self.due.message  # the date in words, or what is wrong with it
        form.addRow(date_label, self.due)
        form.addRow(kind_label, self.kind)
        form.addRow(venue_label, self.venue)
        self.book = button(self.tr("&Book the follow-up (Enter)"), self.tr("Book the follow-up"))
        self.book.clicked.connect(self.book_follow_up)
        self.due.return_pressed.connect(self.book_follow_up)
        self.venue.returnPressed.connect(self.book_follow_up)
        layout.addWidget(self.book)
        self.booked = prose("", muted=False)
        self.booked.setAccessibleName(self.tr("Follow-ups booked"))
        layout.addWidget(self.booked)

        layout.addWidget(heading(self.tr("The plan"), 1.15))
        row = QHBoxLayout()
        self.print_button = button(self.tr("&Print plan"), self.tr("Print plan"))
        self.print_button.clicked.connect(self.print_requested)
        self.finish_button = button(
            self.tr("&Finish the conversation"), self.tr("Finish the conversation")
        )
        self.finish_button.clicked.connect(self.finish_requested)
        row.addWidget(self.print_button)
        row.addWidget(self.finish_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            prose(
                self.tr(
                    "Finishing marks this conversation as done. Everything is already saved; "
                    "you can close the window at any time and carry on later."
                ),
                muted=True,
            )
        )
        layout.addStretch(1)
        self.refresh()

    def first_focus(self) -> QWidget:
        return self.due

    def refresh(self) -> None:
        if not self.venue.text():
            self.venue.setText(self.ctx.reload().venue)
        booked = self.ctx.conv.booked_follow_ups(self.ctx.person_id)
        if booked:
            self.booked.setText(
                self.tr("Booked: ")
                + "; ".join(
                    f"{f.due_on.strftime('%A %d %B %Y')}, {f.kind.label.lower()}"
                    + (f" at {f.venue}" if f.venue else "")
                    for f in booked
                )
            )
        else:
            self.booked.setText(self.tr("No follow-up booked yet."))

    def book_follow_up(self) -> None:
        ctx = self.ctx
        try:
            due = self.due.value()
        except ValidationError as exc:
            self.guidance.say(str(exc))
            return
        problem = ctx.conv.check_meeting_date(due)  # needed, and not in the past
        if problem or due is None:
            self.guidance.say(self.tr(problem))
            return
        self.due.check()
        referral = ctx.services.people.record(ctx.person_id, audit=False).current_referral
        kind, venue = FollowUpKind(self.kind.currentData()), self.venue.text()
        ctx.saver.now(
            lambda: ctx.conv.book_follow_up(
                ctx.person_id,
                due,
                kind=kind,
                venue=venue,
                referral_id=referral.id if referral else None,
            )
        )
        self.refresh()
