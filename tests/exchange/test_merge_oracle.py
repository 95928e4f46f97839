"""The rewritten merge gives the old merge's results on generated pairs of workspaces.

``old_merge.py`` is the merge as it was before clock readings (the oracle). Two laptops start
from one demo workspace and make random edits, additions, deletions and erasures, with
clocks that agree (so wall-clock order and clock-reading order are the same); each bundle is
then merged into two copies of the other laptop, one by each algorithm, and the records,
tombstones, counts and conflicts compared.

Where the new merge deliberately differs, the difference is checked to be that one
(docs/exchange.md, "What changed from the old merge"):

1. an erased person: the old merge erased the person unless the *person row* was newer, and
   then kept that row with its older children deleted; it listed each newer child as
   "deleted there, edited here" and dropped the tombstone. The new merge looks at every
   record about the person: all before the erasure, it is erased (with every record, counted
   per table); any after, the person is kept whole for the worker to decide, and the
   tombstone is kept;
2. a record deleted on one laptop and edited later on the other comes back on both (the old
   merge brought it back only where it had not been deleted, so the laptops disagreed).
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from linkdesk.exchange.merge_report import MergeReport
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate
from linkdesk.store import merge as new_merge
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange import old_merge
from tests.exchange.helpers import ShiftedClock, add_person

TABLES = new_merge.MERGE_TABLES


@dataclass
class World:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


def _ops(services: AppServices, rng: random.Random, step: int) -> str:
    """One random change on a laptop; returns what it did (for failure messages)."""
    people = [r[0] for r in services._workspace.query("SELECT id FROM person ORDER BY rowid")]
    kind = rng.choice(["person", "goal", "add", "need-del", "need-edit", "erase", "conv"])
    if not people:
        kind = "add"
    pid = rng.choice(people) if people else ""
    if kind == "person":
        p = services.people.get(pid)
        p.phone = f"01632 96{step:04d}"
        services.people.update_person(p)
    elif kind == "goal" and (goals := services._repos.goals.for_person(pid)):
        g = goals[0]
        g.first_step = f"step {step}"
        services.casework.save_goal(g, new=False)
    elif kind == "need-del" and (needs := services._repos.needs.for_person(pid)):
        services._repos.needs.delete(needs[0].id)
    elif kind == "need-edit" and (needs := services._repos.needs.for_person(pid)):
        n = needs[0]
        n.words = f"words {step}"
        services.casework.save_need(n, new=False)
    elif kind == "erase":
        services.exchange.erase_person(pid)
    elif kind == "conv":
        services.casework.start_conversation(pid)
    else:
        kind = "add"
        add_person(services, f"Added{step}")
    return kind


def _make_pair(tmp: Path, seed: int) -> tuple[Path, Path]:
    world = World(datetime.now(UTC) + timedelta(minutes=1))
    clock = ShiftedClock(world)
    a_path, b_path = tmp / "a.linkdesk", tmp / "b.linkdesk"
    with Workspace.create(a_path, PASSPHRASE) as ws:
        generate(AppServices(ws), people=25, seed=seed)
    shutil.copyfile(a_path, b_path)
    rng = random.Random(seed)
    with Workspace.open(a_path, PASSPHRASE) as wa, Workspace.open(b_path, PASSPHRASE) as wb:
        laptops = [AppServices(wa, clock=clock), AppServices(wb, clock=clock)]
        for step in range(14):
            world.now += timedelta(seconds=1)
            _ops(rng.choice(laptops), rng, step)
    return a_path, b_path


def _merge_copy(target: Path, bundle_source: Path, tmp: Path, algorithm: str) -> dict:  # type: ignore[type-arg]
    copy = tmp / f"{target.stem}-{algorithm}.linkdesk"
    shutil.copyfile(target, copy)
    with Workspace.open(copy, PASSPHRASE) as ws:
        ws.execute("ATTACH DATABASE ? AS bundle KEY ?", (str(bundle_source), PASSPHRASE))
        try:
            with ws.transaction() as conn:
                if algorithm == "old":
                    report = old_merge.merge_attached(conn, "other")
                else:
                    report = new_merge.merge_attached(ws, "other")
        finally:
            ws.execute("DETACH DATABASE bundle")
        return {"report": report, **_state(ws)}


def _state(ws: Workspace) -> dict:  # type: ignore[type-arg]
    rows = {}
    for t in TABLES:
        cols = [r[1] for r in ws.query(f"PRAGMA table_info({t})") if r[1] != "hlc"]
        # (person id, every column but hlc): the person the row is about comes first
        who = "id" if t == "person" else "person_id" if "person_id" in cols else "NULL"
        rows[t] = {
            r[1]: (r[0], tuple(r[1:]))
            for r in ws.query(f"SELECT {who}, {', '.join(cols)} FROM {t}")
        }
    tombs = {(r[0], r[1]) for r in ws.query("SELECT entity, id FROM tombstone")}
    return {"rows": rows, "tombstones": tombs}


def _erasure_people(*paths: Path) -> set[str]:
    found: set[str] = set()
    for path in paths:
        with Workspace.open(path, PASSPHRASE) as ws:
            found |= {r[0] for r in ws.query("SELECT id FROM tombstone WHERE entity = 'person'")}
    return found


def _compare(old: dict, new: dict, erased_people: set[str]) -> list[str]:  # type: ignore[type-arg]
    """Differences outside the documented kinds (so: failures)."""
    new_report: MergeReport = new["report"]
    old_report: MergeReport = old["report"]
    came_back = {
        (c.entity, c.id) for c in new_report.conflicts if c.reason.startswith("deleted here")
    }
    problems = []
    for t in TABLES:
        keep = {
            rid for rid, (who, _row) in new["rows"][t].items() | old["rows"][t].items()
            if who not in erased_people and (t, rid) not in came_back
        }  # fmt: skip
        o = {rid: r for rid, r in old["rows"][t].items() if rid in keep}
        n = {rid: r for rid, r in new["rows"][t].items() if rid in keep}
        if o != n:
            problems.append(f"{t}: rows differ: {sorted(set(o.items()) ^ set(n.items()))[:3]}")
    for entity, rid in came_back:  # kind 2: back on both laptops, its local tombstone gone
        if rid not in new["rows"][entity] or (entity, rid) in new["tombstones"]:
            problems.append(f"{entity} {rid}: said to come back, but did not")
    for pid in erased_people:  # kind 1: erased, or kept whole for the worker to decide
        here = pid in new["rows"]["person"]
        if here and pid not in new_report.erasures_to_decide:
            problems.append(f"person {pid}: kept, but not listed to decide")
        if not here and any(who == pid for t in TABLES for who, _ in new["rows"][t].values()):
            problems.append(f"person {pid}: erased, but records about them are left")
    if not erased_people and not came_back:  # nothing deliberate: the reports agree too
        for t in TABLES:
            if vars(old_report.table(t)) != vars(new_report.table(t)):
                problems.append(f"{t}: {vars(old_report.table(t))} != {vars(new_report.table(t))}")
        if set(old_report.conflicts) != set(new_report.conflicts):
            problems.append(f"conflicts {old_report.conflicts} != {new_report.conflicts}")
        if old["tombstones"] != new["tombstones"]:
            problems.append("tombstones differ")
    return problems


SEEDS = range(10)


def test_new_merge_matches_the_old_one_except_where_documented(tmp_path: Path) -> None:
    seen = {"same reports": 0, "erased here too": 0, "kept to decide": 0, "came back": 0}
    for seed in SEEDS:
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        a_path, b_path = _make_pair(folder, seed)
        erased_people = _erasure_people(a_path, b_path)
        for target, source in ((a_path, b_path), (b_path, a_path)):
            old = _merge_copy(target, source, folder, "old")
            new = _merge_copy(target, source, folder, "new")
            assert _compare(old, new, erased_people) == [], f"seed {seed}, into {target.name}"
            report: MergeReport = new["report"]
            assert report.added + report.updated + report.deleted > 0  # the pair did differ
            seen["erased here too"] += report.people_erased
            seen["kept to decide"] += len(report.erasures_to_decide)
            seen["came back"] += sum(c.reason.startswith("deleted here") for c in report.conflicts)
            seen["same reports"] += not erased_people and not any(
                c.reason.startswith("deleted here") for c in report.conflicts
            )
    assert all(seen.values()), seen  # every kind of case really was compared
