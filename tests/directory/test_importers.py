from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from linkdesk.directory.json_source import parse_json_text
from linkdesk.directory.normalise import clean, parse_days, strip_html
from linkdesk.directory.sources import parse_source
from linkdesk.domain.enums import ServiceSource
from linkdesk.domain.errors import LinkDeskError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "oruk"


def by_name(batch):  # type: ignore[no-untyped-def]
    return {s.name: s for s in batch.services}


def test_single_hsds3_service_maps_every_field() -> None:
    (s,) = parse_source(FIXTURES / "service.json").services
    assert s.name == "Leeds Walking for Health"
    assert s.organisation == "Leeds Active Communities"
    assert s.description == (
        "Friendly short walks led by trained volunteers & open to all.\n\nNo need to book."
    )
    assert s.categories == ["walking groups", "tai chi in the park"]  # unknown term kept
    assert (s.address, s.postcode, s.area) == (
        "Roundhay Park\nMansion Lane\nLeeds",
        "LS8 2HH",
        "Leeds",
    )
    assert (s.latitude, s.longitude) == (53.8393, -1.4986)
    assert s.phone == "0113 496 0000"
    assert s.email == "walks@example.org"
    assert s.website == "https://example.org/walks"
    assert s.days == [1, 3]
    assert s.schedule == "Tuesday and Thursday, 10am to 11:30am (Meet at the park gates)"
    assert s.is_free
    assert "Ages 18 and over" in s.eligibility
    assert s.accessibility.startswith("Step-free routes")
    assert s.how_to_get_there == "Bus 2 or 12 to Roundhay Park"
    assert (s.source, s.source_id) == (ServiceSource.OPEN_REFERRAL, "svc-001")
    assert s.last_checked_on == date(2025, 9, 1)


def test_list_page_skips_bad_items_and_drops_bad_coordinates_with_reason() -> None:
    batch = parse_source(FIXTURES / "list_page.json")
    services = by_name(batch)
    assert set(services) == {"Chapeltown Food Bank", "Money Matters Debt Advice", "Art Together"}
    food = services["Chapeltown Food Bank"]
    assert food.latitude is None
    assert food.longitude is None
    assert "<" not in food.description
    assert "alert" not in food.description
    assert food.categories == ["food"]
    assert food.days == [4]
    assert food.is_free
    assert food.accessibility == "Wheelchair access by the side door"
    reasons = [str(s) for s in batch.skipped]
    assert any("Chapeltown Food Bank" in r and "out of range" in r for r in reasons)
    assert any("no name" in r for r in reasons)
    assert any("not a service object" in r for r in reasons)
    debt = services["Money Matters Debt Advice"]
    assert debt.categories == ["debt and benefits advice", "unicycling"]
    assert debt.phone == "0800 000 1234"
    assert debt.eligibility == "Leeds residents"
    art = services["Art Together"]
    assert not art.is_free
    assert art.description == "Weekly art & craft group. £3 a session."


def test_plain_json_array_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('[{"id": "1", "name": "One"}, {"id": "2", "name": "Two"}]', encoding="utf-8")
    assert [s.name for s in parse_source(path).services] == ["One", "Two"]


def test_csv_package_is_joined_by_id() -> None:
    batch = parse_source(FIXTURES / "package")
    services = by_name(batch)
    assert set(services) == {"Carers Cafe", "Job Club"}
    cafe = services["Carers Cafe"]
    assert cafe.organisation == "Carers Leeds"
    assert cafe.description == ("A monthly cafe for unpaid carers.")
    assert cafe.postcode == "LS1 6DT"
    assert cafe.phone == "0113 111 2222"
    assert cafe.days == [2]
    assert cafe.categories == ["carers support"]
    assert cafe.accessibility == "Level access and a lift"
    job = services["Job Club"]
    assert job.days == [0, 4]
    assert job.phone == "0113 333 4444"
    assert job.categories == ["employment", "pottery wheel hire"]
    assert job.latitude is None
    assert any("Job Club" in str(s) for s in batch.skipped)


def test_linkdesk_csv_reads_bom_and_rows() -> None:
    batch = parse_source(FIXTURES / "linkdesk.csv")
    services = by_name(batch)
    knit = services["Knit and Natter"]
    assert knit.categories == ["social groups", "arts and crafts"]
    assert knit.postcode == "LS6 1AA"
    assert knit.days == [3]
    assert knit.is_free
    assert knit.source == ServiceSource.CSV
    assert knit.source_id.startswith("auto:")
    assert services["Garden Share"].latitude is None
    assert sum(1 for s in batch.skipped if s.rejected) == 1


def test_windows_1252_csv_from_excel(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("name,cost\r\nCafé Club,£2 – a session\r\n".encode("cp1252"))
    (s,) = parse_source(path).services
    assert s.name == "Café Club"
    assert s.cost == "£2 – a session"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", b'{"name": ', "is not valid JSON"),
        ("nested.json", b"[" * 100000, "nested too deeply"),
        ("odd.json", b'"just a string"', "does not look like Open Referral"),
        ("binary.json", b"\x00\x01\x02PNG\x00" * 50, "not a text file"),
        ("binary.csv", b"name\n\x00\x00\x00", "not a text file"),
        ("latin.json", b'{"name": "caf\xe9"}', "not UTF-8"),
        ("words.txt", b"hello", "has no 'name' column"),
        ("sheet.xlsx", b"PK\x03\x04", "save it as CSV"),
        ("table.csv", b"id,organization_id,name\n1,2,x\n", "one table of an Open Referral"),
        # Valid JSON that yajl cannot hold: said as such, not "a value such as NaN".
        ("big.json", b'{"name": "A", "id": 99999999999999999999999}', "number too large"),
        ("far.json", b'[{"name": "A", "latitude": 1e999}]', "number too large"),
    ],
)
def test_malformed_input_is_one_line_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LinkDeskError, match=message) as info:
        parse_source(path)
    assert "\n" not in str(info.value)


def test_folder_with_nothing_recognised(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hi", encoding="utf-8")
    with pytest.raises(LinkDeskError, match="no files LinkDesk can import"):
        parse_source(tmp_path)


def test_missing_path() -> None:
    with pytest.raises(LinkDeskError, match="There is no file"):
        parse_source(Path("/nonexistent/file.json"))


def test_huge_binary_file_is_refused_from_its_first_bytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB without using the disk
    with pytest.raises(LinkDeskError, match="not a text file"):
        parse_source(path)
    assert os.path.getsize(path) == 100 * 1024 * 1024


def test_html_and_cleaning_helpers() -> None:
    assert strip_html("<p>A &amp; B</p><style>x{}</style><p>C&nbsp;D</p>").split() == [
        "A", "&", "B", "C", "D"
    ]  # fmt: skip
    assert len(clean("x" * 10000, 300)) == 300
    assert clean("bell\x07 and\ttab") == "bell and tab"
    assert parse_days("MO,WE,1FR") == [0, 2, 4]
    assert parse_days(["Sunday", "sat"]) == [5, 6]
    assert parse_days(7) == [6]


def test_long_description_is_capped() -> None:
    batch = parse_json_text('{"id": "1", "name": "A", "description": "' + "y" * 50000 + '"}', "t")
    assert len(batch.services[0].description) == 4000
