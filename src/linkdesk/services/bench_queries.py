"""Query figures for ``linkdesk bench``: every keystroke, the GUI's own calls and limits.

- **Caseload**: names, NHS numbers and postcodes typed one key at a time, each keystroke
  timed as the GUI runs it after its debounce (``people.search(text, 500)`` then
  ``people.count()``), the empty box and one-letter prefixes included; percentiles over
  individual keystrokes, not per-query medians.
- **Directory**: service words typed one key at a time, ``directory.search(text, 200)`` per
  keystroke (the directory page searches on every key, for 200 results).
- **Open a person**: the whole record read (and, separately, with its audit entry).
- Each on the plaintext copy too, interleaved, for the **warm** ratios; the first query on a
  **fresh connection** (cold: an empty page cache; the key derivation excluded) for the cold
  ratios; and the **tightest raw query** (the matching rowids up to the limit, unordered).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any, cast

from linkdesk.domain.models import CaseloadRow
from linkdesk.services.directory import DirectoryService
from linkdesk.services.people import PeopleService
from linkdesk.store.audit import AuditLog
from linkdesk.store.bench_raw import person_rowids, service_rowids
from linkdesk.store.plain_copy import open_plaintext
from linkdesk.store.repositories import Repositories, caseload_match
from linkdesk.store.workspace import Workspace

Figures = dict[str, Any]
CASELOAD_LIMIT = 500  # ui/caseload.py RESULT_LIMIT
DIRECTORY_LIMIT = 200  # ui/directory_page.py RESULT_LIMIT
PASSES = 2  # timed passes over every keystroke, after one untimed pass (a warm session)
DIRECTORY_WORDS = [
    "walking group", "debt advice", "benefits", "food bank", "carers", "choir", "singing",
    "art", "knit", "garden", "allotment", "yoga", "swim", "digital", "tablet", "job club",
    "volunteer", "housing", "damp", "befriend", "lonely", "pain", "diabetes", "breathe",
    "stroke", "transport", "bus", "cook", "lunch", "mental health", "peer support",
    "harehills", "beeston", "free", "esol", "men",
]  # fmt: skip


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile (q in 0..1) of ``values``."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, int(q * len(ordered) + 0.999999) - 1))
    return ordered[index]


def keystrokes(text: str) -> list[str]:
    """What the search box holds after each key: "S", "Sm", ... "Smith"."""
    return [text[:n] for n in range(1, len(text) + 1)]


def caseload_sessions(
    names: list[str], nhs_numbers: list[str], postcodes: list[str], rng: random.Random
) -> list[str]:
    """Every keystroke of a worker's searches: a cleared box, surnames, first names, whole
    names, NHS numbers (bare and spaced 3-3-4) and postcodes, typed one key at a time."""
    typed: list[str] = []
    for name in rng.sample(names, min(30, len(names))):
        given, _, family = name.partition(" ")
        family = family or given
        typed += [""] + keystrokes(family)
        typed += [""] + keystrokes(given[:5])
        typed += [""] + keystrokes(f"{given} {family[:3]}")
    for number in rng.sample(nhs_numbers, min(12, len(nhs_numbers))):
        typed += [""] + keystrokes(number)
        typed += [""] + keystrokes(f"{number[:3]} {number[3:6]} {number[6:]}")
    for postcode in rng.sample(postcodes, min(10, len(postcodes))):
        typed += [""] + keystrokes(postcode)
    return typed


def directory_sessions() -> list[str]:
    typed: list[str] = []
    for words in DIRECTORY_WORDS:
        typed += keystrokes(words)
    return typed


def time_interleaved(
    calls: Sequence[Callable[[str], object]], items: Sequence[str], passes: int = PASSES
) -> list[list[float]]:
    """Milliseconds of every call on every item, one untimed pass first, then ``passes``
    timed ones; the calls alternate per item so background load hits each alike."""
    for item in items:
        for call in calls:
            call(item)
    out: list[list[float]] = [[] for _ in calls]
    for _ in range(passes):
        for item in items:
            for call, samples in zip(calls, out, strict=True):
                start = time.perf_counter()
                call(item)
                samples.append((time.perf_counter() - start) * 1000)
    return out


def _summary(prefix: str, samples: list[float], figures: Figures) -> None:
    figures[f"{prefix}_p50_ms"] = round(statistics.median(samples), 2)
    figures[f"{prefix}_p95_ms"] = round(percentile(samples, 0.95), 2)
    figures[f"{prefix}_p99_ms"] = round(percentile(samples, 0.99), 2)
    figures[f"{prefix}_max_ms"] = round(max(samples), 2)


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b > 0 else None


def _people(ws: Any) -> PeopleService:
    repos = Repositories(cast(Workspace, ws))
    return PeopleService(repos, AuditLog(cast(Workspace, ws), lambda: "benchmark"))


def _directory(ws: Any) -> DirectoryService:
    repos = Repositories(cast(Workspace, ws))
    return DirectoryService(repos, AuditLog(cast(Workspace, ws), lambda: "benchmark"))


def caseload_keystroke(people: PeopleService) -> Callable[[str], object]:
    """What the caseload page runs after a key (ui/caseload.py CaseloadPage.refresh)."""

    def run(text: str) -> object:
        rows = people.search(text.strip(), limit=CASELOAD_LIMIT)
        return rows, people.count()

    return run


def caseload_raw(ws: Any) -> Callable[[str], object]:
    """The tightest raw query for a keystroke: the matching rowids up to the limit."""

    def run(text: str) -> object:
        return person_rowids(ws, caseload_match(text.strip()), CASELOAD_LIMIT)

    return run


def directory_raw(ws: Any) -> Callable[[str], object]:
    def run(text: str) -> object:
        words = "".join(c.lower() if c.isalnum() else " " for c in text).split()
        match = " AND ".join(f'"{w}"*' for w in words)
        return service_rowids(ws, match, DIRECTORY_LIMIT)

    return run


def caseload_typing(ws: Workspace, rng: random.Random) -> tuple[list[CaseloadRow], list[str]]:
    """Everyone on the caseload (``people.search("")``) and the keystrokes the bench types
    into the caseload box (``caseload_sessions``: their names, NHS numbers and postcodes)."""
    everyone = _people(ws).search("", limit=1_000_000)
    with_nhs = [p for p in Repositories(ws).people_with_nhs_numbers(2000) if p.nhs_number]
    typed = caseload_sessions(
        [r.name for r in everyone],
        [p.nhs_number or "" for p in with_nhs],
        [p.postcode for p in with_nhs if p.postcode],
        rng,
    )
    return everyone, typed


def keystroke_kinds(times_ms: Sequence[float], typed: Sequence[str]) -> dict[str, list[float]]:
    """Keystroke times (ms, in the order ``typed`` was typed, over one or more passes) by the
    kind of text in the box: ``empty``, or ``letters``/``digits`` and its length up to 4
    (``letters_4`` is four or more)."""
    kinds: dict[str, list[float]] = {}
    for i, ms in enumerate(times_ms):
        text = typed[i % len(typed)].strip()
        kind = "empty" if not text else "digits" if text[:1].isdigit() else "letters"
        kinds.setdefault(f"{kind}_{min(len(text), 4)}", []).append(ms)
    return kinds


def measure(ws: Workspace, plain: Workspace, seed: int, say: Callable[[str], None]) -> Figures:
    """The warm query figures, their plaintext counterparts and ratios (see the module doc)."""
    figures: Figures = {}
    rng = random.Random(seed)
    people, plain_people = _people(ws), _people(plain)
    directory, plain_directory = _directory(ws), _directory(plain)
    everyone, typed = caseload_typing(ws, rng)
    say(f"Timing {len(typed):,} caseload keystrokes (encrypted, plain, raw)...")
    enc, pl, raw = time_interleaved(
        [caseload_keystroke(people), caseload_keystroke(plain_people), caseload_raw(ws)], typed
    )
    _summary("caseload_keystroke", enc, figures)
    _summary("plain_caseload_keystroke", pl, figures)
    _summary("caseload_raw", raw, figures)
    figures["caseload_keystrokes"] = len(typed)
    by_length = keystroke_kinds(enc, typed)
    figures["caseload_keystroke_p95_by_prefix_ms"] = {
        key: round(percentile(values, 0.95), 2) for key, values in sorted(by_length.items())
    }
    figures["caseload_keystroke_worst_prefix_p95_ms"] = max(
        figures["caseload_keystroke_p95_by_prefix_ms"].values()
    )
    slowest = sorted(zip(enc, (typed[i % len(typed)] for i in range(len(enc))), strict=True))
    figures["caseload_slowest_keystrokes"] = [f"{q!r}: {ms:.1f} ms" for ms, q in slowest[-5:]][::-1]
    # Kept for continuity with earlier runs (the name of the same figure before issue 15).
    figures["caseload_search_p95_ms"] = figures["caseload_keystroke_p95_ms"]
    figures["plain_caseload_search_p95_ms"] = figures["plain_caseload_keystroke_p95_ms"]

    typed_dir = directory_sessions()
    say(f"Timing {len(typed_dir):,} directory keystrokes at {DIRECTORY_LIMIT} results...")
    enc, pl, raw = time_interleaved(
        [
            lambda t: directory.search(t, DIRECTORY_LIMIT),
            lambda t: plain_directory.search(t, DIRECTORY_LIMIT),
            directory_raw(ws),
        ],
        typed_dir,
    )
    _summary("directory_search", enc, figures)
    _summary("plain_directory_search", pl, figures)
    _summary("directory_raw", raw, figures)
    figures["directory_keystrokes"] = len(typed_dir)
    figures["directory_limit"] = DIRECTORY_LIMIT

    say("Timing opening a person's record...")
    ids = [r.person_id for r in rng.sample(everyone, min(200, len(everyone)))]
    enc, pl = time_interleaved(
        [
            lambda pid: people.record(pid, audit=False),
            lambda pid: plain_people.record(pid, audit=False),
        ],
        ids,
    )
    _summary("open_person", enc, figures)
    _summary("plain_open_person", pl, figures)
    audited = time_interleaved([people.record], ids[:50], passes=1)[0]
    figures["open_person_audited_median_ms"] = round(statistics.median(audited), 2)
    figures["open_person_audited_p95_ms"] = round(percentile(audited, 0.95), 2)
    figures["open_person_ms"] = figures["open_person_audited_p95_ms"]

    ratios = {}
    for name in ("caseload_keystroke", "directory_search", "open_person"):
        for stat in ("p50", "p95"):
            ratio = _ratio(figures[f"{name}_{stat}_ms"], figures[f"plain_{name}_{stat}_ms"])
            figures[f"ratio_{name}_{stat}"] = ratio
            ratios[f"{name}_{stat}"] = ratio
    figures["ratio_caseload_search_p95"] = figures["ratio_caseload_keystroke_p95"]
    figures["warm_ratio_max"] = max(r for r in ratios.values() if r is not None)
    figures["caseload_raw_ratio"] = _ratio(
        figures["caseload_keystroke_p95_ms"], figures["caseload_raw_p95_ms"]
    )
    figures["directory_raw_ratio"] = _ratio(
        figures["directory_search_p95_ms"], figures["directory_raw_p95_ms"]
    )
    figures.update(measure_cold(ws, plain, typed, typed_dir, ids))
    return figures


def cold_samples(
    ws: Workspace,
    plain: Workspace,
    typed: list[str],
    typed_dir: list[str],
    ids: list[str],
    timer: Callable[[], float] = time.perf_counter,
) -> dict[str, tuple[list[float], list[float]]]:
    """For each kind of read, the first query on fresh connections: up to seven, each on a new
    connection (keyed with the raw key: the key derivation is not counted) closed after it,
    encrypted then plain. Milliseconds by ``timer`` (seconds: wall time, or
    ``time.thread_time`` for CPU time), ``(encrypted, plain)`` by kind."""
    broad = [t for t in typed if len(t.strip()) == 1][:7] or [""]
    narrow = [t for t in typed if len(t.strip()) >= 4 and not t[:1].isdigit()][:7] or [""]
    words = [t for t in typed_dir if " " in t][:7] or ["w"]
    kinds: dict[str, tuple[list[str], Callable[[Any, str], object]]] = {
        "caseload_broad": (broad, lambda w, t: caseload_keystroke(_people(w))(t)),
        "caseload_narrow": (narrow, lambda w, t: caseload_keystroke(_people(w))(t)),
        "open_person": (ids[:7], lambda w, pid: _people(w).record(pid, audit=False)),
        "directory_search": (words, lambda w, t: _directory(w).search(t, DIRECTORY_LIMIT)),
    }
    samples: dict[str, tuple[list[float], list[float]]] = {}
    for kind, (items, call) in kinds.items():
        enc_ms: list[float] = []
        plain_ms: list[float] = []
        for item in items:
            with ws.reader() as reader:
                start = timer()
                call(reader, item)
                enc_ms.append((timer() - start) * 1000)
            other = open_plaintext_reader(plain)
            try:
                start = timer()
                call(other, item)
                plain_ms.append((timer() - start) * 1000)
            finally:
                other.close()
        samples[kind] = (enc_ms, plain_ms)
    return samples


def measure_cold(
    ws: Workspace, plain: Workspace, typed: list[str], typed_dir: list[str], ids: list[str]
) -> Figures:
    """The first query on a fresh connection, encrypted and plain, for each kind of read
    (``cold_samples``, wall time): medians of seven, one ratio per kind."""
    figures: Figures = {}
    ratios = []
    for kind, (enc_ms, plain_ms) in cold_samples(ws, plain, typed, typed_dir, ids).items():
        e, p = statistics.median(enc_ms), statistics.median(plain_ms)
        figures[f"cold_{kind}_ms"] = round(e, 2)
        figures[f"plain_cold_{kind}_ms"] = round(p, 2)
        ratio = _ratio(e, p)
        figures[f"cold_ratio_{kind}"] = ratio
        if ratio is not None:
            ratios.append(ratio)
    figures["cold_ratio_max"] = max(ratios) if ratios else None
    return figures


def open_plaintext_reader(plain: Workspace) -> Workspace:
    """A fresh connection to the plaintext copy (its own lock file: no clash with ``plain``)."""
    return open_plaintext(plain.path, lock=False)
