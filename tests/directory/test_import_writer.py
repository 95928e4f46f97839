"""The import as a whole: all or nothing, duplicates, batches, progress, cancelling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkdesk.directory.batch import Skipped
from linkdesk.domain.errors import LinkDeskError
from linkdesk.services import directory_import
from linkdesk.services.app_services import AppServices

SHAPES = Path(__file__).resolve().parents[1] / "fixtures" / "shapes"


def _page(path: Path, count: int, start: int = 0) -> Path:
    items = [{"id": f"s{i}", "name": f"Group {i}", "status": "active"} for i in range(start, count)]
    path.write_text(json.dumps({"contents": items}), encoding="utf-8")
    return path


def test_a_bad_source_after_a_good_one_changes_nothing(
    services: AppServices, tmp_path: Path
) -> None:
    good = _page(tmp_path / "good.json", 1200)  # more than two write batches
    bad = tmp_path / "bad.json"
    bad.write_text('{"contents": [{"id": "x", "name": "Y"}, ', encoding="utf-8")
    with pytest.raises(LinkDeskError, match="ends too early"):
        services.directory.import_sources([good, bad])
    assert services._repos.services.count() == 0


def test_refused_shape_among_sources_changes_nothing(services: AppServices, tmp_path: Path) -> None:
    good = _page(tmp_path / "good.json", 3)
    with pytest.raises(LinkDeskError, match="is a location; it holds no services"):
        services.directory.import_sources([good, SHAPES / "location.json"])
    assert services._repos.services.count() == 0


def test_ids_repeated_keep_the_first_and_say_where_the_other_was(
    services: AppServices,
) -> None:
    report = services.directory.import_sources([SHAPES / "service_at_location_list.json"])
    assert report.added == 2
    (line,) = [s for s in report.skipped if "appears twice" in s.reason]
    assert line.item == "Oakley Singing for the Brain"
    assert "Oakley Library, 2 Mill Street, Oakley, B13 4EF" in line.reason


def test_reimport_updates_in_batches_and_reports_progress(
    services: AppServices, tmp_path: Path
) -> None:
    source = _page(tmp_path / "page.json", 1300)
    steps: list[tuple[int, int]] = []
    first = services.directory.import_sources([source], progress=lambda d, t: steps.append((d, t)))
    assert first.added == 1300
    assert steps[0] == (0, 0)
    assert steps[-1] == (1300, 1300)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    assert all(t >= d for d, t in steps)
    again = services.directory.import_sources([source])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1300)


def test_cancel_from_progress_rolls_everything_back(services: AppServices, tmp_path: Path) -> None:
    source = _page(tmp_path / "page.json", 1300)

    def cancel(done: int, total: int) -> None:
        if done >= 500:
            raise LinkDeskError("Import cancelled: nothing was changed.")

    with pytest.raises(LinkDeskError, match="cancelled"):
        services.directory.import_sources([source], progress=cancel)
    assert services._repos.services.count() == 0


def test_report_lines_are_capped_and_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(directory_import, "MAX_REPORTED", 3)
    report = directory_import.ImportReport()
    for i in range(5):
        report.note(Skipped(f"row {i}", "the email 'x' is not an email address", rejected=False))
    report.note(Skipped("row 9", "it has no name"))
    assert len(report.skipped) == 3
    assert report.not_listed == 3
    assert (report.rejected, report.fields_dropped) == (1, 5)
    assert report.summary().endswith("1 rejected, 5 values left out")


def test_alert_languages_attending_and_schedules_are_stored(services: AppServices) -> None:
    services.directory.import_sources([SHAPES / "service_full.json"])
    (service,) = services._repos.services.find()
    assert service.alert.startswith("The workshop is closed for repairs")
    assert service.languages == ["English", "Polish", "Urdu", "Punjabi"]
    assert service.attending == ["in person", "online"]
    assert len(service.schedules) == 4  # the ended Saturday one kept, not shown as current
    assert service.address.split("\n")[:2] == ["Brookfield Community Hub", "12 Green Lane"]
    assert services.directory.search("punjabi")[0].id == service.id  # languages are searchable
