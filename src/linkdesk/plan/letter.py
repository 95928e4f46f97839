"""The message back to the GP or referrer as a PDF, built in memory (bytes, no temp files).

Built with the plan's own page furniture (plan/layout.py) and the one text API every PDF
builder uses (plan/text.py ``paragraph``/``spans``: cleaned, escaped, the font for each script,
shaped by HarfBuzz, right-to-left text in order), so names, addresses and the person's words
print as typed in any script. Section order: domain/letter.HEADINGS.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from io import BytesIO

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
    TableStyle,
)

from linkdesk.domain.english_dates import long_day
from linkdesk.domain.letter import HEADINGS, LetterData, no_consent_note
from linkdesk.plan.fonts import shaping_memo
from linkdesk.plan.layout import (
    CONTENT_WIDTH,
    PlanStyles,
    SectionHeading,
    canvas_maker,
    page_document,
)
from linkdesk.plan.model import PlanOptions
from linkdesk.plan.text import Span, blocks, paragraph

CHART_HEIGHT = 150
# Distinguishable in grey print too: dark lines with different dashes.
_LINE_STYLES = (
    (colors.black, None),
    (colors.HexColor("#1f4e79"), (4, 2)),
    (colors.HexColor("#7f3f00"), (1, 2)),
    (colors.HexColor("#2e6b30"), (6, 2, 1, 2)),
    (colors.HexColor("#5a2d82"), (2, 2)),
)


def long_date(d: date | None) -> str:
    return long_day(d) if d else "not recorded"


class _Letter:
    def __init__(self, data: LetterData) -> None:
        self.data = data
        self.st = PlanStyles.for_options(PlanOptions(font_size=11))
        self.small = ParagraphStyle("small", parent=self.st.body, fontSize=10, leading=13)
        self.item = ParagraphStyle("item", parent=self.st.body, leftIndent=14, bulletIndent=2)
        self.story: list[Flowable] = []

    # -- pieces ----------------------------------------------------------------------------------

    def heading(self, index: int) -> None:
        self.story.append(SectionHeading(HEADINGS[index], self.st.bold, self.st.size * 1.25))

    def fixed(self, content: str | Span | list[Span], style: ParagraphStyle | None = None) -> None:
        """Our own wording (plain text or spans, never markup), shaped like everything else."""
        self.story.append(paragraph(content, style or self.st.body, width=CONTENT_WIDTH))

    def labelled(self, label: str, value: str, style: ParagraphStyle | None = None) -> None:
        """A bold label and a value (our own text, e.g. a date)."""
        self.fixed([Span(f"{label} ", bold=True), Span(value, embed=True)], style)

    def user(self, text: str, *, label: str = "", style: ParagraphStyle | None = None) -> bool:
        """Words someone typed, a paragraph per line typed; False when empty."""
        style = style or self.st.body
        parts = blocks(text)
        if not parts:
            return False
        for i, part in enumerate(parts):
            if i == 0 and label:
                content: str | list[Span] = [Span(f"{label} ", bold=True), Span(part, embed=True)]
            else:
                content = part
            self.story.append(paragraph(content, style, width=CONTENT_WIDTH))
        return True

    def field(self, label: str, value: str) -> None:
        if not self.user(value, label=f"{label}:"):
            self.labelled(f"{label}:", "not recorded")

    def items(self, values: tuple[str, ...], empty: str) -> None:
        if not values:
            self.fixed(empty, self.st.note)
        for value in values:
            self.story.append(
                paragraph(" ".join(blocks(value)), self.item, width=CONTENT_WIDTH, bullet="\u2022")
            )

    # -- sections --------------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        d, st = self.data, self.st
        to = "GP" if d.recipient.value == "gp" else "referrer"
        self.fixed(f"Social prescribing: message back to the {to}", st.title)
        self.fixed(f"Date of this letter: {long_date(d.made_on)}", st.intro)
        if d.addressed_to:
            self.user(d.addressed_to, label="To:", style=st.intro)
        if not d.narrative:
            self.fixed(Span(no_consent_note(d.recipient), bold=True), st.intro)
        for note in d.notes:
            self.fixed(note, st.note)

        self.heading(0)
        self.field("Name", d.name)
        self.labelled("Date of birth:", long_date(d.date_of_birth))
        self.labelled("NHS number:", _nhs(d.nhs_number))
        self.field("Address", ", ".join(p for p in (d.address, d.postcode) if p.strip()))

        self.heading(1)
        self.labelled("Received:", long_date(d.received_on))
        if d.source:
            self.user(d.source, label="Referred by:")
        if d.referrer:
            self.user(d.referrer, label="Referrer:")
        self.labelled("First contact:", long_date(d.first_contact_on))
        if d.status:
            self.labelled("Status:", d.status)
        if d.narrative:
            self.user(d.reason, label="Reason for referral:")

        if d.narrative:
            self.heading(2)
            if not self.user(d.what_matters, style=st.intro):
                self.fixed("Not recorded.", st.note)
            self.heading(3)
            self.items(d.needs, "No needs recorded.")
            self.heading(4)
            self.items(d.support, "No services or groups recorded.")
            self.heading(5)
            self.items(d.goals, "No goals recorded.")
            if d.contacts:
                self.fixed(d.contacts)
            self.outcome_table()
            if any(len(s.points) >= 2 for s in d.chart):
                self.story.append(Spacer(1, st.size))
                self.story.append(outcomes_chart(d, CONTENT_WIDTH, st.regular))

        self.heading(6)
        self.labelled("Closed:", long_date(d.closed_on) if d.closed_on else "not closed")
        if d.narrative and d.closure_outcome:
            self.user(d.closure_outcome, label="Outcome:")
        if d.narrative and d.closure_reason and d.closure_reason != d.closure_outcome:
            self.user(d.closure_reason, label="Reason:")

        self.heading(7)
        self.codes_table()

        self.heading(8)
        if not any((d.worker_name, d.worker_organisation, d.worker_phone, d.worker_email)):
            self.fixed("Not set: add the link worker's details in Settings.", st.note)
        self.user(d.worker_name, label="Link worker:")
        self.user(d.worker_organisation, label="Organisation:")
        self.user(d.worker_phone, label="Phone:")
        self.user(d.worker_email, label="Email:")
        return self.story

    def outcome_table(self) -> None:
        d, st = self.data, self.small
        if not d.outcomes:
            self.fixed("No wellbeing scores recorded at the start and at a follow-up.", st)
            return
        fractions = [0.46, 0.12, 0.12, 0.30]
        rows = [_row([Span(h, bold=True) for h in ("Score", "Start", "Latest", "Change")],
                     fractions, st)]  # fmt: skip
        for line in d.outcomes:
            cells = [line.label, _num(line.baseline), _num(line.latest), line.meaning]
            rows.append(_row(cells, fractions, st))
        self.story.append(_table(rows, fractions, st.fontName))

    def codes_table(self) -> None:
        d, st = self.data, self.small
        if not d.codes:
            self.fixed("No code to enter yet: the person has not been contacted.", self.st.note)
            return
        fractions = [0.25, 0.5, 0.25]
        rows = [_row([Span(h, bold=True) for h in ("SNOMED CT code", "Term", "Date")],
                     fractions, st)]  # fmt: skip
        for entry in d.codes:
            rows.append(_row([entry.code, entry.term, long_date(entry.on)], fractions, st))
        self.story.append(_table(rows, fractions, st.fontName))


def _nhs(number: str | None) -> str:
    if not number:
        return "not recorded"
    digits = "".join(c for c in number if c.isdigit())
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if len(digits) == 10 else number


def _num(value: int | None) -> str:
    return "-" if value is None else str(value)


def _row(
    cells: Sequence[str | Span], fractions: list[float], style: ParagraphStyle
) -> list[Flowable]:
    """One table row: each cell a shaped paragraph sized to its column (less its padding)."""
    return [
        paragraph(cell, style, width=CONTENT_WIDTH * f - 12)
        for cell, f in zip(cells, fractions, strict=True)
    ]


def _table(rows: list[list[Flowable]], fractions: list[float], font: str) -> Table:
    table = Table(rows, colWidths=[CONTENT_WIDTH * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ]
        )
    )
    return table


def outcomes_chart(data: LetterData, width: float, font: str) -> Drawing:
    """Wellbeing scores over time as a line chart (ReportLab graphics; one line per score).

    Each score is drawn as a share of its own range (0 to 10, or 3 to 9 for UCLA-3) so they
    fit one axis; the legend names them. Black and dark dashed lines: readable in grey print.
    """
    series = [s for s in data.chart if len(s.points) >= 2]
    drawing = Drawing(width, CHART_HEIGHT)
    if not series:
        return drawing
    first = min(p[0] for s in series for p in s.points)
    plot = LinePlot()
    plot.x, plot.y = 40, 40
    plot.width, plot.height = width * 0.55, CHART_HEIGHT - 70
    plot.data = [
        [((d - first).days, 100 * (v - s.low) / max(1, s.high - s.low)) for d, v in s.points]
        for s in series
    ]
    for i, _ in enumerate(series):
        colour, dash = _LINE_STYLES[i % len(_LINE_STYLES)]
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 1.6
        if dash:
            plot.lines[i].strokeDashArray = dash
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, 100
    plot.yValueAxis.valueSteps = [0, 50, 100]
    plot.yValueAxis.labelTextFormat = lambda v: {0: "low", 50: "", 100: "high"}.get(int(v), "")
    plot.yValueAxis.labels.fontName = font
    plot.xValueAxis.labels.fontName = font
    plot.xValueAxis.labelTextFormat = lambda v: "start" if v == 0 else f"day {int(v)}"
    plot.xValueAxis.valueMin = 0
    drawing.add(plot)
    legend = Legend()
    legend.x, legend.y = width * 0.62, CHART_HEIGHT - 25
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.columnMaximum = len(series)  # one column, beside the plot
    legend.deltay = 12
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [
        (_LINE_STYLES[i % len(_LINE_STYLES)][0], s.label) for i, s in enumerate(series)
    ]
    drawing.add(legend)
    drawing.add(String(0, CHART_HEIGHT - 8, "Scores over time", fontName=font, fontSize=10))
    return drawing


def build_letter_pdf(data: LetterData) -> bytes:
    """The letter as PDF bytes. Nothing touches the disk."""
    with shaping_memo():
        return _build(data)


def _build(data: LetterData) -> bytes:
    builder = _Letter(data)
    story = builder.build()
    out = BytesIO()
    doc = page_document(
        out,
        "letter",
        title="Social prescribing: message back",
        author=data.worker_organisation or "LinkDesk",
    )
    footer = "Social prescribing: message back (confidential)"
    doc.build(story, canvasmaker=canvas_maker(footer, "Page {number} of {total}", 9.0))
    return out.getvalue()
