"""Benchmark workspaces made once and reused (``linkdesk bench --cache DIR``).

Making 50,000 people takes minutes, so a bench run with a cache folder keeps each generated
workspace (and its plaintext copy, for the ratios) there and starts from a copy of it the next
time. A cached file is named for everything that shapes it: people, services, seed, schema
version and a fingerprint of the demo generator's and the schema's source, so changing any of
them makes a new one. Files are made under a temporary name and renamed when complete (a run
stopped half way leaves nothing that looks finished); the folder is 0700 and the files 0600.

Everything here is synthetic demo data: the plaintext copies hold no real person.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linkdesk.fileio.protected import ANCHOR_SUFFIX, WORKSPACE_FILE_SUFFIXES
from linkdesk.support import memory

PASSPHRASE = "benchmark passphrase (synthetic data only)"
Figures = dict[str, Any]
_SHAPING = (  # the modules whose code decides what a generated workspace holds
    "domain/clock.py",  # record ids (UUIDv7 since session 6: their order shapes every index)
    "services/demo.py",
    "services/demo_bank.py",
    "services/demo_tables.py",
    "store/schema.py",
)


def fingerprint() -> str:
    """12 hex digits that change whenever the generator or the schema changes."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for name in _SHAPING:
        path = root / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class Made:
    """A workspace ready to use, and what making it cost (None when it came from the cache)."""

    path: Path
    plain: Path | None
    generate: Figures | None


def _private_folder(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def generate_in_child(path: Path, people: int, services: int, seed: int) -> Figures:
    """Make a demo workspace in a child process (its memory is not the bench's own)."""
    code = (
        "import json, sys; from linkdesk.services.bench_cache import generate_here; "
        "print(json.dumps(generate_here(*sys.argv[1:])))"
    )
    env = dict(os.environ, LINKDESK_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(people), str(services), str(seed)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"making the benchmark workspace failed: {done.stderr.strip()[-500:]}")
    result: Figures = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def generate_here(path: str, people: str, services: str, seed: str) -> Figures:
    """Run in a child process: make the workspace, report time and memory."""
    from linkdesk.services.app_services import AppServices
    from linkdesk.services.demo import generate
    from linkdesk.store.workspace import Workspace

    start = time.perf_counter()
    with Workspace.create(Path(path), os.environ["LINKDESK_PASSPHRASE"]) as ws:
        extra = max(0, int(services) - 62)
        generate(AppServices(ws), people=int(people), seed=int(seed), extra_services=extra)
    return {
        "demo_generate_s": round(time.perf_counter() - start, 2),
        "demo_peak_rss_mb": memory.peak_rss_mb(),
    }


def _discard(path: Path) -> None:
    """The workspace at ``path`` and every file that goes with it."""
    for suffix in WORKSPACE_FILE_SUFFIXES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _make_plain(source: Path, dest: Path) -> float:
    """The plaintext copy of ``source`` (for the ratios); seconds taken."""
    from linkdesk.store.plain_copy import export_plaintext
    from linkdesk.store.workspace import Workspace

    start = time.perf_counter()
    with Workspace.open(source, PASSPHRASE) as ws:
        export_plaintext(ws, dest)
    return round(time.perf_counter() - start, 2)


def _copy(source: Path, dest: Path) -> None:
    """``source`` and its audit anchor (so the copy opens as the original would, without
    "no audit anchor file was found" and a fresh anchor)."""
    shutil.copyfile(source, dest)
    dest.chmod(0o600)
    anchor = Path(f"{source}{ANCHOR_SUFFIX}")
    if anchor.exists():
        _copy(anchor, Path(f"{dest}{ANCHOR_SUFFIX}"))


def workspace(
    people: int,
    services: int,
    seed: int,
    work: Path,
    *,
    cache: Path | None,
    say: Callable[[str], None],
    plain: bool = True,
    name: str = "bench",
) -> Made:
    """A fresh working copy in ``work`` of the benchmark workspace for these numbers.

    With ``cache``, made there once (under a temporary name, renamed when complete) and
    copied from it afterwards; without, made in ``work``. ``plain`` also gives a plaintext
    copy (cached beside it).
    """
    from linkdesk.store.schema import LATEST_VERSION

    target = work / f"{name}.linkdesk"
    plain_target = work / f"{name}-plain.sqlite" if plain else None
    if cache is None:
        say(f"Making a demo workspace of {people:,} people and {services:,} services...")
        made = generate_in_child(target, people, services, seed)
        if plain_target is not None:
            made["plain_copy_s"] = _make_plain(target, plain_target)
        return Made(target, plain_target, made)
    folder = _private_folder(cache)
    stem = f"bench-{people}p-{services}s-seed{seed}-v{LATEST_VERSION}-{fingerprint()}"
    cached, cached_plain = folder / f"{stem}.linkdesk", folder / f"{stem}-plain.sqlite"
    made_now: Figures | None = None
    if not cached.exists():
        say(f"Making a demo workspace of {people:,} people and {services:,} services (cached)...")
        partial = folder / f"{stem}.partial.linkdesk"
        _discard(partial)
        made_now = generate_in_child(partial, people, services, seed)
        _discard(Path(f"{partial}.lock"))
        partial.chmod(0o600)
        partial.replace(cached)
        anchor = Path(f"{partial}{ANCHOR_SUFFIX}")  # the anchor goes with its workspace
        if anchor.exists():
            anchor.replace(Path(f"{cached}{ANCHOR_SUFFIX}"))
        _discard(Path(f"{partial}.lock"))
    say(f"Copying the cached workspace of {people:,} people...")
    _copy(cached, target)  # the cached file itself is never opened: it stays as made
    if plain_target is not None:
        if not cached_plain.exists():
            partial_plain = folder / f"{stem}.partial-plain.sqlite"
            partial_plain.unlink(missing_ok=True)
            seconds = _make_plain(target, partial_plain)
            partial_plain.chmod(0o600)
            partial_plain.replace(cached_plain)
            if made_now is not None:
                made_now["plain_copy_s"] = seconds
        _copy(cached_plain, plain_target)
    return Made(target, plain_target, made_now)
