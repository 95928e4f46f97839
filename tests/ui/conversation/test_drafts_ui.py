"""What is typed before it is a record is saved as a draft, shown as one, and restored."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from linkdesk.domain.enums import FollowUpKind
from linkdesk.services.app_services import AppServices
from linkdesk.ui.conversation.step_goals import EMPTY_GOAL
from tests.ui.conversation.conftest import focused

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_goals_other_fields_typed_before_its_words_survive_a_close(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    qtbot.keyClick(window, Qt.Key.Key_W, ALT)  # Why it matters, before any words
    qtbot.keyClicks(focused(), "for my grandchildren")
    qtbot.waitUntil(lambda: window.saver.is_clean, timeout=5000)  # kept: Saved is true
    assert window.saved.text() == "Saved"
    assert window.current_page.text_guidance.text() == EMPTY_GOAL
    window.close()

    again = open_window()
    page = again.current_page
    assert page.key == "goals"
    assert page.editing.text() == "New goal"
    assert page.why.text() == "for my grandchildren"
    assert page.text_guidance.isVisible()
    qtbot.keyClick(again, Qt.Key.Key_G, ALT)
    qtbot.keyClicks(focused(), "See the grandchildren")
    again.flush()
    (goal,) = services.conversation.goals(person_id)
    assert (goal.text, goal.why) == ("See the grandchildren", "for my grandchildren")
    assert services.conversation.drafts.get(again.ctx.conversation.id) == {}


def test_an_unreadable_target_date_is_kept_as_typed(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    qtbot.keyClicks(focused(), "Swim a length")
    qtbot.keyClick(window, Qt.Key.Key_T, ALT)
    qtbot.keyClicks(focused(), "31/02/2030")
    qtbot.waitUntil(lambda: window.saver.is_clean, timeout=5000)
    page = window.current_page
    assert page.date_guidance.isVisible()
    window.close()

    again = open_window()
    page = again.current_page
    assert page.editing.text() == "New goal"  # a resume never edits a goal by chance
    qtbot.keyClick(again, Qt.Key.Key_S, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Home)  # choose it
    assert page.editing.text() == "Editing goal: Swim a length"
    assert page.target.text() == "31/02/2030"
    assert page.date_guidance.isVisible()
    (goal,) = services.conversation.goals(person_id)
    assert goal.target_date is None


def test_the_next_meeting_is_a_draft_until_booked(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_8, ALT)
    page = window.current_page
    soon = services.clock.today() + timedelta(days=20)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), soon.strftime("%d/%m/%Y"))
    qtbot.keyClick(window, Qt.Key.Key_W, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "Hillside Library")
    assert "being saved" in page.closing.text()  # never "Everything is saved" while typing
    qtbot.waitUntil(lambda: window.saver.is_clean, timeout=5000)  # no Book, no Tab
    assert window.saved.text() == "Saved"
    assert page.booked.text().startswith("Draft - not booked yet: ")
    assert "Hillside Library" in page.booked.text()
    assert "books the draft meeting" in page.closing.text()
    assert "stays a draft until it is booked" in page.closing.text()
    assert services.conversation.booked_follow_ups(person_id) == []
    window.close()  # an ordinary close keeps it too (a crash is the kill tests' job)

    again = open_window()
    page = again.current_page
    assert page.key == "finish"
    assert page.due.text() == soon.strftime("%d/%m/%Y")
    assert page.venue.text() == "Hillside Library"
    assert page.booked.text().startswith("Draft - not booked yet: ")
    qtbot.keyClick(again, Qt.Key.Key_B, ALT)  # Book
    qtbot.waitUntil(lambda: bool(services.conversation.booked_follow_ups(person_id)))
    (booked,) = services.conversation.booked_follow_ups(person_id)
    assert (booked.due_on, booked.venue) == (soon, "Hillside Library")
    assert page.booked.text().startswith("Booked: ")
    assert services.conversation.drafts.booking(again.ctx.conversation.id) is None

    # Changing it makes a new draft; booking that replaces the booking, never adds one.
    qtbot.keyClick(again, Qt.Key.Key_K, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # phone
    assert page.booked.text().startswith("Draft - not booked yet: ")
    later = soon + timedelta(days=1)
    qtbot.keyClick(again, Qt.Key.Key_D, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), later.strftime("%d/%m/%Y"))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (booked,) = services.conversation.booked_follow_ups(person_id)
    assert (booked.due_on, booked.kind) == (later, FollowUpKind.PHONE)


def test_finishing_books_the_draft_or_says_why_not(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_8, ALT)
    page = window.current_page
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "32/01/2030")
    page.finish()
    assert page.guidance.isVisible()  # not finished: the draft's date cannot be booked
    conversation_id = window.ctx.conversation.id
    assert not services.conversation.get(conversation_id).completed
    soon = services.bookings.suggest(person_id).on  # a working day
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), soon.strftime("%d/%m/%Y"))
    page.finish()
    qtbot.waitUntil(lambda: services.conversation.get(conversation_id).completed)
    (booked,) = services.conversation.booked_follow_ups(person_id)
    assert booked.due_on == soon
    assert window.finish_result is not None  # through the day's finish_conversation
    assert window.finish_result.conversation.id == conversation_id


def test_a_draft_booked_with_a_warning_is_seen_before_finishing(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    """Booking goes through the day's service: its warnings (here a Saturday) are shown, and
    Finish stops once so they are read; Finish again finishes."""
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_8, ALT)
    page = window.current_page
    saturday = services.clock.today() + timedelta(days=14)
    saturday += timedelta(days=(5 - saturday.weekday()) % 7)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), saturday.strftime("%d/%m/%Y"))
    conversation_id = window.ctx.conversation.id
    page.finish()
    assert "Saturday" in page.guidance.text()
    (booked,) = services.conversation.booked_follow_ups(person_id)
    assert booked.due_on == saturday  # booked, not refused
    assert not services.conversation.get(conversation_id).completed
    assert services.conversation.drafts.booking(conversation_id) is None
    page.finish()
    qtbot.waitUntil(lambda: services.conversation.get(conversation_id).completed)
    assert len(services.conversation.booked_follow_ups(person_id)) == 1
