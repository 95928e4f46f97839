"""Kind 5: one instance per workspace, and deleting a file cannot get a second one in.

A child process holds the workspace open; this process (and a second child) try to open
it while files beside it are deleted. SQLite's own locking must keep working alongside.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from linkdesk.domain.errors import WorkspaceInUseError
from linkdesk.services.app_services import AppServices
from linkdesk.store.keys import key_bytes
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person

HOLDER = """
import sys
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from linkdesk.domain.models import Person
ws = Workspace.open(sys.argv[1], sys.argv[2])
print("held", flush=True)
for line in sys.stdin:  # each line: add a person, say so
    AppServices(ws).people.add_person(Person(given_name=line.strip() or "x"))
    print("added", flush=True)
ws.close()
print("closed", flush=True)
"""

TRY_OPEN = """
import sys
from linkdesk.domain.errors import WorkspaceInUseError
from linkdesk.store.workspace import Workspace
try:
    Workspace.open(sys.argv[1], sys.argv[2]).close()
except WorkspaceInUseError:
    sys.exit(9)
"""


@pytest.fixture
def made(workspace_path: Path) -> Path:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        add_person(AppServices(ws), "Ann")
    return workspace_path


@pytest.fixture
def holder(made: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(made), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()


def _try_open_elsewhere(path: Path) -> int:
    return subprocess.run(
        [sys.executable, "-c", TRY_OPEN, str(path), PASSPHRASE], check=False
    ).returncode


def _delete_everything_but_the_workspace(path: Path) -> None:
    for other in path.parent.iterdir():
        if other != path and not other.name.startswith(f"{path.name}-"):
            other.unlink()
    Path(f"{path}.lock").unlink(missing_ok=True)


def test_a_second_process_is_refused(holder: subprocess.Popen[str], made: Path) -> None:
    with pytest.raises(WorkspaceInUseError, match="already open"):
        Workspace.open(made, PASSPHRASE)
    assert _try_open_elsewhere(made) == 9


def test_deleting_the_lock_file_does_not_let_a_second_instance_in(
    holder: subprocess.Popen[str], made: Path
) -> None:
    _delete_everything_but_the_workspace(made)
    with pytest.raises(WorkspaceInUseError):
        Workspace.open(made, PASSPHRASE)
    assert _try_open_elsewhere(made) == 9


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_lock_dies_with_the_process(holder: subprocess.Popen[str], made: Path) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with Workspace.open(made, PASSPHRASE) as ws:
        assert AppServices(ws).people.count() == 1


def test_sqlite_locking_is_untouched_by_the_instance_lock(
    holder: subprocess.Popen[str], made: Path
) -> None:
    """The instance lock sits far from SQLite's lock bytes: while it is held, SQLite in
    another process still reads and the holder still writes and commits."""
    assert holder.stdin is not None
    assert holder.stdout is not None
    holder.stdin.write("Bea\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "added"
    raw = sqlcipher3.connect(str(made))
    try:
        raw.execute("PRAGMA cipher_log_level = NONE")
        raw.set_key(key_bytes(PASSPHRASE))
        assert raw.execute("SELECT count(*) FROM person").fetchone()[0] == 2
        holder.stdin.write("Cy\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "added"  # a reader does not block it
        assert raw.execute("SELECT count(*) FROM person").fetchone()[0] == 3
    finally:
        raw.close()
    holder.stdin.close()
    assert holder.stdout.readline().strip() == "closed"
    with Workspace.open(made, PASSPHRASE) as ws:
        assert ws.integrity_ok()


def test_the_same_process_is_refused_without_dropping_sqlite_locks(
    workspace: Workspace, workspace_path: Path
) -> None:
    """A refused second open in this process must not close a descriptor of the file (that
    would drop the POSIX locks SQLite holds for the first)."""
    services = AppServices(workspace)
    for _ in range(3):
        with pytest.raises(WorkspaceInUseError):
            Workspace.open(workspace_path, PASSPHRASE)
    add_person(services, "Still fine")
    assert workspace.integrity_ok()


def test_locking_and_unlocking_reuses_one_descriptor(workspace_path: Path) -> None:
    """The GUI locks and unlocks all day: no descriptor may leak per cycle."""
    Workspace.create(workspace_path, PASSPHRASE).close()
    fds = Path("/proc/self/fd")
    if not fds.exists():
        pytest.skip("needs /proc")
    Workspace.open(workspace_path, PASSPHRASE).close()
    before = len(os.listdir(fds))
    for _ in range(20):
        Workspace.open(workspace_path, PASSPHRASE).close()
    assert len(os.listdir(fds)) <= before
