"""A row of controls that wraps onto more lines when the window is narrow.

Button rows (the person view's actions, the directory's tools and filters, the report's
controls) are wider than a 1366×768 screen at 150 % leaves for them. Squeezed in a plain row,
their text was cut; in a :class:`FlowLayout` they keep their size and move to the next line,
left to right (right to left in a mirrored layout), in the order Tab visits them.
Adapted from Qt's "Flow Layout" example.

Qt asks a layout's height for a width many times per layout pass (the person view's action
row: about 70 times each time a person is opened, 30 % of the view's cost, issue 15); each
answer is kept until the layout is invalidated (an item added, taken, shown, hidden or
resized), as Qt's own box layouts keep theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QWidget,
)


class FlowLayout(QLayout):
    """Items laid out in rows, each at its size hint; a row full, the next begins."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}  # width -> height, until invalidate()
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- the QLayout interface ---------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def invalidate(self) -> None:
        """Qt calls this whenever an item's size, visibility or the style changes."""
        self._heights.clear()
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 64:  # a window dragged through many widths
                self._heights.clear()
            height = self._heights[width] = self._do_layout(QRect(0, 0, width, 0), test_only=True)
        return height

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt name)
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """All on one line."""
        width, height = 0, 0
        for item in self._items:
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, Qt.Orientation.Horizontal) if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as the widest item: everything else wraps."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- laying out -------------------------------------------------------------------------

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        kind = QSizePolicy.ControlType.PushButton
        gap = style.layoutSpacing(kind, kind, orientation)
        if gap < 0:
            metric = (
                QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                if orientation == Qt.Orientation.Horizontal
                else QStyle.PixelMetric.PM_LayoutVerticalSpacing
            )
            gap = style.pixelMetric(metric)
        return max(gap, 4)

    def _do_layout(self, rect: QRect, *, test_only: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        owner = self.parentWidget()
        mirrored = owner is not None and owner.isRightToLeft()
        x, y, line_height = area.x(), area.y(), 0
        gaps: dict[object, tuple[int, int]] = {}  # per style: every item asks the same question
        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint()
            hint = size.boundedTo(QSize(area.width(), size.height()))
            hint = hint.expandedTo(item.minimumSize())
            widget = item.widget()
            key: object = widget.style() if widget is not None else None
            if key not in gaps:
                gaps[key] = (
                    self._gap(item, Qt.Orientation.Horizontal),
                    self._gap(item, Qt.Orientation.Vertical),
                )
            gap_x, gap_y = gaps[key]
            if x > area.x() and x + hint.width() > area.right() + 1:
                x = area.x()
                y += line_height + gap_y
                line_height = 0
            if not test_only:
                left = x if not mirrored else area.right() + area.x() - x - hint.width() + 1
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + gap_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def pair(label: QWidget, field: QWidget) -> QWidget:
    """A label and its field kept together on one line of a flow."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field)
    return box
