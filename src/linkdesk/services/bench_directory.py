"""Directory import figures for ``linkdesk bench``: 5,000 Open Referral services and a
100,000-row LinkDesk CSV, each imported into a fresh workspace in a child process so the
peak memory is the import's own.

    python -m linkdesk.services.bench_directory [--services 5000] [--rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from linkdesk.directory.linkdesk_csv import HEADER
from linkdesk.support import memory

PASSPHRASE = "benchmark passphrase for the directory import"
_KINDS = [
    ("Walking Group", "walking groups"), ("Knit and Natter", "arts and crafts"),
    ("Food Bank", "food"), ("Debt Advice", "debt and benefits advice"),
    ("Carers Café", "carers support"), ("Men's Shed", "social groups"),
    ("Memory Café", "long-term conditions"), ("Job Club", "employment"),
    ("Digital Drop-in", "digital skills"), ("Chair Yoga", "physical activity"),
]  # fmt: skip
_AREAS = ["Armley", "Chapeltown", "Headingley", "Seacroft", "Beeston", "Horsforth", "Otley"]


def oruk_page(count: int, seed: int = 7) -> dict[str, Any]:
    """A list page of ``count`` HSDS 3.0 services with locations, schedules and costs."""
    rng = random.Random(seed)
    contents = []
    for i in range(count):
        name, category = rng.choice(_KINDS)
        area = rng.choice(_AREAS)
        contents.append(
            {
                "id": f"bench-{i}",
                "name": f"{area} {name} {i}",
                "description": f"<p>{name} in {area}.</p><p>Run by volunteers.</p>",
                "status": "active",
                "alert": "" if i % 20 else "Moved to the library for the summer",
                "organization": {"id": f"org-{i % 700}", "name": f"{area} Community Trust"},
                "cost_options": [{"option": "Session", "amount": rng.choice([0, 0, 2, 5])}],
                "schedules": [
                    {"freq": "MONTHLY", "byday": "1MO", "opens_at": "14:00", "closes_at": "16:00"}
                    if i % 3 == 0
                    else {"freq": "WEEKLY", "byday": rng.choice(["TU", "WE,FR", "SA"]),
                          "opens_at": "10:00", "closes_at": "12:00"}
                ],
                "languages": [{"name": "English", "code": "en"}],
                "service_at_locations": [{"location": {
                    "name": f"{area} Community Centre",
                    "latitude": 53.8 + rng.uniform(-0.1, 0.1),
                    "longitude": -1.55 + rng.uniform(-0.1, 0.1),
                    "addresses": [{"address_1": f"{i} High Street", "city": area,
                                   "postal_code": f"LS{rng.randint(1, 28)} 1AA"}],
                    "accessibility": [{"description": "Step-free entrance"}],
                }}],
                "attributes": [{"taxonomy_term": {"name": category}}],
            }
        )  # fmt: skip
    return {"total_items": count, "contents": contents}


def write_linkdesk_csv(path: Path, rows: int, seed: int = 11) -> None:
    """A LinkDesk CSV of ``rows`` services, as a coordinator's spreadsheet would hold them."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(HEADER)
        for i in range(rows):
            name, category = rng.choice(_KINDS)
            area = rng.choice(_AREAS)
            row = {
                "name": f"{area} {name} {i}",
                "organisation": f"{area} Community Trust",
                "description": f"{name} in {area}. Friendly volunteers, tea and biscuits.",
                "categories": category,
                "address": f"{area} Community Centre\n{i} High Street\n{area}",
                "postcode": f"LS{rng.randint(1, 28)} {rng.randint(1, 9)}AB",
                "area": area,
                "phone": f"0113 496 {i % 10000:04d}",
                "email": f"group{i}@example.org",
                "schedule": "Tuesdays 10am to 12pm",
                "days": rng.choice(["Tue", "Mon;Wed", "Sat"]),
                "schedule_rules": "FREQ=MONTHLY;BYDAY=1MO;OPENS=14:00;CLOSES=16:00"
                if i % 4 == 0
                else "",
                "cost": rng.choice(["Free", "£2 a session"]),
                "last_checked": rng.choice(["2025-10-01", "14/08/2025", "45883"]),
                "source_id": f"row-{i}",
            }
            writer.writerow([row.get(key, "") for key in HEADER])


def _peak_rss_mb() -> float:
    return memory.peak_rss_mb()  # this process's own (support/memory.py says why)


def import_in_this_process(source: str, workspace: str) -> dict[str, float]:
    """Import ``source`` into a new workspace here; seconds, count and this process's peak."""
    from linkdesk.services.app_services import AppServices
    from linkdesk.store.workspace import Workspace

    def cpu_now() -> float:  # this process's CPU and its ended children's: a large source
        t = os.times()  # is parsed in a child process (directory/child_reader.py)
        return t.user + t.system + t.children_user + t.children_system

    with Workspace.create(Path(workspace), PASSPHRASE) as ws:
        started, cpu = time.perf_counter(), cpu_now()
        report = AppServices(ws).directory.import_sources([Path(source)])
        seconds, cpu = time.perf_counter() - started, cpu_now() - cpu
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # the same on a busy machine: CPU time, not waiting
        "added": report.added,
        "peak_mb": _peak_rss_mb(),
    }


def _import_in_child(source: Path, workspace: Path) -> dict[str, float]:
    code = (
        "import json, sys; from linkdesk.services.bench_directory import import_in_this_process;"
        " print(json.dumps(import_in_this_process(sys.argv[1], sys.argv[2])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(source), str(workspace)],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ),
    )
    if done.returncode != 0:
        raise RuntimeError(f"the directory import benchmark failed: {done.stderr.strip()[-400:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(services: int = 5000, rows: int = 100_000) -> dict[str, float]:
    """The figures, keyed with their units (see docs/benchmarks.md)."""
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="linkdesk-bench-dir-") as tmp:
        folder = Path(tmp)
        page = folder / "services.json"
        page.write_text(json.dumps(oruk_page(services)), encoding="utf-8")
        got = _import_in_child(page, folder / "json.linkdesk")
        figures[f"directory_import_{services}_s"] = got["seconds"]
        figures[f"directory_import_{services}_cpu_s"] = got["cpu_seconds"]
        figures[f"directory_import_{services}_peak_mb"] = got["peak_mb"]
        sheet = folder / "directory.csv"
        write_linkdesk_csv(sheet, rows)
        label = f"{rows // 1000}k" if rows % 1000 == 0 else str(rows)
        figures[f"directory_csv_{label}_mb"] = round(sheet.stat().st_size / 2**20, 1)
        got = _import_in_child(sheet, folder / "csv.linkdesk")
        if got["added"] != rows:
            raise RuntimeError(f"the CSV benchmark imported {got['added']} of {rows} rows")
        figures[f"directory_csv_{label}_s"] = got["seconds"]
        figures[f"directory_csv_{label}_cpu_s"] = got["cpu_seconds"]
        figures[f"directory_csv_{label}_peak_mb"] = got["peak_mb"]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=5000)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    print(json.dumps(measure(args.services, args.rows), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
