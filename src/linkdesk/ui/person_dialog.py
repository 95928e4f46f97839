"""Add or edit a person; the first referral can be recorded in the same step."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.enums import CommunicationNeed
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Person, Referral
from linkdesk.domain.nhs import format_nhs_number
from linkdesk.domain.postcode import postcode_problem
from linkdesk.services.app_services import AppServices
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.referral_dialog import ReferralForm, from_qdate, to_qdate
from linkdesk.ui.widgets.form import ErrorLabel, FieldForm


class PersonDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        ops: Operations,
        person: Person | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.original = person
        self.result_value: Person | None = None
        self.setWindowTitle(self.tr("Edit details") if person else self.tr("Add a person"))
        self.resize(640, 720)
        p = person or Person(given_name="")

        inner = QWidget()
        column = QVBoxLayout(inner)
        form_layout = QFormLayout()
        column.addLayout(form_layout)
        self.fields = FieldForm(form_layout)
        self.given_name = QLineEdit(p.given_name)
        self.fields.add("given_name", self.tr("&First name:"), self.given_name)
        self.family_name = QLineEdit(p.family_name)
        self.fields.add("family_name", self.tr("&Last name:"), self.family_name)
        self.preferred_name = QLineEdit(p.preferred_name)
        self.fields.add(
            "preferred_name",
            self.tr("&Likes to be called:"),
            self.preferred_name,
            self.tr("The name they would like you to use, if different"),
        )
        self.pronouns = QLineEdit(p.pronouns)
        self.fields.add("pronouns", self.tr("P&ronouns:"), self.pronouns)

        dob_row = QWidget()
        dob_layout = QHBoxLayout(dob_row)
        dob_layout.setContentsMargins(0, 0, 0, 0)
        self.date_of_birth = QDateEdit()
        self.date_of_birth.setCalendarPopup(True)
        self.date_of_birth.setDisplayFormat("d MMM yyyy")
        self.date_of_birth.setMinimumDate(QDate(1900, 1, 1))
        self.date_of_birth.setDate(to_qdate(p.date_of_birth or date(1960, 1, 1)))
        self.date_of_birth.setAccessibleName(self.tr("Date of birth"))
        self.no_dob = QCheckBox(self.tr("&Not known"))
        self.no_dob.setAccessibleName(self.tr("Date of birth not known"))
        self.no_dob.toggled.connect(lambda on: self.date_of_birth.setEnabled(not on))
        # A new person starts "Not known" (untick it to type the date): leaving the date
        # untouched used to save 1 Jan 1960 as their date of birth.
        self.no_dob.setChecked(p.date_of_birth is None)
        dob_layout.addWidget(self.date_of_birth)
        dob_layout.addWidget(self.no_dob)
        dob_layout.addStretch(1)
        label = self.fields.add("date_of_birth", self.tr("&Date of birth:"), dob_row)
        label.setBuddy(self.date_of_birth)
        dob_row.setFocusProxy(self.date_of_birth)

        self.nhs_number = QLineEdit(format_nhs_number(p.nhs_number) if p.nhs_number else "")
        self.fields.add(
            "nhs_number",
            self.tr("&NHS number:"),
            self.nhs_number,
            self.tr("Optional: 10 digits, like 943 476 5919"),
        )
        self.phone = QLineEdit(p.phone)
        self.fields.add("phone", self.tr("P&hone:"), self.phone)
        self.email = QLineEdit(p.email)
        self.fields.add("email", self.tr("&Email:"), self.email)
        self.address = QPlainTextEdit(p.address)
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(80)
        self.fields.add("address", self.tr("Add&ress:"), self.address)
        self.postcode = QLineEdit(p.postcode)
        self.fields.add("postcode", self.tr("Post&code:"), self.postcode)
        # A postcode no rule knows is a warning under the field, never a reason not to save.
        self.postcode.editingFinished.connect(self._check_postcode)
        self.language = QLineEdit(p.preferred_language)
        self.fields.add("preferred_language", self.tr("Preferred lan&guage:"), self.language)

        needs_box = QGroupBox(self.tr("Communication needs"))
        needs_layout = QVBoxLayout(needs_box)
        self.needs: dict[CommunicationNeed, QCheckBox] = {}
        for need in CommunicationNeed:
            box = QCheckBox(self.tr(need.label))
            box.setChecked(need.value in p.communication_needs)
            needs_layout.addWidget(box)
            self.needs[need] = box
        column.addWidget(needs_box)

        self.referral_box: QGroupBox | None = None
        if person is None:
            self.referral_box = QGroupBox(self.tr("Record their referral now"))
            self.referral_box.setCheckable(True)
            self.referral_box.setChecked(True)
            box_layout = QVBoxLayout(self.referral_box)
            self.referral_form = ReferralForm(services.clock.today())
            box_layout.addWidget(self.referral_form)
            column.addWidget(self.referral_box)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.given_name.setFocus()

    def _check_postcode(self) -> None:
        problem = postcode_problem(self.postcode.text())
        label = self.fields.errors["postcode"]
        label.setText(self.tr("{0} It will be saved as typed.").format(problem) if problem else "")
        self._style_postcode_line("warning" if problem else "")
        label.setVisible(bool(problem))

    def _style_postcode_line(self, kind: str) -> None:
        """The line under the postcode is amber for a warning, red for an error."""
        label = self.fields.errors["postcode"]
        label.setProperty("kind", kind)
        label.style().unpolish(label)
        label.style().polish(label)

    def person_from_fields(self) -> Person:
        person = copy.copy(self.original) if self.original else Person(given_name="")
        person.given_name = self.given_name.text()
        person.family_name = self.family_name.text()
        person.preferred_name = self.preferred_name.text()
        person.pronouns = self.pronouns.text().strip()
        person.date_of_birth = (
            None if self.no_dob.isChecked() else from_qdate(self.date_of_birth.date())
        )
        person.nhs_number = self.nhs_number.text() or None
        person.phone = self.phone.text().strip()
        person.email = self.email.text()
        person.address = self.address.toPlainText().strip()
        person.postcode = self.postcode.text()
        person.preferred_language = self.language.text().strip()
        person.communication_needs = [n.value for n, box in self.needs.items() if box.isChecked()]
        return person

    def accept(self) -> None:
        self.fields.clear_errors()
        self._style_postcode_line("")
        self.error.setVisible(False)
        person = self.person_from_fields()
        people = self.services.people
        if self.original is None:
            referral = None
            if self.referral_box is not None and self.referral_box.isChecked():
                referral = self.referral_form.apply_to(
                    Referral(person_id=person.id, received_on=self.services.clock.today())
                )
            self.ops.op(self, lambda _progress: people.add_person(person, referral)).success(
                self._saved
            ).failure(self._failed).now()
        else:
            self.ops.op(self, lambda _progress: people.update_person(person)).success(
                self._saved
            ).failure(self._failed).now()

    def _saved(self, person: Person) -> None:
        self.result_value = person
        super().accept()

    def _failed(self, failure: Failure) -> None:
        exc = failure.exception
        field = exc.field if isinstance(exc, ValidationError) else None
        fields = self.fields
        if field in ("received_on", "reason") and self.referral_box is not None:
            fields = self.referral_form.fields
        fields.show_error(field, failure.message, self.error)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        ops: Operations,
        person: Person | None = None,
    ) -> tuple[Person | None, bool]:
        """Show the dialog; returns ``(saved person or None, accepted)``."""
        dialog = cls(services, ops, person, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_value, accepted
        finally:
            dialog.deleteLater()
