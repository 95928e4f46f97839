"""What the person sees or hears, in their language: the show-the-person view (F11), the
read-back and the wellbeing questions come from the plan's catalogues, whatever the worker's
screens are in; right-to-left languages turn them round; their own words stay as typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from linkdesk.domain.measures import ONS4, UCLA3
from linkdesk.domain.models import Goal
from linkdesk.services.app_services import AppServices
from linkdesk.ui.conversation.step_agree import AgreeStep
from linkdesk.ui.conversation.step_wellbeing import WellbeingStep
from linkdesk.ui.conversation.window import STEPS

WORDS = "I want to get back to my allotment."


def with_plan(services: AppServices, person_id: str) -> date:
    """A goal with a target date and the person's words; returns the target date."""
    target = date.today() + timedelta(days=40)
    services.casework.save_goal(
        Goal(person_id=person_id, text=WORDS, why="Fresh air.", target_date=target), new=True
    )
    return target


def test_the_person_sees_their_plan_in_welsh(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:  # type: ignore[no-untyped-def]
    target = with_plan(services, person_id)
    services.plans.set_plan_language(person_id, "cy")
    window = open_window()
    assert window.language.currentData() == "cy"
    qtbot.keyClick(window, Qt.Key.Key_F11)
    view = window.person_view
    assert view is not None
    assert view.title.text() == "Eich cynllun, \u2068Maggie\u2069"
    body = view.body.toPlainText()
    assert "Beth sy'n bwysig i chi" in body
    assert "Eich nodau" in body
    assert "What matters" not in body
    assert WORDS in body  # their own words, as typed
    welsh_day = services.plans.screen_text("cy").date(target)
    assert welsh_day in body  # "Dydd …, … 2026": CLDR, not the machine's locale
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_urdu_turns_the_person_view_round_and_keeps_english_words_whole(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:  # type: ignore[no-untyped-def]
    with_plan(services, person_id)
    window = open_window()
    assert window.language.currentData() == "en"
    window.language.setCurrentIndex(window.language.findData("ur"))
    window.set_person_language()
    assert services.people.get(person_id).plan_language == "ur"  # kept for their plan
    qtbot.keyClick(window, Qt.Key.Key_F11)
    view = window.person_view
    assert view is not None
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    document = view.body.document()
    blocks = [document.findBlockByNumber(i) for i in range(document.blockCount())]
    directions = {b.blockFormat().layoutDirection() for b in blocks if b.text().strip()}
    assert directions == {Qt.LayoutDirection.RightToLeft}  # every paragraph reads right to left
    body = view.body.toPlainText()
    assert "آپ کے مقاصد" in body  # "Your goals"
    assert f"\u2068{WORDS}\u2069" in body  # isolated: its full stop stays at its end
    # Choosing again while the view is shown re-draws it at once.
    window.language.setCurrentIndex(window.language.findData("cy"))
    window.set_person_language()
    assert "Eich nodau" in view.body.toPlainText()
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_read_back_is_in_the_persons_language(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:  # type: ignore[no-untyped-def]
    with_plan(services, person_id)
    services.plans.set_plan_language(person_id, "pl")
    window = open_window()
    window.go(STEPS.index("agree"))
    page = window.current_page
    assert isinstance(page, AgreeStep)
    text = page.text.toPlainText()
    assert services.plans.screen_text("pl").goals in text
    assert WORDS in text
    assert "Your goals" not in text


def test_the_wellbeing_questions_are_read_out_in_the_persons_language(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:  # type: ignore[no-untyped-def]
    services.plans.set_plan_language(person_id, "cy")
    window = open_window()
    window.go(STEPS.index("wellbeing"))
    page = window.current_page
    assert isinstance(page, WellbeingStep)
    page.show_question(0)
    welsh = services.plans.wellbeing_instrument("cy", "ONS4").items[0]
    assert page.question.text() == welsh.question
    assert page.question.text() != ONS4.items[0].question
    # The worker (English screens) sees the GSS wording beneath.
    assert page.worker_question.isVisibleTo(page)
    assert page.worker_question.text() == ONS4.items[0].question
    # UCLA answers are the person's words on the buttons.
    page.show_question(4)
    labels = [b.text() for b in page.answer_buttons]
    assert labels == [
        label
        for _, label in services.plans.wellbeing_instrument("cy", "UCLA3").items[0].answer_labels
    ]
    assert labels != [label for _, label in UCLA3.items[0].answer_labels]


def test_english_questions_need_no_second_reading(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    window.go(STEPS.index("wellbeing"))
    page = window.current_page
    assert isinstance(page, WellbeingStep)
    page.show_question(0)
    assert page.question.text() == ONS4.items[0].question
    assert not page.worker_question.isVisibleTo(page)
