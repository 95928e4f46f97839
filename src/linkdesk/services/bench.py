"""The benchmark figures of DESIGN §8 and issue 15, each beside its physical limit.

``run_sizes([2000, 20000, 50000])`` measures each size in turn (``run_bench`` one size) on a
demo workspace of that many people and 5,000 services, made in a child process (or reused
from a cache folder, ``bench_cache``), and returns one flat dict per size whose keys carry
their units. What is measured, and how, is in docs/benchmarks.md; in short:

- start to the unlock screen (the GUI in a child process) and unlock beside the key
  derivation (``unlock_kdf_ratio``);
- every keystroke of caseload and directory searches with the GUI's own calls and limits,
  warm and on a fresh connection, beside plain SQLite and the tightest raw query
  (``bench_queries``);
- the plan PDF in every language and script; backups repeated, beside copy + fsync + verify;
- the GUI's own figures in a child process (``linkdesk.ui.bench_gui``): views built and
  painted, its memory after every page, a report and a backup, and UI stalls;
- the machine's load average at the start and end of each size (a shared machine).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linkdesk.services import bench_cache, bench_exchange, bench_limits, bench_queries
from linkdesk.services.app_services import AppServices
from linkdesk.services.bench_limits import load_average, spread
from linkdesk.store.plain_copy import open_plaintext
from linkdesk.store.repositories import Repositories
from linkdesk.store.workspace import Workspace
from linkdesk.support import memory

PASSPHRASE = bench_cache.PASSPHRASE
# The GUI's bench hook (linkdesk.app repeats these: nothing here may import Qt).
QUIT_AT_UNLOCK_ENV = "LINKDESK_BENCH_QUIT_AT_UNLOCK"
UNLOCK_SHOWN_MARKER = "linkdesk-bench: unlock screen shown"
Figures = dict[str, Any]
Say = Callable[[str], None]
BACKUP_RUNS = 3
UNLOCK_RUNS = 5


def peak_rss_mb() -> float:
    return memory.peak_rss_mb()  # this process's own (support/memory.py says why)


def p95(values: list[float]) -> float:
    return bench_queries.percentile(values, 0.95)


def run_sizes(
    sizes: list[int],
    *,
    services: int = 5_000,
    seed: int = 1,
    say: Say | None = None,
    cache: Path | None = None,
    gui: bool = True,
    directory_imports: bool = True,
) -> list[Figures]:
    """One figures dict per size (key ``people``); the directory imports (which do not
    depend on the workspace's size) are measured once and given to each."""
    say = say or (lambda _msg: None)
    out = [
        run_bench(
            people=n,
            services=services,
            seed=seed,
            say=say,
            cache=cache,
            gui=gui,
            directory_imports=False,
        )
        for n in sizes
    ]
    if directory_imports:
        shared = measure_directory_imports(services, say)
        for figures in out:
            figures.update(shared)
    return out


def measure_directory_imports(services: int, say: Say) -> Figures:
    """Directory import figures (issue 13): 5,000 Open Referral services and a 100,000-row
    CSV, or smaller for a bench of fewer services (tests)."""
    from linkdesk.services import bench_directory

    count, rows = min(services, 5000), min(100_000, services * 20)
    say(f"Timing directory imports ({count:,} Open Referral services; a {rows:,}-row CSV)...")
    figures: Figures = dict(bench_directory.measure(services=count, rows=rows))
    figures["directory_import_load_average"] = load_average()
    return figures


def run_bench(
    *,
    people: int = 20_000,
    services: int = 5_000,
    seed: int = 1,
    say: Say | None = None,
    cache: Path | None = None,
    gui: bool = True,
    directory_imports: bool = True,
) -> Figures:
    """All the figures for one size, as one flat dict whose keys carry their unit."""
    say = say or (lambda _msg: None)
    figures: Figures = {
        "people": people,
        "services": services,
        "load_average_start": load_average(),
    }
    with tempfile.TemporaryDirectory(prefix="linkdesk-bench-") as tmp:
        work = Path(tmp)
        made = bench_cache.workspace(people, services, seed, work, cache=cache, say=say)
        assert made.plain is not None
        figures.update(made.generate or {"workspace_from_cache": True})
        figures["workspace_mb"] = round(made.path.stat().st_size / 2**20, 1)
        say("Timing unlock beside the key derivation...")
        figures.update(measure_unlock(made.path))
        say("Timing start to the unlock screen (the GUI in a child process, offscreen)...")
        figures.update(measure_start_to_unlock_screen(made.path))
        figures["start_to_unlock_ms"] = figures["start_to_unlock_screen_ms"]
        with Workspace.open(made.path, PASSPHRASE) as ws, open_plaintext(made.plain) as plain:
            app = AppServices(ws)
            figures["conversations"] = app.counts()["conversations"]
            figures.update(bench_queries.measure(ws, plain, seed, say))
            figures.update(measure_day(app, seed, say))
            figures.update(measure_plans(app, Repositories(ws), say))
            figures.update(measure_backups(app, made.path, work, say))
            figures.update(  # erase_one_s, merge_2000_s (the exchange branch's)
                bench_exchange.measure(
                    app, people, work, PASSPHRASE, bench_cache.generate_in_child, seed, say
                )
            )
        if gui:
            say("Timing the GUI (views painted, memory, UI stalls) in a child process...")
            figures.update(measure_gui(made.path, work))
    if directory_imports:
        figures.update(measure_directory_imports(services, say))
    figures["peak_rss_mb"] = peak_rss_mb()  # this (the bench's) process, all sizes so far
    figures["load_average_end"] = load_average()
    return figures


def time_each(call: Callable[[Any], object], items: list[Any]) -> list[float]:
    """Milliseconds per call, after one untimed pass (a session's cache is warm)."""
    for item in items:
        call(item)
    out = []
    for item in items:
        start = time.perf_counter()
        call(item)
        out.append((time.perf_counter() - start) * 1000)
    return out


def measure_day(services: AppServices, seed: int, say: Say) -> Figures:
    """A link worker's day (from the `day` branch): the Today view, a person's timeline, the
    caseload's other sorts."""
    import random

    from linkdesk.domain.caseload import CaseloadQuery, CaseloadSort

    say("Timing Today, the person timeline and caseload sorting...")
    figures: Figures = {}
    rng = random.Random(seed)
    today = time_each(lambda _: services.today.view(), [None] * 6)
    figures["today_ms"] = round(statistics.median(today), 1)
    figures["today_max_ms"] = round(max(today), 1)
    figures["today_items"] = sum(services.today.view().counts().values())
    rows = services.people.search("", limit=100_000)
    ids = [r.person_id for r in rng.sample(rows, min(100, len(rows)))]
    timeline = time_each(services.timeline.for_person, ids)
    figures["timeline_ms"] = round(p95(timeline), 1)
    figures["timeline_median_ms"] = round(statistics.median(timeline), 1)
    figures["timeline_ms_is"] = "p95 over 100 people"
    sorts = [CaseloadQuery(sort=s) for s in CaseloadSort]
    sort_ms = time_each(services.caseload.page, sorts)
    figures["caseload_sort_max_ms"] = round(max(sort_ms), 1)
    figures["caseload_default_ms"] = round(sort_ms[0], 1)
    return figures


def measure_unlock(path: Path) -> Figures:
    """Unlocking as the GUI does (AppServices.open: key derivation, checks, settings)
    beside the key derivation alone."""
    times = []
    for _ in range(UNLOCK_RUNS):
        start = time.perf_counter()
        services = AppServices.open(path, PASSPHRASE)
        times.append((time.perf_counter() - start) * 1000)
        services.close()
    with Workspace.open(path, PASSPHRASE) as ws:
        kdf = bench_limits.kdf_ms(ws.conn, path, PASSPHRASE.encode("utf-8"))
    unlock = statistics.median(times)
    return {
        "unlock_ms": round(unlock, 1),
        "unlock_min_ms": round(min(times), 1),
        "unlock_max_ms": round(max(times), 1),
        "kdf_ms": kdf,
        "unlock_kdf_ratio": round(unlock / kdf, 2) if kdf else None,
    }


def measure_plans(services: AppServices, samples: Repositories, say: Say) -> Figures:
    """The plan PDF for 30 people with goals, and in every language and script."""
    from linkdesk.services.bench_scripts import measure_languages_and_scripts

    say("Timing the plan PDF (and in every language and script)...")
    figures: Figures = {}
    ids = list(dict.fromkeys(g.person_id for g in samples.first_goals(2000)))[:30]
    sizes: list[int] = []

    def build(pid: str) -> object:
        pdf = services.plans.build_pdf(pid)
        if not pdf.startswith(b"%PDF-"):
            raise RuntimeError("the plan build did not return a PDF")
        sizes.append(len(pdf))
        return pdf

    times = bench_queries.time_interleaved([build], ids, passes=1)[0]
    figures["plan_pdf_median_ms"] = round(statistics.median(times), 1)
    figures["plan_pdf_p95_ms"] = round(p95(times), 1)
    figures["plan_pdf_median_kb"] = round(statistics.median(sizes) / 1024, 1)
    measure_languages_and_scripts(services.plans, ids, figures)
    return figures


def measure_backups(services: AppServices, path: Path, work: Path, say: Say) -> Figures:
    """Backups of the whole workspace, repeated, beside copy + fsync + read back and hash."""
    say(f"Timing {BACKUP_RUNS} backups and {BACKUP_RUNS} plain copies (copy, fsync, verify)...")
    dest = work / "backups"
    dest.mkdir()
    backups, limits, size = [], [], 0
    for _ in range(BACKUP_RUNS):
        start = time.perf_counter()
        result = services.exchange.backup(dest)
        backups.append(time.perf_counter() - start)
        if not result.manifest_path.exists():
            raise RuntimeError("the backup wrote no manifest")
        size = result.bundle_path.stat().st_size
        result.bundle_path.unlink()
        result.manifest_path.unlink()
        limits.append(bench_limits.copy_fsync_verify_s(path, dest))
    backup, limit = spread(backups), spread(limits)
    return {
        "backup_s": backup["median"],
        "backup_min_s": backup["min"],
        "backup_max_s": backup["max"],
        "backup_bundle_mb": round(size / 2**20, 1),
        "backup_limit_s": limit["median"],
        "backup_limit_ratio": round(backup["median"] / limit["median"], 2)
        if limit["median"]
        else None,
    }


def _child_env(work: Path) -> dict[str, str]:
    """A child GUI's settings and logs go to the bench's own folder, not the user's."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # Bytecode as an installed LinkDesk has it (pip compiles it at install, the bundle ships
    # it): a developer's PYTHONDONTWRITEBYTECODE would make every child compile each module
    # it imports from source again (~90 ms of CPU before the unlock screen, measured), a cost
    # no worker pays. The untimed first start writes the caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_CONFIG_HOME"] = str(work / "config")
    env["LINKDESK_LOG_DIR"] = str(work / "logs")
    return env


def measure_gui(path: Path, work: Path, repeats: int = 3) -> Figures:
    """The GUI's own figures (``linkdesk.ui.bench_gui``) from a child process."""
    env = dict(_child_env(work), LINKDESK_PASSPHRASE=PASSPHRASE)
    command = [sys.executable, "-m", "linkdesk.ui.bench_gui", str(path), "--json"]
    command += ["--repeats", str(repeats)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        # Recorded, not raised: the figures already taken for this size are kept (a GUI child
        # that dies at 50,000 people, as one did on PySide6 6.12.0, is itself a result).
        tail = done.stderr.strip().splitlines()[-3:]
        return {"gui_failed": f"exit {done.returncode}: " + " | ".join(tail)[-400:]}
    figures: Figures = json.loads(lines[-1])
    return figures


def measure_start_to_unlock_screen(path: Path, runs: int = 5) -> Figures:
    """Wall time from starting `python -m linkdesk --workspace PATH` to its unlock screen shown.

    The child quits as soon as the screen is exposed and drawn (LINKDESK_BENCH_QUIT_AT_UNLOCK,
    see app.run_gui). One untimed start first, so the figure is a warm start (files cached).
    """
    with tempfile.TemporaryDirectory(prefix="linkdesk-start-") as tmp:
        env = dict(_child_env(Path(tmp)), **{QUIT_AT_UNLOCK_ENV: "1"})
        env.pop("LINKDESK_PASSPHRASE", None)
        command = [sys.executable, "-m", "linkdesk", "--workspace", str(path)]
        times: list[float] = []
        for attempt in range(runs + 1):
            start = time.perf_counter()
            child = subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
            )
            if child.stdout is None:  # pragma: no cover - PIPE always gives one
                raise RuntimeError("no output from the GUI")
            shown = any(UNLOCK_SHOWN_MARKER in line for line in child.stdout)
            elapsed = (time.perf_counter() - start) * 1000
            child.wait(timeout=30)
            if not shown:
                raise RuntimeError("the GUI did not report its unlock screen")
            if attempt:
                times.append(elapsed)
    return {
        "start_to_unlock_screen_ms": round(statistics.median(times), 1),
        "start_to_unlock_screen_max_ms": round(max(times), 1),
    }
