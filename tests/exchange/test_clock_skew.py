"""Laptops whose clocks disagree exchange edits and erasures both ways (issue 18, kind 2).

Each laptop's clock is injected (``AppServices(..., clock=...)``, which the workspace's merge
clock reads too): one shared "real time" moves on step by step, and each laptop reads it with
its own error. Merges must follow what each
laptop knew, not what its clock said.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linkdesk.exchange.merge_report import MergeReport
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import (
    ShiftedClock,
    add_person,
    contains_text,
    decrypted_pages,
    with_clock,
)

CANARY = "Xanthippe"


@dataclass
class World:
    """Real time, moved on by the test (after every record the fixture made for real)."""

    now: datetime

    def step(self, minutes: float = 1) -> None:
        self.now += timedelta(minutes=minutes)


class Laptop:
    def __init__(self, services: AppServices, world: World, error: timedelta) -> None:
        self.clock = ShiftedClock(lambda: world.now, error)
        self.services = with_clock(services, self.clock)

    @property
    def error(self) -> timedelta:
        return self.clock.offset

    @error.setter
    def error(self, value: timedelta) -> None:
        self.clock.offset = value

    @property
    def ws(self) -> Workspace:
        return self.services._workspace

    def backup(self, dest: Path) -> Path:
        return self.services.exchange.backup(dest).bundle_path

    def merge_from(self, other: Laptop, dest: Path) -> MergeReport:
        return self.services.exchange.merge(other.backup(dest), bundle_passphrase=PASSPHRASE)

    def person_ids(self) -> set[str]:
        return {r[0] for r in self.ws.query("SELECT id FROM person")}


@pytest.fixture
def world() -> World:
    return World(datetime.now(UTC) + timedelta(minutes=1))


@pytest.fixture
def pair(services: AppServices, tmp_path: Path, world: World) -> Iterator[tuple[Laptop, Laptop]]:
    """Laptop A (clock right) and laptop B (20 minutes slow), both holding the same people."""
    for name in (CANARY, "Beatrix", "Cuthbert"):
        add_person(services, name)
    services._workspace.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(services._workspace.path, tmp_path / "b.linkdesk")
    with Workspace.open(tmp_path / "b.linkdesk", PASSPHRASE) as ws_b:
        a = Laptop(services, world, timedelta(0))
        b = Laptop(AppServices(ws_b), world, timedelta(minutes=-20))
        yield a, b


def _pid(laptop: Laptop, given: str) -> str:
    return laptop.services.people.search(given)[0].person_id


def _reasons(report: MergeReport) -> list[str]:
    return [c.reason for c in report.conflicts]


def test_slow_laptop_erases_and_the_erasure_wins_here_without_false_conflicts(
    pair: tuple[Laptop, Laptop], world: World, dest: Path
) -> None:
    a, b = pair
    pid = _pid(a, CANARY)
    world.step(2)
    person = a.services.people.get(pid)  # edited on A (clock right) ...
    person.phone = "01632 960123"
    a.services.people.update_person(person)
    goal = a.services._repos.goals.for_person(pid)[0]
    goal.first_step = "Ring the choir"
    a.services.casework.save_goal(goal, new=False)
    world.step(3)
    b.merge_from(a, dest)  # ... B takes those edits in ...
    world.step(5)
    b.services.exchange.erase_person(pid)  # ... and then erases the person, 20 minutes slow
    deleted_at = b.ws.scalar("SELECT deleted_at FROM tombstone WHERE id = ?", (pid,))
    edited_at = a.ws.scalar("SELECT updated_at FROM person WHERE id = ?", (pid,))
    assert deleted_at < edited_at  # by the wall clocks, the erasure came first
    world.step(5)
    report = a.merge_from(b, dest)
    assert pid not in a.person_ids()
    assert report.conflicts == []  # no "deleted there, edited here"
    assert report.people_erased == 1
    assert report.erasures_to_decide == []
    assert a.services._repos.goals.for_person(pid) == []
    assert a.ws.scalar("SELECT count(*) FROM tombstone WHERE entity = 'person' AND id = ?", (pid,))
    # The merge left no trace of them in A's file or WAL either.
    assert not contains_text(decrypted_pages(a.ws.path, PASSPHRASE), CANARY)
    assert a.services.check()["ok"] is True


def test_right_clock_erases_and_slow_laptop_follows(
    pair: tuple[Laptop, Laptop], world: World, dest: Path
) -> None:
    a, b = pair
    pid = _pid(b, "Beatrix")
    world.step(1)
    conv = b.services.casework.start_conversation(pid)  # B (slow) adds a conversation ...
    conv.notes = "went well"
    b.services.casework.save_conversation(conv)
    world.step(1)
    a.merge_from(b, dest)  # ... A takes it in, then erases the person
    world.step(1)
    a.services.exchange.erase_person(pid)
    world.step(1)
    report = b.merge_from(a, dest)
    assert pid not in b.person_ids()
    assert report.conflicts == []
    assert report.people_erased == 1
    assert b.services._repos.conversations.find("id = ?", (conv.id,)) == []
    # And the erasure keeps travelling: B's bundle carries A's tombstones back.
    world.step(1)
    back = a.merge_from(b, dest)
    assert back.added == 0
    assert pid not in a.person_ids()


def test_an_edit_made_after_seeing_another_edit_wins_though_its_clock_reads_earlier(
    pair: tuple[Laptop, Laptop], world: World, dest: Path
) -> None:
    a, b = pair
    b.error = timedelta(hours=1)  # B is an hour fast this time
    pid = _pid(a, "Cuthbert")
    world.step(1)
    p = b.services.people.get(pid)
    p.phone = "01632 960001"  # B's edit, stamped an hour ahead
    b.services.people.update_person(p)
    world.step(1)
    a.merge_from(b, dest)
    assert a.services.people.get(pid).phone == "01632 960001"
    world.step(1)
    p = a.services.people.get(pid)
    p.phone = "01632 960002"  # A's later edit; A's wall clock reads 58 minutes before B's
    a.services.people.update_person(p)
    assert a.services.people.get(pid).updated_at < b.services.people.get(pid).updated_at
    world.step(1)
    report = b.merge_from(a, dest)
    assert b.services.people.get(pid).phone == "01632 960002"  # the later edit, everywhere
    assert ("person", pid, "bundle") in {(c.entity, c.id, c.winner) for c in report.conflicts}
    world.step(1)
    a.merge_from(b, dest)
    assert a.services.people.get(pid).phone == "01632 960002"


def test_a_change_made_after_the_erasure_is_kept_for_the_worker_to_decide(
    pair: tuple[Laptop, Laptop], world: World, dest: Path, make_services
) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    b.error = timedelta(0)
    pid = _pid(a, "Beatrix")
    world.step(1)
    a.services.exchange.erase_person(pid)  # A erases ...
    world.step(10)
    conv = b.services.casework.start_conversation(pid)  # ... B, not knowing, meets them later
    world.step(1)
    report = b.merge_from(a, dest)
    assert pid in b.person_ids()  # kept here: the worker decides
    assert report.erasures_to_decide == [pid]
    assert "erased there, changed here since" in _reasons(report)
    assert any("Decide for each" in line for line in report.lines())
    assert b.services.exchange.erasures_to_decide() == [pid]
    # The erasure still travels through B, and B's later records never resurrect the person.
    world.step(1)
    back = a.merge_from(b, dest)
    assert pid not in a.person_ids()
    assert back.table("person").blocked_by_tombstone == 1
    assert back.table("conversation").skipped_orphans >= 1
    c = Laptop(make_services("laptop_c"), world, timedelta(minutes=3))
    world.step(1)
    c.merge_from(b, dest)
    assert pid not in c.person_ids()
    assert c.services._repos.conversations.find("id = ?", (conv.id,)) == []
    # The worker on B decides to erase them too: then it is done everywhere.
    world.step(1)
    b.services.exchange.erase_person(pid)
    assert b.services.exchange.erasures_to_decide() == []
    world.step(1)
    assert a.merge_from(b, dest).conflicts == []


def test_a_bundle_from_a_year_fast_laptop_is_merged_in_order_and_said_so(
    pair: tuple[Laptop, Laptop], world: World, dest: Path
) -> None:
    a, b = pair
    b.error = timedelta(days=365)
    pid = _pid(a, "Cuthbert")
    world.step(1)
    p = b.services.people.get(pid)
    p.phone = "01632 960777"
    b.services.people.update_person(p)
    world.step(1)
    report = a.merge_from(b, dest)
    text = "\n".join(report.lines())
    assert "in the future" in text
    assert "365 days" in text
    # A's own later edit still wins over B's future-dated one, on both laptops.
    world.step(1)
    p = a.services.people.get(pid)
    p.phone = "01632 960888"
    a.services.people.update_person(p)
    world.step(1)
    b.merge_from(a, dest)
    assert b.services.people.get(pid).phone == "01632 960888"
