"""Choosing a plan's language (service and CLI) and follow-up plans from the real record."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.domain.enums import ConversationKind, GoalStatus
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Goal, Person
from linkdesk.services.app_services import AppServices
from tests.plan import people
from tests.plan.scriptcheck import pypdf_text


def test_plan_language_follows_the_preferred_language(services: AppServices) -> None:
    pid = people.make_person(services)
    person = services.people.get(pid)
    person.preferred_language = "Welsh"
    services.people.update_person(person)
    assert services.plans.plan_language(pid).language.code == "cy"
    text = pypdf_text(services.plans.build_pdf(pid))
    assert "Fy nghynllun" in text
    assert "My goals" not in text


def test_chosen_plan_language_is_kept_and_overridden_at_print_time(services: AppServices) -> None:
    pid = people.make_person(services)
    services.plans.set_plan_language(pid, "pl")
    assert services.people.get(pid).plan_language == "pl"
    assert "Mój plan" in pypdf_text(services.plans.build_pdf(pid))
    assert "Fy nghynllun" in pypdf_text(services.plans.build_pdf(pid, language="cy"))
    services.plans.set_plan_language(pid, "")
    assert services.plans.plan_language(pid).language.code == "en"
    with pytest.raises(ValidationError):
        services.plans.set_plan_language(pid, "xx")


def test_languages_are_listed_with_their_review_status(services: AppServices) -> None:
    listed = services.plans.languages()
    assert [x.code for x in listed][:2] == ["en", "cy"]
    assert any(x.rtl for x in listed)
    assert all(x.review for x in listed)
    assert next(x for x in listed if x.code == "cy").label == "Cymraeg (Welsh)"


def test_follow_up_plan_from_the_record(services: AppServices) -> None:
    pid = people.make_person(services)
    goal = next(g for g in services._repos.goals.for_person(pid) if g.text == people.GOALS[0][0])
    later = services.casework.start_conversation(
        pid, kind=ConversationKind.FOLLOW_UP, held_on=date.today() + timedelta(days=1)
    )
    services.casework.record_goal_progress(
        goal.id, GoalStatus.IN_PROGRESS, note="Went twice already", conversation_id=later.id
    )
    services.casework.save_goal(
        Goal(person_id=pid, conversation_id=later.id, text="Join the library"), new=True
    )
    text = pypdf_text(services.plans.build_pdf(pid))
    assert "How it is going: Still working on it — Went twice already" in text  # apart
    assert "New: Join the library" in text
    assert f"New: {people.GOALS[0][0]}" not in text
    assert "We looked at it again together" in text
    assert people.NOTE not in text


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    return people.cli_workspace(
        tmp_path, monkeypatch, Person(given_name="Sam", preferred_language="Bengali")
    )


def test_cli_language_option(filled: tuple[Path, str], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path, pid = filled
    out = tmp_path / "cy.pdf"
    assert main(["plan", str(path), pid, "--out", str(out), "--language", "cy"]) == 0
    assert "(Welsh)" in capsys.readouterr().out
    assert "Fy nodau" in pypdf_text(out.read_bytes())


def test_cli_language_without_a_catalogue_is_english_with_a_note(
    filled: tuple[Path, str], tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    path, _ = filled
    out = tmp_path / "sam.pdf"
    assert main(["plan", str(path), "Sam", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "There is no plan in Bengali (বাংলা) yet, so this one is in English" in captured.err
    assert "My goals" in pypdf_text(out.read_bytes())


def test_the_gui_path_prints_in_the_persons_language_by_default(services: AppServices) -> None:
    """plan_data + options + render (what the preview does) needs no language argument."""
    pid = people.make_person(services)
    services.plans.set_plan_language(pid, "cy")
    data = services.plans.plan_data(pid)
    assert data.language == "cy"
    text = pypdf_text(services.plans.render(data, services.plans.options()))
    assert "Fy nodau" in text
    english = services.plans.render(data, services.plans.options(language="en"))
    assert "My goals" in pypdf_text(english)


def test_cli_sentences_stay_english_on_a_welsh_desktop(
    filled: tuple[Path, str], tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The worker's sentences (domain/worker_text) follow the GUI's language only: the
    command line never sets one, so a Welsh desktop's locale changes none of its words."""
    from linkdesk.domain import worker_text

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, "cy_GB.UTF-8")
    path, pid = filled
    assert main(["plan", str(path), "Sam", "--out", str(tmp_path / "sam.pdf")]) == 0
    assert capsys.readouterr().err == (
        "There is no plan in Bengali (বাংলা) yet, so this one is in English. "
        "Read it through together, or ask an interpreter.\n"
    )
    assert main(["plan", str(path), pid, "--out", str(tmp_path / "x.pdf"), "--language", "bn"]) == 0
    assert capsys.readouterr().err.startswith("There is no plan in Bengali (বাংলা) yet, so this one")
    assert worker_text.language() == "en"
