"""The take-home plan: a printed social prescription the person keeps (built in memory).

``build_plan_pdf(data, options) -> bytes``. The section order is fixed (see ``headings``) so a
person who has had several plans always finds things in the same place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from io import BytesIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from linkdesk.plan.layout import (
    CONTENT_WIDTH,
    FRAME_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    KeepBlock,
    PlanStyles,
    SectionHeading,
    canvas_maker,
)
from linkdesk.plan.model import PlanConnection, PlanData, PlanGoal, PlanOptions
from linkdesk.plan.text import blocks, font_runs, has_rtl, rich, starts_rtl, visual_lines

CHECKBOX = "\u2610"  # a square to tick, in DejaVu Sans
KEEP_WITH_NEXT_CHARS = 300  # a title longer than this is not held to the lines after it
SIDE_BY_SIDE_MAX = 0.35  # two sections shorter than this share a row
SOFT_ROOM = 0.3  # a connection starts on the page when this much of it is still free
KEEP_FRACTION = 0.6  # a block shorter than this part of a page is never split across pages

_HEADINGS = {
    "matters": ("What matters to me", "What matters to me"),
    "goals": ("My goals", "What I want to do"),
    "steps": ("My first small steps", "My first steps"),
    "see": ("Who I will see", "Who I will see"),
    "next": ("Next time we meet", "When we meet next"),
    "worker": ("My link worker", "My link worker"),
    "urgent": ("If you need help urgently", "If I need help now"),
}


def headings(*, easy_read: bool = False) -> list[str]:
    """The section headings, in the order they are printed."""
    return [pair[1 if easy_read else 0] for pair in _HEADINGS.values()]


def long_date(d: date) -> str:
    """Tuesday 8 December 2026 (no leading zero, day name first: easy to read aloud)."""
    return f"{d:%A} {d.day} {d:%B %Y}"


class _Builder:
    def __init__(self, data: PlanData, options: PlanOptions) -> None:
        self.data = data
        self.options = options
        self.st = PlanStyles.for_options(options)
        self.easy = options.easy_read
        self.story: list[Flowable] = []
        self.width = CONTENT_WIDTH  # of the column being filled (right-to-left lines need it)

    # -- small pieces --------------------------------------------------------------------------

    def heading(self, key: str) -> None:
        text = _HEADINGS[key][1 if self.easy else 0]
        self.story.append(SectionHeading(text, self.st.bold, self.st.heading_size))

    def fixed(self, markup: str, style: ParagraphStyle | None = None, **kw: str) -> None:
        """Our own wording (already markup), never user text."""
        self.story.append(Paragraph(markup, style or self.st.body, **kw))

    def user(
        self, text: str, style: ParagraphStyle | None = None, *, label: str = "", bullet: str = ""
    ) -> bool:
        """The person's words as paragraphs, with an optional bold label. False when empty."""
        style = style or self.st.body
        parts = blocks(text, one_idea_per_line=self.easy)
        if not parts:
            return False
        label_markup = f"<b>{label}</b>" if label else ""
        if getattr(style, "keepWithNext", False) and sum(map(len, parts)) > KEEP_WITH_NEXT_CHARS:
            # Keeping pages of text with what follows would only push it all to a new page.
            style = ParagraphStyle(f"{style.name}-free", parent=style, keepWithNext=False)
        rtl = any(has_rtl(p) for p in parts)
        if label_markup and (self.easy or rtl):
            # Easy read and right-to-left text: the label stands on its own line.
            self.story.append(Paragraph(label_markup, self._label_style(style)))
            label_markup = ""
        for i, part in enumerate(parts):
            first = i == 0
            prefix = f"{label_markup} " if first and label_markup else ""
            kwargs = {"bulletText": bullet} if first and bullet else {}
            if has_rtl(part):
                self.story.append(self._rtl_paragraph(part, style, bullet if first else ""))
            else:
                font = style.fontName
                self.story.append(Paragraph(prefix + rich(part, font), style, **kwargs))
        return True

    def keep(self, start: int, *, soft: bool = False) -> None:
        """Start story[start:] on a new page when it would otherwise split and is short.

        Measured, not wrapped in KeepTogether: long text stays free to flow across pages.
        """
        total = 0.0
        for f in self.story[start:]:
            _, h = f.wrap(CONTENT_WIDTH, FRAME_HEIGHT)
            total += h + f.getSpaceBefore() + f.getSpaceAfter()
            if total > FRAME_HEIGHT * KEEP_FRACTION:
                return
        self.story.insert(start, KeepBlock(total, FRAME_HEIGHT * SOFT_ROOM if soft else None))

    def _label_style(self, style: ParagraphStyle) -> ParagraphStyle:
        return ParagraphStyle(f"{style.name}-keep", parent=style, keepWithNext=True, spaceAfter=0)

    def _rtl_paragraph(self, text: str, style: ParagraphStyle, bullet: str) -> Paragraph:
        width = self.width - style.leftIndent - style.rightIndent - 2
        lines = visual_lines(text, style.fontName, style.fontSize, width)
        markup = "<br/>".join(rich(line, style.fontName) for line in lines)
        if starts_rtl(text):
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        return Paragraph(markup, style, bulletText=bullet or None)

    # -- sections ------------------------------------------------------------------------------

    def title(self) -> None:
        st = self.st
        self.fixed("My plan", st.title)
        name = rich(self.data.name or "me", st.bold)
        self.fixed(f"This plan belongs to <b>{name}</b>.", st.intro)
        made = long_date(self.data.made_on)
        with_whom = self.data.worker.name
        if with_whom:
            self.fixed(
                f"We made it together on {made}, with {rich(with_whom, st.regular)}.", st.intro
            )
        else:
            self.fixed(f"We made it together on {made}.", st.intro)

    def what_matters(self) -> None:
        self.heading("matters")
        if not self.user(self.data.what_matters, self.st.intro):
            self.fixed("We will talk about this next time we meet.", self.st.note)

    def goals(self) -> None:
        self.heading("goals")
        if not self.data.goals:
            self.fixed("We have not written any goals yet. We will do this together.", self.st.note)
        start = len(self.story) - 1  # the first goal keeps its heading with it
        for number, goal in enumerate(self.data.goals, start=1):
            self._goal(number, goal)
            self.keep(start)
            start = len(self.story)

    def _goal(self, number: int, goal: PlanGoal) -> None:
        st = self.st
        lead = ParagraphStyle(
            "goal",
            parent=st.lead,
            leftIndent=st.item.leftIndent,
            bulletFontName=st.bold,
            bulletFontSize=st.lead.fontSize,
        )
        done = " (done!)" if goal.achieved else ""
        self.user(goal.text + done, lead, bullet=f"{number}.")
        self.user(goal.why, st.item, label="Why it matters to me:")
        if goal.target_date:
            when = "When I want to do it by:" if self.easy else "I would like to do this by:"
            self.fixed(f"<b>{when}</b> {long_date(goal.target_date)}", st.item)

    def first_steps(self) -> None:
        self.heading("steps")
        st = self.st
        box = ParagraphStyle(
            "step",
            parent=st.item,
            bulletFontName=st.regular,
            bulletFontSize=st.size * 1.6,
            bulletOffsetY=-st.size * 0.1,
            spaceBefore=st.size * 0.2,
            spaceAfter=st.size * 0.55,
        )
        steps = [g.first_step for g in self.data.goals if g.first_step.strip() and not g.achieved]
        if not steps:
            self.fixed("We will choose a first small step together.", st.note)
            return
        self.fixed("Tick each one when you have done it.", st.body)
        for step in steps:
            self.user(step, box, bullet=CHECKBOX)

    def connections(self) -> None:
        self.heading("see")
        if not self.data.connections:
            self.fixed("No one yet. We will find the right people together.", self.st.note)
        start = len(self.story) - 1
        for connection in self.data.connections:
            self._connection(connection)
            self.keep(start, soft=True)
            start = len(self.story)

    def _connection(self, c: PlanConnection) -> None:
        st = self.st
        rule = HRFlowable(
            width="100%", thickness=0.6, dash=(2, 2), spaceBefore=st.size * 0.4, spaceAfter=0
        )
        rule.keepWithNext = True
        self.story.append(rule)
        self.user(c.name, st.lead)
        self.user(c.what, st.item, label="What it is:")
        self.user(c.when, st.item, label="When:")
        self.user(c.where, st.item, label="Where:")
        self.user(c.how_to_get_there, st.item, label="How to get there:")
        self.user(c.cost, st.item, label="Cost:")
        if c.contact:
            joiner = "\n" if self.easy else ";  "
            self.user(joiner.join(c.contact), st.item, label="Contact:")
        self.user(c.person_action, st.item, label="I will:")
        self.user(c.worker_action, st.item, label="My link worker will:")
        if c.due_on:
            self.fixed(f"<b>By:</b> {long_date(c.due_on)}", st.item)

    def next_meeting(self) -> None:
        self.heading("next")
        st = self.st
        meeting = self.data.next_meeting
        if meeting is None:
            self.fixed("Your link worker will get in touch to arrange this.", st.note)
            return
        self.fixed(long_date(meeting.on), st.lead)
        if meeting.kind:
            self.fixed(f"<b>How:</b> {rich(meeting.kind, st.regular)}", st.body)
        self.user(meeting.venue, st.body, label="Where:")

    def worker(self) -> None:
        self.heading("worker")
        st = self.st
        w = self.data.worker
        if not any((w.name, w.phone, w.email, w.organisation)):
            self.fixed("Ask at your GP practice for the social prescribing link worker.", st.note)
            return
        self.user(w.name, st.lead)
        self.user(w.organisation, st.body)
        self.user(w.phone, st.body, label="Phone:")
        self.user(w.email, st.body, label="Email:")

    def urgent(self) -> None:
        self.heading("urgent")
        st = self.st
        rows: list[list[Flowable]] = []
        for line in self.data.urgent_help:
            text = " ".join(blocks(line))
            if not text:
                continue
            who, sep, rest = text.partition(":")
            if sep and len(who) <= 40:
                markup = f"<b>{rich(who, st.bold)}:</b>{rich(rest, st.regular)}"
            else:
                markup = rich(text, st.regular)
            rows.append([Paragraph(markup, st.body)])
        if not rows:
            return
        table = Table(rows, colWidths=[CONTENT_WIDTH], splitByRow=1, splitInRow=1)
        pad = st.size * 0.6
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 2, "black"),
                    ("FONTNAME", (0, 0), (-1, -1), st.regular),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), pad / 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad / 2),
                ]
            )
        )
        self.story.append(table)

    def side_by_side(self, left: Callable[[], None], right: Callable[[], None]) -> None:
        """Two short sections in two columns (saves a page); stacked when either is long."""
        gap = self.st.size * 1.5
        column = (CONTENT_WIDTH - gap) / 2
        start = len(self.story)
        self.width = column
        left()
        middle = len(self.story)
        right()
        self.width = CONTENT_WIDTH
        cells = [[self.story[start:middle], self.story[middle:]]]
        table = Table(cells, colWidths=[column + gap, column])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), self.st.regular),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), gap),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        _, height = table.wrap(CONTENT_WIDTH, FRAME_HEIGHT)
        del self.story[start:]
        titles = [
            f.text for f in (cells[0][0][:1] + cells[0][1][:1]) if isinstance(f, SectionHeading)
        ]
        too_wide = any(stringWidth(t, self.st.bold, self.st.heading_size) > column for t in titles)
        if self.easy or too_wide or height > FRAME_HEIGHT * SIDE_BY_SIDE_MAX:
            for section in (left, right):
                start = len(self.story)
                section()
                self.keep(start)
            return
        space = self.st.heading_size
        self.story += [KeepBlock(height + space), Spacer(1, space), table]

    def build(self) -> list[Flowable]:
        self.title()
        for section in (self.what_matters, self.goals, self.first_steps, self.connections):
            start = len(self.story)
            section()
            if section in (self.what_matters, self.first_steps):
                self.keep(start)
        self.side_by_side(self.next_meeting, self.worker)
        start = len(self.story)
        self.urgent()
        self.keep(start)
        return self.story


def _footer_name(name: str, font: str, size: float) -> str:
    """The owner's name for the page footer (plain text, shortened to leave room for "Page")."""
    plain = " ".join("".join(run for run, f in font_runs(name, font) if f is None).split())
    room = CONTENT_WIDTH * 0.6
    if stringWidth(plain, font, size) > room:
        while plain and stringWidth(plain + "\u2026", font, size) > room:
            plain = plain[:-1]
        plain = plain.rstrip() + "\u2026"
    return str(visual_lines(plain, font, size, 10_000)[0]) if has_rtl(plain) else plain


def build_plan_pdf(data: PlanData, options: PlanOptions | None = None) -> bytes:
    """The plan as PDF bytes. Nothing touches the disk."""
    options = options or PlanOptions()
    builder = _Builder(data, options)
    story = builder.build()
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title="My plan",
        author=data.worker.organisation or "LinkDesk",
        creator="LinkDesk",
        invariant=True,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="plan", frames=[frame])])
    # Large print means every word, the page footer included.
    footer_size = builder.st.size if options.large_print or options.easy_read else 10.0
    name = _footer_name(f"My plan: {data.name}", builder.st.regular, footer_size)
    footer = name if data.name.strip() else "My plan"
    doc.build(story, canvasmaker=canvas_maker(footer, builder.st.regular, footer_size))
    return out.getvalue()
