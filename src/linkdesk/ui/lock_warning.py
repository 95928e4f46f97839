"""The countdown before LinkDesk locks itself: a small notice over the window in use.

It floats over the active LinkDesk window (so nothing in the window moves), never takes the
keyboard focus (the worker's next key goes where it was going, and cancels the lock), and is
read out by screen readers as an alert. ui/autolock.py drives it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget


class LockWarning(QFrame):
    """``count(seconds)`` shows or updates the notice; ``dismiss()`` hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setObjectName("lockWarning")
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet(
            "#lockWarning { background: #fff7bf; border: 3px solid #0b0c0c; }"
            "#lockWarning QLabel { color: #0b0c0c; }"
        )
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.label.setFont(font)
        layout.addWidget(self.label)
        hint = QLabel(self.tr("Press any key or move the mouse to carry on."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.seconds = 0

    def count(self, seconds: int) -> None:
        self.seconds = seconds
        self.label.setText(self.tr("LinkDesk locks in %n second(s).", "", seconds))
        self.setAccessibleName(self.label.text())
        if not self.isVisible():
            self._place()
            self.show()
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def dismiss(self) -> None:
        self.hide()

    def _place(self) -> None:
        """Centred over the top of the active LinkDesk window (or the screen)."""
        over = QApplication.activeWindow()
        area = over.frameGeometry() if over is not None else self.screen().availableGeometry()
        width = min(area.width() - 40, self.fontMetrics().horizontalAdvance("M") * 34)
        self.setFixedWidth(max(width, 200))
        self.adjustSize()
        self.move(area.center().x() - self.width() // 2, area.top() + area.height() // 4)
