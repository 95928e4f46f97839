"""Backup bundles: made, verified, restored; every bad bundle refused with one sentence."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.errors import LinkDeskError, UnlockError
from linkdesk.exchange.manifest import FORMAT, Manifest
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import ExchangeService
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import (
    add_person,
    counts,
    files_in,
    private_leftovers,
    record_rows,
    stored_settings,
)

CANARY = "Quillon-Canary-4d2e"


def _rewrite_manifest(manifest_path: Path, **changes: object) -> None:
    data = json.loads(manifest_path.read_text())
    data.update(changes)
    manifest_path.write_text(json.dumps(data))


def test_backup_makes_bundle_and_manifest_and_records_it(services: AppServices, dest: Path) -> None:
    add_person(services, CANARY)
    ticks: list[tuple[int, int]] = []
    result = services.exchange.backup(dest, progress=lambda d, t: ticks.append((d, t)))
    assert files_in(dest) == sorted([result.bundle_path.name, result.manifest_path.name])
    assert result.bundle_path.name.startswith(datetime.now(UTC).strftime("%Y-%m-%d_"))
    assert services._workspace.workspace_id.replace("-", "")[-8:] in result.bundle_path.name
    manifest = json.loads(result.manifest_path.read_text())
    assert manifest["format"] == FORMAT
    assert manifest["format_version"] == 1
    assert manifest["counts"]["person"] == 1
    assert manifest["counts"]["conversation"] == 1
    assert manifest["schema_version"] == services._workspace.schema_version
    assert len(manifest["sha256"]) == 64
    # Nothing personal in the manifest or the (encrypted) bundle.
    for path in (result.bundle_path, result.manifest_path):
        raw = path.read_bytes()
        assert CANARY.encode() not in raw
        assert CANARY.encode("utf-16-le") not in raw
    assert not result.bundle_path.read_bytes().startswith(b"SQLite format 3")
    assert ticks[0] == (0, 100)
    assert ticks[-1] == (100, 100)
    assert [d for d, _ in ticks] == sorted(d for d, _ in ticks)
    assert services.settings.current.last_backup_dir == str(dest)
    assert stored_settings(services).last_backup_at == manifest["created_at"]
    assert services._audit.entries("action = 'backup'")[0].detail == result.bundle_path.name
    # No private leftovers beside the workspace.
    assert private_leftovers(services._workspace.path) == []


def test_two_backups_the_same_day_do_not_collide(services: AppServices, dest: Path) -> None:
    first = services.exchange.backup(dest)
    second = services.exchange.backup(dest)
    assert first.bundle_path != second.bundle_path
    assert len(files_in(dest)) == 4


def test_round_trip_restore_is_identical(services: AppServices, dest: Path, tmp_path: Path) -> None:
    for name in ("Ann", "Bea", "Cy"):
        add_person(services, name)
    result = services.exchange.backup(dest)
    target = tmp_path / "restored" / "new.linkdesk"
    target.parent.mkdir()
    restored = ExchangeService.restore(
        result.bundle_path, target, bundle_passphrase=PASSPHRASE, new_passphrase="a new secret 9"
    )
    assert restored.counts["person"] == 3
    assert files_in(target.parent) == ["new.linkdesk"]  # no private leftovers
    with pytest.raises(UnlockError):
        Workspace.open(target, PASSPHRASE)
    with Workspace.open(target, "a new secret 9") as ws:
        other = AppServices(ws)
        assert record_rows(other) == record_rows(services)
        assert other._audit.verify() is None
        assert other.check()["ok"] is True
        assert other.people.search("Bea")[0].name == "Bea Tester"  # FTS index came along


def test_restore_never_overwrites(services: AppServices, dest: Path, tmp_path: Path) -> None:
    result = services.exchange.backup(dest)
    target = tmp_path / "taken.linkdesk"
    target.write_bytes(b"precious")
    with pytest.raises(LinkDeskError, match="already a file"):
        ExchangeService.restore(result.bundle_path, target, bundle_passphrase=PASSPHRASE)
    assert target.read_bytes() == b"precious"


def test_separate_bundle_passphrase(services: AppServices, dest: Path, tmp_path: Path) -> None:
    add_person(services, "Ann")
    result = services.exchange.backup(dest, bundle_passphrase="team drive key 2026")
    with pytest.raises(UnlockError, match="Wrong backup passphrase"):
        ExchangeService.restore(result.bundle_path, tmp_path / "x.linkdesk",
                                bundle_passphrase=PASSPHRASE)  # fmt: skip
    assert not (tmp_path / "x.linkdesk").exists()
    ExchangeService.restore(
        result.bundle_path, tmp_path / "y.linkdesk", bundle_passphrase="team drive key 2026"
    )
    with pytest.raises(LinkDeskError, match="at least 8"):
        services.exchange.backup(dest, bundle_passphrase="short")


def test_destination_must_exist(services: AppServices, tmp_path: Path) -> None:
    with pytest.raises(LinkDeskError, match="not available"):
        services.exchange.backup(tmp_path / "unplugged")
    assert not (tmp_path / "unplugged").exists()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("truncate", "cut short"),
        ("tamper", "does not match its manifest"),
        ("no_manifest", "manifest .* is missing"),
        ("bad_manifest", "unreadable or not a LinkDesk manifest"),
        ("newer_manifest", "newer version of LinkDesk"),
        ("newer_format", "newer version of LinkDesk"),
    ],
)
def test_bad_bundles_are_refused(
    services: AppServices, dest: Path, tmp_path: Path, damage: str, message: str
) -> None:
    add_person(services, "Ann")
    result = services.exchange.backup(dest)
    bundle, manifest = result.bundle_path, result.manifest_path
    data = bundle.read_bytes()
    if damage == "truncate":
        bundle.write_bytes(data[: len(data) // 2])
    elif damage == "tamper":
        bundle.write_bytes(data[:5000] + bytes([data[5000] ^ 1]) + data[5001:])
    elif damage == "no_manifest":
        manifest.unlink()
    elif damage == "bad_manifest":
        manifest.write_text("{not json")
    elif damage == "newer_manifest":
        _rewrite_manifest(manifest, schema_version=999)
    else:
        _rewrite_manifest(manifest, format_version=99)
    before = record_rows(services)
    with pytest.raises(LinkDeskError, match=message):
        ExchangeService.restore(bundle, tmp_path / "r.linkdesk", bundle_passphrase=PASSPHRASE)
    with pytest.raises(LinkDeskError, match=message):
        services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert not (tmp_path / "r.linkdesk").exists()
    assert record_rows(services) == before


def test_tampered_bundle_with_matching_manifest_fails_integrity(
    services: AppServices, dest: Path, tmp_path: Path
) -> None:
    """Someone changed bytes and fixed the hash: SQLCipher's page HMAC still notices."""
    add_person(services, "Ann")
    result = services.exchange.backup(dest)
    data = bytearray(result.bundle_path.read_bytes())
    data[len(data) - 2000] ^= 0xFF
    result.bundle_path.write_bytes(bytes(data))
    import hashlib

    _rewrite_manifest(result.manifest_path, sha256=hashlib.sha256(data).hexdigest())
    with pytest.raises(LinkDeskError, match="damaged|not a LinkDesk backup"):
        services.exchange.merge(result.bundle_path, bundle_passphrase=PASSPHRASE)


def test_foreign_encrypted_file_is_refused(
    services: AppServices, dest: Path, tmp_path: Path
) -> None:
    """An SQLCipher file with a valid-looking manifest that is not a LinkDesk backup."""
    import hashlib

    import sqlcipher3

    foreign = dest / "foreign.ldbackup"
    conn = sqlcipher3.connect(str(foreign))
    conn.set_key(PASSPHRASE.encode())
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    data = foreign.read_bytes()
    manifest = Manifest(
        workspace_id="x", created_at="2026-01-01T00:00:00Z", schema_version=1,
        app_version="0", bundle_file=foreign.name, bundle_size=len(data),
        sha256=hashlib.sha256(data).hexdigest(), counts={"t": 0},
    )  # fmt: skip
    (dest / "foreign.ldbackup.json").write_bytes(manifest.to_json())
    with pytest.raises(LinkDeskError, match="not a LinkDesk backup"):
        services.exchange.merge(foreign, bundle_passphrase=PASSPHRASE)


def test_newer_schema_bundle_is_refused_even_if_manifest_lies(
    services: AppServices, dest: Path, tmp_path: Path
) -> None:
    import hashlib

    import sqlcipher3

    result = services.exchange.backup(dest)
    conn = sqlcipher3.connect(str(result.bundle_path), isolation_level=None)
    conn.set_key(PASSPHRASE.encode())
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    data = result.bundle_path.read_bytes()
    _rewrite_manifest(
        result.manifest_path, sha256=hashlib.sha256(data).hexdigest(), bundle_size=len(data)
    )
    with pytest.raises(LinkDeskError, match="newer version of LinkDesk"):
        services.exchange.merge(result.bundle_path, bundle_passphrase=PASSPHRASE)


def test_backup_due(services: AppServices, dest: Path) -> None:
    assert services.exchange.backup_due() is True  # never backed up
    services.exchange.backup(dest)
    now = datetime.now(UTC)
    assert services.exchange.backup_due(now) is False
    assert services.exchange.backup_due(now + timedelta(days=7, seconds=1)) is True
    services.settings.save(replace(services.settings.current, backup_reminder_days=0))
    assert services.exchange.backup_due(now + timedelta(days=70)) is False


def test_counts_are_per_table(services: AppServices, dest: Path) -> None:
    add_person(services, "Ann")
    result = services.exchange.backup(dest)
    live = counts(services)
    assert result.manifest.counts["person"] == live["person"]
    assert result.manifest.counts["goal_progress"] == live["goal_progress"]


def test_same_key_backup_streams_the_snapshot_in_rollback_mode(
    services: AppServices, dest: Path, tmp_path: Path
) -> None:
    from linkdesk.store import bundle as bundle_module

    add_person(services, "Ann")
    calls: list[str] = []
    real_stream, real_export = bundle_module.copy_checked_pages, bundle_module.export_encrypted
    import linkdesk.services.exchange as exchange_module

    def spy_stream(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("stream")
        return real_stream(*args, **kwargs)

    def spy_export(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("export")
        return real_export(*args, **kwargs)

    mp = pytest.MonkeyPatch()
    mp.setattr(exchange_module, "copy_checked_pages", spy_stream)
    mp.setattr(exchange_module, "export_encrypted", spy_export)
    try:
        result = services.exchange.backup(dest)
        assert calls == ["stream"]
        services.exchange.backup(dest, bundle_passphrase="team drive key 2026")
        assert calls == ["stream", "export"]
    finally:
        mp.undo()
    # The bundle is a self-contained rollback-journal file: opening it leaves no -wal/-shm.
    target = tmp_path / "r.linkdesk"
    ExchangeService.restore(result.bundle_path, target, bundle_passphrase=PASSPHRASE)
    with Workspace.open(target, PASSPHRASE) as ws:
        assert record_rows(AppServices(ws)) == record_rows(services)
    assert not [p for p in dest.iterdir() if p.name.endswith(("-wal", "-shm"))]
