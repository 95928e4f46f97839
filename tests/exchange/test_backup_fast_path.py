"""The same-key backup streams the workspace's pages straight to the destination (issue 15).

Inside one held read snapshot the encrypted pages are read once, written to the
destination's exclusive temp file, every page's HMAC checked on the way and page 1 switched
to rollback-journal mode (store/cipher_pages.py), while the counts are read from the same
snapshot; then fsync, rename, folder fsync, the SHA-256 read back beside the bundle opened
with its key at the destination. Each check must still refuse a bad copy and leave nothing.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
import sqlcipher3

import linkdesk.services.exchange as exchange_module
from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio import atomic as fileio_atomic
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import ExchangeService
from linkdesk.store import bundle as bundle_module
from linkdesk.store.cipher_pages import PageError, page_format
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import (
    PAGE_SIZE,
    _decrypt,
    add_person,
    files_in,
    people_page_format,
    private_leftovers,
    record_rows,
)

PAGE = PAGE_SIZE


def _restored_rows(bundle: Path, tmp_path: Path) -> object:
    target = tmp_path / f"restored-{bundle.stem}.linkdesk"
    ExchangeService.restore(bundle, target, bundle_passphrase=PASSPHRASE)
    with Workspace.open(target, PASSPHRASE) as ws:
        return record_rows(AppServices(ws))


def _flip_a_page_byte(path: Path, page: int, offset: int = 100) -> None:
    with path.open("r+b") as fh:
        fh.seek(page * PAGE + offset)
        byte = fh.read(1)
        fh.seek(page * PAGE + offset)
        fh.write(bytes([byte[0] ^ 0x01]))


def _key(path: Path) -> bytes:
    salt = path.read_bytes()[:16]
    return hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32)


def _sqlcipher_page_check(path: Path) -> list[tuple[object, ...]]:
    conn = sqlcipher3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        return list(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    except sqlcipher3.DatabaseError:
        return [("unreadable",)]
    finally:
        conn.close()


def test_bundle_is_the_workspace_in_rollback_mode_and_restores_the_same(
    services: AppServices, dest: Path, tmp_path: Path
) -> None:
    """Exclusive, 0600, manifest beside it, rollback mode (no -wal/-shm made when opened
    read-only), the same records after a restore, and every page but page 1 byte for byte
    the workspace's pages (no re-encryption); page 1 differs only in bytes 18-19."""
    for n in range(30):
        add_person(services, f"Person {n}")
    ws = services._workspace
    result = services.exchange.backup(dest)
    assert files_in(dest) == sorted([result.bundle_path.name, result.manifest_path.name])
    assert stat.S_IMODE(result.bundle_path.stat().st_mode) == 0o600
    assert private_leftovers(ws.path) == []
    bundle = result.bundle_path.read_bytes()
    assert len(bundle) == result.manifest.bundle_size
    assert hashlib.sha256(bundle).hexdigest() == result.manifest.sha256
    # The backup's own records (settings, audit) went to the WAL after the snapshot, so the
    # workspace's main file still holds the snapshot's page 1.
    key = _key(ws.path)
    page_one = _decrypt(bundle[:PAGE], key, True)
    assert page_one[2:4] == b"\x01\x01"  # header bytes 18-19: rollback journal
    workspace_page_one = _decrypt(ws.path.read_bytes()[:PAGE], key, True)
    assert workspace_page_one[2:4] == b"\x02\x02"  # the workspace stays in WAL mode
    assert page_one[:2] + page_one[4:] == workspace_page_one[:2] + workspace_page_one[4:]
    conn = sqlcipher3.connect(result.bundle_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        conn.close()
    assert not [p for p in dest.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]
    assert _restored_rows(result.bundle_path, tmp_path) == record_rows(services)


def test_pages_after_the_first_are_copied_not_re_encrypted(
    services: AppServices, dest: Path
) -> None:
    for n in range(20):
        add_person(services, f"Person {n}")
    ws = services._workspace
    result = services.exchange.backup(dest)
    # What the backup recorded afterwards is in the WAL: the main file is the snapshot.
    before = ws.path.read_bytes()
    bundle = result.bundle_path.read_bytes()
    assert len(bundle) == len(before)
    assert bundle[PAGE:] == before[PAGE:]
    assert bundle[:16] == before[:16]  # the salt
    assert bundle[:PAGE] != before[:PAGE]  # page 1: new header, new IV


def test_a_damaged_page_read_from_the_workspace_is_refused(
    services: AppServices, dest: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose HMAC fails as it is read (a failing disk) stops the backup: no bundle,
    no temp file, no manifest, nothing left in the private folder."""
    for n in range(40):
        add_person(services, f"Person {n}")
    real = bundle_module.copy_checked_pages

    def damaged_source(source, write, pages, page_count, progress=None):  # type: ignore[no-untyped-def]
        damaged = tmp_path / "damaged.bin"
        damaged.write_bytes(source.read_bytes())
        _flip_a_page_byte(damaged, page_count - 2)
        return real(damaged, write, pages, page_count, progress)

    monkeypatch.setattr(exchange_module, "copy_checked_pages", damaged_source)
    with pytest.raises(LinkDeskError, match="does not check under its key"):
        services.exchange.backup(dest)
    assert files_in(dest) == []
    assert private_leftovers(services._workspace.path) == []


@pytest.mark.parametrize("where", ["first", "second", "middle", "last"])
def test_page_check_finds_what_sqlcipher_finds(
    services: AppServices, tmp_path: Path, where: str
) -> None:
    """The HMAC check agrees with SQLCipher's own ``cipher_integrity_check``: a sound file
    passes both; a flipped byte in any page (page 1 included) fails both."""
    pages = people_page_format(services, 10)
    ws = services._workspace
    copy = tmp_path / "copy.linkdesk"
    copy.write_bytes(ws.path.read_bytes())
    count = copy.stat().st_size // PAGE
    pages.check(copy.read_bytes(), 1)  # sound: no error
    assert _sqlcipher_page_check(copy) == []
    page = {"first": 0, "second": 1, "middle": count // 2, "last": count - 1}[where]
    _flip_a_page_byte(copy, page, offset=40)
    with pytest.raises(PageError) as raised:
        pages.check(copy.read_bytes(), 1)
    assert raised.value.pgno == page + 1
    assert _sqlcipher_page_check(copy) != []
    if page == 0:
        with pytest.raises(PageError):
            pages.rollback_page_one(copy.read_bytes()[:PAGE])


def test_page_format_steps_aside_for_other_cipher_settings(tmp_path: Path) -> None:
    """A file keyed with settings this module does not repeat is exported instead."""
    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA key = \"x'" + "11" * 32 + "22" * 16 + "'\"")
        conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
        conn.execute("CREATE TABLE t (x)")
        assert page_format(conn, ("x'" + "11" * 32 + "22" * 16 + "'").encode()) is None
    finally:
        conn.close()


def test_a_destination_that_reads_back_differently_is_removed(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive that silently changes a byte: the SHA-256 read back differs, the bundle goes."""
    add_person(services, "Ann")
    real_open = fileio_atomic._open_temp

    class Faulty:
        def __init__(self, raw):  # type: ignore[no-untyped-def]
            self.raw, self.calls = raw, 0

        def write(self, data: bytes) -> int:
            self.calls += 1
            if self.calls == 2:
                data = bytes(data[:10]) + bytes([data[10] ^ 1]) + bytes(data[11:])
            return int(self.raw.write(data))

        def __getattr__(self, name: str) -> object:
            return getattr(self.raw, name)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc: object) -> None:
            self.raw.close()

    monkeypatch.setattr(fileio_atomic, "_open_temp", lambda p, fd: Faulty(real_open(p, fd)))
    monkeypatch.setattr(bundle_module, "COPY_PAGES", 2)  # several writes even for a small file
    with pytest.raises(LinkDeskError, match="did not read back correctly"):
        services.exchange.backup(dest)
    assert files_in(dest) == []
    assert private_leftovers(services._workspace.path) == []


def test_the_destination_check_runs_and_removes_a_bad_bundle(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check at the destination (opened with its key) runs beside the read-back; when
    it fails, the bundle goes and no manifest is written."""
    add_person(services, "Ann")
    checked: list[Path] = []
    real = ExchangeService._verify_at_destination

    def wrong_counts(bundle, key, counts, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(bundle)
        real(bundle, key, {"person": 99}, **{**kwargs, "thorough": True})

    monkeypatch.setattr(ExchangeService, "_verify_at_destination", staticmethod(wrong_counts))
    with pytest.raises(LinkDeskError, match="did not read back correctly"):
        services.exchange.backup(dest)
    assert len(checked) == 1
    assert checked[0].parent == dest
    assert files_in(dest) == []


def test_a_bundle_left_in_wal_mode_is_refused(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The destination check proves page 1 was switched: a page 1 copied unchanged fails."""
    add_person(services, "Ann")
    monkeypatch.setattr(
        "linkdesk.store.cipher_pages.PageFormat.rollback_page_one", lambda self, page: page
    )
    with pytest.raises(LinkDeskError, match="did not read back correctly"):
        services.exchange.backup(dest)
    assert files_in(dest) == []


def test_which_checks_run(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_person(services, "Ann")
    seen: list[tuple[str, bool]] = []
    real = bundle_module.check_bundle

    def spy(conn, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((kwargs.get("integrity", "full"), kwargs.get("expected_counts") is not None))
        return real(conn, **kwargs)

    monkeypatch.setattr(exchange_module, "check_bundle", spy)
    result = services.exchange.backup(dest)
    # Pages checked on the way, the counts read in the snapshot the bytes came from.
    assert seen == [("none", False)]
    assert result.manifest.counts["person"] == 1
    seen.clear()
    services.exchange.backup(dest, thorough=True)
    assert seen == [("full", True)]
    seen.clear()
    services.exchange.backup(dest, bundle_passphrase="team drive key 2026")
    assert seen == [("pages", True)]  # an export is checked page by page at the destination


def test_a_writer_in_the_wal_falls_back_to_the_export(services: AppServices) -> None:
    add_person(services, "Ann")
    ws = services._workspace
    reader = ws.open_reader()
    try:
        # The UI connection holds a write in the WAL (an open write transaction stops the
        # checkpoint from emptying it): the stream must step aside.
        with ws.transaction():
            add_person(services, "Bea")
            with bundle_module.held_snapshot(reader, ws.path) as pages:
                assert pages is None
        with bundle_module.held_snapshot(reader, ws.path) as pages:
            assert pages == ws.path.stat().st_size // PAGE
    finally:
        reader.close()


def test_a_workspace_read_error_is_about_the_workspace(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_person(services, "Ann")

    def broken(*args: object, **kwargs: object) -> None:
        raise bundle_module.SourceReadError(OSError(5, "Input/output error"))

    monkeypatch.setattr(exchange_module, "copy_checked_pages", broken)
    with pytest.raises(LinkDeskError) as raised:
        services.exchange.backup(dest)
    assert "test.linkdesk" in str(raised.value)  # the workspace's drive, not the backup's
    assert files_in(dest) == []
    assert private_leftovers(services._workspace.path) == []


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
    os.unlink(target)


def test_progress_is_reported_only_when_it_changes(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session 7: the copy reports after every chunk, but the UI thread is woken only for a
    figure it has not been given yet; the figures still rise to the end (100 of 100)."""
    for n in range(30):
        add_person(services, f"Person {n}")
    monkeypatch.setattr(bundle_module, "COPY_PAGES", 2)  # many chunks, few figures
    seen: list[tuple[int, int]] = []
    services.exchange.backup(dest, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) == len(set(seen))
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[0] == (0, 100)
    assert seen[-1] == (100, 100)
    assert sum(1 for done, _ in seen if 5 <= done <= 85) > 0


def test_changes_only_passes_each_new_figure_once() -> None:
    got: list[tuple[int, int]] = []
    tick = exchange_module.changes_only(lambda done, total: got.append((done, total)))
    for done, total in [(0, 100), (0, 100), (5, 100), (5, 100), (5, 200), (100, 100)]:
        tick(done, total)
    assert got == [(0, 100), (5, 100), (5, 200), (100, 100)]
    exchange_module.changes_only(None)(1, 2)  # no callback: nothing happens, no error
