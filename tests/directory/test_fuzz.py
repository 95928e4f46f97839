"""Fuzzed imports: whatever the bytes, an importer returns a batch or a one-line LinkDeskError."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from linkdesk.directory.csv_package import TABLES
from linkdesk.directory.dates import parse_date
from linkdesk.directory.json_source import parse_json_text
from linkdesk.directory.linkdesk_csv import HEADER
from linkdesk.directory.normalise import read_days
from linkdesk.directory.schedules import parse_schedule
from linkdesk.directory.sources import parse_source
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.service_schedule import describe, next_date, words

KEYS = [
    "id", "name", "description", "organization", "service_at_locations", "location",
    "addresses", "physical_addresses", "latitude", "longitude", "schedules", "regular_schedules",
    "byday", "weekday", "opens_at", "closes_at", "cost_options", "amount", "attributes",
    "taxonomy_term", "service_taxonomys", "taxonomy", "phones", "number", "contacts", "email",
    "accessibility", "accessibility_for_disabilities", "eligibilitys", "minimum_age",
    "assured_date", "status", "contents", "postal_code", "fees", "categories",
    # shapes and fields added for real publishers' data
    "service", "location", "services", "content", "items", "services.csv", "locations.csv",
    "service_at_location.csv", "phones.csv", "schedules.csv", "alert", "languages", "language",
    "code", "freq", "interval", "bymonthday", "valid_from", "valid_to", "dtstart", "until",
    "count", "attending_type", "weekday", "location_type", "website", "legal_status",
    "taxonomy_detail", "openapi_url", "version", "profile", "resources", "url", "extension",
]  # fmt: skip
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["MO,TU", "25:99", "2025-13-45", "<b>x</b>&amp;", "NaN", "-91", "£5"]),
    st.sampled_from(
        [
            "1MO",
            "-1FR",
            "9MO",
            "0",
            "MONTHLY",
            "WEEKLY",
            "DAILY",
            "YEARLY",
            "2pm",
            "45883",
            "31/02/2025",
            "3/9/25",
            "a at b dot c",
            "a@b.c; d@e.f",
            "pl",
        ]
    ),
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


SCHEDULE_KEYS = ["freq", "interval", "byday", "bymonthday", "weekday", "opens_at", "closes_at",
                 "valid_from", "valid_to", "dtstart", "until", "count", "description"]  # fmt: skip


@FAST
@given(st.dictionaries(st.sampled_from(SCHEDULE_KEYS), scalars, max_size=8), st.dates())
@example({"byday": "MO"}, date(1, 1, 1))  # found by this test: no week before year 1
def test_schedules_never_crash(raw: dict[str, object], today: date) -> None:
    schedule, notes = parse_schedule(raw)
    assert all(isinstance(n, str) and "\n" not in n for n in notes)
    if schedule is not None:
        assert all(0 <= d <= 6 for d in schedule.days)
        assert isinstance(words(schedule), str)
        describe([schedule], today)
        found = next_date(schedule, today)
        assert found is None or found >= today


@FAST
@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=True)))
def test_dates_and_days_never_crash(value: object) -> None:
    found, problem = parse_date(value)
    assert found is None or isinstance(found, date)
    assert found is None or problem == ""
    days, _ = read_days(value)
    assert all(0 <= d <= 6 for d in days)


TABLE_FILES = sorted({name for names in TABLES.values() for name in names})
COLUMNS = ["id", "name", "service_id", "location_id", "organization_id", "contact_id",
           "phone_id", "service_at_location_id", "taxonomy_term_id", "taxonomy_id", "link_id",
           "number", "address_1", "postal_code", "byday", "weekday", "freq", "opens_at",
           "language", "code", "valid_to", "latitude"]  # fmt: skip
ids = st.sampled_from(["1", "2", "3", ""])


@FAST
@given(
    st.lists(
        st.tuples(
            st.sampled_from(TABLE_FILES),
            st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=6, unique=True),
            st.lists(st.lists(st.one_of(ids, cells), max_size=6), max_size=4),
        ),
        max_size=6,
    ),
    st.sampled_from([",", ";", "\t"]),
)
def test_packages_of_any_version_never_crash(
    tables: list[tuple[str, list[str], list[list[str]]]], delimiter: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "services.csv").write_text("id,name,organization_id\n1,A,1\n2,B,9\n", "utf-8")
        for name, header, rows in tables:
            if name in ("services", "service"):
                continue
            lines = [delimiter.join(header)] + [delimiter.join(r) for r in rows]
            (folder / f"{name}.csv").write_text("\n".join(lines), "utf-8", errors="replace")
        _check(lambda: parse_source(folder))


@FAST
@given(st.dictionaries(st.sampled_from(["services.csv", "locations.csv", "phones.csv",
                                        "service_at_location.csv", "x.csv"]),
                       st.lists(json_values, max_size=3), max_size=4))  # fmt: skip
def test_tabular_json_never_crashes(document: dict[str, list[object]]) -> None:
    text = json.dumps(document, allow_nan=True)
    _check(lambda: parse_json_text(text, "tabular.json"))
