"""A small, hand-built caseload with known report figures, made through the services.

Every free-text field holds a canary so tests can prove none of it reaches a report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from linkdesk.domain.enums import (
    ConnectionStatus,
    ConversationKind,
    FollowUpStatus,
    GoalStatus,
    ReferralSource,
    Timepoint,
)
from linkdesk.domain.models import Connection, FollowUp, Goal, Person, Referral, Service
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.services.app_services import AppServices

CANARIES = (
    "Zebedee",
    "Canarywhistle",
    "ZZ99 9ZZ",
    "1950-01-02",
    "9434765919",
    "CANARY-REASON",
    "CANARY-REFERRER",
    "CANARY-VENUE",
    "CANARY-WORDS",
    "CANARY-NOTE",
    "CANARY-SAFEGUARDING",
    "CANARY-GOAL",
    "CANARY-STEP",
    "CANARY-CONNECTION",
    "CANARY-ACTION",
    "CANARY-PROGRESS",
)

# Days from referral to first contact for people 1..5; 6 declines; 7 and 8 are never contacted.
WAITS = (0, 3, 10, 20, 40)
SOURCES = [ReferralSource.GP] * 6 + [ReferralSource.SELF, ReferralSource.SOCIAL_CARE]
CONVERSATIONS = (3, 2, 1, 1, 1)
# ONS4 answers (baseline, latest follow-up) for people 1..5; person 5 skipped "worthwhile".
ONS_BEFORE = ([3, 5, 4, 6], [4, 5, 5, 7], [5, 6, 6, 5], [6, 7, 5, 8], [2, 3, 3, 6])
ONS_AFTER = ([6, 7, 6, 3], [6, 6, 6, 4], [7, 6, 7, 5], [8, 8, 7, 4], [4, None, 5, 2])
UCLA_BEFORE = ([3, 2, 2], [3, 3, 2], [2, 2, 2], [3, 3, 3], [2, 2, 1])
UCLA_AFTER = ([2, 2, 1], [2, 2, 2], [2, 2, 2], [3, 2, 2], [2, 1, 1])


@dataclass
class Built:
    start: date
    person_ids: list[str] = field(default_factory=list)


def _person(i: int) -> Person:
    return Person(
        given_name=f"Zebedee{i}",
        family_name="Canarywhistle",
        date_of_birth=date(1950, 1, 2),
        nhs_number="9434765919" if i == 1 else None,
        postcode="ZZ99 9ZZ",
        address="1 CANARY-NOTE Street",
    )


def build_known(services: AppServices, today: date) -> Built:
    """Eight people referred in the last 12 months, one referred long before."""
    built = Built(today - timedelta(days=150))
    with services._workspace.transaction():  # one commit: the services' own ones nest inside
        return _fill(services, today, built)


def _save_service(services: AppServices, name: str, categories: list[str]) -> Service:
    return services.directory.save(Service(name=name, categories=categories), new=True)


def _fill(services: AppServices, today: date, built: Built) -> Built:
    people, casework = services.people, services.casework
    tea = _save_service(services, "Tea and Chat", ["befriending", "Social groups "])
    walk = _save_service(services, "Park Walk", ["walking groups"])
    for i in range(1, 9):
        received = built.start + timedelta(days=i)
        person = people.add_person(
            _person(i),
            Referral(
                person_id="",
                received_on=received,
                source=SOURCES[i - 1],
                referrer_name="CANARY-REFERRER",
                reason="CANARY-REASON",
            ),
        )
        built.person_ids.append(person.id)
        referral = services._repos.referrals.for_person(person.id)[0]
        if i <= 5:
            contacted = received + timedelta(days=WAITS[i - 1])
            people.change_referral_status(referral.id, ReferralStatus.CONTACTED, on=contacted)
            if i <= 2:
                people.change_referral_status(referral.id, ReferralStatus.ACTIVE, on=contacted)
            if i == 3:
                people.change_referral_status(
                    referral.id, ReferralStatus.CLOSED, closure_reason="Goals met", on=contacted
                )
            _conversations(services, person.id, referral.id, contacted, CONVERSATIONS[i - 1], i)
            _measures(services, person.id, contacted, i)
        elif i == 6:
            people.change_referral_status(referral.id, ReferralStatus.DECLINED, on=received)
            casework.record_measure(person.id, "ONS4", [5, 5, 5, 5], on=received)
    _goals_and_connections(services, built.person_ids[:3], tea, walk)
    # Outside the 12 months: counted only when the report covers all time.
    old = people.add_person(
        _person(9),
        Referral(person_id="", received_on=today - timedelta(days=500), source=ReferralSource.VCSE),
    )
    built.person_ids.append(old.id)
    # Follow-ups for the caseload overview: one overdue, two due this week, one next month.
    for due in (today - timedelta(days=2),):
        services._repos.follow_ups.insert(FollowUp(person_id=built.person_ids[0], due_on=due))
    for due in (today, today + timedelta(days=6), today + timedelta(days=30)):
        people.book_follow_up(FollowUp(person_id=built.person_ids[1], due_on=due))
    done = people.book_follow_up(FollowUp(person_id=built.person_ids[2], due_on=today))
    people.set_follow_up_status(done.id, FollowUpStatus.ATTENDED)
    return built


def _conversations(
    services: AppServices, person_id: str, referral_id: str, first: date, n: int, i: int
) -> None:
    for k in range(n):
        conversation = services.casework.start_conversation(
            person_id,
            kind=ConversationKind.FIRST if k == 0 else ConversationKind.FOLLOW_UP,
            held_on=first + timedelta(days=14 * k),
            venue="CANARY-VENUE",
            referral_id=referral_id,
        )
        conversation.what_matters = "CANARY-WORDS"
        conversation.notes = "CANARY-NOTE"
        if i == 2 and k == 0:
            conversation.safeguarding_concern = True
            conversation.safeguarding_note = "CANARY-SAFEGUARDING"
        services.casework.save_conversation(conversation)


def _measures(services: AppServices, person_id: str, first: date, i: int) -> None:
    cw = services.casework
    later = first + timedelta(days=60)
    cw.record_measure(person_id, "ONS4", list(ONS_BEFORE[i - 1]), on=first)
    cw.record_measure(person_id, "UCLA3", list(UCLA_BEFORE[i - 1]), on=first)
    if i == 1:  # an earlier follow-up that the later exit score replaces
        cw.record_measure(
            person_id,
            "ONS4",
            [0, 0, 0, 10],
            timepoint=Timepoint.FOLLOW_UP,
            on=later - timedelta(days=20),
        )
    cw.record_measure(person_id, "ONS4", list(ONS_AFTER[i - 1]), timepoint=Timepoint.EXIT, on=later)
    cw.record_measure(
        person_id, "UCLA3", list(UCLA_AFTER[i - 1]), timepoint=Timepoint.FOLLOW_UP, on=later
    )


GOAL_STATUSES = [GoalStatus.ACHIEVED] * 6 + [
    GoalStatus.IN_PROGRESS,
    GoalStatus.IN_PROGRESS,
    GoalStatus.NOT_STARTED,
    GoalStatus.STOPPED,
    GoalStatus.CHANGED,
]
CONNECTIONS = [("tea", ConnectionStatus.ATTENDING)] * 5 + [
    ("walk", ConnectionStatus.AGREED),
    ("walk", ConnectionStatus.AGREED),
    ("free", ConnectionStatus.DECLINED),
    ("free", ConnectionStatus.DECLINED),
    ("free", ConnectionStatus.DECLINED),
]


def _goals_and_connections(
    services: AppServices, person_ids: list[str], tea: Service, walk: Service
) -> None:
    cw = services.casework
    owners = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2]
    goals: list[Goal] = []
    for owner, status in zip(owners, GOAL_STATUSES, strict=True):
        goal = cw.save_goal(
            Goal(person_id=person_ids[owner], text="CANARY-GOAL", first_step="CANARY-STEP"),
            new=True,
        )
        if status != GoalStatus.NOT_STARTED:
            cw.record_goal_progress(goal.id, status, note="CANARY-PROGRESS")
        goals.append(goal)
    for k, (kind, status) in enumerate(CONNECTIONS):
        service_id = {"tea": tea.id, "walk": walk.id}.get(kind)
        cw.save_connection(
            Connection(
                person_id=person_ids[k % 3],
                goal_id=goals[k].id,
                service_id=service_id,
                name="" if service_id else "CANARY-CONNECTION",
                person_action="CANARY-ACTION",
                status=status,
            ),
            new=True,
        )
