"""Step 6: the wellbeing check (ONS4, UCLA-3) — optional, one question at a time, big answer
buttons, number keys answer. Scores are shown with plain-English meaning and, at follow-up,
the change from the first time.

The questions and answers are read out to the person, so they are in the person's language
(the plan's catalogues, ``services.plans.wellbeing_instrument``: the English is the GSS
harmonised standard wording); when that is not the worker's, the worker's reading is shown
under it, smaller. The scores are the worker's, in the UI language.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.measures import INSTRUMENTS, ONS4, UCLA3, Item
from linkdesk.domain.written_dates import is_right_to_left as is_rtl
from linkdesk.services.conversation import ChangeLine
from linkdesk.ui.conversation.base import (
    CHOICE_STYLE,
    Guidance,
    StepContext,
    StepPage,
    button,
    heading,
    prose,
    scaled,
)
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, current_language
from linkdesk.ui.labels import wellbeing

QUESTIONS: list[tuple[str, int]] = [(ONS4.key, i) for i in range(len(ONS4.items))] + [
    (UCLA3.key, i) for i in range(len(UCLA3.items))
]


def answer_choices(item: Item) -> list[tuple[int, str]]:
    if item.answer_labels:
        return list(item.answer_labels)
    return [(v, str(v)) for v in range(item.low, item.high + 1)]


class WellbeingStep(StepPage):
    key = "wellbeing"
    title = QT_TRANSLATE_NOOP("Steps", "Wellbeing check")

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.position = 0
        self.summary_text = ""
        # The page itself takes focus during the questions so number keys answer (and shows
        # it with a ring round the question); in the intro and the scores it is no Tab stop
        # (refresh). Focusable when built, so the window can place it in the Tab order.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("How have you been feeling?")))
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        # Intro
        intro = QWidget()
        iv = QVBoxLayout(intro)
        iv.addWidget(
            prose(
                self.tr(
                    "A few short questions about how you have been feeling. They are optional: "
                    "skip any question, or the whole check."
                )
            )
        )
        self.start = button(self.tr("&Start the questions"), self.tr("Start the questions"))
        self.skip_all = button(self.tr("S&kip the wellbeing check"))
        self.start.clicked.connect(lambda: self.show_question(self._first_unanswered()))
        self.skip_all.clicked.connect(self.show_summary)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addWidget(self.skip_all)
        row.addStretch(1)
        iv.addLayout(row)
        iv.addStretch(1)
        self.pages.addWidget(intro)

        # One question
        question = QWidget()
        question.setObjectName("questionFrame")
        question.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.question_frame = question
        self._show_focus(False)
        qv = QVBoxLayout(question)
        self.progress = prose("", muted=True)
        self.intro_text = prose("")
        self.question = prose("")
        scaled(self.question, 1.3, bold=True)
        self.question.setAccessibleName(self.tr("Question"))
        self.worker_question = prose("", muted=True)
        self.worker_question.setAccessibleName(self.tr("The question in your language"))
        qv.addWidget(self.progress)
        qv.addWidget(self.intro_text)
        qv.addWidget(self.question)
        qv.addWidget(self.worker_question)
        self.answers_row = QHBoxLayout()
        qv.addLayout(self.answers_row)
        self.hint = prose("", muted=True)
        qv.addWidget(self.hint)
        self.guidance = Guidance(self.tr("Answer guidance"))
        qv.addWidget(self.guidance)
        nav = QHBoxLayout()
        self.previous = button(self.tr("&Previous question"))
        self.skip_one = button(self.tr("Skip this &question"))
        self.finish_early = button(self.tr("&End the check"))
        self.previous.clicked.connect(lambda: self.show_question(max(0, self.position - 1)))
        self.skip_one.clicked.connect(self._next)
        self.finish_early.clicked.connect(self.show_summary)
        for b in (self.previous, self.skip_one, self.finish_early):
            nav.addWidget(b)
        nav.addStretch(1)
        qv.addLayout(nav)
        qv.addStretch(1)
        self.pages.addWidget(question)
        self.answer_buttons: list[QPushButton] = []

        # Summary
        summary = QWidget()
        sv = QVBoxLayout(summary)
        self.summary = prose("")
        self.summary.setAccessibleName(self.tr("Wellbeing scores"))
        sv.addWidget(self.summary)
        self.again = button(self.tr("&Go through the questions"))
        self.again.clicked.connect(lambda: self.show_question(0))
        sv.addWidget(self.again)
        sv.addStretch(1)
        self.pages.addWidget(summary)

    def first_focus(self) -> QWidget | None:
        return self.start if self.pages.currentIndex() == 0 else self.pages.currentWidget()

    def refresh(self) -> None:
        if self.pages.currentIndex() == 2:
            self.show_summary()
        elif self.pages.currentIndex() == 0:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- questions -----------------------------------------------------------------------------

    def _answers(self, instrument: str) -> list[int | None]:
        measure = self.ctx.conv.measure_for(self.ctx.conversation, instrument)
        return list(measure.answers) if measure else [None] * len(INSTRUMENTS[instrument].items)

    def _first_unanswered(self) -> int:
        for pos, (instrument, index) in enumerate(QUESTIONS):
            if self._answers(instrument)[index] is None:
                return pos
        return 0

    def _worker_language(self) -> str:
        """The worker's language for the questions: the UI language where the plan has a
        catalogue of it, else English."""
        shipped = {language.code for language in self.ctx.services.plans.languages()}
        code = current_language()
        return code if code in shipped else "en"

    def show_question(self, position: int) -> None:
        self.position = position
        instrument_key, index = QUESTIONS[position]
        plans, theirs = self.ctx.services.plans, self.ctx.person_language
        instrument = plans.wellbeing_instrument(theirs, instrument_key)
        item = instrument.items[index]
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(theirs) else (
            Qt.LayoutDirection.LeftToRight)  # fmt: skip
        for shown in (self.intro_text, self.question):
            shown.setLayoutDirection(direction)
            shown.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.progress.setText(
            arg(
                self.tr("Question %1 of %2 - %3"),
                position + 1,
                len(QUESTIONS),
                wellbeing(INSTRUMENTS[instrument_key].title),
            )
        )
        self.intro_text.setText(instrument.intro)
        self.question.setText(item.question)
        mine = self._worker_language()
        worker_item = plans.wellbeing_instrument(mine, instrument_key).items[index]
        self.worker_question.setText(worker_item.question)
        self.worker_question.setVisible(mine != theirs)
        current = self._answers(instrument_key)[index]
        while self.answers_row.count():
            taken = self.answers_row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:  # hidden at once: a stale answer must not take a click
                widget.hide()
                widget.deleteLater()
        self.answer_buttons = []
        # Eleven numbers fit in a row; answers in words ("Hardly ever or never") go one above
        # the other, so they never push the step wider than the window.
        self.answers_row.setDirection(
            QBoxLayout.Direction.TopToBottom
            if item.answer_labels
            else QBoxLayout.Direction.LeftToRight
        )
        for value, label in answer_choices(item):
            b = QPushButton(label)
            b.setCheckable(True)
            b.setChecked(value == current)
            b.setAutoDefault(False)
            b.setAccessibleName(label if label == str(value) else f"{label} ({value})")
            b.setMinimumHeight(b.sizeHint().height() * 2)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setStyleSheet(CHOICE_STYLE)
            scaled(b, 1.2, bold=True)
            # Eleven buttons must fit beside the rail and notes: no style minimum width.
            b.setMinimumWidth(b.fontMetrics().horizontalAdvance(label) + b.fontMetrics().height())
            b.clicked.connect(lambda _=False, v=value: self.answer(v))
            self.answers_row.addWidget(b)
            self.answer_buttons.append(b)
        if item.answer_labels:
            keys = ", ".join(f"{v} = {text}" for v, text in worker_item.answer_labels)
            self.hint.setText(arg(self.tr("Press a number: %1."), keys))
        else:
            self.hint.setText(self.tr("Press a number key 0 to 9, or T for 10."))
        self.guidance.say("")
        self.previous.setEnabled(position > 0)
        self.pages.setCurrentIndex(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # New answer buttons join the end of the Tab chain: put them back in reading order.
        order: list[QWidget] = [self, *self.answer_buttons, self.previous, self.skip_one]
        for first, second in zip(order, [*order[1:], self.finish_early], strict=True):
            QWidget.setTabOrder(first, second)
        self.setFocus()

    def answer(self, value: int) -> None:
        instrument, index = QUESTIONS[self.position]
        item = INSTRUMENTS[instrument].items[index]
        if not item.low <= value <= item.high:
            self.guidance.say(arg(self.tr("Choose an answer from %1 to %2."), item.low, item.high))
            return
        ctx = self.ctx
        if ctx.saver.now(lambda: ctx.conv.answer(ctx.conversation, instrument, index, value)):
            self._next()

    def _next(self) -> None:
        if self.position + 1 < len(QUESTIONS):
            self.show_question(self.position + 1)
        else:
            self.show_summary()

    def _show_focus(self, on: bool) -> None:
        colour = "#e8a317" if on else "transparent"
        self.question_frame.setStyleSheet(
            f"#questionFrame {{ border: 3px solid {colour}; border-radius: 6px; }}"
        )

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self._show_focus(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self._show_focus(False)
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if self.pages.currentIndex() == 1:
            key = event.key()
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                self.answer(key - Qt.Key.Key_0)
                return
            if key == Qt.Key.Key_T:
                self.answer(10)
                return
        super().keyPressEvent(event)

    # -- scores --------------------------------------------------------------------------------

    def _change_words(self, change: ChangeLine) -> str:
        """ "better by 2", "worse by 1", "no change" in the UI language."""
        if change.before is None or change.after is None:
            return self.tr("cannot compare: not answered both times")
        amount = abs(change.after - change.before)
        if change.direction > 0:
            return self.tr("better by %n", "", amount)
        if change.direction < 0:
            return self.tr("worse by %n", "", amount)
        return self.tr("no change")

    def show_summary(self) -> None:
        """Scores as a table (with the change since the first time at follow-ups)."""
        lines: list[str] = []  # the same, as plain sentences, for screen readers and tests
        html: list[str] = []
        follow_up = self.ctx.is_follow_up
        for instrument in (ONS4, UCLA3):
            measure = self.ctx.conv.measure_for(self.ctx.conversation, instrument.key)
            if measure is None or all(a is None for a in measure.answers):
                continue
            changes = {c.label: c for c in self.ctx.conv.change_from_baseline(measure)}
            title = wellbeing(instrument.title)
            lines.append(title)
            since = self.tr("Since the first time")
            head = f"<th align=left>{escape(since)}</th>" if changes else ""
            html.append(
                f"<h3>{escape(title)}</h3><table cellpadding=6>"
                f"<tr><th></th><th>{escape(self.tr('Now'))}</th>"
                f"<th align=left>{escape(self.tr('Meaning'))}</th>{head}</tr>"
            )
            for line in self.ctx.conv.scores(measure):
                value = "-" if line.value is None else str(line.value)
                name, meaning = wellbeing(line.label), wellbeing(line.meaning)
                lines.append(arg(self.tr("%1: %2 - %3"), name, value, meaning))
                row = (
                    f"<tr><td>{escape(name)}</td><td align=center><b>{value}</b></td>"
                    f"<td>{escape(meaning)}</td>"
                )
                change = changes.get(line.label)
                if change is not None:
                    before = "-" if change.before is None else str(change.before)
                    words = self._change_words(change)
                    lines.append(arg(self.tr("%1: %2 then %3, %4"), name, before, value, words))
                    was = escape(arg(self.tr("was %1:"), before))
                    row += f"<td>{was} <b>{escape(words)}</b></td>"
                html.append(row + "</tr>")
            html.append("</table>")
            if follow_up and not changes:
                html.append(f"<p>{escape(self.tr('No earlier answers to compare with.'))}</p>")
        self.summary_text = "\n".join(lines)
        if lines:
            self.summary.setTextFormat(Qt.TextFormat.RichText)
            self.summary.setText("".join(html))
        else:
            self.summary_text = self.tr("The wellbeing check was skipped this time.")
            self.summary.setTextFormat(Qt.TextFormat.PlainText)
            self.summary.setText(self.summary_text)
        self.summary.setAccessibleDescription(self.summary_text)
        self.pages.setCurrentIndex(2)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.again.setFocus()
