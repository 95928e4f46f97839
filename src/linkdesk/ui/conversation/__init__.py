"""The guided co-production conversation (issue 3).

Entry point used by the person view: ``open_conversation(parent, services, person_id)``.
"""

from __future__ import annotations

from linkdesk.ui._stub import not_ready


def open_conversation(parent, services, person_id: str) -> None:  # type: ignore[no-untyped-def]
    not_ready(parent, "The guided conversation")
