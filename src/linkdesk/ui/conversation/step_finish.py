"""Step 8: finish — book the follow-up, print the plan, close the conversation.

The next meeting's fields autosave as they are typed into a **draft** (kept with the
conversation, restored on resume, shown as "Draft - not booked yet"), until Book (or Finish)
books it through the day's service (``services.conversation.book_next``: an upcoming booking is
replaced, not doubled; its warnings are shown). What is offered comes from
``services.bookings.suggest``. The closing message follows the save indicator, so it never
claims more than is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from linkdesk.domain.dates import NEXT_MEETING_MISSING, DateRule, parse_date
from linkdesk.domain.enums import FollowUpKind
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import FollowUp
from linkdesk.services.bookings import BookingResult
from linkdesk.services.conversation_drafts import BookingDraft
from linkdesk.ui import labels
from linkdesk.ui.conversation.autosave import SaveState
from linkdesk.ui.conversation.base import (
    StepContext,
    StepPage,
    button,
    date_field,
    heading,
    line_edit,
    prose,
)
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, long_date, numeric_date, translate


def describe_meeting(on: date | None, kind: FollowUpKind, venue: str) -> str:
    """ "Tuesday 8 December 2026, in person at the library" in the worker's language."""
    when = long_date(on) if on else translate("FinishStep", "no date that can be read yet")
    how = labels.label(kind).lower()
    if venue.strip():
        return arg(translate("FinishStep", "%1, %2 at %3"), when, how, venue.strip())
    return arg(translate("FinishStep", "%1, %2"), when, how)


class FinishStep(StepPage):
    key = "finish"
    title = QT_TRANSLATE_NOOP("Steps", "Finish")
    FORM = "finish.booking"  # the autosave key of the next meeting's fields
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
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of follow-up"))
        for kind in FollowUpKind:
            self.kind.addItem(labels.label(kind), kind)
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind)
        venue_label, self.venue = line_edit(
            self.tr("&Where"), self.tr("Follow-up venue"), self.tr("e.g. the library")
        )
        self.guidance = self.due.message  # the date in words, or what is wrong
        form.addRow(date_label, self.due)
        form.addRow(kind_label, self.kind)
        form.addRow(venue_label, self.venue)
        ctx.saver.watch(self.due, lambda _t: self._save_draft(), key=self.FORM)
        ctx.saver.watch(self.venue, lambda _t: self._save_draft(), key=self.FORM)
        self.due.return_pressed.connect(self.book_follow_up)
        self.venue.returnPressed.connect(self.book_follow_up)
        self.kind.activated.connect(lambda _i: ctx.saver.now(self._save_draft, key=self.FORM))
        self.book = button(self.tr("&Book the follow-up (Enter)"), self.tr("Book the follow-up"))
        self.book.clicked.connect(self.book_follow_up)
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
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.print_button)
        row.addWidget(self.finish_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.closing = prose("", muted=True)
        self.closing.setAccessibleName(self.tr("What finishing does"))
        layout.addWidget(self.closing)
        layout.addStretch(1)
        ctx.saver.state_changed.connect(lambda _s: self._show_closing())
        self.refresh()

    def first_focus(self) -> QWidget:
        return self.due

    # -- what is shown ---------------------------------------------------------------------------

    def _draft(self) -> BookingDraft | None:
        return self.ctx.conv.drafts.booking(self.ctx.conversation.id)

    def _upcoming(self) -> FollowUp | None:
        """The booked meeting still ahead (the one a new booking replaces), if any."""
        return self.ctx.services.bookings.upcoming(self.ctx.person_id)

    def refresh(self) -> None:
        """Show the draft when there is one (as typed), else the booked or a suggested meeting."""
        draft = self._draft()
        if not self.ctx.saver.has_pending:  # (never over what is being typed)
            self._show_form(draft or self._booked_or_suggested())
        self._show_booked(draft)
        self._show_closing()

    def _booked_or_suggested(self) -> BookingDraft:
        """The upcoming booking, else a working day after the follow-up interval (the day's
        ``bookings.suggest``), where this conversation is held."""
        offered = self.ctx.services.bookings.suggest(self.ctx.person_id)
        if offered.upcoming is not None:
            up = offered.upcoming
            return BookingDraft(numeric_date(up.due_on), up.kind, up.venue)
        return BookingDraft(
            numeric_date(offered.on), FollowUpKind.IN_PERSON, self.ctx.reload().venue
        )

    def _show_form(self, shown: BookingDraft) -> None:
        self.ctx.saver.release(self.FORM)
        with self.ctx.saver.muted():
            self.due.setText(shown.due_text)
            self.venue.setText(shown.venue)
        self.kind.setCurrentIndex(max(0, self.kind.findData(shown.kind)))
        self.due.say("")

    def _show_booked(self, draft: BookingDraft | None) -> None:
        upcoming = self._upcoming()
        lines = []
        if draft is not None:
            lines.append(
                arg(
                    self.tr("Draft - not booked yet: %1. Press Book to book it."),
                    describe_meeting(self._readable(draft.due_text), draft.kind, draft.venue),
                )
            )
        if upcoming is not None:
            lines.append(
                arg(
                    self.tr("Booked: %1."),
                    describe_meeting(upcoming.due_on, upcoming.kind, upcoming.venue),
                )
            )
        elif draft is None:
            lines.append(self.tr("No follow-up booked yet."))
        self.booked.setText("\n".join(lines))
        self.booked.setAccessibleDescription(self.booked.text())

    def _show_closing(self) -> None:
        """What finishing does, and what is saved: never more than is true at this moment."""
        draft = self._draft()
        parts = [
            self.tr("Finishing books the draft meeting and marks this conversation as done.")
            if draft is not None and draft.due_text.strip()
            else self.tr("Finishing marks this conversation as done.")
        ]
        state = self.ctx.saver.state
        if state == SaveState.SAVED:
            parts.append(
                self.tr(
                    "Everything typed is saved; you can close the window at any time and "
                    "carry on later."
                )
            )
            if draft is not None:
                parts.append(self.tr("The next meeting stays a draft until it is booked."))
        elif state == SaveState.SAVING:
            parts.append(self.tr("What was just typed is being saved."))
        else:
            parts.append(self.tr("Something typed is not saved yet: see the note beside it."))
        self.closing.setText(" ".join(parts))
        self.closing.setAccessibleDescription(self.closing.text())

    @staticmethod
    def _readable(text: str) -> date | None:
        try:
            return parse_date(text)
        except ValidationError:
            return None

    # -- saving ---------------------------------------------------------------------------------

    def _form(self) -> BookingDraft:
        return BookingDraft(
            self.due.text(), FollowUpKind(self.kind.currentData()), self.venue.text()
        )

    def _save_draft(self) -> None:
        """Keep the next meeting as typed: a draft until it is booked (nothing is booked)."""
        ctx, shown = self.ctx, self._form()
        same_as_booked = self._upcoming() is not None and shown == self._booked_or_suggested()
        if same_as_booked:  # typed back to what is booked: nothing to book
            ctx.conv.drafts.discard_booking(ctx.conversation.id)
        else:
            ctx.conv.drafts.save_booking(ctx.conversation.id, shown)
        self.due.say(self._problem(shown.due_text)[1] if shown.due_text.strip() else "")
        self._show_booked(None if same_as_booked else shown)
        self._show_closing()

    def _problem(self, text: str) -> tuple[date | None, str]:
        """The date typed and what to say about it: why it cannot be booked (no date), or the
        booking service's gentle warnings (past, weekend, bank holiday) for one that can."""
        try:
            due = parse_date(text)
        except ValidationError as exc:
            return None, str(exc)
        if due is None:
            return None, self.tr(NEXT_MEETING_MISSING)
        warnings = self.ctx.services.bookings.warnings_for(due)
        return due, " ".join(self.tr(w) for w in warnings)

    def book_follow_up(self) -> bool:
        """Book the meeting as the form shows it (the draft becomes the booking; the referral
        is the person's current one). True when booked; otherwise the guidance says why and
        the draft stays. The booking's warnings (a past date, a weekend) are shown."""
        ctx = self.ctx
        if not ctx.saver.flush():
            return False
        due, problem = self._problem(self.due.text())
        if due is None:
            self.due.say(problem, now=True)
            return False
        form = self._form()
        results: list[BookingResult] = []
        booked = ctx.saver.now(
            lambda: results.append(
                ctx.conv.forms.book_draft(
                    ctx.conversation.id,
                    ctx.person_id,
                    due,
                    kind=form.kind,
                    venue=form.venue,
                )
            ),
            key=self.FORM,
        )
        self.refresh()
        if booked and results:  # (not saved: the indicator and the note under the header say)
            self.due.say(" ".join(self.tr(w) for w in results[0].warnings), now=True)
        return booked

    def finish(self) -> None:
        """Book a draft meeting that has a date, then ask the window to finish
        (``finish_conversation``). A draft whose date cannot be booked stops here, with
        guidance, and so does one booked with a warning (seen before the window closes; Finish
        again goes on); an empty draft is dropped."""
        ctx = self.ctx
        ctx.saver.flush()
        draft = self._draft()
        if draft is not None and draft.due_text.strip():
            if not self.book_follow_up():
                self.due.setFocus()
                return
            if self.guidance.problem:  # booked, with a warning to read first
                self.finish_button.setFocus()
                return
        elif draft is not None:
            ctx.saver.now(lambda: ctx.conv.drafts.discard_booking(ctx.conversation.id))
        self.finish_requested.emit()
