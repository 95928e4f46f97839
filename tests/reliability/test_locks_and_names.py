"""Another program holding the workspace, and file names at the drive's 255-byte limit."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.domain.errors import FileBusyError, NameTooLongError
from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store import workspace as workspace_module
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

# The other program: a plain SQLCipher client that opens the workspace and keeps a lock.
# "exclusive" also sets locking_mode=EXCLUSIVE, so no one else can even read (as a database
# browser or a sync tool that copies the file can); "write" holds only the write lock.
HOLDER = """
import sqlcipher3, sys
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.set_key(sys.argv[2].encode("utf-8"))
if sys.argv[3] == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("INSERT INTO meta (key, value) VALUES ('held-by', 'another program')")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def workspace_file(workspace_path: Path) -> Path:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        AppServices(ws).people.add_person(Person(given_name="Ada", family_name="Held"))
    return workspace_path


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same busy handler, waiting 0.2 s instead of 5 s, so the test is quick."""
    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_MS", 200)


def _hold(path: Path, how: str) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), PASSPHRASE, how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "holding"  # waits until the lock is held
        yield child
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.close()
        child.wait(timeout=60)


@pytest.fixture
def held_exclusively(workspace_file: Path) -> Iterator[subprocess.Popen[str]]:
    yield from _hold(workspace_file, "exclusive")


@pytest.fixture
def write_locked(workspace_file: Path) -> Iterator[subprocess.Popen[str]]:
    yield from _hold(workspace_file, "write")


def test_unlock_while_another_program_holds_the_file(
    workspace_file: Path,
    short_busy_timeout: None,
    held_exclusively: subprocess.Popen[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(FileBusyError, match="Another program is using test.linkdesk") as caught:
        Workspace.open(workspace_file, PASSPHRASE)
    assert "passphrase" not in str(caught.value)
    assert "close the other program" in str(caught.value)
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    assert main(["check", str(workspace_file)]) == 4  # not 3, "could not unlock"
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "stayed locked for 0.2 seconds" in err


def test_a_write_blocked_by_another_program_changes_nothing(
    workspace_file: Path, short_busy_timeout: None
) -> None:
    with Workspace.open(workspace_file, PASSPHRASE) as ws:
        services = AppServices(ws)
        before = services.people.count()
        holder = _hold(workspace_file, "write")
        next(holder)
        try:
            with pytest.raises(FileBusyError, match="nothing was changed"):
                services.people.add_person(Person(given_name="Bo", family_name="Blocked"))
            assert not ws.conn.in_transaction
        finally:
            with pytest.raises(StopIteration):
                next(holder)
        assert services.people.count() == before
        # Once the other program lets go, the same edit goes through.
        services.people.add_person(Person(given_name="Bo", family_name="Later"))
        assert services.people.count() == before + 1


def test_a_backup_held_by_another_program_is_not_a_wrong_passphrase(
    workspace_file: Path, tmp_path: Path, short_busy_timeout: None
) -> None:
    from linkdesk.domain.errors import UnlockError
    from linkdesk.store.bundle import open_bundle_readonly

    share = tmp_path / "share"
    share.mkdir()
    with Workspace.open(workspace_file, PASSPHRASE) as ws:
        bundle = AppServices(ws).exchange.backup(share).bundle_path
    holder = _hold(bundle, "write")  # a backup bundle is a rollback-journal SQLCipher file
    next(holder)
    try:
        with pytest.raises(FileBusyError, match="Another program is using"):
            open_bundle_readonly(bundle, PASSPHRASE)
    finally:
        with pytest.raises(StopIteration):
            next(holder)
    with pytest.raises(UnlockError, match="Wrong backup passphrase"):
        open_bundle_readonly(bundle, "not the passphrase")
    open_bundle_readonly(bundle, PASSPHRASE).close()


@pytest.mark.parametrize("length", [248, 250, 251, 255, 256, 300])
def test_a_name_too_long_for_the_drive_is_said_and_leaves_nothing(
    tmp_path: Path, length: int
) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    path = folder / ("n" * (length - len(".linkdesk")) + ".linkdesk")
    with pytest.raises(NameTooLongError, match="too long for this drive") as caught:
        Workspace.create(path, PASSPHRASE)
    assert "folder" not in str(caught.value)  # it was the folder that got the blame
    assert caught.value.exit_code == 10
    assert list(folder.iterdir()) == []  # no workspace, journal or stale lock file


def test_the_longest_name_that_fits_still_works(tmp_path: Path) -> None:
    """255 bytes less the longest companion suffix ("-journal", 8) is the limit."""
    path = tmp_path / ("n" * (247 - len(".linkdesk")) + ".linkdesk")
    Workspace.create(path, PASSPHRASE).close()
    with Workspace.open(path, PASSPHRASE) as ws:
        assert ws.integrity_ok()


def test_a_long_name_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LINKDESK_BUNDLE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / ("é" * 125 + ".linkdesk")  # 259 bytes in UTF-8, 134 characters
    assert main(["init", str(path)]) == 10
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "too long" in err
    assert list(tmp_path.iterdir()) == []
    assert main(["restore", str(tmp_path / "x.ldbackup"), str(path)]) == 10
    assert "too long" in capsys.readouterr().err
