from __future__ import annotations

import csv
import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.errors import LinkDeskError, ValidationError
from linkdesk.domain.models import Service
from linkdesk.services.app_services import AppServices
from tests.fixtures.sample_services import demo_services

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "oruk"
ALL = [FIXTURES / n for n in ("service.json", "list_page.json", "package", "linkdesk.csv")]


def names(services: list[Service]) -> list[str]:
    return [s.name for s in services]


def test_import_counts_and_reimport_is_idempotent_keeping_notes(services: AppServices) -> None:
    directory = services.directory
    steps: list[tuple[int, int]] = []
    report = directory.import_sources(ALL, progress=lambda d, n: steps.append((d, n)))
    assert (report.added, report.updated, report.unchanged, report.rejected) == (8, 0, 0, 4)
    assert steps[-1] == (8, 8)
    walk = directory.search("leeds walking")[0]
    directory.save_notes(walk.id, "Ask for Jo at the gate.")
    directory.mark_checked(walk.id, date(2026, 1, 5))

    again = directory.import_sources(ALL)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 8)
    assert services._repos.services.count() == 8
    kept = directory.get(walk.id)
    assert kept.worker_notes == "Ask for Jo at the gate."
    assert kept.last_checked_on == date(2026, 1, 5)  # newer than the source's assured date


def test_changed_source_updates_in_place(services: AppServices, tmp_path: Path) -> None:
    source = tmp_path / "one.json"
    data = json.loads((FIXTURES / "service.json").read_text(encoding="utf-8"))
    source.write_text(json.dumps(data), encoding="utf-8")
    services.directory.import_sources([source])
    first = services.directory.search("walking")[0]
    services.directory.save_notes(first.id, "my note")
    data["name"] = "Leeds Walking for Health (new name)"
    source.write_text(json.dumps(data), encoding="utf-8")
    report = services.directory.import_sources([source])
    assert (report.added, report.updated) == (0, 1)
    (now,) = services._repos.services.find()
    assert now.id == first.id
    assert now.name.endswith("(new name)")
    assert now.worker_notes == "my note"


def test_all_or_nothing_when_one_source_is_bad(services: AppServices, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    audit_before = len(services._audit.entries())
    with pytest.raises(LinkDeskError, match="not valid JSON"):
        services.directory.import_sources([FIXTURES / "service.json", bad])
    assert services._repos.services.count() == 0
    assert len(services._audit.entries()) == audit_before


def test_all_or_nothing_when_writing_fails(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.directory.import_sources([FIXTURES / "service.json"])

    def explode(*args: object, **kwargs: object) -> None:
        raise LinkDeskError("disk trouble")

    monkeypatch.setattr(services.directory.audit, "record", explode)
    with pytest.raises(LinkDeskError, match="disk trouble"):
        services.directory.import_sources([FIXTURES / "list_page.json"])
    assert names(services._repos.services.find()) == ["Leeds Walking for Health"]


def test_import_audit_has_counts_only(services: AppServices) -> None:
    services.directory.import_sources([FIXTURES / "list_page.json"])
    entry = services._audit.entries()[-1]
    assert entry.action == "imported"
    assert entry.detail == "added=3 updated=0 unchanged=0 rejected=2"
    assert services._audit.verify() is None


def test_services_written_from_elsewhere_are_audited_with_counts_only(
    services: AppServices,
) -> None:
    made = demo_services(seed=3, today=date(2026, 1, 5))
    steps: list[tuple[int, int]] = []
    services.directory.import_services(made, progress=lambda d, n: steps.append((d, n)))
    assert steps[-1] == (len(made), len(made))  # the final count, told once all is written
    entry = services._audit.entries()[-1]
    assert entry.action == "imported"
    assert entry.detail == f"added={len(made)} updated=0 unchanged=0 rejected=0"
    services.directory.import_services(demo_services(seed=3, today=date(2026, 1, 5)))
    entry = services._audit.entries()[-1]
    assert entry.detail == f"added=0 updated=0 unchanged={len(made)} rejected=0"
    assert services._audit.verify() is None


def test_duplicate_ids_in_one_import(services: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_text('[{"id": "x", "name": "A"}, {"id": "x", "name": "B"}]', encoding="utf-8")
    report = services.directory.import_sources([path])
    assert (report.added, report.rejected) == (1, 1)
    assert "appears twice" in str(report.skipped[0])


def test_export_neutralises_formulas_and_round_trips(services: AppServices, tmp_path: Path) -> None:
    services.directory.save(
        Service(name='=HYPERLINK("http://x")', description="+cmd|' /C calc'!A0", phone="-1"),
        new=True,
    )
    services.directory.import_sources([FIXTURES / "service.json"])
    dest = tmp_path / "out.csv"
    assert services.directory.export_csv(dest) == 2
    with dest.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    evil = next(r for r in rows if "HYPERLINK" in r["name"])
    assert evil["name"].startswith("'=")
    assert evil["description"].startswith("'+")
    assert evil["phone"] == "'-1"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    # Importing our own export changes nothing: every row matches the service it came from.
    report = services.directory.import_sources([dest])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
    assert services._repos.services.count() == 2


def test_export_to_missing_folder_is_one_line(services: AppServices, tmp_path: Path) -> None:
    with pytest.raises(LinkDeskError, match="not available"):
        services.directory.export_csv(tmp_path / "gone" / "out.csv")


@pytest.fixture
def demo(services: AppServices) -> AppServices:
    services.directory.import_services(demo_services(seed=3))
    services.directory.import_sources(ALL)
    return services


def test_search_ranks_name_hits_first_and_prefixes(demo: AppServices) -> None:
    found = demo.directory.search("food b")
    assert found
    assert "Food Bank" in found[0].name
    assert demo.directory.search("carers caf")[0].name == "Carers Cafe"
    typed = [names(demo.directory.search(q)) for q in ("k", "kn", "kni", "knit")]
    assert all("Knit and Natter" in t for t in typed)


def test_search_forgives_typos(demo: AppServices) -> None:
    assert any("Walking" in n for n in names(demo.directory.search("walkng")))
    assert any(
        "Befriending" in n or "Friends" in n for n in names(demo.directory.search("befrinding"))
    )
    assert demo.directory.search("carrers caffe")[0].name == "Carers Cafe"
    assert demo.directory.search("zzzzqqq") == []


def test_search_filters(demo: AppServices) -> None:
    d = demo.directory
    assert all("food" in s.categories for s in d.search("", category="Food"))
    assert all(s.is_free for s in d.search("", free_only=True, limit=500))
    wednesday = d.search("", day=2, limit=500)
    assert wednesday
    assert all(2 in s.days for s in wednesday)
    accessible = d.search("", accessible=True, limit=500)
    assert accessible
    assert all("no lift" not in s.accessibility for s in accessible)
    assert all(
        any(w in s.accessibility.lower() for w in ("step-free", "wheelchair", "level", "ramp"))
        for s in accessible
    )
    assert names(d.search("walking", category="food")) == []


def test_retired_services_leave_search(demo: AppServices) -> None:
    cafe = demo.directory.search("carers cafe")[0]
    demo.directory.set_retired(cafe.id)
    assert cafe.id not in [s.id for s in demo.directory.search("carers cafe")]
    assert cafe.id in [s.id for s in demo.directory.search("carers cafe", include_retired=True)]


def test_suggest_for_areas_and_categories(demo: AppServices) -> None:
    money = demo.directory.suggest_for_areas(["money"], limit=5)
    assert len(money) == 5
    assert all({"debt and benefits advice", "food"} & set(s.categories) for s in money)
    assert "debt and benefits advice" in money[0].categories
    lonely_then_money = demo.directory.suggest_for_areas(["loneliness", "money"], limit=60)
    assert "befriending" in lonely_then_money[0].categories
    firsts = [s.categories for s in lonely_then_money]
    befriending = [i for i, c in enumerate(firsts) if "befriending" in c]
    debt = [i for i, c in enumerate(firsts) if c == ["debt and benefits advice"]]
    assert max(befriending) < min(debt)
    assert "unicycling" in demo.directory.categories()
    assert demo.directory.suggest_for_areas(["no-such-area"]) == []


def test_save_validates(services: AppServices) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        services.directory.save(Service(name="  "), new=True)
    with pytest.raises(ValidationError, match="map position"):
        services.directory.save(Service(name="X", latitude=91, longitude=0), new=True)
    with pytest.raises(ValidationError, match="email"):
        services.directory.save(Service(name="X", email="nope"), new=True)


def test_package_copy_with_windows_names(services: AppServices, tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    shutil.copytree(FIXTURES / "package", folder)
    (folder / "addresses.csv").rename(folder / "physical_addresses.csv")
    report = services.directory.import_sources([folder])
    assert report.added == 2
    assert demo_postcode(services) == {"LS1 6DT", "LS1 3AB"}


def demo_postcode(services: AppServices) -> set[str]:
    return {s.postcode for s in services._repos.services.find()}


def test_cancel_from_progress_rolls_back(services: AppServices) -> None:
    def cancel(done: int, total: int) -> None:
        if total:
            raise LinkDeskError("Import cancelled: nothing was changed.")

    with pytest.raises(LinkDeskError, match="cancelled"):
        services.directory.import_sources(ALL, progress=cancel)
    assert services._repos.services.count() == 0


def test_any_typed_text_is_a_safe_query(services: AppServices) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    services.directory.import_services(demo_services(seed=4))

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(max_size=30), st.sampled_from([None, "food", "x'y"]), st.booleans())
    def search(text: str, category: str | None, free: bool) -> None:
        found = services.directory.search(text, category=category, free_only=free)
        assert len(found) <= 50

    search()
    assert services.directory.search('"NEAR( AND * OR -') == []
    assert services.directory.search("walking OR")  # operators are just words


def test_categories_kept_until_a_service_changes(services: AppServices) -> None:
    """The category list is remembered between calls (issue 15) and follows every change:
    a new category, a service retired, a service edited."""
    d = services.directory
    d.import_services(demo_services(seed=2))
    before = d.categories()
    assert d.categories() == before  # the remembered list
    added = d.save(Service(name="Pottery", categories=["ceramics club"]), new=True)
    assert "ceramics club" in d.categories()
    d.set_retired(added.id, True)
    assert "ceramics club" not in d.categories()
    d.set_retired(added.id, False)
    stored = d.search("Pottery")[0]
    d.save(replace(stored, categories=["kiln group"]), new=False)
    assert "kiln group" in d.categories()
    assert "ceramics club" not in d.categories()


def test_each_thread_reads_whether_its_own_search_was_corrected(demo: AppServices) -> None:
    # The directory page searches typed text on a worker and a filter change on the UI
    # thread: one's "close matches only" must not be read as the other's.
    import threading

    directory = demo.directory
    assert directory.search("walkng")
    assert directory.last_search_corrected  # a typo forgiven
    elsewhere: list[bool] = []

    def search_exactly() -> None:
        directory.search("walking")
        elsewhere.append(directory.last_search_corrected)

    worker = threading.Thread(target=search_exactly)
    worker.start()
    worker.join(timeout=60)
    assert elsewhere == [False]  # the worker's exact search
    assert directory.last_search_corrected  # still this thread's own answer
