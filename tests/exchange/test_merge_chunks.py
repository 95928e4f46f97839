"""A merge written in chunks of rows gives exactly what one statement per table gave (issue 15).

Each INSERT or UPDATE of a table's merge runs once per ``MERGE_CHUNK_ROWS`` rows (so SQLite's
in-memory statement journal stays small), inside the one transaction. The generated pairs of
``test_merge_oracle`` (edits on both laptops, additions, deletions, erasures, records deleted
on one and edited later on the other) are merged with chunks of one row and of three, and
with one statement per table; every row (with its rowid and clock reading), every tombstone,
the counts, the conflicts and the people left to decide must be the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.exchange.merge_report import MergeReport
from linkdesk.services.app_services import AppServices
from linkdesk.store import merge as store_merge
from linkdesk.store.workspace import CACHE_KIB, Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person, counts
from tests.exchange.test_merge_oracle import _make_pair

ONE_STATEMENT = 10**9


def _merged(
    target: Path, source: Path, tmp: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Any]:
    monkeypatch.setattr(store_merge, "MERGE_CHUNK_ROWS", chunk)
    copy = tmp / f"{target.stem}-{chunk}.linkdesk"
    copy.write_bytes(target.read_bytes())
    statements: list[str] = []
    with Workspace.open(copy, PASSPHRASE) as ws:
        ws.conn.set_trace_callback(statements.append)
        ws.execute("ATTACH DATABASE ? AS bundle KEY ?", (str(source), PASSPHRASE))
        try:
            with ws.transaction():
                report = store_merge.merge_attached(ws, "other")
        finally:
            ws.conn.set_trace_callback(None)
            ws.execute("DETACH DATABASE bundle")
        rows = {
            t: ws.query(f"SELECT rowid, * FROM main.{t} ORDER BY rowid")
            for t in (*store_merge.MERGE_TABLES, "tombstone", "person_fts")
        }
        rows["caseload_row"] = ws.query("SELECT * FROM main.caseload_row")  # WITHOUT ROWID
    writes = sum(s.startswith(("INSERT INTO main.", "UPDATE main.")) for s in statements)
    return {"rows": rows, "report": _report(report), "writes": writes}


def _report(report: MergeReport) -> tuple[object, ...]:
    return (
        {t: vars(report.table(t)) for t in store_merge.MERGE_TABLES},
        report.conflicts,
        report.erasures_to_decide,
        report.people_erased,
        report.records_erased,
        report.tombstones_added,
        report.latest_reading,
    )


def test_chunked_merge_writes_exactly_what_one_statement_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = {"added": 0, "updated": 0, "deleted": 0, "erased": 0, "conflicts": 0}
    for seed in (0, 3, 7):
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        a_path, b_path = _make_pair(folder, seed)
        for target, source in ((a_path, b_path), (b_path, a_path)):
            whole = _merged(target, source, folder, ONE_STATEMENT, monkeypatch)
            for chunk in (1, 3):
                chunked = _merged(target, source, folder, chunk, monkeypatch)
                assert chunked["rows"] == whole["rows"], (seed, chunk, target.name)
                assert chunked["report"] == whole["report"], (seed, chunk, target.name)
                assert chunked["writes"] > whole["writes"]  # it really ran in more statements
            tables, conflicts, _, erased = whole["report"][:4]
            for key in ("added", "updated", "deleted"):
                seen[key] += sum(stats[key] for stats in tables.values())
            seen["erased"] += erased
            seen["conflicts"] += len(conflicts)
    assert all(seen.values()), seen  # additions, updates, deletions, erasures all compared


def test_tables_judged_against_themselves_stay_one_statement(services: AppServices) -> None:
    conn = services._workspace.conn
    conn.execute("ATTACH DATABASE ':memory:' AS bundle")
    try:
        for t in store_merge.MERGE_TABLES:  # the same tables, empty
            sql = conn.execute("SELECT sql FROM main.sqlite_master WHERE name = ?", (t,))
            conn.execute(sql.fetchone()[0].replace(f"TABLE {t}", f"TABLE bundle.{t}", 1))
        plans = {t: store_merge._TablePlan(conn, t) for t in store_merge.MERGE_TABLES}
    finally:
        conn.execute("DETACH DATABASE bundle")
    assert not plans["service"].chunked  # matched by (source, source id) too
    assert all(plan.chunked for t, plan in plans.items() if t != "service")


def test_a_failure_in_a_later_chunk_leaves_nothing_of_the_earlier_ones(
    services: AppServices, make_services: Any, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = make_services("laptop_b")
    ids = [add_person(other, name) for name in ("Mallory", "Trent", "Peggy", "Victor")]
    bundle = Path(other.exchange.backup(dest).bundle_path)
    monkeypatch.setattr(store_merge, "MERGE_CHUNK_ROWS", 1)
    before = counts(services)
    last = max(ids)  # merge_rows follows the bundle's rows; the failing one is not the first
    services._workspace.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.person "
        f"WHEN NEW.id = '{last}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(LinkDeskError, match="nothing was changed"):
        services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    services._workspace.execute("DROP TRIGGER temp.refuse")
    assert counts(services) == before
    assert not {r[0] for r in services._workspace.query("SELECT id FROM person")} & set(ids)
    report = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    assert report.table("person").added == 4


def test_the_merge_cache_is_what_the_budget_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_merge, "MERGE_RSS_BUDGET_MB", 270)
    assert store_merge.merge_cache_kib(50) == 220 * 1024  # a small process: room for more
    assert store_merge.merge_cache_kib(220) == 50 * 1024  # the GUI: what is left under 270
    assert store_merge.merge_cache_kib(290) == store_merge.MERGE_CACHE_MIN_KIB  # no room
    monkeypatch.setattr(store_merge, "MERGE_RSS_BUDGET_MB", 10_000)
    assert store_merge.merge_cache_kib(50) == store_merge.MERGE_CACHE_KIB  # never above this
    measured = store_merge.merge_cache_kib()  # this process, measured
    assert store_merge.MERGE_CACHE_MIN_KIB <= measured <= store_merge.MERGE_CACHE_KIB


def test_a_merge_frees_the_shared_cache_first_and_puts_it_back_after(
    services: AppServices, make_services: Any, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = make_services("laptop_b")
    add_person(other, "Mallory")
    bundle = Path(other.exchange.backup(dest).bundle_path)
    ws = services._workspace
    seen: list[tuple[str, int]] = []
    release = type(ws).release_cache

    def spy(self: Workspace) -> None:
        seen.append(("released", int(self.scalar("PRAGMA main.cache_size"))))
        release(self)

    monkeypatch.setattr(type(ws), "release_cache", spy)
    monkeypatch.setattr(store_merge, "merge_cache_kib", lambda: 12_345)
    attach = store_merge.merge_attached

    def during(w: Workspace, *args: Any) -> MergeReport:
        seen.append(("merging", int(w.scalar("PRAGMA main.cache_size"))))
        return attach(w, *args)

    monkeypatch.setattr("linkdesk.services.exchange.merge_attached", during)
    assert services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE).added > 0
    assert seen[:2] == [("released", -CACHE_KIB), ("merging", -12_345)]
    assert ws.scalar("PRAGMA main.cache_size") == -CACHE_KIB
