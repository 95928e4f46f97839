"""Add or edit a service: a form with validation. ``ServiceDialog.ask(parent, service)``."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Service
from linkdesk.domain.service_schedule import DAY_NAMES
from linkdesk.services.directory import validate_service
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, weekday_name
from linkdesk.ui.kept_dialogs import Reopen, exec_kept
from linkdesk.ui.widgets.form import save_cancel_buttons
from linkdesk.ui.widgets.scroll import ControlsScrollArea

_LINES = (
    ("name", QT_TRANSLATE_NOOP("ServiceDialog", "&Name")),
    ("organisation", QT_TRANSLATE_NOOP("ServiceDialog", "&Organisation")),
    ("postcode", QT_TRANSLATE_NOOP("ServiceDialog", "&Postcode")),
    ("area", QT_TRANSLATE_NOOP("ServiceDialog", "Area / &town")),
    ("phone", QT_TRANSLATE_NOOP("ServiceDialog", "P&hone")),
    ("email", QT_TRANSLATE_NOOP("ServiceDialog", "&Email")),
    ("website", QT_TRANSLATE_NOOP("ServiceDialog", "&Website")),
    ("schedule", QT_TRANSLATE_NOOP("ServiceDialog", "When it r&uns")),
    ("cost", QT_TRANSLATE_NOOP("ServiceDialog", "&Cost")),
)
_TEXTS = (
    ("description", QT_TRANSLATE_NOOP("ServiceDialog", "What it is (&description)")),
    ("address", QT_TRANSLATE_NOOP("ServiceDialog", "&Address (one line per line)")),
    ("alert", QT_TRANSLATE_NOOP("ServiceDialog", "A&lert (shown first on the card)")),
    ("eligibility", QT_TRANSLATE_NOOP("ServiceDialog", "Who it is &for")),
    ("accessibility", QT_TRANSLATE_NOOP("ServiceDialog", "Accessi&bility")),
    ("how_to_get_there", QT_TRANSLATE_NOOP("ServiceDialog", "How to get the&re")),
)


class ServiceDialog(QDialog):
    def __init__(self, service: Service | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Add a service") if service is None else self.tr("Edit service")
        )
        self.service = copy.deepcopy(service) if service else Service(name="")
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        for key, label in _LINES[:2]:
            self._line(form, key, label)
        self.categories = QLineEdit("; ".join(self.service.categories))
        self.categories.setAccessibleName(self.tr("Categories, separated by semicolons"))
        self.categories.setPlaceholderText(self.tr("for example: walking groups; befriending"))
        self._add_row(form, self.tr("Cate&gories"), self.categories)
        for key, label in _TEXTS[:3]:  # what it is, the address lines, the alert
            self._text(form, key, label)
        for key, label in _LINES[2:]:
            self._line(form, key, label)
        days_row = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        for number in range(len(DAY_NAMES)):
            box = QCheckBox(weekday_name(number, short=True))
            box.setAccessibleName(weekday_name(number))
            box.setChecked(number in self.service.days)
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_label = QLabel(self.tr("Days"))
        form.addRow(days_label, days_row)
        self.free = QCheckBox(self.tr("&It is free"))
        self.free.setAccessibleName(self.tr("It is free"))
        self.free.setChecked(self.service.is_free)
        form.addRow("", self.free)
        for key, label in _TEXTS[3:]:
            self._text(form, key, label)
        self.languages = QLineEdit("; ".join(self.service.languages))
        self.languages.setAccessibleName(self.tr("Languages spoken, separated by semicolons"))
        self._add_row(form, self.tr("Languages spo&ken"), self.languages)

        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        buttons = save_cancel_buttons(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        body = QWidget()
        body.setLayout(form)
        scroll = ControlsScrollArea(body, frame=True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.fields["name"].setFocus()

    def _add_row(self, form: QFormLayout, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, widget)

    def _line(self, form: QFormLayout, key: str, label: str) -> None:
        edit = QLineEdit(str(getattr(self.service, key) or ""))
        edit.setAccessibleName(self.tr(label).replace("&", ""))
        self.fields[key] = edit
        self._add_row(form, self.tr(label), edit)

    def _text(self, form: QFormLayout, key: str, label: str) -> None:
        edit = QPlainTextEdit(str(getattr(self.service, key) or ""))
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(self.tr(label).replace("&", ""))
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5)
        self.fields[key] = edit
        self._add_row(form, self.tr(label), edit)

    def value(self) -> Service:
        """The service as the form shows it (not yet validated)."""
        service = copy.deepcopy(self.service)
        for key, widget in self.fields.items():
            text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            setattr(service, key, text)
        service.categories = [
            c.strip() for c in self.categories.text().replace(",", ";").split(";")
        ]
        service.languages = [c.strip() for c in self.languages.text().split(";")]
        service.days = [n for n, box in enumerate(self.day_boxes) if box.isChecked()]
        service.is_free = self.free.isChecked()
        return service

    def accept(self) -> None:
        try:
            self.service = validate_service(self.value())
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, service: Service | None = None, reopen: Reopen | None = None
    ) -> tuple[Service | None, bool]:
        """Show the form; ``(service, True)`` when saved, ``(None, False)`` when cancelled."""
        dialog = cls(service, parent)
        try:
            if exec_kept(dialog, reopen) == QDialog.DialogCode.Accepted:
                return dialog.service, True
            return None, False
        finally:
            dialog.deleteLater()
