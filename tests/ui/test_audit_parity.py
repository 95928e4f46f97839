"""The GUI and the CLI leave the same audit trail for the same action (one use case each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.domain.models import AuditEntry
from linkdesk.services.app_services import AppServices
from linkdesk.ui.ops import ImmediateOps
from linkdesk.ui.settings_page import ChangePassphraseDialog
from tests.conftest import PASSPHRASE

NEW = "a brand new phrase 7"


def _trail(entries: list[AuditEntry]) -> list[tuple[object, ...]]:
    """What an entry says (not when it was written, nor its place in the chain)."""
    return [(e.action, e.entity, e.entity_id, e.person_id, e.detail, e.actor) for e in entries]


def _new_entries(path: Path, passphrase: str, before: int) -> list[AuditEntry]:
    services = AppServices.open(path, passphrase)
    try:
        assert services._audit.verify() is None  # the chain holds
        return services._audit.entries()[before:]
    finally:
        services.close()


def _make(path: Path) -> int:
    services = AppServices.create(path, PASSPHRASE)
    try:
        return len(services._audit.entries())
    finally:
        services.close()


def test_passphrase_change_leaves_the_same_trail_from_gui_and_cli(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    gui_path, cli_path = tmp_path / "gui.linkdesk", tmp_path / "cli.linkdesk"
    gui_before, cli_before = _make(gui_path), _make(cli_path)

    # In the GUI: Settings > Change passphrase…
    services = AppServices.open(gui_path, PASSPHRASE)
    dialog = ChangePassphraseDialog(services, ImmediateOps())
    qtbot.addWidget(dialog)
    dialog.show()
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.accept()
    assert changed == [True]
    services.close()

    # On the command line: linkdesk passwd
    current, new = tmp_path / "current.txt", tmp_path / "new.txt"
    current.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new.write_text(NEW + "\n", encoding="utf-8")
    code = main(
        ["passwd", str(cli_path), "--passphrase-file", str(current),
         "--new-passphrase-file", str(new)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err

    gui = _trail(_new_entries(gui_path, NEW, gui_before))
    cli = _trail(_new_entries(cli_path, NEW, cli_before))
    assert gui == cli
    assert [(action, entity) for action, entity, *_ in gui] == [("edited", "passphrase")]


def test_a_wrong_current_passphrase_changes_nothing_either_way(tmp_path: Path) -> None:
    path = tmp_path / "ws.linkdesk"
    before = _make(path)
    services = AppServices.open(path, PASSPHRASE)
    try:
        from linkdesk.domain.errors import ValidationError

        with pytest.raises(ValidationError) as caught:
            services.account.change_passphrase("not it at all", NEW)
        assert caught.value.field == "current"
        with pytest.raises(ValidationError) as caught:
            services.account.change_passphrase(PASSPHRASE, "short")
        assert caught.value.field == "new"
    finally:
        services.close()
    assert _new_entries(path, PASSPHRASE, before) == []
