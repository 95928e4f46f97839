"""Record ids are time-ordered UUIDv7s (RFC 9562 §5.7); version-4 ids made before stay valid.

Old workspaces and bundles hold random (version 4) ids, new records get version 7: both kinds
live side by side in one workspace and merge across laptops exactly as before. File names
take the random END of an id, since ids made in the same weeks share their start.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from linkdesk.domain import clock
from linkdesk.domain.clock import FixedClock, new_id, short_id
from linkdesk.exchange.manifest import bundle_name
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import RECORD_TABLES, add_person, record_rows

Make = Callable[[str], AppServices]


def _version_4_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ids as LinkDesk did before session 6 (random, version 4)."""
    monkeypatch.setattr(clock, "uuid6", SimpleNamespace(uuid7=uuid.uuid4))


def _versions(services: AppServices) -> dict[int, int]:
    counts: dict[int, int] = {}
    for table in RECORD_TABLES:
        for (text,) in services._workspace.query(f"SELECT id FROM {table}"):
            version = uuid.UUID(text).version or 0
            counts[version] = counts.get(version, 0) + 1
    return counts


def _same_records(a: AppServices, b: AppServices) -> None:
    """Both laptops hold the same records: the same ids in every table, the same people
    (each keeps its own copy of the shared directory entry, matched by its source id)."""
    a_rows, b_rows = record_rows(a), record_rows(b)
    for table in RECORD_TABLES:
        if table != "service":
            assert {r[0] for r in a_rows[table]} == {r[0] for r in b_rows[table]}, table
    assert a_rows["person"] == b_rows["person"]


def _merge(into: AppServices, source: AppServices, dest: Path):  # type: ignore[no-untyped-def]
    bundle = source.exchange.backup(dest).bundle_path
    return into.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)


def test_new_ids_are_canonical_version_7_in_the_order_they_are_made() -> None:
    before_ms = datetime.now(UTC).timestamp() * 1000 - 1
    ids = [new_id() for _ in range(3000)]
    assert ids == sorted(ids)  # text order is the order they were made (monotonic, §6.2)
    assert len(set(ids)) == len(ids)
    for text in ids[::250]:
        parsed = uuid.UUID(text)
        assert str(parsed) == text  # canonical lower-case 36-character text
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
    first_ms = uuid.UUID(ids[0]).int >> 80  # the 48-bit Unix-millisecond timestamp
    assert before_ms <= first_ms <= before_ms + 60_000


def test_file_names_take_the_random_end_of_an_id() -> None:
    ids = [new_id() for _ in range(200)]
    assert len({short_id(i) for i in ids}) == len(ids)
    assert short_id("01a22c1e-23d3-7486-abba-4b39a823b400") == "a823b400"
    assert short_id("---") == ""
    when = datetime(2026, 11, 30, 11, tzinfo=UTC)
    # Two laptops whose workspaces were made the same day: their backups' names differ.
    one = bundle_name("01a22c1e-23d3-7486-abba-4b39a823b400", when)
    two = bundle_name("01a22c1e-23d4-75ed-b176-9d2cf5f1b570", when)
    assert one != two
    assert "a823b400" in one
    assert bundle_name("---", when).endswith("_workspace.ldbackup")


def test_two_peoples_subject_access_files_made_the_same_second(
    workspace: Workspace, dest: Path
) -> None:
    services = AppServices(workspace, clock=FixedClock(datetime(2026, 11, 30, 11, tzinfo=UTC)))
    first, second = add_person(services, "Ann"), add_person(services, "Bea")
    a = services.exchange.export_person(first, dest)
    b = services.exchange.export_person(second, dest)
    assert len({p.name for p in a + b}) == 4
    assert all(p.exists() for p in a + b)
    assert short_id(first) in a[0].name
    assert short_id(second) in b[0].name


def test_ids_sort_in_the_order_records_were_added(services: AppServices) -> None:
    made = [add_person(services, name) for name in ("Cy", "Ann", "Bea")]
    stored = [r[0] for r in services._workspace.query("SELECT id FROM person ORDER BY id")]
    assert stored == made


def test_version_4_and_7_records_live_and_merge_together(
    services: AppServices, make_services: Make, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b = make_services("laptop_b")
    with monkeypatch.context() as old_code:
        _version_4_ids(old_code)
        add_person(services, "Ann")  # made before the change: version 4 ids
        add_person(b, "Cy")
    add_person(services, "Bea")  # made after it: version 7
    add_person(b, "Dee")
    assert set(_versions(services)) == {4, 7}
    assert set(_versions(b)) == {4, 7}

    report = _merge(services, b, dest)
    assert report.table("person").added == 2
    assert report.table("conversation").added == 2
    _merge(b, services, dest)
    _same_records(services, b)
    assert services.check()["ok"] is True
    assert sorted(r.name for r in services.people.search("")) == [
        f"{n} Tester" for n in ("Ann", "Bea", "Cy", "Dee")
    ]

    # An edit to an old (version 4) record and to a new one on B wins on A, by id as before.
    for name in ("Ann", "Dee"):
        person = b.people.get(b.people.search(name)[0].person_id)
        person.phone = "01632 960001"
        b.people.update_person(person)
    report = _merge(services, b, dest)
    assert report.table("person").updated == 2
    phones = {services.people.get(r.person_id).phone for r in services.people.search("")}
    assert phones == {"07700 900123", "01632 960001"}
    _same_records(services, b)


def test_an_old_bundle_of_version_4_ids_merges_into_a_new_workspace(
    services: AppServices, make_services: Make, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = make_services("old_laptop")
    with monkeypatch.context() as old_code:
        _version_4_ids(old_code)
        for name in ("Eve", "Fay"):
            add_person(old, name)
        bundle = old.exchange.backup(dest).bundle_path
    assert set(_versions(old)) == {4}
    add_person(services, "Gus")
    report = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert report.table("person").added == 2
    assert services.people.count() == 3
    assert _versions(services)[4] == sum(_versions(old).values()) - 1  # the shared choir
    assert services.check()["ok"] is True
