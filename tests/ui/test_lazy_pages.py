"""Main-window pages are built on first visit, so unlocking never blocks the UI thread long
(DESIGN §8: benchmarks/ui_stalls.py measures it; this checks the laziness holds)."""

from __future__ import annotations

from pathlib import Path

from linkdesk.app import AppController
from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from linkdesk.ui.main_window import DIRECTORY, REPORTS, SETTINGS
from linkdesk.ui.ops import ImmediateOps
from tests.conftest import PASSPHRASE


def test_main_window_builds_directory_reports_settings_on_first_visit(
    qtbot, workspace_path: Path
) -> None:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        AppServices(ws).people.add_person(Person(given_name="Ada", family_name="Jones"))
    controller = AppController(ops=ImmediateOps(), path=workspace_path)
    controller.unlock_screen.open_passphrase.setText(PASSPHRASE)
    controller.unlock_screen.submit_open()
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    assert all(window.lazy_pages[i].page is None for i in (DIRECTORY, REPORTS, SETTINGS))
    assert window.caseload.model.rowCount() == 0  # filled after the first paint...
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 1, timeout=3000)  # ...soon

    shortcuts = {a.shortcut().toString(): a for a in window.actions()}
    shortcuts["Ctrl+2"].trigger()
    directory = window.lazy_pages[DIRECTORY].page
    assert type(directory).__name__ == "DirectoryPage"
    assert directory.isVisible()
    assert window.lazy_pages[REPORTS].page is None
    assert window.lazy_pages[SETTINGS].page is None
    shortcuts["Ctrl+4"].trigger()
    assert type(window.lazy_pages[SETTINGS].page).__name__ == "SettingsPage"

    window.lock_action.trigger()  # every built page goes with the lock
    assert controller.is_locked
    assert all(window.lazy_pages[i].page is None for i in (DIRECTORY, REPORTS, SETTINGS))
