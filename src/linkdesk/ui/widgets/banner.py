"""A coloured strip with a message in words (never colour alone), e.g. safeguarding."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from linkdesk.ui.widgets.record_label import RecordLabel

KINDS = ("info", "warning", "danger", "error")


class Banner(RecordLabel):
    """Plain-text banner; ``kind`` selects the style sheet rule (``Banner[kind="danger"]``)."""

    def __init__(self, text: str = "", kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__("", parent, selectable=True)  # by mouse, once the pointer reaches it
        self.setTextFormat(Qt.TextFormat.PlainText)  # record text is data, never markup
        self.setWordWrap(True)
        self.set_kind(kind)
        self.setText(text)
        self.setVisible(bool(text))

    def set_kind(self, kind: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)

    def show_message(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.set_kind(kind)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)
