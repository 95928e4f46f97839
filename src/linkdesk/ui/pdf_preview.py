"""The parts the plan and letter previews share: a PDF shown from memory, and saving it.

Both previews show the very PDF that prints or saves, loaded by QtPdf from a QBuffer (no temp
file). Their words stay in their own modules (their own translation contexts); printing is
``plan_preview``'s (``ask_printer``, ``print_document``, ``warn``), which tests replace there.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QWidget

from linkdesk.ui.file_dialogs import remember, starting_path

# What Windows, macOS and Linux refuse in a file name, or show badly (control characters).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name_part(name: str, fallback: str) -> str:
    """``name`` with what a file name cannot hold turned into spaces; ``fallback`` if empty."""
    return _NOT_IN_FILE_NAMES.sub(" ", name).strip() or fallback


def choose_pdf_path(
    parent: QWidget | None, title: str, file_filter: str, suggested: str
) -> Path | None:
    """Qt's save dialog, starting where the last file went; the path chosen (``.pdf`` added
    when the user left it off, and remembered for the next dialog), or None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, starting_path(suggested), file_filter)
    if not path:
        return None
    chosen = Path(path)
    remember(chosen)  # the next file dialog opens here
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")


def pdf_view(parent: QWidget, document: QPdfDocument, name: str, description: str) -> QPdfView:
    """A focusable view of ``document``'s pages, one under another, fitted to its width."""
    view = QPdfView(parent)
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    view.setDocument(document)
    return view


def load_pdf(
    owner: QObject, document: QPdfDocument, pdf: bytes, previous: QBuffer | None
) -> QBuffer:
    """Show ``pdf`` (bytes) in ``document`` from a buffer owned by ``owner``; the buffer the
    document showed before is freed. Returns the new buffer, to pass as ``previous`` next time.
    """
    document.close()
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if previous is not None:
        previous.deleteLater()
    return buffer
