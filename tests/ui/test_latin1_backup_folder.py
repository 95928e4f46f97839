"""The backup dialog keeps a folder whose name is not valid UTF-8 as the folder itself.

Qt cannot hold such a name (a QString cuts it short at the undecodable byte), so the dialog
shows it readably (U+FFFD) but backs up to the exact Path it was given, never to text read back.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.services.app_services import AppServices
from linkdesk.services.reminders import backup_reminder
from linkdesk.ui import exchange_actions
from linkdesk.ui.ops import ImmediateOps
from tests.exchange.helpers import add_person, files_in


def test_backup_dialog_uses_the_exact_latin1_folder(
    qtbot, services: AppServices, tmp_path_factory, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    drive = tmp_path_factory.mktemp("drive")  # not the workspace's own folder
    dest = drive / os.fsdecode(b"Caf\xe9 share")
    dest.mkdir()
    decoy = drive / "Caf"  # what a name cut short at the odd byte would point at
    decoy.mkdir()
    add_person(services, "Ann")
    monkeypatch.setattr(exchange_actions, "pick_folder", lambda parent, title, start: dest)
    dialog = exchange_actions.backup(None, services, ImmediateOps())
    qtbot.addWidget(dialog)
    dialog.choose_folder()
    assert dialog.folder_edit.text().endswith("Caf\ufffd share")
    dialog.start()
    assert dialog.error == ""
    assert len(files_in(dest)) == 2
    assert files_in(decoy) == []
    again = exchange_actions.backup(None, services, ImmediateOps())
    qtbot.addWidget(again)
    assert again.folder == dest  # offered next time: the same folder, byte for byte
    assert again.folder_edit.text().endswith("Caf\ufffd share")


def test_the_reminder_shows_a_latin1_folder_readably(services: AppServices, tmp_path: Path) -> None:
    settings = WorkspaceSettings(
        last_backup_dir=str(tmp_path / os.fsdecode(b"Caf\xe9 share")),
        last_backup_at="2020-01-01T00:00:00.000000Z",
    )
    text = backup_reminder(settings, 3, datetime.now(UTC))
    assert "Caf\ufffd share" in text
    text.encode("utf-8")  # no lone surrogate for Qt to cut the banner short at
