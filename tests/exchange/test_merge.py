"""Merging another laptop's bundle: by id, newer wins, tombstones both ways, all or nothing."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import Service
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person, record_rows

Make = Callable[[str], AppServices]


def _one_wall_for_both(*laptops: AppServices) -> None:
    """Both laptops' merge clocks read one wall clock that moves on 1 ms at every reading.

    These tests make changes one after another on two laptops and mean "later" by it. With
    the real clock two of them can land in the same millisecond, where the hybrid clock
    (domain/hlc.py) rightly calls them concurrent and lets the random node id decide: a test
    that expected the later one to win then failed about one run in many.
    """
    start = datetime.now(UTC)
    ticks = itertools.count()

    def wall() -> datetime:
        return start + timedelta(milliseconds=next(ticks))

    for laptop in laptops:
        laptop._workspace.clock.wall = wall


@pytest.fixture
def laptop_b(services: AppServices, tmp_path: Path) -> Iterator[AppServices]:
    """Laptop B starts as a copy of laptop A (same records, same ids); one wall for both."""
    add_person(services, "Shared")
    services._workspace.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = tmp_path / "b.linkdesk"
    shutil.copyfile(services._workspace.path, target)
    with Workspace.open(target, PASSPHRASE) as ws:
        laptop_b = AppServices(ws)
        _one_wall_for_both(services, laptop_b)
        yield laptop_b


def _merge(into: AppServices, source: AppServices, dest: Path):  # type: ignore[no-untyped-def]
    bundle = source.exchange.backup(dest).bundle_path
    return into.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)


def test_two_halves_merge_with_nothing_lost_or_doubled(
    services: AppServices, make_services: Make, dest: Path
) -> None:
    b = make_services("laptop_b")
    for name in ("Ann", "Bea"):
        add_person(services, name)
    for name in ("Cy", "Dee", "Eve"):
        add_person(b, name)
    report = _merge(services, b, dest)
    assert report.table("person").added == 3
    assert report.table("service").added == 0  # same directory entry under another id
    assert report.table("service").matched_existing == 1
    assert report.table("connection").added == 3
    assert services.people.count() == 5
    names = sorted(r.name for r in services.people.search(""))
    assert names == sorted(f"{n} Tester" for n in ("Ann", "Bea", "Cy", "Dee", "Eve"))
    assert services.people.search("Dee")[0].name == "Dee Tester"  # FTS triggers ran
    # Connections from B point at A's copy of the same directory entry.
    svc_ids = {c.service_id for c in services._repos.connections.find()}
    assert svc_ids == {services._repos.services.find()[0].id}
    assert services.check()["ok"] is True
    # And the other way round: both laptops end with the same records.
    _merge(b, services, dest)
    a_rows, b_rows = record_rows(services), record_rows(b)
    assert {t: len(r) for t, r in a_rows.items()} == {t: len(r) for t, r in b_rows.items()}
    assert {r[0] for r in a_rows["person"]} == {r[0] for r in b_rows["person"]}


def test_merging_twice_changes_nothing(
    services: AppServices, make_services: Make, dest: Path
) -> None:
    b = make_services("laptop_b")
    add_person(b, "Cy")
    bundle = b.exchange.backup(dest).bundle_path
    first = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert first.added > 0
    before = record_rows(services)
    second = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert (second.added, second.updated, second.deleted) == (0, 0, 0)
    assert not second.changed_anything
    assert record_rows(services) == before
    merged = services._audit.entries("action = 'merged'")
    assert len(merged) == 2
    assert "added=0 updated=0" in merged[1].detail
    assert services._audit.verify() is None  # this workspace's chain stays intact


def test_newer_updated_at_wins_and_conflicts_are_listed(
    services: AppServices, laptop_b: AppServices, dest: Path
) -> None:
    pid = services.people.search("Shared")[0].person_id
    goal_id = services._repos.goals.for_person(pid)[0].id
    person_b = laptop_b.people.get(pid)
    person_b.phone = "01632 960001"  # edited on B first ...
    laptop_b.people.update_person(person_b)
    goal_b = laptop_b._repos.goals.get(goal_id)
    goal_a = services._repos.goals.get(goal_id)
    goal_a.first_step = "Ring the choir on Monday"  # ... goal edited on A
    services.casework.save_goal(goal_a, new=False)
    goal_b.first_step = "Walk past on Tuesday"  # ... then on B, later
    laptop_b.casework.save_goal(goal_b, new=False)
    person_a = services.people.get(pid)
    person_a.phone = "01632 960002"  # ... and the person edited on A, last of all
    services.people.update_person(person_a)

    report = _merge(services, laptop_b, dest)
    assert services.people.get(pid).phone == "01632 960002"  # A's newer edit kept
    assert services._repos.goals.get(goal_id).first_step == "Walk past on Tuesday"  # B newer
    assert report.table("goal").updated == 1
    assert report.table("person").updated == 0
    conflicts = {(c.entity, c.id, c.winner) for c in report.conflicts}
    assert ("person", pid, "local") in conflicts
    assert ("goal", goal_id, "bundle") in conflicts
    assert all(pid not in line or "Shared" not in line for line in report.lines())


def test_equal_updated_at_is_unchanged(
    services: AppServices, laptop_b: AppServices, dest: Path
) -> None:
    report = _merge(services, laptop_b, dest)
    assert (report.added, report.updated, report.deleted) == (0, 0, 0)
    assert report.conflicts == []


def test_tombstone_in_bundle_deletes_local_row(
    services: AppServices, laptop_b: AppServices, dest: Path
) -> None:
    pid = services.people.search("Shared")[0].person_id
    need_id = laptop_b._repos.needs.for_person(pid)[0].id
    laptop_b._repos.needs.delete(need_id)
    report = _merge(services, laptop_b, dest)
    assert report.table("need").deleted == 1
    assert services._repos.needs.for_person(pid) == []
    assert (
        services._workspace.scalar(
            "SELECT count(*) FROM tombstone WHERE entity = 'need' AND id = ?", (need_id,)
        )
        == 1
    )


def test_local_row_newer_than_bundle_tombstone_survives(
    services: AppServices, laptop_b: AppServices, dest: Path
) -> None:
    pid = services.people.search("Shared")[0].person_id
    need_id = laptop_b._repos.needs.for_person(pid)[0].id
    laptop_b._repos.needs.delete(need_id)
    need = services._repos.needs.get(need_id)
    need.words = "still matters"
    services.casework.save_need(need, new=False)  # edited here after B deleted it
    report = _merge(services, laptop_b, dest)
    assert services._repos.needs.get(need_id).words == "still matters"
    assert ("need", need_id, "local") in {(c.entity, c.id, c.winner) for c in report.conflicts}


def test_local_tombstone_blocks_reinsert(
    services: AppServices, laptop_b: AppServices, dest: Path
) -> None:
    pid = services.people.search("Shared")[0].person_id
    need_id = services._repos.needs.for_person(pid)[0].id
    services._repos.needs.delete(need_id)
    report = _merge(services, laptop_b, dest)
    assert report.table("need").blocked_by_tombstone == 1
    assert services._repos.needs.find("id = ?", (need_id,)) == []


def test_erased_person_does_not_come_back_and_erasure_travels(
    services: AppServices, laptop_b: AppServices, dest: Path
) -> None:
    pid = services.people.search("Shared")[0].person_id
    conv_b = laptop_b.casework.start_conversation(pid)  # B adds a record after A's erasure
    services.exchange.erase_person(pid)
    report = _merge(services, laptop_b, dest)
    assert services.people.count() == 0
    assert report.table("person").blocked_by_tombstone == 1
    assert report.table("conversation").skipped_orphans == 1  # its person is gone here
    assert services._repos.conversations.find("id = ?", (conv_b.id,)) == []
    # Erasure travels to B through A's bundle (B's newer conversation dies with the person).
    report_b = _merge(laptop_b, services, dest)
    assert report_b.table("person").deleted == 1
    assert laptop_b.people.count() == 0
    assert laptop_b.check()["ok"] is True


def test_merge_is_all_or_nothing(
    services: AppServices, make_services: Make, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b = make_services("laptop_b")
    for name in ("Cy", "Dee"):
        add_person(b, name)
    bundle = b.exchange.backup(dest).bundle_path
    before = record_rows(services)
    audit_before = len(services._audit.entries())
    from linkdesk.store import merge as merge_mod

    real = merge_mod._TablePlan.merge

    def failing(self, conn, report):  # type: ignore[no-untyped-def]
        real(self, conn, report)
        if self.table == "goal":
            raise LinkDeskError("simulated failure half-way")

    monkeypatch.setattr(merge_mod._TablePlan, "merge", failing)
    with pytest.raises(LinkDeskError, match="simulated"):
        services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert record_rows(services) == before
    assert len(services._audit.entries()) == audit_before
    assert "bundle" not in [r[1] for r in services._workspace.query("PRAGMA database_list")]
    assert services._workspace.query("SELECT name FROM temp.sqlite_master") == []


def test_service_edits_merge_by_id(
    services: AppServices, laptop_b: AppServices, dest: Path
) -> None:
    svc = laptop_b._repos.services.find()[0]
    svc.phone = "0300 123 4567"
    laptop_b._repos.services.update(svc)
    laptop_b._repos.services.insert(Service(name="Walking group"))
    report = _merge(services, laptop_b, dest)
    assert report.table("service").updated == 1
    assert report.table("service").added == 1
    assert services._repos.services.get(svc.id).phone == "0300 123 4567"
    assert services.directory is not None


def test_older_schema_bundle_is_upgraded_then_merged(services: AppServices, dest: Path) -> None:
    """A bundle from a laptop still on schema v1 is migrated in its private copy, then merged."""
    import hashlib

    from linkdesk import __version__
    from linkdesk.exchange.manifest import Manifest
    from linkdesk.store.bundle import export_encrypted

    old_path = dest.parent / "old.linkdesk"
    with Workspace.create(old_path, PASSPHRASE, version=1) as old:
        old.execute(
            "INSERT INTO person (id, created_at, updated_at, given_name, family_name)"
            " VALUES ('p-old', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Olwen', 'Vee')"
        )
        bundle = dest / "old.ldbackup"
        found = export_encrypted(old.conn, bundle, PASSPHRASE)
        data = bundle.read_bytes()
        manifest = Manifest(
            workspace_id=old.workspace_id,
            created_at="2026-01-02T00:00:00Z",
            schema_version=1,
            app_version=__version__,
            bundle_file=bundle.name,
            bundle_size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            counts=found,
        )
        (dest / "old.ldbackup.json").write_bytes(manifest.to_json())
    report = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert report.table("person").added == 1
    person = services.people.get("p-old")
    assert (person.given_name, person.pronouns) == ("Olwen", "")
    assert bundle.read_bytes() == data  # the bundle itself is never changed
