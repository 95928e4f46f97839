"""Form helpers: labelled fields with a buddy and an inline error line under each field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.ui.i18n import is_right_to_left
from linkdesk.ui.widgets.date_field import DateField
from linkdesk.ui.widgets.record_label import RecordLabel


def plain_label(text: str = "") -> RecordLabel:
    """A label for record text: shown as data, never parsed as markup.

    In a right-to-left UI it is aligned to the right edge whatever the text (a selectable
    label otherwise takes its side from the first letter, so an English name sat on the
    left of an Urdu screen)."""
    return _wrapped_plain(text, selectable=True)  # by mouse, once the pointer reaches it


def caption_label(text: str = "") -> RecordLabel:
    """A label for a fixed caption beside record text (a field's title): plain text, word
    wrapped, aligned as :func:`plain_label` in a right-to-left UI, but not selectable, so
    Qt sizes it from font metrics instead of a text document for each width asked (a
    fraction of the cost; issue 15). Record text, which a worker may copy, stays in
    :func:`plain_label`."""
    return _wrapped_plain(text)


def _wrapped_plain(text: str, *, selectable: bool = False) -> RecordLabel:
    """Plain text, word wrapped, on the right edge in a right-to-left UI."""
    label = RecordLabel(text, selectable=selectable)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if is_right_to_left():
        label.setAlignment(
            Qt.AlignmentFlag.AlignRight
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
    return label


def make_button(text: str, accessible: str, slot: Callable[..., object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.clicked.connect(slot)
    return button


def save_cancel_buttons(parent: QWidget) -> QDialogButtonBox:
    """Save and Cancel for a form dialog. Qt's own "Save" has no Alt+letter, and in a form
    whose text boxes take Enter, Alt+S is how the keyboard saves: so it is "&Save"."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    if save is not None:
        save.setText(QCoreApplication.translate("form", "&Save"))
    return buttons


class ErrorLabel(QLabel):
    """The one-line message shown under a field that needs correcting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setVisible(False)


class FieldForm:
    """A QFormLayout whose rows know their field names, so a ValidationError lands by its field."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def add(self, name: str, label_text: str, widget: QWidget, help_text: str = "") -> QLabel:
        label = QLabel(label_text)
        # Alt+letter focuses a label's buddy only if the buddy itself takes focus: a compound
        # field (a date) is represented by the control its focus goes to.
        label.setBuddy(widget.focusProxy() or widget)
        label.setTextFormat(Qt.TextFormat.PlainText)
        widget.setAccessibleName(label_text.replace("&", "").rstrip(":"))
        if help_text:
            widget.setAccessibleDescription(help_text)
            widget.setToolTip(help_text)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel()
        column.addWidget(error)
        self.layout.addRow(label, box)
        self.widgets[name] = widget
        self.errors[name] = error
        return label

    def show_error(self, field: str | None, message: str, fallback: ErrorLabel) -> None:
        """Show ``message`` under ``field`` (or in ``fallback``) and move the focus there."""
        self.clear_errors()
        target = self.errors.get(field or "")
        if target is None:
            fallback.setText(message)
            fallback.setVisible(True)
            return
        widget = self.widgets[field or ""]
        if isinstance(widget, DateField):  # it says what is wrong beside the date itself
            widget.message.say(message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        target.setText(message)
        target.setVisible(True)
        widget.setAccessibleDescription(message)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.setVisible(False)
            error.setText("")


class WholeCombo(QComboBox):
    """A combo box never narrower than its longest choice, in the font it is drawn in (the
    chosen one is never cut short with "…"); for short lists of choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self.sizeHint()
