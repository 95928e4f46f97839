"""Commissioner reports page. Entry point: ``ReportsPage(services, parent=None)``."""

from __future__ import annotations

from linkdesk.ui._stub import PlaceholderPage


class ReportsPage(PlaceholderPage):
    def __init__(self, services, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__("Reports are coming soon.", parent)
