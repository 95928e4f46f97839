"""Erasure leaves no trace (file, WAL, free space, name index); retention finds old records."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.errors import NotFoundError
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.services.app_services import AppServices
from linkdesk.store.erasure import PERSON_TABLES as PERSON_TABLES_WITH_PERSON
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person, contains_text, decrypted_pages

CANARY = "Zebedee-Canary-7f3a"


def _raw_files(ws_path: Path) -> list[bytes]:
    return [p.read_bytes() for p in ws_path.parent.iterdir() if p.name.startswith(ws_path.name)]


def test_erasure_leaves_no_trace_of_the_canary(services: AppServices) -> None:
    keep = add_person(services, "Keeper")
    pid = add_person(services, CANARY, family=CANARY)
    path = services._workspace.path
    # Positive control: the decrypted pages do hold the canary before erasure.
    assert contains_text(decrypted_pages(path, PASSPHRASE), CANARY)
    erased = services.exchange.erase_person(pid)
    # The person, one of each of their 9 kinds of record, and their referral's history row.
    assert erased == 11
    pages = decrypted_pages(path, PASSPHRASE)
    assert not contains_text(pages, CANARY)  # nowhere: live rows, free space, FTS, WAL
    assert not contains_text(_raw_files(path), CANARY)
    assert services._workspace.scalar("PRAGMA freelist_count") == 0
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # Everything about them is gone; the other person is untouched.
    for table in PERSON_TABLES_WITH_PERSON:
        assert (
            services._workspace.scalar(f"SELECT count(*) FROM {table} WHERE person_id = ?", (pid,))
            == 0
        )
    assert services.people.get(keep).given_name == "Keeper"
    assert services.people.search(CANARY[:7]) == []
    assert services.check()["ok"] is True


def test_erasure_tombstones_and_audit(services: AppServices) -> None:
    pid = add_person(services, CANARY)
    conv_ids = [c.id for c in services._repos.conversations.for_person(pid)]
    services.exchange.erase_person(pid)
    tomb = set(services._workspace.query("SELECT entity, id FROM tombstone"))
    assert ("person", pid) in tomb
    assert ("conversation", conv_ids[0]) in tomb
    assert len(tomb) == 11
    entry = services._audit.entries("action = 'erased'")[0]
    assert (entry.entity, entity_id := entry.entity_id) == ("person", pid)
    assert entity_id == pid
    assert entry.person_id is None
    assert CANARY not in entry.detail
    assert services._audit.verify() is None
    with pytest.raises(NotFoundError):
        services.exchange.erase_person(pid)


def test_retention_candidates_and_bulk_erasure(services: AppServices) -> None:
    old = add_person(services, "Oldclosed")
    recent = add_person(services, "Recentclosed")
    still_open = add_person(services, "Stillopen")
    for pid, on in ((old, date(2023, 1, 10)), (recent, date(2026, 6, 1))):
        ref = services._repos.referrals.for_person(pid)[0]
        services.people.change_referral_status(
            ref.id, ReferralStatus.CLOSED, closure_reason="Goals met", on=on
        )
    services.settings.save(replace(services.settings.current, retention_months=24))
    found = services.exchange.retention_candidates(date(2026, 11, 24))
    assert [(c.person_id, c.name) for c in found] == [(old, "Oldclosed Tester")]
    assert found[0].last_ended_on == date(2023, 1, 10)
    services.settings.save(replace(services.settings.current, retention_months=3))
    found = services.exchange.retention_candidates(date(2026, 11, 24))
    assert {c.person_id for c in found} == {old, recent}
    assert still_open not in {c.person_id for c in found}
    # Each: the person, 9 kinds of record, and the referral's history (received, closed).
    assert services.exchange.erase_people([c.person_id for c in found]) == 24
    assert [r.person_id for r in services.people.search("")] == [still_open]
    assert len(services._audit.entries("action = 'erased'")) == 2
