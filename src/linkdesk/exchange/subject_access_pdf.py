"""A readable PDF of the subject-access document (built in memory; user text escaped).

Every value goes through ``linkdesk.plan.text.paragraph``: escaped, shaped by HarfBuzz with the
font for its script, right-to-left text in order, exactly as on the take-home plan.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from linkdesk.domain.names import NameOrder, person_name
from linkdesk.plan.fonts import register_fonts, shaping_memo
from linkdesk.plan.text import paragraph, spans

# (key, section title, title of one item)
SECTIONS = (
    ("referrals", "Referrals", "Referral"),
    ("consent", "Consent decisions", "Consent decision"),
    ("conversations", "Conversations", "Conversation"),
    ("needs", "Life areas that matter", "Life area"),
    ("goals", "Goals", "Goal"),
    ("connections", "Connections", "Connection"),
    ("measures", "Wellbeing measures", "Measure"),
    ("follow_ups", "Follow-ups", "Follow-up"),
    ("audit", "Who looked at or changed this record", "Entry"),
)
_WIDTH = A4[0] - 36 * mm
_KEY, _VALUE = 45 * mm, 125 * mm
_LABELS = {"id": "Record id", "nhs_number": "NHS number", "snomed_code": "SNOMED CT code"}


def _label(key: str) -> str:
    return _LABELS.get(key) or key.replace("_", " ").capitalize()


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join("—" if v is None else str(v) for v in value) or "—"
    if isinstance(value, dict):  # a conversation's drafts: "booking.due: 12/05/2026; …"
        return "; ".join(f"{k}: {v}" for k, v in value.items()) or "—"
    return str(value)


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.title = ParagraphStyle("t", fontName=bold, fontSize=18, leading=23, spaceAfter=6)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=14, leading=18, spaceBefore=10)
        self.h3 = ParagraphStyle("h3", fontName=bold, fontSize=11, leading=14, spaceBefore=6)
        self.body = ParagraphStyle("b", fontName=regular, fontSize=10, leading=13)
        self.key = ParagraphStyle("k", fontName=bold, fontSize=10, leading=13)

    def p(self, text: str, style: ParagraphStyle | None = None, width: float = _WIDTH) -> Paragraph:
        # User text is data, never markup: paragraph() escapes it, and shapes it.
        return paragraph(text, style or self.body, width=width)


def _fields_table(styles: _Styles, item: dict[str, Any]) -> Table:
    rows = [
        [styles.p(_label(k), styles.key, _KEY), styles.p(_text(v), width=_VALUE)]
        for k, v in item.items()
        if not isinstance(v, list) or not v or not isinstance(v[0], dict)
    ]
    table = Table(rows, colWidths=[_KEY, _VALUE])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ]
        )
    )
    return table


def build_pdf(doc: dict[str, Any], *, generated_on: str) -> bytes:
    """Every section of ``doc`` as headed tables of fields; nested lists as sub-sections."""
    with shaping_memo():
        return _build(doc, generated_on)


def _build(doc: dict[str, Any], generated_on: str) -> bytes:
    styles = _Styles()
    person = doc["person"]
    name = person_name(
        str(person.get("given_name") or ""),
        str(person.get("family_name") or ""),
        str(person.get("name_order") or NameOrder.GIVEN_FIRST),
    )
    story: list[Any] = [
        paragraph(
            spans("Everything LinkDesk holds about {name}", name=name), styles.title, rtl=False
        ),
        styles.p(
            f"Made on {generated_on}. This copy is not encrypted: keep it safe and give it "
            "only to the person it is about."
        ),
        Spacer(1, 4 * mm),
        styles.p("Personal details", styles.h2),
        _fields_table(styles, person),
    ]
    for key, title, one in SECTIONS:
        items = doc.get(key, [])
        story.append(styles.p(f"{title} ({len(items)})", styles.h2))
        if not items:
            story.append(styles.p("None recorded."))
        for number, item in enumerate(items, start=1):
            story.append(styles.p(f"{one} {number}", styles.h3))
            story.append(_fields_table(styles, item))
            for sub_key, sub in item.items():
                if isinstance(sub, list) and sub and isinstance(sub[0], dict):
                    story.append(styles.p(_label(sub_key), styles.h3))
                    story.extend(_fields_table(styles, s) for s in sub)
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Subject access record",
        author="LinkDesk",
        lang="en-GB",
        initialFontName=styles.body.fontName,  # else every page lists Helvetica
    ).build(story)
    return out.getvalue()
