"""The walkers on every screen: each check names the screen and the controls that fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QApplication

from linkdesk.ui import i18n
from linkdesk.ui.windows import FRAME_HEIGHT, FRAME_WIDTH
from tests.ui.screens import missing_dialogs, walk_screens
from tests.ui.walkers import (
    accept_buttons_without_a_letter,
    ampersands_without_buddy,
    clipped,
    invisible_focus,
    mnemonic_clashes,
    tab_order_problems,
    too_big,
)


def test_every_dialog_and_window_is_walked() -> None:
    """A new dialog or window class must be added to tests/ui/screens.py (DIALOGS)."""
    assert missing_dialogs() == []


@pytest.mark.parametrize("language", i18n.ui_codes())
def test_no_alt_letter_is_claimed_twice_on_any_screen(
    qtbot, workspace_path: Path, language: str
) -> None:
    """In every shipped UI language: a translation brings its own Alt letters (Welsh had
    Alt+D on three fields of Add person)."""
    i18n.install_language(language)
    problems: dict[str, list[str]] = {}
    for screen in walk_screens(qtbot, workspace_path):
        found = (
            mnemonic_clashes(screen.window)
            + [
                f"{label} shows an Alt+letter that does nothing (no buddy)"
                for label in ampersands_without_buddy(screen.window)
            ]
            + accept_buttons_without_a_letter(screen.window)
        )
        if found:
            problems[screen.name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_focus_is_visible_on_every_control(qtbot, workspace_path: Path) -> None:
    """Each control a worker can Tab to is grabbed focused and unfocused: the pixels differ."""
    problems: dict[str, list[str]] = {}
    for screen in walk_screens(qtbot, workspace_path):
        found = invisible_focus(screen.window)
        if found:
            problems[screen.name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_tab_follows_the_reading_order_on_every_screen(qtbot, workspace_path: Path) -> None:
    """Tab visits every control, in the order the layouts place them (rows top to bottom,
    each row left to right), including "Helps with goal" on the connections step."""
    problems: dict[str, list[str]] = {}
    for screen in walk_screens(qtbot, workspace_path):
        found = tab_order_problems(screen.window)
        if found:
            problems[screen.name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


# Logical pixels a window may use: the screen at that scaling, less a 40-pixel taskbar and
# the window manager's frame (ui/windows.py). 150 % on 1366x768 is the tightest.
ROOMS = {
    "1366x768 at 150%": QSize(1366 * 2 // 3 - FRAME_WIDTH, 768 * 2 // 3 - 40 - FRAME_HEIGHT),
    "1280x720 at 125%": QSize(1280 * 4 // 5 - FRAME_WIDTH, 720 * 4 // 5 - 40 - FRAME_HEIGHT),
}


def test_every_window_fits_a_laptop_screen_at_125_and_150_percent(
    qtbot, workspace_path: Path
) -> None:
    """Minimum sizes fit 1280x720 at 125 % and 1366x768 at 150 % (what a window manager
    needs), and at that size nothing on screen is squeezed below its own size."""
    problems: dict[str, list[str]] = {}
    for screen in walk_screens(qtbot, workspace_path):
        found = []
        for room_name, room in ROOMS.items():
            found += [f"{room_name}: {p}" for p in too_big(screen.window, room)]
        smallest = ROOMS["1366x768 at 150%"]
        screen.window.resize(smallest.expandedTo(screen.window.minimumSize()))
        # Let every layout settle (scroll areas size their contents from the posted events).
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        found += clipped(screen.window)
        if found:
            problems[screen.name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
