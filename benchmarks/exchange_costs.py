"""Erase and merge costs on existing (demo) workspaces: what each costs in time and writes.

    python benchmarks/exchange_costs.py WORKSPACE OTHER [--json]

WORKSPACE is a demo workspace (e.g. ``linkdesk demo /tmp/w50k.linkdesk --people 50000``) and
OTHER another one (e.g. 2,000 people, another seed) whose backup is merged into it. Both are
copied into a temporary folder first, so the originals are never changed (or migrated). The
passphrase comes from LINKDESK_PASSPHRASE. Figures: opening (and migrating) the copy, erasing
one person (seconds and bytes the process wrote), merging OTHER's backup, and re-importing the
workspace's own backup.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace


def written_bytes() -> int:
    """Bytes this process has caused to be written to storage (Linux /proc/self/io)."""
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("write_bytes:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    shutil.copyfile(source, target)
    wal = Path(f"{source}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{target}-wal"))
    return target


def measure(workspace: Path, other: Path, passphrase: str) -> dict[str, object]:
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="linkdesk-exchange-costs-") as tmp:
        folder = Path(tmp)
        dest = folder / "shared"
        dest.mkdir()
        (folder / "other").mkdir()
        other_copy = _copy(other, folder / "other")
        with Workspace.open(other_copy, passphrase) as ws:
            bundle = AppServices(ws).exchange.backup(dest).bundle_path
        ws_copy = _copy(workspace, folder)
        start = time.perf_counter()
        ws = Workspace.open(ws_copy, passphrase)
        figures["open_s"] = round(time.perf_counter() - start, 2)
        try:
            services = AppServices(ws)
            figures["people"] = services.people.count()
            figures["file_mb"] = round(ws_copy.stat().st_size / 2**20, 1)
            person = str(ws.scalar("SELECT id FROM person ORDER BY rowid LIMIT 1 OFFSET 100"))
            before = written_bytes()
            start = time.perf_counter()
            services.exchange.erase_person(person)
            figures["erase_one_s"] = round(time.perf_counter() - start, 3)
            figures["erase_one_written_mb"] = round((written_bytes() - before) / 2**20, 1)
            start = time.perf_counter()
            report = services.exchange.merge(bundle, bundle_passphrase=passphrase)
            figures["merge_2000_s"] = round(time.perf_counter() - start, 2)
            figures["merge_2000_added"] = report.added
            own = services.exchange.backup(dest).bundle_path
            start = time.perf_counter()
            report = services.exchange.merge(own, bundle_passphrase=passphrase)
            figures["reimport_own_s"] = round(time.perf_counter() - start, 2)
            figures["reimport_own_changed"] = report.added + report.updated + report.deleted
        finally:
            ws.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("other", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    passphrase = os.environ.get("LINKDESK_PASSPHRASE")
    if not passphrase:
        print("set LINKDESK_PASSPHRASE", file=sys.stderr)
        return 2
    figures = measure(args.workspace, args.other, passphrase)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:<24} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
