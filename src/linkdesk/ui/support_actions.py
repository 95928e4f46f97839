"""Help > Copy diagnostic details: the same report as ``linkdesk diagnostics``, to paste
into a support request. It holds versions, folders and error types, nothing personal."""

from __future__ import annotations

from PySide6.QtCore import QSettings, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from linkdesk.services import diagnostics
from linkdesk.support.logfile import default_log_dir
from linkdesk.ui.i18n import translate

CONTEXT = "support"  # translation context of this module's words


def diagnostic_text() -> str:
    """The report, with Qt's runtime version and the real QSettings location."""
    report = diagnostics.collect(
        extra_versions={"qt": qVersion()},
        settings_location=QSettings().fileName(),
        log_dir=default_log_dir(),
    )
    return diagnostics.format_text(report)


def copy_diagnostics(parent: QWidget | None) -> str:
    """Put the report on the clipboard, say so, and return it."""
    text = diagnostic_text()
    QGuiApplication.clipboard().setText(text)
    QMessageBox.information(
        parent,
        translate("support", "Diagnostic details copied"),
        translate(
            "support",
            "The diagnostic details are on the clipboard: paste them into your message to "
            "IT support. They hold versions, folders and error types, nothing about people.",
        ),
    )
    return text
