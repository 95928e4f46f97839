"""Kind 1: files written into shared folders never follow a planted link, under any name.

A hostile folder (a shared drive other people can write to) may hold links at the names
LinkDesk will use: the temp name, the old predictable ``.<name>.<pid>.partial`` name, or the
target itself. None may be followed; the file outside must stay byte-identical.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio import atomic
from linkdesk.fileio.atomic import atomic_write_bytes, partial_glob
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person

SECRET = b"someone else's file\n"


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file outside the shared folder that a planted link points at."""
    path = tmp_path / "outside" / "victim.txt"
    path.parent.mkdir()
    path.write_bytes(SECRET)
    return path


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def temp_names(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every temp file the atomic writes make during the test, in order."""
    seen: list[str] = []
    real = atomic._create_temp

    def spy(target: Path, mode: int):  # type: ignore[no-untyped-def]
        tmp, fd = real(target, mode)
        seen.append(tmp.name)
        return tmp, fd

    monkeypatch.setattr(atomic, "_create_temp", spy)
    return seen


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_a_link_at_the_next_temp_name_is_never_followed(
    shared: Path, victim: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = iter(["predictable", "predictable", "fresh"])
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda n: next(names))
    (shared / ".out.pdf.predictable.partial").symlink_to(victim)
    atomic_write_bytes(shared / "out.pdf", b"%PDF plan")
    assert victim.read_bytes() == SECRET
    assert (shared / "out.pdf").read_bytes() == b"%PDF plan"
    assert os.path.islink(shared / ".out.pdf.predictable.partial")  # left alone, not ours


def test_links_at_every_old_predictable_name_are_ignored(shared: Path, victim: Path) -> None:
    for pid in (os.getpid(), os.getpid() + 1):
        (shared / f".report.csv.{pid}.partial").symlink_to(victim)
    atomic_write_bytes(shared / "report.csv", b"a,b\n")
    assert victim.read_bytes() == SECRET
    assert (shared / "report.csv").read_bytes() == b"a,b\n"


def test_temp_names_are_unpredictable(shared: Path, temp_names: list[str]) -> None:
    seen = temp_names
    for _ in range(3):
        atomic_write_bytes(shared / "x.json", b"{}")
    assert len(set(seen)) == 3
    assert all(name.startswith(".x.json.") and name.endswith(".partial") for name in seen)
    assert all(Path(shared, n).match(partial_glob("x.json")) for n in seen)


@pytest.mark.parametrize("name", ["b" * 240 + ".pdf", "é" * 125 + ".pdf", "short.pdf"])
def test_a_name_the_drive_accepts_is_never_refused_for_its_temp_name(
    shared: Path, temp_names: list[str], name: str
) -> None:
    # 244 or 254 bytes: the drive holds the name, but ".<name>.<16 hex>.partial" (26 more)
    # would not; the temp name cuts the name so it is never longer than the target's.
    seen = temp_names
    atomic_write_bytes(shared / name, b"%PDF")
    assert (shared / name).read_bytes() == b"%PDF"
    (temp,) = seen
    assert len(os.fsencode(temp)) <= max(len(os.fsencode(name)), 64 + 26)
    assert Path(shared, temp).match(partial_glob(name))  # crash leftovers are still found
    assert not list(shared.glob(partial_glob(name)))


def test_a_link_at_the_target_is_refused_without_overwrite(shared: Path, victim: Path) -> None:
    (shared / "subject.json").symlink_to(victim)
    with pytest.raises(LinkDeskError, match="already exists"):
        atomic_write_bytes(shared / "subject.json", b"plaintext record", overwrite=False)
    assert victim.read_bytes() == SECRET
    assert list(shared.glob(".*")) == []


def test_a_dangling_link_at_the_target_is_refused(shared: Path, tmp_path: Path) -> None:
    nowhere = tmp_path / "outside-new.txt"
    (shared / "new.json").symlink_to(nowhere)
    with pytest.raises(LinkDeskError, match="already exists"):
        atomic_write_bytes(shared / "new.json", b"plaintext", overwrite=False)
    assert not nowhere.exists()


def test_overwriting_replaces_a_link_itself_never_its_target(shared: Path, victim: Path) -> None:
    (shared / "plan.pdf").symlink_to(victim)
    atomic_write_bytes(shared / "plan.pdf", b"%PDF new")
    assert victim.read_bytes() == SECRET
    assert not os.path.islink(shared / "plan.pdf")
    assert (shared / "plan.pdf").read_bytes() == b"%PDF new"


def test_every_export_ignores_planted_links(
    services: AppServices, shared: Path, victim: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plans, subject access JSON and PDF, report CSV and PDF, directory CSV, backups and
    manifests: each temp name is first planted with a link, and each is still written."""
    person_id = add_person(services, "Planted")
    planted: list[Path] = []
    real = atomic.partial_name

    def picker(target: Path) -> Path:
        name = real(target)
        if not any(p.name.startswith(f".{target.name}.") for p in planted):
            name.symlink_to(victim)  # the first name picked for each file holds a link
            planted.append(name)
        return name

    monkeypatch.setattr(atomic, "partial_name", picker)
    services.plans.save_pdf(person_id, shared / "plan.pdf")
    services.exchange.export_person(person_id, shared)
    services.reports.write_report(shared, all_time=True)
    services.directory.export_csv(shared / "directory.csv")
    services.exchange.backup(shared)
    assert victim.read_bytes() == SECRET
    assert len(planted) >= 8
    written = [p for p in shared.iterdir() if not p.name.startswith(".")]
    assert len(written) == 8  # plan, SAR json+pdf, report csv+pdf, directory, bundle+manifest
    assert all(not p.is_symlink() and _mode(p) == 0o600 for p in written)


def test_a_link_planted_beside_the_workspace_is_refused(workspace_path: Path, victim: Path) -> None:
    """SQLite opens -wal and -shm following links: LinkDesk refuses to open through one."""
    Workspace.create(workspace_path, PASSPHRASE).close()
    Path(f"{workspace_path}-wal").symlink_to(victim)
    with pytest.raises(LinkDeskError, match="is a link"):
        Workspace.open(workspace_path, PASSPHRASE)
    assert victim.read_bytes() == SECRET


def test_a_link_at_a_new_workspace_path_is_refused(tmp_path: Path, victim: Path) -> None:
    planted = tmp_path / "new.linkdesk"
    planted.symlink_to(tmp_path / "outside" / "made-elsewhere.linkdesk")  # dangling
    with pytest.raises(LinkDeskError, match="already a file"):
        Workspace.create(planted, PASSPHRASE)
    assert not (tmp_path / "outside" / "made-elsewhere.linkdesk").exists()
