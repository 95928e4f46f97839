"""How LinkDesk looks: the Fusion style, the fonts and their fallbacks, and the style sheet.

One function for the GUI and the tests, so the tests see what a worker sees (the focus
rings of ``resources/styles/linkdesk.qss`` above all: the walkers grab controls focused and
unfocused and compare the pixels). A ``-style`` or ``-stylesheet`` given to Qt on the command
line wins over LinkDesk's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from linkdesk import paths
from linkdesk.qt_options import qt_option_name
from linkdesk.ui import fonts

SMALLEST_POINTS = 11.0  # points, not pixels: text scales with the screen and the settings


def style_sheet() -> str:
    """The shipped style sheet ("" when the file is missing: the self-test says so)."""
    path = paths.resource("styles", "linkdesk.qss")
    if not path.exists():
        return ""
    icons = paths.resource("icons").as_posix()  # url() takes forward slashes on Windows too
    return path.read_text(encoding="utf-8").replace("url(ICONS/", f"url({icons}/")


def apply(app: QApplication, qt_args: Sequence[str] = ()) -> None:
    """Style, fonts (at least 11 pt; every script with a fallback) and the style sheet."""
    given = {qt_option_name(arg) for arg in qt_args}
    if "style" not in given:
        app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < SMALLEST_POINTS:
        font.setPointSizeF(SMALLEST_POINTS)
    app.setFont(font)
    fonts.install(app)  # every script and emoji typed shows as typed (no empty boxes)
    if "stylesheet" not in given:
        app.setStyleSheet(style_sheet())
