"""The referral box of the person view: summary, status and its history, closing, edits.

Closing opens the closing dialog (outcome, reason, date), which then offers the message back
to the GP or referrer; "Message back…" offers it at any time.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.enums import LetterRecipient
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import StatusChange
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus, next_statuses
from linkdesk.services.app_services import AppServices
from linkdesk.services.people import PersonRecord
from linkdesk.ui import labels
from linkdesk.ui.caseload import format_date
from linkdesk.ui.i18n import arg, translate
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.widgets.flow import FlowLayout
from linkdesk.ui.widgets.form import ErrorLabel, make_button, plain_label


class ReferralPanel(QGroupBox):
    """Signals ``changed()`` after a status change or an edit (the view then reloads)."""

    changed = Signal()

    def __init__(
        self,
        services: AppServices,
        person_id: str,
        *,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Referral"))
        self.services = services
        self.ops = ops
        self.person_id = person_id
        self.record: PersonRecord | None = None
        column = QVBoxLayout(self)
        self.referral_summary = plain_label()
        self.referral_summary.setAccessibleName(self.tr("Current referral"))
        column.addWidget(self.referral_summary)

        form = QFormLayout()
        self.next_status = QComboBox()
        self.next_status.setAccessibleName(self.tr("New status"))
        label = QLabel(self.tr("Change status &to:"))
        label.setBuddy(self.next_status)
        form.addRow(label, self.next_status)
        column.addLayout(form)
        self.status_error = ErrorLabel()
        column.addWidget(self.status_error)
        buttons_row = QWidget()
        buttons = FlowLayout(buttons_row)
        self.status_button = make_button(
            self.tr("Change st&atus"), self.tr("Change the referral status"), self._change_status
        )
        self.edit_referral_button = make_button(
            self.tr("Edit referral…"), self.tr("Edit the referral"), self._edit_referral
        )
        self.letter_button = make_button(
            self.tr("Message &back…"), self.tr("Message back to the GP or referrer"), lambda: None
        )
        letters = QMenu(self.letter_button)
        for to, text in (
            (LetterRecipient.GP, self.tr("To the &GP…")),
            (LetterRecipient.REFERRER, self.tr("To the &referrer…")),
        ):
            action = QAction(text, letters)
            action.triggered.connect(lambda _=False, t=to: self.show_letter(t))
            letters.addAction(action)
        self.letter_button.setMenu(letters)
        buttons.addWidget(self.status_button)  # they wrap: the box reflows on a narrow screen
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.edit_referral_button)
        buttons.addWidget(
            make_button(
                self.tr("&New referral…"), self.tr("Add a new referral"), self._add_referral
            )
        )
        column.addWidget(buttons_row)
        self.history = plain_label()
        self.history.setObjectName("statusHistory")
        self.history.setAccessibleName(self.tr("Status history"))
        column.addWidget(self.history)
        column.addStretch(1)

    def fill(self, record: PersonRecord) -> None:
        self.record = record
        referral = record.current_referral
        self.status_error.setVisible(False)
        self.next_status.clear()
        if referral is None:
            self.referral_summary.setText(self.tr("No referral recorded yet."))
            options: list[ReferralStatus] = []
        else:
            lines = [
                arg(self.tr("Status: %1"), labels.label(referral.status)),
                arg(
                    self.tr("Received %1 from %2"),
                    format_date(referral.received_on),
                    labels.label(referral.source),
                ),
            ]
            who = ", ".join(
                p for p in (referral.referrer_name, referral.referrer_organisation) if p
            )
            if who:
                lines.append(arg(self.tr("Referrer: %1"), who))
            if referral.reason:
                lines.append(arg(self.tr("Reason: %1"), referral.reason))
            if referral.closure_outcome:
                try:
                    outcome = labels.label(ClosureOutcome(referral.closure_outcome))
                except ValueError:
                    outcome = referral.closure_outcome
                lines.append(arg(self.tr("Outcome: %1"), outcome))
            if referral.closure_reason:
                lines.append(
                    arg(self.tr("Closed: %1"), labels.closure_reason(referral.closure_reason))
                )
            if len(record.referrals) > 1:
                lines.append(arg(self.tr("Earlier referrals: %1"), len(record.referrals) - 1))
            self.referral_summary.setText("\n".join(lines))
            order = list(ReferralStatus)
            options = sorted(next_statuses(referral.status), key=order.index)
        if options:
            self.next_status.addItem(self.tr("Choose…"), None)
        for status in options:
            self.next_status.addItem(labels.label(status), status.value)
        self.next_status.setEnabled(bool(options))
        self.status_button.setEnabled(bool(options))
        self.edit_referral_button.setEnabled(referral is not None)
        self.letter_button.setEnabled(referral is not None)
        changes = self.services.referrals.history(referral.id) if referral is not None else []
        self.history.setText(history_text(changes))
        self.history.setVisible(bool(changes))

    # -- actions ----------------------------------------------------------------------------

    def _change_status(self) -> None:
        referral = self.record.current_referral if self.record else None
        chosen = self.next_status.currentData()  # Qt hands back plain str for StrEnum data
        if referral is None:
            return
        if chosen is None:
            self.status_error.setText(self.tr("Choose the new status first."))
            self.status_error.setVisible(True)
            self.next_status.setFocus()
            return
        status = ReferralStatus(chosen)
        if status == ReferralStatus.CLOSED:
            self.close_referral(referral.id)
            return
        referrals = self.services.referrals

        def work(_progress: object) -> object:
            if status == ReferralStatus.DECLINED:
                return referrals.decline(referral.id)
            return referrals.change_status(referral.id, status)

        self.ops.op(self, work).success(lambda _referral: self.changed.emit()).failure(
            self._status_failed
        ).now()

    def close_referral(self, referral_id: str) -> None:
        """The closing dialog, then (if chosen) the message back."""
        from linkdesk.ui.closing_dialog import ClosingDialog

        result, to = ClosingDialog.ask(self, self.services, self.ops, referral_id)
        if result is None:
            return
        self.changed.emit()
        if to is not None and self.services.is_open:
            self.show_letter(to)

    def show_letter(self, to: LetterRecipient) -> None:
        from linkdesk.ui.letter_preview import show_letter

        show_letter(self.window(), self.services, self.ops, self.person_id, to)

    def _status_failed(self, failure: Failure) -> None:
        self.status_error.setText(failure.message)
        self.status_error.setVisible(True)
        if isinstance(failure.exception, ValidationError):
            self.next_status.setFocus()

    def _add_referral(self) -> None:
        from linkdesk.ui.referral_dialog import ReferralDialog

        _, accepted = ReferralDialog.ask(self, self.services, self.ops, self.person_id)
        if accepted:
            self.changed.emit()

    def _edit_referral(self) -> None:
        from linkdesk.ui.referral_dialog import ReferralDialog

        referral = self.record.current_referral if self.record else None
        if referral is None:
            return
        _, accepted = ReferralDialog.ask(self, self.services, self.ops, self.person_id, referral)
        if accepted:
            self.changed.emit()


def history_text(changes: list[StatusChange]) -> str:
    """The referral's status changes, newest first, one a line."""
    lines = [translate("ReferralPanel", "History:")]
    for change in reversed(changes):
        to = _status_label(change.to_status)
        when = format_date(change.changed_on)
        line = (
            arg(
                translate("ReferralPanel", "%1: %2 → %3"),
                when,
                _status_label(change.from_status),
                to,
            )
            if change.from_status
            else arg(translate("ReferralPanel", "%1: %2"), when, to)
        )
        if change.automatic:
            line += " " + translate("ReferralPanel", "(automatic)")
        if change.reason:
            line += f" ({change.reason})"
        lines.append(line)
    return "\n".join(lines)


def _status_label(value: str) -> str:
    try:
        return labels.label(ReferralStatus(value))
    except ValueError:
        return value
