"""Plans in every shipped language: no English left, CLDR dates, pages that read well."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.enums import FollowUpKind, GoalStatus
from linkdesk.plan.language import SHIPPED, code_for, resolve
from linkdesk.plan.model import (
    PlanConnection,
    PlanData,
    PlanGoal,
    PlanMeeting,
    PlanOptions,
    PlanWorker,
)
from linkdesk.plan.take_home import build_plan_pdf, headings
from tests.plan.pdfcheck import chunks, reader
from tests.plan.scriptcheck import in_order, normal, poppler_text, pypdf_text

SRC = Path(__file__).resolve().parents[2] / "src" / "linkdesk"


def typical(**changes: object) -> PlanData:
    """Two goals, two connections: the plan most people take home."""
    values: dict[str, object] = {
        "name": "Bronwen",
        "made_on": date(2026, 12, 8),
        "what_matters": "Getting out of the house more. I miss having people to talk to.",
        "goals": (
            PlanGoal(
                "Go to a singing group once a week",
                why="Singing makes me feel like myself again.",
                first_step="Ring the choir and ask about Tuesday's session",
                target_date=date(2027, 1, 15),
            ),
            PlanGoal("Walk to the park and back", first_step="Walk to the end of the road"),
        ),
        "connections": (
            PlanConnection(
                "Sing for Wellbeing choir",
                what="A friendly community choir. No experience needed.",
                when="Tuesdays, 10:30 to 12:00",
                where="St Mary's Church Hall, 12 High Street, NP7 5AA",
                how_to_get_there="Bus X3 stops outside the hall.",
                free=True,
                phone="01873 555 123",
                person_action="Go along on Tuesday.",
                worker_action="Ring Gwen to say I am coming.",
                due_on=date(2026, 12, 15),
            ),
            PlanConnection(
                "Citizens Advice Monmouthshire",
                what="Free, private advice about money, bills and benefits.",
                phone="0800 144 8848",
                person_action="Take my gas bill and my bank letters.",
            ),
        ),
        "next_meeting": PlanMeeting(date(2026, 12, 22), FollowUpKind.PHONE, ""),
        "worker": PlanWorker("Sam Patel", "01873 555 900", "sam@example.nhs.uk", "Social Rx"),
    }
    values.update(changes)
    return PlanData(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", SHIPPED)
def test_headings_in_the_plans_language_in_order(code: str, tmp_path: Path) -> None:
    pdf = build_plan_pdf(typical(), PlanOptions(language=code))
    text = pypdf_text(pdf)
    if code == "ur":  # right to left: read back in logical order by poppler's bidi
        read = poppler_text(pdf, tmp_path)
        if read is None:
            pytest.skip("pdftotext (poppler-utils) is not installed")
        text = read
    wanted = [normal(h) for h in headings(language=code)]
    if code == "ur":
        # A lam-alef ligature has no character of its own: ReportLab gives it a private-use
        # one, so words holding it do not copy out whole (a known limit, docs/plan.md).
        wanted = [h for h in wanted if "\u0644\u0627" not in h]
    assert len(wanted) >= 5
    assert in_order(wanted, text) == []
    assert reader(pdf).metadata is not None
    root = reader(pdf).trailer["/Root"]
    assert root["/Lang"] == code  # the document's language for screen readers


@pytest.mark.parametrize("code", [c for c in SHIPPED if c != "en"])
def test_no_english_heading_or_sentence_is_left(code: str) -> None:
    text = pypdf_text(build_plan_pdf(typical(), PlanOptions(language=code)))
    english = [*headings(language="en"), "We made it together", "Page 1 of", "Tick each one"]
    assert [e for e in english if e in text] == []


def test_welsh_plan_dates_days_months_and_urgent_help() -> None:
    text = pypdf_text(build_plan_pdf(typical(), PlanOptions(language="cy")))
    assert "Dydd Mawrth, 8 Rhagfyr 2026" in text  # made on
    assert "Dydd Gwener, 15 Ionawr 2027" in text  # goal date
    assert "Dydd Mawrth, 22 Rhagfyr 2026" in text  # next meeting
    assert "Galwad ffôn" in text
    assert "Samariaid: ffoniwch 116 123" in text
    assert "Am ddim" in text
    assert re.search(r"Tudalen 1 o 2", text)


def test_polish_and_urdu_dates_are_cldr() -> None:
    assert "wtorek, 8 grudnia 2026" in pypdf_text(
        build_plan_pdf(typical(), PlanOptions(language="pl"))
    )
    urdu = pypdf_text(build_plan_pdf(typical(), PlanOptions(language="ur")))
    assert "دسمبر" in urdu
    assert "منگل" in urdu


def test_the_persons_words_are_never_translated() -> None:
    for code in SHIPPED:
        text = pypdf_text(build_plan_pdf(typical(), PlanOptions(language=code)))
        assert "Go to a singing group once a week" in text
        assert "Sing for Wellbeing choir" in text


def test_worker_typed_urgent_lines_print_as_typed() -> None:
    own = ("Crisis line: ring 0800 000 0000 any time",)
    text = pypdf_text(build_plan_pdf(typical(urgent_help=own), PlanOptions(language="cy")))
    assert "Crisis line: ring 0800 000 0000 any time" in text


@pytest.mark.parametrize(
    ("said", "code"),
    [("Welsh", "cy"), ("Cymraeg", "cy"), ("cy_GB", "cy"), ("polski", "pl"), ("Urdu", "ur")],
)
def test_preferred_language_picks_the_catalogue(said: str, code: str) -> None:
    chosen = resolve(said)
    assert chosen.language.code == code
    assert chosen.note == ""


def test_a_language_with_no_catalogue_is_english_with_a_note() -> None:
    chosen = resolve("Bengali")
    assert chosen.language.code == "en"
    assert "Bengali" in chosen.note
    assert "English" in chosen.note
    # One name source: English (CLDR, UK usage) with the language's own name in brackets,
    # whether it came as a code, an English name or the native name.
    for given in (("", "bn"), ("Bengali", ""), ("বাংলা", "")):
        assert resolve(*given).note.startswith("There is no plan in Bengali (বাংলা) yet")
    assert resolve("العربية").note.startswith("There is no plan in Arabic (العربية) yet")
    assert resolve("").note == ""  # nothing recorded: English, nothing to say
    assert code_for("Punjabi (Gurmukhi)") == "pa"


@pytest.mark.parametrize("code", SHIPPED)
@pytest.mark.parametrize("large", [False, True])
def test_pagination_rules(code: str, large: bool) -> None:
    pdf = build_plan_pdf(typical(), PlanOptions(language=code, large_print=large))
    pages = reader(pdf).pages
    if not large:
        assert len(pages) <= 2  # a typical plan fits two A4 pages in regular print
    heading_set = {normal(h) for h in headings(language=code)}
    for page in pages:
        body = [normal(t) for t in _drawn(page) if t.strip()]
        # The last thing above the footer is never a heading on its own.
        assert body
        before_footer = [t for t in body if not re.search(r"\d", t) or len(t) > 30]
        assert not any(before_footer[-1:] == [h] for h in heading_set)


def _drawn(page: object) -> list[str]:
    pieces: list[str] = []
    page.extract_text(visitor_text=lambda t, *_: pieces.append(t))  # type: ignore[attr-defined]
    return pieces


def test_a_service_block_is_never_split_across_pages() -> None:
    many = tuple(
        PlanConnection(
            f"Service number {i}",
            what="A long description of what happens there. " * 3,
            when="Mondays",
            where="The hall",
            person_action=f"Go along END-OF-{i}",
        )
        for i in range(8)
    )
    pdf = build_plan_pdf(typical(connections=many))
    texts = [normal(p.extract_text() or "") for p in reader(pdf).pages]
    for i in range(8):
        start = [n for n, t in enumerate(texts) if f"Service number {i}" in t]
        end = [n for n, t in enumerate(texts) if f"END-OF-{i}" in t]
        assert start == end


def test_next_meeting_and_urgent_help_stay_with_their_headings() -> None:
    for goals in range(1, 7):
        data = typical(goals=tuple(PlanGoal(f"Goal {n} " * 8) for n in range(goals)))
        pdf = build_plan_pdf(data)
        pages = [normal(p.extract_text() or "") for p in reader(pdf).pages]
        for heading, follows in (
            ("Next time we meet", "Tuesday 22 December 2026"),
            ("If you need help urgently", "NHS 111"),
        ):
            where = [n for n, t in enumerate(pages) if heading in t]
            assert where
            assert follows in pages[where[0]]


def test_follow_up_plan_shows_progress_and_marks_what_is_new() -> None:
    goals = (
        PlanGoal("Join the choir", status=GoalStatus.ACHIEVED, progress_note="Went three times"),
        PlanGoal("Walk to the park", status=GoalStatus.IN_PROGRESS),
        PlanGoal("Learn to use email", is_new=True),
    )
    data = typical(
        goals=goals, follow_up=True, connections=(PlanConnection("Library", is_new=True),)
    )
    text = pypdf_text(build_plan_pdf(data))
    assert "How it is going: Done! — Went three times" in text  # status and note apart
    assert "How it is going: Still working on it" in text
    assert "New: Learn to use email" in text
    assert "New: Library" in text
    assert "We looked at it again together on" in text
    welsh = pypdf_text(build_plan_pdf(data, PlanOptions(language="cy")))
    assert "Sut mae'n mynd: Wedi'i wneud! — Went three times" in welsh
    assert "Newydd: Learn to use email" in welsh


def test_first_plan_marks_nothing_new() -> None:
    data = typical(goals=(PlanGoal("Learn to use email", is_new=True),))
    text = pypdf_text(build_plan_pdf(data))
    assert "New:" not in text
    assert "How it is going" not in text


def test_no_locale_bound_date_formatting_anywhere() -> None:
    """strftime's and strptime's %a %A %b %B follow the machine's locale (the GUI sets it):
    CLDR instead (domain/written_dates.py), in the GUI as much as anywhere else, and typed
    month names are read from a fixed table."""
    bad = []
    for path in SRC.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            formatting = re.search(r"strftime|strptime|\{[^}]*:%", code)
            a_format = re.fullmatch(r'\s*"[^"]*%[aAbB][^"]*",?\s*', code)  # in a formats list
            if re.search(r"%[aAbB]", code) and (formatting or a_format):
                bad.append(f"{path.relative_to(SRC)}:{n}")
    assert bad == []


def test_dates_do_not_follow_the_machine_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    import locale

    before = pypdf_text(build_plan_pdf(typical(), PlanOptions(language="cy")))
    for name in ("de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8"):
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        try:
            assert pypdf_text(build_plan_pdf(typical(), PlanOptions(language="cy"))) == before
        finally:
            locale.setlocale(locale.LC_TIME, "")
    assert "Rhagfyr" in before
    assert chunks(build_plan_pdf(typical()))
