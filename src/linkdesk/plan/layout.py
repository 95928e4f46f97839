"""Page, type and furniture of the plan: A4, black on white, roomy, no meaning by colour."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)

from linkdesk.plan.fonts import register_fonts
from linkdesk.plan.model import PlanOptions
from linkdesk.plan.text import Content, draw_text, paragraph

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


def page_document(
    out: BinaryIO, template_id: str, *, title: str, author: str, lang: str | None = None
) -> BaseDocTemplate:
    """An A4 document written to ``out`` with these margins and one page template
    (``template_id``) whose one frame, ``body``, fills the space between them. ``title``,
    ``author`` and ``lang`` (a BCP 47 code, or None) are the PDF's metadata, with LinkDesk as
    its creator; ``invariant`` output (no dates or random ids), so the same story makes the
    same bytes."""
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        creator="LinkDesk",
        lang=lang,
        invariant=True,
    )
    frame = Frame(
        MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, FRAME_HEIGHT,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id=template_id, frames=[frame])])
    return doc


@dataclass(frozen=True)
class PlanStyles:
    """Every paragraph style of the plan, scaled from one body size."""

    regular: str
    bold: str
    size: float
    body: ParagraphStyle
    lead: ParagraphStyle  # a goal, a service name: the thing to notice first
    note: ParagraphStyle  # a gentle line when a section is empty
    title: ParagraphStyle
    intro: ParagraphStyle
    item: ParagraphStyle  # body text indented under a numbered goal or a checkbox
    heading_size: float
    compact: bool = False  # tighter lines and gaps: a plan that would run onto a third page

    @classmethod
    def for_options(cls, options: PlanOptions, *, compact: bool = False) -> PlanStyles:
        """The styles for ``options``; ``compact`` keeps the type size but closes up the lines
        (1.3 rather than 1.4 line spacing) and the gaps between items."""
        regular, bold = register_fonts()
        size = options.body_size
        leading = size * (1.55 if options.easy_read else 1.3 if compact else 1.4)
        gap = 0.5 if compact else 1.0  # of the usual space after a paragraph or an item
        body = ParagraphStyle(
            "body",
            shaping=1,  # HarfBuzz, through uharfbuzz
            fontName=regular,
            fontSize=size,
            leading=leading,
            spaceAfter=size * 0.4 * (0.75 if compact else 1.0),
            alignment=TA_LEFT,
            splitLongWords=True,
            allowWidows=1,
            allowOrphans=1,
        )
        lead = ParagraphStyle(
            "lead",
            parent=body,
            fontName=bold,
            fontSize=size * 1.15,
            leading=size * 1.15 * 1.35,
            spaceBefore=size * 0.5,
            spaceAfter=size * 0.3,
            keepWithNext=True,
        )
        item = ParagraphStyle(
            "item",
            parent=body,
            leftIndent=size * 2.1,
            bulletIndent=0,
            bulletFontName=regular,
            bulletFontSize=size,
            spaceAfter=size * 0.3 * gap,
        )
        return cls(
            regular=regular,
            bold=bold,
            size=size,
            body=body,
            lead=lead,
            note=ParagraphStyle("note", parent=body),
            title=ParagraphStyle(
                "title",
                parent=body,
                fontName=bold,
                fontSize=size * 2.4,
                leading=size * 2.8,
                spaceAfter=size * 0.4,
            ),
            intro=ParagraphStyle("intro", parent=body, fontSize=size * 1.1, leading=leading * 1.1),
            item=item,
            heading_size=size * (1.5 if options.large_print or options.easy_read else 1.45),
            compact=compact,
        )

    def with_indent(self, style: ParagraphStyle, indent: float) -> ParagraphStyle:
        return ParagraphStyle(f"{style.name}-in", parent=style, leftIndent=indent)


class SectionHeading(Flowable):  # type: ignore[misc]  # ReportLab has no stubs
    """A bold, shaped heading over a heavy rule; always kept with what follows it."""

    def __init__(
        self, text: str, font: str, size: float, *, rtl: bool = False, compact: bool = False
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.keepWithNext = True
        self.spaceBefore = size * (0.75 if compact else 1.0)
        self.spaceAfter = size * (0.45 if compact else 0.55)
        style = ParagraphStyle(
            "heading", fontName=font, fontSize=size, leading=size * 1.25, shaping=1
        )
        self._rule_gap = size * 0.3
        self._style = style
        self._rtl = rtl
        self._para: Paragraph | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        if self._para is None:
            self._para = paragraph(self.text, self._style, width=avail_width, rtl=self._rtl)
        _, h = self._para.wrap(avail_width, avail_height)
        self.height = h + self._rule_gap
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.spaceAfter)

    def draw(self) -> None:
        c = self.canv
        assert self._para is not None
        self._para.drawOn(c, 0, self._rule_gap)
        c.setLineWidth(max(1.5, self.size / 10))
        c.line(0, 0, self.width, 0)


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no stubs
    """Draws "Page 2 of 3" and the plan's owner at the foot of every page once all are known.

    Both are shaped like the body (``draw_text``); in a right-to-left plan they swap sides.
    """

    footer_owner: Content = "My plan"
    footer_page = "Page {number} of {total}"
    footer_size = 10.0
    footer_rtl = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts()[0]
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        y = MARGIN_BOTTOM - 10 * mm
        rule_y = y + self.footer_size * 1.4
        self.setLineWidth(0.8)
        self.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        page = self.footer_page.format(number=number, total=total)
        owner_width = CONTENT_WIDTH * 0.62
        page_width = CONTENT_WIDTH - owner_width
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        if self.footer_rtl:
            draw_text(
                self,
                right,
                y,
                self.footer_owner,
                self.footer_size,
                align="right",
                width=owner_width,
                rtl=True,
            )
            draw_text(self, left, y, page, self.footer_size, width=page_width, rtl=True)
        else:
            draw_text(self, left, y, self.footer_owner, self.footer_size, width=owner_width)
            draw_text(self, right, y, page, self.footer_size, align="right", width=page_width)


def canvas_maker(
    owner: Content, page: str, size: float, *, rtl: bool = False
) -> type[NumberedCanvas]:
    """A canvas class whose footer names the plan (a class, as ReportLab's build() wants)."""
    return type(
        "PlanCanvas",
        (NumberedCanvas,),
        {"footer_owner": owner, "footer_page": page, "footer_size": size, "footer_rtl": rtl},
    )


class KeepBlock(CondPageBreak):  # type: ignore[misc]  # ReportLab has no stubs
    """Start a new page before a block of ``height`` that would not fit in the space left.

    With ``room`` set, only when less than ``room`` is left: a long block then starts on this
    page and flows on, rather than leaving a large gap.
    """

    def __init__(self, height: float, room: float | None = None) -> None:
        super().__init__(height)
        self.room = room

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.room is not None and avail_height >= self.room:
            return 0, 0
        return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]  # no stubs
