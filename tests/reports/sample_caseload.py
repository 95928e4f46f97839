"""A few hundred synthetic people, made through the services, for looking at the Reports page.

Usage (screenshots for docs/):
    xvfb-run -a -s '-screen 0 1440x900x24' python -m tests.reports.sample_caseload OUT_DIR
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from linkdesk.domain.enums import (
    ConnectionStatus,
    ConversationKind,
    GoalStatus,
    ReferralSource,
    Timepoint,
)
from linkdesk.domain.models import Connection, FollowUp, Goal, Person, Referral, Service
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace

SERVICES = (
    ("Tea and Chat", ["befriending", "social groups"]),
    ("Park Walkers", ["walking groups", "physical activity"]),
    ("Citizens Advice drop-in", ["debt and benefits advice"]),
    ("Men's Shed", ["social groups", "arts and crafts"]),
    ("Community Garden", ["gardening", "volunteering"]),
    ("Digital Buddies", ["digital skills", "learning"]),
    ("Carers Hub", ["carers support"]),
    ("Mind peer support", ["mental wellbeing", "peer support"]),
)
SOURCES = [ReferralSource.GP] * 6 + [
    ReferralSource.PRACTICE_NURSE,
    ReferralSource.PRACTICE_NURSE,
    ReferralSource.SOCIAL_CARE,
    ReferralSource.SELF,
    ReferralSource.SELF,
    ReferralSource.VCSE,
]


def fill(services: AppServices, people: int = 160, seed: int = 7) -> None:
    rng = random.Random(seed)
    today = date.today()
    directory = [
        services.directory.save(Service(name=n, categories=c), new=True) for n, c in SERVICES
    ]
    for i in range(people):
        received = today - timedelta(days=rng.randint(1, 420))
        person = services.people.add_person(
            Person(given_name=f"Sample{i}", family_name="Person"),
            Referral(person_id="", received_on=received, source=rng.choice(SOURCES)),
        )
        referral = services._repos.referrals.for_person(person.id)[0]
        roll = rng.random()
        if roll < 0.08:
            services.people.change_referral_status(
                referral.id, ReferralStatus.DECLINED, on=received
            )
            continue
        wait = int(rng.expovariate(1 / 9))
        contacted = received + timedelta(days=wait)
        if roll < 0.2 or contacted >= today:
            continue  # still waiting for first contact
        services.people.change_referral_status(referral.id, ReferralStatus.CONTACTED, on=contacted)
        visits = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])
        last = contacted
        for k in range(visits):
            held = contacted + timedelta(days=21 * k)
            if held >= today:
                break
            last = held
            conv = services.casework.start_conversation(
                person.id,
                held_on=held,
                kind=ConversationKind.FIRST if k == 0 else ConversationKind.FOLLOW_UP,
                referral_id=referral.id,
            )
            if rng.random() < 0.03:
                conv.safeguarding_concern = True
                services.casework.save_conversation(conv)
        if visits > 1:
            services.people.change_referral_status(referral.id, ReferralStatus.ACTIVE, on=last)
        for _ in range(rng.randint(1, 3)):
            goal = services.casework.save_goal(
                Goal(person_id=person.id, text="A goal in their words"), new=True
            )
            status = rng.choice(list(GoalStatus))
            if status != GoalStatus.NOT_STARTED:
                services.casework.record_goal_progress(goal.id, status, on=last)
            service = rng.choice([*directory, None])
            services.casework.save_connection(
                Connection(
                    person_id=person.id,
                    goal_id=goal.id,
                    service_id=service.id if service else None,
                    name="" if service else "Local church lunch club",
                    status=rng.choice(list(ConnectionStatus)),
                ),
                new=True,
            )
        base_ons = [rng.randint(2, 7), rng.randint(2, 7), rng.randint(2, 7), rng.randint(4, 9)]
        base_ucla = [rng.randint(2, 3), rng.randint(1, 3), rng.randint(2, 3)]
        services.casework.record_measure(person.id, "ONS4", list(base_ons), on=contacted)
        services.casework.record_measure(person.id, "UCLA3", list(base_ucla), on=contacted)
        if visits > 1 and last > contacted:
            ons = [min(10, v + rng.randint(-1, 3)) for v in base_ons[:3]]
            ons.append(max(0, base_ons[3] - rng.randint(-1, 3)))
            ucla = [max(1, v - rng.randint(0, 1)) for v in base_ucla]
            services.casework.record_measure(
                person.id, "ONS4", ons, timepoint=Timepoint.FOLLOW_UP, on=last
            )
            services.casework.record_measure(
                person.id, "UCLA3", ucla, timepoint=Timepoint.FOLLOW_UP, on=last
            )
        if visits > 4 and rng.random() < 0.5:
            services.people.change_referral_status(
                referral.id, ReferralStatus.CLOSED, closure_reason="Goals met", on=last
            )
        elif rng.random() < 0.6:
            due = today + timedelta(days=rng.randint(-10, 30))
            services._repos.follow_ups.insert(FollowUp(person_id=person.id, due_on=due))


def main(out_dir: str) -> None:
    from PySide6.QtWidgets import QApplication

    from linkdesk.ui.ops import ImmediateOps
    from linkdesk.ui.reports_page import ReportsPage

    out = Path(out_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "sample.linkdesk", "correct horse battery")
        services = AppServices(ws)
        with services._workspace.transaction():
            fill(services)
        page = ReportsPage(services, ops=ImmediateOps())
        page.resize(1280, 860)
        page.show()
        for _ in range(5):  # let the deferred layout requests settle
            app.processEvents()
        page.grab().save(str(out / "reports.png"))
        paths = services.reports.write_report(Path(tmp))
        (out / "sample-report.pdf").write_bytes(paths[1].read_bytes())
        (out / "sample-report.csv").write_bytes(paths[0].read_bytes())
        ws.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
