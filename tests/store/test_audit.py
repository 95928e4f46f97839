from __future__ import annotations

import pytest

from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import DatabaseError


def test_chain_verifies_and_detects_tampering(services: AppServices) -> None:
    person = services.people.add_person(Person(given_name="Ada"))
    services.people.record(person.id)
    entries = services._audit.for_person(person.id)
    assert [e.action for e in entries] == ["created", "viewed"]
    assert services._audit.verify() is None
    # The triggers refuse edits; a forger who drops them still breaks the chain.
    with pytest.raises(DatabaseError, match="append-only"):
        services._workspace.execute("UPDATE audit SET action = 'x'")
    services._workspace.execute("DROP TRIGGER audit_no_update")
    services._workspace.execute("UPDATE audit SET action = 'edited' WHERE seq = 2")
    assert services._audit.verify() == 2


def test_audit_holds_no_names(services: AppServices) -> None:
    services.people.add_person(Person(given_name="Bartholomew", family_name="Quince"))
    dump = repr(services._workspace.query("SELECT * FROM audit"))
    assert "Bartholomew" not in dump
    assert "Quince" not in dump
