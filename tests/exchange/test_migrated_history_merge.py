"""Rows a migration makes from existing records merge as one row, not one per laptop.

The day's step (link_workers_day) starts each referral's status history from what the
referral says. Two laptops holding the same referral each upgrade on their own; with random
ids their next merge would show the referral "received" twice. The ids are derived from the
referral's id (store/schema.derived_id), so both laptops make the same rows.
"""

from __future__ import annotations

from pathlib import Path

from linkdesk.services.app_services import AppServices
from linkdesk.store.schema import LINK_WORKERS_DAY, MIGRATIONS, derived_id
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

T = "2026-01-05T10:00:00.000000Z"


def _laptop_before_the_day(path: Path) -> None:
    """A workspace at the version before the day's step, holding one closed referral."""
    ws = Workspace.create(path, PASSPHRASE, version=MIGRATIONS.index(LINK_WORKERS_DAY))
    ws.execute(
        "INSERT INTO person (id, created_at, updated_at, given_name) VALUES ('p', ?, ?, 'Ann')",
        (T, T),
    )
    ws.execute(
        "INSERT INTO referral (id, created_at, updated_at, person_id, received_on, source,"
        " status, status_changed_on, closure_reason) VALUES ('r1', ?, ?, 'p', '2026-01-02',"
        " 'gp', 'closed', '2026-03-01', 'Goals met')",
        (T, T),
    )
    ws.close()


def test_two_laptops_upgrading_the_same_referral_merge_one_history(
    tmp_path: Path, dest: Path
) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        _laptop_before_the_day(tmp_path / name / "w.linkdesk")
    with Workspace.open(tmp_path / "b" / "w.linkdesk", PASSPHRASE) as ws_b:
        bundle = AppServices(ws_b).exchange.backup(dest).bundle_path
        ids_b = sorted(r[0] for r in ws_b.query("SELECT id FROM status_change"))
    with Workspace.open(tmp_path / "a" / "w.linkdesk", PASSPHRASE) as ws_a:
        ids_a = sorted(r[0] for r in ws_a.query("SELECT id FROM status_change"))
        assert ids_a == ids_b == sorted([derived_id("r1", "received"), derived_id("r1", "status")])
        services = AppServices(ws_a)
        report = services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
        assert [c for c in report.conflicts if c.table == "status_change"] == []
        history = [(c.from_status, c.to_status) for c in services.referrals.history("r1")]
        assert history == [("", "received"), ("received", "closed")]


def test_derived_ids_are_uuid_shaped_and_differ_by_their_parts() -> None:
    one, two = derived_id("r1", "received"), derived_id("r1", "status")
    assert one != two
    assert one == derived_id("r1", "received")
    assert len(one) == 36
    assert one[14] == "4"
    assert one[19] in "89ab"
