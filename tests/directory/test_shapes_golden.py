"""Every document shape and spreadsheet form, checked against its golden report.

The fixtures in tests/fixtures/shapes and tests/fixtures/sheets are made up, shaped like the
examples published with the HSDS 3.0 specification, the Open Referral UK profile, HSDS 1.x-2.x
data packages, the ORUK 1.x API, and spreadsheets as Excel saves them. Each golden file holds
what the import makes of the fixture (the services, the report lines, or the one-line refusal).

Regenerate after a deliberate change with:  LINKDESK_REGENERATE_GOLDEN=1 pytest tests/directory
and read the diff: it is the review.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from linkdesk.directory.batch import ParsedBatch
from linkdesk.directory.sources import read_source
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import Service
from linkdesk.domain.service_schedule import describe

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = FIXTURES / "directory_golden"
TODAY = date(2026, 3, 2)  # a Monday; fixed so "ended" and "next" do not drift
SOURCES = sorted(
    [p for p in (FIXTURES / "shapes").iterdir() if p.suffix == ".json" or p.is_dir()]
    + [p for p in (FIXTURES / "sheets").iterdir()]
    + [p for p in (FIXTURES / "cases").iterdir()]
)


def _service(s: Service) -> dict[str, Any]:
    return {
        "name": s.name,
        "organisation": s.organisation,
        "alert": s.alert,
        "address": s.address.split("\n") if s.address else [],
        "postcode": s.postcode,
        "area": s.area,
        "map": [s.latitude, s.longitude] if s.latitude is not None else None,
        "phone": s.phone,
        "email": s.email,
        "website": s.website,
        "when": describe(s.schedules, TODAY) if s.schedules else s.schedule,
        "days": s.days,
        "attending": s.attending,
        "languages": s.languages,
        "categories": s.categories,
        "cost": s.cost,
        "free": s.is_free,
        "eligibility": s.eligibility,
        "accessibility": s.accessibility,
        "last_checked": s.last_checked_on.isoformat() if s.last_checked_on else None,
        "retired": s.retired,
        "source_id": s.source_id,
    }


def report_of(path: Path) -> dict[str, Any]:
    batch = ParsedBatch()
    try:
        for item in read_source(path, today=TODAY):
            batch.add(item)
    except LinkDeskError as exc:
        return {"refused": str(exc)}
    return {
        "services": [_service(s) for s in batch.services],
        "report": [f"{'rejected' if k.rejected else 'left out'}: {k}" for k in batch.skipped],
    }


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_import_matches_golden_report(source: Path) -> None:
    got = report_of(source)
    golden = GOLDEN / f"{source.parent.name}__{source.stem}.json"
    text = json.dumps(got, indent=1, ensure_ascii=False) + "\n"
    if os.environ.get("LINKDESK_REGENERATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_fixture_has_a_golden_report() -> None:
    expected = {f"{p.parent.name}__{p.stem}.json" for p in SOURCES}
    assert {p.name for p in GOLDEN.iterdir()} == expected
