"""Kind 2: private files 0600 and folders 0700 whatever the umask.

The workspace, its -wal and -shm (made by SQLite), its audit anchor, the migration backup,
backups and manifests, the plaintext subject-access files and every export.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkdesk.fileio.private import make_private_dir
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
FIXTURE_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "workspace_v1.linkdesk"


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_workspace_and_everything_sqlite_makes_beside_it(umask: int, tmp_path: Path) -> None:
    path = tmp_path / "w.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        add_person(AppServices(ws), "Ann")
        companions = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(p.exists() for p in companions)  # WAL mode: SQLite made them
        assert {p.name: _mode(p) for p in [path, *companions]} == {
            "w.linkdesk": 0o600,
            "w.linkdesk-wal": 0o600,
            "w.linkdesk-shm": 0o600,
        }
    assert _mode(Path(f"{path}.audit-anchor")) == 0o600
    leftovers = {p.name: _mode(p) for p in tmp_path.iterdir()}
    assert all(mode == 0o600 for mode in leftovers.values()), leftovers


def test_every_export_and_backup_is_private(
    umask: int, services: AppServices, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    person_id = add_person(services, "Bea")
    services.plans.save_pdf(person_id, shared / "plan.pdf")
    services.exchange.export_person(person_id, shared)  # plaintext JSON and PDF
    services.reports.write_report(shared, all_time=True)
    services.directory.export_csv(shared / "directory.csv")
    result = services.exchange.backup(shared)
    modes = {p.name: _mode(p) for p in shared.iterdir()}
    assert len(modes) == 8
    assert set(modes.values()) == {0o600}, modes
    assert result.bundle_path.name in modes
    assert result.manifest_path.name in modes


def test_older_workspaces_are_made_private_when_opened(tmp_path: Path) -> None:
    """A workspace made 0644 by an older LinkDesk (and its migration backup) is tightened."""
    path = tmp_path / "old.linkdesk"
    shutil.copyfile(FIXTURE_V1, path)
    os.chmod(path, 0o644)
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"")
    os.chmod(wal, 0o644)
    with Workspace.open(path, "fixture passphrase v1"):  # tests/fixtures/make_v1_fixture.py
        assert _mode(path) == 0o600
        backups = list(tmp_path.glob("old.linkdesk.v*-backup"))
        assert backups  # migrated from version 1, a copy kept first
        assert all(_mode(b) == 0o600 for b in backups)
        assert _mode(wal) == 0o600


def test_a_restored_workspace_is_private(umask: int, services: AppServices, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    add_person(services, "Cy")
    bundle = services.exchange.backup(shared).bundle_path
    target = tmp_path / "restored.linkdesk"
    services.exchange.restore(bundle, target, bundle_passphrase=PASSPHRASE)
    assert _mode(target) == 0o600


def test_linkdesk_folders_are_0700(umask: int, tmp_path: Path) -> None:
    folder = make_private_dir(tmp_path / "LinkDesk" / "demo")
    assert _mode(folder) == 0o700
    assert _mode(folder.parent) == 0o700
    os.chmod(folder, 0o755)  # an older LinkDesk made it world-readable
    make_private_dir(folder)
    assert _mode(folder) == 0o700
