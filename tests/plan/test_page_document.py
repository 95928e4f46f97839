"""The one page set-up the plan and the letter share (plan/layout.page_document): A4, the
plan's margins, one body frame between them, the PDF's metadata, the same bytes each time."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from linkdesk.plan.layout import (
    CONTENT_WIDTH,
    FRAME_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    page_document,
)


def _pdf(lang: str | None) -> tuple[bytes, object]:
    out = BytesIO()
    doc = page_document(out, "sheet", title="A title", author="An organisation", lang=lang)
    doc.build([Paragraph("Hello", ParagraphStyle("body"))])
    return out.getvalue(), doc


def test_the_page_and_its_frame() -> None:
    pdf, doc = _pdf(None)
    (template,) = doc.pageTemplates  # type: ignore[attr-defined]
    assert template.id == "sheet"
    (frame,) = template.frames
    assert frame.id == "body"
    assert (frame._x1, frame._y1) == (MARGIN_X, MARGIN_BOTTOM)
    assert (frame._width, frame._height) == (CONTENT_WIDTH, FRAME_HEIGHT)
    assert frame._leftPadding == frame._rightPadding == frame._topPadding == 0
    assert frame._bottomPadding == 0
    page = PdfReader(BytesIO(pdf)).pages[0]
    assert abs(float(page.mediabox.width) - PAGE_WIDTH) < 0.01  # A4, in points
    assert abs(float(page.mediabox.height) - PAGE_HEIGHT) < 0.01


def test_the_metadata_and_the_same_bytes_each_time() -> None:
    pdf, _doc = _pdf("cy")
    info = PdfReader(BytesIO(pdf)).metadata
    assert info is not None
    assert info.title == "A title"
    assert info.author == "An organisation"
    assert info.creator == "LinkDesk"
    assert b"/Lang (cy)" in pdf
    assert _pdf("cy")[0] == pdf  # invariant: no dates or random ids
    assert b"/Lang" not in _pdf(None)[0]
