"""The consent step's way and date save as they are typed, and come back on resume."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from linkdesk.domain.enums import ConsentMethod, ConsentScope
from linkdesk.domain.models import Consent
from linkdesk.services.app_services import AppServices
from tests.ui.conversation.conftest import focused

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def kept_notes(services: AppServices, person_id: str) -> list[Consent]:
    """The decisions about keeping notes (the conftest's person agreed to sharing already)."""
    consents = services.people.record(person_id, audit=False).consents
    return [c for c in consents if c.scope == ConsentScope.STORE]


def test_date_agreed_saves_as_typed_without_leaving_the_field(
    qtbot, services: AppServices, person_id: str, open_window
) -> None:
    window = open_window()
    page = window.current_page
    qtbot.keyClick(window, Qt.Key.Key_K, ALT)  # keep notes: ticked, dated today
    qtbot.waitUntil(lambda: page.boxes[ConsentScope.STORE].isChecked())
    earlier = services.clock.today() - timedelta(days=2)
    qtbot.keyClick(window, Qt.Key.Key_D, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), earlier.strftime("%d/%m/%Y"))
    assert focused() is page.on.edit  # the date field's line
    qtbot.waitUntil(lambda: window.saver.is_clean, timeout=5000)  # no Tab, no Enter
    assert focused() is page.on.edit
    (consent,) = kept_notes(services, person_id)
    assert consent.decided_on == earlier  # corrected in place: one decision, not two

    qtbot.keyClick(window, Qt.Key.Key_H, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # written
    assert window.saver.is_clean
    (consent,) = kept_notes(services, person_id)
    assert consent.method == ConsentMethod.WRITTEN

    qtbot.keyClick(window, Qt.Key.Key_D, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "3/13/20")  # cannot be read: kept as typed, said so
    qtbot.waitUntil(lambda: window.saver.is_clean, timeout=5000)  # kept as typed, unread
    window.close()

    again = open_window()
    page = again.current_page
    assert page.on.text() == "3/13/20"
    assert page.method.currentData() == ConsentMethod.WRITTEN
    assert "Until it can be read" in page.date_guidance.text()  # said again on resume
    (consent,) = kept_notes(services, person_id)
    assert consent.decided_on == earlier
