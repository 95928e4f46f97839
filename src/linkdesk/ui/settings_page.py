"""Settings kept (encrypted) in the workspace; saved as the worker edits them."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.domain.working_days import DEFAULT_REGION, REGIONS
from linkdesk.services.app_services import AppServices
from linkdesk.ui.i18n import current_language, translate, ui_languages
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.widgets.banner import Banner
from linkdesk.ui.widgets.form import ErrorLabel, FieldForm
from linkdesk.ui.widgets.passphrase import PassphraseEdit, strength_hint
from linkdesk.ui.widgets.scroll import ControlsScrollArea

SAVE_DELAY_MS = 400


class ChangePassphraseDialog(QDialog):
    """Old passphrase, new one twice; re-encrypts the workspace in the background.

    Opened with :meth:`start` (non-blocking); signals ``changed()`` once the new passphrase
    is in force. The use case (with its audit entry) is ``services.account``'s, the same as
    ``linkdesk passwd``'s.
    """

    changed = Signal()

    def __init__(
        self, services: AppServices, ops: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.account = services.account
        self.ops = ops
        self.busy = False
        self.setWindowTitle(self.tr("Change passphrase"))
        layout = QVBoxLayout(self)
        form = FieldForm(QFormLayout())
        layout.addLayout(form.layout)
        self.fields = form
        self.old = PassphraseEdit()
        form.add("current", self.tr("&Current passphrase:"), self.old)
        self.new = PassphraseEdit()
        form.add("new", self.tr("&New passphrase:"), self.new)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form.layout.addRow("", self.hint)
        self.new.textChanged.connect(lambda t: self.hint.setText(strength_hint(t)[1]))
        self.repeat = PassphraseEdit()
        form.add("repeat", self.tr("Type it &again:"), self.repeat)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.progress = QLabel(self.tr("Re-encrypting the workspace with the new passphrase…"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons = buttons
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Change &passphrase"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.busy:
            return
        if not self.account.passphrase_matches(self.old.text()):
            self.fields.show_error(
                "current", self.tr("That is not the current passphrase."), self.error
            )
            return
        if self.new.text() != self.repeat.text():
            self.fields.show_error(
                "repeat", self.tr("The two new passphrases are different."), self.error
            )
            return
        current, new = self.old.text(), self.new.text()
        self._set_busy(True)
        # Re-encrypting every page takes seconds on a big workspace: off the UI thread.
        account = self.account
        self.ops.op(self, lambda _progress: account.change_passphrase(current, new)).success(
            self._done
        ).failure(self._failed).writes(self.tr("the new passphrase")).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)
        self.progress.setVisible(busy)
        for edit in (self.old, self.new, self.repeat):
            edit.setEnabled(not busy)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.changed.emit()
        super().accept()

    def _failed(self, failure: Failure) -> None:
        self._set_busy(False)
        exc = failure.exception
        field = exc.field if isinstance(exc, ValidationError) else "new"
        self.fields.show_error(field, failure.message, self.error)

    def reject(self) -> None:
        if self.busy:
            return  # re-encryption cannot be abandoned halfway
        super().reject()

    @classmethod
    def start(
        cls, parent: QWidget | None, services: AppServices, ops: Operations
    ) -> ChangePassphraseDialog:
        """Open the dialog (window-modal, non-blocking; deleted when closed)."""
        dialog = cls(services, ops, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog


class SettingsPage(QWidget):
    """Signals ``saved(WorkspaceSettings)`` (the shell updates the auto-lock from it)."""

    saved = Signal(object)

    def __init__(
        self, services: AppServices, *, ops: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        s = services.settings.current
        inner = QWidget()
        inner.setMaximumWidth(inner.fontMetrics().horizontalAdvance("M") * 60)
        column = QVBoxLayout(inner)

        worker = QGroupBox(self.tr("You (printed on the plan)"))
        self.worker_form = FieldForm(QFormLayout(worker))
        self.worker_name = QLineEdit(s.worker_name)
        self.worker_form.add("worker_name", self.tr("Your &name:"), self.worker_name)
        self.worker_phone = QLineEdit(s.worker_phone)
        self.worker_form.add("worker_phone", self.tr("Your &phone:"), self.worker_phone)
        self.worker_email = QLineEdit(s.worker_email)
        self.worker_form.add("worker_email", self.tr("Your &email:"), self.worker_email)
        self.organisation = QLineEdit(s.organisation)
        self.worker_form.add("organisation", self.tr("&Organisation:"), self.organisation)
        column.addWidget(worker)

        prefs = QGroupBox(self.tr("Workspace"))
        prefs_layout = QFormLayout(prefs)
        prefs_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form = FieldForm(prefs_layout)
        self.autolock = self._spin(1, 240, s.autolock_minutes, self.tr(" minutes"))
        self.form.add("autolock_minutes", self.tr("&Lock after no use for:"), self.autolock)
        self.font_size = self._spin(10, 24, s.plan_font_size, self.tr(" pt"))
        self.form.add("plan_font_size", self.tr("Plan &text size:"), self.font_size)
        self.backup_days = self._spin(1, 90, s.backup_reminder_days, self.tr(" days"))
        self.form.add(
            "backup_reminder_days", self.tr("Remind me to &back up every:"), self.backup_days
        )
        self.retention = self._spin(6, 240, s.retention_months, self.tr(" months"))
        self.form.add("retention_months", self.tr("&Keep closed records for:"), self.retention)
        column.addWidget(prefs)

        language_box = QGroupBox(self.tr("Language"))
        language_form = FieldForm(QFormLayout(language_box))
        self.ui_language = QComboBox()
        for choice in ui_languages():
            self.ui_language.addItem(choice.label, choice.code)
        wanted = s.ui_language or current_language()  # none chosen: the one in use here
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(wanted)))
        language_form.add(
            "ui_language",
            self.tr("LinkDesk's lang&uage:"),
            self.ui_language,
            self.tr(
                "The language of LinkDesk's screens for you. Each person's plan and what they "
                "see on screen are in their own language (set in their details)."
            ),
        )
        self.ui_language.activated.connect(lambda _index: self.save_now())
        column.addWidget(language_box)
        day = QGroupBox(self.tr("Your day (the Today screen and bookings)"))
        day_layout = QFormLayout(day)
        day_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.day_form = FieldForm(day_layout)
        self.not_contacted = self._spin(1, 52, s.not_contacted_weeks, self.tr(" weeks"))
        self.day_form.add(
            "not_contacted_weeks",
            self.tr("List people not contacted &after:"),
            self.not_contacted,
            self.tr("Today lists people with nothing booked and no contact for this long"),
        )
        self.follow_up_days = self._spin(1, 180, s.follow_up_days, self.tr(" days"))
        self.day_form.add(
            "follow_up_days", self.tr("Suggest the ne&xt meeting after:"), self.follow_up_days
        )
        self.region = QComboBox()
        for value, (label, _code) in REGIONS.items():
            self.region.addItem(translate("BankHolidayRegion", label), value)
        self.region.setCurrentIndex(max(0, self.region.findData(s.bank_holiday_region)))
        self.day_form.add(
            "bank_holiday_region",
            self.tr("Bank holida&ys:"),
            self.region,
            self.tr("Suggested meeting dates avoid weekends and these bank holidays"),
        )
        column.addWidget(day)

        urgent = QGroupBox(self.tr("Where to get urgent help (printed on every plan)"))
        urgent_layout = QVBoxLayout(urgent)
        self.urgent = QListWidget()
        self.urgent.setAccessibleName(self.tr("Urgent help lines"))
        self.urgent.setToolTip(self.tr("Double-click or press F2 to edit a line"))
        for line in s.urgent_help:
            self._add_urgent_item(line)
        self.urgent.itemChanged.connect(lambda _item: self.schedule_save())
        urgent_layout.addWidget(self.urgent)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a l&ine"))
        add.clicked.connect(self._new_urgent_line)
        remove = QPushButton(self.tr("&Remove the selected line"))
        remove.clicked.connect(self._remove_urgent_line)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        urgent_layout.addLayout(row)
        column.addWidget(urgent)

        security = QGroupBox(self.tr("Security"))
        sec_layout = QHBoxLayout(security)
        self.passphrase_button = QPushButton(self.tr("&Change passphrase…"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        sec_layout.addWidget(self.passphrase_button)
        sec_layout.addStretch(1)
        column.addWidget(security)

        self.status = Banner(kind="info")
        column.addWidget(self.status)
        column.addStretch(1)

        scroll = ControlsScrollArea(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        for edit in (self.worker_name, self.worker_phone, self.worker_email, self.organisation):
            edit.textEdited.connect(self.schedule_save)
            edit.editingFinished.connect(self.save_now)
        for spin in (
            self.autolock,
            self.font_size,
            self.backup_days,
            self.retention,
            self.not_contacted,
            self.follow_up_days,
        ):
            spin.valueChanged.connect(self.schedule_save)
        self.region.currentIndexChanged.connect(lambda _index: self.save_now())

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)  # within the settings owner's limits (domain/settings.py)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _add_urgent_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.urgent.addItem(item)
        return item

    def _new_urgent_line(self) -> None:
        item = self._add_urgent_item(self.tr("Name: number, when to call"))
        self.urgent.setCurrentItem(item)
        self.urgent.editItem(item)

    def _remove_urgent_line(self) -> None:
        row = self.urgent.currentRow()
        if row >= 0:
            self.urgent.takeItem(row)
            self.schedule_save()

    def values(self) -> WorkspaceSettings:
        items = (self.urgent.item(i) for i in range(self.urgent.count()))
        lines = [item.text().strip() for item in items if item is not None]
        return dataclasses.replace(
            self.services.settings.current,
            worker_name=self.worker_name.text().strip(),
            worker_phone=self.worker_phone.text().strip(),
            worker_email=self.worker_email.text().strip(),
            organisation=self.organisation.text().strip(),
            autolock_minutes=self.autolock.value(),
            plan_font_size=self.font_size.value(),
            backup_reminder_days=self.backup_days.value(),
            retention_months=self.retention.value(),
            not_contacted_weeks=self.not_contacted.value(),
            follow_up_days=self.follow_up_days.value(),
            bank_holiday_region=str(self.region.currentData() or DEFAULT_REGION),
            urgent_help=[line for line in lines if line],
            ui_language=self._ui_language(),
        )

    def _ui_language(self) -> str:
        """The chosen code; "" while the worker has not changed it from the one in use on
        this computer (so a workspace keeps following the computer until one is chosen)."""
        code = str(self.ui_language.currentData() or "")
        stored = self.services.settings.current.ui_language
        return "" if not stored and code == current_language() else code

    def schedule_save(self) -> None:
        self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if not self.services.is_open:
            return
        settings = self.values()
        if settings == self.services.settings.current:
            return
        owner = self.services.settings
        self.ops.op(self, lambda _progress: owner.save(settings)).success(self._saved).failure(
            lambda failure: self.status.show_message(failure.message, "error")
        ).now()

    def _saved(self, settings: WorkspaceSettings) -> None:
        self.status.show_message(self.tr("Settings saved."), "info")
        self.saved.emit(settings)

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog.start(self, self.services, self.ops)
        dialog.changed.connect(self._passphrase_changed)

    def _passphrase_changed(self) -> None:
        self.status.show_message(
            self.tr("Passphrase changed. Use the new one next time you unlock."), "info"
        )

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt name)
        if self._timer.isActive():
            self.save_now()
        super().hideEvent(event)
