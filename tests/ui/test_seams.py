"""Where the merged parts meet: found by walking the demo as a link worker (docs/walkthrough.md)."""

from __future__ import annotations

import dataclasses
import warnings
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from linkdesk.app import AppController
from linkdesk.domain.models import Person, Referral
from linkdesk.store.workspace import Workspace
from linkdesk.ui.conversation.window import ConversationWindow
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.ops import ImmediateOps, Operations
from tests.conftest import PASSPHRASE


@pytest.fixture
def filled_path(workspace_path: Path) -> Path:
    from linkdesk.services.app_services import AppServices

    ws = Workspace.create(workspace_path, PASSPHRASE)
    services = AppServices(ws)
    services.people.add_person(
        Person(given_name="Ada", family_name="Jones"),
        Referral(person_id="", received_on=date.today()),
    )
    ws.close()
    return workspace_path


@pytest.fixture
def unlocked(qtbot, filled_path: Path):  # type: ignore[no-untyped-def]
    controller = AppController(ops=ImmediateOps(), path=filled_path)
    controller.unlock_screen.open_passphrase.setText(PASSPHRASE)
    controller.unlock_screen.submit_open()
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    # The caseload fills just after the window's first paint (no stall at unlock).
    qtbot.waitUntil(lambda: controller.window.caseload.model.rowCount() > 0)
    yield controller
    controller.shutdown()


def activate(qtbot, window: QWidget) -> None:
    with warnings.catch_warnings():  # offscreen windows are not activated by themselves
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow)


def delete_later_now() -> None:
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete.value))


def open_from_person_view(window: MainWindow) -> ConversationWindow:
    window.show_person(window.caseload.model.person_id(0))
    assert window.person_view is not None
    window.person_view.conversation_button.click()
    (conversation,) = (w for w in window.findChildren(ConversationWindow) if w.isVisible())
    return conversation


def test_finishing_a_conversation_updates_the_person_view(qtbot, unlocked) -> None:
    window = unlocked.window
    conversation = open_from_person_view(window)
    view = window.person_view
    assert "not finished" in view.conversations.item(0).text()

    conversation.finish()

    assert view.conversations.item(0).text().endswith("(finished)")
    assert "not finished" not in view.conversations.item(0).text()


def test_closing_a_conversation_shows_its_goals_on_the_person_view(qtbot, unlocked) -> None:
    window = unlocked.window
    conversation = open_from_person_view(window)
    services = unlocked.services
    conversation_id = conversation.ctx.conversation.id
    services.conversation.save_goal(  # as the goals step does
        window.person_view.person_id, conversation_id, None, text="Join the choir"
    )
    conversation.close()
    assert "Join the choir" in window.person_view.goals_summary.text()


def test_going_back_to_the_caseload_keeps_the_conversation_open(qtbot, unlocked) -> None:
    window = unlocked.window
    conversation = open_from_person_view(window)
    window.person_view.back.emit()  # Esc on the person view
    delete_later_now()
    assert shiboken6.isValid(conversation)
    assert conversation.isVisible()


def test_ctrl_l_locks_from_the_conversation_window(qtbot, unlocked) -> None:
    conversation = open_from_person_view(unlocked.window)
    activate(qtbot, conversation)
    qtbot.keyClick(conversation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.is_locked


def test_plan_preview_fits_on_the_screen(qtbot, unlocked) -> None:
    from linkdesk.ui.plan_preview import PlanPreviewDialog

    window = unlocked.window
    window.show_person(window.caseload.model.person_id(0))
    dialog = PlanPreviewDialog(
        unlocked.services, window.person_view.person_id, ops=unlocked.ops, parent=window
    )
    qtbot.addWidget(dialog)
    room = window.screen().availableGeometry()
    assert dialog.height() <= room.height()  # Print, Save and Close stay reachable


def test_locking_while_the_plan_is_previewed_from_a_conversation(qtbot, unlocked) -> None:
    conversation = open_from_person_view(unlocked.window)

    def lock_now() -> None:  # as the auto-lock does while the preview is up
        unlocked.lock()
        delete_later_now()

    QTimer.singleShot(0, lock_now)
    conversation.print_plan()  # opens the preview and returns (no nested event loop)
    qtbot.waitUntil(lambda: unlocked.is_locked)  # the lock closed the preview; nothing raised
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QCoreApplication.processEvents()  # the plan built for the preview arrives: dropped


def test_closing_the_plan_preview_before_the_plan_is_ready(qtbot, unlocked) -> None:
    from linkdesk.ui.plan_preview import PlanPreviewDialog

    window = unlocked.window
    window.show_person(window.caseload.model.person_id(0))
    ops = Operations()  # a real worker thread builds the plan
    dialog = PlanPreviewDialog(
        unlocked.services, window.person_view.person_id, ops=ops, parent=window
    )
    assert ops.running == 1  # the plan is being built on a worker thread
    dialog.reject()  # Esc straight away
    shiboken6.delete(dialog)  # what WA_DeleteOnClose does
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)  # the result arrives: dropped
    QCoreApplication.processEvents()


def test_erasing_closes_the_persons_conversation_window(qtbot, unlocked, monkeypatch) -> None:
    from linkdesk.ui import exchange_actions

    window = unlocked.window
    conversation = open_from_person_view(window)
    view = window.person_view
    person_id = view.person_id
    monkeypatch.setattr(exchange_actions, "ask_erase", lambda parent, name: (name, True))
    view._erase()
    # closed (and, as the erase waits with the event loop running, maybe deleted already):
    # nothing more is saved into the erased record
    assert not shiboken6.isValid(conversation) or not conversation.isVisible()
    assert unlocked.services.people.count() == 0
    assert window.caseload.model.rowCount() == 0
    assert all(row.person_id != person_id for row in unlocked.services._repos.caseload("", 10))


def test_merging_refreshes_the_open_person_view_and_directory(qtbot, unlocked, monkeypatch) -> None:
    from linkdesk.domain.models import Service
    from linkdesk.ui import exchange_actions
    from linkdesk.ui.main_window import DIRECTORY

    window = unlocked.window
    services = unlocked.services
    window.show_person(window.caseload.model.person_id(0))
    person = services.people.get(window.person_view.person_id)

    def merged(parent, services, ops, *, on_merged):  # type: ignore[no-untyped-def]
        # what a merge writes, then the caller's callback
        services.people.update_person(dataclasses.replace(person, phone="0113 496 0999"))
        services.directory.save(Service(name="Merged Lunch Club"), new=True)
        on_merged()

    monkeypatch.setattr(exchange_actions, "merge_bundle", merged)
    directory = window.lazy_pages[DIRECTORY].ensure()  # visited before the merge
    window._merge()
    assert window.person_view.detail_labels["phone"].text() == "0113 496 0999"
    names = [directory.results.item(i).text() for i in range(directory.results.count())]
    assert any("Merged Lunch Club" in name for name in names)


def test_adding_a_person_never_invents_a_date_of_birth(qtbot, services) -> None:
    from linkdesk.ui.person_dialog import PersonDialog

    dialog = PersonDialog(services, ImmediateOps(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.given_name.setText("Zofia")
    dialog.family_name.setText("Nowak")
    dialog.accept()  # the date of birth was not touched: "not known" only when chosen
    assert dialog.result_value is None
    assert dialog.date_of_birth.problem == "Type the date, or tick Not known."
    assert dialog.given_name.text() == "Zofia"  # nothing typed is lost
    dialog.date_of_birth.unknown.setChecked(True)
    dialog.accept()
    assert dialog.result_value is not None
    assert services.people.get(dialog.result_value.id).date_of_birth is None

    dialog = PersonDialog(services, ImmediateOps(), None)  # a date typed in is kept
    qtbot.addWidget(dialog)
    dialog.given_name.setText("Ada")
    dialog.family_name.setText("Lovelace")
    dialog.date_of_birth.setText("10 Dec 1950")
    dialog.accept()
    assert services.people.get(dialog.result_value.id).date_of_birth == date(1950, 12, 10)


def test_connection_details_use_the_whole_column(qtbot, unlocked) -> None:
    conversation = open_from_person_view(unlocked.window)
    conversation.resize(1280, 820)
    conversation.go(4)  # Connections
    step = conversation.current_page
    step.editor.show()
    qtbot.waitUntil(lambda: step.editor.width() > 0)
    # the goal a service helps with and "I will..." are readable, not cut to a few letters
    assert step.goal.width() >= 0.9 * step.editor.width()
    assert step.person_action.width() >= 0.9 * step.editor.width()


def test_adding_the_same_service_twice_keeps_one_connection(qtbot, unlocked) -> None:
    from linkdesk.domain.models import Service

    services = unlocked.services
    services.directory.save(Service(name="Tuesday Walking Group", categories=["walking"]), new=True)
    conversation = open_from_person_view(unlocked.window)
    conversation.go(4)  # Connections
    step = conversation.current_page
    step.search.setText("walking")
    qtbot.waitUntil(lambda: step.results.count() > 0)
    step.results.setCurrentRow(0)
    step.add_service.click()
    step.results.setCurrentRow(0)
    step.add_service.click()  # Enter pressed again on the same result
    person_id = conversation.person_id
    assert len(services._repos.connections.for_person(person_id)) == 1
    assert step.agreed.count() == 1


def test_conversation_window_fits_on_the_screen(qtbot, unlocked) -> None:
    conversation = open_from_person_view(unlocked.window)
    room = conversation.screen().availableGeometry()
    smallest = conversation.minimumSizeHint().height()
    assert conversation.height() <= max(room.height(), smallest)  # Back and Next reachable


def test_main_window_fits_on_the_screen(qtbot, unlocked) -> None:
    window = unlocked.window
    room = window.screen().availableGeometry()
    title_bar = 40
    assert window.height() + title_bar <= max(room.height(), window.minimumSizeHint().height())


def test_quitting_closes_the_conversation_window_too(qtbot, unlocked) -> None:
    window = unlocked.window
    conversation = open_from_person_view(window)
    conversation.go(1)  # What matters
    conversation.current_page.first_focus().setPlainText("Seeing my grandchildren")
    window.close()  # File > Quit
    assert not conversation.isVisible()
    saved = unlocked.services.conversation.get(conversation.ctx.conversation.id)
    assert saved.what_matters == "Seeing my grandchildren"
