"""The GUI honours `linkdesk --workspace W --passphrase-file F`: it unlocks at once."""

from __future__ import annotations

from pathlib import Path

from linkdesk.app import AppController
from linkdesk.store.workspace import Workspace
from linkdesk.ui.ops import ImmediateOps
from tests.conftest import PASSPHRASE


def test_the_unlock_screen_uses_a_passphrase_given_at_start(qtbot, workspace_path: Path) -> None:  # type: ignore[no-untyped-def]
    Workspace.create(workspace_path, PASSPHRASE).close()
    controller = AppController(ops=ImmediateOps(), path=workspace_path)
    qtbot.addWidget(controller.unlock_screen)
    controller.show()
    controller.unlock_with(PASSPHRASE)
    assert not controller.is_locked
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    assert controller.unlock_screen.open_passphrase.text() == ""  # not kept on screen
    controller.lock()
    assert controller.is_locked  # locking again asks for the passphrase as usual
    controller.shutdown()


def test_a_wrong_passphrase_at_start_is_shown_like_a_typed_one(qtbot, workspace_path: Path) -> None:  # type: ignore[no-untyped-def]
    Workspace.create(workspace_path, PASSPHRASE).close()
    controller = AppController(ops=ImmediateOps(), path=workspace_path)
    qtbot.addWidget(controller.unlock_screen)
    controller.show()
    controller.unlock_with("not the right one at all")
    assert controller.is_locked
    assert "Wrong passphrase" in controller.unlock_screen.open_error.text()
