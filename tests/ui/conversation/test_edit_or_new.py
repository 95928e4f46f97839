"""Editing or adding is never left to be guessed: after any resume (and after saving an item)
the goal and connection forms are new and empty, or name the item they edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from linkdesk.services.app_services import AppServices
from linkdesk.services.conversation import STEPS
from tests.ui.conversation.conftest import focused

ALT = Qt.KeyboardModifier.AltModifier
EARLIER_GOALS = ("Walk to the shops", "Join a choir", "Ring my sister")


@pytest.fixture
def earlier_work(services: AppServices, person_id: str) -> str:
    """A conversation left open with goals, a connection and words in it."""
    conv = services.conversation
    c = conv.start_or_resume(person_id)
    conv.save_text(c.id, "what_matters", "Seeing people")
    for text in EARLIER_GOALS:
        conv.save_goal(person_id, c.id, None, text=text, why="because")
    made = conv.add_connection(person_id, c.id, name="Knit and natter")
    conv.plan_connection(
        made.id,
        goal_id=None,
        person_action="go on Friday",
        worker_action="",
        status=made.status,
        due_text="",
    )
    return c.id


def snapshot(services: AppServices, person_id: str) -> dict[str, tuple[str, ...]]:
    conv = services.conversation
    return {
        **{g.id: (g.text, g.why, g.first_step) for g in conv.goals(person_id)},
        **{c.id: (c.name, c.person_action, c.worker_action) for c in conv.connections(person_id)},
    }


def test_focus_passing_through_the_goal_list_does_not_choose_a_goal(
    qtbot, services: AppServices, person_id: str, earlier_work: str, open_window
) -> None:
    """The fault seen: Shift+Tab into 'Goals so far' made its first goal current, and what
    was then typed as a new goal went into 'Walk to the shops'."""
    services.conversation.set_step(earlier_work, "goals")
    window = open_window()
    page = window.current_page
    assert focused() is page.text
    assert page.editing.text() == "New goal"
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is page.list
    assert page.goal_id is None
    assert page.editing.text() == "New goal"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.text
    qtbot.keyClicks(focused(), "Bake bread")
    window.flush()
    texts = [g.text for g in services.conversation.goals(person_id)]
    assert texts == [*EARLIER_GOALS, "Bake bread"]
    assert page.editing.text() == "Editing goal: Bake bread"

    # Choosing a goal is explicit: arrow keys in the list, and the form names it.
    qtbot.keyClick(window, Qt.Key.Key_S, ALT)  # Goals so far
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    assert page.editing.text() == "Editing goal: Walk to the shops"
    assert page.text.text() == "Walk to the shops"
    qtbot.keyClick(window, Qt.Key.Key_A, ALT)  # New goal (a mnemonic clicks after a moment)
    qtbot.waitUntil(lambda: page.editing.text() == "New goal")
    assert page.text.text() == page.why.text() == ""
    assert focused() is page.text


@pytest.mark.parametrize("step", STEPS)
def test_resume_at_each_step_and_type(
    qtbot, services: AppServices, person_id: str, earlier_work: str, open_window, step: str
) -> None:
    services.conversation.set_step(earlier_work, step)
    before = snapshot(services, person_id)
    window = open_window()
    page = window.current_page
    assert page.key == step
    if step == "goals":
        assert page.editing.text() == "New goal"
        assert page.text.text() == ""
    if step == "connections":
        assert page.editing.text().startswith("No connection chosen")
        assert not page.editor.isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_Y, ALT)  # something not in the directory
    target = focused()
    qtbot.keyClicks(target, "Zebra")
    qtbot.waitUntil(lambda: window.saver.is_clean, timeout=5000)  # no focus change, no button
    after = snapshot(services, person_id)
    # Nothing typed after a resume went into an item made before it.
    assert {k: v for k, v in after.items() if k in before} == before
    new = {k: v for k, v in after.items() if k not in before}
    conversation = services.conversation.get(earlier_work)
    if step == "goals":
        assert list(new.values()) == [("Zebra", "", "")]
        assert page.editing.text() == "Editing goal: Zebra"
    elif step == "connections":
        assert list(new.values()) == [("Zebra", "", "")]
        assert page.editing.text() == "Editing connection: Zebra"
    else:
        assert new == {}
    if isinstance(target, QLineEdit | QPlainTextEdit) and step not in ("goals", "connections"):
        stored = {
            "consent": conversation.venue,
            "matters": conversation.what_matters,
            "finish": conversation.drafts.get("booking.due", ""),
        }[step]
        assert "Zebra" in stored
