"""The subject-access and commissioner-report PDFs print every script as the plan does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.report import Report, ReportRow, ReportTable
from linkdesk.exchange.report_pdf import report_pdf_bytes
from linkdesk.exchange.subject_access_pdf import build_pdf
from tests.plan.pdfcheck import font_names
from tests.plan.scriptcheck import in_order, normal, poppler_text

ARABIC = "مريم حداد"
BENGALI = "আমি আবার সেলাই শিখতে চাই।"
URDU = "ہفتے میں ایک بار باغبانی کلب"


def _read(pdf: bytes, tmp_path: Path) -> str:
    text = poppler_text(pdf, tmp_path)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return text


def test_subject_access_pdf_shapes_names_and_values(tmp_path: Path) -> None:
    doc = {
        "person": {"given_name": ARABIC, "family_name": "", "preferred_language": "Urdu"},
        "goals": [{"text": URDU, "why": BENGALI}],
    }
    pdf = build_pdf(doc, generated_on="8 December 2026")
    text = _read(pdf, tmp_path)
    for words in (ARABIC, URDU, BENGALI):
        assert in_order(normal(words).split(), text) == []
    names = {n.split("+")[-1] for n in font_names(pdf)}
    assert "NotoNaskhArabic-Regular" in names
    assert "NotoSansBengali-Regular" in names
    assert not any("Helvetica" in n for n in names)


def test_report_pdf_prints_categories_in_any_script(tmp_path: Path) -> None:
    table = ReportTable(
        key="connections_by_category",
        title="Connections by category",
        columns=("Category", "Connections"),
        rows=(ReportRow(URDU, ("12",)), ReportRow("Total", ("12",))),
    )
    report = Report(date(2026, 1, 1), date(2026, 12, 31), date(2027, 1, 5), (table,))
    pdf = report_pdf_bytes(report)
    text = _read(pdf, tmp_path)
    assert in_order(normal(URDU).split(), text) == []
    assert "Connections by category" in text
    assert not any("Helvetica" in n for n in font_names(pdf))
