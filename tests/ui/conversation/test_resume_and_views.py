"""Resume where it stopped, the show-the-person view, inline guidance, autosave timing."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from linkdesk.services.app_services import AppServices
from linkdesk.ui.conversation.step_goals import EMPTY_GOAL
from linkdesk.ui.ops import ImmediateOps
from tests.ui.conversation.conftest import focused, visible_texts

ALT = Qt.KeyboardModifier.AltModifier
SECRET_NOTE = "Owes money to neighbour XQZ-NOTE"
SECRET_CONCERN = "Bruising noticed XQZ-SAFEGUARD"


def test_closing_mid_flow_resumes_at_that_step_with_nothing_lost(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_2, ALT)
    qtbot.keyClicks(focused(), "My garden")
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    qtbot.keyClicks(focused(), "Grow tomatoes")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "I love the garden")  # no pause: still pending when closed
    assert window.saver.has_pending
    window.close()

    again = open_window()
    assert again.ctx.conversation.id == window.ctx.conversation.id
    assert again.current_page.key == "goals"
    (goal,) = services._repos.goals.for_person(person_id)
    assert (goal.text, goal.why) == ("Grow tomatoes", "I love the garden")
    qtbot.keyClick(again, Qt.Key.Key_2, ALT)
    assert again.current_page.words.toPlainText() == "My garden"


def test_navigating_away_keeps_unsaveable_text(qtbot, person_id: str, open_window) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    qtbot.keyClick(window, Qt.Key.Key_W, ALT)  # "Why it matters" before any goal words
    qtbot.keyClicks(focused(), "for my grandchildren")
    qtbot.keyClick(window, Qt.Key.Key_1, ALT)
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    assert window.current_page.why.text() == "for my grandchildren"
    assert window.current_page.text_guidance.isVisible()


def test_show_the_person_hides_notes_and_safeguarding(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_2, ALT)
    qtbot.keyClicks(focused(), "Feeling useful again")
    qtbot.keyClick(window, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(focused(), SECRET_NOTE)
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: window.notes.concern.isChecked())
    qtbot.keyClick(window, Qt.Key.Key_L, ALT)
    qtbot.keyClicks(focused(), SECRET_CONCERN)
    assert SECRET_NOTE in visible_texts(window)

    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.showing_person
    shown = visible_texts(window)
    assert "Feeling useful again" in shown
    for secret in (SECRET_NOTE, SECRET_CONCERN, "XQZ", "Safeguarding", "Worker only"):
        assert secret not in shown

    # The same key returns; so does the other shortcut, both ways.
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.showing_person
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.showing_person
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not window.showing_person

    # Everything typed was saved, and the person view banner flag is set.
    stored = services.conversation.get(window.ctx.conversation.id)
    assert stored.notes == SECRET_NOTE
    assert stored.safeguarding_note == SECRET_CONCERN
    assert services.people.record(person_id, audit=False).has_safeguarding_concern


def test_empty_goal_and_past_date_get_inline_guidance(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    goals = window.current_page
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter on an empty goal
    assert goals.text_guidance.isVisible()
    assert goals.text_guidance.text() == EMPTY_GOAL
    assert services._repos.goals.for_person(person_id) == []
    assert QApplication.activeModalWidget() is None

    qtbot.keyClicks(focused(), "See my sister")
    qtbot.keyClick(window, Qt.Key.Key_T, ALT)
    qtbot.keyClicks(focused(), "01/01/2020")
    with qtbot.waitSignal(window.saver.saved, timeout=3000):
        pass  # the real debounce timer
    assert not goals.text_guidance.isVisible()
    assert goals.target.problem.startswith("That date has passed")
    assert "passed" in goals.date_guidance.text()
    (goal,) = services._repos.goals.for_person(person_id)
    assert goal.text == "See my sister"
    assert goal.target_date is None

    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    future = date.today() + timedelta(days=10)
    qtbot.keyClicks(focused(), future.strftime("%d/%m/%Y"))
    window.flush()
    assert goals.target.problem == ""
    assert goals.date_guidance.text().endswith(str(future.year))  # the date in words
    assert services._repos.goals.get(goal.id).target_date == future
    assert QApplication.activeModalWidget() is None


def test_empty_directory_offers_free_text(qtbot, services: AppServices, open_window) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_5, ALT)
    page = window.current_page
    assert page.empty_note.isVisible()
    assert "no services yet" in page.empty_note.text()
    assert not page.results.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Y, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert page.free_guidance.isVisible()
    qtbot.keyClicks(focused(), "Knit")
    with qtbot.waitSignal(window.saver.saved, timeout=3000):
        pass  # saved as typed, before Enter
    (draft,) = services._repos.connections.for_person(window.person_id)
    assert draft.name == "Knit"
    qtbot.keyClicks(focused(), " and natter")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (connection,) = services._repos.connections.for_person(window.person_id)
    assert connection.id == draft.id
    assert connection.name == "Knit and natter"
    assert page.free_text.text() == ""
    assert focused() is page.person_action
    assert [page.agreed.item(i).text() for i in range(page.agreed.count())] == [
        "Knit and natter  (Agreed)"
    ]


def test_text_saves_after_the_debounce_not_per_keystroke(
    qtbot, services: AppServices, open_window
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_2, ALT)
    conversation_id = window.ctx.conversation.id
    qtbot.keyClicks(focused(), "Dancing")
    assert services.conversation.get(conversation_id).what_matters == ""
    assert window.saved.text() == "Saving…"
    with qtbot.waitSignal(window.saver.saved, timeout=3000):
        pass
    assert services.conversation.get(conversation_id).what_matters == "Dancing"
    assert window.saved.text() == "Saved"


def test_wellbeing_out_of_range_key_gets_guidance(qtbot, open_window) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_6, ALT)
    page = window.current_page
    page.show_question(4)  # first UCLA-3 question: answers 1 to 3
    qtbot.keyClick(focused(), Qt.Key.Key_7)
    assert page.guidance.isVisible()
    assert "1 to 3" in page.guidance.text()
    assert page.position == 4
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    assert page.position == 5


def test_every_interactive_widget_has_an_accessible_name(open_window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QPlainTextEdit

    window = open_window()
    for step in range(len(window.step_classes)):  # pages are built when first shown
        window.go(step)
    window.toggle_person_view()
    kinds = (QAbstractButton, QComboBox, QLineEdit, QListWidget, QPlainTextEdit)
    unnamed = [
        w
        for kind in kinds
        for w in window.findChildren(kind)
        if not w.accessibleName()
        and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))
        and w.objectName() != "qt_spinbox_lineedit"
    ]
    assert unnamed == []


def test_a_save_that_fails_unexpectedly_is_kept_for_later(qtbot) -> None:
    from linkdesk.ui.conversation.autosave import Autosaver

    saver = Autosaver()
    calls: list[int] = []

    def flaky() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("disk gone")

    saver.schedule(1, flaky)
    with qtbot.waitSignal(saver.failed):
        assert not saver.flush()
    assert saver.has_pending
    assert saver.flush()
    assert len(calls) == 2
    assert not saver.has_pending


def test_print_plan_hands_over_to_the_plan_preview(
    qtbot, monkeypatch, services: AppServices, person_id: str, open_window
) -> None:
    import linkdesk.ui.plan_preview as plan_preview

    calls: list[tuple[object, object, str]] = []
    monkeypatch.setattr(plan_preview, "show_plan", lambda *args: calls.append(args))
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_8, ALT)
    qtbot.keyClick(window, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: bool(calls))
    assert calls == [(window, services, window.ops, person_id)]


def test_one_window_per_person_and_escape_leaves_person_view(
    qtbot, services: AppServices, person_id: str
) -> None:
    from PySide6.QtWidgets import QWidget

    from linkdesk.ui.conversation import open_conversation

    parent = QWidget()
    qtbot.addWidget(parent)
    first = open_conversation(parent, services, person_id, ops=ImmediateOps())
    assert open_conversation(parent, services, person_id, ops=ImmediateOps()) is first
    first.toggle_person_view()
    assert first.showing_person
    first._escape()
    assert not first.showing_person
    first.close()
    assert open_conversation(parent, services, person_id, ops=ImmediateOps()) is not first
