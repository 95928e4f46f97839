"""The slow-clock erasure end to end: real processes, one laptop's clock set back by libfaketime.

This is the case issue 18 reports: a person erased on a laptop whose clock is 20 minutes
slow came back when its bundle was merged ("deleted there, edited here", though nothing was
edited). Skipped where the ``faketime`` program (Debian package ``faketime``) is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

FAKETIME = shutil.which("faketime")
pytestmark = pytest.mark.skipif(FAKETIME is None, reason="needs libfaketime's faketime program")


def _linkdesk(*args: str, slow: str | None = None) -> str:
    env = dict(os.environ, LINKDESK_PASSPHRASE=PASSPHRASE, LINKDESK_BUNDLE_PASSPHRASE=PASSPHRASE)
    command = [sys.executable, "-m", "linkdesk", *args]
    if slow:
        assert FAKETIME is not None
        command = [FAKETIME, "-f", slow, *command]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _newest_bundle(share: Path) -> Path:
    return max(share.glob("*.ldbackup"), key=lambda p: p.stat().st_mtime_ns)


def test_erasure_on_a_laptop_20_minutes_slow_is_applied_with_no_conflicts(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    a, b = tmp_path / "a.linkdesk", tmp_path / "b.linkdesk"
    _linkdesk("demo", str(a), "--people", "3")
    _linkdesk("export", str(a), str(share), "--kind", "backup")
    _linkdesk("restore", str(_newest_bundle(share)), str(b))  # laptop B starts as a copy
    people = json.loads(_linkdesk("people", str(b), "--json"))
    erased = people[0]["id"]
    _linkdesk("erase", str(b), erased, "--yes", slow="-20m")
    with Workspace.open(b, PASSPHRASE) as ws:  # B's clock really was 20 minutes slow
        deleted_at = ws.scalar("SELECT deleted_at FROM tombstone WHERE id = ?", (erased,))
    assert deleted_at < (datetime.now(UTC) - timedelta(minutes=15)).strftime("%Y-%m-%dT%H:%M")
    _linkdesk("export", str(b), str(share), "--kind", "backup", slow="-20m")
    report = json.loads(_linkdesk("import", str(a), str(_newest_bundle(share)), "--json"))
    assert report["conflicts"] == []
    assert report["tables"]["person"]["deleted"] == 1
    assert report["erasures_to_decide"] == []
    left = {p["id"] for p in json.loads(_linkdesk("people", str(a), "--json"))}
    assert erased not in left
    assert left == {p["id"] for p in people} - {erased}
