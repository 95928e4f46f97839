"""The true cause, on real odd drives: a FAT32 stick, a full drive, a read-only drive.

Every failure: one line naming what happened and what to do, the right exit code (never 3,
"could not unlock", and never advice to restore a backup), and nothing changed or left behind.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.domain.errors import (
    DiskFullError,
    LinkDeskError,
    ReadOnlyError,
    UnsupportedDriveError,
)
from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import ExchangeService
from linkdesk.store.drives import Probe, probe_folder
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import stored_settings
from tests.reliability.drives import fat32_drive, fill, make_read_only, tiny_drive


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(err: str) -> str:
    assert err.startswith("linkdesk: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert "passphrase" not in err.lower()
    assert "restore it from a backup" not in err
    return err


@pytest.fixture
def local_workspace(tmp_path: Path) -> Path:
    """A closed workspace with five people, on the laptop's own drive."""
    path = tmp_path / "local" / "caseload.linkdesk"
    path.parent.mkdir()
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        for i in range(5):
            services.people.add_person(Person(given_name="Ada", family_name=f"Local{i}"))
    return path


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    with fat32_drive(tmp_path) as mounted:
        yield mounted


@pytest.fixture
def env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LINKDESK_BUNDLE_PASSPHRASE", PASSPHRASE)


# -- a FAT32 USB stick --------------------------------------------------------------------


def test_workspace_on_a_fat32_stick_is_not_called_a_wrong_passphrase(
    stick: tuple[Path, str],
    local_workspace: Path,
    env_passphrase: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, driver = stick
    on_stick = folder / local_workspace.name
    shutil.copyfile(local_workspace, on_stick)
    before = _digest(on_stick)
    if probe_folder(folder) is Probe.OK:  # the kernel's vfat can do WAL: then it just works
        assert driver == "vfat"
        assert main(["check", str(on_stick)]) == 0
        return
    code = main(["check", str(on_stick)])
    err = _one_line(capsys.readouterr().err)
    assert code == UnsupportedDriveError.exit_code == 7
    assert "FAT32" in err
    assert "copy the workspace to the laptop's own drive" in err
    assert _digest(on_stick) == before
    assert not Path(f"{on_stick}-wal").exists()
    assert not Path(f"{on_stick}-shm").exists()
    # Copied back to the laptop's own drive, as the message says, it opens.
    back = local_workspace.with_name("copied-back.linkdesk")
    shutil.copyfile(on_stick, back)
    with Workspace.open(back, PASSPHRASE) as ws:
        assert AppServices(ws).people.count() == 5


def test_creating_a_workspace_on_a_fat32_stick_leaves_nothing(stick: tuple[Path, str]) -> None:
    folder, _ = stick
    if probe_folder(folder) is Probe.OK:
        pytest.skip("this FAT32 driver supports WAL")
    with pytest.raises(UnsupportedDriveError, match="choose a folder on the laptop's own drive"):
        Workspace.create(folder / "new.linkdesk", PASSPHRASE)
    assert sorted(p.name for p in folder.iterdir()) == []


def test_restore_onto_a_fat32_stick_says_why_and_leaves_nothing(
    stick: tuple[Path, str],
    local_workspace: Path,
    tmp_path: Path,
    env_passphrase: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, _ = stick
    share = tmp_path / "share"
    share.mkdir()
    assert main(["export", str(local_workspace), str(share), "--kind", "backup"]) == 0
    bundle = next(share.glob("*.ldbackup"))
    capsys.readouterr()
    if probe_folder(folder) is Probe.OK:
        pytest.skip("this FAT32 driver supports WAL")
    code = main(["restore", str(bundle), str(folder / "restored.linkdesk")])
    err = _one_line(capsys.readouterr().err)
    assert code == 7
    assert "laptop's own drive" in err
    assert "disk I/O" not in err
    assert "SQLite" not in err.replace("SQLite's shared log", "")
    assert list(folder.iterdir()) == []


def test_a_fat32_stick_is_fine_as_a_backup_destination(
    stick: tuple[Path, str], local_workspace: Path
) -> None:
    """Backups are plain files (no WAL): the stick takes them, and they restore."""
    folder, _ = stick
    with Workspace.open(local_workspace, PASSPHRASE) as ws:
        result = AppServices(ws).exchange.backup(folder)
    restored = local_workspace.with_name("from-stick.linkdesk")
    ExchangeService.restore(result.bundle_path, restored, bundle_passphrase=PASSPHRASE)
    with Workspace.open(restored, PASSPHRASE) as ws:
        assert AppServices(ws).people.count() == 5


# -- a full drive -------------------------------------------------------------------------


@pytest.fixture
def full_drive(tmp_path: Path) -> Iterator[Path]:
    with tiny_drive(tmp_path / "small", size_mib=16) as drive:
        yield drive


def _filled_workspace(drive: Path, people: int) -> Path:
    path = drive / "caseload.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        with ws.bulk():
            for i in range(people):
                services.people.add_person(Person(given_name="Ada", family_name=f"Full{i}"))
    return path


def test_an_import_on_a_full_drive_says_full_and_changes_nothing(full_drive: Path) -> None:
    path = _filled_workspace(full_drive, 1500)
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        fill(full_drive, leave=200_000)

        def import_many() -> None:
            with ws.bulk():
                for i in range(3000):
                    services.people.add_person(Person(given_name="Bo", family_name=f"New{i}"))

        with pytest.raises(DiskFullError) as caught:
            import_many()
        message = str(caught.value)
        assert "free some space" in message
        assert "nothing was changed" in message
        assert "restore" not in message
        assert "damaged" not in message
        assert caught.value.exit_code == 5
        assert not ws.conn.in_transaction
        assert services.people.count() == 1500
        assert ws.integrity_ok()  # `check` agrees: the workspace is fine


def test_erasure_needs_almost_no_free_space(full_drive: Path) -> None:
    """Erasure no longer rewrites the whole file (no VACUUM): 200 kB free is plenty."""
    path = _filled_workspace(full_drive, 1500)
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        person = services.people.search("Full7", limit=1)[0].person_id
        fill(full_drive, leave=200_000)
        services.exchange.erase_person(person)
        assert services.people.count() == 1499
        assert ws.integrity_ok()


def test_erasure_on_a_full_drive_is_reported_truthfully(full_drive: Path) -> None:
    path = _filled_workspace(full_drive, 1500)
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        person = services.people.search("Full7", limit=1)[0].person_id
        fill(full_drive)  # not one page left for the WAL
        with pytest.raises(DiskFullError) as caught:
            services.exchange.erase_person(person)
        message = str(caught.value)
        assert "restore" not in message
        assert "damaged" not in message
        erased = services.people.count() == 1499
        if erased:  # the erasure committed; only the final checkpoint ran out of space
            assert caught.value.changed
            assert "The erasure is done" in message
        else:
            assert not caught.value.changed
            assert "nothing was changed" in message
        assert ws.integrity_ok()


def test_merge_into_a_workspace_on_a_full_drive_exits_5_and_check_passes(
    full_drive: Path,
    tmp_path: Path,
    env_passphrase: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _filled_workspace(full_drive, 300)
    other = tmp_path / "other.linkdesk"
    _bundle_dir = tmp_path / "share"
    _bundle_dir.mkdir()
    with Workspace.create(other, PASSPHRASE) as ws:
        services = AppServices(ws)
        with ws.bulk():
            for i in range(3000):
                services.people.add_person(Person(given_name="Cy", family_name=f"Other{i}"))
        bundle = services.exchange.backup(_bundle_dir).bundle_path
    fill(full_drive, leave=100_000)
    code = main(["import", str(path), str(bundle)])
    err = _one_line(capsys.readouterr().err)
    assert code == 5
    assert "full" in err
    assert "free some space" in err
    assert main(["check", str(path), "--json"]) == 0  # and check agrees it is fine
    assert '"people": 300' in capsys.readouterr().out
    assert [p.name for p in full_drive.iterdir() if p.name.startswith(".")] == []


def test_restore_onto_a_full_drive_creates_nothing(
    full_drive: Path, local_workspace: Path, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    with Workspace.open(local_workspace, PASSPHRASE) as ws:
        bundle = AppServices(ws).exchange.backup(share).bundle_path
    fill(full_drive, leave=8192)
    target = full_drive / "restored.linkdesk"
    with pytest.raises(DiskFullError, match="nothing was created"):
        ExchangeService.restore(bundle, target, bundle_passphrase=PASSPHRASE)
    assert sorted(p.name for p in full_drive.iterdir()) == ["filler.bin"]


def test_backup_to_a_full_drive_leaves_no_partial_file(
    full_drive: Path, local_workspace: Path
) -> None:
    fill(full_drive, leave=8192)
    with Workspace.open(local_workspace, PASSPHRASE) as ws:
        services = AppServices(ws)
        with pytest.raises(DiskFullError, match="not enough space.*nothing was written"):
            services.exchange.backup(full_drive)
        assert stored_settings(services).last_backup_at == ""
    assert sorted(p.name for p in full_drive.iterdir()) == ["filler.bin"]


# -- a read-only drive --------------------------------------------------------------------


@pytest.fixture
def read_only_drive(tmp_path: Path, local_workspace: Path) -> Iterator[Path]:
    """A drive holding a copy of the workspace, then locked read-only."""
    with tiny_drive(tmp_path / "locked", size_mib=8) as drive:
        shutil.copyfile(local_workspace, drive / local_workspace.name)
        make_read_only(drive)
        yield drive


def test_workspace_on_a_read_only_drive(
    read_only_drive: Path, env_passphrase: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = read_only_drive / "caseload.linkdesk"
    before = _digest(path)
    code = main(["people", str(path)])
    err = _one_line(capsys.readouterr().err)
    assert code == ReadOnlyError.exit_code == 6
    assert "read-only" in err
    assert "copy the workspace to the laptop's own drive" in err
    assert _digest(path) == before
    with pytest.raises(ReadOnlyError):
        Workspace.open(path, PASSPHRASE)


def test_restore_and_backup_onto_a_read_only_drive(
    read_only_drive: Path, local_workspace: Path, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    with Workspace.open(local_workspace, PASSPHRASE) as ws:
        services = AppServices(ws)
        bundle = services.exchange.backup(share).bundle_path
        with pytest.raises(ReadOnlyError, match="not allowed to write"):
            services.exchange.backup(read_only_drive)
    with pytest.raises(ReadOnlyError):
        ExchangeService.restore(
            bundle, read_only_drive / "restored.linkdesk", bundle_passphrase=PASSPHRASE
        )
    assert sorted(p.name for p in read_only_drive.iterdir()) == ["caseload.linkdesk"]


def test_every_drive_error_has_its_own_exit_code() -> None:
    from linkdesk.domain import errors

    codes = {
        cls.__name__: cls.exit_code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, LinkDeskError)
    }
    assert codes["UnlockError"] == 3
    distinct = [
        "FileBusyError",
        "DiskFullError",
        "ReadOnlyError",
        "UnsupportedDriveError",
        "DriveError",
        "DamagedError",
        "NameTooLongError",
    ]
    assert sorted(codes[name] for name in distinct) == [4, 5, 6, 7, 8, 9, 10]


def test_migration_on_a_full_drive_changes_nothing(full_drive: Path) -> None:
    """An older workspace is copied before migrating: no room for the copy, no migration."""
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    path = full_drive / "old.linkdesk"
    shutil.copyfile(fixtures / "workspace_v1.linkdesk", path)
    before = _digest(path)
    fill(full_drive, leave=path.stat().st_size // 2)
    with pytest.raises(DiskFullError, match="nothing was changed"):
        Workspace.open(path, "fixture passphrase v1")
    assert _digest(path) == before
    # (and the lock file, on systems whose instance lock needs one: not Linux)
    assert sorted(p.name for p in full_drive.iterdir() if p.suffix != ".lock") == [
        "filler.bin",
        "old.linkdesk",
    ]
