"""A conversation's form drafts: what the worker typed that is not (yet) a record of its own.

Every field of the conversation autosaves as it is typed. Most fields are a record's field
(what matters, a goal's words); a few are not, yet: the next meeting until "Book" is pressed,
a goal's "why" typed before its words, a date that cannot be read yet, the consent form's way
and date before a box is ticked. Those are kept in ``Conversation.drafts`` (one JSON map per
conversation, in the encrypted workspace, merged and exported with the conversation), so a
crash or a close loses none of them and a resumed conversation shows them again.

Keys are ``form.field`` or ``form.item.field`` (lower-case form, then letters, digits, ``_``
or ``-``), e.g. ``booking.due``, ``goal.new.why``, ``goal.<id>.target``; values are the text
as typed. An empty value removes the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from linkdesk.domain.enums import FollowUpKind
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.worker_text import wt
from linkdesk.services.casework import CaseworkService
from linkdesk.store.repositories import Repositories

_KEY = re.compile(r"[a-z_]+(\.[A-Za-z0-9_-]+){1,2}")
MAX_KEYS = 200  # a conversation's forms hold a few dozen at most: a bound, not a quota
MAX_VALUE = 100_000  # characters of one draft value (the longest typed text field is far less)

BOOKING = "booking"


@dataclass(frozen=True, slots=True)
class BookingDraft:
    """The next meeting as typed on the Finish step, not booked yet.

    ``due_text`` is the date as typed (day/month/year, possibly not readable yet)."""

    due_text: str
    kind: FollowUpKind
    venue: str


class ConversationDrafts:
    """Read and write a conversation's drafts (each write commits, audited as an edit)."""

    def __init__(self, repos: Repositories, casework: CaseworkService) -> None:
        self.repos = repos
        self.casework = casework

    def get(self, conversation_id: str) -> dict[str, str]:
        return dict(self.repos.conversations.get(conversation_id).drafts)

    def save(self, conversation_id: str, values: Mapping[str, str]) -> None:
        """Set several draft values at once ('' removes one). Nothing is written when
        nothing changed. Raises ValidationError for a malformed key or an oversize value."""
        for key, value in values.items():
            if not _KEY.fullmatch(key):
                raise ValidationError(f"Unknown draft field {key!r}.", "drafts")
            if len(value) > MAX_VALUE:
                raise ValidationError(wt("That text is too long to keep."), "drafts")
        with self.repos.ws.transaction():
            conversation = self.repos.conversations.get(conversation_id)
            drafts = dict(conversation.drafts)
            for key, value in values.items():
                if value:
                    drafts[key] = value
                else:
                    drafts.pop(key, None)
            if drafts == conversation.drafts:
                return
            if len(drafts) > MAX_KEYS:
                raise ValidationError(wt("This conversation holds too many drafts."), "drafts")
            conversation.drafts = drafts
            self.casework.save_conversation(conversation)

    def clear(self, conversation_id: str, prefix: str) -> None:
        """Remove every draft of one form (``prefix`` such as ``goal.new``)."""
        drafts = self.get(conversation_id)
        gone = {k: "" for k in drafts if k == prefix or k.startswith(prefix + ".")}
        if gone:
            self.save(conversation_id, gone)

    # -- the next meeting ----------------------------------------------------------------------

    def booking(self, conversation_id: str) -> BookingDraft | None:
        """The next meeting as typed and not booked yet, or None."""
        drafts = self.get(conversation_id)
        if not any(k.startswith(BOOKING + ".") for k in drafts):
            return None
        try:
            kind = FollowUpKind(drafts.get(f"{BOOKING}.kind", FollowUpKind.IN_PERSON.value))
        except ValueError:  # a bundle from a later version: the usual kind
            kind = FollowUpKind.IN_PERSON
        return BookingDraft(
            drafts.get(f"{BOOKING}.due", ""), kind, drafts.get(f"{BOOKING}.venue", "")
        )

    def save_booking(self, conversation_id: str, draft: BookingDraft) -> None:
        """Keep the next meeting as typed (a draft until it is booked)."""
        self.save(
            conversation_id,
            {
                f"{BOOKING}.due": draft.due_text,
                f"{BOOKING}.kind": draft.kind.value,
                f"{BOOKING}.venue": draft.venue,
            },
        )

    def discard_booking(self, conversation_id: str) -> None:
        self.clear(conversation_id, BOOKING)
