"""Directory figures: import of 5,000 ORUK services, search p95 encrypted vs plaintext.

python benchmarks/directory_bench.py [--services 5000] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.fixtures

from tests.fixtures.sample_services import _AREAS, _KINDS  # noqa: E402

from linkdesk.services.directory import DirectoryService
from linkdesk.store.audit import AuditLog
from linkdesk.store.repositories import Repositories
from linkdesk.store.workspace import CACHE_KIB, Workspace

PASSPHRASE = "benchmark passphrase"
QUERIES = [
    "w", "wa", "wal", "walk", "walking gr", "f", "fo", "food", "food bank", "de", "debt",
    "debt adv", "car", "carers", "carers caf", "knit", "choir", "job c", "digital", "housing",
    "mind", "armley", "lunch club", "befriend", "tea and", "pension", "yoga", "chapeltown food",
]  # fmt: skip
TYPOS = ["walkng", "befrinding", "carrers", "digtal skils", "fod bank", "pottry"]
FILTERED = [
    dict(text="", category="food"), dict(text="", free_only=True, day=2),
    dict(text="walk", accessible=True), dict(text="advice", day=0, free_only=True),
]  # fmt: skip


def oruk_document(count: int, seed: int = 7) -> dict[str, Any]:
    """A list page of ``count`` HSDS 3.0 services built from the demo vocabulary."""
    rng = random.Random(seed)
    kinds = [(cat, k) for cat, ks in _KINDS.items() for k in ks]
    contents = []
    for i in range(count):
        category, (name, org, what) = rng.choice(kinds)
        area = rng.choice(_AREAS)
        contents.append(
            {
                "id": f"bench-{i}",
                "name": f"{area} {name} {i}",
                "description": f"<p>{what}</p><p>Run by volunteers in {area}.</p>",
                "organization": {"id": f"org-{i % 700}", "name": org.format(area=area)},
                "eligibility_description": rng.choice(["Adults", "Anyone", "Over 50s"]),
                "cost_options": [{"option": "Session", "amount": rng.choice([0, 0, 2, 5])}],
                "schedules": [{"byday": rng.choice(["MO", "TU,TH", "WE", "FR", "SA"]),
                               "opens_at": "10:00", "closes_at": "12:00"}],
                "service_at_locations": [{"location": {
                    "latitude": 53.8 + rng.uniform(-0.1, 0.1),
                    "longitude": -1.55 + rng.uniform(-0.1, 0.1),
                    "addresses": [{"address_1": f"{i} High Street", "city": area,
                                   "postal_code": f"LS{rng.randint(1, 28)} 1AA"}],
                    "accessibility": [{"description": rng.choice(
                        ["Step-free entrance", "Upstairs, no lift", "Wheelchair access"])}],
                }}],
                "attributes": [{"taxonomy_term": {"name": category}}],
            }
        )  # fmt: skip
    return {"total_items": count, "contents": contents}


class PlainWorkspace:
    """Just enough of Workspace for the directory queries, over an unencrypted file."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlcipher3.connect(str(path), isolation_level=None)
        self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        return list(self.conn.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Any:
        yield self.conn


def timings(directory: DirectoryService, rounds: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"typed": [], "typo": [], "filtered": [], "suggest": []}
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            directory.search(q, limit=50)
            out["typed"].append((time.perf_counter() - t) * 1000)
        for q in TYPOS:
            t = time.perf_counter()
            assert directory.search(q, limit=50), q
            out["typo"].append((time.perf_counter() - t) * 1000)
        for f in FILTERED:
            t = time.perf_counter()
            directory.search(limit=50, **f)  # type: ignore[arg-type]
            out["filtered"].append((time.perf_counter() - t) * 1000)
        for areas in (["loneliness", "money"], ["caring"], ["work_learning", "digital"]):
            t = time.perf_counter()
            directory.suggest_for_areas(areas, 12)
            out["suggest"].append((time.perf_counter() - t) * 1000)
    return out


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "services.json"
        source.write_text(json.dumps(oruk_document(args.services)), encoding="utf-8")
        figures["source_mb"] = round(source.stat().st_size / 1e6, 1)
        ws = Workspace.create(folder / "bench.linkdesk", PASSPHRASE)
        repos = Repositories(ws)
        directory = DirectoryService(repos, AuditLog(ws, lambda: "bench"))
        steps: list[tuple[int, int]] = []
        t = time.perf_counter()
        report = directory.import_sources([source], progress=lambda d, n: steps.append((d, n)))
        figures["import_s"] = round(time.perf_counter() - t, 2)
        figures["import_added"] = report.added
        figures["import_progress_reports"] = len(steps)
        t = time.perf_counter()
        again = directory.import_sources([source])
        figures["reimport_s"] = round(time.perf_counter() - t, 2)
        figures["reimport_unchanged"] = again.unchanged

        plain_path = folder / "plain.sqlite"
        ws.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
        ws.execute("SELECT sqlcipher_export('plain')")
        ws.execute("DETACH DATABASE plain")
        plain_ws = PlainWorkspace(plain_path)
        plain_dir = DirectoryService(
            Repositories(plain_ws),  # type: ignore[arg-type]
            AuditLog(plain_ws, lambda: "bench"),  # type: ignore[arg-type]
        )
        # Interleaved rounds, so a busy machine slows both sides alike.
        enc: dict[str, list[float]] = {}
        plain: dict[str, list[float]] = {}
        for _ in range(args.rounds):
            for into, target in ((enc, directory), (plain, plain_dir)):
                for kind, values in timings(target, 1).items():
                    into.setdefault(kind, []).extend(values)
        for kind in ("typed", "typo", "filtered", "suggest"):
            name = "directory_suggest" if kind == "suggest" else f"directory_search_{kind}"
            figures[f"{name}_p95_ms"] = round(p95(enc[kind]), 2)
            figures[f"plain_{name}_p95_ms"] = round(p95(plain[kind]), 2)
            figures[f"ratio_{name}"] = round(p95(enc[kind]) / p95(plain[kind]), 2)
        everything_enc = enc["typed"] + enc["typo"] + enc["filtered"]
        everything_plain = plain["typed"] + plain["typo"] + plain["filtered"]
        figures["directory_search_p95_ms"] = round(p95(everything_enc), 2)
        figures["plain_directory_search_p95_ms"] = round(p95(everything_plain), 2)
        figures["ratio_directory_search"] = round(p95(everything_enc) / p95(everything_plain), 2)
        plain_ws.conn.close()
        ws.close()
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:42} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
