"""Typical plans (two goals, two connections) from the demo's words and directory fit two A4
pages in regular print in every shipped language, with the keep-together rules (issue 12,
newcomer fault 2: 7 of 20 Welsh typical plans ran to three pages)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from linkdesk.domain.enums import FollowUpKind, GoalStatus
from linkdesk.plan.language import SHIPPED
from linkdesk.plan.model import (
    PlanConnection,
    PlanData,
    PlanGoal,
    PlanMeeting,
    PlanOptions,
    PlanWorker,
)
from linkdesk.plan.take_home import build_plan_pdf, headings
from linkdesk.services.demo_bank import demo_services, load, what_matters
from tests.plan.pdfcheck import reader
from tests.plan.scriptcheck import normal

TODAY = date(2026, 11, 30)
PEOPLE = 12


def typical_person(seed: int) -> PlanData:
    """Two goals and two directory services, worded as the demo workspace words them."""
    rng = random.Random(seed)
    phrases = load("phrases")
    areas = rng.sample(sorted(phrases["goals"]), 2)
    follow_up = rng.random() < 0.5
    goals = []
    for area in areas:
        text, why, step = rng.choice(phrases["goals"][area])
        status = rng.choice([GoalStatus.IN_PROGRESS, GoalStatus.ACHIEVED])
        note = rng.choice(phrases["progress_notes"][status.value]) if follow_up else ""
        goals.append(
            PlanGoal(
                text,
                why=why,
                first_step=step,
                target_date=TODAY + timedelta(days=rng.randint(7, 60)),
                status=status if follow_up else GoalStatus.NOT_STARTED,
                progress_note=note,
            )
        )
    connections = []
    for service in rng.sample(demo_services(rng, TODAY), 2):
        lines = [*service.address.split("\n"), service.postcode]
        connections.append(
            PlanConnection(
                service.name,
                what=service.description,
                when=service.schedule,
                where=", ".join(p.strip() for p in lines if p.strip()),
                how_to_get_there=service.how_to_get_there,
                cost=service.cost,
                free=service.is_free,
                phone=service.phone,
                email=service.email,
                website=service.website,
                person_action=rng.choice(phrases["person_actions"]),
                worker_action=rng.choice(phrases["worker_actions"]),
                due_on=TODAY + timedelta(days=rng.randint(3, 20)),
            )
        )
    return PlanData(
        name=rng.choice(["Dmitri", "Gwenllian ap Dafydd", "Aisha Khan", "Łukasz Wójcik"]),
        made_on=TODAY,
        what_matters=what_matters(rng),
        goals=tuple(goals),
        connections=tuple(connections),
        next_meeting=PlanMeeting(TODAY + timedelta(days=7), FollowUpKind.IN_PERSON, ""),
        worker=PlanWorker(
            "Sam Taylor (demo link worker)", "01632 960123", "", "Demo Primary Care Network"
        ),
        follow_up=follow_up,
    )


def _pages(pdf: bytes) -> list[str]:
    return [normal(p.extract_text() or "") for p in reader(pdf).pages]


@pytest.mark.parametrize("code", SHIPPED)
def test_typical_plans_fit_two_pages_and_keep_blocks_whole(code: str) -> None:
    titles = headings(language=code)
    for seed in range(PEOPLE):
        data = typical_person(seed)
        pages = _pages(build_plan_pdf(data, PlanOptions(language=code)))
        assert len(pages) <= 2, (code, seed)
        if code == "ur":
            continue  # pypdf reads right-to-left headings out of order (poppler test elsewhere)
        for title in titles:
            where = [n for n, page in enumerate(pages) if normal(title) in page]
            assert len(where) == 1, (code, seed, title)
        # Next meeting and urgent help are on the page of their headings.
        meeting = data.next_meeting
        assert meeting is not None
        next_page = [n for n, p in enumerate(pages) if normal(titles[4]) in p][0]
        urgent_page = [n for n, p in enumerate(pages) if normal(titles[6]) in p][0]
        assert "111" in pages[urgent_page]
        assert "116 123" in pages[urgent_page]
        assert str(meeting.on.year) in pages[next_page]


@pytest.mark.parametrize("code", SHIPPED)
def test_next_meeting_and_link_worker_share_a_row(code: str) -> None:
    """Welsh headings are wider than half a page: they wrap in their column instead of
    stacking the two sections (which cost Welsh plans a page)."""
    from linkdesk.plan.take_home import _Builder

    builder = _Builder(typical_person(1), PlanOptions(language=code))
    story = builder.build()
    from reportlab.platypus import Table

    assert any(
        isinstance(f, Table) and len(f._cellvalues[0]) == 2 and f._colWidths[0] > 150 for f in story
    ), code


def test_a_compact_service_keeps_its_name_with_its_first_lines() -> None:
    for seed in range(PEOPLE):
        data = typical_person(seed)
        pages = _pages(build_plan_pdf(data, PlanOptions(language="en")))
        for c in data.connections:
            found = [n for n, p in enumerate(pages) if normal(c.name) in p]
            assert found
            assert normal(c.what)[:20] in pages[found[0]]


@pytest.mark.parametrize("code", ["en", "cy", "pl"])
@pytest.mark.parametrize("kind", ["regular", "large", "easy"])
def test_qr_captions_wrap_between_words(code: str, kind: str) -> None:
    from linkdesk.plan import messages as m
    from linkdesk.plan.language import catalogue

    options = PlanOptions(language=code, large_print=kind == "large", easy_read=kind == "easy")
    pdf = build_plan_pdf(typical_person(3), options)
    tokens = set()
    for page in reader(pdf).pages:
        tokens |= set((page.extract_text() or "").split())
    cat = catalogue(code)
    # A compact regular plan has no phone codes; large print and easy read always do.
    captions = [cat(m.QR_MEETING)] + ([cat(m.QR_PHONE)] if kind != "regular" else [])
    for caption in captions:
        for word in caption.split():
            assert word in tokens, (code, kind, word)
