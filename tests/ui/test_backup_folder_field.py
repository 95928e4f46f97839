"""The backup folder can be typed or pasted, and is checked as the field is left (issue 10)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from linkdesk.ui.exchange_dialogs import BackupDialog
from linkdesk.ui.ops import ImmediateOps
from tests.conftest import PASSPHRASE


@pytest.fixture
def services(tmp_path: Path):  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    home.mkdir()
    with Workspace.create(home / "w.linkdesk", PASSPHRASE) as ws:
        yield AppServices(ws)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Type or paste"),
        ("backups", "whole path"),
        ("{tmp}/no such folder", "There is no folder"),
        ("{tmp}/a file", "is a file, not a folder"),
        ("{tmp}/read only", "cannot write in"),
        ("{tmp}/home", "workspace's own folder"),
        ("{tmp}/home/inside", "workspace's own folder"),
    ],
)
def test_a_folder_that_cannot_hold_backups_is_said_in_one_line(
    qtbot, services: AppServices, tmp_path: Path, typed: str, says: str
) -> None:
    (tmp_path / "a file").write_text("x")
    (tmp_path / "read only").mkdir(mode=0o500)
    (tmp_path / "home" / "inside").mkdir()
    if says == "cannot write in" and os.access(tmp_path / "read only", os.W_OK):
        pytest.skip("running as root: every folder is writable")
    dialog = BackupDialog(services, ImmediateOps(), lambda *_: None)
    dialog.folder_edit.setText(typed.format(tmp=tmp_path))
    assert not dialog.check_typed()
    assert dialog.folder is None
    said = dialog.folder_error.text()
    assert says in said
    assert "\n" not in said  # one line
    assert said == dialog.folder_edit.accessibleDescription()  # a screen reader hears it
    dialog.deleteLater()


def test_a_pasted_folder_is_taken_as_typed(services: AppServices, tmp_path: Path) -> None:
    shared = tmp_path / "shared drive"
    shared.mkdir()
    folder, problem = services.exchange.backup_folder_problem(f'  "{shared}"  ')
    assert (folder, problem) == (shared, None)


def test_the_dialog_checks_the_typed_folder_as_it_is_left(
    qtbot, services: AppServices, tmp_path: Path
) -> None:
    picked: list[str] = []

    def pick(parent, title, start):  # type: ignore[no-untyped-def]
        picked.append(start)
        return None

    dialog = BackupDialog(services, ImmediateOps(), pick)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog, 5000)  # Tab moves the focus
    assert not dialog.folder_edit.isReadOnly()
    dialog.folder_edit.setFocus()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "missing"))
    assert dialog.folder_error.isHidden()  # nothing said while typing
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Tab)
    assert not dialog.folder_error.isHidden()
    assert "There is no folder" in dialog.folder_error.text()
    dialog.start()  # refused: nothing written, the focus back on the field
    assert dialog.running is None
    assert dialog.folder_edit.text().endswith("missing")  # nothing typed is lost

    shared = tmp_path / "shared"
    shared.mkdir()
    dialog.folder_edit.setFocus()
    dialog.folder_edit.selectAll()
    qtbot.keyClicks(dialog.folder_edit, str(shared))
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Tab)
    assert dialog.folder_error.isHidden()
    assert dialog.folder == shared
    dialog.start()
    assert dialog.result_path is not None
    assert dialog.result_path.parent == shared

    dialog.choose_folder()
    assert picked == [str(shared)]  # the chooser opens where the worker is
