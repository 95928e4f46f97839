"""Scroll areas that hold controls: the area itself is never a Tab stop.

Qt makes a scroll area focusable, so Tab stopped on an invisible frame between controls (with
no focus ring to show where it was). The controls inside take the focus instead, and the
area scrolls whichever one gets it into view, however it got it (Tab, Alt+letter, a click).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


class ControlsScrollArea(QScrollArea):
    """A resizable scroll area around ``inner`` (frameless unless ``frame``) that follows
    the keyboard focus."""

    def __init__(
        self, inner: QWidget, parent: QWidget | None = None, *, frame: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if not frame:
            self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(inner)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        inner = self.widget()
        if new is not None and inner is not None and inner.isAncestorOf(new):
            if new.height() > self.viewport().height() - 32:
                # Taller than the view (a whole step that takes the keys itself): show its
                # top, where its heading and question are, not its middle.
                top = new.mapTo(inner, QPoint(0, 0))
                self.ensureVisible(top.x(), top.y(), 16, 16)
            else:
                self.ensureWidgetVisible(new, 16, 16)
