"""Backups to a destination that fills up, is read-only, or vanishes mid-write.

Each fault: one clear sentence, NO partial file at the destination, the workspace unchanged.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio import atomic
from linkdesk.services.app_services import AppServices
from tests.exchange.helpers import (
    add_person,
    files_in,
    private_leftovers,
    record_rows,
    stored_settings,
)


class _FailingWriter:
    """Writes ``allow`` bytes for real, then runs ``fail()`` (which raises)."""

    def __init__(self, real: Any, allow: int, fail: Callable[[], None]) -> None:
        self.real, self.allow, self.fail = real, allow, fail

    def write(self, data: bytes) -> int:
        if self.allow <= 0:
            self.fail()
        part = data[: self.allow]
        self.real.write(part)
        self.real.flush()
        self.allow -= len(part)
        if len(part) < len(data):
            self.fail()
        return len(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def __enter__(self) -> _FailingWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()


def _inject(monkeypatch: pytest.MonkeyPatch, fail: Callable[[], None], *, suffix: str,
            allow: int = 100_000) -> None:  # fmt: skip
    """Fail writes to atomic temp files whose name ends with ``suffix`` (before the random
    part and ``.partial``, e.g. ``.json`` for a manifest's temp file)."""
    real_open = atomic._open_temp

    def fake_open(path: Path, fd: int) -> Any:
        fh = real_open(path, fd)
        base = path.name.rsplit(".", 2)[0]  # ".<name>.<random>.partial" -> ".<name>"
        if base.endswith(suffix) or suffix == atomic.PARTIAL_SUFFIX:
            return _FailingWriter(fh, allow, fail)
        return fh

    monkeypatch.setattr(atomic, "_open_temp", fake_open)


def _snapshot(services: AppServices) -> tuple[object, ...]:
    return (
        record_rows(services),
        stored_settings(services).last_backup_at,
        len(services._audit.entries()),
    )


def _no_leftovers(services: AppServices) -> None:
    assert private_leftovers(services._workspace.path) == []


@pytest.fixture
def filled(services: AppServices) -> AppServices:
    for name in ("Ann", "Bea"):
        add_person(services, name)
    return services


def test_disk_full_mid_write(filled: AppServices, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "shared"
    dest.mkdir()
    before = _snapshot(filled)

    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    _inject(monkeypatch, full, suffix=".partial")
    with pytest.raises(LinkDeskError, match="not enough space"):
        filled.exchange.backup(dest)
    assert files_in(dest) == []
    assert _snapshot(filled) == before
    _no_leftovers(filled)


def test_read_only_destination(filled: AppServices, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "shared"
    dest.mkdir()
    before = _snapshot(filled)
    os.chmod(dest, 0o555)
    try:
        if os.access(dest, os.W_OK):  # root ignores permissions: inject the refusal instead

            def refuse() -> None:
                raise PermissionError(errno.EACCES, "Permission denied")

            _inject(monkeypatch, refuse, suffix=".partial", allow=0)
        with pytest.raises(LinkDeskError, match="not allowed to write"):
            filled.exchange.backup(dest)
    finally:
        os.chmod(dest, 0o755)
    assert files_in(dest) == []
    assert _snapshot(filled) == before
    _no_leftovers(filled)


def test_destination_vanishes_mid_write(filled: AppServices, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    drive = tmp_path / "drive"
    dest = drive / "shared"
    dest.mkdir(parents=True)
    before = _snapshot(filled)

    def unplug() -> None:
        shutil.rmtree(drive)  # the drive goes; the open file lives on until the rename
        raise OSError(errno.EIO, "Input/output error")

    _inject(monkeypatch, unplug, suffix=".partial")
    with pytest.raises(LinkDeskError, match="not available"):
        filled.exchange.backup(dest)
    assert not drive.exists()
    assert _snapshot(filled) == before
    _no_leftovers(filled)


def test_failure_writing_manifest_removes_the_bundle(
    filled: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "shared"
    dest.mkdir()
    before = _snapshot(filled)

    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    _inject(monkeypatch, full, suffix=".json", allow=10)
    with pytest.raises(LinkDeskError, match="not enough space"):
        filled.exchange.backup(dest)
    assert files_in(dest) == []
    assert _snapshot(filled) == before


def test_bundle_that_does_not_read_back_is_removed(
    filled: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "shared"
    dest.mkdir()
    before = _snapshot(filled)
    from linkdesk.store import bundle as bundle_mod

    def bad_check(*args: object, **kwargs: object) -> int:
        raise LinkDeskError("This backup is damaged: its integrity check failed.")

    monkeypatch.setattr("linkdesk.services.exchange.check_bundle", bad_check)
    assert bundle_mod.check_bundle is not bad_check
    with pytest.raises(LinkDeskError, match="did not read back correctly"):
        filled.exchange.backup(dest)
    assert files_in(dest) == []
    assert _snapshot(filled) == before


def test_wrong_bundle_passphrase_changes_nothing(filled: AppServices, tmp_path: Path) -> None:
    dest = tmp_path / "shared"
    dest.mkdir()
    result = filled.exchange.backup(dest, bundle_passphrase="the team key 42")
    before = _snapshot(filled)
    bundle_bytes = result.bundle_path.read_bytes()
    with pytest.raises(LinkDeskError, match="passphrase is wrong|Wrong backup passphrase"):
        filled.exchange.merge(result.bundle_path, bundle_passphrase="not the team key")
    assert _snapshot(filled) == before
    assert result.bundle_path.read_bytes() == bundle_bytes
    _no_leftovers(filled)
