"""Step 4: goals — in the person's words, why, a first small step, a target date.

The form says what it edits: "New goal" (created as soon as its words are typed; its other
fields are kept as a draft until then) or "Editing goal: …" for a goal chosen in the list or
just made. Enter (or "New goal") starts a new one. After a resume the form is always a new
goal (with whatever was typed into it before), never a goal chosen by chance. Goals from
earlier conversations show their history and can be marked in progress/achieved/changed/
stopped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.dates import DateRule, parse_date
from linkdesk.domain.enums import GoalStatus
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Goal
from linkdesk.ui import labels
from linkdesk.ui.conversation.base import (
    Guidance,
    ItemList,
    StepContext,
    StepPage,
    button,
    date_field,
    elided,
    heading,
    large_font,
    line_edit,
    prose,
)
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, short_date
from linkdesk.ui.widgets.columns import ReflowColumns

EMPTY_GOAL = QT_TRANSLATE_NOOP(
    "GoalsStep", "Write the goal in the person's own words first. What else you type is kept."
)
WORDS_CLEARED = QT_TRANSLATE_NOOP(
    "GoalsStep", "A goal needs its words: it keeps the ones it had until new ones are typed."
)


class GoalsStep(StepPage):
    key = "goals"
    title = QT_TRANSLATE_NOOP("Steps", "Goals")
    FORM = "goals.form"  # the autosave key of the four goal fields (one save for all)

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.goal_id: str | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("What would you like to work towards?")))
        # The goals so far beside the form, or above it in a narrow window (150 %).
        left = QVBoxLayout()
        right = QVBoxLayout()
        self.columns = ReflowColumns(left, right, stretch=(2, 3))
        outer.addWidget(self.columns, 1)
        self.list = ItemList()
        self.list.setAccessibleName(self.tr("Goals so far"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        list_label = QLabel(self.tr("Goals &so far"))
        list_label.setBuddy(self.list)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        self.list.currentItemChanged.connect(self._picked)

        editing_row = QHBoxLayout()
        self.editing = QLabel()
        self.editing.setTextFormat(Qt.TextFormat.PlainText)
        self.editing.setFont(large_font(1.1, bold=True))
        self.editing.setWordWrap(True)
        self.editing.setAccessibleName(self.tr("The goal this form edits"))
        editing_row.addWidget(self.editing, 1)
        self.new_button = button(self.tr("New go&al (Enter)"), self.tr("New goal"))
        self.new_button.clicked.connect(self.add_another)
        editing_row.addWidget(self.new_button)
        right.addLayout(editing_row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        right.addLayout(form)
        text_label, self.text = line_edit(
            self.tr("&Goal, in their words"), self.tr("Goal, in their words"), self.tr("I want to…")
        )
        why_label, self.why = line_edit(self.tr("&Why it matters"), self.tr("Why it matters"))
        step_label, self.first_step = line_edit(
            self.tr("&First small step"), self.tr("First small step")
        )
        date_label, self.target = date_field(
            self.tr("&Target date"), self.tr("Target date"), DateRule.FUTURE, ctx
        )
        self.text_guidance = Guidance(self.tr("Goal guidance"))
        self.date_guidance = self.target.message  # the date in words, or what is wrong
        form.addRow(text_label, self.text)
        form.addRow("", self.text_guidance)
        form.addRow(why_label, self.why)
        form.addRow(step_label, self.first_step)
        form.addRow(date_label, self.target)
        for edit in (self.text, self.why, self.first_step):
            ctx.saver.watch(edit, lambda _t: self._save(), key=self.FORM)
            edit.returnPressed.connect(self.add_another)
        ctx.saver.watch(self.target, lambda _t: self._save(), key=self.FORM)
        self.target.return_pressed.connect(self.add_another)
        self.text.textChanged.connect(lambda _t: self._show_editing())  # the name as typed

        # Follow-up: how is it going?
        self.review = QWidget()
        review = QVBoxLayout(self.review)
        review.setContentsMargins(0, 8, 0, 0)
        review.addWidget(heading(self.tr("How is it going?"), 1.1))
        note_label, self.progress_note = line_edit(
            self.tr("Progress not&e"), self.tr("Progress note"), self.tr("optional")
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
            b = button(text, arg(self.tr("Mark goal: %1"), labels.label(status)))
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
        self.load(None)  # a new goal, with what was typed into it before (kept as a draft)
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
            item = QListWidgetItem(arg(self.tr("%1  (%2)"), goal.text, labels.label(goal.status)))
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
                item.setText(arg(self.tr("%1  (%2)"), goal.text, labels.label(goal.status)))

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.ctx.saver.flush()
        self.load(self.ctx.conv.goal(str(item.data(Qt.ItemDataRole.UserRole))))

    def load(self, goal: Goal | None) -> None:
        """Show a goal in the form, or a new goal (None), with any draft typed into it."""
        if (goal.id if goal else None) != self.goal_id:
            self.ctx.saver.flush()  # what is pending belongs to the goal shown until now
        self.ctx.saver.release(self.FORM)
        self.goal_id = goal.id if goal else None
        ctx = self.ctx
        progress = ctx.conv.progress_for(goal.id, ctx.conversation.id) if goal else None
        draft = ctx.conv.forms.goal_form(ctx.conversation.id, self.goal_id)
        target = goal.target_date if goal else None
        with ctx.saver.muted():
            self.progress_note.setText(progress.note if progress else "")
            self.text.setText(goal.text if goal else "")
            self.why.setText(goal.why if goal else draft.get("why", ""))
            self.first_step.setText(goal.first_step if goal else draft.get("first_step", ""))
            if draft.get("target"):  # typed and not stored (cannot be read, or passed)
                self.target.setText(draft["target"])
            else:
                self.target.set_value(target)
        has_draft = any(draft.values())
        self.text_guidance.say(self.tr(EMPTY_GOAL) if goal is None and has_draft else "")
        self.target.say(self._date_problem(draft["target"]) if draft.get("target") else "")
        self._show_editing()
        self._show_review()

    def _date_problem(self, typed: str) -> str:
        """Guidance for a target date kept as typed (shown again after a resume)."""
        try:
            return self.ctx.conv.check_target_date(parse_date(typed))
        except ValidationError as exc:
            return str(exc)

    def _show_editing(self) -> None:
        """Say which goal the form edits: never left to be guessed."""
        if self.goal_id is None:
            text = self.tr("New goal")
            self.list.blockSignals(True)
            self.list.setCurrentRow(-1)
            self.list.blockSignals(False)
        else:
            text = arg(self.tr("Editing goal: %1"), elided(self.text.text() or "…"))
        self.editing.setText(text)
        self.editing.setAccessibleDescription(text)
        self.new_button.setEnabled(self.goal_id is not None or bool(self.text.text().strip()))

    # -- saving --------------------------------------------------------------------------------

    def _save(self) -> None:
        ctx = self.ctx
        new = self.goal_id is None
        saved = ctx.conv.forms.save_goal(
            ctx.conversation.id,
            self.goal_id,
            text=self.text.text(),
            why=self.why.text(),
            first_step=self.first_step.text(),
            target_text=self.target.text(),
        )
        self.target.say(self.tr(saved.date_problem))
        if saved.goal is not None:
            self.goal_id = saved.goal.id
            self._refresh_item(saved.goal, new)
        self._show_editing()
        if not saved.words_missing:
            self.text_guidance.say("")
        elif saved.goal is None:  # kept as a draft of the new goal: saved, and said so
            self.text_guidance.say(self.tr(EMPTY_GOAL))
        else:  # the words on screen (none) are not what is stored
            self.text_guidance.say(self.tr(WORDS_CLEARED))
            raise ValidationError(self.tr(WORDS_CLEARED), "text")

    def add_another(self) -> None:
        """Save this goal and start a new one; with no words yet, say so and stay."""
        if self.goal_id is None and not self.text.text().strip():
            self.ctx.saver.flush()
            self.text_guidance.say(self.tr(EMPTY_GOAL))
            self.text.setFocus()
            return
        self.ctx.saver.schedule(self.FORM, self._save)
        if not self.ctx.saver.flush() and self.goal_id is None:
            return  # not saved (a drive problem, said under the header): keep the form
        self.load(None)
        self.refresh()
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
        lines = [arg(self.tr("Now: %1."), labels.label(goal.status))]
        lines += [
            arg(self.tr("%1: %2 - %3"), short_date(p.noted_on), labels.label(p.status), p.note)
            if p.note
            else arg(self.tr("%1: %2"), short_date(p.noted_on), labels.label(p.status))
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
