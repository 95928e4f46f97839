"""A follow-up conversation: goals marked, connection statuses, change from baseline."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from linkdesk.domain.enums import (
    ConnectionStatus,
    ConsentScope,
    ConversationKind,
    GoalStatus,
    Timepoint,
)
from linkdesk.services.app_services import AppServices
from tests.ui.conversation.conftest import focused, visible_texts

ALT = Qt.KeyboardModifier.AltModifier


def _first_conversation(services: AppServices, person_id: str) -> None:
    conv = services.conversation
    first = conv.start_or_resume(person_id)
    services.people.record_consent(person_id, ConsentScope.STORE, True, recorded_by="worker")
    conv.save_text(first.id, "what_matters", "Seeing people again")
    goal = conv.save_goal(person_id, first.id, None, text="Walk to the park")
    connection = conv.add_connection(person_id, first.id, name="Lunch club")
    connection.goal_id = goal.id
    conv.update_connection(connection)
    for i, value in enumerate([3, 4, 2, 8]):
        conv.answer(first, "ONS4", i, value)
    for i, value in enumerate([3, 3, 2]):
        conv.answer(first, "UCLA3", i, value)
    conv.book_follow_up(person_id, date.today())
    conv.finish(first.id)


def test_follow_up_by_keyboard(qtbot, services: AppServices, person_id: str, open_window) -> None:
    _first_conversation(services, person_id)
    window = open_window()
    assert window.ctx.conversation.kind == ConversationKind.FOLLOW_UP
    assert window.current_page.key == "consent"

    # What they said last time is there to glance at.
    qtbot.keyClick(window, Qt.Key.Key_2, ALT)
    assert "Last time they said: Seeing people again" in visible_texts(window)

    # Goals: pick the earlier goal from the list, mark it achieved with a note.
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    goals = window.current_page
    qtbot.keyClick(window, Qt.Key.Key_S, ALT)  # "Goals so far" list
    assert focused() is goals.list
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert goals.review.isVisible()
    assert "Not started" in goals.history.text()
    qtbot.keyClick(window, Qt.Key.Key_E, ALT)  # Progress note
    qtbot.keyClicks(focused(), "walked there twice")
    qtbot.keyClick(window, Qt.Key.Key_V, ALT)  # Achieved
    (goal,) = services._repos.goals.for_person(person_id)
    qtbot.waitUntil(lambda: services._repos.goals.get(goal.id).status == GoalStatus.ACHIEVED)
    (progress,) = services._repos.goal_progress.for_person(person_id)
    assert progress.status == GoalStatus.ACHIEVED
    assert progress.note == "walked there twice"
    assert progress.conversation_id == window.ctx.conversation.id
    assert "Achieved - walked there twice" in goals.history.text()

    # Connections: choose the one to edit (none is chosen for the worker), then its status.
    qtbot.keyClick(window, Qt.Key.Key_5, ALT)
    connections = window.current_page
    assert not connections.editor.isEnabled()
    assert connections.editing.text().startswith("No connection chosen")
    qtbot.keyClick(window, Qt.Key.Key_E, ALT)  # Connections agreed
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first one
    assert connections.editing.text().startswith("Editing connection: ")
    qtbot.keyClick(window, Qt.Key.Key_T, ALT)  # Status
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # agreed -> referred
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # -> attending
    (connection,) = services._repos.connections.for_person(person_id)
    assert services._repos.connections.get(connection.id).status == ConnectionStatus.ATTENDING

    # Wellbeing: the change from the first time is shown in plain words.
    qtbot.keyClick(window, Qt.Key.Key_6, ALT)
    wellbeing = window.current_page
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Start has focus
    qtbot.waitUntil(lambda: wellbeing.pages.currentIndex() == 1)
    for key in (Qt.Key.Key_6, Qt.Key.Key_6, Qt.Key.Key_5, Qt.Key.Key_4):
        qtbot.keyClick(focused(), key)
    for key in (Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_1):
        qtbot.keyClick(focused(), key)
    text = wellbeing.summary_text
    assert "Since the first time" in wellbeing.summary.text()
    assert "Life satisfaction: 3 then 6, better by 3" in text
    assert "Anxiety yesterday: 8 then 4, better by 4" in text
    assert "Loneliness score (3 to 9): 8 then 4, better by 4" in text
    measures = [
        m
        for m in services._repos.measures.for_person(person_id)
        if m.timepoint == Timepoint.FOLLOW_UP
    ]
    assert {m.instrument: m.answers for m in measures} == {"ONS4": [6, 6, 5, 4], "UCLA3": [2, 1, 1]}

    # Finishing the follow-up marks the booked one done and books the next.
    qtbot.keyClick(window, Qt.Key.Key_8, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), (date.today() + timedelta(weeks=4)).strftime("%d/%m/%Y"))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: services.conversation.get(window.ctx.conversation.id).completed)
    statuses = sorted(f.status.value for f in services._repos.follow_ups.for_person(person_id))
    assert statuses == ["attended", "booked"]


def test_progress_note_typed_then_closed_is_kept(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    """A note typed for an earlier goal is stored without any status press, even when the
    window closes before the debounce fires; reopening shows it and a press keeps one row."""
    _first_conversation(services, person_id)
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    goals = window.current_page
    qtbot.keyClick(window, Qt.Key.Key_S, ALT)  # "Goals so far" list
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert goals.review.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_E, ALT)  # Progress note
    assert focused() is goals.progress_note
    qtbot.keyClicks(focused(), "walked halfway")
    window.close()  # no status pressed, debounce not yet fired

    conversation_id = window.ctx.conversation.id
    (goal,) = services._repos.goals.for_person(person_id)
    (progress,) = services._repos.goal_progress.for_person(person_id)
    assert progress.note == "walked halfway"
    assert progress.conversation_id == conversation_id
    assert progress.status == GoalStatus.NOT_STARTED  # unchanged until a status is pressed
    assert services._repos.goals.get(goal.id).status == GoalStatus.NOT_STARTED

    # Reopened, the note is there; typing on and pressing a status keeps one row.
    again = open_window()
    assert again.ctx.conversation.id == conversation_id
    qtbot.keyClick(again, Qt.Key.Key_4, ALT)
    goals = again.current_page
    qtbot.keyClick(again, Qt.Key.Key_S, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert goals.progress_note.text() == "walked halfway"
    qtbot.keyClick(again, Qt.Key.Key_E, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    qtbot.keyClicks(focused(), " then all the way")
    qtbot.keyClick(again, Qt.Key.Key_P, ALT)  # In progress
    qtbot.waitUntil(lambda: services._repos.goals.get(goal.id).status == GoalStatus.IN_PROGRESS)
    (progress,) = services._repos.goal_progress.for_person(person_id)
    assert (progress.status, progress.note) == (
        GoalStatus.IN_PROGRESS,
        "walked halfway then all the way",
    )
    assert "In progress - walked halfway then all the way" in goals.history.text()
