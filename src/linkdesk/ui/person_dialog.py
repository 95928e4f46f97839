"""Add or edit a person; the first referral can be recorded in the same step."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.dates import DateRule
from linkdesk.domain.enums import CommunicationNeed
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Person, Referral
from linkdesk.domain.names import NameOrder
from linkdesk.domain.nhs import format_nhs_number
from linkdesk.domain.postcode import postcode_problem
from linkdesk.domain.validation import validate_names
from linkdesk.services.app_services import AppServices
from linkdesk.ui import labels
from linkdesk.ui.i18n import arg
from linkdesk.ui.kept_dialogs import Reopen, exec_kept
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.referral_dialog import ReferralForm
from linkdesk.ui.widgets.date_field import DateField
from linkdesk.ui.widgets.form import ErrorLabel, FieldForm, save_cancel_buttons
from linkdesk.ui.widgets.scroll import ControlsScrollArea


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
        self.fields.add(
            "given_name",
            self.tr("&Given names:"),
            self.given_name,
            self.tr("First name and any middle names"),
        )
        self.family_name = QLineEdit(p.family_name)
        self.fields.add("family_name", self.tr("&Family name:"), self.family_name)
        self.name_order = QComboBox()
        for order in NameOrder:
            self.name_order.addItem(labels.label(order), order.value)
        self.name_order.setCurrentIndex(self.name_order.findData(p.name_order.value))
        self.fields.add(
            "name_order",
            self.tr("Name &order:"),
            self.name_order,
            self.tr("How they write their name: shown and printed in this order"),
        )
        self.preferred_name = QLineEdit(p.preferred_name)
        self.fields.add(
            "preferred_name",
            self.tr("&Likes to be called:"),
            self.preferred_name,
            self.tr("The name they would like you to use, if different"),
        )
        self.pronouns = QLineEdit(p.pronouns)
        self.fields.add("pronouns", self.tr("Pro&nouns:"), self.pronouns)

        self.date_of_birth = DateField(
            DateRule.BIRTH,
            services.clock.today,
            name=self.tr("Date of birth"),
            unknown=True,
            required=True,
        )
        # Never invented: a new person's date of birth is blank until typed, and "not known"
        # only when that box is ticked (blank and unticked asks for one or the other).
        if person is not None:
            self.date_of_birth.set_value(p.date_of_birth)
        self.fields.add("date_of_birth", self.tr("&Date of birth:"), self.date_of_birth)

        self.nhs_number = QLineEdit(format_nhs_number(p.nhs_number) if p.nhs_number else "")
        self.fields.add(
            "nhs_number",
            self.tr("N&HS number:"),
            self.nhs_number,
            self.tr("Optional: 10 digits, like 943 476 5919"),
        )
        self.phone = QLineEdit(p.phone)
        self.fields.add("phone", self.tr("&Phone:"), self.phone)
        self.email = QLineEdit(p.email)
        self.fields.add("email", self.tr("&Email:"), self.email)
        self.address = QPlainTextEdit(p.address)
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(80)
        self.fields.add("address", self.tr("&Address:"), self.address)
        self.postcode = QLineEdit(p.postcode)
        self.fields.add("postcode", self.tr("Post&code:"), self.postcode)
        # A postcode no rule knows is a warning under the field, never a reason not to save.
        self.postcode.editingFinished.connect(self._check_postcode)
        self.language = QLineEdit(p.preferred_language)
        self.fields.add("preferred_language", self.tr("Preferred lang&uage:"), self.language)
        self.plan_language = QComboBox()
        self.plan_language.addItem("", "")  # "as their preferred language": filled below
        for choice in services.plans.languages():
            self.plan_language.addItem(choice.label, choice.code)
            self.plan_language.setItemData(
                self.plan_language.count() - 1,
                arg(self.tr("Translation: %1"), choice.review),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.plan_language.setCurrentIndex(max(0, self.plan_language.findData(p.plan_language)))
        self.fields.add(
            "plan_language",
            self.tr("Language of &their plan:"),
            self.plan_language,
            self.tr(
                "The language of their printed plan, the show-the-person screen and the "
                "wellbeing questions. Their own words are never translated."
            ),
        )
        self.plan_language_note = QLabel()
        self.plan_language_note.setWordWrap(True)
        self.plan_language_note.setObjectName("languageNote")
        form_layout.addRow("", self.plan_language_note)
        self.language.textChanged.connect(self._show_plan_language)
        self.plan_language.currentIndexChanged.connect(self._show_plan_language)
        self._show_plan_language()

        needs_box = QGroupBox(self.tr("Communication needs"))
        needs_layout = QVBoxLayout(needs_box)
        self.needs: dict[CommunicationNeed, QCheckBox] = {}
        for need in CommunicationNeed:
            box = QCheckBox(labels.label(need))
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
            self.referral_form = ReferralForm(services.clock.today)
            box_layout.addWidget(self.referral_form)
            column.addWidget(self.referral_box)

        scroll = ControlsScrollArea(inner, frame=True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = save_cancel_buttons(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.given_name.setFocus()

    def _check_postcode(self) -> None:
        problem = postcode_problem(self.postcode.text())
        label = self.fields.errors["postcode"]
        label.setText(arg(self.tr("%1 It will be saved as typed."), problem) if problem else "")
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
        person.name_order = NameOrder(self.name_order.currentData())
        person.preferred_name = self.preferred_name.text()
        person.pronouns = self.pronouns.text().strip()
        try:
            person.date_of_birth = self.date_of_birth.value()
        except ValidationError as exc:
            raise ValidationError(str(exc), "date_of_birth") from exc
        person.nhs_number = self.nhs_number.text() or None
        person.phone = self.phone.text().strip()
        person.email = self.email.text()
        person.address = self.address.toPlainText().strip()
        person.postcode = self.postcode.text()
        person.preferred_language = self.language.text().strip()
        person.plan_language = str(self.plan_language.currentData() or "")
        person.communication_needs = [n.value for n, box in self.needs.items() if box.isChecked()]
        return person

    def _show_plan_language(self) -> None:
        """What "as their preferred language" means for what is typed now, and the note when
        it has no plan yet (then the plan is in English)."""
        plans = self.services.plans
        following = plans.resolve_language(self.language.text())
        self.plan_language.setItemText(
            0, arg(self.tr("As their preferred language: %1"), following.language.label)
        )
        chosen = plans.resolve_language(
            self.language.text(), str(self.plan_language.currentData() or "")
        )
        self.plan_language_note.setText(chosen.note)
        self.plan_language_note.setVisible(bool(chosen.note))

    def accept(self) -> None:
        self.fields.clear_errors()
        self._style_postcode_line("")
        self.error.setVisible(False)
        people = self.services.people
        try:  # dates are read here: what cannot be read is said beside the field
            person = self.person_from_fields()
            referral = None
            if self.referral_box is not None and self.referral_box.isChecked():
                referral = self.referral_form.apply_to(
                    Referral(person_id=person.id, received_on=self.services.clock.today())
                )
        except ValidationError as exc:
            self._show_problem(*self._first_problem(exc))
            return
        if self.original is None:
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

    def _first_problem(self, date_problem: ValidationError) -> tuple[str | None, str]:
        """The problem highest on the form: a name above the date of birth comes first."""
        person = copy.copy(self.original) if self.original else Person(given_name="")
        person.given_name = self.given_name.text()
        person.family_name = self.family_name.text()
        person.preferred_name = self.preferred_name.text()
        try:
            validate_names(person)
        except ValidationError as exc:
            return exc.field, str(exc)
        return date_problem.field, str(date_problem)

    def _failed(self, failure: Failure) -> None:
        exc = failure.exception
        self._show_problem(exc.field if isinstance(exc, ValidationError) else None, failure.message)

    def _show_problem(self, field: str | None, message: str) -> None:
        """One inline message by the field it is about (nothing typed is cleared)."""
        fields = self.fields
        if field in ("received_on", "reason") and self.referral_box is not None:
            fields = self.referral_form.fields
        fields.show_error(field, message, self.error)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        ops: Operations,
        person: Person | None = None,
        reopen: Reopen | None = None,
    ) -> tuple[Person | None, bool]:
        """Show the dialog; returns ``(saved person or None, accepted)``."""
        dialog = cls(services, ops, person, parent)
        try:
            accepted = exec_kept(dialog, reopen) == QDialog.DialogCode.Accepted
            return dialog.result_value, accepted
        finally:
            dialog.deleteLater()
