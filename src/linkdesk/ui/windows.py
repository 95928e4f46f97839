"""Windows that open on the screen they are on, at a size that fits it.

Every window and dialog opens through :func:`fit_to_screen`: the size it would like, made no
larger than the screen's free area (the taskbar left out) less the window manager's frame.
On a 1366×768 laptop at 150 % scaling that free area is only about 910×480 logical pixels,
so a window's minimum size must fit there too; the fit tests check every window's.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and borders (logical pixels).
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def room_for(widget: QWidget) -> QRect:
    """The free area of the screen ``widget`` is on (or the primary screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fitted(preferred: QSize, room: QRect) -> QSize:
    """``preferred``, no larger than ``room`` less the window frame."""
    return QSize(
        min(preferred.width(), room.width() - FRAME_WIDTH),
        min(preferred.height(), room.height() - FRAME_HEIGHT),
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to ``width`` × ``height`` or the screen's free area, if smaller."""
    size = fitted(QSize(width, height), room_for(widget))
    size = size.expandedTo(widget.minimumSize())
    widget.resize(size)
    return size
