"""The shared connection's page cache is freed when it is stale anyway (issue 15: GUI memory).

A checkpoint that restarts the WAL on another connection (the backup's, on its reader) makes
SQLite drop the shared connection's cache at its next read; until then the stale pages stay
resident. ``Workspace.release_cache`` frees them at once, and the backup calls it before its
copy, so the pages are not held through the whole backup. Memory is read from SQLite itself
(``sqlite3_memory_used`` of the SQLCipher library this process uses): no timings.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest
import sqlcipher3._sqlite3 as sqlite_module

import linkdesk.services.exchange as exchange_module
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace

ROWS = 6_000
NOTE = "x" * 600  # ~4 MB of pages in all


def _sqlite_mb() -> float:
    lib = ctypes.CDLL(sqlite_module.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return float(lib.sqlite3_memory_used()) / 2**20


def _fill_cache(workspace: Workspace) -> None:
    """Write ~4 MB of pages, then read them all back through the shared connection."""
    with workspace.transaction():
        workspace.executemany(
            "INSERT INTO person (id, given_name, family_name, created_at, updated_at)"
            " VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
            ((f"p{n:06d}", NOTE, f"Family {n}") for n in range(ROWS)),
        )
    total = workspace.scalar("SELECT sum(length(given_name)) FROM person")
    assert total == ROWS * len(NOTE)


def test_release_cache_frees_the_shared_pages_and_reads_go_on(workspace: Workspace) -> None:
    _fill_cache(workspace)
    before = _sqlite_mb()
    workspace.release_cache()
    after = _sqlite_mb()
    assert after < before - 2.5, (before, after)
    # The pages are read again when needed: nothing is lost.
    assert workspace.scalar("SELECT count(*) FROM person") == ROWS
    assert workspace.scalar("SELECT sum(length(given_name)) FROM person") == ROWS * len(NOTE)


def test_release_cache_on_a_closed_workspace_does_nothing(workspace_path: Path) -> None:
    ws = Workspace.create(workspace_path, "correct horse battery")
    ws.close()
    ws.release_cache()  # no error: a locked workspace has no cache to free
    assert not ws.is_open


def test_the_backup_copies_without_the_stale_shared_cache(
    services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = services._workspace
    _fill_cache(workspace)
    filled = _sqlite_mb()
    at_copy: list[float] = []
    copy = exchange_module.copy_checked_pages

    def noting(*args: object, **kwargs: object) -> None:
        at_copy.append(_sqlite_mb())
        copy(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(exchange_module, "copy_checked_pages", noting)
    dest = tmp_path / "backups"
    dest.mkdir()
    result = services.exchange.backup(dest)
    assert result.bundle_path.exists()
    assert at_copy, "the same-key backup streamed its pages"
    assert at_copy[0] < filled - 2.5, (filled, at_copy)
    assert workspace.scalar("SELECT count(*) FROM person") == ROWS
