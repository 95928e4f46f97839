"""Screenshots of every conversation step (run under xvfb-run; needs ImageMagick `import`).

xvfb-run -a -s '-screen 0 1440x900x24' python scripts/conversation_screenshots.py docs
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from linkdesk.domain.enums import ConsentScope, GoalStatus
from linkdesk.domain.models import Person, Referral, Service
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from linkdesk.ui.conversation import open_conversation


def shot(app: QApplication, out: Path, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    raw = out / f"{name}.raw.png"
    subprocess.run(["import", "-window", "root", str(raw)], check=True)
    subprocess.run(
        [
            "convert",
            str(raw),
            "-resize",
            "60%",
            "-strip",
            "-colors",
            "256",
            str(out / f"{name}.png"),
        ],
        check=True,
    )
    raw.unlink()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(exist_ok=True)
    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp())
    ws = Workspace.create(tmp / "shots.linkdesk", "correct horse battery")
    services = AppServices(ws)
    for name, cats, org, when in [
        (
            "Tuesday Walking Group",
            ["walking groups", "physical activity"],
            "Parks Trust",
            "Tuesdays 10am",
        ),
        ("Chatterbox Cafe", ["social groups", "befriending"], "Age Friendly", "Thursdays 2-4pm"),
        ("Money Matters Advice", ["debt and benefits advice"], "Citizens Advice", "Mon-Fri"),
        ("Community Allotment", ["gardening"], "Green Hands", "Saturdays"),
    ]:
        services.directory.save(
            Service(name=name, categories=cats, organisation=org, schedule=when, cost="Free"),
            new=True,
        )
    person = services.people.add_person(
        Person(given_name="Margaret", family_name="Okafor", preferred_name="Maggie"),
        Referral(person_id="", received_on=date.today()),
    )
    conv = services.conversation.start_or_resume(person.id)
    services.conversation.save_text(conv.id, "venue", "Hillside Library")
    for scope in (ConsentScope.STORE, ConsentScope.SHARE_GP):
        services.people.record_consent(person.id, scope, True)
    services.conversation.save_text(
        conv.id,
        "what_matters",
        "Getting out of the house more. Since Derek died the days are very long. "
        "I used to love the garden and I'd like to feel useful again.",
    )
    services.conversation.save_text(conv.id, "notes", "Lives alone; daughter in Leeds.")
    services.conversation.set_need(person.id, conv.id, "loneliness", 3, "the days are very long")
    services.conversation.set_need(person.id, conv.id, "physical_activity", 2, "knees not great")
    goal = services.conversation.save_goal(
        person.id,
        conv.id,
        None,
        text="Get out of the house three times a week",
        why="I feel better when I've seen people",
        first_step="Try the walking group on Tuesday",
        target_date=date.today() + timedelta(weeks=6),
    )
    c = services.conversation.add_connection(
        person.id, conv.id, service_id=services.directory.search("walking")[0].id
    )
    c.goal_id, c.person_action, c.worker_action = (
        goal.id,
        "go along on Tuesday",
        "ring Jan, the group leader",
    )
    services.conversation.update_connection(c)
    for i, v in enumerate([4, 5, 3, 6]):
        services.conversation.answer(conv, "ONS4", i, v)
    for i, v in enumerate([3, 2, 3]):
        services.conversation.answer(conv, "UCLA3", i, v)
    services.conversation.book_follow_up(
        person.id, date.today() + timedelta(weeks=2), venue="Hillside Library"
    )

    window = open_conversation(None, services, person.id)
    window.setGeometry(app.primaryScreen().geometry())
    names = ["consent", "matters", "areas", "goals", "connections", "wellbeing", "agree", "finish"]
    for i, name in enumerate(names):
        window.go(i)
        if name == "wellbeing":
            window.pages[i].show_summary()
        shot(app, out, f"conversation-{i + 1}-{name}")
        if name == "wellbeing":
            window.pages[i].show_question(1)
            shot(app, out, "conversation-6b-wellbeing-question")
    window.go(1)
    window.toggle_person_view()
    shot(app, out, "conversation-show-person")
    window.finish()

    # A follow-up reuses the flow: goal history and status, change since the first time.
    conv = services.conversation
    conv.mark_goal(goal.id, GoalStatus.IN_PROGRESS, note="went twice", conversation_id=None)
    follow = conv.start_or_resume(person.id)
    for i, v in enumerate([6, 6, 5, 4]):
        conv.answer(follow, "ONS4", i, v)
    for i, v in enumerate([2, 2, 1]):
        conv.answer(follow, "UCLA3", i, v)
    window = open_conversation(None, services, person.id)
    window.setGeometry(app.primaryScreen().geometry())
    window.go(3)
    goals = window.current_page
    goals.list.setCurrentRow(0)
    shot(app, out, "conversation-follow-up-goals")
    window.go(5)
    window.current_page.show_summary()
    shot(app, out, "conversation-follow-up-wellbeing")
    window.close()
    ws.close()


if __name__ == "__main__":
    main()
