from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from linkdesk.domain.enums import ConsentScope
from linkdesk.domain.models import Person, Referral, Service
from linkdesk.services.app_services import AppServices
from linkdesk.ui.conversation import open_conversation
from linkdesk.ui.conversation.window import ConversationWindow
from linkdesk.ui.ops import ImmediateOps


@pytest.fixture
def person_id(services: AppServices) -> str:
    person = services.people.add_person(
        Person(given_name="Margaret", family_name="Okafor", preferred_name="Maggie"),
        Referral(person_id="", received_on=date.today()),
    )
    # Agreed when referred, so leaving step 1 does not stop to ask about consent (that is
    # test_consent_first.py's subject); the steps' own tests move around freely.
    services.people.record_consent(
        person.id, ConsentScope.SHARE_REFERRER, True, recorded_by="referrer"
    )
    return person.id


@pytest.fixture
def with_directory(services: AppServices) -> None:
    for name, cats in [
        ("Tuesday Walking Group", ["walking groups", "physical activity"]),
        ("Chatterbox Cafe", ["social groups", "befriending"]),
        ("Money Matters Advice", ["debt and benefits advice"]),
    ]:
        services.directory.save(Service(name=name, categories=cats), new=True)


@pytest.fixture
def open_window(qtbot, services: AppServices, person_id: str) -> Iterator:  # type: ignore[no-untyped-def]
    windows: list[ConversationWindow] = []

    def opener() -> ConversationWindow:
        window = open_conversation(None, services, person_id, ops=ImmediateOps())
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        # The offscreen platform does not activate windows by itself; shortcuts need it.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.flush()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def visible_texts(root: QWidget) -> str:
    """All text a person could read on screen right now."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTextEdit,
    )

    parts: list[str] = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            parts.append(w.currentText())
        elif isinstance(w, QListWidget):
            parts += [w.item(i).text() for i in range(w.count())]
    return "\n".join(parts)
