"""What the plan and letter previews share (ui/pdf_preview.py): the save dialog's answer, the
file name made from a person's name, and a PDF shown from memory."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from linkdesk.domain.enums import LetterRecipient
from linkdesk.ui import file_dialogs, letter_preview, pdf_preview, plan_preview


@pytest.mark.parametrize(
    ("name", "fallback", "want"),
    [
        ("Ada Lovelace", "plan", "Ada Lovelace"),
        ('a/b\\c:d*e?f"g<h>i|j', "plan", "a b c d e f g h i j"),
        ("tab\tand\nline", "letter", "tab and line"),
        ("  //:: ", "letter", "letter"),
        ("", "plan", "plan"),
    ],
)
def test_file_name_part(name: str, fallback: str, want: str) -> None:
    assert pdf_preview.file_name_part(name, fallback) == want


def test_both_previews_suggest_the_names_they_did() -> None:
    assert (
        plan_preview.suggested_file_name("A/B", date(2026, 3, 4)) == "Plan for A B 2026-03-04.pdf"
    )
    assert (
        letter_preview.suggested_file_name("", LetterRecipient.GP, "2026-03-04")
        == "Letter to GP about letter 2026-03-04.pdf"
    )


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("out.pdf", "out.pdf"),
        ("out.PDF", "out.PDF"),
        ("out", "out.pdf"),
        ("out.txt", "out.txt.pdf"),
    ],
)
def test_the_save_dialog_answer_ends_in_pdf_and_is_remembered(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot, answer: str, want: str
) -> None:
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    asked: list[tuple[str, str, str]] = []

    def dialog(parent: object, title: str, start: str, file_filter: str) -> tuple[str, str]:
        asked.append((title, start, file_filter))
        return str(tmp_path / answer), file_filter

    monkeypatch.setattr(pdf_preview.QFileDialog, "getSaveFileName", dialog)
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = pdf_preview.choose_pdf_path(parent, "Save it", "PDF files (*.pdf)", "x.pdf")
    assert chosen == tmp_path / want
    assert asked[0][0] == "Save it"
    assert asked[0][2] == "PDF files (*.pdf)"
    assert Path(asked[0][1]).name == "x.pdf"
    assert file_dialogs.starting_folder() == str(tmp_path)  # the next dialog opens there


def test_a_cancelled_save_dialog_is_none(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    monkeypatch.setattr(pdf_preview.QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert pdf_preview.choose_pdf_path(None, "Save it", "PDF files (*.pdf)", "x.pdf") is None
    assert file_dialogs._last_folder is None


def _pdf(pages: int) -> bytes:
    """A PDF of ``pages`` blank pages, made in memory by Qt."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(100, 100, f"page {page + 1}")
    painter.end()
    buffer.close()
    return bytes(data.data())


def test_a_pdf_is_shown_from_memory_and_the_old_buffer_freed(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    document = QPdfDocument(owner)
    view = pdf_preview.pdf_view(owner, document, "Pages", "The pages as printed")
    assert view.document() is document
    assert view.accessibleName() == "Pages"
    assert view.accessibleDescription() == "The pages as printed"
    assert view.pageMode() == QPdfView.PageMode.MultiPage
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth

    first = pdf_preview.load_pdf(owner, document, _pdf(2), None)
    qtbot.waitUntil(lambda: document.status() == QPdfDocument.Status.Ready)
    assert document.pageCount() == 2
    assert first.parent() is owner
    with qtbot.waitSignal(first.destroyed):
        second = pdf_preview.load_pdf(owner, document, _pdf(1), first)
    qtbot.waitUntil(lambda: document.status() == QPdfDocument.Status.Ready)
    assert document.pageCount() == 1
    assert second.isOpen()
