"""Each person's caseload row (schema.py CASELOAD_ROWS) equals what the list's old query
works out from the person, referral and follow_up rows, after every write path: adding,
editing, bookings (booked, held, missed, cancelled), referral status changes and closure,
bulk inserts, REPLACE on a child table, deletes, erasure, demo generation, a merge of another
laptop's bundle (generated pairs), a backup and its restore, and a migration of an old
workspace. And the caseload's search answers what the old query answered, for many typed
texts, on the narrow path (covering index by rowid) and the broad one (name order)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.enums import FollowUpStatus
from linkdesk.domain.models import Person
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate
from linkdesk.services.exchange import ExchangeService
from linkdesk.store import repositories
from linkdesk.store.repositories import Repositories, caseload_match
from linkdesk.store.schema import LATEST_VERSION, MIGRATIONS
from linkdesk.store.sql_functions import FULL_NAME_SQL
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person
from tests.fixtures.make_fixture import PASSPHRASE as FIXTURE_PASSPHRASE
from tests.fixtures.make_fixture import main as make_fixture
from tests.store.laptops import merge_changed_pair

# What the caseload list showed before the kept rows: worked out per person from the record.
COMPUTED = (
    "SELECT p.id, p.family_name, p.given_name, p.rowid, p.name_order, p.preferred_name,"
    " p.date_of_birth,"
    " (SELECT r.status FROM referral r WHERE r.person_id = p.id"
    "  ORDER BY r.received_on DESC, r.status DESC LIMIT 1),"
    " (SELECT min(f.due_on) FROM follow_up f WHERE f.person_id = p.id AND f.status = 'booked')"
    " FROM person p ORDER BY p.id"
)
KEPT = (
    "SELECT person_id, family_name, given_name, person_rowid, name_order, preferred_name,"
    " date_of_birth, status, next_due FROM caseload_row ORDER BY person_id"
)
# The list's old search (before caseload_row), with the person's id breaking name ties.
OLD_SEARCH = (
    f"SELECT p.id, {FULL_NAME_SQL}, p.preferred_name, p.date_of_birth,"
    " (SELECT status FROM referral r WHERE r.person_id = p.id"
    "  ORDER BY r.received_on DESC, r.status DESC LIMIT 1),"
    " (SELECT min(due_on) FROM follow_up f WHERE f.person_id = p.id AND f.status = 'booked')"
    " FROM person p WHERE (:match = '' OR p.rowid IN"
    " (SELECT rowid FROM person_fts WHERE person_fts MATCH :match))"
    " ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.id LIMIT :limit"
)


def assert_right(ws: Workspace) -> None:
    kept = [tuple(r) for r in ws.query(KEPT)]
    assert kept == [tuple(r) for r in ws.query(COMPUTED)]


def search_answers(ws: Workspace, text: str, limit: int) -> tuple[list[tuple], list[tuple]]:
    new = [
        (
            r.person_id,
            r.name,
            r.preferred_name,
            r.date_of_birth,
            r.referral_status,
            r.next_follow_up,
        )
        for r in Repositories(ws).caseload(text, limit)
    ]
    old = [
        (
            r[0],
            r[1],
            r[2],
            date.fromisoformat(r[3]) if r[3] else None,
            ReferralStatus(r[4]) if r[4] else None,
            date.fromisoformat(r[5]) if r[5] else None,
        )
        for r in ws.query(OLD_SEARCH, {"match": caseload_match(text), "limit": limit})
    ]
    return new, old


def test_the_rows_follow_every_write_of_a_link_workers_day(services: AppServices) -> None:
    ws = services._workspace
    assert_right(ws)
    ids = [add_person(services, name, family) for name, family in
           (("Ann", "Zed"), ("bea", "apple"), ("Cy", "Apple"), ("Dee", ""))]  # fmt: skip
    assert_right(ws)
    person = services.people.get(ids[0])
    person.family_name, person.preferred_name = "Renamed", "Annie"
    services.people.update_person(person)
    assert_right(ws)
    today = services.clock.today()
    booked = services.bookings.book(ids[1], today + timedelta(days=3)).follow_up
    assert_right(ws)
    services.bookings.book(ids[2], today - timedelta(days=2))
    assert_right(ws)
    services.bookings.set_outcome(booked.id, FollowUpStatus.DID_NOT_ATTEND, on=today)
    assert_right(ws)
    services.bookings.cancel_open(ids[2], on=today, reason="moved away")
    assert_right(ws)
    for pid in ids[:3]:
        referral = services._repos.referrals.for_person(pid)[0]
        services.referrals.change_status(referral.id, ReferralStatus.CONTACTED)
        assert_right(ws)
    referral = services._repos.referrals.for_person(ids[3])[0]
    services.referrals.close(referral.id, ClosureOutcome.GOALS_MET)
    assert_right(ws)
    repos = services._repos
    repos.people.insert_many(Person(given_name=f"Bulk {i}", family_name="Row") for i in range(30))
    assert_right(ws)
    # A REPLACE on a child table fires no delete trigger; the recompute still reads them all.
    ws.execute(
        "INSERT OR REPLACE INTO referral (id, created_at, updated_at, person_id, received_on,"
        " source, status) SELECT id, created_at, updated_at, person_id, '2030-01-01', source,"
        " 'rejected' FROM referral WHERE person_id = ?",
        (ids[0],),
    )
    assert_right(ws)
    ws.execute("DELETE FROM follow_up WHERE person_id = ?", (ids[1],))
    ws.execute("UPDATE follow_up SET person_id = ? WHERE person_id = ?", (ids[0], ids[2]))
    assert_right(ws)
    services.exchange.erase_person(ids[1])
    services.exchange.erase_people(ids[2:3])
    assert_right(ws)
    for pid in [p.id for p in repos.people.find("family_name = 'Row'")][:3]:
        repos.people.delete(pid)
    assert_right(ws)
    assert services.check()["ok"] is True
    assert repos.caseload_rows_wrong() == 0
    ws.execute("UPDATE caseload_row SET status = 'closed' WHERE person_id = ?", (ids[0],))
    assert repos.caseload_rows_wrong() == 2  # the row as kept, and as it should be
    report = services.check()
    assert report["ok"] is False
    assert "caseload list" in " ".join(report["problems"])  # type: ignore[arg-type]


def test_demo_generation_and_the_search_answers(services: AppServices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    generate(services, people=120, seed=5)
    ws = services._workspace
    assert_right(ws)
    family = [r[0] for r in ws.query("SELECT family_name FROM person LIMIT 5")]
    texts = ["", "a", "e", "jo", "sm", "mar", "1", "94", "485", "9", "a b", *family]
    texts += [f[:2] for f in family] + [" " + family[0][:1].lower() + " "]
    # Each text on the narrow path (the covering index) and the broad one (name order).
    for broad in (False, True):
        monkeypatch.setattr(repositories, "BROAD_MATCH", -1 if broad else 10**9)
        for text in texts:
            for limit in (500, 7, 1):
                new, old = search_answers(ws, text, limit)
                assert new == old, (text, limit, broad)
    assert search_answers(ws, "a", 500)[0]  # the texts find people


def test_the_search_plans_read_the_kept_rows(services: AppServices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = services._workspace
    seen: list[str] = []
    real = ws.query

    def spy(sql: str, params: object = ()) -> list:
        if "caseload_row" in sql:
            seen.append(" | ".join(r[3] for r in real(f"EXPLAIN QUERY PLAN {sql}", params)))
        return real(sql, params)

    monkeypatch.setattr(ws, "query", spy)
    for broad in (False, True):
        monkeypatch.setattr(repositories, "BROAD_MATCH", -1 if broad else 10**9)
        Repositories(ws).caseload("ann", 500)
    narrow, broad_plan = seen
    assert "USING COVERING INDEX caseload_row_person" in narrow
    assert "SCAN p" in broad_plan
    assert "TEMP B-TREE" not in broad_plan  # read in name order, stopping at the limit
    for plan in (narrow, broad_plan):  # no table but the kept rows and the name index
        tables = {s.split()[1] for s in plan.split(" | ") if s.startswith(("SCAN", "SEARCH"))}
        assert tables == {"p", "person_fts"}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merging_generated_pairs_keeps_the_rows(tmp_path: Path, seed: int) -> None:
    """Two laptops from one demo workspace add, edit, book, delete and erase people at random;
    each merges the other's backup; the kept rows equal the computed ones on both."""
    rng = random.Random(seed)

    def change(services: AppServices, ws: Workspace, step: int) -> None:
        today = services.clock.today()
        people = [r[0] for r in ws.query("SELECT id FROM person ORDER BY rowid")]
        kind = rng.choice(["add", "rename", "book", "status", "erase", "delete"])
        pid = rng.choice(people) if people else ""
        if kind == "add" or not people:
            add_person(services, f"New{step}", f"Seed{seed}")
        elif kind == "rename":
            person = services.people.get(pid)
            person.family_name = f"Moved{step}"
            services.people.update_person(person)
        elif kind == "book":
            services.bookings.book(pid, today + timedelta(days=rng.randint(-5, 9)))
        elif kind == "status":
            for referral in services._repos.referrals.for_person(pid)[:1]:
                if referral.status == ReferralStatus.RECEIVED:
                    services.referrals.change_status(referral.id, ReferralStatus.CONTACTED)
        elif kind == "erase":
            services.exchange.erase_person(pid)
        else:
            services._repos.people.delete(pid)

    merge_changed_pair(tmp_path, people=15, seed=seed, change=change, assert_right=assert_right)


def test_backup_and_restore_carry_the_rows(services: AppServices, tmp_path: Path) -> None:
    generate(services, people=20, seed=2)
    dest = tmp_path / "shared"
    dest.mkdir()
    result = services.exchange.backup(dest)
    target = tmp_path / "restored" / "new.linkdesk"
    target.parent.mkdir()
    ExchangeService.restore(result.bundle_path, target, bundle_passphrase=PASSPHRASE)
    with Workspace.open(target, PASSPHRASE) as ws:
        assert_right(ws)
        assert len(ws.query(KEPT)) == 20
        add_person(AppServices(ws), "Dee")
        assert_right(ws)


def test_migrating_an_old_workspace_seeds_the_rows(tmp_path: Path) -> None:
    step = next(i for i, s in enumerate(MIGRATIONS) if getattr(s, "name", "") == "caseload_rows")
    path = tmp_path / "old.linkdesk"
    make_fixture(path, step)  # the version just before the step
    with Workspace.open(path, FIXTURE_PASSPHRASE) as ws:
        assert ws.schema_version == LATEST_VERSION
        assert_right(ws)
        assert len(ws.query(KEPT)) == 2
        add_person(AppServices(ws), "Ann")
        assert_right(ws)
