"""The bench's cache of generated workspaces: each keeps its audit anchor (issue 15)."""

from __future__ import annotations

from pathlib import Path

from linkdesk.services import bench_cache
from linkdesk.store.audit_guard import ANCHOR_SUFFIX
from linkdesk.store.workspace import Workspace


def test_a_cached_workspace_and_its_copies_keep_their_audit_anchor(tmp_path: Path) -> None:
    cache, work = tmp_path / "cache", tmp_path / "work"
    work.mkdir()
    made = bench_cache.workspace(
        12, 70, 1, work, cache=cache, say=lambda _text: None, plain=False, name="small"
    )
    cached = [p for p in cache.iterdir() if p.name.endswith(".linkdesk")]
    assert len(cached) == 1
    assert Path(f"{cached[0]}{ANCHOR_SUFFIX}").exists()  # moved with its workspace
    assert not [p for p in cache.iterdir() if ".partial" in p.name]  # nothing left half-made
    assert Path(f"{made.path}{ANCHOR_SUFFIX}").exists()
    with Workspace.open(made.path, bench_cache.PASSPHRASE) as ws:
        guard = ws.audit_guard
        assert guard.problems == []
        assert not any("anchor" in note for note in guard.notes)  # opened as the original
