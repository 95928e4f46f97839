"""Plan preview, print and save (issue 5).

Entry point: ``show_plan(parent, services, person_id)``.
"""

from __future__ import annotations

from linkdesk.ui._stub import not_ready


def show_plan(parent, services, person_id: str) -> None:  # type: ignore[no-untyped-def]
    not_ready(parent, "Printing the plan")
