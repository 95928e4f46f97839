"""The referral box of the person view: summary, status change (with closure reason), edits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.referral_rules import CLOSURE_REASONS, ReferralStatus, next_statuses
from linkdesk.services.app_services import AppServices
from linkdesk.services.people import PersonRecord
from linkdesk.ui.caseload import format_date
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
        self.closure_reason = QComboBox()
        self.closure_reason.addItem(self.tr("Choose a reason…"), "")
        for reason in CLOSURE_REASONS:
            self.closure_reason.addItem(self.tr(reason), reason)
        self.closure_reason.setAccessibleName(self.tr("Reason for closing"))
        self.closure_label = QLabel(self.tr("&Reason for closing:"))
        self.closure_label.setBuddy(self.closure_reason)
        form.addRow(self.closure_label, self.closure_reason)
        column.addLayout(form)
        self.next_status.currentIndexChanged.connect(self._status_choice_changed)
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
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.edit_referral_button)
        buttons.addWidget(
            make_button(
                self.tr("&New referral…"), self.tr("Add a new referral"), self._add_referral
            )
        )
        column.addWidget(buttons_row)
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
                self.tr("Status: {status}").format(status=referral.status.label),
                self.tr("Received {when} from {source}").format(
                    when=format_date(referral.received_on), source=referral.source.label
                ),
            ]
            who = ", ".join(
                p for p in (referral.referrer_name, referral.referrer_organisation) if p
            )
            if who:
                lines.append(self.tr("Referrer: {who}").format(who=who))
            if referral.reason:
                lines.append(self.tr("Reason: {reason}").format(reason=referral.reason))
            if referral.closure_reason:
                lines.append(self.tr("Closed: {why}").format(why=referral.closure_reason))
            if len(record.referrals) > 1:
                lines.append(self.tr("Earlier referrals: {n}").format(n=len(record.referrals) - 1))
            self.referral_summary.setText("\n".join(lines))
            order = list(ReferralStatus)
            options = sorted(next_statuses(referral.status), key=order.index)
        if options:
            self.next_status.addItem(self.tr("Choose…"), None)
        for status in options:
            self.next_status.addItem(self.tr(status.label), status.value)
        self.next_status.setEnabled(bool(options))
        self.status_button.setEnabled(bool(options))
        self.edit_referral_button.setEnabled(referral is not None)
        self._status_choice_changed()

    def _status_choice_changed(self) -> None:
        closing = self.next_status.currentData() == ReferralStatus.CLOSED.value
        self.closure_reason.setVisible(closing)
        self.closure_label.setVisible(closing)

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
        people, reason = self.services.people, str(self.closure_reason.currentData() or "")
        self.ops.op(
            self,
            lambda _progress: people.change_referral_status(
                referral.id, status, closure_reason=reason
            ),
        ).success(lambda _referral: self._status_changed()).failure(self._status_failed).now()

    def _status_changed(self) -> None:
        self.closure_reason.setCurrentIndex(0)
        self.changed.emit()

    def _status_failed(self, failure: Failure) -> None:
        self.status_error.setText(failure.message)
        self.status_error.setVisible(True)
        exc = failure.exception
        if isinstance(exc, ValidationError) and exc.field == "closure_reason":
            self.closure_reason.setFocus()

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
