"""A merge costs what the bundle changed (issue 15): no statement reads a whole workspace table,
and a bundle made or merged here before is recognised and not merged again.

Timings belong in ``linkdesk bench`` (merge_2000_s); these tests check the shape of the work.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import Service
from linkdesk.services.app_services import AppServices
from linkdesk.store import merge as merge_module
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person, record_rows

# Plan lines may scan these: the bundle's tables (aliases b, nb) and the merge's own small
# temporary tables (c, w); everything of the workspace must be an index search.
ALLOWED_SCANS = ("SCAN b", "SCAN nb", "SCAN c", "SCAN w", "SCAN merge_rows", "SCAN temp.")


def _pair(services: AppServices, tmp_path: Path) -> AppServices:
    for name in ("Ann", "Bea", "Cy", "Dee"):
        add_person(services, name)
    services._workspace.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(services._workspace.path, tmp_path / "b.linkdesk")
    return AppServices(Workspace.open(tmp_path / "b.linkdesk", PASSPHRASE))


def test_no_merge_statement_scans_a_workspace_table(
    services: AppServices, tmp_path: Path, dest: Path
) -> None:
    b = _pair(services, tmp_path)
    try:  # every kind of change: added, edited, deleted, erased, a directory entry
        add_person(b, "Eve")
        p = b.people.get(b.people.search("Ann")[0].person_id)
        p.phone = "01632 960999"
        b.people.update_person(p)
        b._repos.needs.delete(b._repos.needs.find()[0].id)
        b.exchange.erase_person(b.people.search("Bea")[0].person_id)
        b._repos.services.insert(Service(name="Walking group", source_id="walk-1"))
        bundle = b.exchange.backup(dest).bundle_path
    finally:
        b._workspace.close()
    ws = services._workspace
    ws.execute("ATTACH DATABASE ? AS bundle KEY ?", (str(bundle), PASSPHRASE))
    statements: list[str] = []
    try:
        ws.conn.set_trace_callback(statements.append)
        with ws.transaction():
            report = merge_module.merge_attached(ws, "other")
        ws.conn.set_trace_callback(None)
        assert all((report.added, report.updated, report.deleted, report.people_erased))
        ws.execute("CREATE TEMP TABLE merge_rows (id, bh, mrow, mh, stamp)")
        ws.execute("CREATE TEMP TABLE merge_pending (id TEXT PRIMARY KEY)")
        scans = {}
        for sql in dict.fromkeys(statements):
            if not sql.lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE", "DELETE")):
                continue
            if sql.startswith(("SELECT count(*) FROM bundle.", "SELECT count(*) FROM temp.")):
                continue  # counting the bundle's own rows
            plan = [r[3] for r in ws.query(f"EXPLAIN QUERY PLAN {sql}")]
            bad = [line for line in plan if line.startswith("SCAN") and
                   not line.startswith(ALLOWED_SCANS)]  # fmt: skip
            if bad:
                scans[sql[:120]] = bad
        assert scans == {}
        assert len(statements) > 50  # the trace really saw the merge
    finally:
        ws.conn.set_trace_callback(None)
        ws.execute("DROP TABLE IF EXISTS temp.merge_rows")
        ws.execute("DROP TABLE IF EXISTS temp.merge_pending")
        ws.execute("DETACH DATABASE bundle")


def test_own_backup_and_a_bundle_merged_before_are_not_merged_again(
    services: AppServices, make_services, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    add_person(services, "Ann")
    own = services.exchange.backup(dest).bundle_path
    other = make_services("laptop_b")
    add_person(other, "Cy")
    theirs = other.exchange.backup(dest).bundle_path
    first = services.exchange.merge(theirs, bundle_passphrase=PASSPHRASE)
    assert first.added > 0
    assert not first.already_merged
    p = services.people.get(services.people.search("Ann")[0].person_id)
    p.phone = "01632 960555"  # changed here since the backup was made
    services.people.update_person(p)
    before = record_rows(services)

    def no_merge(*args: object, **kwargs: object) -> None:
        raise AssertionError("merged again")

    monkeypatch.setattr("linkdesk.services.exchange.merge_attached", no_merge)
    for bundle in (own, theirs):
        report = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
        assert report.already_merged
        assert not report.changed_anything
        assert "made or merged here before" in report.lines()[1]
    assert record_rows(services) == before
    entries = services._audit.entries("action = 'merged'")
    assert entries[-1].detail.endswith("already_merged=1")
    # The passphrase is still checked, and a changed file is not taken for the one merged.
    with pytest.raises(LinkDeskError, match="Wrong backup passphrase"):
        services.exchange.merge(own, bundle_passphrase="not the right one")
    data = bytearray(own.read_bytes())
    data[-100] ^= 1
    own.write_bytes(bytes(data))
    with pytest.raises(LinkDeskError, match="does not match its manifest"):
        services.exchange.merge(own, bundle_passphrase=PASSPHRASE)
