"""Checks for text in any script: glyphs HarfBuzz finds, text read back, pages rendered."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

from linkdesk.plan.fonts import glyph_ids
from linkdesk.plan.scripts import runs
from tests.plan.pdfcheck import reader


def missing_glyphs(text: str) -> list[str]:
    """Runs of ``text`` that would print a stand-in or a missing-glyph box."""
    bad = []
    for run in runs(text):
        if run.stand_in:
            bad.append(run.text)
            continue
        for font in {run.family.regular, run.family.bold}:
            if 0 in glyph_ids(run.text.replace("\n", ""), font):  # spaces too (CJK has none)
                bad.append(f"{run.text!r} in {font}")
    return bad


def notdef_draws(pdf: bytes) -> list[str]:
    """Text-showing operations that draw glyph 0 (.notdef, a box), as page:operator.

    ReportLab writes every TrueType font as single-byte subsets whose code 0 is .notdef, and
    draws a character the font lacks as code 0, so a 0 byte in a shown string is a box.
    """
    from pypdf.generic import ContentStream

    found: list[str] = []
    for number, page in enumerate(reader(pdf).pages, start=1):
        content = ContentStream(page.get_contents(), page.pdf)
        for operands, operator in content.operations:
            if operator not in (b"Tj", b"TJ", b"'", b'"'):
                continue
            pieces = operands[0] if operator == b"TJ" else operands[-1:]
            for piece in pieces:
                raw = piece.original_bytes if hasattr(piece, "original_bytes") else b""
                if b"\x00" in raw:
                    found.append(f"{number}:{operator.decode()}")
    return found


def normal(text: str) -> str:
    """NFKC (presentation forms back to letters), whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def in_order(words: list[str], text: str) -> list[str]:
    """The words of ``words`` not found in ``text`` after the one before (empty when all are).

    Punctuation at a word's ends is ignored: readers move neutral marks at a line's end."""
    missing = []
    pos = 0
    for word in words:
        core = word.strip(".,:;!?。।۔،")
        found = text.find(core, pos)
        if not core:
            continue
        if found < 0:
            missing.append(word)
        else:
            pos = found + len(core)
    return missing


def pypdf_text(pdf: bytes) -> str:
    return normal(" ".join(page.extract_text() or "" for page in reader(pdf).pages))


def poppler_text(pdf: bytes, tmp_path: Path) -> str | None:
    """Text as poppler's pdftotext reads it (it honours /ActualText); None when not installed."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    path = tmp_path / "made-up-plan.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return normal(
        out.stdout.decode("utf-8").replace("\u202b", "").replace("\u202a", "").replace("\u202c", "")
    )


def render_first_page(pdf: bytes, qapp: object) -> tuple[int, float]:
    """Render page 1 with QtPdf; (pages, share of dark pixels)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    image = doc.render(0, QSize(595, 842))  # transparent where nothing is drawn
    dark = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 128 and colour.lightness() < 128:
                dark += 1
    return doc.pageCount(), dark / ((image.width() // 2) * (image.height() // 2))
