"""Shared helpers for the exchange tests: realistic records made through the services."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from linkdesk.domain.enums import ConsentScope, GoalStatus, ServiceSource
from linkdesk.domain.models import (
    Connection,
    FollowUp,
    Goal,
    Need,
    Person,
    Referral,
    Service,
)
from linkdesk.services.app_services import AppServices
from linkdesk.store.bundle import table_counts
from linkdesk.store.merge import MERGE_TABLES

RECORD_TABLES = MERGE_TABLES


def add_person(services: AppServices, given: str, family: str = "Tester") -> str:
    """A person with one of every kind of record; returns the person id."""
    person = services.people.add_person(
        Person(given_name=given, family_name=family, phone="07700 900123"),
        Referral(person_id="", received_on=date(2026, 1, 5), reason=f"Lonely {given}"),
    )
    pid = person.id
    services.people.record_consent(pid, ConsentScope.STORE, True)
    conv = services.casework.start_conversation(pid, held_on=date(2026, 1, 10), venue="Library")
    conv.what_matters = f"My garden, says {given}"
    services.casework.save_conversation(conv)
    services.casework.save_need(
        Need(person_id=pid, conversation_id=conv.id, area="loneliness", importance=3), new=True
    )
    goal = services.casework.save_goal(
        Goal(person_id=pid, conversation_id=conv.id, text=f"Join a choir ({given})"), new=True
    )
    services.casework.record_goal_progress(goal.id, GoalStatus.IN_PROGRESS, note="went once")
    service = services.repos.services.find("source_id = 'choir-1'")
    if service:
        service_id = service[0].id
    else:
        svc = Service(
            name="Community choir", source=ServiceSource.OPEN_REFERRAL, source_id="choir-1"
        )
        services.repos.services.insert(svc)
        service_id = svc.id
    services.casework.save_connection(
        Connection(person_id=pid, goal_id=goal.id, service_id=service_id, conversation_id=conv.id),
        new=True,
    )
    services.casework.record_measure(pid, "UCLA3", [2, 3, 2], conversation_id=conv.id)
    services.people.book_follow_up(
        FollowUp(person_id=pid, due_on=date.today() + timedelta(days=14), note="Check choir")
    )
    return pid


def record_rows(services: AppServices) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every record table, sorted: compare two workspaces' content."""
    out = {}
    for table in RECORD_TABLES:
        cols = [r[1] for r in services.workspace.query(f"PRAGMA table_info({table})")]
        out[table] = sorted(
            tuple(r) for r in services.workspace.query(f"SELECT {', '.join(cols)} FROM {table}")
        )
    return out


def counts(services: AppServices) -> dict[str, int]:
    return table_counts(services.workspace.conn)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []
