"""The merge's faster path (issue 15) keeps every check it had.

The bundle's key is derived once (on a second thread while the bundle is copied) and its raw
form opens both the checking connection and the attachment; the bundle's full integrity check
runs on a thread of its own while the merge's statements run, and the merge commits only once
it passed; the page cache may grow for the merge and is put back after it.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

import linkdesk.services.exchange as exchange_module
from linkdesk.domain.errors import LinkDeskError, UnlockError
from linkdesk.services import bundles as bundles_module
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import ExchangeService
from linkdesk.store.merge import MERGE_CACHE_KIB
from linkdesk.store.reader import kdf_settings
from linkdesk.store.workspace import CACHE_KIB, Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person, private_leftovers, record_rows


def _other_laptops_bundle(make_services: Any, dest: Path) -> Path:
    other = make_services("laptop_b")
    for name in ("Mallory", "Trent", "Peggy"):
        add_person(other, name)
    return Path(other.exchange.backup(dest).bundle_path)


def test_merge_commits_only_after_the_bundles_integrity_check(
    services: AppServices, make_services: Any, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check fails only after every merge statement ran: nothing is kept, the refusal
    is the bundle's damage in one sentence, and the copy is removed after the check ended."""
    bundle = _other_laptops_bundle(make_services, dest)
    add_person(services, "Alice")
    before = record_rows(services)
    audit_before = len(services._audit.entries())
    merged = threading.Event()
    added: list[int] = []
    merge_attached = exchange_module.merge_attached

    def merge_then_signal(*args: Any, **kwargs: Any) -> Any:
        report = merge_attached(*args, **kwargs)
        added.append(report.added)
        merged.set()
        return report

    def check_fails_late(copy: Path, key: str, raw_key: str | None, name: str) -> None:
        assert merged.wait(60), "the merge's statements never finished"
        assert copy.exists()  # the copy is not removed while its check runs
        raise LinkDeskError(f"The backup {name} is damaged: its integrity check failed.")

    monkeypatch.setattr(exchange_module, "merge_attached", merge_then_signal)
    monkeypatch.setattr(bundles_module, "_full_check", check_fails_late)
    with pytest.raises(LinkDeskError, match="is damaged: its integrity check failed") as error:
        services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert bundle.name in str(error.value)
    assert added  # the rows were merged inside the transaction...
    assert added[0] > 0
    assert record_rows(services) == before  # ...and rolled back
    assert len(services._audit.entries()) == audit_before
    assert private_leftovers(services._workspace.path) == []


def test_merge_attaches_with_the_raw_key_and_gives_the_same_rows(
    services: AppServices,
    make_services: Any,
    dest: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Attached with the raw key derived while copying; the same rows as the passphrase path
    (the workspace's backup restored twice, the bundle merged into each one way)."""
    bundle = _other_laptops_bundle(make_services, dest)
    add_person(services, "Alice")
    own = services.exchange.backup(tmp_path).bundle_path
    keys: list[str | None] = []
    attached_bundle = exchange_module.attached_bundle

    def spy(*args: Any, raw_key: str | None = None) -> Any:
        keys.append(raw_key)
        return attached_bundle(*args, raw_key=raw_key)

    monkeypatch.setattr(exchange_module, "attached_bundle", spy)
    rows = {}
    for path, settings in (("fast", True), ("slow", False)):
        target = tmp_path / f"{path}.linkdesk"
        ExchangeService.restore(own, target, bundle_passphrase=PASSPHRASE)
        if not settings:
            monkeypatch.setattr(exchange_module, "kdf_settings", lambda conn: None)
        with Workspace.open(target, PASSPHRASE) as ws:
            merged = AppServices(ws)
            report = merged.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
            assert report.added > 0
            rows[path] = record_rows(merged)
            cache = ws.scalar("PRAGMA main.cache_size")
            assert cache == -CACHE_KIB != -MERGE_CACHE_KIB  # put back after the merge
    assert keys[0] is not None
    assert keys[0].startswith("x'")
    assert len(keys[0]) == 99
    assert keys[1] is None
    assert rows["fast"] == rows["slow"]


def test_a_raw_key_that_does_not_open_the_bundle_falls_back_to_the_passphrase(
    services: AppServices, make_services: Any, dest: Path, tmp_path: Path
) -> None:
    bundle = _other_laptops_bundle(make_services, dest)
    settings = kdf_settings(services._workspace.conn)
    assert settings is not None
    folder = tmp_path / "work"
    folder.mkdir()
    good = bundles_module.verified_copy(bundle, folder, PASSPHRASE, kdf=settings)
    assert good.raw_key is not None
    good.path.unlink()
    wrong_kdf = (settings[0], settings[1] + 1)  # derives a key that does not open it
    fallback = bundles_module.verified_copy(bundle, folder, PASSPHRASE, kdf=wrong_kdf)
    assert fallback.raw_key is None
    assert fallback.manifest.workspace_id == good.manifest.workspace_id
    fallback.path.unlink()
    with pytest.raises(UnlockError, match="Wrong backup passphrase"):
        bundles_module.verified_copy(bundle, folder, "not the passphrase at all", kdf=settings)


def _people_in_the_file_alone(workspace: Path, tmp: Path) -> set[str]:
    """Given names in the workspace's main file without its WAL (a copy of the file alone)."""
    copy = tmp / f"file-alone-{len(list(tmp.iterdir()))}.db"
    shutil.copyfile(workspace, copy)
    conn = sqlcipher3.connect(str(copy), isolation_level=None)
    try:
        conn.set_key(PASSPHRASE.encode())
        return {r[0] for r in conn.execute("SELECT given_name FROM person")}
    finally:
        conn.close()


def test_the_merge_is_durable_before_its_checkpoint_which_comes_after_the_report(
    services: AppServices, make_services: Any, dest: Path, tmp_path: Path
) -> None:
    """No automatic checkpoint inside the merge: when it returns, its rows are committed in
    the WAL (a fresh connection reads them) but not yet in the file; ``finish_merge`` then
    copies them into the file, and the automatic checkpoint is back for later commits."""
    bundle = _other_laptops_bundle(make_services, dest)
    add_person(services, "Alice")
    ws = services._workspace
    every = ws.scalar("PRAGMA wal_autocheckpoint")
    merged = {"Mallory", "Trent", "Peggy"}
    ws.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone holds everything so far
    assert "Alice" in _people_in_the_file_alone(ws.path, tmp_path)
    report = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert report.added > 0
    assert ws.scalar("PRAGMA wal_autocheckpoint") == every
    fresh = ws.open_reader()
    try:
        assert merged <= {r[0] for r in fresh.execute("SELECT given_name FROM person")}
    finally:
        fresh.close()
    assert not merged & _people_in_the_file_alone(ws.path, tmp_path)
    assert services.exchange.finish_merge()
    assert merged <= _people_in_the_file_alone(ws.path, tmp_path)
