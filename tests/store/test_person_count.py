"""The people count the file keeps (schema.py PERSON_COUNT) equals the people it holds after
every path that adds or removes people: adding, bulk inserts, deleting, erasure, demo
generation, a merge of another laptop's bundle (generated pairs, erasures included), a
backup and its restore, and a migration of an old workspace. The write forms that would
bypass the triggers (INSERT OR REPLACE, an UPSERT) are refused on person, and no code uses
them on it."""

from __future__ import annotations

import random
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import Person, Referral
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate
from linkdesk.services.exchange import ExchangeService
from linkdesk.store.bundle import check_bundle, open_bundle_readonly
from linkdesk.store.repositories import Repositories
from linkdesk.store.schema import LATEST_VERSION, PERSON_COUNT_VERSION
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person
from tests.fixtures.make_fixture import PASSPHRASE as FIXTURE_PASSPHRASE
from tests.fixtures.make_fixture import main as make_fixture
from tests.store.laptops import merge_changed_pair

SRC = Path(__file__).resolve().parents[2] / "src" / "linkdesk"


def kept_and_counted(ws: Workspace) -> tuple[int, int]:
    people = Repositories(ws).people
    return people.count(), people.counted()


def assert_right(ws: Workspace, expected: int | None = None) -> None:
    kept, counted = kept_and_counted(ws)
    assert kept == counted
    if expected is not None:
        assert counted == expected


def test_the_count_follows_adds_bulk_inserts_deletes_and_erasure(services: AppServices) -> None:
    ws = services._workspace
    assert_right(ws, 0)
    ids = [add_person(services, name) for name in ("Ann", "Bea", "Cy", "Dee")]
    assert_right(ws, 4)
    services.people.add_person(
        Person(given_name="Eve", family_name="Bulk"),
        Referral(person_id="", received_on=date(2026, 1, 5), reason="x"),
    )
    assert_right(ws, 5)
    repos = services._repos
    repos.people.insert_many(Person(given_name=f"Bulk {i}", family_name="Row") for i in range(30))
    assert_right(ws, 35)
    person = services.people.get(ids[0])
    person.family_name = "Renamed"
    services.people.update_person(person)  # an update changes no count
    assert_right(ws, 35)
    services.exchange.erase_person(ids[1])
    assert_right(ws, 34)
    services.exchange.erase_people(ids[2:])
    assert_right(ws, 32)
    bulk = [p.id for p in repos.people.find("family_name = 'Row'")][:3]
    for pid in bulk:
        repos.people.delete(pid)
    assert_right(ws, 29)
    assert services.counts()["people"] == 29
    assert services.check()["ok"] is True


def test_a_rolled_back_write_leaves_the_count_as_it_was(workspace: Workspace) -> None:
    services = AppServices(workspace)
    add_person(services, "Ann")

    def add_then_fail() -> None:
        with workspace.bulk():
            services._repos.people.insert(Person(given_name="Gone", family_name="Again"))
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        add_then_fail()
    assert_right(workspace, 1)


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT OR REPLACE INTO person (id, created_at, updated_at, given_name)"
        " VALUES (?, 'a', 'a', 'X')",
        "INSERT INTO person (id, created_at, updated_at, given_name) VALUES (?, 'a', 'a', 'X') "
        "ON CONFLICT (id) DO UPDATE SET given_name = excluded.given_name",
    ],
)
def test_replace_and_upsert_on_person_are_refused(workspace: Workspace, sql: str) -> None:
    services = AppServices(workspace)
    pid = add_person(services, "Ann")
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError, match="already here"):
        workspace.execute(sql, (pid,))
    assert_right(workspace, 1)
    # A new id goes in as an ordinary insert, and is counted.
    workspace.execute(sql, ("new-id",))
    assert_right(workspace, 2)


def test_no_code_writes_person_in_a_form_the_triggers_miss() -> None:
    """INSERT OR REPLACE / OR IGNORE and UPSERTs in the source never name person."""
    found = []
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"INSERT\s+OR\s+(?:REPLACE|IGNORE)\s+INTO\s+([\w.{}]+)", text):
            found.append(m.group(1))
        for m in re.finditer(r"INSERT\s+INTO\s+([\w.{}]+)[^;]{0,600}?ON\s+CONFLICT", text):
            found.append(m.group(1))
    assert found  # the scan sees the forms (tombstone, meta, setting use them)
    assert not [t for t in found if t.split(".")[-1] in ("person", "{t}", "{table}")]


def test_demo_generation_keeps_the_count(services: AppServices) -> None:
    generate(services, people=40, seed=3)
    assert_right(services._workspace, 40)


def test_backup_restore_and_bundle_carry_the_count(services: AppServices, tmp_path: Path) -> None:
    for name in ("Ann", "Bea", "Cy"):
        add_person(services, name)
    dest = tmp_path / "shared"
    dest.mkdir()
    same_key = services.exchange.backup(dest)
    other_key = services.exchange.backup(dest, bundle_passphrase="another secret 77")
    for result, key in ((same_key, PASSPHRASE), (other_key, "another secret 77")):
        conn = open_bundle_readonly(result.bundle_path, key)
        try:
            kept = conn.execute("SELECT n FROM person_count").fetchone()[0]
            assert kept == conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3
        finally:
            conn.close()
        target = tmp_path / f"restored-{result.bundle_path.stem}" / "new.linkdesk"
        target.parent.mkdir()
        ExchangeService.restore(result.bundle_path, target, bundle_passphrase=key)
        with Workspace.open(target, key) as ws:
            assert_right(ws, 3)
            add_person(AppServices(ws), "Dee")
            assert_right(ws, 4)


def test_a_bundle_whose_count_disagrees_is_refused(services: AppServices, tmp_path: Path) -> None:
    add_person(services, "Ann")
    dest = tmp_path / "shared"
    dest.mkdir()
    result = services.exchange.backup(dest)
    copy = tmp_path / "bad.linkdesk"
    shutil.copyfile(result.bundle_path, copy)
    conn = sqlcipher3.connect(str(copy), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute("UPDATE person_count SET n = n + 5")
    finally:
        conn.close()
    conn = open_bundle_readonly(copy, PASSPHRASE)
    try:
        with pytest.raises(LinkDeskError, match="count of people"):
            check_bundle(conn, name=copy.name, integrity="pages")
        assert check_bundle(conn, name=copy.name, integrity="none") == LATEST_VERSION
    finally:
        conn.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merging_generated_pairs_keeps_the_count(tmp_path: Path, seed: int) -> None:
    """Two laptops from one demo workspace add, delete and erase people at random; each
    merges the other's backup; the kept count equals the people held on both."""
    rng = random.Random(seed)

    def change(services: AppServices, ws: Workspace, step: int) -> None:
        people = [r[0] for r in ws.query("SELECT id FROM person ORDER BY rowid")]
        kind = rng.choice(["add", "add", "erase", "delete"])
        if kind == "add" or not people:
            add_person(services, f"New{step}", f"Seed{seed}")
        elif kind == "erase":
            services.exchange.erase_person(rng.choice(people))
        else:
            services._repos.people.delete(rng.choice(people))

    merge_changed_pair(tmp_path, people=12, seed=seed, change=change, assert_right=assert_right)


def test_migrating_an_old_workspace_seeds_the_count(tmp_path: Path) -> None:
    path = tmp_path / "old.linkdesk"
    make_fixture(path, PERSON_COUNT_VERSION - 1)
    with Workspace.open(path, FIXTURE_PASSPHRASE) as ws:
        assert ws.schema_version == LATEST_VERSION
        assert_right(ws, 2)
        add_person(AppServices(ws), "Ann")
        assert_right(ws, 3)


def test_an_empty_directory_is_told_without_counting(services: AppServices) -> None:
    """The connections step asks this on every keystroke (one page, not a count)."""
    assert services.directory.is_empty()
    add_person(services, "Ann")  # adds the choir to the directory
    assert not services.directory.is_empty()
    assert services.directory.count() == 1
    services._repos.services.delete(services._repos.services.find("1")[0].id)
    assert services.directory.is_empty()
