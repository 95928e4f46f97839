"""Step 4: goals — in the person's words, why, a first small step, a target date.

The form edits "the current goal": it is created as soon as its words are typed and every
field autosaves into it. Enter (or "Add another goal") starts a fresh one. Goals from
earlier conversations show their history and can be marked in progress/achieved/changed/
stopped.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.dates import DateRule
from linkdesk.domain.enums import GoalStatus
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Goal
from linkdesk.ui.conversation.base import (
    Guidance,
    StepContext,
    StepPage,
    button,
    date_field,
    heading,
    line_edit,
    prose,
)

EMPTY_GOAL = "Write the goal in the person's own words first. What else you type is kept."


class GoalsStep(StepPage):
    key = "goals"
    title = "Goals"

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.goal_id: str | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("What would you like to work towards?")))
        row = QHBoxLayout()
        outer.addLayout(row, 1)

        left = QVBoxLayout()
        row.addLayout(left, 2)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Goals so far"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        list_label = QLabel(self.tr("Goals &so far"))
        list_label.setBuddy(self.list)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        self.list.currentItemChanged.connect(self._picked)

        right = QVBoxLayout()
        row.addLayout(right, 3)
        form = QFormLayout()
        right.addLayout(form)
        text_label, self.text = line_edit(
            self.tr("&Goal, in their words"), self.tr("Goal, in their words"), "I want to…"
        )
        why_label, self.why = line_edit(self.tr("&Why it matters"), self.tr("Why it matters"))
        step_label, self.first_step = line_edit(
            self.tr("&First small step"), self.tr("First small step")
        )
        date_label, self.target = date_field(
            self.tr("&Target date"), self.tr("Target date"), DateRule.FUTURE, ctx
        )
        self.text_guidance = Guidance(self.tr("Goal guidance"))
        self.date_guidance = self.target.message  # what the date is, or what is wrong
        form.addRow(text_label, self.text)
        form.addRow("", self.text_guidance)
        form.addRow(why_label, self.why)
        form.addRow(step_label, self.first_step)
        form.addRow(date_label, self.target)
        for edit in (self.text, self.why, self.first_step, self.target.edit):
            ctx.saver.watch(edit, lambda _t: self._save())
            edit.returnPressed.connect(self.add_another)
        self.add_button = button(self.tr("&Add another goal (Enter)"), self.tr("Add another goal"))
        self.add_button.clicked.connect(self.add_another)
        right.addWidget(self.add_button)

        # Follow-up: how is it going?
        self.review = QWidget()
        review = QVBoxLayout(self.review)
        review.setContentsMargins(0, 8, 0, 0)
        review.addWidget(heading(self.tr("How is it going?"), 1.1))
        note_label, self.progress_note = line_edit(
            self.tr("Progress not&e"), self.tr("Progress note"), "optional"
        )
        # The note autosaves into this conversation's one progress row for the goal.
        ctx.saver.watch(self.progress_note, self._save_note)
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.progress_note, 1)
        review.addLayout(note_row)
        buttons = QGridLayout()
        self.status_buttons: dict[GoalStatus, QWidget] = {}
        for i, (status, text) in enumerate(
            (
                (GoalStatus.IN_PROGRESS, self.tr("In &progress")),
                (GoalStatus.ACHIEVED, self.tr("Achie&ved")),
                (GoalStatus.CHANGED, self.tr("C&hanged")),
                (GoalStatus.STOPPED, self.tr("St&opped")),
            )
        ):
            b = button(text, self.tr("Mark goal %s") % status.label.lower())
            b.clicked.connect(lambda _=False, s=status: self.mark(s))
            buttons.addWidget(b, 0, i)
            self.status_buttons[status] = b
        review.addLayout(buttons)
        self.history = prose("", muted=True)
        self.history.setAccessibleName(self.tr("Goal history"))
        review.addWidget(self.history)
        right.addWidget(self.review)
        right.addStretch(1)
        self.review.setVisible(False)
        self.refresh()

    def first_focus(self) -> QWidget:
        return self.text

    # -- list ----------------------------------------------------------------------------------

    def _goals(self) -> list[Goal]:
        return self.ctx.conv.goals(self.ctx.person_id)

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for goal in self._goals():
            item = QListWidgetItem(f"{goal.text}  ({goal.status.label})")
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            self.list.addItem(item)
            if goal.id == self.goal_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_review()

    def _refresh_item(self, goal: Goal, new: bool) -> None:
        if new:
            self.refresh()
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == goal.id:
                item.setText(f"{goal.text}  ({goal.status.label})")

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.ctx.saver.flush()
        self.load(self.ctx.conv.goal(str(item.data(Qt.ItemDataRole.UserRole))))

    def load(self, goal: Goal | None) -> None:
        if (goal.id if goal else None) != self.goal_id:
            self.ctx.saver.flush()  # a pending note belongs to the goal shown until now
        self.goal_id = goal.id if goal else None
        progress = self.ctx.conv.progress_for(goal.id, self.ctx.conversation.id) if goal else None
        with self.ctx.saver.muted():
            self.progress_note.setText(progress.note if progress else "")
            self.text.setText(goal.text if goal else "")
            self.why.setText(goal.why if goal else "")
            self.first_step.setText(goal.first_step if goal else "")
            self.target.set_value(goal.target_date if goal else None)
        self.text_guidance.say("")
        self._show_review()

    # -- saving --------------------------------------------------------------------------------

    def _target(self) -> date | None:
        """The typed date when it is one and not past; otherwise the stored one is kept and
        the field says why (nothing is saved wrong, nothing typed is cleared)."""
        try:
            return self.target.value()
        except ValidationError as exc:
            self.target.message.say(str(exc))
            return self._stored_target()

    def _stored_target(self) -> date | None:
        if self.goal_id is None:
            return None
        return self.ctx.conv.goal(self.goal_id).target_date

    def _save(self) -> None:
        target = self._target()
        if not self.text.text().strip():
            self.text_guidance.say(self.tr(EMPTY_GOAL))
            raise ValidationError(EMPTY_GOAL, "text")
        self.text_guidance.say("")
        ctx = self.ctx
        new = self.goal_id is None
        goal = ctx.conv.save_goal(
            ctx.person_id,
            ctx.conversation.id,
            self.goal_id,
            text=self.text.text(),
            why=self.why.text(),
            first_step=self.first_step.text(),
            target_date=target,
        )
        self.goal_id = goal.id
        self._refresh_item(goal, new)

    def add_another(self) -> None:
        """Save this goal and start a new one; with no words yet, say so and stay."""
        if not self.text.text().strip():
            self.ctx.saver.flush()
            self.text_guidance.say(self.tr(EMPTY_GOAL))
            self.text.setFocus()
            return
        if self.goal_id is None or self.ctx.saver.has_pending:
            self.ctx.saver.schedule(id(self.text), self._save)
            self.ctx.saver.flush()
        self.load(None)
        self.refresh()
        self.list.clearSelection()
        self.text.setFocus()

    # -- follow-up review ----------------------------------------------------------------------

    def _show_review(self) -> None:
        goal_id = self.goal_id
        goal = self.ctx.conv.goal(goal_id) if goal_id else None
        # "How is it going?" belongs to follow-ups and to goals set in an earlier conversation.
        earlier = goal is not None and goal.conversation_id != self.ctx.conversation.id
        self.review.setVisible(goal is not None and (self.ctx.is_follow_up or earlier))
        if goal_id is None:
            return
        progress = self.ctx.conv.goal_history(goal_id)
        assert goal is not None
        lines = [f"Now: {goal.status.label}."]
        lines += [
            f"{p.noted_on.strftime('%d/%m/%Y')}: {p.status.label}"
            + (f" - {p.note}" if p.note else "")
            for p in progress
        ]
        self.history.setText("\n".join(lines))

    def _save_note(self, note: str) -> None:
        if self.goal_id is not None:
            self.ctx.conv.save_progress_note(self.goal_id, self.ctx.conversation.id, note)
            self._show_review()

    def mark(self, status: GoalStatus) -> None:
        """Set the goal's status on this conversation's progress row (the note typed so far
        is saved first and stays with it, shown in the field for further changes)."""
        if self.goal_id is None:
            return
        ctx, goal_id, note = self.ctx, self.goal_id, self.progress_note.text()
        ctx.saver.now(  # the saver reports a failure itself
            lambda: ctx.conv.mark_goal(
                goal_id, status, note=note, conversation_id=ctx.conversation.id
            )
        )
        self.refresh()
