"""Two laptops that start from one demo workspace, change their copies and merge each other's
backups: the set-up the tests of what merges keep (the caseload rows, the person count) share.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

STEPS = 8  # changes made on each laptop before its backup


def merge_changed_pair(
    tmp_path: Path,
    *,
    people: int,
    seed: int,
    change: Callable[[AppServices, Workspace, int], None],
    assert_right: Callable[[Workspace], None],
) -> None:
    """A demo workspace of ``people`` (made with ``seed``) copied to laptops "a" and "b";
    on each, ``change(services, workspace, step)`` for steps 0 to 7, ``assert_right`` after
    each, then a backup to a shared folder; each laptop merges the other's backup, and
    ``assert_right`` and ``check()`` hold on both. Every workspace is closed afterwards."""
    start = tmp_path / "base" / "base.linkdesk"
    start.parent.mkdir()
    with Workspace.create(start, PASSPHRASE) as base:
        generate(AppServices(base), people=people, seed=seed)
    shared = tmp_path / "shared"
    shared.mkdir()
    laptops = []
    for name in ("a", "b"):
        path = tmp_path / name / f"{name}.linkdesk"
        path.parent.mkdir()
        shutil.copyfile(start, path)
        laptops.append(Workspace.open(path, PASSPHRASE))
    try:
        bundles = []
        for ws in laptops:
            services = AppServices(ws)
            for step in range(STEPS):
                change(services, ws, step)
                assert_right(ws)
            bundles.append(services.exchange.backup(shared).bundle_path)
        for ws, bundle in zip(laptops, reversed(bundles), strict=True):
            AppServices(ws).exchange.merge(bundle)
            assert_right(ws)
            assert AppServices(ws).check()["ok"] is True
    finally:
        for ws in laptops:
            ws.close()
