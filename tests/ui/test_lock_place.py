"""Locking never costs the worker their place (issue 10): after unlocking they are back at
the same person, search text, conversation step, and the main window keeps its size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from linkdesk.ui.conversation.window import ConversationWindow
from tests.conftest import PASSPHRASE
from tests.ui.test_seams import delete_later_now, filled_path, open_from_person_view, unlocked

__all__ = ["filled_path", "unlocked"]  # the fixtures, shared with test_seams


def _visible_conversations() -> list[ConversationWindow]:
    return [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, ConversationWindow) and w.isVisible()
    ]  # fmt: skip


def test_unlocking_returns_to_the_conversation_step_and_the_person(qtbot, unlocked) -> None:
    window = unlocked.window
    window.show()
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.caseload.search.setText("jon")
    conversation = open_from_person_view(window)
    conversation.go(3)
    conversation.notes.notes.setPlainText("Typed just before the lock")
    person_id = conversation.person_id
    unlocked.lock()
    delete_later_now()
    assert unlocked.is_locked
    assert _visible_conversations() == []
    unlocked.unlock_with(PASSPHRASE)
    new_window = unlocked.window
    assert new_window is not None
    assert new_window is not window
    qtbot.addWidget(new_window)
    assert new_window.size().toTuple() == (700, 500)  # not back to its first size
    assert new_window.caseload.search.text() == "jon"
    assert new_window.person_view is not None
    assert new_window.person_view.person_id == person_id
    (again,) = _visible_conversations()
    assert again.person_id == person_id
    assert again.current == 3
    assert again.notes.notes.toPlainText() == "Typed just before the lock"


def test_unlocking_returns_to_the_section_and_search(qtbot, unlocked) -> None:
    window = unlocked.window
    window.show()
    window.caseload.search.setText("ada")
    window.go_to(2)
    unlocked.lock()
    delete_later_now()
    unlocked.unlock_with(PASSPHRASE)
    assert unlocked.window is not None
    qtbot.addWidget(unlocked.window)
    assert unlocked.window.nav.currentRow() == 2
    assert unlocked.window.caseload.search.text() == "ada"
    assert unlocked.window.person_view is None
