"""Consent first (issue 10): leaving step 1 with nothing recorded stops once to say so."""

from __future__ import annotations

import warnings
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from linkdesk.domain.enums import ConsentScope
from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.ui.conversation import open_conversation
from linkdesk.ui.ops import ImmediateOps
from linkdesk.ui.person_view import PersonView
from tests.ui.conversation.conftest import focused

CTRL = Qt.KeyboardModifier.ControlModifier


def test_leaving_consent_with_nothing_recorded_asks_once(qtbot, services: AppServices) -> None:
    person = services.people.add_person(Person(given_name="Łukasz", family_name="Wróbel"))
    window = open_conversation(None, services, person.id, ops=ImmediateOps())
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    with warnings.catch_warnings():  # offscreen windows are not activated by themselves
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow)
    page = window.current_page
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_page.key == "consent"  # stopped, once
    assert page.ask.isVisible()
    assert "Nothing about consent is recorded yet" in page.ask.text()
    assert focused() is page.boxes[ConsentScope.STORE]  # straight to the first question
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_page.key == "matters"  # asked once: the worker carries on
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_page.key == "matters"


def test_a_recorded_answer_lets_the_worker_move_on(qtbot, services: AppServices) -> None:
    person = services.people.add_person(Person(given_name="Ama", family_name="Mensah"))
    window = open_conversation(None, services, person.id, ops=ImmediateOps())
    qtbot.addWidget(window)
    window.current_page.boxes[ConsentScope.STORE].setChecked(False)
    window.current_page.boxes[ConsentScope.STORE].setChecked(True)  # a "yes" is recorded
    window.go(1, ask=True)
    assert window.current_page.key == "matters"


def test_the_person_view_says_consent_is_not_recorded(qtbot, services: AppServices) -> None:
    person = services.people.add_person(Person(given_name="Ama", family_name="Mensah"))
    view = PersonView(services, person.id, ops=ImmediateOps())
    qtbot.addWidget(view)
    view.show()
    assert view.consent_missing.isVisible()
    assert "Consent not recorded" in view.consent_missing.text()
    services.people.record_consent(
        person.id, ConsentScope.STORE, True, recorded_by="worker", on=date.today()
    )
    view.load()
    assert not view.consent_missing.isVisible()
