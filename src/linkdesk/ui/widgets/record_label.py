"""A word-wrapped label that remembers its height for each width while its text stays.

A selectable word-wrapped QLabel (record text the worker may copy) lays its text out in a
QTextDocument for every height-for-width question, and a layout pass asks each label
several times for the same widths (the grid, its group box, the scroll area and the stack
all ask): opening a person asked ~200 times for ~50 distinct answers (issue 15, py-spy:
text layout was a quarter of opening a person at 50,000 people). The answers are kept per
(width, text) and forgotten on any change event (font, style sheet, layout direction).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

_KEPT = 16  # widths remembered per text (a resize drag asks for many; they are dropped)


class RecordLabel(QLabel):
    """QLabel with its height-for-width answers kept (see the module docstring). The key is
    the width and the text: margins, indent and word wrap are set once when it is built."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[tuple[int, str], int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        key = (width, self.text())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _KEPT:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().changeEvent(event)
