"""The whole shell: unlock -> main window -> lock (on demand and when idle) -> unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from linkdesk.app import DEMO_PASSPHRASE, AppController
from linkdesk.domain.models import Person
from linkdesk.services.demo import remove_old_demos
from linkdesk.store.workspace import Workspace
from linkdesk.ui.main_window import DIRECTORY, SETTINGS
from linkdesk.ui.ops import ImmediateOps
from tests.conftest import PASSPHRASE


@pytest.fixture
def filled_path(workspace_path: Path) -> Path:
    from linkdesk.services.app_services import AppServices

    ws = Workspace.create(workspace_path, PASSPHRASE)
    services = AppServices(ws)
    for name in ("Ada", "Bea", "Cy"):
        services.people.add_person(Person(given_name=name, family_name="Jones"))
    ws.close()
    return workspace_path


def unlock(controller: AppController, passphrase: str = PASSPHRASE) -> None:
    controller.unlock_screen.open_passphrase.setText(passphrase)
    controller.unlock_screen.submit_open()


def test_lock_clears_views_and_unlock_restores(qtbot, filled_path: Path) -> None:
    controller = AppController(ops=ImmediateOps(), path=filled_path)
    controller.show()
    unlock(controller)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    # The caseload fills on the event loop's next turn, after the window's first paint.
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 3, timeout=3000)
    window.show_person(window.caseload.model.person_id(0))
    assert window.person_view is not None
    model = window.caseload.model

    window.lock_action.trigger()  # Ctrl+L
    assert controller.is_locked
    assert model.rowCount() == 0
    assert window.person_view is None
    assert not window.isVisible()
    assert controller.unlock_screen.isVisible()
    assert controller.unlock_screen.open_path.edit.text() == str(filled_path)
    with pytest.raises(Exception, match="locked"):
        window.services._workspace.conn  # noqa: B018 (the connection is gone)

    unlock(controller)
    assert not controller.is_locked
    assert controller.window is not window
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.window.caseload.model.rowCount() == 3, timeout=3000)
    controller.shutdown()


def test_auto_lock_fires_when_idle(qtbot, filled_path: Path) -> None:
    controller = AppController(ops=ImmediateOps(), path=filled_path, autolock_ms=50)
    controller.show()
    unlock(controller)
    qtbot.addWidget(controller.window)
    assert controller.autolock is not None
    assert controller.autolock.interval_ms == 50
    qtbot.waitUntil(lambda: controller.is_locked, timeout=5000)
    assert controller.unlock_screen.isVisible()
    unlock(controller)
    assert not controller.is_locked
    qtbot.addWidget(controller.window)
    controller.shutdown()


def test_auto_lock_uses_settings_minutes(qtbot, filled_path: Path) -> None:
    controller = AppController(ops=ImmediateOps(), path=filled_path)
    unlock(controller)
    qtbot.addWidget(controller.window)
    assert controller.autolock.interval_ms == 5 * 60_000
    controller.window.settings_page.autolock.setValue(2)
    controller.window.settings_page.save_now()
    assert controller.autolock.interval_ms == 2 * 60_000
    controller.shutdown()


def test_navigation_shortcuts_and_add_person(qtbot, filled_path: Path, monkeypatch) -> None:
    from linkdesk.ui import person_dialog

    controller = AppController(ops=ImmediateOps(), path=filled_path)
    unlock(controller)
    window = controller.window
    qtbot.addWidget(window)
    shortcuts = {a.shortcut().toString(): a for a in window.actions()}
    shortcuts["Ctrl+2"].trigger()
    assert window.pages.currentIndex() == DIRECTORY
    shortcuts["Ctrl+4"].trigger()
    assert window.pages.currentIndex() == SETTINGS

    def fake_ask(parent, services, person=None, reopen=None):  # type: ignore[no-untyped-def]
        return services.people.add_person(Person(given_name="Dee", family_name="Jones")), True

    monkeypatch.setattr(person_dialog.PersonDialog, "ask", staticmethod(fake_ask))
    shortcuts["Ctrl+N"].trigger()
    assert window.person_view is not None
    assert window.person_view.name_label.text() == "Dee Jones"
    assert window.caseload.model.rowCount() == 4
    assert window.windowTitle() == "LinkDesk"  # never a name in the title bar
    controller.shutdown()


def test_lock_closes_open_dialogs(qtbot, filled_path: Path) -> None:
    from PySide6.QtCore import QTimer

    controller = AppController(ops=ImmediateOps(), path=filled_path, autolock_ms=100)
    unlock(controller)
    qtbot.addWidget(controller.window)
    seen: list[bool] = []
    # The auto-lock fires while a modal dialog is open: the dialog must close, not hang.
    QTimer.singleShot(
        0,
        lambda: seen.append(
            any(w.isModal() for w in QApplication.topLevelWidgets() if w.isVisible())
        ),
    )
    controller.window.add_person()
    assert controller.is_locked
    assert seen == [True]


def test_demo_workspace(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    controller = AppController(ops=ImmediateOps())
    controller.start_demo(folder, people=12)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.caseload.result is not None, timeout=3000)
    caseload = window.caseload
    assert window.services.people.count() == 12
    assert 0 < caseload.model.rowCount() <= 12  # closed and declined referrals are hidden
    caseload.status_filter.setCurrentIndex(caseload.status_filter.findData("all"))
    assert caseload.model.rowCount() == 12
    assert DEMO_PASSPHRASE in window.banner.text()
    first = controller.services._workspace.path
    controller.lock()
    assert DEMO_PASSPHRASE in controller.unlock_screen.notice.text()
    unlock(controller, DEMO_PASSPHRASE)
    assert not controller.is_locked
    qtbot.addWidget(controller.window)

    # A second demo removes older ones that are not open, but never the open one.
    stale = folder / "demo-20000101-000000.linkdesk"
    Workspace.create(stale, DEMO_PASSPHRASE).close()
    remove_old_demos(folder)
    assert not stale.exists()
    assert first.exists()
    controller.shutdown()


def test_keyboard_only_find_open_and_back(qtbot, filled_path: Path) -> None:
    from PySide6.QtCore import Qt

    controller = AppController(ops=ImmediateOps(), path=filled_path)
    unlock(controller)
    window = controller.window
    qtbot.addWidget(window)
    page = window.caseload
    qtbot.keyClicks(page.search, "bea")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter opens the (first) match
    assert window.person_view is not None
    assert window.person_view.name_label.text() == "Bea Jones"
    window.person_view.back.emit()  # Esc / "← Caseload"
    assert window.person_view is None
    assert window.caseload_stack.currentWidget() is page
    controller.shutdown()


def test_new_workspace_path_opens_the_create_tab(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "fresh.linkdesk"
    controller = AppController(ops=ImmediateOps(), path=target)
    qtbot.addWidget(controller.unlock_screen)
    assert controller.unlock_screen.tabs.currentIndex() == 1
    assert controller.unlock_screen.create_path.edit.text() == str(target)


def test_backup_reminder() -> None:
    from datetime import UTC, datetime

    from linkdesk.domain.settings import WorkspaceSettings
    from linkdesk.services.reminders import backup_reminder

    now = datetime(2026, 11, 24, 12, tzinfo=UTC)
    settings = WorkspaceSettings(backup_reminder_days=7)
    assert backup_reminder(settings, 0, now) == ""
    assert "not been backed up" in backup_reminder(settings, 5, now)
    settings.last_backup_at = "2026-11-20T09:00:00.000000Z"
    assert backup_reminder(settings, 5, now) == ""
    settings.last_backup_at = "2026-11-10T09:00:00.000000Z"
    assert "14 days ago" in backup_reminder(settings, 5, now)
    settings.last_backup_dir = "/media/shared"
    assert "(last folder: /media/shared)" in backup_reminder(settings, 5, now)
    settings.backup_reminder_days = 0  # reminders switched off
    assert backup_reminder(settings, 5, now) == ""


def test_lock_closes_other_windows_before_closing_the_workspace(qtbot, filled_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    controller = AppController(ops=ImmediateOps(), path=filled_path)
    unlock(controller)
    qtbot.addWidget(controller.window)
    services = controller.services
    seen_open: list[bool] = []

    class ConversationWindow(QWidget):
        def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
            seen_open.append(services._workspace.is_open)
            super().closeEvent(event)

    other = ConversationWindow(controller.window, Qt.WindowType.Window)
    other.show()
    controller.lock()
    assert not other.isVisible()
    assert seen_open == [True]  # it could still save when it was closed
    assert not services._workspace.is_open


def test_quitting_stops_a_demo_being_made(qtbot, tmp_path: Path, monkeypatch) -> None:
    import threading

    from linkdesk.services import demo
    from linkdesk.ui.ops import Operations

    started = threading.Event()
    never = threading.Event()
    steps: list[int] = []

    def endless(services, *, people=300, seed=1, progress=None):  # type: ignore[no-untyped-def]
        started.set()
        for i in range(10**9):  # stops only when progress raises
            steps.append(i)
            progress(i, 10**9)
            never.wait(0.005)  # pace the worker so the UI queue is not flooded

    monkeypatch.setattr(demo, "generate_demo", endless)
    controller = AppController(ops=Operations())
    qtbot.addWidget(controller.unlock_screen)
    controller.start_demo(tmp_path / "demo", people=5)
    qtbot.waitUntil(started.is_set, timeout=10000)
    controller.shutdown()  # returns once the job has stopped
    assert not controller.ops.pool.activeThreadCount()
    assert steps
    assert controller.services is None
