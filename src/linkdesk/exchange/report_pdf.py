"""The commissioner report as a short PDF: plain headings, one table per measure.

Text goes through ``linkdesk.plan.text.paragraph`` (escaped and shaped like the plan), so a
category or service name typed in any script prints as typed.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from linkdesk.domain.report import Report, ReportTable
from linkdesk.domain.suppression import SUPPRESSION_NOTE
from linkdesk.plan.fonts import register_fonts, shaping_memo
from linkdesk.plan.text import draw_text, paragraph

TITLE = "Social prescribing: report for commissioners"
_MARGIN = 18 * mm
_WIDTH = A4[0] - 2 * _MARGIN
_HEADER_BG = colors.HexColor("#E8EEF4")
_RULE = colors.HexColor("#9AA5B1")
_INK = colors.HexColor("#1F2933")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, textColor=_INK)
    return {
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=18, leading=23),
        "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=13, leading=17, spaceBefore=10),
        "body": base,
        "note": ParagraphStyle(
            "note", base, fontSize=9, leading=12, textColor=colors.HexColor("#52606D")
        ),
        "cell": ParagraphStyle("cell", base, fontSize=9.5, leading=12),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=9.5, leading=12),
        "num": ParagraphStyle("num", base, fontSize=9.5, leading=12, alignment=2),
        "numhead": ParagraphStyle(
            "numhead", base, fontName=bold, fontSize=9.5, leading=12, alignment=2
        ),
    }


def _table(table: ReportTable, st: dict[str, ParagraphStyle]) -> list[Any]:
    headings = list(table.columns)
    snomed = table.has_snomed
    if snomed:
        headings.insert(1, "SNOMED CT code")
    head = [paragraph(headings[0], st["head"])]
    head += [paragraph(h, st["numhead"]) for h in headings[1:]]
    if snomed:
        head[1] = paragraph(headings[1], st["head"])
    data: list[list[Any]] = [head]
    for row in table.rows:
        total = row.label == "Total"
        cells = [paragraph(row.label, st["head" if total else "cell"])]
        if snomed:
            cells.append(paragraph(row.snomed, st["cell"]))
        cells += [paragraph(v, st["numhead" if total else "num"]) for v in row.values]
        data.append(cells)
    if len(table.columns) <= 3:
        widths = [30 * mm] * (len(table.columns) - 1)
    else:  # the wellbeing table: a narrow "People" column, then the averages
        widths = [18 * mm] + [22 * mm] * (len(table.columns) - 3) + [25 * mm]
    if snomed:
        widths.insert(0, 42 * mm)
    widths.insert(0, _WIDTH - sum(widths))
    grid = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, _RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),  # else Helvetica is added
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.rows and table.rows[-1].label == "Total":
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, _RULE))
    grid.setStyle(TableStyle(style))
    parts: list[Any] = [paragraph(table.title, st["h2"])]
    if table.note:
        parts.append(paragraph(table.note, st["note"]))
    parts += [Spacer(1, 2 * mm), grid]
    return [KeepTogether(parts)]


def report_pdf_bytes(report: Report) -> bytes:
    """The whole report, built in memory (nothing touches the disk here)."""
    with shaping_memo():
        return _build(report)


def _build(report: Report) -> bytes:
    st = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=TITLE,
        author="LinkDesk",
        subject=f"Anonymised figures for {report.period_text}",
        creator="LinkDesk",
        lang="en-GB",
        initialFontName=st["body"].fontName,  # else every page lists Helvetica
    )
    story: list[Any] = [
        paragraph(TITLE, st["title"]),
        Spacer(1, 2 * mm),
        paragraph(
            f"Period: {report.period_text}. Produced on {report.produced_on.isoformat()}.",
            st["body"],
        ),
        Spacer(1, 2 * mm),
        paragraph(
            "These figures are anonymised: they hold no names, dates of birth, postcodes, "
            "identifiers or notes. " + SUPPRESSION_NOTE,
            st["note"],
        ),
    ]
    for table in report.tables:
        story += _table(table, st)

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(st["note"].fontName, 8)
        canvas.setFillColor(colors.HexColor("#52606D"))
        draw_text(canvas, _MARGIN, 10 * mm, f"LinkDesk anonymised report, {report.period_text}", 8)
        draw_text(canvas, A4[0] - _MARGIN, 10 * mm, f"Page {document.page}", 8, align="right")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
