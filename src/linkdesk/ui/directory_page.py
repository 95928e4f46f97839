"""The directory page (issue 4). Entry point: ``DirectoryPage(services, parent=None)``."""

from __future__ import annotations

from linkdesk.ui._stub import PlaceholderPage


class DirectoryPage(PlaceholderPage):
    def __init__(self, services, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__("The directory of services is coming soon.", parent)
