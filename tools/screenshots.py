"""Regenerate docs/unlock.png, docs/caseload.png and docs/person.png from a demo workspace.

Run under a virtual X server (the screenshots are taken with ImageMagick's ``import``):

    xvfb-run -a -s '-screen 0 1440x900x24' python tools/screenshots.py docs/
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from linkdesk.app import DEMO_PASSPHRASE, AppController, _configure_application
from linkdesk.domain.enums import ConsentScope, ReferralSource
from linkdesk.domain.models import Conversation, FollowUp, Goal, Person, Referral
from linkdesk.domain.referral_rules import ReferralStatus

FIRST = [
    "Amara",
    "Bilal",
    "Chloe",
    "Dylan",
    "Eilidh",
    "Femi",
    "Grace",
    "Harpreet",
    "Ioan",
    "Jade",
    "Kofi",
    "Lena",
    "Mohammed",
    "Niamh",
]
LAST = [
    "Okafor",
    "Patel",
    "Quinn",
    "Roberts",
    "Singh",
    "Thomas",
    "Usman",
    "Vaughan",
    "Williams",
    "Xu",
    "Young",
    "Zielinski",
]


def seed_people(controller: AppController) -> str:
    """A few people with referrals, follow-ups and one full record; returns that person's id."""
    services = controller.services
    rng = random.Random(7)
    today = date.today()
    for i in range(40):
        person = services.people.add_person(
            Person(
                given_name=rng.choice(FIRST),
                family_name=rng.choice(LAST),
                date_of_birth=date(1940 + rng.randrange(60), 1 + rng.randrange(12), 1 + i % 27),
            ),
            Referral(
                person_id="",
                received_on=today - timedelta(days=rng.randrange(90)),
                source=rng.choice(list(ReferralSource)),
            ),
        )
        if i % 3 == 0:
            due = today + timedelta(days=rng.randrange(-10, 30))
            services.repos.follow_ups.insert(FollowUp(person_id=person.id, due_on=due))
    star = services.people.add_person(
        Person(
            given_name="Margaret",
            family_name="Okafor",
            preferred_name="Peggy",
            date_of_birth=date(1948, 3, 14),
            nhs_number="9434765919",
            phone="0113 496 0123",
            address="12 Mill Lane, Leeds",
            postcode="LS6 2AB",
            communication_needs=["large_print", "hearing_loop"],
        ),
        Referral(
            person_id="",
            received_on=today - timedelta(days=20),
            referrer_name="Dr Shah",
            referrer_organisation="Hyde Park Surgery",
            reason="Lonely since her husband died; stopped going out.",
        ),
    )
    record = services.people.record(star.id)
    referral = record.referrals[0]
    services.people.change_referral_status(referral.id, ReferralStatus.CONTACTED)
    services.people.change_referral_status(referral.id, ReferralStatus.ACTIVE)
    for scope in (ConsentScope.STORE, ConsentScope.SHARE_GP):
        services.people.record_consent(star.id, scope, True)
    conv = Conversation(
        person_id=star.id,
        held_on=today - timedelta(days=14),
        completed=True,
        what_matters="Getting out of the house and seeing people again.",
    )
    services.repos.conversations.insert(conv)
    services.repos.conversations.insert(
        Conversation(
            person_id=star.id, held_on=today - timedelta(days=2), safeguarding_concern=True
        )
    )
    for text in ("Go to the Tuesday lunch club", "Walk to the park twice a week"):
        services.repos.goals.insert(Goal(person_id=star.id, text=text))
    services.repos.follow_ups.insert(FollowUp(person_id=star.id, due_on=today + timedelta(days=6)))
    return star.id


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    _configure_application(app)
    controller = AppController()
    controller.unlock_screen.setGeometry(0, 0, 1440, 900)
    folder = Path(tempfile.mkdtemp(prefix="linkdesk-shots-"))

    def shoot(name: str) -> None:
        app.processEvents()
        subprocess.run(["import", "-window", "root", str(out / name)], check=True)

    def steps() -> None:
        if controller.window is None:
            QTimer.singleShot(200, steps)
            return
        star = seed_people(controller)
        controller.lock()
        controller.unlock_screen.setGeometry(0, 0, 1440, 900)
        controller.unlock_screen.open_passphrase.setText(DEMO_PASSPHRASE[:6])
        QTimer.singleShot(500, lambda: after_lock(star))

    def after_lock(star: str) -> None:
        shoot("unlock.png")
        controller.unlock_screen.open_passphrase.setText(DEMO_PASSPHRASE)
        controller.unlock_screen.submit_open()
        QTimer.singleShot(1500, lambda: unlocked(star))

    def unlocked(star: str) -> None:
        window = controller.window
        window.setGeometry(0, 0, 1440, 900)
        QTimer.singleShot(500, lambda: caseload(star))

    def caseload(star: str) -> None:
        shoot("caseload.png")
        controller.window.show_person(star)
        QTimer.singleShot(500, person)

    def person() -> None:
        shoot("person.png")
        controller.shutdown()
        app.quit()

    controller.show()
    controller.start_demo(folder, people=0)
    QTimer.singleShot(300, steps)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
