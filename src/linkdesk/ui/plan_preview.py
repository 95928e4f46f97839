"""Plan preview, print and save (issue 5).

Entry point: ``show_plan(parent, services, ops, person_id)`` (opens the dialog and returns).
The preview shows the very PDF that is printed or saved, loaded by QtPdf from memory (a
QBuffer): no temp file is ever written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.enums import CommunicationNeed
from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices
from linkdesk.services.plans import PlanData
from linkdesk.ui import pdf_preview
from linkdesk.ui.i18n import arg, translate
from linkdesk.ui.ops import Failure, Operations

MAX_PRINT_DPI = 300  # a page image at 1200 dpi would need over 500 MB; 300 dpi prints crisply


CONTEXT = "PlanPreview"  # translation context of this module's words


# -- wrappers that tests replace ---------------------------------------------------------------


def choose_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save the plan; None when the user cancels."""
    return pdf_preview.choose_pdf_path(
        parent,
        translate("PlanPreview", "Save the plan as PDF"),
        translate("PlanPreview", "PDF files (*.pdf)"),
        suggested,
    )


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning that does not wait (window-modal over ``parent``, plain text)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _shown.add(box)
    box.finished.connect(lambda _result: _shown.discard(box))
    box.open()


_shown: set[QMessageBox] = set()  # open warnings without a parent stay referenced


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Show Qt's print dialog for ``printer``; True when the user pressed Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PlanPreview", "Print the plan"))
    return dialog.exec() == QDialog.DialogCode.Accepted


# -- printing ------------------------------------------------------------------------------------


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of ``document`` into ``printer`` at its resolution; return pages sent."""
    count = document.pageCount()
    if count <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise LinkDeskError(
            translate("PlanPreview", "The printer could not be started. Check it is switched on.")
        )
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        scale = printer.resolution() / dpi
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(count):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            # Fit the page into the printable area, keeping its shape, centred.
            fit = min(
                target.width() / (size.width() * scale), target.height() / (size.height() * scale)
            )
            w, h = round(size.width() * scale * fit), round(size.height() * scale * fit)
            x = (target.width() - w) // 2
            y = (target.height() - h) // 2
            painter.drawImage(QRect(x, y, w, h), image)
    finally:
        painter.end()
    return count


def suggested_file_name(name: str, on: date) -> str:
    safe = pdf_preview.file_name_part(name, "plan")
    template = translate("PlanPreview", "Plan for %1 %2.pdf")
    return arg(template, safe, on.isoformat(), isolate=False)


# -- the dialog ----------------------------------------------------------------------------------


class PlanPreviewDialog(QDialog):
    """Shows the plan as it will print, with large print / easy read, Print and Save."""

    def __init__(
        self,
        services: AppServices,
        person_id: str,
        *,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.person_id = person_id
        self.ops = ops
        self.pdf_bytes = b""
        self._buffer: QBuffer | None = None
        self._pending = False
        self._generation = 0
        self.setWindowTitle(self.tr("The plan to take home"))
        self.setAccessibleName(self.tr("Plan preview"))
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        if screen is not None:  # on a 900- or 768-pixel-high screen the buttons stay on it
            room = screen.availableGeometry()
            self.resize(min(900, room.width()), min(1000, int(room.height() * 0.92)))
        else:
            self.resize(900, 1000)

        self.large_print = QCheckBox(self.tr("Lar&ge print"))
        self.large_print.setAccessibleName(self.tr("Large print"))
        self.large_print.setToolTip(self.tr("Body text of 16 point or more"))
        self.easy_read = QCheckBox(self.tr("&Easy read"))
        self.easy_read.setAccessibleName(self.tr("Easy read"))
        self.easy_read.setToolTip(self.tr("One idea per line, larger text, simpler headings"))
        needs = set(services.people.get(person_id).communication_needs)
        self.large_print.setChecked(CommunicationNeed.LARGE_PRINT.value in needs)
        self.easy_read.setChecked(CommunicationNeed.EASY_READ.value in needs)
        # The plan's language: the person's (their plan language, else their preferred
        # language); any shipped language can be chosen for this print.
        resolution = services.plans.plan_language(person_id)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the plan"))
        for choice in services.plans.languages():
            self.language.addItem(choice.label, choice.code)
            self.language.setItemData(
                self.language.count() - 1,
                arg(self.tr("Translation: %1"), choice.review),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.language.setCurrentIndex(max(0, self.language.findData(resolution.language.code)))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self.language_note = QLabel(resolution.note)
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(bool(resolution.note))
        self.status = QLabel(self.tr("Preparing the plan…"))
        self.status.setAccessibleName(self.tr("Preview status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.document = QPdfDocument(self)
        self.view = pdf_preview.pdf_view(
            self,
            self.document,
            self.tr("Plan preview pages"),
            self.tr("The plan exactly as it will be printed"),
        )
        preview_label = QLabel(
            self.tr("&Preview: this is exactly what will be printed. Check it with the person.")
        )
        preview_label.setWordWrap(True)
        preview_label.setBuddy(self.view)

        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the plan"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the plan as a PDF file"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.print_button.setDefault(True)

        options = QHBoxLayout()
        options.addWidget(language_label)
        options.addWidget(self.language)
        options.addWidget(self.large_print)
        options.addWidget(self.easy_read)
        options.addStretch(1)
        options.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.language_note)
        layout.addWidget(preview_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        for first, second in (
            (self.language, self.large_print),
            (self.large_print, self.easy_read),
            (self.easy_read, self.view),
            (self.view, self.save_button),
            (self.save_button, self.print_button),
            (self.print_button, self.close_button),
        ):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_plan())
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save_plan())

        self.document.statusChanged.connect(self._status_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.large_print.toggled.connect(self.rebuild)
        self.easy_read.toggled.connect(self.rebuild)
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_plan)
        self.close_button.clicked.connect(self.reject)
        self._set_busy(True)
        self.rebuild()

    # -- building the preview ------------------------------------------------------------------

    def options(self) -> dict[str, bool]:
        return {
            "large_print": self.large_print.isChecked(),
            "easy_read": self.easy_read.isChecked(),
        }

    @property
    def plan_language(self) -> str:
        """The code of the language the plan is previewed, printed and saved in."""
        return str(self.language.currentData() or "")

    def _language_changed(self) -> None:
        self.language_note.setVisible(False)  # the worker chose: nothing to explain now
        self.rebuild()

    def rebuild(self) -> None:
        """Read the record here (UI thread, a few ms), build the PDF in the background."""
        plans, person_id = self.services.plans, self.person_id
        self.ops.op(self, lambda _progress: plans.plan_data(person_id)).success(
            self._render
        ).failure(self._failed).now()

    def _render(self, data: PlanData) -> None:
        plans = self.services.plans
        chosen = self.options()
        options = plans.options(
            large_print=chosen["large_print"],
            easy_read=chosen["easy_read"],
            language=self.plan_language,
        )
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self.status.setText(self.tr("Preparing the plan…"))
        self.ops.op(self, lambda _progress: plans.render(data, options)).success(
            lambda pdf: self._show(pdf, generation)
        ).failure(self._failed).run()

    def _show(self, pdf: bytes, generation: int) -> None:
        if generation != self._generation:
            return  # an option changed while this one was building; a newer one is coming
        self.pdf_bytes = pdf
        self._buffer = pdf_preview.load_pdf(self, self.document, pdf, self._buffer)
        self._status_changed(self.document.status())

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        """QtPdf may finish loading later: the buttons wait until the pages are there."""
        if status == QPdfDocument.Status.Ready:
            pages = self.document.pageCount()
            self.status.setText(self.tr("%n page(s)", "", pages))
            self._set_busy(False)
        elif status == QPdfDocument.Status.Error:
            self._show_problem(self.tr("The preview could not show the plan."))

    def _failed(self, failure: Failure) -> None:
        self._show_problem(failure.message)

    def _show_problem(self, message: str) -> None:
        self._set_busy(False)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    # -- printing and saving -------------------------------------------------------------------

    def print_plan(self, printer: QPrinter | None = None) -> bool:
        """Print the previewed PDF; True when it went to the printer."""
        if not self.pdf_bytes or not self.print_button.isEnabled():
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("My plan"))
        if not ask_printer(self, printer):
            return False
        plans, person_id, document = self.services.plans, self.person_id, self.document
        printed: list[bool] = []

        def send(_progress: object) -> None:
            print_document(document, printer)  # Qt painting: on this (the UI) thread
            plans.record_printed(person_id)

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.ops.op(self, send).success(lambda _none: printed.append(True)).failure(
                lambda failure: self._tell(self.tr("Printing failed"), failure.message)
            ).now()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if printed:
            self.status.setText(self.tr("Sent to the printer."))
        return bool(printed)

    def _tell(self, title: str, message: str) -> None:
        warn(self, title, message)

    def save_plan(self) -> Path | None:
        if not self.pdf_bytes or not self.save_button.isEnabled():
            return None
        name = self.services.people.get(self.person_id).display_name
        path = choose_save_path(self, suggested_file_name(name, self.services.clock.today()))
        if path is None:
            return None
        plans, person_id, chosen = self.services.plans, self.person_id, self.options()
        large, easy, language = chosen["large_print"], chosen["easy_read"], self.plan_language
        saved: list[Path] = []
        self.ops.op(
            self,
            lambda _progress: plans.save_pdf(
                person_id, path, large_print=large, easy_read=easy, language=language
            ),
        ).success(saved.append).failure(
            lambda failure: self._tell(self.tr("The plan was not saved"), failure.message)
        ).now()
        if saved:
            self.status.setText(arg(self.tr("Saved to %1"), path.name))
        return saved[0] if saved else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.document.close()
        super().closeEvent(event)


def show_plan(
    parent: QWidget | None, services: AppServices, ops: Operations, person_id: str
) -> PlanPreviewDialog | None:
    """Open the plan preview for one person (window-modal, non-blocking; deleted on close)."""
    try:
        dialog = PlanPreviewDialog(services, person_id, ops=ops, parent=parent)
    except LinkDeskError as exc:
        warn(parent, translate("PlanPreview", "The plan cannot be shown"), str(exc))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
