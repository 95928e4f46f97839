"""Bulk writing: Workspace.bulk() and AuditLog.batch() keep the record and the chain exact."""

from __future__ import annotations

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store.audit import entry_mac


def test_batched_entries_chain_exactly_like_single_ones(services: AppServices) -> None:
    services.people.add_person(Person(given_name="Before"))
    with services._workspace.bulk(), services._audit.batch():
        for i in range(20):
            services.people.add_person(Person(given_name="Bulk", family_name=str(i)))
    services.people.add_person(Person(given_name="After"))
    entries = services._audit.entries()
    assert len(entries) == 22
    assert services._audit.verify() is None
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.prev_hash == before.hash


def test_tampering_after_a_batch_is_found(services: AppServices) -> None:
    with services._workspace.bulk(), services._audit.batch():
        for i in range(3):
            services.people.add_person(Person(given_name="T", family_name=str(i)))
    second = services._audit.entries()[1]
    key = services._audit.rules.key
    assert key is not None  # a new workspace's chain is keyed
    assert second.hash == entry_mac(
        key,
        second.prev_hash,
        second.at,
        second.actor,
        second.action,
        second.entity,
        second.entity_id,
        second.person_id,
        second.detail,
    )
    services._workspace.execute("DROP TRIGGER audit_no_update")
    services._workspace.execute("UPDATE audit SET detail = 'x' WHERE seq = ?", (second.seq,))
    assert services._audit.verify() == second.seq


def _bulk_with_a_bad_record(services: AppServices) -> None:
    with services._workspace.bulk(), services._audit.batch():
        services.people.add_person(Person(given_name="Kept?"))
        services.people.add_person(Person(given_name=" "))  # invalid: no name


def test_an_error_in_bulk_rolls_everything_back(services: AppServices) -> None:
    with pytest.raises(LinkDeskError):
        _bulk_with_a_bad_record(services)
    assert services.people.count() == 0
    assert services._audit.entries() == []
    services.people.add_person(Person(given_name="Fine"))  # the cache was dropped
    assert services._audit.verify() is None


def test_a_batch_needs_a_transaction(services: AppServices) -> None:
    with pytest.raises(LinkDeskError, match="inside a transaction"), services._audit.batch():
        pass
