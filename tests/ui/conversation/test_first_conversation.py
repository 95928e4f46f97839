"""A whole first conversation, driven by the keyboard alone, and what it stores."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from linkdesk.domain.enums import ConnectionStatus, ConsentScope, Timepoint
from linkdesk.services.app_services import AppServices
from tests.ui.conversation.conftest import focused

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_whole_first_conversation_by_keyboard(
    qtbot, services: AppServices, person_id: str, with_directory: None, open_window
) -> None:
    window = open_window()
    saver = window.saver
    soon = (date.today() + timedelta(days=30)).strftime("%d/%m/%Y")

    # 1. Welcome and consent: the venue has focus; mnemonics tick the boxes.
    assert window.current_page.key == "consent"
    qtbot.keyClicks(focused(), "Hillside Library")
    qtbot.keyClick(window, Qt.Key.Key_K, ALT)
    qtbot.keyClick(window, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: window.current_page.boxes[ConsentScope.SHARE_GP].isChecked())

    # 2. What matters, in their words.
    qtbot.keyClick(window, Qt.Key.Key_2, ALT)
    assert window.current_page.key == "matters"
    qtbot.keyClicks(focused(), "Getting out of the house more")

    # 3. Life areas: a number key sets how much; Tab to their words.
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_page.key == "areas"
    qtbot.keyClick(focused(), Qt.Key.Key_3)  # loneliness: a lot
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "the days are long")
    for _ in range(3):  # loneliness words -> wellbeing picker -> words -> activity picker
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_2)

    # 4. Goals: type, Tab between fields, Enter adds the next.
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)
    qtbot.keyClicks(focused(), "Walk to the park")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "I feel better outside")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Walk to the shop on Monday")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), soon)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "Join a choir")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    # 5. Connections: search, Enter to the results, Enter adds; then who does what.
    qtbot.keyClick(window, Qt.Key.Key_5, ALT)
    qtbot.keyClicks(focused(), "walking")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "go along on Tuesday")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "ring the group leader")
    qtbot.keyClick(window, Qt.Key.Key_G, ALT)  # Helps with goal
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(window, Qt.Key.Key_Y, ALT)  # Something not in the directory
    qtbot.keyClicks(focused(), "Church lunch club")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    # 6. Wellbeing: number keys answer, one question at a time.
    qtbot.keyClick(window, Qt.Key.Key_6, ALT)
    qtbot.keyClick(window, Qt.Key.Key_S, ALT)  # Start (a mnemonic clicks after a moment)
    wellbeing = window.current_page
    qtbot.waitUntil(lambda: wellbeing.pages.currentIndex() == 1)
    for key in (Qt.Key.Key_7, Qt.Key.Key_T, Qt.Key.Key_6, Qt.Key.Key_3):
        qtbot.keyClick(focused(), key)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1):
        qtbot.keyClick(focused(), key)
    assert "lonely" in wellbeing.summary_text
    assert "Life satisfaction: 7 - high" in wellbeing.summary_text

    # 7. Agree: everything read back.
    qtbot.keyClick(window, Qt.Key.Key_7, ALT)
    # The person's words are set in Unicode isolates (FSI..PDI, tested in
    # test_person_language.py); here only the words themselves matter.
    readback = window.current_page.text.toPlainText().translate({0x2068: None, 0x2069: None})
    for words in (
        "Getting out of the house more",
        "Walk to the park",
        "Tuesday Walking Group",
        "I will go along on Tuesday",
        "Church lunch club",
        "the days are long",
    ):
        assert words in readback

    # 8. Finish: book the follow-up with Enter.
    qtbot.keyClick(window, Qt.Key.Key_8, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), soon)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not saver.has_pending
    assert QApplication.activeModalWidget() is None

    # What is stored.
    record = services.people.record(person_id, audit=False)
    (conversation,) = record.conversations
    assert conversation.venue == "Hillside Library"
    assert conversation.what_matters == "Getting out of the house more"
    assert conversation.current_step == "finish"
    store = record.consent_for(ConsentScope.STORE)
    assert store is not None
    assert store.given
    assert store.decided_on == date.today()
    assert store.method.value == "verbal"
    gp = record.consent_for(ConsentScope.SHARE_GP)
    assert gp is not None
    assert gp.given
    assert record.consent_for(ConsentScope.SHARE_SERVICES) is None
    needs = {n.area: (n.importance, n.words) for n in record.needs}
    assert needs == {"loneliness": (3, "the days are long"), "physical_activity": (2, "")}
    walk, choir = record.goals
    assert (walk.text, walk.why, walk.first_step) == (
        "Walk to the park",
        "I feel better outside",
        "Walk to the shop on Monday",
    )
    assert walk.target_date == date.today() + timedelta(days=30)
    assert choir.text == "Join a choir"
    service_conn, free_conn = record.connections
    assert services.directory.get(service_conn.service_id).name == "Tuesday Walking Group"
    assert service_conn.person_action == "go along on Tuesday"
    assert service_conn.worker_action == "ring the group leader"
    assert service_conn.goal_id == walk.id
    assert service_conn.status == ConnectionStatus.AGREED
    assert free_conn.service_id is None
    assert free_conn.name == "Church lunch club"
    measures = {m.instrument: m for m in record.measures}
    assert measures["ONS4"].answers == [7, 10, 6, 3]
    assert measures["UCLA3"].answers == [1, 2, 1]
    assert {m.timepoint for m in record.measures} == {Timepoint.BASELINE}
    (follow_up,) = record.follow_ups
    assert follow_up.due_on == date.today() + timedelta(days=30)
    assert follow_up.venue == "Hillside Library"

    # Finish marks the conversation completed.
    qtbot.keyClick(window, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: services.conversation.get(conversation.id).completed)
    assert not window.isVisible()
