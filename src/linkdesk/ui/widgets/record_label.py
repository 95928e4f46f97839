"""A word-wrapped label that remembers its height for each width while its text stays, and
whose text becomes selectable only when the mouse reaches it.

A selectable word-wrapped QLabel (record text the worker may copy) lays its text out in a
QTextDocument for every size question, and a layout pass asks each label several times for
the same widths (the grid, its group box, the scroll area and the stack all ask): opening a
person asked ~200 times for ~50 distinct answers (issue 15, py-spy: text layout was a
quarter of opening a person at 50,000 people). So:

- the height-for-width answers are kept per (width, text) and forgotten on any change event
  (font, style sheet, layout direction);
- a label made ``selectable`` is sized and painted as plain text (font metrics, no text
  document) until the pointer enters it or presses on it; only then is it made selectable
  by mouse (the press goes on to start the selection), and a new text makes it plain
  again. Its size hints are worked out while it is plain, so making it selectable moves
  nothing; the pixels of a plain and a selectable label are the same (tested on the
  person view).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QEnterEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

_KEPT = 16  # widths remembered per text (a resize drag asks for many; they are dropped)
_BY_MOUSE = Qt.TextInteractionFlag.TextSelectableByMouse


class RecordLabel(QLabel):
    """QLabel with its height-for-width answers kept, selectable by mouse on demand when
    ``selectable`` (see the module docstring). The key is the width and the text: margins,
    indent and word wrap are set once when it is built."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, selectable: bool = False
    ) -> None:
        super().__init__(text, parent)
        self._heights: dict[tuple[int, str], int] = {}
        self.selectable = selectable

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

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        """As QLabel's; a new text is plain again until the pointer comes (see above)."""
        if self.selectable and text != self.text():
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        super().setText(text)

    def make_selectable(self) -> None:
        """Selectable by mouse now (a ``selectable`` label, when the pointer reaches it)."""
        if self.selectable and not self.textInteractionFlags() & _BY_MOUSE:
            self.setTextInteractionFlags(_BY_MOUSE)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt name)
        self.make_selectable()
        super().enterEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        self.make_selectable()  # the text may have changed under a still pointer
        super().mousePressEvent(event)
