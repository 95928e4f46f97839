"""The walkers on every screen: each check names the screen and the controls that fail."""

from __future__ import annotations

from pathlib import Path

from tests.ui.screens import missing_dialogs, walk_screens
from tests.ui.walkers import (
    accept_buttons_without_a_letter,
    ampersands_without_buddy,
    invisible_focus,
    mnemonic_clashes,
    tab_order_problems,
)


def test_every_dialog_and_window_is_walked() -> None:
    """A new dialog or window class must be added to tests/ui/screens.py (DIALOGS)."""
    assert missing_dialogs() == []


def test_no_alt_letter_is_claimed_twice_on_any_screen(qtbot, workspace_path: Path) -> None:
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
