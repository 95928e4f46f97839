"""The worst case for time-ordered ids: a bundle whose ids fall among the workspace's own.

    python benchmarks/merge_interleaved.py WORKSPACE --work DIR [--people 2000]

Record ids are UUIDv7s (``domain/clock.new_id``, session 6): records made after a workspace's
own sort after them, so merging recent work from another laptop appends at the right-hand
edge of every index led by an id (``merge_ab.py`` with ``--make-bundle``: the other laptop
is made after the workspace). This makes the other case: another laptop whose records were
made over the SAME months and never merged before. Its demo workspace of PEOPLE people (a
child process, seed 1001 as the bench's) gets version-7 ids whose timestamps are drawn at
random between the first and the last person id of WORKSPACE (a cached ``linkdesk bench``
workspace, copied into DIR to be read, or the plaintext copy kept beside it, read in place
and never written), so
its records land among the workspace's on nearly every leaf, as random v4 ids did. (The
merge inserts in id order, so only where the ids fall matters, not the order they were made.)

Prints one JSON line: the bundle's path and the window. Then time it against the cached
encrypted workspace with ``merge_ab.py WORKSPACE BUNDLE --work DIR`` (A B A B against a
bundle made with ``--make-bundle``), and count its pages with ``merge_pages.py``.
Synthetic data only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

SEED = 1001  # the bench's other laptop (seed 1 + 1000)


WINDOW_SQL = "SELECT min(id), max(id) FROM person WHERE substr(id, 15, 1) = '7'"


def window(source: Path, work: Path) -> tuple[int, int]:
    """The first and last Unix-millisecond timestamp of the workspace's version-7 person ids."""
    if source.suffix == ".linkdesk":
        from merge_ab import PASSPHRASE, fresh_copy

        from linkdesk.store.workspace import Workspace

        copy = fresh_copy(source, work)
        try:
            with Workspace.open(copy, PASSPHRASE) as ws:
                low, high = ws.query(WINDOW_SQL)[0]
        finally:
            for old in list(work.glob("ws.linkdesk*")) + list(work.glob(".ws.linkdesk*")):
                shutil.rmtree(old) if old.is_dir() else old.unlink()
    else:
        with sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True) as conn:
            low, high = conn.execute(WINDOW_SQL).fetchone()
    if low is None:
        raise SystemExit(f"{source} has no version-7 person ids (made before session 6?)")
    return int(low.replace("-", "")[:12], 16), int(high.replace("-", "")[:12], 16)


def child(path: str, people: str, low: str, high: str) -> None:
    """In the child: ids drawn inside the window, then the bench's own generator."""
    import uuid6

    from linkdesk.domain import clock
    from linkdesk.services.bench_cache import generate_here

    rng = random.Random(SEED)
    lo, hi = int(low), int(high)

    class _Interleaved:
        @staticmethod
        def uuid7() -> uuid6.UUID:
            ms = rng.randint(lo, hi)
            return uuid6.UUID(int=(ms << 80) | secrets.randbits(76), version=7)

    clock.uuid6 = _Interleaved  # type: ignore[assignment]
    print(json.dumps(generate_here(path, people, "62", str(SEED))))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:6])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--people", type=int, default=2000)
    args = parser.parse_args()
    from linkdesk.services.app_services import AppServices
    from linkdesk.services.bench_cache import PASSPHRASE
    from linkdesk.store.workspace import Workspace

    args.work.mkdir(mode=0o700, parents=True, exist_ok=True)
    low, high = window(args.workspace, args.work)
    other = args.work / "interleaved-laptop.linkdesk"
    env = dict(os.environ, LINKDESK_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(other), str(args.people), str(low), str(high)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"making the interleaved workspace failed: {done.stderr[-800:]}")
    shared = args.work / "shared"
    shared.mkdir(exist_ok=True)
    with Workspace.open(other, PASSPHRASE) as ws:
        bundle = AppServices(ws).exchange.backup(shared).bundle_path
    print(json.dumps({"bundle": str(bundle), "window_ms": [low, high], "people": args.people}))


if __name__ == "__main__":
    main()
