"""What happened at a booked meeting: attended, did not attend, cancelled, or rebooked.

Entry point: ``BookingOutcomeDialog.ask(parent, services, ops, follow_up_id)`` ->
``(OutcomeResult | BookingResult | None, accepted)``. Rebooking asks for the new date and shows
the service's gentle warnings (a past date, a weekend, a bank holiday) as the date is chosen;
the booking is recorded anyway. Also ``offer_attended(parent, services, ops, person_id,
conversation_id)``: what starting a conversation offers for a booking due today or overdue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.dates import DateRule
from linkdesk.domain.enums import FollowUpStatus
from linkdesk.domain.errors import ValidationError
from linkdesk.services.app_services import AppServices
from linkdesk.services.bookings import OUTCOMES, BookingResult, OutcomeResult
from linkdesk.ui import labels
from linkdesk.ui.caseload import format_date
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, long_date, translate
from linkdesk.ui.kept_dialogs import Reopen, exec_kept
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.widgets.date_field import DateField
from linkdesk.ui.widgets.form import ErrorLabel, plain_label

# One Alt+letter per choice, none shared with the dialog's buttons (&Save, Cancel) or fields.
_MNEMONICS = {
    FollowUpStatus.BOOKED: QT_TRANSLATE_NOOP(
        "BookingOutcomeDialog", "Still &booked (undo what was recorded)"
    ),
    FollowUpStatus.ATTENDED: QT_TRANSLATE_NOOP("BookingOutcomeDialog", "&Attended"),
    FollowUpStatus.DID_NOT_ATTEND: QT_TRANSLATE_NOOP("BookingOutcomeDialog", "&Did not attend"),
    FollowUpStatus.CANCELLED_BY_PERSON: QT_TRANSLATE_NOOP(
        "BookingOutcomeDialog", "Cancelled by the &person"
    ),
    FollowUpStatus.CANCELLED_BY_WORKER: QT_TRANSLATE_NOOP(
        "BookingOutcomeDialog", "Cancelled by &me (the link worker)"
    ),
    FollowUpStatus.REBOOKED: QT_TRANSLATE_NOOP("BookingOutcomeDialog", "&Rebooked for another day"),
}


def _tr(text: str) -> str:
    return translate("BookingOutcomeDialog", text)


class BookingOutcomeDialog(QDialog):
    """Record what became of one booking. ``result_value`` holds what the service returned."""

    def __init__(
        self,
        services: AppServices,
        ops: Operations,
        follow_up_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.follow_up = services.bookings.get(follow_up_id)
        self.result_value: OutcomeResult | BookingResult | None = None
        person = services.people.get(self.follow_up.person_id)
        self.setWindowTitle(self.tr("What happened at the meeting"))
        self.setAccessibleName(self.tr("Record what happened at the meeting"))
        layout = QVBoxLayout(self)
        f = self.follow_up
        about = plain_label(
            arg(
                self.tr("%1: %2 on %3. Now: %4."),
                person.full_name,
                labels.label(f.kind).lower(),
                long_date(f.due_on),
                labels.label(f.status).lower(),
            )
        )
        about.setAccessibleName(self.tr("The meeting"))
        layout.addWidget(about)

        self.choices = QButtonGroup(self)
        shown = [FollowUpStatus.BOOKED] if f.status.is_outcome else []
        shown += [s for s in OUTCOMES]
        self.radios: dict[FollowUpStatus, QRadioButton] = {}
        for status in shown:
            radio = QRadioButton(self.tr(_MNEMONICS[status]))
            radio.setAccessibleName(labels.label(status))
            self.choices.addButton(radio)
            self.radios[status] = radio
            layout.addWidget(radio)
        start = f.status if f.status.is_outcome else FollowUpStatus.ATTENDED
        self.radios[start].setChecked(True)

        form = QFormLayout()
        suggested = services.bookings.suggest(f.person_id).on
        if suggested <= f.due_on:
            suggested = services.clock.today()
        self.new_date = DateField(
            DateRule.ANY, services.clock.today, name=self.tr("New date"), required=True
        )
        self.new_date.set_value(suggested)
        self.date_label = QLabel(self.tr("&New date:"))
        self.date_label.setBuddy(self.new_date)
        form.addRow(self.date_label, self.new_date)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Note about the change (optional)"))
        self.reason.setMaxLength(200)
        reason_label = QLabel(self.tr("N&ote (optional):"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        layout.addLayout(form)
        self.warning = plain_label()
        self.warning.setObjectName("gentleWarning")
        self.warning.setAccessibleName(self.tr("About the date"))
        layout.addWidget(self.warning)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setAccessibleName(self.tr("Save what happened"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        screen = self.screen()  # room for the sentence on one or two lines, within the screen
        room = screen.availableGeometry().width() - 40 if screen is not None else 480
        self.resize(min(480, room), self.sizeHint().height())
        self.choices.buttonToggled.connect(lambda *_: self._choice_changed())
        self.new_date.text_changed.connect(lambda *_: self._date_changed())
        self._choice_changed()

    def chosen(self) -> FollowUpStatus:
        for status, radio in self.radios.items():
            if radio.isChecked():
                return status
        return FollowUpStatus.ATTENDED

    def choose(self, status: FollowUpStatus) -> None:
        self.radios[status].setChecked(True)

    def _choice_changed(self) -> None:
        rebooking = self.chosen() == FollowUpStatus.REBOOKED
        self.new_date.setVisible(rebooking)
        self.date_label.setVisible(rebooking)
        self._date_changed()

    def _date_changed(self) -> None:
        if self.chosen() != FollowUpStatus.REBOOKED:
            self.warning.setVisible(False)
            return
        try:
            on = self.new_date.value()
        except ValidationError:
            on = None  # the field says what is wrong with it
        notes = self.services.bookings.warnings_for(on) if on is not None else []
        self.warning.setText(" ".join(self.tr(n) for n in notes))
        self.warning.setVisible(bool(notes))

    def accept(self) -> None:
        bookings, follow_up_id = self.services.bookings, self.follow_up.id
        status, reason = self.chosen(), self.reason.text().strip()
        on = self.services.clock.today()
        if status == FollowUpStatus.REBOOKED:
            try:
                on = self.new_date.value() or on  # required: never None
            except ValidationError as exc:
                self.new_date.say(str(exc), now=True)
                self.new_date.setFocus()
                return

        def work(_progress: object) -> OutcomeResult | BookingResult:
            if status == FollowUpStatus.REBOOKED:
                return bookings.rebook(follow_up_id, on, reason=reason)
            return bookings.set_outcome(follow_up_id, status, reason=reason)

        self.ops.op(self, work).success(self._saved).failure(self._failed).now()

    def _saved(self, result: OutcomeResult | BookingResult) -> None:
        self.result_value = result
        super().accept()

    def _failed(self, failure: Failure) -> None:
        self.error.setText(failure.message)
        self.error.setVisible(True)
        exc = failure.exception
        if isinstance(exc, ValidationError) and exc.field == "due_on":
            self.new_date.say(failure.message, now=True)
            self.new_date.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        ops: Operations,
        follow_up_id: str,
        reopen: Reopen | None = None,
    ) -> tuple[OutcomeResult | BookingResult | None, bool]:
        """Show the dialog; returns ``(what the service returned, accepted)``."""
        dialog = cls(services, ops, follow_up_id, parent)
        try:
            accepted = exec_kept(dialog, reopen) == QDialog.DialogCode.Accepted
            return dialog.result_value, accepted
        finally:
            dialog.deleteLater()


def result_message(result: OutcomeResult | BookingResult) -> str:
    """One or two sentences saying what was recorded (shown in a banner), warnings included."""
    if isinstance(result, BookingResult):
        text = arg(
            translate("BookingOutcomeDialog", "Rebooked for %1."),
            format_date(result.follow_up.due_on),
        )
        if result.warnings:
            text += " " + " ".join(_tr(w) for w in result.warnings)
        return text
    text = arg(
        translate("BookingOutcomeDialog", "Recorded: %1."),
        labels.label(result.follow_up.status).lower(),
    )
    if result.withdrawn is not None:
        text += " " + arg(
            translate("BookingOutcomeDialog", "The replacement booking for %1 was removed."),
            format_date(result.withdrawn.due_on),
        )
    return text


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question (Yes is the default); True for yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def offer_attended(
    parent: QWidget | None,
    services: AppServices,
    ops: Operations,
    person_id: str,
    conversation_id: str | None,
) -> OutcomeResult | None:
    """Starting a conversation with a booking due today or overdue: offer to mark it attended.

    The latest such booking is the one offered (finishing the conversation settles any
    earlier ones as did not attend). Returns the result when it was marked.
    """
    due = services.bookings.due(person_id)
    if not due:
        return None
    latest = max(due, key=lambda f: f.due_on)
    question = arg(
        translate(
            "BookingOutcomeDialog", "This person has a meeting booked for %1. Mark it attended now?"
        ),
        format_date(latest.due_on),
    )
    if not confirm(
        parent, translate("BookingOutcomeDialog", "Mark the meeting attended?"), question
    ):
        return None
    marked: list[OutcomeResult] = []
    bookings = services.bookings
    ops.op(
        parent,
        lambda _p: bookings.mark_attended(latest.id, conversation_id=conversation_id),
    ).success(marked.append).now()
    return marked[0] if marked else None
