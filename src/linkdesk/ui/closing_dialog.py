"""Closing a referral: how the support ended, why, when; then the message back (issue 9).

Entry point: ``ClosingDialog.ask(parent, services, ops, referral_id)`` ->
``(ClosureResult | None, LetterRecipient | None)``: what closing returned (None when
cancelled) and whom the worker chose to write to afterwards (None: not now). The first page
asks for the outcome (``ClosureOutcome``), a reason (``CLOSURE_REASONS`` or typed) and the
date, and calls ``services.referrals.close``; the second says what was done (bookings
cancelled) and offers the letter to the GP or the referrer, saying for each whether the
person's consent lets it carry the story.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.dates import DateRule
from linkdesk.domain.enums import LetterRecipient
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.referral_rules import CLOSURE_REASONS, ClosureOutcome
from linkdesk.services.app_services import AppServices
from linkdesk.services.referrals import ClosureResult
from linkdesk.ui import labels
from linkdesk.ui.caseload import format_date
from linkdesk.ui.i18n import arg
from linkdesk.ui.kept_dialogs import Reopen, exec_kept
from linkdesk.ui.letter_preview import consent_sentence
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.widgets.date_field import DateField
from linkdesk.ui.widgets.form import ErrorLabel, plain_label


def _fit_width(dialog: QDialog, wanted: int) -> None:
    """A comfortable width for wrapped sentences, never wider than the screen."""
    screen = dialog.screen()
    room = screen.availableGeometry().width() - 40 if screen is not None else wanted
    dialog.resize(min(wanted, room), dialog.sizeHint().height())


def _grow_to_fit(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    height = (
        layout.totalHeightForWidth(dialog.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if height > dialog.height():
        dialog.resize(dialog.width(), height)


class ClosingDialog(QDialog):
    """Close one referral, then offer the message back. See the module docstring."""

    def __init__(
        self,
        services: AppServices,
        ops: Operations,
        referral_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.referral = services.referrals.get(referral_id)
        self.result_value: ClosureResult | None = None
        self.letter_to: LetterRecipient | None = None
        person = services.people.get(self.referral.person_id)
        self.setWindowTitle(self.tr("Close the referral"))
        self.setAccessibleName(self.tr("Close the referral"))
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        # -- page 1: outcome, reason, date ------------------------------------------------------
        ask = QWidget()
        column = QVBoxLayout(ask)
        intro = plain_label(
            arg(
                self.tr("Closing the referral for %1, received %2."),
                person.full_name,
                format_date(self.referral.received_on),
            )
        )
        intro.setAccessibleName(self.tr("The referral"))
        column.addWidget(intro)
        form = QFormLayout()
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Choose…"), None)
        for outcome in ClosureOutcome:
            self.outcome.addItem(labels.label(outcome), outcome.value)
        self.outcome.setAccessibleName(self.tr("How the support ended"))
        label = QLabel(self.tr("How did the support &end?"))
        label.setBuddy(self.outcome)
        form.addRow(label, self.outcome)
        self.outcome_error = ErrorLabel()
        form.addRow("", self.outcome_error)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItem("")
        for reason in CLOSURE_REASONS:
            self.reason.addItem(self.tr(reason), reason)
        self.reason.setAccessibleName(self.tr("Reason for closing (optional)"))
        self.reason.setToolTip(self.tr("Choose one or type your own; the outcome is used if empty"))
        label = QLabel(self.tr("&Reason (optional):"))
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        self.closed_on = DateField(
            DateRule.PAST, services.clock.today, name=self.tr("Date closed"), required=True
        )
        self.closed_on.set_value(services.clock.today())
        label = QLabel(self.tr("&Date closed:"))
        label.setBuddy(self.closed_on)
        form.addRow(label, self.closed_on)
        column.addLayout(form)
        self.error = ErrorLabel()
        column.addWidget(self.error)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("&Close the referral"))
        self.close_button.setAccessibleName(self.tr("Close the referral"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close_referral)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel without closing"))
        cancel.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        row.addWidget(cancel)
        column.addLayout(row)
        self.pages.addWidget(ask)

        # -- page 2: the message back -----------------------------------------------------------
        offer = QWidget()
        column = QVBoxLayout(offer)
        self.done_label = plain_label()
        self.done_label.setAccessibleName(self.tr("What was done"))
        column.addWidget(self.done_label)
        column.addWidget(
            plain_label(self.tr("Send a message back so the practice can code the closure?"))
        )
        self.consent_labels: dict[LetterRecipient, QLabel] = {}
        for to in LetterRecipient:
            note = plain_label()
            note.setAccessibleName(self.tr("What the letter carries"))
            self.consent_labels[to] = note
            column.addWidget(note)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.gp_button = QPushButton(self.tr("Message to the &GP…"))
        self.gp_button.setAccessibleName(self.tr("Preview the message to the GP"))
        self.gp_button.setDefault(True)
        self.gp_button.clicked.connect(lambda: self._write(LetterRecipient.GP))
        self.referrer_button = QPushButton(self.tr("Message to the &referrer…"))
        self.referrer_button.setAccessibleName(self.tr("Preview the message to the referrer"))
        self.referrer_button.clicked.connect(lambda: self._write(LetterRecipient.REFERRER))
        self.later_button = QPushButton(self.tr("&Not now"))
        self.later_button.setAccessibleName(self.tr("Close without a message"))
        self.later_button.clicked.connect(self.accept)
        for button in (self.gp_button, self.referrer_button, self.later_button):
            row.addWidget(button)
        column.addLayout(row)
        self.pages.addWidget(offer)
        self.setFocusProxy(self.outcome)
        _fit_width(self, 620)

    def choose_outcome(self, outcome: ClosureOutcome) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(outcome.value))

    def close_referral(self) -> None:
        chosen = self.outcome.currentData()
        if chosen is None:
            self._show_error(self.tr("Choose how the support ended."), self.outcome)
            return
        outcome = ClosureOutcome(chosen)
        typed = self.reason.currentText().strip()
        index = self.reason.findText(typed)
        data = self.reason.itemData(index) if index >= 0 else None
        reason = str(data) if data else typed
        try:
            on = self.closed_on.value() or self.services.clock.today()  # required: never None
        except ValidationError as exc:
            self.closed_on.say(str(exc), now=True)
            self.closed_on.setFocus()
            return
        referrals, referral_id = self.services.referrals, self.referral.id
        self.ops.op(
            self, lambda _p: referrals.close(referral_id, outcome, reason=reason, on=on)
        ).success(self._closed).failure(self._failed).now()

    def _show_error(self, message: str, widget: QWidget | None) -> None:
        target = self.outcome_error if widget is self.outcome else self.error
        target.setText(message)
        target.setVisible(True)
        if widget is not None:
            widget.setFocus()

    def _failed(self, failure: Failure) -> None:
        exc = failure.exception
        field = exc.field if isinstance(exc, ValidationError) else None
        widget = {"outcome": self.outcome, "closure_reason": self.reason}.get(field or "")
        if widget is None and field in ("closed_on", "date"):
            self.closed_on.say(failure.message, now=True)
        self._show_error(failure.message, widget or self.closed_on)

    def _closed(self, result: ClosureResult) -> None:
        self.result_value = result
        text = arg(
            self.tr("The referral is closed: %1."),
            labels.label(ClosureOutcome(self.outcome.currentData())).lower(),
        )
        cancelled = len(result.cancelled_bookings)
        if cancelled:
            text += " " + self.tr("%n booked meeting(s) were cancelled.", "", cancelled)
        self.done_label.setText(text)
        person_id = self.referral.person_id
        for to, label in self.consent_labels.items():
            label.setText(consent_sentence(to, self.services.letters.may_share(person_id, to)))
        self.setWindowTitle(self.tr("Referral closed: a message back?"))
        self.pages.setCurrentIndex(1)
        _grow_to_fit(self)  # the wrapped sentences of page 2 need more height than page 1
        self.setFocusProxy(self.gp_button)
        self.gp_button.setFocus()

    def _write(self, to: LetterRecipient) -> None:
        self.letter_to = to
        self.accept()

    def reject(self) -> None:
        if self.result_value is not None:  # closed already: Esc on page 2 means "not now"
            self.accept()
            return
        super().reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        ops: Operations,
        referral_id: str,
        reopen: Reopen | None = None,
    ) -> tuple[ClosureResult | None, LetterRecipient | None]:
        """Show the dialog; returns ``(what closing returned or None, whom to write to)``."""
        dialog = cls(services, ops, referral_id, parent)
        try:
            exec_kept(dialog, reopen)
            return dialog.result_value, dialog.letter_to
        finally:
            dialog.deleteLater()
