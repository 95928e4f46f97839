"""QR codes on the plan: the next meeting as a calendar event, a service's phone number.

The meeting is an iCalendar (RFC 5545) VCALENDAR with one all-day VEVENT: phone cameras offer to
add it to the calendar. It holds the date, our summary line, the venue and the worker's phone
number, never the person's name. A phone number becomes a ``tel:`` URI (RFC 3966).
"""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from linkdesk.plan.fonts import shaping_memo_dict
from linkdesk.plan.layout import PlanStyles
from linkdesk.plan.model import PlanMeeting, PlanWorker
from linkdesk.plan.scripts import runs
from linkdesk.plan.text import clean, paragraph, text_width

_MASK = 2  # columns: mask pattern 010, (j mod 3) == 0
MEETING_SIZE = 24 * mm
PHONE_SIZE = 18 * mm
_MAX_EVENT_BYTES = 600  # keeps the code small enough to scan from paper


def _ics_text(value: str) -> str:
    """RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped."""
    value = clean(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def meeting_event(meeting: PlanMeeting, summary: str, worker: PlanWorker) -> str:
    """The meeting as an iCalendar object (CRLF lines; an all-day event on the day, with the
    worker's phone number as its description)."""
    day = meeting.on.strftime("%Y%m%d")  # digits only: no locale is involved
    next_day = (meeting.on + timedelta(days=1)).strftime("%Y%m%d")
    raw = f"{day}|{clean(summary)}|{clean(meeting.venue)}"  # clean: no lone surrogates
    uid = hashlib.sha256(raw.encode()).hexdigest()[:16]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//LinkDesk//Take-home plan//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}@linkdesk.invalid",
        f"DTSTAMP:{day}T000000Z",
        f"DTSTART;VALUE=DATE:{day}",
        f"DTEND;VALUE=DATE:{next_day}",
        f"SUMMARY:{_ics_text(summary)}",
    ]
    if meeting.venue.strip():
        lines.append(f"LOCATION:{_ics_text(meeting.venue)}")
    if clean(worker.phone):
        lines.append(f"DESCRIPTION:{_ics_text(clean(worker.phone))}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    text = "\r\n".join(lines) + "\r\n"
    while len(text.encode()) > _MAX_EVENT_BYTES and "LOCATION:" in text:
        text = re.sub(r"LOCATION:[^\r]*\r\n", "", text)  # a very long venue: date over place
    return text


def tel_uri(phone: str) -> str:
    """ "01873 555 123" -> "tel:01873555123" ("" when there are not enough digits to ring)."""
    digits = re.sub(r"[^\d+]", "", phone.split(",")[0].split(";")[0])
    digits = digits[:1] + digits[1:].replace("+", "")
    return f"tel:{digits}" if len(re.sub(r"\D", "", digits)) >= 3 else ""


class QrCode(Flowable):  # type: ignore[misc]  # ReportLab has no stubs
    """A QR code (ReportLab's encoder, error correction L) drawn as black squares.

    Drawn straight on the canvas: ReportLab's QR widget would also add an unused Helvetica
    font resource to the page.
    """

    def __init__(self, value: str, size: float, quiet: int = 2) -> None:
        super().__init__()
        # Level L (7% recovery): a printed page is not scuffed like a poster, and the pure-
        # Python Reed-Solomon step costs time in proportion to the recovery data.
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.L)
        code.addData(value)
        # One fixed mask (ISO/IEC 18004 allows any of the eight): ReportLab's search for the
        # best one builds the code eight more times in pure Python, ~300 ms a code.
        code.version = code.calculate_version()
        code.makeImpl(False, _MASK)
        count = code.getModuleCount()
        # Dark modules as horizontal runs (row, first column, length): fewer rectangles to draw.
        self.runs: list[tuple[int, int, int]] = []
        for r in range(count):
            c = 0
            while c < count:
                if code.isDark(r, c):
                    start = c
                    while c < count and code.isDark(r, c):
                        c += 1
                    self.runs.append((r, start, c - start))
                else:
                    c += 1
        self.count = count + 2 * quiet
        self.quiet = quiet
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        cell = self.size / self.count
        c.setFillColorRGB(0, 0, 0)
        path = c.beginPath()
        for row, col, length in self.runs:
            x = (col + self.quiet) * cell
            y = self.size - (row + self.quiet + 1) * cell
            path.rect(x, y, cell * length, cell * 1.02)  # a little overlap: no hairlines
        c.drawPath(path, stroke=0, fill=1)


def qr_drawing(value: str, size: float) -> QrCode:
    if value.startswith("tel:"):
        return _phone_code(value, size)  # a directory's numbers recur on many plans
    memo = shaping_memo_dict()  # this document's memo: a section laid out twice reuses it
    if memo is None:
        return QrCode(value, size)
    key = ("qr", value, size)
    if key not in memo:
        memo[key] = QrCode(value, size)
    code: QrCode = memo[key]
    return code


@lru_cache(maxsize=256)
def _phone_code(uri: str, size: float) -> QrCode:
    """A service's phone number (directory data, nothing about the person)."""
    return QrCode(uri, size)


def _with_caption(
    code: QrCode, caption: str, styles: PlanStyles, width: float, *, rtl: bool
) -> Flowable:
    size = styles.size if styles.size >= 16 else 10.0  # as the page footer: large print stays large
    # Captions wrap between words, never inside one (easy-read Welsh printed "Sganiwc / h"):
    # the column widens to the longest word, up to _CAPTION_MAX, and past that the type shrinks.
    longest = max((_word_width(w, size) for w in caption.split()), default=0.0)
    room = longest + 4 + 2  # cell padding and a little slack
    if room > width:
        width = min(room, _CAPTION_MAX)
        if room > width:
            size *= (width - 6) / longest
    style = ParagraphStyle(
        "qr-caption", parent=styles.body, fontSize=size, leading=size * 1.25, spaceAfter=0
    )
    table = Table(
        [[code], [paragraph(caption, style, width=width, rtl=rtl)]],
        colWidths=[width],
    )
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("FONTNAME", (0, 0), (-1, -1), styles.regular),  # else Helvetica is added
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


_CAPTION_MAX = 46 * mm  # widest a QR code's caption column grows for a long word


def _word_width(word: str, size: float) -> float:
    """A word's printed width in points, each run in the font that prints it."""
    return sum(text_width(run.text, run.family.regular, size) for run in runs(word))


def meeting_qr(
    meeting: PlanMeeting,
    *,
    summary: str,
    worker: PlanWorker,
    caption: str,
    styles: PlanStyles,
    rtl: bool,
) -> Flowable:
    """The next meeting's QR code with a one-line instruction under it."""
    code = qr_drawing(meeting_event(meeting, summary, worker), MEETING_SIZE)
    return _with_caption(code, caption, styles, MEETING_SIZE + 14 * mm, rtl=rtl)


def phone_qr(phone: str, caption: str, styles: PlanStyles, *, rtl: bool) -> Flowable | None:
    """A QR code that rings ``phone`` (None when it is not a number)."""
    uri = tel_uri(phone)
    if not uri:
        return None
    return _with_caption(
        qr_drawing(uri, PHONE_SIZE), caption, styles, PHONE_SIZE + 10 * mm, rtl=rtl
    )
