"""The day's schema step carries existing records over (old booking values, closed referrals,
history), wherever it sits in the list of migrations."""

from __future__ import annotations

from pathlib import Path

from linkdesk.domain.enums import FollowUpStatus
from linkdesk.domain.referral_rules import ClosureOutcome
from linkdesk.services.app_services import AppServices
from linkdesk.store.schema import LATEST_VERSION, LINK_WORKERS_DAY, MIGRATIONS
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

T = "2026-01-05T10:00:00.000000Z"


def test_records_from_before_the_step_are_carried_over(tmp_path: Path) -> None:
    before = MIGRATIONS.index(LINK_WORKERS_DAY)  # the version just before this step
    path = tmp_path / "before.linkdesk"
    ws = Workspace.create(path, PASSPHRASE, version=before)
    ws.execute(
        "INSERT INTO person (id, created_at, updated_at, given_name) VALUES ('p', ?, ?, 'Old')",
        (T, T),
    )
    for rid, status, reason in (("r1", "closed", "Moved away"), ("r2", "closed", "Died"),
                                ("r3", "received", "")):  # fmt: skip
        ws.execute(
            "INSERT INTO referral (id, created_at, updated_at, person_id, received_on, source,"
            " status, status_changed_on, closure_reason) VALUES (?, ?, ?, 'p', '2026-01-02',"
            " 'gp', ?, '2026-03-01', ?)",
            (rid, T, T, status, reason),
        )
    for fid, status in (("f1", "done"), ("f2", "missed"), ("f3", "cancelled"), ("f4", "booked")):
        ws.execute(
            "INSERT INTO follow_up (id, created_at, updated_at, person_id, due_on, kind, status)"
            " VALUES (?, ?, ?, 'p', '2026-02-01', 'phone', ?)",
            (fid, T, T, status),
        )
    ws.close()
    with Workspace.open(path, PASSPHRASE) as ws:
        assert ws.schema_version == LATEST_VERSION
        services = AppServices(ws)
        statuses = {f.id: f.status for f in services._repos.follow_ups.find()}
        assert statuses == {
            "f1": FollowUpStatus.ATTENDED,
            "f2": FollowUpStatus.DID_NOT_ATTEND,
            "f3": FollowUpStatus.CANCELLED_BY_WORKER,
            "f4": FollowUpStatus.BOOKED,
        }
        f1 = services._repos.follow_ups.get("f1")
        assert (str(f1.booked_on), str(f1.outcome_on)) == ("2026-01-05", "2026-02-01")
        assert services._repos.follow_ups.get("f4").outcome_on is None
        assert services.referrals.get("r1").closure_outcome == ClosureOutcome.MOVED_AWAY
        assert services.referrals.get("r2").closure_outcome is None  # no outcome implied
        history = [(c.from_status, c.to_status) for c in services.referrals.history("r1")]
        assert history == [("", "received"), ("received", "closed")]
        assert [c.to_status for c in services.referrals.history("r3")] == ["received"]
        ids = [c.id for c in services._repos.status_changes.find()]
        assert len(set(ids)) == len(ids) == 5
        assert all(len(i) == 36 and i[14] == "4" for i in ids)  # UUID-shaped
        assert services.timeline.for_person("p")  # the timeline reads migrated rows
        assert ws.integrity_ok()


def test_an_unknown_legacy_value_still_reads() -> None:
    assert FollowUpStatus("done") is FollowUpStatus.ATTENDED
    assert FollowUpStatus("missed").is_missed
