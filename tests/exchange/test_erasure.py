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


# Words the name index (FTS5) stores as tokens: lower case, and in a large index each term is
# kept as a suffix after the part it shares with the term before it, so the test looks for
# the tails of the words too (and finds them before the erasure: the positive control).
WORDS = {"given": "Quillonmorrow", "family": "Vexbridgeham", "preferred": "Zindlewarth"}
TRACES = [
    *WORDS.values(),
    *(w.lower()[-7:] for w in WORDS.values()),
    "ZZ9 9QX",
    "9434765919",  # a valid NHS number
    "Marigold-notes-canary",
]


def _fill(services: AppServices, people: int) -> str:
    """A workspace of ``people`` demo people, the canary person among the first made (so its
    words sit in the name index's oldest, largest segments), renamed once, with a long note
    (overflow pages) and every kind of record."""
    from linkdesk.domain.models import Person
    from linkdesk.services.demo import generate

    pid = add_person(services, WORDS["given"], family=WORDS["family"])
    person = services.people.get(pid)
    person.preferred_name = "Gorsefeather"
    services.people.update_person(person)
    person.preferred_name = WORDS["preferred"]  # renamed: the old name must not linger
    person.postcode, person.nhs_number = "ZZ9 9QX", "9434765919"
    services.people.update_person(person)
    conv = services._repos.conversations.for_person(pid)[0]
    conv.notes = "Marigold-notes-canary " + "x" * 9000  # longer than a page
    services.casework.save_conversation(conv)
    generate(services, people=people, seed=5)
    services.people.add_person(Person(given_name="Afterwards"))
    return pid


def test_erasure_on_a_larger_workspace_leaves_no_trace_and_rewrites_little(
    services: AppServices,
) -> None:
    pid = _fill(services, 600)
    ws, path = services._workspace, services._workspace.path
    ws.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before_pages = decrypted_pages(path, PASSPHRASE)
    for trace in TRACES:
        assert contains_text(before_pages, trace), trace  # positive control
    # A rename already took the old name out of the row and the name index (secure_delete,
    # FTS5 secure-delete), even before any erasure.
    assert not contains_text(before_pages, "Gorsefeather")
    assert not contains_text(before_pages, "rsefeather")
    raw_before = path.read_bytes()
    services.exchange.erase_person(pid)
    pages = decrypted_pages(path, PASSPHRASE)
    for trace in TRACES:
        assert not contains_text(pages, trace), trace
    assert not contains_text(_raw_files(path), "Marigold")
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # The cost follows what was erased: the file is not rewritten (no VACUUM), most pages
    # are byte for byte as they were.
    raw_after = path.read_bytes()
    size = 4096
    changed = sum(
        raw_before[i : i + size] != raw_after[i : i + size] for i in range(0, len(raw_after), size)
    )
    assert len(raw_after) >= len(raw_before)
    assert changed < len(raw_after) // size // 10, (changed, len(raw_after) // size)
    assert services.check()["ok"] is True
    assert services.people.search("Vexbridge") == []


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
