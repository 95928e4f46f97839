"""The take-home plan: a printed social prescription the person keeps (built in memory).

``build_plan_pdf(data, options) -> bytes``. The section order is fixed (see ``headings``) so a
person who has had several plans always finds things in the same place. Every fixed word comes
from the plan language's catalogue (``options.language``), every date from CLDR in that
language; every piece of text, fixed or typed, goes through ``plan.text.paragraph`` so it is
shaped and ordered the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from linkdesk.domain.enums import FollowUpKind, GoalStatus
from linkdesk.domain.settings import DEFAULT_URGENT_HELP
from linkdesk.plan import messages as m
from linkdesk.plan.fonts import shaping_memo
from linkdesk.plan.language import Catalogue, catalogue
from linkdesk.plan.layout import (
    CONTENT_WIDTH,
    FRAME_HEIGHT,
    KeepBlock,
    PlanStyles,
    SectionHeading,
    canvas_maker,
    page_document,
)
from linkdesk.plan.model import PlanConnection, PlanData, PlanGoal, PlanOptions
from linkdesk.plan.qr import meeting_qr, phone_qr
from linkdesk.plan.text import Content, Span, blocks, clean, line_paragraph, paragraph, spans

CHECKBOX = "\u2610"  # a square to tick, in DejaVu Sans
KEEP_WITH_NEXT_CHARS = 300  # a title longer than this is not held to the lines after it
SIDE_BY_SIDE_MAX = 0.35  # two sections shorter than this share a row
SOFT_ROOM = 0.15  # in a compact plan a connection starts on a page this much of which is free
KEEP_FRACTION = 0.6  # a block shorter than this part of a page is never split across pages
TWO_PAGES = 2  # a typical plan's length in regular print
# Stacked in one column, a plan taller than this many pages has always run to three pages as
# laid out normally (the tester's 80 typical plans in four languages: all above 1.77 did, all
# below 1.75 did not), so it is laid out compact at once.
COMPACT_AT = 1.76

_HEADINGS = {
    "matters": (m.H_MATTERS, m.H_MATTERS),
    "goals": (m.H_GOALS, m.H_GOALS_EASY),
    "steps": (m.H_STEPS, m.H_STEPS_EASY),
    "see": (m.H_SEE, m.H_SEE),
    "next": (m.H_NEXT, m.H_NEXT_EASY),
    "worker": (m.H_WORKER, m.H_WORKER),
    "urgent": (m.H_URGENT, m.H_URGENT_EASY),
}
_MEETING_KIND = {
    FollowUpKind.IN_PERSON: m.IN_PERSON,
    FollowUpKind.PHONE: m.PHONE_CALL,
    FollowUpKind.VIDEO: m.VIDEO_CALL,
    FollowUpKind.HOME_VISIT: m.HOME_VISIT,
}
_GOAL_STATUS = {
    GoalStatus.NOT_STARTED: m.NOT_STARTED,
    GoalStatus.IN_PROGRESS: m.IN_PROGRESS,
    GoalStatus.ACHIEVED: m.ACHIEVED,
    GoalStatus.CHANGED: m.CHANGED,
    GoalStatus.STOPPED: m.STOPPED,
}


def headings(*, easy_read: bool = False, language: str = "en") -> list[str]:
    """The section headings, in the order they are printed, in the plan's language."""
    cat = catalogue(language)
    return [cat(pair[1 if easy_read else 0]) for pair in _HEADINGS.values()]


def long_date(d: object, language: str = "en") -> str:
    """Tuesday 8 December 2026, in the plan's language (CLDR, never the machine's locale)."""
    return catalogue(language).long_date(d)  # type: ignore[arg-type]  # always a date here


class _Builder:
    def __init__(self, data: PlanData, options: PlanOptions, *, compact: bool = False) -> None:
        self.data = data
        self.options = options
        self.cat: Catalogue = catalogue(options.language or data.language or "en")
        self.rtl = self.cat.language.rtl
        self.st = PlanStyles.for_options(options, compact=compact)
        self.easy = options.easy_read
        self.story: list[Flowable] = []
        self.width = CONTENT_WIDTH  # of the column being filled (right-to-left lines need it)

    # -- small pieces --------------------------------------------------------------------------

    def para(
        self,
        content: Content,
        style: ParagraphStyle | None = None,
        *,
        rtl: bool | None = None,
        bullet: str = "",
    ) -> Paragraph:
        """Any text on the plan, shaped (see plan.text)."""
        return paragraph(
            content,
            style or self.st.body,
            width=self.width,
            rtl=rtl,
            bullet=bullet,
            unprintable=self.cat(m.UNPRINTABLE),
        )

    def heading(self, key: str) -> None:
        text = self.cat(_HEADINGS[key][1 if self.easy else 0])
        self.story.append(
            SectionHeading(
                text, self.st.bold, self.st.heading_size, rtl=self.rtl, compact=self.st.compact
            )
        )

    def fixed(
        self, message: str, style: ParagraphStyle | None = None, **fields: str | Span
    ) -> None:
        """One of our sentences, in the plan's language, with the person's words filled in."""
        self.story.append(self.para(spans(self.cat(message), fields), style, rtl=self.rtl))

    def user(
        self,
        text: str,
        style: ParagraphStyle | None = None,
        *,
        label: str = "",
        bullet: str = "",
        tag: str = "",
    ) -> bool:
        """The person's words as paragraphs, with an optional bold label. False when empty."""
        style = style or self.st.body
        parts = blocks(text, one_idea_per_line=self.easy)
        if not parts:
            if not text.strip():
                return False
            # Typed, but nothing printable (control characters): say so rather than print "2."
            parts = [self.cat(m.UNPRINTABLE)]
        if getattr(style, "keepWithNext", False) and sum(map(len, parts)) > KEEP_WITH_NEXT_CHARS:
            # Keeping pages of text with what follows would only push it all to a new page.
            style = ParagraphStyle(f"{style.name}-free", parent=style, keepWithNext=False)
        label_text = self.cat(label) if label else ""
        if label_text and self.easy:
            # Easy read: the label stands on its own line.
            self.story.append(
                self.para(Span(label_text, True), self._label_style(style), rtl=self.rtl)
            )
            label_text = ""
        for i, part in enumerate(parts):
            first = i == 0
            content: list[Span] = []
            if first and tag:
                content.append(Span(f"{self.cat(tag)}: ", True))
            if first and label_text:
                content.append(Span(f"{label_text} ", True))
            content.append(Span(part, embed=len(content) > 0))
            # A line with our label reads in the plan's direction; the person's own words alone
            # read in theirs (UAX #9: the first strong letter decides).
            rtl = self.rtl if len(content) > 1 else None
            self.story.append(self.para(content, style, rtl=rtl, bullet=bullet if first else ""))
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

    def date(self, d: object) -> str:
        return self.cat.long_date(d)  # type: ignore[arg-type]  # always a date here

    # -- sections ------------------------------------------------------------------------------

    def title(self) -> None:
        st = self.st
        self.fixed(m.TITLE, st.title)
        name = clean(self.data.name) or self.cat(m.ME)
        self.fixed(m.BELONGS, st.intro, name=Span(name, True))
        made = self.date(self.data.made_on)
        with_whom = clean(self.data.worker.name)
        follow_up = self.data.follow_up
        if with_whom:
            message = m.LOOKED_AGAIN_WITH if follow_up else m.MADE_WITH
            self.fixed(message, st.intro, date=made, worker=with_whom)
        else:
            self.fixed(m.LOOKED_AGAIN if follow_up else m.MADE, st.intro, date=made)

    def what_matters(self) -> None:
        self.heading("matters")
        if not self.user(self.data.what_matters, self.st.intro):
            self.fixed(m.MATTERS_EMPTY, self.st.note)

    def goals(self) -> None:
        self.heading("goals")
        if not self.data.goals:
            self.fixed(m.GOALS_EMPTY, self.st.note)
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
        new = m.NEW if self.data.follow_up and goal.is_new else ""
        self.user(goal.text, lead, bullet=f"{number}.", tag=new)
        if self.data.follow_up or goal.status != GoalStatus.NOT_STARTED:
            status = self.cat(_GOAL_STATUS[goal.status])
            note = " ".join(blocks(goal.progress_note))
            # The status is ours, the note the worker's words: an em dash keeps them apart
            # ("Still working on it — Been twice now"), the same in every language.
            words = f"{status} \u2014 {note}" if note else status
            self.user(words, st.item, label=m.PROGRESS)
        self.user(goal.why, st.item, label=m.WHY)
        if goal.target_date:
            when = m.BY_DATE_EASY if self.easy else m.BY_DATE
            self.user(self.date(goal.target_date), st.item, label=when)

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
            self.fixed(m.STEPS_EMPTY, st.note)
            return
        self.fixed(m.TICK, st.body)
        for step in steps:
            self.user(step, box, bullet=CHECKBOX)

    def connections(self) -> None:
        self.heading("see")
        if not self.data.connections:
            self.fixed(m.SEE_EMPTY, self.st.note)
        start = len(self.story) - 1
        for connection in self.data.connections:
            self._connection(connection)
            # A service's block is kept on one page (unless it is over 60 % of a page); only a
            # compact plan, laid out again because it ran past two pages, lets one that does
            # not fit start on the page when 15 % of a page is free and flow on.
            self.keep(start, soft=self.st.compact)
            start = len(self.story)

    def _connection(self, c: PlanConnection) -> None:
        st = self.st
        rule = HRFlowable(
            width="100%", thickness=0.6, dash=(2, 2), spaceBefore=st.size * 0.4, spaceAfter=0
        )
        rule.keepWithNext = True
        self.story.append(rule)
        new = m.NEW if self.data.follow_up and c.is_new else ""
        self.user(c.name or self.cat(m.A_SERVICE), st.lead, tag=new)
        self.user(c.what, st.item, label=m.WHAT)
        self.user(c.when, st.item, label=m.WHEN)
        self.user(c.where, st.item, label=m.WHERE)
        self.user(c.how_to_get_there, st.item, label=m.HOW_TO_GET_THERE)
        cost = c.cost or (self.cat(m.FREE) if c.free else "")
        self.user(cost, st.item, label=m.COST)
        start = len(self.story)
        self.user(c.phone, st.item, label=m.PHONE)
        self.user(c.email, st.item, label=m.EMAIL)
        self.user(c.website, st.item, label=m.WEBSITE)
        if c.contact:
            joiner = "\n" if self.easy else ";  "
            self.user(joiner.join(c.contact), st.item, label=m.CONTACT)
        if c.phone and self.options.qr_codes and not self.st.compact:
            self._beside(start, phone_qr(c.phone, self.cat(m.QR_PHONE), st, rtl=self.rtl))
        self.user(c.person_action, st.item, label=m.I_WILL)
        self.user(c.worker_action, st.item, label=m.WORKER_WILL)
        if c.due_on:
            self.user(self.date(c.due_on), st.item, label=m.BY)

    def _beside(self, start: int, code: Flowable | None) -> None:
        """Put story[start:] in a column with ``code`` (a QR code) beside it."""
        if code is None or len(self.story) == start:
            return
        code_width = code.wrap(CONTENT_WIDTH, FRAME_HEIGHT)[0]
        text = self.story[start:]
        del self.story[start:]
        cells = [[code, text]] if self.rtl else [[text, code]]
        widths = (
            [code_width, self.width - code_width]
            if self.rtl
            else [
                self.width - code_width,
                code_width,
            ]
        )
        table = Table(cells, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), self.st.regular),  # else Helvetica is added
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        self.story.append(table)

    def next_meeting(self) -> None:
        self.heading("next")
        st = self.st
        meeting = self.data.next_meeting
        if meeting is None:
            self.fixed(m.NEXT_EMPTY, st.note)
            return
        start = len(self.story)
        self.story.append(self.para(self.date(meeting.on), st.lead, rtl=self.rtl))
        if meeting.kind:
            kind = meeting.kind
            words = self.cat(_MEETING_KIND[kind]) if isinstance(kind, FollowUpKind) else kind
            self.user(words, st.body, label=m.HOW)
        self.user(meeting.venue, st.body, label=m.WHERE)
        if self.options.qr_codes:
            code = meeting_qr(
                meeting,
                summary=self.cat(m.EVENT_SUMMARY),
                worker=self.data.worker,
                caption=self.cat(m.QR_MEETING),
                styles=st,
                rtl=self.rtl,
            )
            self._beside(start, code)

    def worker(self) -> None:
        self.heading("worker")
        st = self.st
        w = self.data.worker
        if not any((w.name, w.phone, w.email, w.organisation)):
            self.fixed(m.WORKER_EMPTY, st.note)
            return
        self.user(w.name, st.lead)
        self.user(w.organisation, st.body)
        self.user(w.phone, st.body, label=m.PHONE)
        self.user(w.email, st.body, label=m.EMAIL)

    def urgent(self) -> None:
        self.heading("urgent")
        st = self.st
        rows: list[list[Flowable]] = []
        pad = st.size * 0.6
        saved, self.width = self.width, CONTENT_WIDTH - 2 * pad
        for line in self.data.urgent_help:
            text = " ".join(blocks(line))
            if not text:
                continue
            default = line.strip() in DEFAULT_URGENT_HELP
            if default:
                text = self.cat(line.strip())  # ours: printed in the plan's language
            who, sep, rest = text.partition(":")
            content: list[Span] = (
                [Span(who + ":", True), Span(rest)] if sep and len(who) <= 40 else [Span(text)]
            )
            rows.append([self.para(content, st.body, rtl=self.rtl if default else None)])
        self.width = saved
        if not rows:
            return
        table = Table(rows, colWidths=[CONTENT_WIDTH], splitByRow=1, splitInRow=1)
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
        if self.rtl:
            left, right = right, left  # the first section reads on the right
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
        # A heading may take two lines of its column (Welsh "Y tro nesaf y byddwn ni'n cwrdd" is
        # wider than half the page, and one line only kept Welsh plans from ever sharing a row).
        too_wide = any(line_paragraph(t, self.st.heading_size, width=column)[1] > 2 for t in titles)
        if self.easy or too_wide or height > FRAME_HEIGHT * SIDE_BY_SIDE_MAX:
            for section in (right, left) if self.rtl else (left, right):
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


def _footer_owner(name: str, cat: Catalogue, size: float) -> list[Span]:
    """ "My plan: <name>" for the page footer, the name shortened to one line of its room."""
    name = " ".join(clean(name).split())
    if not name:
        return [Span(cat(m.TITLE))]
    room = CONTENT_WIDTH * 0.62
    template = cat(m.FOOTER_OWNER)
    shown = name
    while shown and line_paragraph(spans(template, name=shown), size, width=room)[1] > 1:
        shown = shown[: max(len(shown) - max(len(shown) // 8, 1), 0)].rstrip()
    if shown != name:
        shown = (shown or name[:1]) + "\u2026"
    return spans(template, name=shown)


def build_plan_pdf(data: PlanData, options: PlanOptions | None = None) -> bytes:
    """The plan as PDF bytes, in ``options.language``. Nothing touches the disk.

    In regular print a plan that runs past two pages is laid out once more, compact (closer
    lines and gaps, no QR code for services' phone numbers), and that is kept when it has
    fewer pages: the same type size, and blocks still kept together, but a typical plan (two
    goals, two connections) fits two A4 pages in every language.
    """
    options = options or PlanOptions()
    regular = not (options.large_print or options.easy_read)
    with shaping_memo():
        builder = _Builder(data, options)
        story = builder.build()
        if regular and _height(story) > FRAME_HEIGHT * COMPACT_AT:
            # Sure to run past two pages as it is (measured on the demo's typical plans): lay
            # it out compact straight away rather than building it twice.
            return _build(_Builder(data, options, compact=True))[0]
        pdf, pages = _build(builder, story)
        if pages > TWO_PAGES and regular:
            compact, fewer = _build(_Builder(data, options, compact=True))
            if fewer < pages:
                return compact
        return pdf


def _height(story: list[Flowable]) -> float:
    """The story's height stacked in one column of the page's width, in points (the paragraphs
    keep their wrapped lines, so building it afterwards costs nothing more)."""
    total = 0.0
    for f in story:
        total += f.wrap(CONTENT_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _build(builder: _Builder, story: list[Flowable] | None = None) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    data, options = builder.data, builder.options
    cat = builder.cat
    story = builder.build() if story is None else story
    out = BytesIO()
    doc = page_document(
        out,
        "plan",
        # No name in the metadata: print queues log a document's title.
        title=cat(m.TITLE),
        author=clean(data.worker.organisation) or "LinkDesk",
        lang=cat.language.code,
    )
    # Large print means every word, the page footer included.
    footer_size = builder.st.size if options.large_print or options.easy_read else 10.0
    owner = _footer_owner(data.name, cat, footer_size)
    page = cat(m.FOOTER_PAGE)
    doc.build(story, canvasmaker=canvas_maker(owner, page, footer_size, rtl=cat.language.rtl))
    return out.getvalue(), int(doc.page)
