"""Conversation steps are built when first shown, so opening the window never blocks the UI
thread long (DESIGN §8: benchmarks/ui_stalls.py measures it; these check the laziness holds)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

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


def test_connections_look_the_directory_up_on_a_worker_and_show_the_latest_answer(
    qtbot, services: AppServices, person_id: str, with_directory: None
) -> None:
    """The suggestions (50-120 ms at 5,000 services) are found on a worker thread, not the
    UI thread; the step shows them when they land, and an answer overtaken by a newer search
    never replaces the newer one's."""
    import threading

    from linkdesk.services.directory import DirectoryService
    from linkdesk.ui.conversation import open_conversation
    from linkdesk.ui.ops import Operations

    conversation = services.conversation.start_or_resume(person_id)
    services.conversation.set_need(person_id, conversation.id, "physical_activity", 3, "")
    services.conversation.set_step(conversation.id, "connections")
    threads: list[threading.Thread] = []
    original = DirectoryService.suggest_for_areas

    def watched(self: DirectoryService, *args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    DirectoryService.suggest_for_areas = watched  # type: ignore[method-assign]
    ops = Operations()
    try:
        window = open_conversation(None, services, person_id, ops=ops)
        qtbot.addWidget(window)
        step = window.current_page
        qtbot.waitUntil(lambda: step.results.count() > 0)
        assert threads
        assert threads[0] is not threading.main_thread()
        assert step.results_label.text() == "Suggested for what matters to them"
        assert step.results.item(0).text().startswith("Tuesday Walking Group")

        step.search.setText("chatter")  # two searches in flight: the later one shows
        step.search.setText("money")
        qtbot.waitUntil(lambda: ops.running == 0)
        names = [step.results.item(i).text() for i in range(step.results.count())]
        assert names == ["Money Matters Advice"]
        assert step.results_label.text() == "Services matching 'money'"
    finally:
        DirectoryService.suggest_for_areas = original  # type: ignore[method-assign]
        qtbot.waitUntil(lambda: ops.running == 0)
        window.flush()


def test_the_first_step_is_laid_out_once_at_the_windows_real_size(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    """The step built before the window shows has its layout held back until it shows (so it
    is not laid out first at a new widget's 100 px): once shown, it is laid out as a layout
    pass now would lay it out, and a step built later lays out at once."""
    window = open_window()
    page = window.current_page
    layout = page.layout()
    assert layout is not None
    assert layout.isEnabled()
    assert window._held_layouts == []
    placed = {w: w.geometry() for w in page.findChildren(QWidget) if w.isVisible()}
    assert page.width() > 300  # the step's real width, not a fresh widget's 100 px
    assert all(g.right() <= page.width() for g in placed.values())
    layout.invalidate()
    layout.activate()
    assert {w: w.geometry() for w in placed} == placed
    qtbot.keyClick(window, Qt.Key.Key_3, ALT)
    areas = window.current_page
    assert isinstance(areas, AreasStep)
    areas_layout = areas.layout()
    assert areas_layout is not None
    assert areas_layout.isEnabled()
