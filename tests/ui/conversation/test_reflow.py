"""No conversation step scrolls sideways on a laptop (issue 10): at 150 % on 1366x768 the
Connections step scrolled sideways; its columns now stack in a narrow window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QApplication

from linkdesk.ui.conversation.window import ConversationWindow
from linkdesk.ui.windows import FRAME_HEIGHT, FRAME_WIDTH
from tests.ui.screens import walk_screens


def _room(width: int, height: int, scale: float) -> QSize:
    """Logical pixels for a window on that screen at that scaling (less taskbar and frame)."""
    return QSize(int(width / scale) - FRAME_WIDTH, int(height / scale) - 40 - FRAME_HEIGHT)


ROOMS = {
    "1280x720 at 100%": _room(1280, 720, 1.0),
    "1280x720 at 150%": _room(1280, 720, 1.5),
    "1366x768 at 150%": _room(1366, 768, 1.5),
}


# Not fixed yet (issue 10): the wellbeing step's eleven answer buttons and its button rows
# need about 700 px of the large font. Listed so the test below stays strict for every other
# step; the last test fails once they fit, so this list is emptied then.
# At 150 % the eleven 0-10 buttons need more room than the step has (a wrapping row of them
# is still to do); at 100 % every step fits, the answers in words one above the other.
STILL_WIDE = ("wellbeing",)


def _settle() -> None:
    for _ in range(3):  # a reflow changes heights, which the scroll area then reads
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def test_no_conversation_step_scrolls_sideways(qtbot, workspace_path: Path) -> None:
    problems: list[str] = []
    still_wide: list[str] = []
    walked = 0
    for screen in walk_screens(qtbot, workspace_path):
        window = screen.window
        if not isinstance(window, ConversationWindow):
            continue
        walked += 1
        for room_name, room in ROOMS.items():
            window.resize(room.expandedTo(window.minimumSize()))
            _settle()
            bar = window.step_area.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                said = f"{screen.name} at {room_name}: scrolls {bar.maximum()} px sideways"
                known = "150%" in room_name and any(
                    name in screen.name.lower() for name in STILL_WIDE
                )
                (still_wide if known else problems).append(said)
    assert walked >= 9  # every step, and the wellbeing question and scores
    assert problems == [], "\n".join(problems)
    assert still_wide, "the wellbeing step fits at 150 % now: empty STILL_WIDE"


def test_the_connections_columns_stack_only_when_narrow(qtbot, workspace_path: Path) -> None:
    from linkdesk.ui.conversation.step_connections import ConnectionsStep

    for screen in walk_screens(qtbot, workspace_path):
        window = screen.window
        if isinstance(window, ConversationWindow) and isinstance(
            window.current_page, ConnectionsStep
        ):
            step = window.current_page
            window.resize(ROOMS["1366x768 at 150%"].expandedTo(window.minimumSize()))
            _settle()
            assert step.columns.stacked
            window.resize(QSize(1900, 1000))
            _settle()
            assert not step.columns.stacked  # side by side on a wide screen
            return
    raise AssertionError("the Connections step was not walked")


def test_answers_in_words_stand_one_above_the_other(qtbot, workspace_path: Path) -> None:
    """The loneliness questions' answers ("Hardly ever or never"...) in a row pushed the step
    wider than a 1366-pixel screen at 100 %; numbers stay in a row."""
    from PySide6.QtWidgets import QBoxLayout

    from linkdesk.ui.conversation.step_wellbeing import QUESTIONS, WellbeingStep

    for screen in walk_screens(qtbot, workspace_path):
        window = screen.window
        if not isinstance(window, ConversationWindow) or "wellbeing question" not in screen.name:
            continue
        (step,) = window.findChildren(WellbeingStep)
        words = next(i for i, (key, _n) in enumerate(QUESTIONS) if key != QUESTIONS[0][0])
        step.show_question(words)
        assert step.answers_row.direction() == QBoxLayout.Direction.TopToBottom
        window.resize(ROOMS["1280x720 at 100%"].expandedTo(window.minimumSize()))
        _settle()
        bar = window.step_area.horizontalScrollBar()
        assert not (bar.isVisible() and bar.maximum() > 0)
        step.show_question(0)
        assert step.answers_row.direction() == QBoxLayout.Direction.LeftToRight
        return
    raise AssertionError("the walk never showed a wellbeing question")
