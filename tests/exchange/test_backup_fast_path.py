"""The same-key backup's faster path (issue 15) keeps every check it had.

The private copy is made in the kernel (``copy_file_range``) while the counts are read, is
keyed with the workspace's raw key, has every page's HMAC checked on a second thread while it
is copied out, and is checked at the destination (identity, schema, counts) while its bytes
are read back. Each of those checks must still refuse a bad copy and leave nothing behind.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import linkdesk.services.exchange as exchange_module
from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio import atomic as fileio_atomic
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import ExchangeService
from linkdesk.store import bundle as bundle_module
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person, files_in, private_leftovers, record_rows

PAGE = 4096


def _restored_rows(bundle: Path, tmp_path: Path) -> object:
    target = tmp_path / f"restored-{bundle.stem}.linkdesk"
    ExchangeService.restore(bundle, target, bundle_passphrase=PASSPHRASE)
    with Workspace.open(target, PASSPHRASE) as ws:
        return record_rows(AppServices(ws))


def test_backup_without_copy_file_range_is_the_same(
    services: AppServices, dest: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive or system without ``copy_file_range`` (EXDEV, ENOSYS…) copies in blocks."""
    for n in range(30):
        add_person(services, f"Person {n}")

    def refuse(*args: object) -> int:
        raise OSError(errno.EXDEV, "cross-device")

    monkeypatch.setattr(os, "copy_file_range", refuse, raising=False)
    result = services.exchange.backup(dest)
    assert _restored_rows(result.bundle_path, tmp_path) == record_rows(services)


def test_kernel_copy_error_other_than_unsupported_fails_cleanly(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_person(services, "Ann")

    def broken(*args: object) -> int:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "copy_file_range", broken, raising=False)
    with pytest.raises(LinkDeskError):
        services.exchange.backup(dest)
    assert files_in(dest) == []
    assert private_leftovers(services._workspace.path) == []


def _flip_a_page_byte(path: Path, page: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(page * PAGE + 100)
        byte = fh.read(1)
        fh.seek(page * PAGE + 100)
        fh.write(bytes([byte[0] ^ 0x01]))


def test_a_damaged_page_in_the_copy_is_refused(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose HMAC fails (here: flipped in the private copy, as a failing disk would)
    is caught by the page check on the second thread: no bundle, no manifest."""
    for n in range(40):
        add_person(services, f"Person {n}")
    real = exchange_module.snapshot_copy

    def damaging(conn, source, target, key, **kwargs):  # type: ignore[no-untyped-def]
        counts = real(conn, source, target, key, **kwargs)
        size = target.stat().st_size // PAGE
        assert size > 3
        _flip_a_page_byte(target, size - 2)  # a page the counts at the destination never read
        return counts

    monkeypatch.setattr(exchange_module, "snapshot_copy", damaging)
    with pytest.raises(LinkDeskError, match="does not check under its key"):
        services.exchange.backup(dest)
    assert files_in(dest) == []
    assert private_leftovers(services._workspace.path) == []


def test_the_destination_check_still_runs_and_removes_a_bad_bundle(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check at the destination (with its key, the counts) runs beside the read-back;
    when it fails, the bundle goes and no manifest is written."""
    add_person(services, "Ann")
    checked: list[Path] = []
    real = ExchangeService._verify_at_destination

    def wrong_counts(bundle, key, counts, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(bundle)
        real(bundle, key, {**counts, "person": counts["person"] + 1}, **kwargs)

    monkeypatch.setattr(ExchangeService, "_verify_at_destination", staticmethod(wrong_counts))
    with pytest.raises(LinkDeskError, match="did not read back correctly"):
        services.exchange.backup(dest)
    assert len(checked) == 1
    assert checked[0].parent == dest
    assert files_in(dest) == []


def test_thorough_backup_still_runs_the_full_integrity_check(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_person(services, "Ann")
    seen: list[str] = []
    real = bundle_module.check_bundle

    def spy(conn, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(kwargs.get("integrity", "full"))
        return real(conn, **kwargs)

    monkeypatch.setattr(exchange_module, "check_bundle", spy)
    services.exchange.backup(dest)
    assert sorted(seen) == ["none", "pages"]  # pages in the copy, counts at the destination
    seen.clear()
    services.exchange.backup(dest, thorough=True)
    assert sorted(seen) == ["full", "pages"]
    seen.clear()
    services.exchange.backup(dest, bundle_passphrase="team drive key 2026")
    assert seen == ["pages"]  # an export is checked page by page at the destination


def test_atomic_write_check_placed_failure_removes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    seen: list[bytes] = []

    def check(placed: Path) -> None:
        seen.append(placed.read_bytes())
        raise LinkDeskError("not good")

    with pytest.raises(LinkDeskError, match="not good"):
        fileio_atomic.atomic_write(target, lambda fh: fh.write(b"x" * 5000), check_placed=check)
    assert seen == [b"x" * 5000]
    assert list(tmp_path.iterdir()) == []
    assert fileio_atomic.atomic_write(
        target, lambda fh: fh.write(b"y"), check_placed=lambda p: None
    )
    assert target.read_bytes() == b"y"
