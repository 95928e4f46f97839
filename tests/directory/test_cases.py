"""The shared fault cases (tests/fixtures/cases, from shared/cases/directory), each imported
into a real workspace, with the right result from shared/cases/README.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.service_schedule import describe
from linkdesk.services.app_services import AppServices

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def _names(services: AppServices) -> dict[str, object]:
    return {s.name: s for s in services._repos.services.find()}


def test_european_excel_csv_semicolons_and_windows_1252(services: AppServices) -> None:
    report = services.directory.import_sources([CASES / "semicolon-cp1252.csv"])
    assert (report.added, report.rejected, report.skipped) == (2, 0, [])
    found = {s.name: s for s in services._repos.services.find()}
    cafe = found["Chwarae Teg Play Café"]
    assert cafe.cost == "£1 a family"
    assert cafe.description == "Play and a cuppa – parents welcome"
    assert cafe.last_checked_on == date(2026, 2, 3)  # 03/02/2026 is 3 February
    assert found["Seated Yoga"].last_checked_on == date(2026, 1, 15)


def test_excel_unicode_text_utf16_tabs_txt(services: AppServices) -> None:
    report = services.directory.import_sources([CASES / "excel-unicode-text.txt"])
    assert report.added == 2
    found = {s.name: s for s in services._repos.services.find()}
    assert set(found) == {"Zdrowa Głowa", "Men's Shed"}
    assert found["Zdrowa Głowa"].description == "Wellbeing café in Polish and English"


def test_excel_date_forms_are_all_read(services: AppServices) -> None:
    report = services.directory.import_sources([CASES / "excel-dates.csv"])
    assert report.added == 4
    assert report.skipped == []  # none silently dropped, none dropped at all
    checked = {s.source_id: s.last_checked_on for s in services._repos.services.find()}
    assert checked == {
        "e1": date(2025, 8, 14),
        "e2": date(2025, 9, 3),
        "e3": date(2025, 8, 14),
        "e4": date(2025, 8, 14),
    }


def test_one_malformed_email_keeps_the_service(services: AppServices) -> None:
    report = services.directory.import_sources([CASES / "service-bad-email.json"])
    assert (report.added, report.rejected, report.fields_dropped) == (1, 0, 1)
    (service,) = services._repos.services.find()
    assert service.name == "Thursday Friendship Lunch"
    assert service.email == ""
    assert service.website == "https://example.org/lunch"
    (line,) = report.skipped
    assert "email" in line.reason
    assert "friendshiplunch at example dot org" in line.reason
    assert not line.rejected


def test_service_at_location_page_brings_its_place(services: AppServices) -> None:
    report = services.directory.import_sources([CASES / "service-at-location-page.json"])
    assert report.added == 1
    (service,) = services._repos.services.find()
    assert service.name == "Walk and Talk Group"
    assert service.address.split("\n")[0] == "Lakeside Park gates"
    assert service.postcode == "EX1 2PQ"
    assert service.source_id == "5a0e0000-0000-4000-8000-0000000000b1"  # the service's own id


def test_a_list_of_organisations_is_refused_in_one_line(services: AppServices) -> None:
    with pytest.raises(LinkDeskError) as info:
        services.directory.import_sources([CASES / "organisation-list.json"])
    assert str(info.value) == (
        "organisation-list.json is a list of organisations; it holds no services."
    )
    assert services._repos.services.count() == 0


def test_rrule_schedules_read_and_filtered(services: AppServices) -> None:
    services.directory.import_sources([CASES / "service-schedules.json"])
    (service,) = services._repos.services.find()
    lines = [line.lower() for line in describe(service.schedules, date(2026, 3, 3))]
    assert lines == [
        "first monday of the month, 2pm to 4pm; next monday 6 april",  # 3 March is a Tuesday
        "every other wednesday, 10am to 11:30am",  # no start date: which weeks is not known
    ]
    assert all("friday" not in line for line in lines)  # ended in 2019: not current
    assert "Friday" not in service.schedule
    on = {day: bool(services.directory.search(day=day)) for day in range(7)}
    assert on == {0: True, 1: False, 2: True, 3: False, 4: False, 5: False, 6: False}
