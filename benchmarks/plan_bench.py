"""Plan PDF build time: median over ~50 builds of a realistic plan (target: < 150 ms).

Run: python benchmarks/plan_bench.py [--runs N] [--json]
Times PlanService.build_pdf end to end (reading the record from an encrypted workspace and
building the PDF in memory), for the regular, large-print and easy-read plans.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.plan.people

from tests.plan.people import make_person  # noqa: E402

from linkdesk.services.app_services import AppServices  # noqa: E402
from linkdesk.store.workspace import Workspace  # noqa: E402


def measure(services: AppServices, person_id: str, runs: int, **options: bool) -> list[float]:
    services.plans.build_pdf(person_id, **options)  # warm-up: fonts registered once per process
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        services.plans.build_pdf(person_id, **options)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        with Workspace.create(Path(folder) / "bench.linkdesk", "benchmark passphrase") as ws:
            services = AppServices(ws)
            settings = services.settings.current
            settings.worker_name = "Sam Patel"
            settings.worker_phone = "01873 555 900"
            settings.organisation = "Monmouthshire Social Prescribing Service"
            services.settings.save(settings)
            pid = make_person(services)
            figures: dict[str, float] = {}
            for label, options in (
                ("plan_pdf", {}),
                ("plan_pdf_large_print", {"large_print": True}),
                ("plan_pdf_easy_read", {"easy_read": True}),
            ):
                times = measure(services, pid, args.runs, **options)
                figures[f"{label}_median_ms"] = round(statistics.median(times), 1)
                figures[f"{label}_p95_ms"] = round(sorted(times)[int(len(times) * 0.95) - 1], 1)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:36} {value:8.1f}")
        verdict = "OK" if figures["plan_pdf_median_ms"] < 150 else "TOO SLOW"
        print(f"plan PDF median {figures['plan_pdf_median_ms']} ms (target < 150 ms): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
