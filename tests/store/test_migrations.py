"""Upgrading a stored workspace from every past schema version."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from linkdesk.services.app_services import AppServices
from linkdesk.store.schema import LATEST_VERSION
from linkdesk.store.workspace import Workspace
from tests.fixtures.make_v1_fixture import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_v1_workspace_upgrades_with_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.linkdesk"
    shutil.copyfile(FIXTURES / "workspace_v1.linkdesk", path)
    original = path.read_bytes()
    with Workspace.open(path, PASSPHRASE) as ws:
        assert ws.schema_version == LATEST_VERSION
        person = AppServices(ws).people.get("p-1")
        assert (person.given_name, person.family_name, person.pronouns) == ("Gwen", "Pritchard", "")
        assert ws.integrity_ok()
    backup = tmp_path / "old.linkdesk.v1-backup"
    assert backup.read_bytes() == original  # an encrypted copy, exactly as it was
    with Workspace.open(backup, PASSPHRASE) as old:  # and it still opens (and migrates) itself
        assert old.scalar("SELECT given_name FROM person") == "Gwen"


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import linkdesk.store.workspace as workspace_module

    path = tmp_path / "old.linkdesk"
    shutil.copyfile(FIXTURES / "workspace_v1.linkdesk", path)
    monkeypatch.setattr(workspace_module, "MIGRATIONS", ("", "ALTER TABLE nope ADD x;"))
    with pytest.raises(sqlcipher3.dbapi2.OperationalError):
        Workspace.open(path, PASSPHRASE)
    monkeypatch.undo()
    with Workspace.open(path, PASSPHRASE) as ws:  # still v1 before this open, now migrated
        assert ws.schema_version == LATEST_VERSION
        assert ws.scalar("SELECT count(*) FROM person") == 1
