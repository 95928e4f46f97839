"""A realistic person, made through the same services the GUI uses."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.enums import ConnectionStatus, FollowUpKind, GoalStatus
from linkdesk.domain.models import Connection, FollowUp, Goal, Person, Service
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

NOTE = "CANARY-NOTE-do-not-print"
SAFEGUARDING = "CANARY-SAFEGUARDING-do-not-print"
STOPPED_GOAL = "CANARY-STOPPED-GOAL"
DECLINED = "CANARY-DECLINED-SERVICE"
WORKER_NOTES = "CANARY-WORKER-NOTES"

GOALS = [
    (
        "Go to a singing group once a week",
        "Singing makes me feel like myself again.",
        "Ring the choir and ask about Tuesday's session",
    ),
    (
        "Walk to the park and back without stopping",
        "So I can get to the shops on my own.",
        "Walk to the end of the road and back every morning",
    ),
    ("Sort out the gas bill", "", "Take the bill to Citizens Advice on Thursday"),
]
WHAT_MATTERS = (
    "Getting out of the house more since my husband died. I miss having people to talk to."
)


def make_person(services: AppServices, *, given: str = "Bronwen", family: str = "Ŵyn") -> str:
    today = date.today()
    person = services.people.add_person(
        Person(given_name=given, family_name=family, preferred_name="")
    )
    pid = person.id
    conv = services.casework.start_conversation(pid, venue="Health centre")
    conv.what_matters = WHAT_MATTERS
    conv.notes = NOTE
    conv.safeguarding_concern = True
    conv.safeguarding_note = SAFEGUARDING
    services.casework.save_conversation(conv)
    goal_ids = []
    for text, why, step in GOALS:
        goal = services.casework.save_goal(
            Goal(
                person_id=pid,
                text=text,
                why=why,
                first_step=step,
                target_date=today + timedelta(days=60),
            ),
            new=True,
        )
        goal_ids.append(goal.id)
    stopped = services.casework.save_goal(Goal(person_id=pid, text=STOPPED_GOAL), new=True)
    services.casework.record_goal_progress(stopped.id, GoalStatus.STOPPED)
    choir = services.directory.save(
        Service(
            name="Sing for Wellbeing choir",
            description="A friendly community choir. No experience needed.",
            address="St Mary's Church Hall, 12 High Street, Abergavenny",
            postcode="NP7 5AA",
            phone="01873 555 123",
            schedule="Tuesdays, 10:30 to 12:00",
            cost="Free. Tea and biscuits £1",
            how_to_get_there="Bus X3 stops outside the hall.",
            worker_notes=WORKER_NOTES,
        ),
        new=True,
    )
    services.casework.save_connection(
        Connection(
            person_id=pid,
            goal_id=goal_ids[0],
            service_id=choir.id,
            person_action="Go along on Tuesday. Gwen will meet me at the door.",
            worker_action="Ring Gwen to say I am coming.",
            due_on=today + timedelta(days=7),
            status=ConnectionStatus.AGREED,
        ),
        new=True,
    )
    services.casework.save_connection(
        Connection(
            person_id=pid,
            name="Citizens Advice Monmouthshire",
            details="Free, private advice about money, bills and benefits.",
            person_action="Take my gas bill and my bank letters.",
        ),
        new=True,
    )
    services.casework.save_connection(
        Connection(person_id=pid, name=DECLINED, status=ConnectionStatus.DECLINED), new=True
    )
    services.people.book_follow_up(
        FollowUp(
            person_id=pid, due_on=today + timedelta(days=14), kind=FollowUpKind.PHONE, venue=""
        )
    )
    services.casework.record_measure(pid, "UCLA3", [3, 3, 3])
    return pid


def cli_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *others: Person
) -> tuple[Path, str]:
    """A workspace file in ``tmp_path`` holding :func:`make_person`'s person and ``others``,
    its passphrase in LINKDESK_PASSPHRASE for the command line: (its path, the id of the
    person with the plan)."""
    path = tmp_path / "cli.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        pid = make_person(services)
        for person in others:
            services.people.add_person(person)
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    return path, pid
