"""PlanService on a real encrypted workspace: what it prints, what it never prints, the audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.settings import DEFAULT_URGENT_HELP
from linkdesk.services.app_services import AppServices
from tests.plan import people
from tests.plan.pdfcheck import font_sizes, reader, text_of, words


def test_plan_holds_the_record_in_the_persons_words(services: AppServices) -> None:
    pid = people.make_person(services)
    text = text_of(services.plans.build_pdf(pid))
    for goal, why, step in people.GOALS:
        for phrase in (goal, why, step):
            assert words(phrase) in text
    for phrase in (
        people.WHAT_MATTERS,
        "Sing for Wellbeing choir",
        "A friendly community choir. No experience needed.",
        "Tuesdays, 10:30 to 12:00",
        "St Mary's Church Hall, 12 High Street, Abergavenny, NP7 5AA",
        "Bus X3 stops outside the hall.",
        "Free. Tea and biscuits £1",
        "Phone: 01873 555 123",
        "Go along on Tuesday. Gwen will meet me at the door.",
        "Ring Gwen to say I am coming.",
        "Citizens Advice Monmouthshire",
        "Take my gas bill and my bank letters.",
        "Phone call",
    ):
        assert words(phrase) in text, phrase
    assert "This plan belongs to Bronwen." in text


def test_notes_safeguarding_scores_stopped_and_declined_never_print(
    services: AppServices,
) -> None:
    pid = people.make_person(services)
    for options in ({}, {"large_print": True}, {"easy_read": True}):
        text = text_of(services.plans.build_pdf(pid, **options))
        for secret in (
            people.NOTE,
            people.SAFEGUARDING,
            people.STOPPED_GOAL,
            people.DECLINED,
            people.WORKER_NOTES,
            "safeguarding",
            "Safeguarding",
            "UCLA",
            "Loneliness",
            "score",
            "Score",
        ):
            assert secret not in text


def test_settings_feed_the_plan(services: AppServices) -> None:
    pid = people.make_person(services)
    settings = services.settings.current
    settings.worker_name = "Sam Patel"
    settings.worker_phone = "01873 555 900"
    settings.organisation = "Monmouthshire Social Prescribing"
    settings.urgent_help = ["Local crisis line: call 0800 123 4567, any time"]
    settings.plan_font_size = 14
    services.settings.save(settings)
    pdf = services.plans.build_pdf(pid)
    text = text_of(pdf)
    assert "Sam Patel" in text
    assert "Monmouthshire Social Prescribing" in text
    assert "Local crisis line: call 0800 123 4567, any time" in text
    assert "Samaritans" not in text
    assert font_sizes(pdf).most_common(1)[0][0] == 14

    settings.urgent_help = ["  "]  # emptied by mistake: the plan still says where to get help
    services.settings.save(settings)
    text = text_of(services.plans.build_pdf(pid))
    assert all(words(line) in text for line in DEFAULT_URGENT_HELP)


def test_save_is_atomic_audited_and_impersonal(services: AppServices, tmp_path: Path) -> None:
    pid = people.make_person(services)
    out = tmp_path / "plan.pdf"
    services.plans.save_pdf(pid, out, large_print=True)
    assert len(reader(out.read_bytes()).pages) >= 2
    assert min(font_sizes(out.read_bytes())) >= 16
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("test.linkdesk")] == [
        "plan.pdf"
    ]  # no partial file left beside it
    services.plans.record_printed(pid)
    entries = [e for e in services._audit.for_person(pid) if e.entity == "plan"]
    assert [e.action for e in entries] == ["exported", "printed"]
    for e in entries:
        assert "Bronwen" not in e.detail
        assert e.entity_id == pid


def test_save_refuses_a_missing_folder_or_wrong_type(services: AppServices, tmp_path: Path) -> None:
    pid = people.make_person(services)
    with pytest.raises(LinkDeskError, match="not available"):
        services.plans.save_pdf(pid, tmp_path / "gone" / "plan.pdf")
    with pytest.raises(LinkDeskError, match=r"\.pdf"):
        services.plans.save_pdf(pid, tmp_path / "plan.txt")
    assert not (tmp_path / "plan.txt").exists()


def test_a_new_person_gets_a_sensible_plan(services: AppServices) -> None:
    from linkdesk.domain.models import Person

    pid = services.people.add_person(Person(given_name="Jo")).id
    text = text_of(services.plans.build_pdf(pid))
    assert "This plan belongs to Jo." in text
    assert "We will talk about this next time we meet." in text
    assert "No one yet." in text
