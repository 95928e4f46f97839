"""The person view's first-use work, done once before anyone is opened (issue 15).

The first person opened after unlocking cost 45-60 ms of UI-thread CPU against 15-35 ms for
later ones (50,000 people): Qt's first layout and paint of a filled view (the glyphs of its
fonts and sizes, its style's first polish, the item views' first layouts), PySide's first use
of the Qt enums it touches (each made as a Python enum when first asked for) and the first
run of the record's statements. :func:`warm_up` does that work on the spare view, with a
made-up record and timeline, and empties it again: nothing is read from the workspace (so it
never waits for a worker's statement), written or shown.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmap

from linkdesk.domain.enums import ConsentScope, FollowUpStatus
from linkdesk.domain.models import (
    Consent,
    Conversation,
    FollowUp,
    Goal,
    Measure,
    Person,
    PersonRecord,
)
from linkdesk.domain.timeline import TimelineEntry, TimelineKind

if TYPE_CHECKING:
    from datetime import date

    from linkdesk.ui.person_view import PersonView

# Never shown: letters, digits and the punctuation the view's texts use, so their glyphs
# are drawn once in the view's fonts.
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz"
_OTHERS = "0123456789 (),.:;-+/'@&"


def made_up_record(today: date) -> PersonRecord:
    """A record of nobody, with most kinds the view shows (no referral: the referral panel
    would read its status history)."""
    pid = ""
    person = Person(
        id=pid,
        given_name=_LETTERS,
        family_name=_OTHERS,
        preferred_name=_LETTERS,
        date_of_birth=today - timedelta(days=365 * 40),
        phone=_OTHERS,
        email=_LETTERS,
        address=_LETTERS,
        postcode=_OTHERS,
    )
    days = [today - timedelta(days=n) for n in (60, 30, 7)]
    return PersonRecord(
        person=person,
        # No referral: the panel reads its status history, which a made-up one has not.
        consents=[
            Consent(
                person_id=pid,
                scope=ConsentScope.STORE,
                given=True,
                decided_on=days[0],
            )
        ],
        conversations=[
            Conversation(
                id=pid,
                person_id=pid,
                held_on=day,
                notes=_LETTERS,
                completed=n > 0,
            )
            for n, day in enumerate(days)
        ],
        goals=[
            Goal(
                person_id=pid,
                text=_LETTERS,
            )
        ],
        measures=[
            Measure(
                person_id=pid,
                instrument="ONS4",
                taken_on=day,
                answers=[5, 6, 7, 3],
            )
            for day in days
        ],
        follow_ups=[
            FollowUp(
                person_id=pid,
                due_on=today + timedelta(days=7),
            ),
            FollowUp(
                person_id=pid,
                due_on=days[2],
                status=FollowUpStatus.ATTENDED,
            ),
        ],
    )


def warm_up(view: PersonView) -> None:
    """Fill ``view`` with :func:`made_up_record`, lay it out and draw it into a pixmap (as
    the window would paint it), then empty it. For the spare view, hidden; ~20-40 ms."""
    parent = view.parentWidget()
    if parent is not None:
        view.setGeometry(parent.rect())  # the size it will be shown at
    today = view.services.clock.today()
    entries = [  # as the timeline service would make them, without its reads
        TimelineEntry(today - timedelta(days=n), kind, _LETTERS, _OTHERS, "", "", automatic=n > 9)
        for n, kind in enumerate(TimelineKind)
    ]
    view.fill(made_up_record(today), entries)
    ratio = view.devicePixelRatioF()
    pixmap = QPixmap(view.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    view.render(pixmap)
    view.forget()
