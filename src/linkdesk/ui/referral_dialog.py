"""Add or edit a referral's details (status changes happen in the person view)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.dates import DateRule
from linkdesk.domain.enums import ReferralSource
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Referral
from linkdesk.services.app_services import AppServices
from linkdesk.ui import labels
from linkdesk.ui.kept_dialogs import Reopen, exec_kept
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.widgets.date_field import DateField
from linkdesk.ui.widgets.form import ErrorLabel, FieldForm, save_cancel_buttons


class ReferralForm(QWidget):
    """The referral fields, reused by the add-person dialog."""

    def __init__(
        self,
        today: Callable[[], date],
        referral: Referral | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        self.fields = FieldForm(layout)
        self.received_on = DateField(
            DateRule.PAST, today, name=self.tr("Referral received"), required=True
        )
        self.received_on.set_value(referral.received_on if referral else today())
        self.fields.add("received_on", self.tr("Referral recei&ved:"), self.received_on)
        self.source = QComboBox()
        for source in ReferralSource:
            self.source.addItem(labels.label(source), source)
        if referral is not None:
            self.source.setCurrentIndex(self.source.findData(referral.source))
        self.fields.add("source", self.tr("Referred &by:"), self.source)
        self.referrer_name = QLineEdit(referral.referrer_name if referral else "")
        self.fields.add("referrer_name", self.tr("Referrer's na&me:"), self.referrer_name)
        self.referrer_organisation = QLineEdit(referral.referrer_organisation if referral else "")
        self.fields.add(
            "referrer_organisation",
            self.tr("Referrer's organ&isation:"),
            self.referrer_organisation,
        )
        self.reason = QPlainTextEdit(referral.reason if referral else "")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.fields.add("reason", self.tr("&Reason for referral:"), self.reason)

    def apply_to(self, referral: Referral) -> Referral:
        """The form's values on ``referral``; ValidationError (field ``received_on``) when
        the date is not one (the field says why beside it)."""
        try:
            received = self.received_on.value()
        except ValidationError as exc:
            raise ValidationError(str(exc), "received_on") from exc
        assert received is not None  # required: a blank date raised above
        referral.received_on = received
        referral.source = ReferralSource(self.source.currentData())
        referral.referrer_name = self.referrer_name.text().strip()
        referral.referrer_organisation = self.referrer_organisation.text().strip()
        referral.reason = self.reason.toPlainText()
        return referral


class ReferralDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        ops: Operations,
        person_id: str,
        referral: Referral | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.person_id = person_id
        self.referral = referral
        self.result_value: Referral | None = None
        self.setWindowTitle(self.tr("Edit referral") if referral else self.tr("Add a referral"))
        layout = QVBoxLayout(self)
        self.form = ReferralForm(services.clock.today, referral)
        layout.addWidget(self.form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = save_cancel_buttons(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.form.fields.clear_errors()
        self.error.setVisible(False)
        people = self.services.people
        try:
            if self.referral is None:
                new = Referral(person_id=self.person_id, received_on=self.services.clock.today())
                referral = self.form.apply_to(new)
            else:
                edited = self.form.apply_to(copy.copy(self.referral))
        except ValidationError as exc:
            self.form.fields.show_error(exc.field, str(exc), self.error)
            return
        if self.referral is None:
            self.ops.op(self, lambda _progress: people.add_referral(referral)).success(
                self._saved
            ).failure(self._failed).now()
        else:
            self.ops.op(self, lambda _progress: people.update_referral(edited)).success(
                self._saved
            ).failure(self._failed).now()

    def _saved(self, referral: Referral) -> None:
        self.result_value = referral
        super().accept()

    def _failed(self, failure: Failure) -> None:
        exc = failure.exception
        field = exc.field if isinstance(exc, ValidationError) else None
        self.form.fields.show_error(field, failure.message, self.error)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        ops: Operations,
        person_id: str,
        referral: Referral | None = None,
        reopen: Reopen | None = None,
    ) -> tuple[Referral | None, bool]:
        """Show the dialog; returns ``(saved referral or None, accepted)``."""
        dialog = cls(services, ops, person_id, referral, parent)
        try:
            accepted = exec_kept(dialog, reopen) == QDialog.DialogCode.Accepted
            return dialog.result_value, accepted
        finally:
            dialog.deleteLater()
