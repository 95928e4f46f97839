"""Conversation steps are built when first shown, so opening the window never blocks the UI
thread long (DESIGN §8: benchmarks/ui_stalls.py measures it; these check the laziness holds)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from linkdesk.services.app_services import AppServices
from linkdesk.ui.conversation.step_areas import AreasStep
from linkdesk.ui.conversation.step_consent import ConsentStep
from tests.ui.conversation.conftest import focused

ALT = Qt.KeyboardModifier.AltModifier


def test_a_conversation_opens_with_only_its_first_step_built(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    window = open_window()
    assert list(window.built) == [0]
    assert isinstance(window.current_page, ConsentStep)
    assert window.stack.count() == 1
    assert window.person_view is None
    assert focused() is window.current_page.venue

    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    assert sorted(window.built) == [0, 3]
    assert window.stack.currentWidget() is window.current_page
    assert isinstance(window.step_area, QScrollArea)  # the step shown scrolls, never squeezed
    assert window.step_area.widget() is window.stack
    assert focused() is window.current_page.text
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.person_view is not None
    assert window.showing_person


def test_a_resumed_conversation_builds_only_the_step_it_resumes_at(
    services: AppServices, person_id: str, open_window
) -> None:
    conversation = services.conversation.start_or_resume(person_id)
    services.conversation.set_step(conversation.id, "wellbeing")
    window = open_window()
    assert list(window.built) == [5]
    assert window.current_page.key == "wellbeing"


def test_connections_suggest_from_stored_areas_when_areas_step_was_not_shown(
    services: AppServices, person_id: str, open_window
) -> None:
    conversation = services.conversation.start_or_resume(person_id)
    for area, importance in (("money", 1), ("loneliness", 3), ("physical_activity", 3)):
        services.conversation.set_need(person_id, conversation.id, area, importance, "")
    window = open_window()
    from_store = window._chosen_areas()
    assert 2 not in window.built
    window.go(2)  # the areas step itself
    areas = window.current_page
    assert isinstance(areas, AreasStep)
    assert from_store == areas.chosen_keys() == window._chosen_areas()
    assert from_store == ["loneliness", "physical_activity", "money"]
