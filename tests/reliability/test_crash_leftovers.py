"""Crash leftovers do not outlive erasure (issue 14, kind 3).

A forked child is killed (SIGKILL) half-way through a backup or a merge, leaving a private
copy beside the workspace and a half-written bundle on the shared drive. The next start
clears them; then the person is erased, and every file LinkDesk left beside the workspace and
on the drive is searched (raw, and decrypted page by page) for them: nothing holds them.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from linkdesk.services.app_services import AppServices
from linkdesk.store.workfiles import work_folder
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import PAGE_SIZE, add_person, contains_text, decrypted_pages

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (Linux, macOS)")

CANARY = "Wolfsbane"


def _pages_of(path: Path) -> list[bytes]:
    """The file's bytes, and its whole pages decrypted with the passphrase when it is (a piece
    of) an SQLCipher file; the WAL of a workspace is read with it."""
    raw = path.read_bytes()
    out = [raw]
    whole = len(raw) - len(raw) % PAGE_SIZE
    if whole >= PAGE_SIZE and not path.name.endswith(("-wal", "-shm", ".json", ".lock")):
        copy = path.with_name(f"{path.name}.pages")
        copy.write_bytes(raw[:whole])
        try:
            out += decrypted_pages(copy, PASSPHRASE)
        finally:
            copy.unlink()
    return out


def holders(folders: list[Path], text: str) -> list[Path]:
    """Every file under ``folders`` that holds ``text`` (UTF-8 or UTF-16), raw or decrypted."""
    found = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if contains_text(_pages_of(path), text):
                found.append(path)
    return found


def _killed_mid_way(
    path: Path, work: Callable[[AppServices], Any], hook: Callable[..., Any]
) -> None:
    """Run ``work`` in a forked child that blocks inside ``hook``'s place; SIGKILL it there."""
    ready_r, ready_w = os.pipe()
    hold_r, hold_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(ready_r)

            def stop_here(*args: Any, **kwargs: Any) -> Any:
                os.write(ready_w, b"1")
                os.read(hold_r, 1)  # nobody writes: wait here until killed
                raise SystemExit

            hook(stop_here)
            with Workspace.open(path, PASSPHRASE) as ws:
                work(AppServices(ws))
        finally:
            os._exit(1)
    os.close(ready_w)
    assert os.read(ready_r, 1) == b"1"  # the child is inside the operation
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    for fd in (ready_r, hold_r, hold_w):
        os.close(fd)


@pytest.fixture
def laptop(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "laptop"
    folder.mkdir()
    share = tmp_path / "share"
    share.mkdir()
    path = folder / "w.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        add_person(services, "Keeper")
        add_person(services, CANARY, family=CANARY)
    return path, share


def _erase(path: Path, given: str) -> None:
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        services.exchange.erase_person(services.people.search(given)[0].person_id)


def test_kill_mid_backup_then_erase_leaves_no_copy_holding_the_person(
    laptop: tuple[Path, Path],
) -> None:
    path, share = laptop
    import linkdesk.services.exchange as exchange_module
    from linkdesk.store import bundle as bundle_module

    real_atomic_write = exchange_module.atomic_write

    def hook(stop: Callable[..., Any]) -> None:
        def half_then_stop(target: Path, write: Callable[[Any], None], **kw: Any) -> str:
            def half(fh: Any) -> None:
                class Half:
                    written = 0

                    def write(self, data: bytes) -> int:
                        if self.written > 20_000:
                            stop()
                        self.written += len(data)
                        return int(fh.write(data))

                write(Half())

            return str(real_atomic_write(target, half, **kw))

        exchange_module.atomic_write = half_then_stop  # type: ignore[assignment]
        bundle_module.COPY_PAGES = 2  # the pages go out in small writes: stop after a few

    _killed_mid_way(path, lambda s: s.exchange.backup(share), hook)
    # What the crash left: a partial bundle on the share (the workspace's pages, streamed
    # there without a private copy), and the note that points at it.
    partial = [p for p in share.iterdir() if p.name.endswith(".partial")]
    assert partial
    assert holders([share], CANARY) == partial, "the partial bundle holds the person"
    _erase(path, CANARY)  # opening clears the leftovers; then the person is erased
    assert holders([path.parent, share], CANARY) == []
    assert list(share.iterdir()) == []  # the half-written bundle went too
    assert not work_folder(path).exists()


def test_kill_mid_merge_then_erase_leaves_no_copy_holding_the_person(
    laptop: tuple[Path, Path], tmp_path: Path
) -> None:
    path, share = laptop
    other_path = tmp_path / "other.linkdesk"
    stranger = "Hellebore"
    with Workspace.create(other_path, PASSPHRASE) as ws:
        other = AppServices(ws)
        add_person(other, stranger, family=stranger)
        bundle = other.exchange.backup(share).bundle_path
    import linkdesk.services.exchange as exchange_module

    def hook(stop: Callable[..., Any]) -> None:
        exchange_module.merge_attached = stop  # type: ignore[assignment]

    merge = lambda s: s.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)  # noqa: E731
    _killed_mid_way(path, merge, hook)
    assert holders([work_folder(path)], stranger)  # the other laptop's bundle, copied here
    with Workspace.open(path, PASSPHRASE) as ws:  # the next start clears it ...
        services = AppServices(ws)
        assert not work_folder(path).exists()
        assert services.people.search(stranger) == []  # ... and the merge never happened
        services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)  # now it does
        services.exchange.erase_person(services.people.search(stranger)[0].person_id)
    assert holders([path.parent], stranger) == []


def test_erasure_itself_removes_private_copies_left_behind(laptop: tuple[Path, Path]) -> None:
    """A copy that appeared after the start (another run's, say) is removed by erasure too."""
    path, _share = laptop
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        stale = work_folder(path) / "merge-stale"
        stale.mkdir(parents=True)
        ws.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (stale / "bundle.ldbackup").write_bytes(path.read_bytes())
        assert holders([work_folder(path)], CANARY)
        services.exchange.erase_person(services.people.search(CANARY)[0].person_id)
        assert not stale.exists()
    assert holders([path.parent], CANARY) == []


def test_erasure_removes_the_pre_migration_copy(tmp_path: Path) -> None:
    """``<workspace>.v1-backup`` is encrypted in an older schema and perhaps under an older
    passphrase: LinkDesk cannot erase inside it, so erasing removes it."""
    path = tmp_path / "old.linkdesk"
    with Workspace.create(path, PASSPHRASE, version=1) as ws:
        ws.execute(
            "INSERT INTO person (id, created_at, updated_at, given_name, family_name) VALUES "
            f"('p-1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '{CANARY}', 'Old')"
        )
    with Workspace.open(path, PASSPHRASE) as ws:  # migrates, keeping old.linkdesk.v1-backup
        copy = tmp_path / "old.linkdesk.v1-backup"
        assert copy in holders([tmp_path], CANARY)
        AppServices(ws).exchange.erase_person("p-1")
    assert not copy.exists()
    assert holders([tmp_path], CANARY) == []
