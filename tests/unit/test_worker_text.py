"""The worker's sentences built outside ui/ (domain/worker_text, gettext domain
``linkdesk-worker``): complete catalogues with the same fields, English unchanged, the
worker's language and CLDR dates, the person's own words never translated."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from linkdesk.domain import worker_text
from linkdesk.domain.dates import DateRule, date_problem, parse_date
from linkdesk.domain.enums import FollowUpKind
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import FollowUp, Goal, Person
from linkdesk.domain.nhs import nhs_number_problem
from linkdesk.domain.postcode import postcode_problem
from linkdesk.exchange.merge_report import MergeReport
from linkdesk.services.app_services import AppServices
from linkdesk.services.errors import message_for
from tests.translations_tool import translations_tool

ROOT = Path(__file__).resolve().parents[2]


_tool = translations_tool


TOOL = _tool()
CODES = TOOL.worker_codes()


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    worker_text.set_language("en")


def test_every_ui_language_but_english_has_a_worker_catalogue() -> None:
    assert CODES == ["cy", "ur"]
    assert list(worker_text.SHIPPED) == CODES  # the self-test requires each one's .mo
    for path in worker_text.catalogue_files():
        assert (ROOT / "resources" / path).is_file()


@pytest.mark.parametrize("code", CODES)
def test_every_sentence_is_translated_with_the_same_fields(code: str) -> None:
    assert TOOL.worker_problems(code) == []


def test_the_check_finds_a_missing_sentence_and_a_changed_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(ROOT / "resources" / "translations", folder)
    monkeypatch.setattr(TOOL, "FOLDER", folder)
    po = TOOL.worker_po_path("cy")
    with po.open("rb") as f:
        catalog = read_po(f)
    catalog["Goal set: {goal}"].string = "Nod wedi'i osod: {nod}"  # a field renamed
    catalog["That is a bank holiday."].string = ""  # left untranslated
    with po.open("wb") as f:
        write_po(f, catalog)
    problems = TOOL.worker_problems("cy")
    assert any("'Goal set: {goal}': fields ['nod'] differ from ['goal']" in p for p in problems)
    assert any("'That is a bank holiday.': not translated" in p for p in problems)
    assert any(".mo is stale" in p for p in problems)


def test_the_template_lists_every_marked_sentence() -> None:
    with (ROOT / "resources" / "translations" / "linkdesk-worker.pot").open("rb") as f:
        listed = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(f)}
    wanted = {
        (m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in TOOL.worker_template()
    }
    assert listed == wanted
    assert (None, "Booked {how} for {date}") in wanted  # from services/timeline.py
    assert ("FollowUpKind", "Phone") in wanted  # an enum label, as in the Qt catalogue


def test_english_is_the_source_text_unchanged() -> None:
    assert worker_text.language() == "en"
    assert nhs_number_problem("123") == (
        "An NHS number has 10 digits, like 943 476 5919; this one has 3."
    )
    assert postcode_problem("LS1 4A") == (
        "The last part of a postcode has three characters, a number then two letters "
        "(like 4AP in LS1 4AP); 4A has 2."
    )
    with pytest.raises(ValidationError, match="There is no 30 February 2026: February has 28"):
        parse_date("30/02/2026")
    when = date_problem(date(2027, 3, 1), date(2026, 11, 30), DateRule.PAST)
    assert when == "That date is after today: Monday 1 March 2027 has not happened yet."
    assert worker_text.short_day(date(2026, 11, 10)) == "Tue 10 Nov 2026"
    assert message_for(KeyError("x")) == "Something went wrong (KeyError). Your saved work is safe."


def test_welsh_and_urdu_sentences_with_cldr_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    # The machine's locale never decides: only the language set here does.
    monkeypatch.setenv("LANGUAGE", "pl")
    monkeypatch.setenv("LC_ALL", "pl_PL.UTF-8")
    assert worker_text.set_language("cy_GB") == "cy"
    assert (
        nhs_number_problem("123") == "Mae 10 digid mewn rhif GIG, fel 943 476 5919; mae 3 yn hwn."
    )
    assert worker_text.short_day(date(2026, 11, 10)) == "Maw 10 Tach 2026"
    with pytest.raises(ValidationError, match="mae 28 diwrnod ym mis Chwefror"):
        parse_date("30/02/2026")
    assert worker_text.label(FollowUpKind.PHONE) == "Ffôn"
    assert worker_text.set_language("ur") == "ur"
    assert nhs_number_problem("123") == (
        "این ایچ ایس نمبر میں 10 ہندسے ہوتے ہیں، جیسے 943 476 5919؛ اس میں 3 ہیں۔"
    )
    assert "نومبر" in worker_text.short_day(date(2026, 11, 10))
    assert worker_text.set_language("bn") == "en"  # no catalogue: English
    assert worker_text.set_language("") == "en"


def test_plural_forms_come_from_each_language() -> None:
    report = MergeReport(bundle_workspace_id="w")
    report.people_erased, report.records_erased = 2, 9
    english = report.lines()
    assert "Erased 2 people here too, as the other laptop had (9 records)." in english
    worker_text.set_language("ur")
    report.people_erased = 1
    assert any("1 فرد مٹا دیا گیا" in line for line in report.lines())
    report.people_erased = 3
    assert any("3 افراد مٹا دیے گئے" in line for line in report.lines())


def test_the_timeline_in_welsh_keeps_the_persons_words(services: AppServices) -> None:
    today = services.clock.today()
    pid = services.people.add_person(Person(given_name="Ffion", family_name="Hughes")).id
    services.casework.save_goal(Goal(person_id=pid, text="Walk to the park every day"), new=True)
    due = today + timedelta(days=7)
    services.people.book_follow_up(
        FollowUp(person_id=pid, due_on=due, kind=FollowUpKind.PHONE, venue="Home")
    )
    english = [e.title for e in services.timeline.for_person(pid)]
    assert "Goal set: Walk to the park every day" in english
    worker_text.set_language("cy")
    welsh = [e.title for e in services.timeline.for_person(pid)]
    assert "Nod wedi'i osod: Walk to the park every day" in welsh  # their words as typed
    assert f"Trefnwyd ffôn ar gyfer {worker_text.short_day(due)}" in welsh
    assert not any(t.startswith(("Goal set", "Booked")) for t in welsh)


def test_the_commissioner_reports_words_are_translated_on_screen_only(
    services: AppServices,
) -> None:
    from linkdesk.domain.referral_rules import ReferralStatus

    today = services.clock.today()
    worker_text.set_language("cy")
    report = services.reports.compute(today - timedelta(days=90), today)
    titles = [t.title for t in report.tables]
    assert "At a glance" in titles  # built in English: the CSV and PDF go to the commissioner
    assert worker_text.shown("At a glance") == "Cipolwg"
    assert worker_text.shown(ReferralStatus.CLOSED.label, "ReferralStatus") != "Closed"
    assert worker_text.shown("Sing for Wellbeing choir", "ReferralStatus") == (
        "Sing for Wellbeing choir"  # data (a category, a service's name) as it is
    )
