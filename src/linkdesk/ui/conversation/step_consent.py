"""Step 1: welcome and consent — what is stored, who it may be shared with, how agreed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.dates import DateRule
from linkdesk.domain.enums import ConsentMethod, ConsentScope
from linkdesk.domain.errors import ValidationError
from linkdesk.services.people import PersonRecord
from linkdesk.ui import labels
from linkdesk.ui.conversation.base import (
    Guidance,
    StepContext,
    StepPage,
    date_field,
    heading,
    line_edit,
    prose,
)
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, short_date
from linkdesk.ui.widgets.form import WholeCombo
from linkdesk.ui.widgets.record_label import RecordLabel

WHAT_IS_STORED = QT_TRANSLATE_NOOP(
    "ConsentStep",
    "I will keep notes of what we talk about today: what matters to you, your goals, the "
    "groups and services we agree, and how you are feeling. They are kept locked on this "
    "laptop. You can see them, ask me to correct them, or ask me to delete them at any time.",
)


class BoxWords(RecordLabel):
    """A check box's words, wrapped beside it: a click or their Alt+letter ticks the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)  # Qt clicks a button buddy on the Alt+letter
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if self.box.isEnabled():
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.toggle()
        event.accept()


class ConsentStep(StepPage):
    key = "consent"
    title = QT_TRANSLATE_NOOP("Steps", "Welcome and consent")
    FORM = "consent.form"  # the autosave key of the way and date (one save for both)

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        person = ctx.services.people.get(ctx.person_id)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(arg(self.tr("Welcome, %1"), person.display_name)))
        layout.addWidget(prose(self.tr(WHAT_IS_STORED)))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        layout.addLayout(form)
        venue_label, self.venue = line_edit(
            self.tr("Where we are &meeting"),
            self.tr("Where we are meeting"),
            self.tr("e.g. the library"),
        )
        self.venue.setText(ctx.conversation.venue)
        ctx.saver.watch(self.venue, lambda t: ctx.conv.save_text(ctx.conversation.id, "venue", t))
        form.addRow(venue_label, self.venue)

        layout.addWidget(heading(self.tr("Is it all right to…"), 1.15))
        self.boxes: dict[ConsentScope, QCheckBox] = {}
        record = ctx.services.people.record(ctx.person_id, audit=False)
        mnemonics = {
            ConsentScope.STORE: self.tr("&Keep notes about me in LinkDesk"),
            ConsentScope.SHARE_GP: self.tr("Share updates with my &GP"),
            ConsentScope.SHARE_REFERRER: self.tr("Share updates with the person who &referred me"),
            ConsentScope.SHARE_SERVICES: self.tr(
                "Share my details with &services I am connected to"
            ),
        }
        for scope in ConsentScope:
            # The words wrap beside the box (a check box's own text cannot), so the step
            # never scrolls sideways at 150 %; Alt+letter on the words ticks the box.
            box = QCheckBox()
            box.setAccessibleName(labels.label(scope))
            words = BoxWords(mnemonics.get(scope) or labels.label(scope), box)
            latest = record.consent_for(scope)
            box.setChecked(bool(latest and latest.given and latest.withdrawn_on is None))
            box.toggled.connect(lambda on, s=scope: self._decided(s, on))
            self.boxes[scope] = box
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(words, 1)
            layout.addLayout(row)

        how = QFormLayout()
        how.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(how)
        self.method = WholeCombo()
        self.method.setAccessibleName(self.tr("How consent was given"))
        for method in ConsentMethod:
            self.method.addItem(labels.label(method), method)
        method_label = QLabel(self.tr("&How they agreed"))
        method_label.setBuddy(self.method)
        how.addRow(method_label, self.method)
        date_label, self.on = date_field(
            self.tr("&Date agreed"), self.tr("Date consent was given"), DateRule.PAST, ctx
        )
        how.addRow(date_label, self.on)
        self.date_guidance = self.on.message  # the date in words, or what is wrong
        # The way and date as last typed in this conversation (kept as typed, even before a
        # box is ticked); decisions made here follow later changes of either.
        stored_method, typed = ctx.conv.forms.consent_form(ctx.conversation.id)
        if stored_method is not None:
            self.method.setCurrentIndex(self.method.findData(stored_method))
        if typed:
            self.on.setText(typed)
        else:
            self.on.set_value(ctx.services.clock.today())
        ctx.saver.watch(self.on, lambda _t: self._save_form(), key=self.FORM)
        self.method.activated.connect(lambda _i: ctx.saver.now(self._save_form, key=self.FORM))
        self.ask = Guidance(self.tr("Consent not recorded"))
        layout.addWidget(self.ask)
        self.status = prose("", muted=True)
        self.status.setAccessibleName(self.tr("Consent recorded"))
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._date_checked()
        self._show_status(record)

    def first_focus(self) -> QWidget:
        return self.venue

    def anything_recorded(self) -> bool:
        """Whether any consent decision (yes or no) is on the record."""
        record = self.ctx.services.people.record(self.ctx.person_id, audit=False)
        return any(record.consent_for(scope) is not None for scope in ConsentScope)

    def ask_first(self) -> None:
        """Say, once, that nothing is recorded yet, and put the focus on the first question."""
        self.ask.say(
            self.tr(
                "Nothing about consent is recorded yet. Please ask first: tick what they agree "
                "to. To carry on without it, go to the next step again."
            )
        )
        QAccessible.updateAccessibility(QAccessibleEvent(self.ask, QAccessible.Event.Alert))
        self.boxes[ConsentScope.STORE].setFocus(Qt.FocusReason.OtherFocusReason)

    def _date(self) -> date:
        """The date typed when it is one and not after today; today otherwise."""
        today = self.ctx.services.clock.today()
        try:
            return self.on.value() or today
        except ValidationError:
            return today

    def _date_checked(self) -> None:
        try:
            self.on.value()
            self.on.say("")
        except ValidationError as exc:
            self.on.say(self._unreadable(str(exc)))

    def _unreadable(self, problem: str) -> str:
        return arg(self.tr("%1 Until it can be read, new decisions are dated today."), problem)

    def _save_form(self) -> None:
        ctx = self.ctx
        problem = ctx.conv.forms.save_consent_form(
            ctx.conversation.id,
            method=ConsentMethod(self.method.currentData()),
            date_text=self.on.text(),
        )
        self.on.say(self._unreadable(problem) if problem else "")
        self._show_status()

    def _decided(self, scope: ConsentScope, given: bool) -> None:
        ctx = self.ctx
        method = ConsentMethod(self.method.currentData())
        self._date_checked()
        on = self._date()
        ctx.saver.now(
            lambda: ctx.conv.forms.decide_consent(
                ctx.conversation.id,
                scope,
                given,
                method=method,
                on=on,
                recorded_by=ctx.services.actor(),
            )
        )
        self._show_status()

    def _show_status(self, record: PersonRecord | None = None) -> None:
        """What is on the record now (``record``: the person's, when just read)."""
        if record is None:
            record = self.ctx.services.people.record(self.ctx.person_id, audit=False)
        lines = []
        for scope in ConsentScope:
            latest = record.consent_for(scope)
            if latest is not None:
                answer = self.tr("yes") if latest.given else self.tr("no")
                lines.append(
                    arg(
                        self.tr("%1: %2 (%3, %4)"),
                        labels.label(scope),
                        answer,
                        labels.label(latest.method),
                        short_date(latest.decided_on),
                    )
                )
        self.status.setText(
            arg(self.tr("Recorded: %1"), "; ".join(lines))
            if lines
            else self.tr("Nothing recorded yet.")
        )
