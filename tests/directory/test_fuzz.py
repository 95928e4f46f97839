"""Fuzzed imports: whatever the bytes, an importer returns a batch or a one-line LinkDeskError."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkdesk.directory.json_source import parse_json_text
from linkdesk.directory.linkdesk_csv import HEADER
from linkdesk.directory.sources import parse_source
from linkdesk.domain.errors import LinkDeskError

KEYS = [
    "id", "name", "description", "organization", "service_at_locations", "location",
    "addresses", "physical_addresses", "latitude", "longitude", "schedules", "regular_schedules",
    "byday", "weekday", "opens_at", "closes_at", "cost_options", "amount", "attributes",
    "taxonomy_term", "service_taxonomys", "taxonomy", "phones", "number", "contacts", "email",
    "accessibility", "accessibility_for_disabilities", "eligibilitys", "minimum_age",
    "assured_date", "status", "contents", "postal_code", "fees", "categories",
]  # fmt: skip
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["MO,TU", "25:99", "2025-13-45", "<b>x</b>&amp;", "NaN", "-91", "£5"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), inner, max_size=6),
    ),
    max_leaves=40,
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(run) -> None:  # type: ignore[no-untyped-def]
    try:
        batch = run()
    except LinkDeskError as exc:
        message = str(exc)
    else:
        message = ""
    if message:
        assert "\n" not in message
        return
    for service in batch.services:
        assert service.name
        assert len(service.name) <= 300
        assert service.latitude is None or -90 <= service.latitude <= 90
        assert service.longitude is None or -180 <= service.longitude <= 180
        assert all(0 <= d <= 6 for d in service.days)


@FAST
@given(json_values)
def test_json_importer_never_crashes(document: object) -> None:
    text = json.dumps(document, allow_nan=True)
    _check(lambda: parse_json_text(text, "fuzz.json"))


@FAST
@given(st.binary(max_size=300))
def test_json_bytes_never_crash(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.json"
        path.write_bytes(data)
        _check(lambda: parse_source(path))


cells = st.one_of(
    st.text(max_size=20),
    st.sampled_from(['"', '""', "\r\n", ",", "=1+1", "200", "-1.5", "yes", "Mon;Fri", "\x00"]),
)


@FAST
@given(
    st.lists(st.sampled_from([*HEADER, "organization_id", "x"]), min_size=1, max_size=8),
    st.lists(st.lists(cells, max_size=8), max_size=5),
    st.sampled_from(["utf-8", "cp1252", "utf-16"]),
)
def test_linkdesk_csv_never_crashes(header: list[str], rows: list[list[str]], enc: str) -> None:
    text = "\r\n".join(",".join(r) for r in [header, *rows])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.csv"
        path.write_bytes(text.encode(enc, errors="replace"))
        _check(lambda: parse_source(path))


@FAST
@given(st.text(max_size=200), st.text(max_size=200), st.binary(max_size=100))
def test_csv_package_never_crashes(services: str, locations: str, schedules: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "services.csv").write_text("id,name,organization_id\n" + services, "utf-8")
        (folder / "locations.csv").write_text("id,latitude,longitude\n" + locations, "utf-8")
        (folder / "schedules.csv").write_bytes(b"service_id,byday,opens_at\n" + schedules)
        (folder / "service_at_location.csv").write_text("service_id,location_id\n1,1\n", "utf-8")
        _check(lambda: parse_source(folder))
