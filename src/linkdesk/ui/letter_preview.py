"""The message back to the GP or referrer: preview, print, save (issue 9).

Entry point: ``show_letter(parent, services, ops, person_id, to)`` (opens the dialog and
returns). Like the plan preview (and with its printing code), the preview is the very PDF that
prints or saves, built on the thread pool by ``services.letters.build_pdf`` and loaded by QtPdf
from memory (a QBuffer): no temp file. Saving is the service's atomic write to the path the
user picks, recorded in the audit log; printing is recorded after it went to the printer.
Without consent to share with the recipient the dialog says, before anything else, that the
letter carries only identifiers, dates and codes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.enums import LetterRecipient
from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices
from linkdesk.ui import pdf_preview, plan_preview
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, translate
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.widgets.banner import Banner


def _tr(text: str) -> str:
    return translate("LetterPreview", text)


RECIPIENT_NAMES = {
    LetterRecipient.GP: QT_TRANSLATE_NOOP("LetterPreview", "the GP"),
    LetterRecipient.REFERRER: QT_TRANSLATE_NOOP("LetterPreview", "the referrer"),
}


def consent_sentence(to: LetterRecipient, shares: bool) -> str:
    """What the letter will carry, in one sentence for the worker."""
    who = _tr(RECIPIENT_NAMES[to])
    if shares:
        return arg(
            translate(
                "LetterPreview",
                "The person agreed to share with %1: the letter tells the story of the support.",
            ),
            who,
        )
    return arg(
        translate(
            "LetterPreview",
            "No consent to share with %1: the letter carries only identifiers, dates and codes, "
            "and says why.",
        ),
        who,
    )


def choose_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save the letter; None when the user cancels (tests replace this)."""
    return pdf_preview.choose_pdf_path(
        parent,
        translate("LetterPreview", "Save the letter as PDF"),
        translate("LetterPreview", "PDF files (*.pdf)"),
        suggested,
    )


def suggested_file_name(name: str, to: LetterRecipient, on_iso: str) -> str:
    safe = pdf_preview.file_name_part(name, "letter")
    who = "GP" if to == LetterRecipient.GP else "referrer"
    return f"Letter to {who} about {safe} {on_iso}.pdf"


class LetterPreviewDialog(QDialog):
    """Shows the letter as it will print, with Print and Save."""

    def __init__(
        self,
        services: AppServices,
        person_id: str,
        to: LetterRecipient,
        *,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.person_id = person_id
        self.to = LetterRecipient(to)
        self.ops = ops
        self.pdf_bytes = b""
        self._buffer: QBuffer | None = None
        who = _tr(RECIPIENT_NAMES[self.to])
        self.setWindowTitle(arg(self.tr("Message back to %1"), who))
        self.setAccessibleName(self.tr("Letter preview"))
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None:  # a 720-pixel-high laptop keeps the buttons on screen
            self.resize(min(900, room.width()), min(1000, int(room.height() * 0.9)))

        self.shares = services.letters.may_share(person_id, self.to)
        self.consent = Banner(kind="info" if self.shares else "warning")
        self.consent.setObjectName("letterConsent")
        self.consent.setAccessibleName(self.tr("What the letter carries"))
        self.consent.show_message(consent_sentence(self.to, self.shares))
        self.status = QLabel(self.tr("Preparing the letter…"))
        self.status.setAccessibleName(self.tr("Preview status"))

        self.document = QPdfDocument(self)
        self.view = pdf_preview.pdf_view(
            self,
            self.document,
            self.tr("Letter preview pages"),
            self.tr("The letter exactly as it will be printed"),
        )
        preview_label = QLabel(self.tr("&Preview: this is exactly what will be printed or saved."))
        preview_label.setBuddy(self.view)

        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the letter"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the letter as a PDF file"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.consent)
        layout.addWidget(preview_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.view, self.save_button)
        QWidget.setTabOrder(self.save_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.close_button)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_letter())
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save_letter())
        self.document.statusChanged.connect(self._status_changed)
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.save_button.clicked.connect(lambda: self.save_letter())
        self.close_button.clicked.connect(self.reject)
        self._set_busy(True)
        letters, person, recipient = services.letters, person_id, self.to
        self.ops.op(self, lambda _p: letters.build_pdf(person, recipient)).success(
            self._show
        ).failure(self._failed).run()

    def _show(self, pdf: bytes) -> None:
        self.pdf_bytes = pdf
        self._buffer = pdf_preview.load_pdf(self, self.document, pdf, self._buffer)
        self._status_changed(self.document.status())

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            pages = self.document.pageCount()
            self.status.setText(self.tr("%n page(s)", "", pages))
            self._set_busy(False)
        elif status == QPdfDocument.Status.Error:
            self._problem(self.tr("The preview could not show the letter."))

    def _failed(self, failure: Failure) -> None:
        self._problem(failure.message)

    def _problem(self, message: str) -> None:
        self._set_busy(True)
        self.status.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def print_letter(self, printer: QPrinter | None = None) -> bool:
        """Print the previewed PDF and record it; True when it went to the printer."""
        if not self.pdf_bytes or not self.print_button.isEnabled():
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Letter"))
        if not plan_preview.ask_printer(self, printer):
            return False
        letters, person_id, to, document = (
            self.services.letters,
            self.person_id,
            self.to,
            (self.document),
        )
        printed: list[bool] = []

        def send(_progress: object) -> None:
            plan_preview.print_document(document, printer)  # Qt painting: the UI thread
            letters.record_printed(person_id, to)

        self.ops.op(self, send).success(lambda _none: printed.append(True)).failure(
            lambda failure: plan_preview.warn(self, self.tr("Printing failed"), failure.message)
        ).now()
        if printed:
            self.status.setText(self.tr("Sent to the printer."))
        return bool(printed)

    def save_letter(self) -> Path | None:
        """Ask where, then let the service write it atomically and audit it."""
        if not self.pdf_bytes or not self.save_button.isEnabled():
            return None
        person = self.services.people.get(self.person_id)
        today = self.services.clock.today().isoformat()
        path = choose_save_path(self, suggested_file_name(person.display_name, self.to, today))
        if path is None:
            return None
        letters, person_id, to = self.services.letters, self.person_id, self.to
        saved: list[Path] = []
        self.ops.op(self, lambda _p: letters.save_pdf(person_id, to, path)).success(
            lambda result: saved.append(result.path)
        ).failure(
            lambda failure: plan_preview.warn(
                self, self.tr("The letter was not saved"), failure.message
            )
        ).now()
        if saved:
            self.status.setText(arg(self.tr("Saved to %1"), path.name))
        return saved[0] if saved else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.document.close()
        super().closeEvent(event)


def show_letter(
    parent: QWidget | None,
    services: AppServices,
    ops: Operations,
    person_id: str,
    to: LetterRecipient,
) -> LetterPreviewDialog | None:
    """Open the letter preview (window-modal, non-blocking; deleted on close)."""
    try:
        dialog = LetterPreviewDialog(services, person_id, to, ops=ops, parent=parent)
    except LinkDeskError as exc:
        plan_preview.warn(
            parent, translate("LetterPreview", "The letter cannot be shown"), str(exc)
        )
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
