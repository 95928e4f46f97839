"""The LinkDesk CSV export: golden file, and export -> import changes nothing."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkdesk.directory.linkdesk_csv import parse_linkdesk_csv, to_csv_bytes
from linkdesk.directory.sources import parse_source
from linkdesk.domain.models import Service
from linkdesk.services.app_services import AppServices
from linkdesk.services.directory import IMPORTED_FIELDS, validate_service

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "oruk"
GOLDEN = FIXTURES / "golden_export.csv"


def test_export_matches_golden_file(services: AppServices, tmp_path: Path) -> None:
    services.directory.import_sources([FIXTURES / "service.json", FIXTURES / "list_page.json"])
    dest = tmp_path / "out.csv"
    services.directory.export_csv(dest)
    assert dest.read_bytes() == GOLDEN.read_bytes()


# Text a worker might type; '<' and '&' are left out because the CSV import reads HTML.
typed = st.text(
    alphabet=string.ascii_letters + string.digits + " '=+-@£é,;.:\"()/\t",
    max_size=40,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=typed.filter(lambda t: t.strip()),
    organisation=typed,
    description=typed,
    phone=typed,
    cost=typed,
    free=st.booleans(),
    days=st.lists(st.integers(0, 6), max_size=7),
    categories=st.lists(typed.filter(lambda t: ";" not in t), max_size=3),
)
def test_export_then_import_gives_the_same_service(
    name: str,
    organisation: str,
    description: str,
    phone: str,
    cost: str,
    free: bool,
    days: list[int],
    categories: list[str],
) -> None:
    service = validate_service(
        Service(
            name=name,
            organisation=organisation,
            description=description,
            phone=phone,
            cost=cost,
            is_free=free,
            days=days,
            categories=categories,
        )
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.csv"
        path.write_bytes(to_csv_bytes([service]))
        (back,) = parse_linkdesk_csv(path).services
    validate_service(back)
    for field in IMPORTED_FIELDS:
        if field not in ("source", "source_id"):
            assert getattr(back, field) == getattr(service, field), field
    assert back.source_id == service.id  # a manual service is matched by its own id


def test_golden_file_imports_back() -> None:
    assert len(parse_source(GOLDEN).services) == 4
