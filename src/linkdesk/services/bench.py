"""The benchmark figures of DESIGN §8, each query also timed on a plaintext copy (the ratio).

Builds a demo workspace (default 20,000 people, 5,000 services) in a temporary folder, in a
child process so this process's peak memory is that of using the workspace, not making it.
"""

from __future__ import annotations

import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from linkdesk.services import bench_directory, bench_exchange
from linkdesk.services.app_services import AppServices
from linkdesk.services.bench_scripts import measure_languages_and_scripts
from linkdesk.services.directory import DirectoryService
from linkdesk.services.people import PeopleService
from linkdesk.store.audit import AuditLog
from linkdesk.store.plain_copy import export_plaintext, open_plaintext
from linkdesk.store.repositories import Repositories
from linkdesk.store.workspace import Workspace

PASSPHRASE = "benchmark passphrase (synthetic data only)"
# The GUI's bench hook (linkdesk.app repeats these: nothing here may import Qt).
QUIT_AT_UNLOCK_ENV = "LINKDESK_BENCH_QUIT_AT_UNLOCK"
UNLOCK_SHOWN_MARKER = "linkdesk-bench: unlock screen shown"
Figures = dict[str, Any]
Say = Callable[[str], None]

DIRECTORY_QUERIES = [
    "w", "wa", "wal", "walk", "walking group", "d", "de", "debt", "debt advice", "benefits",
    "f", "fo", "food", "food bank", "c", "ca", "carers", "choir", "sing", "art", "knit",
    "garden", "allotment", "yoga", "swim", "digital", "tablet", "job", "volunteer", "housing",
    "damp", "befriend", "lonely", "pain", "diabetes", "breathe", "stroke", "transport", "bus",
    "cook", "lunch", "mental", "peer support", "harehills", "beeston", "free", "esol", "men",
]  # fmt: skip


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def peak_rss_mb() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return round(kib / (1024 * 1024) if sys.platform == "darwin" else kib / 1024, 1)


def typed_caseload_queries(
    names: list[str], nhs_numbers: list[str], rng: random.Random
) -> list[str]:
    """What a link worker types: 1-4 letters of a name, whole names, NHS number fragments."""
    queries: list[str] = [""]
    for name in rng.sample(names, min(40, len(names))):
        given, _, family = name.partition(" ")
        family = family or given
        queries += [family[:n] for n in range(1, 5)]
        queries += [given[:n] for n in (1, 2, 3)]
        queries += [name, f"{given} {family[:2]}"]
    for number in rng.sample(nhs_numbers, min(20, len(nhs_numbers))):
        queries += [number[:n] for n in (3, 4, 6, 10)]
        queries.append(f"{number[:3]} {number[3:6]} {number[6:]}")
    return queries


REPEATS = 3  # each query is timed this often; its median counts (other processes add noise)


def time_pair(
    encrypted: Callable[[Any], object], plain: Callable[[Any], object], items: Sequence[Any]
) -> tuple[list[float], list[float]]:
    """Milliseconds per item on both stores, interleaved so background noise hits both alike.

    One untimed pass first (a working session's cache is warm), then REPEATS timed passes;
    each item's figure is the median of its runs.
    """
    for item in items:
        encrypted(item)
        plain(item)
    enc_runs: list[list[float]] = [[] for _ in items]
    plain_runs: list[list[float]] = [[] for _ in items]
    for _ in range(REPEATS):
        for i, item in enumerate(items):
            for call, runs in ((encrypted, enc_runs), (plain, plain_runs)):
                start = time.perf_counter()
                call(item)
                runs[i].append((time.perf_counter() - start) * 1000)
    return [statistics.median(r) for r in enc_runs], [statistics.median(r) for r in plain_runs]


def time_each(call: Callable[[Any], object], items: Sequence[Any]) -> list[float]:
    """Milliseconds per call, after one untimed pass (a session's cache is warm)."""
    for item in items:
        call(item)
    out = []
    for item in items:
        start = time.perf_counter()
        call(item)
        out.append((time.perf_counter() - start) * 1000)
    return out


def _generate_in_child(path: Path, people: int, services: int, seed: int) -> Figures:
    code = (
        "import json, sys; from linkdesk.services.bench import generate_child; "
        "print(json.dumps(generate_child(*sys.argv[1:])))"
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


def generate_child(path: str, people: str, services: str, seed: str) -> Figures:
    """Run in a child process: make the workspace, report time and memory."""
    from linkdesk.services.demo import generate

    start = time.perf_counter()
    with Workspace.create(Path(path), os.environ["LINKDESK_PASSPHRASE"]) as ws:
        extra = max(0, int(services) - 62)
        generate(AppServices(ws), people=int(people), seed=int(seed), extra_services=extra)
    return {
        "demo_generate_s": round(time.perf_counter() - start, 2),
        "demo_peak_rss_mb": peak_rss_mb(),
    }


def run_bench(
    *, people: int = 20_000, services: int = 5_000, seed: int = 1, say: Say | None = None
) -> Figures:
    """All the figures, as one flat dict whose keys carry their unit."""
    say = say or (lambda _msg: None)
    figures: Figures = {"people": people, "services": services}
    with tempfile.TemporaryDirectory(prefix="linkdesk-bench-") as tmp:
        path = Path(tmp) / "bench.linkdesk"
        say(f"Making a demo workspace of {people:,} people and {services:,} services...")
        figures.update(_generate_in_child(path, people, services, seed))
        plain_path = Path(tmp) / "bench-plain.sqlite"
        with Workspace.open(path, PASSPHRASE) as ws:
            start = time.perf_counter()
            export_plaintext(ws, plain_path)
            figures["plain_copy_s"] = round(time.perf_counter() - start, 2)
            figures["conversations"] = AppServices(ws).counts()["conversations"]
        say("Timing unlock...")
        unlock = []
        for _ in range(5):
            start = time.perf_counter()
            Workspace.open(path, PASSPHRASE).close()
            unlock.append((time.perf_counter() - start) * 1000)
        figures["unlock_ms"] = round(statistics.median(unlock), 1)
        say("Timing start to the unlock screen (the GUI in a child process, offscreen)...")
        figures.update(measure_start_to_unlock_screen(path))
        with Workspace.open(path, PASSPHRASE) as ws, open_plaintext(plain_path) as plain:
            samples = Repositories(ws)  # sample ids straight from the tables
            _measure_queries(AppServices(ws), samples, plain, figures, seed, say)
            _measure_day(AppServices(ws), figures, seed, say)
            _measure_optional(AppServices(ws), samples, Path(tmp), figures, say)
            figures.update(
                bench_exchange.measure(
                    AppServices(ws), people, Path(tmp), PASSPHRASE, _generate_in_child, seed, say
                )
            )
    say("Timing directory imports (5,000 Open Referral services; a 100,000-row CSV)...")
    figures.update(bench_directory.measure(services=5000, rows=100_000))
    figures["peak_rss_mb"] = peak_rss_mb()
    return figures


def _measure_queries(
    services: AppServices,
    samples: Repositories,
    plain: Workspace,
    figures: Figures,
    seed: int,
    say: Say,
) -> None:
    rng = random.Random(seed)
    rows = services.people.search("", limit=100_000)
    names = [r.name for r in rows]
    with_nhs = samples.people_with_nhs_numbers(2000)
    nhs = [p.nhs_number for p in with_nhs if p.nhs_number]
    caseload_queries = typed_caseload_queries(names, nhs, rng)
    person_ids = [r.person_id for r in rng.sample(rows, min(200, len(rows)))]
    plain_repos = Repositories(plain)
    plain_audit = AuditLog(plain, lambda: "benchmark")
    plain_people = PeopleService(plain_repos, plain_audit)
    plain_directory = DirectoryService(plain_repos, plain_audit)
    say("Timing caseload search, open person and directory search (encrypted and plain)...")
    timed = {
        "caseload_search": time_pair(services.people.search, plain_people.search, caseload_queries),
        # Reads only for the ratio; the audited open (a small write + fsync) is timed below.
        "open_person": time_pair(
            partial(services.people.record, audit=False),
            partial(plain_people.record, audit=False),
            person_ids,
        ),
        "directory_search": time_pair(
            services.directory.search, plain_directory.search, DIRECTORY_QUERIES
        ),
    }
    for name, (enc, plain_ms) in timed.items():
        for prefix, values in (("", enc), ("plain_", plain_ms)):
            figures[f"{prefix}{name}_p95_ms"] = round(p95(values), 2)
            figures[f"{prefix}{name}_median_ms"] = round(statistics.median(values), 2)
    slowest = sorted(zip(timed["caseload_search"][0], caseload_queries, strict=True))[-5:]
    figures["caseload_slowest_queries"] = [f"{q!r}: {ms:.1f} ms" for ms, q in reversed(slowest)]
    for key in (
        "caseload_search_p95",
        "caseload_search_median",
        "open_person_p95",
        "open_person_median",
        "directory_search_p95",
        "directory_search_median",
    ):
        plain_ms = figures[f"plain_{key}_ms"]
        figures[f"ratio_{key}"] = round(figures[f"{key}_ms"] / plain_ms, 2) if plain_ms else None
    # What the person view does on opening: the record read plus its audit entry (a write).
    audited = time_each(services.people.record, person_ids[:50])
    figures["open_person_audited_median_ms"] = round(statistics.median(audited), 2)
    figures["open_person_audited_p95_ms"] = round(p95(audited), 2)
    figures["open_person_ms"] = figures["open_person_audited_p95_ms"]
    figures["open_person_ms_is"] = "p95 of the audited open (record read + audit entry)"
    figures["caseload_queries"] = len(caseload_queries)


def _measure_day(services: AppServices, figures: Figures, seed: int, say: Say) -> None:
    """A link worker's day: the Today view, a person's timeline, the caseload's other sorts."""
    from linkdesk.domain.caseload import CaseloadQuery, CaseloadSort

    say("Timing Today, the person timeline and caseload sorting...")
    rng = random.Random(seed)
    days = [None] * 5 + [None]
    today = time_each(lambda _: services.today.view(), days)
    figures["today_ms"] = round(statistics.median(today), 1)
    figures["today_max_ms"] = round(max(today), 1)
    view = services.today.view()
    figures["today_items"] = sum(view.counts().values())
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


def _measure_optional(
    services: AppServices, samples: Repositories, tmp: Path, figures: Figures, say: Say
) -> None:
    """The plan PDF and backup figures (skipped if a build lacks those services)."""
    plans = getattr(services, "plans", None)
    if plans is not None:
        say("Timing the plan PDF...")
        # People with goals: their plans have something on them (an empty plan is quicker).
        with_goals = samples.first_goals(2000)
        ids = list(dict.fromkeys(g.person_id for g in with_goals))[:30]
        sizes: list[int] = []

        def build(pid: str) -> None:
            pdf = plans.build_pdf(pid)
            if not pdf.startswith(b"%PDF-"):
                raise RuntimeError("the plan build did not return a PDF")
            sizes.append(len(pdf))

        times = time_each(build, ids)
        figures["plan_pdf_median_ms"] = round(statistics.median(times), 1)
        figures["plan_pdf_p95_ms"] = round(p95(times), 1)
        figures["plan_pdf_median_kb"] = round(statistics.median(sizes) / 1024, 1)
        say("Timing the plan PDF in every language and script...")
        measure_languages_and_scripts(plans, ids, figures)
    exchange = getattr(services, "exchange", None)
    if exchange is not None:
        say("Timing a backup of the whole workspace...")
        dest = tmp / "backup"
        dest.mkdir()
        start = time.perf_counter()
        result = exchange.backup(dest)
        figures["backup_s"] = round(time.perf_counter() - start, 2)
        figures["backup_bundle_mb"] = round(result.bundle_path.stat().st_size / 2**20, 1)
        if not result.manifest_path.exists():
            raise RuntimeError("the backup wrote no manifest")


def measure_start_to_unlock_screen(path: Path, runs: int = 5) -> Figures:
    """Wall time from starting `python -m linkdesk --workspace PATH` to its unlock screen shown.

    The child quits as soon as the screen is exposed and drawn (LINKDESK_BENCH_QUIT_AT_UNLOCK,
    see app.run_gui). One untimed start first, so the figure is a warm start (files cached).
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{QUIT_AT_UNLOCK_ENV: "1"})
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
