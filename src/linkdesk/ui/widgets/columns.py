"""Two columns side by side when there is room, one above the other when there is not.

A step that puts two columns side by side needs their two widths at least; in a narrow
window (1366x768 at 150 %, 1280x720) its scroll area then scrolls sideways, which hides half
of each line. :class:`ReflowColumns` asks only for the wider column's width: given less room
than both need side by side it stacks them (first above second), and says so through
``height_for_width`` so the scroll area around it scrolls down instead. Tab order is the
widgets' own, the same either way (first column, then second).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QSizePolicy, QWidget


class ReflowColumns(QWidget):
    """``first`` and ``second`` (layouts) in two columns (widths shared by ``stretch``), or
    stacked when narrow."""

    def __init__(
        self,
        first: QLayout,
        second: QLayout,
        parent: QWidget | None = None,
        *,
        stretch: tuple[int, int] = (1, 1),
    ) -> None:
        super().__init__(parent)
        self.first = QWidget()
        self.first.setLayout(first)
        self.second = QWidget()
        self.second.setLayout(second)
        for column in (first, second):
            column.setContentsMargins(0, 0, 0, 0)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.box.addWidget(self.first, stretch[0])
        self.box.addWidget(self.second, stretch[1])
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def side_by_side_width(self) -> int:
        """The narrowest width that holds both columns side by side."""
        return (
            self.first.minimumSizeHint().width()
            + self.second.minimumSizeHint().width()
            + self.box.spacing()
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        a, b = self.first.minimumSizeHint(), self.second.minimumSizeHint()
        return QSize(max(a.width(), b.width()), max(a.height(), b.height()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        a, b = self.first.sizeHint(), self.second.sizeHint()
        return QSize(a.width() + b.width() + self.box.spacing(), max(a.height(), b.height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        a, b = self.first.minimumSizeHint(), self.second.minimumSizeHint()
        if width >= self.side_by_side_width():
            return max(a.height(), b.height())
        return a.height() + self.box.spacing() + b.height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self.side_by_side_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()  # the height it needs has changed
        super().resizeEvent(event)
